<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>App</name>
    <message>
        <location filename="../../liaison_app/ui/launch.py" line="100"/>
        <source>The database could not be opened.</source>
        <translation>無法開啟資料庫。</translation>
    </message>
</context>
<context>
    <name>BulletinModel</name>
    <message>
        <location filename="../../liaison_app/ui/browse_models.py" line="94"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_models.py" line="94"/>
        <source>Valid from</source>
        <translation>生效日</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_models.py" line="94"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_models.py" line="94"/>
        <location filename="../../liaison_app/ui/browse_models.py" line="114"/>
        <source>Pinned</source>
        <translation>置頂</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_models.py" line="95"/>
        <source>Author</source>
        <translation>發布人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_models.py" line="124"/>
        <source>Expired: no longer shown to agents</source>
        <translation>已過期：座席代表不再看到</translation>
    </message>
</context>
<context>
    <name>BulletinsPage</name>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="190"/>
        <source>Notices to agents (通告欄); expired ones are greyed.</source>
        <translation>給座席代表的通告（通告欄）；已過期的以灰色顯示。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="200"/>
        <source>Related FAQ entry</source>
        <translation>相關常見問題</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <location filename="../../liaison_app/ui/compose_dialog.py" line="47"/>
        <source>Ask department — LQ-%1</source>
        <translation>詢問部門 — LQ-%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/compose_dialog.py" line="55"/>
        <source>Send card and ID numbers unmasked in this message</source>
        <translation>本郵件以完整卡號與身分證號寄出（不遮蔽）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/compose_dialog.py" line="66"/>
        <source>Add attachment…</source>
        <translation>加入附件…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/compose_dialog.py" line="70"/>
        <source>Department:</source>
        <translation>業務部門：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/compose_dialog.py" line="71"/>
        <source>To:</source>
        <translation>收件者：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/compose_dialog.py" line="72"/>
        <source>Cc:</source>
        <translation>副本：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/compose_dialog.py" line="73"/>
        <source>Subject:</source>
        <translation>主旨：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/compose_dialog.py" line="74"/>
        <source>Answer due:</source>
        <translation>答覆期限：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/compose_dialog.py" line="76"/>
        <source>Queue for sending</source>
        <translation>放入寄件匣</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/compose_dialog.py" line="101"/>
        <source>No sender address: set it in File → Mail settings.</source>
        <translation>尚未設定寄件地址：請至「檔案 → 郵件設定」設定。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/compose_dialog.py" line="129"/>
        <source>Card and ID numbers will be sent as written.</source>
        <translation>卡號與身分證號將照原文寄出。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/compose_dialog.py" line="131"/>
        <source>Card and ID numbers will be masked: only their last four characters are sent.</source>
        <translation>卡號與身分證號將遮蔽：只寄出最後四碼。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/compose_dialog.py" line="135"/>
        <source>Attach a file</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/compose_dialog.py" line="152"/>
        <source>Give at least one recipient.</source>
        <translation>請至少填寫一位收件者。</translation>
    </message>
</context>
<context>
    <name>DepartmentModel</name>
    <message>
        <location filename="../../liaison_app/ui/browse_models.py" line="138"/>
        <source>Department</source>
        <translation>業務部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_models.py" line="138"/>
        <source>SLA (hours)</source>
        <translation>回覆時限（小時）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_models.py" line="138"/>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_models.py" line="138"/>
        <source>Head</source>
        <translation>部門負責人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_models.py" line="139"/>
        <source>Open queries</source>
        <translation>未結諮詢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_models.py" line="139"/>
        <source>Routing keywords</source>
        <translation>分派關鍵字</translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="209"/>
        <source>Business departments, their written duties and contacts.</source>
        <translation>業務部門及其書面職責與聯絡人。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="221"/>
        <source>Duties</source>
        <translation>職責</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="221"/>
        <source>SLA</source>
        <translation>回覆時限</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="221"/>
        <source>hours</source>
        <translation>小時</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="222"/>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="222"/>
        <source>Title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="222"/>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="223"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="223"/>
        <source>head of department, for escalation</source>
        <translation>部門負責人，用於升級</translation>
    </message>
</context>
<context>
    <name>FaqModel</name>
    <message>
        <location filename="../../liaison_app/ui/browse_models.py" line="34"/>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_models.py" line="34"/>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_models.py" line="34"/>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_models.py" line="34"/>
        <source>Owner</source>
        <translation>負責部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_models.py" line="35"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_models.py" line="35"/>
        <source>Hits</source>
        <translation>使用次數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_models.py" line="35"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
</context>
<context>
    <name>FaqPage</name>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="93"/>
        <source>Search the FAQ: type a few characters, in either script (Ctrl+F)</source>
        <translation>搜尋常見問題：輸入幾個字，繁體或簡體皆可（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="95"/>
        <source>Copy answer</source>
        <translation>複製答案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="97"/>
        <source>Copy the answer and key points for the agent, and count it as a use (Ctrl+Shift+C)</source>
        <translation>複製答案與操作要點給座席代表，並計為一次使用（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="100"/>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="102"/>
        <source>Count one use of this entry (Ctrl+Shift+U)</source>
        <translation>將此條目計為一次使用（Ctrl+Shift+U）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/browse_pages.py" line="125"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 條</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="169"/>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="169"/>
        <source>Key points</source>
        <translation>操作要點</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="170"/>
        <source>Keywords</source>
        <translation>關鍵字</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="170"/>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="170"/>
        <source>Hits</source>
        <translation>使用次數</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../liaison_app/ui/inbox_model.py" line="49"/>
        <source>Ref</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/inbox_model.py" line="49"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/inbox_model.py" line="49"/>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/inbox_model.py" line="49"/>
        <source>Agents</source>
        <translation>座席代表</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/inbox_model.py" line="49"/>
        <source>Department</source>
        <translation>業務部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/inbox_model.py" line="50"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/inbox_model.py" line="50"/>
        <source>Forwarded</source>
        <translation>轉交時間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/inbox_model.py" line="50"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/inbox_model.py" line="87"/>
        <source>[Urgent] </source>
        <translation>［急］</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/inbox_model.py" line="92"/>
        <source>%1 +%2</source>
        <translation>%1 等 %2 人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/inbox_model.py" line="126"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../liaison_app/ui/inbox_page.py" line="51"/>
        <source>Open questions</source>
        <translation>未結問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/inbox_page.py" line="52"/>
        <source>All questions</source>
        <translation>全部問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/inbox_page.py" line="57"/>
        <source>Filter by text or LQ number (Ctrl+F)</source>
        <translation>以文字或 LQ 編號篩選（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/inbox_page.py" line="63"/>
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/inbox_page.py" line="142"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 個問題</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="71"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="72"/>
        <source>In review</source>
        <translation>審核中</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="73"/>
        <source>Published</source>
        <translation>已發布</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="74"/>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="18"/>
        <source>New</source>
        <translation>新問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="19"/>
        <location filename="../../liaison_app/ui/labels.py" line="33"/>
        <source>Answered from FAQ</source>
        <translation>已以常見問題解答</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="20"/>
        <source>Awaiting department</source>
        <translation>待部門回覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="21"/>
        <location filename="../../liaison_app/ui/labels.py" line="38"/>
        <source>Answer received</source>
        <translation>已收到答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="22"/>
        <source>Answered</source>
        <translation>已回饋</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="23"/>
        <location filename="../../liaison_app/ui/labels.py" line="41"/>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="24"/>
        <source>Duplicate</source>
        <translation>重複</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="25"/>
        <location filename="../../liaison_app/ui/labels.py" line="36"/>
        <source>Rejected</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="32"/>
        <source>Forwarded</source>
        <translation>已轉交</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="34"/>
        <source>Routed to department</source>
        <translation>已轉交業務部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="35"/>
        <source>Merged as duplicate</source>
        <translation>已合併為重複問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="37"/>
        <source>Followed up</source>
        <translation>已跟催</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="39"/>
        <source>Answered in center</source>
        <translation>中心內解答</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="40"/>
        <source>Fed back to agents</source>
        <translation>已回饋座席代表</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="42"/>
        <source>Reopened</source>
        <translation>已重新開啟</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="48"/>
        <source>FAQ</source>
        <translation>常見問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="48"/>
        <source>Department</source>
        <translation>業務部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="48"/>
        <source>In center</source>
        <translation>中心內</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="54"/>
        <source>Email received</source>
        <translation>收到郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="54"/>
        <source>Email sent</source>
        <translation>寄出郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="56"/>
        <source>Phone call</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="57"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="62"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="62"/>
        <source>queued</source>
        <translation>待寄出</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="62"/>
        <source>sending</source>
        <translation>寄送中</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="63"/>
        <source>sent</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="63"/>
        <source>failed</source>
        <translation>寄送失敗</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="63"/>
        <source>received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="64"/>
        <source>quarantined</source>
        <translation>已隔離</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels.py" line="64"/>
        <source>logged</source>
        <translation>已記錄</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../liaison_app/ui/launch.py" line="70"/>
        <source>Hard questions desk</source>
        <translation>疑難問題工作台</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/launch.py" line="74"/>
        <source>Opening the database…</source>
        <translation>正在開啟資料庫…</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <location filename="../../liaison_app/ui/call_dialog.py" line="45"/>
        <source>Log a call — LQ-%1</source>
        <translation>記錄通話 — LQ-%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/call_dialog.py" line="56"/>
        <source>Answered</source>
        <translation>已答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/call_dialog.py" line="57"/>
        <source>Will call back</source>
        <translation>將回電</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/call_dialog.py" line="58"/>
        <source>No answer</source>
        <translation>無人接聽</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/call_dialog.py" line="66"/>
        <source>Department:</source>
        <translation>業務部門：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/call_dialog.py" line="67"/>
        <source>Contact:</source>
        <translation>聯絡人：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/call_dialog.py" line="68"/>
        <source>Time:</source>
        <translation>時間：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/call_dialog.py" line="69"/>
        <source>Minutes:</source>
        <translation>分鐘數：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/call_dialog.py" line="70"/>
        <source>Summary:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/call_dialog.py" line="71"/>
        <source>Outcome:</source>
        <translation>結果：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/call_dialog.py" line="72"/>
        <source>Answer:</source>
        <translation>答覆：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/call_dialog.py" line="73"/>
        <source>Call back by:</source>
        <translation>回電期限：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/call_dialog.py" line="97"/>
        <source>(department)</source>
        <translation>（部門）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/call_dialog.py" line="112"/>
        <source>Choose a department.</source>
        <translation>請選擇業務部門。</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <location filename="../../liaison_app/ui/mail_actions.py" line="111"/>
        <source>Whole message</source>
        <translation>完整郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/mail_actions.py" line="115"/>
        <source>Attachments: %1</source>
        <translation>附件：%1</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="80"/>
        <source>Mail settings</source>
        <translation>郵件設定</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="84"/>
        <source>Outgoing mail (SMTP)</source>
        <translation>寄件伺服器（SMTP）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="87"/>
        <source>Sender address:</source>
        <translation>寄件地址：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="88"/>
        <source>Sender name:</source>
        <translation>寄件人名稱：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="90"/>
        <source>Incoming mail (IMAP)</source>
        <translation>收件伺服器（IMAP）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="94"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="96"/>
        <source>Folders to watch:</source>
        <translation>監看的資料夾：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="97"/>
        <source>Check every:</source>
        <translation>檢查間隔：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="107"/>
        <source>No system keyring is available on this computer. Passwords you enter are kept in memory for this run only and asked again next time; they are never written to disk.</source>
        <translation>此電腦沒有可用的系統金鑰圈。您輸入的密碼只在本次執行期間保存在記憶體中，下次會再詢問；密碼絕不寫入磁碟。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="136"/>
        <source>Testing…</source>
        <translation>測試中…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="143"/>
        <source>OK: %1</source>
        <translation>成功：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="148"/>
        <source>Failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="159"/>
        <source>Cannot save the settings: %1</source>
        <translation>無法儲存設定：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="37"/>
        <source>Liaison — hard questions desk</source>
        <translation>Liaison — 疑難問題工作台</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="107"/>
        <location filename="../../liaison_app/ui/main_window.py" line="131"/>
        <source>Reports</source>
        <translation>報表</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="132"/>
        <source>In-center resolution rate, department scorecard, volume trends and FAQ use, with charts and exports, will be shown here. This area is being built.</source>
        <translation>這裡將顯示中心內解決率、部門評分表、問題量趨勢與常見問題使用情況，並附圖表與匯出。此區仍在建置中。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="78"/>
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="87"/>
        <source>Mail: working…</source>
        <translation>郵件：收發中…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="89"/>
        <source>Mail: failed</source>
        <translation>郵件：收發失敗</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="102"/>
        <source>Inbox</source>
        <translation>收件匣</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="103"/>
        <source>Queries</source>
        <translation>部門諮詢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="104"/>
        <source>FAQ</source>
        <translation>常見問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="105"/>
        <source>Bulletins</source>
        <translation>通告欄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="106"/>
        <source>Departments</source>
        <translation>業務部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="163"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="164"/>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="168"/>
        <source>&amp;Mail settings…</source>
        <translation>郵件設定(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="172"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="177"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="184"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="186"/>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="196"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="197"/>
        <source>&amp;About Liaison</source>
        <translation>關於 Liaison(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="202"/>
        <source>Mail: %1 sent, %2 fetched</source>
        <translation>郵件：寄出 %1，收到 %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="205"/>
        <source>problems, see Queries</source>
        <translation>有問題，請見部門諮詢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="224"/>
        <source>About Liaison</source>
        <translation>關於 Liaison</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="225"/>
        <source>Liaison %1
The information manager&apos;s desk of a bank call center.</source>
        <translation>Liaison %1
銀行客服中心信息管理員的工作台。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="250"/>
        <source>%1 questions · %2 open · %3 unread · %4 overdue · %5 FAQ published</source>
        <translation>%1 個問題 · %2 未結 · %3 未讀 · %4 逾期 · %5 條常見問題已發布</translation>
    </message>
</context>
<context>
    <name>QueriesModel</name>
    <message>
        <location filename="../../liaison_app/ui/queries_models.py" line="20"/>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_models.py" line="22"/>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_models.py" line="23"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_models.py" line="49"/>
        <source>Department</source>
        <translation>業務部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_models.py" line="49"/>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_models.py" line="50"/>
        <source>Text</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_models.py" line="50"/>
        <source>Age</source>
        <translation>已歷時</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_models.py" line="51"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_models.py" line="51"/>
        <location filename="../../liaison_app/ui/queries_models.py" line="120"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_models.py" line="52"/>
        <source>Chases</source>
        <translation>催辦次數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_models.py" line="53"/>
        <source>Escalated</source>
        <translation>已呈報主管</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_models.py" line="57"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_models.py" line="59"/>
        <source>due soon</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_models.py" line="61"/>
        <source>reply in</source>
        <translation>已有回覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_models.py" line="62"/>
        <source>waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_models.py" line="119"/>
        <source>Received</source>
        <translation>收到時間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_models.py" line="119"/>
        <source>From</source>
        <translation>寄件者</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_models.py" line="120"/>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_models.py" line="124"/>
        <source>quarantined: %1</source>
        <translation>已隔離：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_models.py" line="126"/>
        <source>confirm: LQ-%1</source>
        <translation>待確認：LQ-%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_models.py" line="129"/>
        <source>bounce</source>
        <translation>退信</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_models.py" line="131"/>
        <source>auto-reply</source>
        <translation>自動回覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_models.py" line="132"/>
        <source>unmatched</source>
        <translation>未配對</translation>
    </message>
</context>
<context>
    <name>QueriesPage</name>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="62"/>
        <source>Send and fetch now</source>
        <translation>立即收發郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="80"/>
        <source>Chase</source>
        <translation>催辦</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="81"/>
        <source>Escalate to head</source>
        <translation>呈報部門主管</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="82"/>
        <source>Log a call…</source>
        <translation>記錄通話…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="102"/>
        <source>Attach to question…</source>
        <translation>歸入問題…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="103"/>
        <source>Confirm suggested question</source>
        <translation>確認建議的問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="104"/>
        <source>Make a new question…</source>
        <translation>建立新問題…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="105"/>
        <source>Reprocess</source>
        <translation>重新處理</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="124"/>
        <source>Open queries</source>
        <translation>未結諮詢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="125"/>
        <source>Unmatched mail</source>
        <translation>未配對郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="135"/>
        <location filename="../../liaison_app/ui/queries_page.py" line="170"/>
        <source>Mail is not configured yet: open File → Mail settings.</source>
        <translation>尚未設定郵件：請開啟「檔案 → 郵件設定」。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="154"/>
        <source>Unmatched mail (%1)</source>
        <translation>未配對郵件（%1）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="175"/>
        <source>Sending and fetching mail…</source>
        <translation>正在收發郵件…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="178"/>
        <source>Working: %1</source>
        <translation>處理中：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="183"/>
        <source>Sent %1, failed %2, fetched %3, matched %4, unmatched %5, quarantined %6, new questions %7.</source>
        <translation>已寄出 %1，失敗 %2，收到 %3，已配對 %4，未配對 %5，已隔離 %6，新問題 %7。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="190"/>
        <source>Problems: %1</source>
        <translation>問題：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="198"/>
        <source>The mail cycle failed: %1</source>
        <translation>收發郵件失敗：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="223"/>
        <source>Chase queued.</source>
        <translation>催辦郵件已放入寄件匣。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="232"/>
        <source>Escalation queued.</source>
        <translation>呈報郵件已放入寄件匣。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="255"/>
        <source>Attach to question</source>
        <translation>歸入問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="256"/>
        <source>Question number (e.g. 123 or LQ-000123):</source>
        <translation>問題編號（例如 123 或 LQ-000123）：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="261"/>
        <source>Not a question number: %1</source>
        <translation>不是問題編號：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="264"/>
        <location filename="../../liaison_app/ui/queries_page.py" line="276"/>
        <source>Mail attached to the question.</source>
        <translation>郵件已歸入問題。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="272"/>
        <source>This mail suggests no question.</source>
        <translation>這封郵件沒有建議的問題。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="282"/>
        <source>Make a new question</source>
        <translation>建立新問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="282"/>
        <source>Agent number:</source>
        <translation>座席代表工號：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="287"/>
        <source>New question made from the mail.</source>
        <translation>已由郵件建立新問題。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/queries_page.py" line="294"/>
        <source>Mail reprocessed.</source>
        <translation>郵件已重新處理。</translation>
    </message>
</context>
<context>
    <name>QuestionDetail</name>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="42"/>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="43"/>
        <source>Customer context</source>
        <translation>客戶情況</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="44"/>
        <source>Answer</source>
        <translation>答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="45"/>
        <source>Reason for rejection</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="46"/>
        <source>History</source>
        <translation>處理記錄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="47"/>
        <source>Correspondence</source>
        <translation>往來記錄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="56"/>
        <source>Ask a department…</source>
        <translation>詢問部門…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="57"/>
        <source>Log a call…</source>
        <translation>記錄通話…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="68"/>
        <source>Send again now</source>
        <translation>立即重新寄送</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="75"/>
        <source>Bounce: the mail was not delivered</source>
        <translation>退信：郵件未送達</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="77"/>
        <source>Automatic reply</source>
        <translation>自動回覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="79"/>
        <source>Accept as the answer</source>
        <translation>採用為答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="81"/>
        <source>Whole message</source>
        <translation>完整郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="89"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="90"/>
        <source>Department</source>
        <translation>業務部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="91"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="92"/>
        <source>Forwarded</source>
        <translation>轉交時間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="95"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="97"/>
        <source>Resolution</source>
        <translation>解決方式</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="99"/>
        <source>Duplicate of</source>
        <translation>重複於</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="102"/>
        <source>via %1</source>
        <translation>經由 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="106"/>
        <source>Agents</source>
        <translation>座席代表</translation>
    </message>
</context>
<context>
    <name>QuestionDetailView</name>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="172"/>
        <source>Select a question to see its history.</source>
        <translation>選擇一個問題以查看其處理記錄。</translation>
    </message>
</context>
<context>
    <name>_ServerBox</name>
    <message>
        <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="39"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="39"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="40"/>
        <source>None (plain, unencrypted)</source>
        <translation>無（明文，不加密）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="48"/>
        <source>(stored; type to replace)</source>
        <translation>（已儲存；輸入以更換）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="49"/>
        <source>Test connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="53"/>
        <source>Server:</source>
        <translation>伺服器：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="54"/>
        <source>Port:</source>
        <translation>連接埠：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="55"/>
        <source>Security:</source>
        <translation>加密方式：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="56"/>
        <source>User name:</source>
        <translation>使用者名稱：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="57"/>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
</context>
</TS>
