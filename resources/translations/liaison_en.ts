<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AgentDeskWindow</name>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/desks/agent.py" line="467" />
        <source>Bulletins (%n new)</source>
        <translation><numerusform>Bulletins (%n new)</numerusform><numerusform>Bulletins (%n new)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/desks/agent.py" line="512" />
        <source>%n waiting to be sent</source>
        <translation><numerusform>%n waiting to be sent</numerusform><numerusform>%n waiting to be sent</numerusform></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="115" />
        <source>%n change(s)</source>
        <translation><numerusform>%n change</numerusform><numerusform>%n changes</numerusform></translation>
    </message>
</context>
<context>
    <name>BulletinReadersDialog</name>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/dialogs/bulletin_readers.py" line="114" />
        <source>Reminded %n agent(s).</source>
        <translation><numerusform>Reminded %n agent.</numerusform><numerusform>Reminded %n agents.</numerusform></translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="302" />
        <source>%1: %n entries</source>
        <translation><numerusform>%1: %n entry</numerusform><numerusform>%1: %n entries</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="325" />
        <source>Moved %n entries.</source>
        <translation><numerusform>Moved %n entry.</numerusform><numerusform>Moved %n entries.</numerusform></translation>
    </message>
</context>
<context>
    <name>DirectoryTransfer</name>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="94" />
        <source>%n row(s) with problems skipped.</source>
        <translation><numerusform>%n row with problems skipped.</numerusform><numerusform>%n rows with problems skipped.</numerusform></translation>
    </message>
</context>
<context>
    <name>FaqPage</name>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/browse.py" line="175" />
        <source>%n entries</source>
        <translation><numerusform>%n entry</numerusform><numerusform>%n entries</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/browse.py" line="279" />
        <source>%n open flags</source>
        <translation><numerusform>%n open flag</numerusform><numerusform>%n open flags</numerusform></translation>
    </message>
</context>
<context>
    <name>FlagsPage</name>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/faq_flags.py" line="150" />
        <source>%n open flags</source>
        <translation><numerusform>%n open flag</numerusform><numerusform>%n open flags</numerusform></translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/inbox.py" line="381" />
        <location filename="../../liaison_app/ui/pages/inbox.py" line="447" />
        <source>%n question(s)</source>
        <translation><numerusform>%n question</numerusform><numerusform>%n questions</numerusform></translation>
    </message>
</context>
<context>
    <name>QueriesPage</name>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/queries.py" line="330" />
        <source>%n mail(s) marked as spam and taken out of the tray.</source>
        <translation><numerusform>%n mail marked as spam and taken out of the tray.</numerusform><numerusform>%n mails marked as spam and taken out of the tray.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/queries.py" line="332" />
        <source>%n mail(s) dismissed from the tray.</source>
        <translation><numerusform>%n mail dismissed from the tray.</numerusform><numerusform>%n mails dismissed from the tray.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/queries.py" line="344" />
        <source>%n mail(s) back in the tray.</source>
        <translation><numerusform>%n mail back in the tray.</numerusform><numerusform>%n mails back in the tray.</numerusform></translation>
    </message>
</context>
<context>
    <name>QuestionImportRunner</name>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/actions/question_import.py" line="83" />
        <source>Imported %n question(s).</source>
        <translation><numerusform>Imported %n question.</numerusform><numerusform>Imported %n questions.</numerusform></translation>
    </message>
</context>
<context>
    <name>QuestionPicker</name>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/dialogs/question_picker.py" line="110" />
        <source>%n question(s) shown</source>
        <translation><numerusform>%n question shown</numerusform><numerusform>%n questions shown</numerusform></translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="657" />
        <source>Reject %n question(s)</source>
        <translation><numerusform>Reject %n question</numerusform><numerusform>Reject %n questions</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/report_pdf.py" line="128" />
        <source>… %n more row(s) in the CSV/XLSX export</source>
        <translation><numerusform>… %n more row in the CSV/XLSX export</numerusform><numerusform>… %n more rows in the CSV/XLSX export</numerusform></translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="310" />
        <source>%n question(s) selected: actions apply to all; suggestions are for %1.</source>
        <translation><numerusform>%n question selected: actions apply to all; suggestions are for %1.</numerusform><numerusform>%n questions selected: actions apply to all; suggestions are for %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="424" />
        <source>Not done for %n question(s):</source>
        <translation><numerusform>Not done for %n question:</numerusform><numerusform>Not done for %n questions:</numerusform></translation>
    </message>
</context>
<context>
    <name>UseTiersPage</name>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="324" />
        <source>Pinned %n entries.</source>
        <translation><numerusform>Pinned %n entry.</numerusform><numerusform>Pinned %n entries.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="325" />
        <source>Unpinned %n entries.</source>
        <translation><numerusform>Unpinned %n entry.</numerusform><numerusform>Unpinned %n entries.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="343" />
        <source>Retired %n entries: agents no longer find them.</source>
        <translation><numerusform>Retired %n entry: agents no longer find it.</numerusform><numerusform>Retired %n entries: agents no longer find them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="357" />
        <source>Merged %n entries into entry %1.</source>
        <translation><numerusform>Merged %n entry into entry %1.</numerusform><numerusform>Merged %n entries into entry %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="369" />
        <source>Restored %n entries.</source>
        <translation><numerusform>Restored %n entry.</numerusform><numerusform>Restored %n entries.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="377" />
        <source>Moved %n entries.</source>
        <translation><numerusform>Moved %n entry.</numerusform><numerusform>Moved %n entries.</numerusform></translation>
    </message>
</context>
</TS>