<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/about.py" line="24" />
        <source>About Liaison</source>
        <translation>關於 Liaison</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/about.py" line="25" />
        <source>this computer's database file (SQLite)</source>
        <translation>本機資料庫檔案（SQLite）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/about.py" line="26" />
        <source>the team database (PostgreSQL)</source>
        <translation>團隊資料庫（PostgreSQL）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/about.py" line="29" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/about.py" line="30" />
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/about.py" line="31" />
        <source>Settings</source>
        <translation>設定檔</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/about.py" line="32" />
        <source>Log files</source>
        <translation>日誌檔</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/about.py" line="33" />
        <source>Licence</source>
        <translation>授權</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/about.py" line="33" />
        <source>Proprietary: for use inside the bank.</source>
        <translation>專有軟體：僅供本行內部使用。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/about.py" line="34" />
        <source>Built with</source>
        <translation>使用元件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/about.py" line="40" />
        <source>Liaison — hard questions desk</source>
        <translation>Liaison — 疑難問題工作台</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/about.py" line="41" />
        <source>The information manager's desk of a bank call center: forwarded hard questions, department queries, answers fed back to agents, and the FAQ they grow.</source>
        <translation>銀行客服中心信息管理員的工作台：座席轉來的疑難問題、向業務部門的諮詢、回饋座席的答覆，以及由此充實的常見問題庫。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/about.py" line="45" />
        <source>User guide (F1)</source>
        <translation>使用手冊（F1）</translation>
    </message>
</context>
<context>
    <name>AgentDeskWindow</name>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="88" />
        <source>Liaison agent desk</source>
        <translation>Liaison 座席工作台</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="95" />
        <source>Search the FAQ (Ctrl+L)</source>
        <translation>搜尋常見問題（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="105" />
        <source>Enter opens the selected answer.</source>
        <translation>按 Enter 開啟所選答案。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="106" />
        <source>Copy answer</source>
        <translation>複製答案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="108" />
        <source>This answered it</source>
        <translation>已解答</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="110" />
        <location filename="../../liaison_app/ui/desks/agent.py" line="363" />
        <source>Didn't help</source>
        <translation>沒有幫助</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="112" />
        <source>Forward…</source>
        <translation>轉發…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="150" />
        <source>I have read it</source>
        <translation>我已閱讀</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="160" />
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="161" />
        <source>My questions</source>
        <translation>我的疑難問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="162" />
        <location filename="../../liaison_app/ui/desks/agent.py" line="468" />
        <source>Bulletins</source>
        <translation>通告欄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="177" />
        <source>Desk</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="179" />
        <source>Stay on top</source>
        <translation>置頂顯示</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="183" />
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="283" />
        <source>Offline, and no copy of the FAQ on this computer yet.</source>
        <translation>離線，且本機尚無常見問題副本。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="286" />
        <source>Nothing found. Forward the question?</source>
        <translation>沒有找到。要轉發這個問題嗎？</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="325" />
        <source>This entry is no longer published.</source>
        <translation>此條目已不再發布。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="330" />
        <source>Key points</source>
        <translation>操作要點</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="352" />
        <source>Answer copied.</source>
        <translation>答案已複製。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="361" />
        <source>Thank you: counted as answered.</source>
        <translation>謝謝：已記為解答。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="364" />
        <source>Flag the entry for its owners, or forward the question?</source>
        <translation>向負責部門標記此條目，還是轉發這個問題？</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="366" />
        <source>Flag the entry…</source>
        <translation>標記此條目…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="367" />
        <source>Forward the question…</source>
        <translation>轉發問題…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="380" />
        <source>Flag sent.</source>
        <translation>標記已送出。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="403" />
        <source>Question forwarded.</source>
        <translation>問題已轉發。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="404" />
        <source>Saved: it will be sent when the server is back.</source>
        <translation>已保存：伺服器恢復後會送出。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="415" />
        <source>Answer</source>
        <translation>答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="418" />
        <source>Rejected</source>
        <translation>已退回</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/desks/agent.py" line="467" />
        <source>Bulletins (%n new)</source>
        <translation>
            <numerusform>通告欄（%n 則新通告）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="476" />
        <source>Not accepted by the server: %1</source>
        <translation>伺服器未接受：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="489" />
        <source>%1 was answered: %2</source>
        <translation>%1 已有答覆：%2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="491" />
        <source>%1 was rejected: %2</source>
        <translation>%1 已被退回：%2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="493" />
        <source>New bulletin: %1 %2</source>
        <translation>新通告：%1 %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="495" />
        <source>Please read the bulletin: %1 %2</source>
        <translation>請閱讀通告：%1 %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="505" />
        <source>Online</source>
        <translation>已連線</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="508" />
        <source>Offline: searching the copy of %1</source>
        <translation>離線：搜尋 %1 的副本</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="509" />
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/desks/agent.py" line="512" />
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n 項等待送出</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgentFlagDialog</name>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="527" />
        <source>Flag the entry</source>
        <translation>標記此條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="532" />
        <source>What is wrong, unclear, out of date or missing?</source>
        <translation>哪裡錯誤、不清楚、已過時或缺少資訊？</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="534" />
        <source>The entry is</source>
        <translation>問題類型</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/agent.py" line="535" />
        <source>Comment</source>
        <translation>說明</translation>
    </message>
</context>
<context>
    <name>AgentForwardDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/agent_forward.py" line="30" />
        <source>Forward a question</source>
        <translation>轉發疑難問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/agent_forward.py" line="32" />
        <source>The customer's question</source>
        <translation>客戶的問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/agent_forward.py" line="34" />
        <source>Customer context (card and ID numbers are masked)</source>
        <translation>客戶情況（卡號和證件號碼會被遮蔽）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/agent_forward.py" line="36" />
        <source>The department needs the full numbers</source>
        <translation>業務部門需要完整號碼</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/agent_forward.py" line="41" />
        <source>Urgent: the customer is waiting</source>
        <translation>緊急：客戶正在等候</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/agent_forward.py" line="45" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/agent_forward.py" line="46" />
        <source>Customer context</source>
        <translation>客戶情況</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/agent_forward.py" line="48" />
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/agent_forward.py" line="51" />
        <source>Send</source>
        <translation>送出</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/agent_forward.py" line="70" />
        <source>Type the customer's question first.</source>
        <translation>請先輸入客戶的問題。</translation>
    </message>
</context>
<context>
    <name>AnswerPreviewDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/answer_preview.py" line="33" />
        <source>Answer from FAQ entry #%1</source>
        <translation>以常見問題 #%1 回覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/answer_preview.py" line="34" />
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/answer_preview.py" line="40" />
        <source>%1 will be answered with this text, which the agent(s) receive when you send it.</source>
        <translation>%1 將以這段文字回覆；您發送後座席代表會收到。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/answer_preview.py" line="45" />
        <source>Answer with this entry</source>
        <translation>以此條目回覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/answer_preview.py" line="66" />
        <source>This entry is not published and valid now: agents cannot be given its answer.</source>
        <translation>此條目目前未發佈或不在有效期內：不能把它的答案給座席代表。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../liaison_app/ui/launch.py" line="141" />
        <source>The database could not be opened.</source>
        <translation>無法開啟資料庫。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/launch.py" line="188" />
        <source>The team database chosen in Settings could not be opened:

%1

Open the database on this computer instead? (You can choose the team database again in File › Settings.)</source>
        <translation>無法開啟在設定中選擇的團隊資料庫：

%1

要改為開啟本機的資料庫嗎？（之後可在「檔案 › 設定」中重新選擇團隊資料庫。）</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="77" />
        <source>Audit trail</source>
        <translation>稽核紀錄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="82" />
        <source>login or name</source>
        <translation>登入名稱或姓名</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="84" />
        <source>e.g. questions or questions:12</source>
        <translation>例如 questions 或 questions:12</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="85" />
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="88" />
        <source>Since:</source>
        <translation>起始日期：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="88" />
        <source>Person:</source>
        <translation>人員：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="89" />
        <source>Target:</source>
        <translation>對象：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="108" />
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="115" />
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 項變更</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="118" />
        <source>The audit could not be read: %1</source>
        <translation>無法讀取稽核紀錄：%1</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="38" />
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="38" />
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="38" />
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="38" />
        <source>Target</source>
        <translation>對象</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="39" />
        <source>Change</source>
        <translation>變更</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../liaison_app/ui/actions/backup.py" line="39" />
        <source>Backing up the database…</source>
        <translation>正在備份資料庫…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/backup.py" line="43" />
        <source>Backup written to %1</source>
        <translation>備份已寫入 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/backup.py" line="49" />
        <location filename="../../liaison_app/ui/actions/backup.py" line="70" />
        <source>Back up database</source>
        <translation>備份資料庫</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/backup.py" line="50" />
        <source>The backup could not be made.</source>
        <translation>無法完成備份。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/backup.py" line="74" />
        <source>SQLite database (*.db)</source>
        <translation>SQLite 資料庫 (*.db)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/backup.py" line="75" />
        <source>PostgreSQL dump (*.dump)</source>
        <translation>PostgreSQL 備份檔 (*.dump)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/backup.py" line="77" />
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../liaison_app/ui/models/agent_desk.py" line="137" />
        <source>(new) </source>
        <translation>（新）</translation>
    </message>
</context>
<context>
    <name>BulletinDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="34" />
        <source>New bulletin</source>
        <translation>新增通告</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="46" />
        <source>Pinned at the top</source>
        <translation>置頂</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="51" />
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="57" />
        <source>Title:</source>
        <translation>標題：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="58" />
        <source>Text:</source>
        <translation>內容：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="59" />
        <source>Shown from:</source>
        <translation>顯示自：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="60" />
        <source>Until (the day before):</source>
        <translation>截至（前一日為止）：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="62" />
        <source>Related FAQ entry #:</source>
        <translation>相關常見問題編號：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="89" />
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
</context>
<context>
    <name>BulletinModel</name>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="108" />
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="108" />
        <source>Valid from</source>
        <translation>生效日</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="108" />
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="108" />
        <location filename="../../liaison_app/ui/models/browse.py" line="133" />
        <source>Pinned</source>
        <translation>置頂</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="109" />
        <source>Author</source>
        <translation>發布人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="129" />
        <source>[Proposed] </source>
        <translation>［待發布］</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="143" />
        <source>Expired: no longer shown to agents</source>
        <translation>已過期：座席代表不再看到</translation>
    </message>
</context>
<context>
    <name>BulletinReadersDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin_readers.py" line="71" />
        <source>Who has read the bulletin</source>
        <translation>通告閱讀情況</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin_readers.py" line="79" />
        <source>Remind those who have not read it</source>
        <translation>提醒尚未閱讀的座席</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin_readers.py" line="101" />
        <source>No agents on this database yet (agents sign in to a team server as themselves).</source>
        <translation>此資料庫尚無座席代表（座席代表以本人身分登入團隊伺服器）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin_readers.py" line="104" />
        <source>%1 of %2 agents have read it.</source>
        <translation>%2 位座席代表中已有 %1 位閱讀。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/dialogs/bulletin_readers.py" line="114" />
        <source>Reminded %n agent(s).</source>
        <translation>
            <numerusform>已提醒 %n 位座席代表。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulletinsPage</name>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="317" />
        <source>Notices to agents (通告欄); expired ones are greyed; proposals wait for you to post them.</source>
        <translation>給座席的通告（通告欄）；過期的顯示為灰色；待發布的建議等您發布。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="319" />
        <source>Post</source>
        <translation>發布</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="321" />
        <source>Put the selected proposal on the board for agents</source>
        <translation>將所選建議發布到通告欄給座席</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="324" />
        <source>New bulletin…</source>
        <translation>新增通告…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="327" />
        <source>Readers…</source>
        <translation>閱讀情況…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="329" />
        <source>Which agents have read the selected bulletin; remind the others</source>
        <translation>哪些座席代表已閱讀所選通告；提醒其餘的人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="393" />
        <source>Related FAQ entry</source>
        <translation>相關常見問題</translation>
    </message>
</context>
<context>
    <name>CalendarErrors</name>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="78" />
        <source>“%1” is not a date like 2026-10-01 (or a run like 2026-10-01..2026-10-07).</source>
        <translation>「%1」不是 2026-10-01 這樣的日期（或 2026-10-01..2026-10-07 這樣的連續日期）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="80" />
        <source>“%1” ends before it starts.</source>
        <translation>「%1」的結束日早於開始日。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="81" />
        <source>“%1” is longer than a year.</source>
        <translation>「%1」超過一年。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="82" />
        <source>Closing time %2 must be after opening time %1.</source>
        <translation>下班時間 %2 必須晚於上班時間 %1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="84" />
        <source>At least one working day is needed.</source>
        <translation>至少需要一個工作日。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="85" />
        <source>Unknown time zone “%1”: use a name like Asia/Taipei or Asia/Shanghai.</source>
        <translation>未知的時區「%1」：請使用 Asia/Taipei 或 Asia/Shanghai 這樣的名稱。</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="172" />
        <source>New category…</source>
        <translation>新增分類…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="174" />
        <source>A sub-category of the selected category, or a top-level one</source>
        <translation>所選分類的子分類，或頂層分類</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="175" />
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="191" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="193" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="195" />
        <source>Move to category…</source>
        <translation>移至分類…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="210" />
        <source>Drag entries onto a category to move them; drag a category onto another to make it a sub-category.</source>
        <translation>把條目拖到分類上即可移動；把分類拖到另一分類上即成為其子分類。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="280" />
        <source>Select a category to see its entries.</source>
        <translation>選擇分類以查看其條目。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="284" />
        <source>Uncategorised</source>
        <translation>未分類</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="299" />
        <source>%1: no entries of its own; its sub-categories hold them.</source>
        <translation>%1：本身沒有條目，條目都在其子分類中。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="302" />
        <source>%1: %n entries</source>
        <translation>
            <numerusform>%1：%n 個條目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="325" />
        <source>Moved %n entries.</source>
        <translation>
            <numerusform>已移動 %n 個條目。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="329" />
        <source>Category moved.</source>
        <translation>分類已移動。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="343" />
        <source>Category created.</source>
        <translation>分類已建立。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="345" />
        <source>New category</source>
        <translation>新增分類</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="345" />
        <source>Name of the new category:</source>
        <translation>新分類名稱：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="354" />
        <source>Category renamed.</source>
        <translation>分類已重新命名。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="359" />
        <source>Rename category</source>
        <translation>重新命名分類</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="359" />
        <source>New name:</source>
        <translation>新名稱：</translation>
    </message>
</context>
<context>
    <name>CategoryEntriesModel</name>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="124" />
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="124" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="124" />
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="124" />
        <source>Hits</source>
        <translation>使用次數</translation>
    </message>
</context>
<context>
    <name>CategoryPicker</name>
    <message>
        <location filename="../../liaison_app/ui/widgets/faq_pickers.py" line="59" />
        <source>Move to category</source>
        <translation>移至分類</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/faq_pickers.py" line="71" />
        <source>Choose the category for the selected entries:</source>
        <translation>為所選條目選擇分類：</translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="63" />
        <source>Uncategorised</source>
        <translation>未分類</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="66" />
        <source>Entries filed under no category; drag entries here to take them out of their category</source>
        <translation>未歸入任何分類的條目；把條目拖到這裡即可移出原分類</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="130" />
        <source>Choose your password</source>
        <translation>設定您的密碼</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="131" />
        <source>This is your first sign-in with the password your admin gave you. Choose a new password that only you know.</source>
        <translation>這是您以管理員給的密碼首次登入。請設定一個只有您知道的新密碼。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="141" />
        <source>New password:</source>
        <translation>新密碼：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="142" />
        <source>Again:</source>
        <translation>再輸入一次：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="156" />
        <source>Use at least 8 characters.</source>
        <translation>密碼至少需要 8 個字元。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="159" />
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="168" />
        <source>The password could not be changed: %1</source>
        <translation>無法變更密碼：%1</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="51" />
        <source>Ask department — LQ-%1</source>
        <translation>詢問部門 — LQ-%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="59" />
        <source>Send card and ID numbers unmasked in this message</source>
        <translation>本郵件以完整卡號與身分證號寄出（不遮蔽）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="76" />
        <source>Add attachment…</source>
        <translation>加入附件…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="80" />
        <source>Department:</source>
        <translation>業務部門：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="81" />
        <source>To:</source>
        <translation>收件者：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="82" />
        <source>Cc:</source>
        <translation>副本：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="83" />
        <source>Subject:</source>
        <translation>主旨：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="84" />
        <source>Answer due:</source>
        <translation>答覆期限：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="86" />
        <source>Queue for sending</source>
        <translation>放入寄件匣</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="106" />
        <source>No sender address: set it in File → Mail settings.</source>
        <translation>尚未設定寄件地址：請至「檔案 → 郵件設定」設定。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="174" />
        <source>Card and ID numbers will be sent as written.</source>
        <translation>卡號與身分證號將照原文寄出。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="176" />
        <source>Card and ID numbers will be masked: only their last four characters are sent.</source>
        <translation>卡號與身分證號將遮蔽：只寄出最後四碼。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="180" />
        <source>Attach a file</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="198" />
        <source>Not an email address: %1 (expected name@bank.example)</source>
        <translation>不是有效的電子郵件地址：%1（應如 name@bank.example）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="202" />
        <source>Give at least one recipient.</source>
        <translation>請至少填寫一位收件者。</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="162" />
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="177" />
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="182" />
        <source>Active (offered as a recipient)</source>
        <translation>啟用（可選為收件人）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="187" />
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="188" />
        <source>Title:</source>
        <translation>職稱：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="189" />
        <source>Email:</source>
        <translation>電郵：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="190" />
        <source>Phone:</source>
        <translation>電話：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="191" />
        <source>Deputy:</source>
        <translation>代理人：</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="131" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="131" />
        <source>Title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="132" />
        <source>Email</source>
        <translation>電郵</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="132" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="133" />
        <source>Deputy</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="133" />
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="142" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="142" />
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="54" />
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="55" />
        <source>At most %1 characters.</source>
        <translation>最多 %1 個字元。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="56" />
        <source>A department named “%1” already exists.</source>
        <translation>已有名為「%1」的部門。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="58" />
        <source>A whole number of hours from 1 to %1.</source>
        <translation>須為 1 至 %1 的整數小時。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="60" />
        <source>Keyword “%1” is longer than 40 characters.</source>
        <translation>關鍵詞「%1」超過 40 個字元。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="62" />
        <source>At most %1 routing keywords.</source>
        <translation>分派關鍵詞最多 %1 個。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="64" />
        <source>“%1” is not a valid email address (like name@bank.example).</source>
        <translation>「%1」不是有效的電郵地址（例如 name@bank.example）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="66" />
        <source>“%1” is not a phone number.</source>
        <translation>「%1」不是電話號碼。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="67" />
        <source>Another contact already has the email “%1”.</source>
        <translation>另一位聯絡人已使用電郵「%1」。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="69" />
        <source>A contact cannot be their own deputy.</source>
        <translation>聯絡人不能是自己的代理人。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="70" />
        <source>The deputy must be another contact of this department.</source>
        <translation>代理人須為本部門的另一位聯絡人。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="72" />
        <source>Not a contact of this department.</source>
        <translation>不是本部門的聯絡人。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="73" />
        <source>The head must be one of this department's contacts.</source>
        <translation>部門負責人須為本部門的聯絡人之一。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="75" />
        <source>The head of department must be an active contact.</source>
        <translation>部門負責人須為啟用中的聯絡人。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="83" />
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="83" />
        <source>title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="84" />
        <source>email</source>
        <translation>電郵</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="84" />
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="85" />
        <source>deputy</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="231" />
        <source>New department</source>
        <translation>新增部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="232" />
        <location filename="../../liaison_app/ui/dialogs/department.py" line="332" />
        <source>Edit department — %1</source>
        <translation>編輯部門 — %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="240" />
        <source>What this department answers for (職責)</source>
        <translation>本部門負責答覆的業務（職責）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="246" />
        <source> business hours</source>
        <translation> 個工作小時</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="249" />
        <source>Words that route a question here, separated by 、 or commas</source>
        <translation>把問題分派到本部門的詞語，以「、」或逗號分隔</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="252" />
        <source>The department's shared mailbox (optional)</source>
        <translation>部門公用信箱（選填）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="255" />
        <source>Active (can be asked)</source>
        <translation>啟用（可向其諮詢）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="261" />
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="262" />
        <source>Duties:</source>
        <translation>職責：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="263" />
        <source>Answer within:</source>
        <translation>答覆時限：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="264" />
        <source>Routing keywords:</source>
        <translation>分派關鍵詞：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="266" />
        <source>Email:</source>
        <translation>電郵：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="267" />
        <source>Phone:</source>
        <translation>電話：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="285" />
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="288" />
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="291" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="293" />
        <source>Removed contacts are kept inactive for the history of past queries</source>
        <translation>移除的聯絡人會保留為停用，以保存過往諮詢的紀錄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="305" />
        <source>Head of department (for escalation):</source>
        <translation>部門負責人（用於升級）：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="307" />
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="350" />
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="421" />
        <source>Contact %1 (%2), %3: %4</source>
        <translation>聯絡人 %1（%2），%3：%4</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="445" />
        <source>Not saved: correct the fields marked in red.</source>
        <translation>未儲存：請更正紅字標示的欄位。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="453" />
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
</context>
<context>
    <name>DepartmentModel</name>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="157" />
        <source>Department</source>
        <translation>業務部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="157" />
        <source>SLA (hours)</source>
        <translation>回覆時限（小時）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="157" />
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="157" />
        <source>Head</source>
        <translation>部門負責人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="158" />
        <source>Open queries</source>
        <translation>未結諮詢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="158" />
        <source>Routing keywords</source>
        <translation>分派關鍵字</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="187" />
        <source>Inactive: not offered when asking</source>
        <translation>已停用：諮詢時不再列出</translation>
    </message>
</context>
<context>
    <name>DepartmentWindow</name>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="331" />
        <source>Liaison — department desk</source>
        <translation>Liaison — 業務部門工作台</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="334" />
        <source>My department's queries</source>
        <translation>本部門的諮詢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="336" />
        <source>FAQ reviews</source>
        <translation>常見問題審核</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="338" />
        <source>Flags on our entries</source>
        <translation>本部門條目的旗標</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="341" />
        <source>Upkeep and scorecard</source>
        <translation>維護提醒與績效</translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="402" />
        <source>Business departments, their written duties and contacts.</source>
        <translation>業務部門及其書面職責與聯絡人。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="407" />
        <source>New department…</source>
        <translation>新增部門…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="408" />
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="409" />
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="410" />
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="453" />
        <source>Duties</source>
        <translation>職責</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="453" />
        <source>SLA</source>
        <translation>回覆時限</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="453" />
        <source>hours</source>
        <translation>小時</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="454" />
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="454" />
        <source>Title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="454" />
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="455" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="455" />
        <source>head of department, for escalation</source>
        <translation>部門負責人，用於升級</translation>
    </message>
</context>
<context>
    <name>DeskFlagsModel</name>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="36" />
        <source>Entry</source>
        <translation>條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="36" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="37" />
        <source>Flag</source>
        <translation>旗標</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="37" />
        <source>Comment</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="38" />
        <source>Flagged</source>
        <translation>標記於</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="38" />
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="48" />
        <source>revision %1 in review</source>
        <translation>版本 %1 審核中</translation>
    </message>
</context>
<context>
    <name>DeskQueueModel</name>
    <message>
        <location filename="../../liaison_app/ui/models/desk_queue.py" line="21" />
        <source>on time</source>
        <translation>未逾期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/desk_queue.py" line="22" />
        <source>due soon</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/desk_queue.py" line="23" />
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/desk_queue.py" line="24" />
        <source>paused: waiting for the manager</source>
        <translation>已暫停：等待信息管理員補充</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/desk_queue.py" line="32" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/desk_queue.py" line="32" />
        <source>Text</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/desk_queue.py" line="33" />
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/desk_queue.py" line="33" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/desk_queue.py" line="34" />
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/desk_queue.py" line="34" />
        <source>Marks</source>
        <translation>標記</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/desk_queue.py" line="39" />
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/desk_queue.py" line="41" />
        <source>answer sent</source>
        <translation>已答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/desk_queue.py" line="43" />
        <source>chased %1×</source>
        <translation>已催辦 %1 次</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/desk_queue.py" line="45" />
        <source>escalated</source>
        <translation>已升級</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/desk_queue.py" line="47" />
        <source>with %1</source>
        <translation>由 %1 處理</translation>
    </message>
</context>
<context>
    <name>DeskReviewsModel</name>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="41" />
        <source>Entry</source>
        <translation>條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="41" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="42" />
        <source>Change</source>
        <translation>變更</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="43" />
        <source>Call center</source>
        <translation>客服中心</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="44" />
        <source>Your department</source>
        <translation>本部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="54" />
        <source>new revision %1 (revision %2 stays live)</source>
        <translation>新版本 %1（版本 %2 仍對座席生效）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="57" />
        <source>new entry, revision %1</source>
        <translation>新條目，版本 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="58" />
        <location filename="../../liaison_app/ui/desks/department_review.py" line="60" />
        <source>approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="59" />
        <source>waiting</source>
        <translation>待審</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="61" />
        <source>sent back</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="62" />
        <source>to review</source>
        <translation>待您審核</translation>
    </message>
</context>
<context>
    <name>DirectoryTransfer</name>
    <message>
        <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="36" />
        <source>Import the department directory</source>
        <translation>匯入部門通訊錄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="37" />
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 檔案 (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="40" />
        <source>Export the department directory</source>
        <translation>匯出部門通訊錄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="41" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="54" />
        <source>Exported %1 departments and %2 contacts to %3.</source>
        <translation>已將 %1 個部門、%2 位聯絡人匯出至 %3。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="75" />
        <source>Nothing was imported: %1 of %2 rows have problems (see details).</source>
        <translation>未匯入任何資料：%2 列中有 %1 列有問題（見詳細資料）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="79" />
        <source>Import the good departments</source>
        <translation>匯入無誤的部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="87" />
        <source>Departments: %1 added, %2 updated, %3 unchanged. Contacts: %4 added, %5 updated.</source>
        <translation>部門：新增 %1、更新 %2、未變 %3。聯絡人：新增 %4、更新 %5。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="94" />
        <source>%n row(s) with problems skipped.</source>
        <translation>
            <numerusform>已略過 %n 列有問題的資料。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="108" />
        <source>Department directory</source>
        <translation>部門通訊錄</translation>
    </message>
</context>
<context>
    <name>DomainErrors</name>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="143" />
        <source>A reason is needed to reject a question.</source>
        <translation>退回問題需要填寫理由。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="111" />
        <source>Cannot %1 %2: it is %3 (allowed from: %4).</source>
        <translation>無法%1 %2：它目前是「%3」（可執行的狀態：%4）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="135" />
        <source>Cannot merge %1 into itself.</source>
        <translation>無法將 %1 合併到自己。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="138" />
        <source>Cannot merge into %1: it is %2 (it must still be open).</source>
        <translation>無法合併到 %1：它目前是「%2」（必須仍在處理中）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="128" />
        <source>FAQ entry #%1 is not published and valid now: agents cannot be given its answer.</source>
        <translation>FAQ 條目 #%1 目前未發布或不在有效期內：不能把它的答案給座席。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="163" />
        <source>Priority must be 0 to %1.</source>
        <translation>優先級必須是 0 到 %1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="146" />
        <source>The reason is longer than %1 characters.</source>
        <translation>理由超過 %1 個字元。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="125" />
        <source>There is no FAQ entry #%1.</source>
        <translation>沒有 FAQ 條目 #%1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="123" />
        <source>There is no question %1.</source>
        <translation>沒有問題 %1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="121" />
        <source>Unknown action “%1”.</source>
        <translation>未知的操作「%1」。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="39" />
        <source>accept an answer for</source>
        <translation>採納答覆：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="34" />
        <source>answer from the FAQ</source>
        <translation>以 FAQ 回答</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="40" />
        <source>answer in the center</source>
        <translation>由中心回答</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="42" />
        <source>close</source>
        <translation>結案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="38" />
        <source>follow up</source>
        <translation>跟催</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="36" />
        <source>merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="106" />
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="37" />
        <source>reject</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="43" />
        <source>reopen</source>
        <translation>重新開啟</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="35" />
        <source>route</source>
        <translation>分派</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="41" />
        <source>send the answer of</source>
        <translation>回覆座席：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="109" />
        <source>this question</source>
        <translation>此問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="152" />
        <source>%1 was changed by %2 after you opened it. It has been reloaded: check it and try again.</source>
        <translation>%1 在您打開之後已由 %2 修改。已重新載入：請查看後再試一次。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="165" />
        <source>An approval on the department's behalf needs evidence: link the department's reply mail or a logged call about this entry.</source>
        <translation>代部門核准須附憑證：請連結部門就此條目的回覆郵件或通話記錄。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="168" />
        <source>Only the department's approval can be recorded on its behalf.</source>
        <translation>只有部門一方的核准可以代為登記。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="170" />
        <source>That message is not a received mail or logged call about this entry.</source>
        <translation>該訊息不是就此條目收到的郵件或記錄的通話。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="172" />
        <source>%1 already approved for the other side: the two approvals must come from two different people.</source>
        <translation>%1 已代表另一方核准：兩項核准必須來自兩個不同的人。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="176" />
        <source>FAQ entry #%1 is not retired: there is nothing to restore.</source>
        <translation>常見問題 #%1 未停用，無需恢復。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="179" />
        <source>FAQ entry #%1 is not in review: submit it for review first.</source>
        <translation>常見問題 #%1 不在審核中：請先送審。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="182" />
        <source>the call center's</source>
        <translation>客服中心</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="183" />
        <source>the department's</source>
        <translation>業務部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="185" />
        <source>FAQ entry #%1 cannot be published without %2 approval of revision %3.</source>
        <translation>常見問題 #%1 的版本 %3 尚缺%2的核准，不能發布。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="187" />
        <source> and </source>
        <translation>及</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="223" />
        <source>A bulletin needs a title.</source>
        <translation>通告需要標題。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="224" />
        <location filename="../../liaison_app/ui/errors.py" line="314" />
        <source>The text is longer than %1 characters.</source>
        <translation>內容超過 %1 個字。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="225" />
        <source>The answer is longer than %1 characters.</source>
        <translation>答案超過 %1 個字。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="226" />
        <source>“Valid until” must be after “valid from”.</source>
        <translation>「失效日」必須晚於「生效日」。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="227" />
        <source>There is no bulletin #%1.</source>
        <translation>沒有通告 #%1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="228" />
        <source>Unknown kind “%1”.</source>
        <translation>未知的類型「%1」。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="229" />
        <source>Say what is wrong with the entry.</source>
        <translation>請說明這個條目哪裡有問題。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="230" />
        <source>There is no flag #%1.</source>
        <translation>沒有標記 #%1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="231" />
        <source>Flag #%1 was already resolved by %2.</source>
        <translation>標記 #%1 已由 %2 處理。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="232" />
        <source>The tier limits must fall: very high &gt; high &gt; low ≥ 0 uses.</source>
        <translation>使用分級的門檻必須遞減：很高 &gt; 高 &gt; 低 ≥ 0 次。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="234" />
        <source>A category needs a name.</source>
        <translation>分類需要名稱。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="235" />
        <source>There is already a category “%1” there.</source>
        <translation>這裡已有分類「%1」。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="236" />
        <source>There is no category #%1.</source>
        <translation>沒有分類 #%1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="237" />
        <source>“%1” cannot be moved into itself or one of its sub-categories.</source>
        <translation>「%1」不能移到它自己或它的子分類之下。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="239" />
        <source>There is no similar question #%1.</source>
        <translation>沒有相似問 #%1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="240" />
        <source>A similar question cannot be empty.</source>
        <translation>相似問不能是空的。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="241" />
        <source>The entry already has this wording.</source>
        <translation>這個條目已有這個說法。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="242" />
        <source>A synonym group needs at least two different words.</source>
        <translation>同義詞組至少需要兩個不同的詞。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="244" />
        <source>“%1…” is too long for a synonym (64 characters at most).</source>
        <translation>「%1…」作為同義詞太長（最多 64 個字）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="246" />
        <source>“%1” is already in synonym group %2 (as “%3”): edit that group instead.</source>
        <translation>「%1」已在同義詞組 %2 中（作為「%3」）：請改為編輯該詞組。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="248" />
        <source>There is no synonym group %1.</source>
        <translation>沒有同義詞組 %1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="249" />
        <source>The entry needs a question.</source>
        <translation>條目需要問題。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="250" />
        <source>The entry needs an answer.</source>
        <translation>條目需要答案。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="251" />
        <source>An entry cannot be merged into itself.</source>
        <translation>條目不能合併到它自己。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="252" />
        <source>Entry #%1 is retired: merge into an entry in use.</source>
        <translation>條目 #%1 已停用：請合併到使用中的條目。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="254" />
        <source>%1 has no answer yet: an FAQ entry needs one.</source>
        <translation>%1 還沒有答覆：常見問題條目需要答案。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="255" />
        <source>There is no department #%1.</source>
        <translation>沒有業務部門 #%1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="256" />
        <source>There is no contact #%1.</source>
        <translation>沒有聯絡人 #%1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="257" />
        <source>%1 is inactive: it cannot be asked.</source>
        <translation>%1 已停用：不能向它諮詢。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="258" />
        <source>%1 has no contact with a mail address: add one in Departments › Edit… before asking it.</source>
        <translation>%1 沒有留有郵件地址的聯絡人：請先在「業務部門 › 編輯…」中新增，再向它諮詢。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="260" />
        <source>%1 has no head of department with a mail address.</source>
        <translation>%1 沒有留有郵件地址的部門負責人。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="262" />
        <source>“%1” is not a mail address.</source>
        <translation>「%1」不是郵件地址。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="263" />
        <source>There is no query #%1.</source>
        <translation>沒有諮詢 #%1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="264" />
        <source>Query #%1 is no longer open.</source>
        <translation>諮詢 #%1 已不在進行中。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="265" />
        <source>The answer is empty.</source>
        <translation>答覆是空的。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="266" />
        <source>Only a received mail about a question can be accepted as its answer.</source>
        <translation>只有關於某個問題的收到郵件才能採納為答覆。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="268" />
        <source>An automatic reply or a bounce cannot be the answer.</source>
        <translation>自動回覆或退信不能作為答覆。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="270" />
        <source>%1 is %2: calls are logged for new or awaiting questions.</source>
        <translation>%1 目前為%2：通話只能記錄在新問題或待部門回覆的問題上。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="272" />
        <source>A call-back needs the new due time.</source>
        <translation>回電需要新的到期時間。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="273" />
        <source>%1 is %2: there is no new answer to send.</source>
        <translation>%1 目前為%2：沒有新的答覆可以發送。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="274" />
        <source>%1 has no forwarding agent to send the answer to.</source>
        <translation>%1 沒有可以發送答覆的轉問座席代表。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="275" />
        <source>There is no such mail (#%1) in the tray.</source>
        <translation>待處理郵件中沒有這封郵件（#%1）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="276" />
        <source>The due time must be in the future.</source>
        <translation>到期時間必須在未來。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="277" />
        <source>The filter text is too long: at most %1 characters are searched.</source>
        <translation>篩選文字太長：最多只搜尋 %1 個字。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="280" />
        <source>A mail needs at least one recipient.</source>
        <translation>郵件至少需要一位收件人。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="281" />
        <source>%1: “%2” is not a mail address (expected name@bank.example).</source>
        <translation>%1：「%2」不是郵件地址（應為 name@bank.example 的形式）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="283" />
        <source>There is no sender address: set the From address in Mail settings.</source>
        <translation>沒有寄件人地址：請在「郵件設定」中填寫寄件人地址。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="285" />
        <source>%1 is %2: only new or awaiting questions can be asked.</source>
        <translation>%1 目前為%2：只有新問題或待部門回覆的問題可以詢問部門。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="287" />
        <source>The server refused the question: %1</source>
        <translation>伺服器拒絕了這個問題：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="289" />
        <source>Unknown role “%1”.</source>
        <translation>未知的角色「%1」。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="290" />
        <source>There is no department named “%1”.</source>
        <translation>沒有名為「%1」的業務部門。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="291" />
        <source>“%1” is not a login name: use lower-case letters, digits and _ . @ -.</source>
        <translation>「%1」不是有效的登入帳號：請使用小寫英文字母、數字及 _ . @ -。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="293" />
        <source>A person needs a name.</source>
        <translation>請填寫人員姓名。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="294" />
        <source>Give at least one role.</source>
        <translation>請至少指定一個角色。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="295" />
        <source>%1 is already a person on this database.</source>
        <translation>%1 已是此資料庫的人員。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="296" />
        <source>The department role needs at least one department.</source>
        <translation>業務部門角色至少需要指定一個部門。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="298" />
        <source>The agent role needs the agent's code.</source>
        <translation>客服人員角色需要填寫客服人員工號。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="300" />
        <source>There is no agent with the code “%1”.</source>
        <translation>沒有工號為「%1」的客服人員。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="301" />
        <source>%1 is a group or superuser role, not a person.</source>
        <translation>%1 是群組或超級使用者角色，不是人員。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="303" />
        <source>There is no login %1 on the server: give a first password, or have the LDAP user's role created first.</source>
        <translation>伺服器上沒有登入帳號 %1：請設定初始密碼，或先建立該 LDAP 使用者的角色。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="306" />
        <source>The login %1 exists already: add the person without a password.</source>
        <translation>登入帳號 %1 已存在：請不設密碼新增此人員。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="308" />
        <source>%1 is not a person on this database.</source>
        <translation>%1 不是此資料庫的人員。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="310" />
        <source>There is no query #%1 on this desk.</source>
        <translation>此工作台上沒有諮詢 #%1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="311" />
        <source>Query #%1 is no longer open: only open queries are worked on the desk.</source>
        <translation>諮詢 #%1 已不在進行中：工作台只處理進行中的諮詢。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="313" />
        <source>The text is empty.</source>
        <translation>內容是空的。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="315" />
        <source>An attachment has no file name.</source>
        <translation>有一個附件沒有檔名。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="316" />
        <source>%1 is larger than 20 MB.</source>
        <translation>%1 超過 20 MB。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="317" />
        <source>The query is already yours.</source>
        <translation>這筆諮詢已由您負責。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="318" />
        <source>%1 is not a contact of this department.</source>
        <translation>%1 不是本部門的聯絡人。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="320" />
        <source>Query #%1 has no open request for clarification.</source>
        <translation>諮詢 #%1 沒有待回覆的澄清請求。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="323" />
        <source>Say what must change when sending an entry back.</source>
        <translation>退回條目時，請說明需要修改的地方。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="325" />
        <source>FAQ entry #%1 is not published: the department proposes fixes of published entries, the information manager edits drafts.</source>
        <translation>常見問題 #%1 尚未發布：業務部門只對已發布的條目提出修正，草稿由資訊管理員編輯。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="328" />
        <source>The question and the answer cannot be empty.</source>
        <translation>問題與答案都不能是空的。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="330" />
        <source>The text is unchanged: there is nothing to review.</source>
        <translation>內容沒有變更：沒有需要審核的地方。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="333" />
        <source>FAQ entry #%1 is retired: it cannot be edited.</source>
        <translation>常見問題 #%1 已停用：不能再編輯。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="335" />
        <source>FAQ entry #%1 is not a draft: only a draft can be submitted for review.</source>
        <translation>常見問題 #%1 不是草稿：只有草稿可以送審。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="337" />
        <source>An approval needs the approver's name.</source>
        <translation>核准需要填寫核准人姓名。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="338" />
        <source>FAQ entry #%1 is already retired.</source>
        <translation>常見問題 #%1 已經停用。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="118" />
        <source>You are signed in with a read-only role: you can look at everything here but not change it.</source>
        <translation>您以唯讀角色登入：可以查看這裡的一切，但不能變更。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="156" />
        <source>%1 was changed by %2 at %3 after you opened it. It has been reloaded: check it and try again.</source>
        <translation>%1 在您打開之後已由 %2 於 %3 修改。已重新載入：請查看後再試一次。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="154" />
        <location filename="../../liaison_app/ui/errors.py" line="159" />
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="51" />
        <source>Edit FAQ entry %1</source>
        <translation>編輯常見問題 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="58" />
        <source>One key point a line</source>
        <translation>每行一個要點</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="60" />
        <source>Keywords, separated by 、 or commas</source>
        <translation>關鍵詞，以「、」或逗號分隔</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="62" />
        <source>What changed and why</source>
        <translation>修改了什麼及原因</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="67" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="68" />
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="69" />
        <source>Key points</source>
        <translation>操作要點</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="70" />
        <source>Keywords</source>
        <translation>關鍵詞</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="71" />
        <source>Change note</source>
        <translation>修改說明</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="86" />
        <source>Use their version</source>
        <translation>改用對方的版本</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="121" />
        <source>Revision %1; saving makes revision %2.</source>
        <translation>目前為第 %1 版；儲存後成為第 %2 版。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="147" />
        <source>Saved meanwhile (revision %1). Your text is kept above: Save puts it on top of this version as the next revision, or use their version instead.</source>
        <translation>其間已有人儲存（修訂版 %1）。您輸入的內容保留在上方：按「儲存」會以它作為此版本之後的下一個修訂版，或改用對方的版本。</translation>
    </message>
</context>
<context>
    <name>EntryPicker</name>
    <message>
        <location filename="../../liaison_app/ui/widgets/faq_pickers.py" line="96" />
        <source>Merge into…</source>
        <translation>合併到…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/faq_pickers.py" line="101" />
        <source>Search the entry that stays</source>
        <translation>搜尋要保留的條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/faq_pickers.py" line="110" />
        <source>The selected entries will be retired; their hits, questions and revisions go to the entry you choose.</source>
        <translation>所選條目將被停用；其使用記錄、關聯問題和修訂版本將轉到您選擇的條目。</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/error.py" line="97" />
        <location filename="../../liaison_app/ui/dialogs/error.py" line="120" />
        <source>Liaison — unexpected error</source>
        <translation>Liaison — 意外錯誤</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/error.py" line="98" />
        <source>Something went wrong: %1</source>
        <translation>發生錯誤：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/error.py" line="102" />
        <source>Liaison keeps running; what you saved before is safe. The details were written to the log file:
%1

If it happens again, send that file and Help › Copy diagnostics to your desktop team.</source>
        <translation>Liaison 仍在執行，先前已儲存的資料不受影響。詳細資訊已寫入記錄檔：
%1

如再次發生，請將該檔案及「說明 › 複製診斷資訊」的內容交給桌面支援團隊。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/error.py" line="107" />
        <source>Open log folder</source>
        <translation>開啟記錄檔資料夾</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/error.py" line="121" />
        <source>Liaison could not start: %1

The details were written to the log file:
%2</source>
        <translation>Liaison 無法啟動：%1

詳細資訊已寫入記錄檔：
%2</translation>
    </message>
</context>
<context>
    <name>FaqEntryDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="42" />
        <source>Create FAQ entry</source>
        <translation>建立常見問題條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="51" />
        <source>One key point per line</source>
        <translation>每行一個操作要點</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="56" />
        <source>Separated by commas</source>
        <translation>以逗號分隔</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="59" />
        <source>Valid only</source>
        <translation>僅在期間內有效</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="74" />
        <source>Keep the customer's wording as a similar question</source>
        <translation>將客戶的問法保留為相似問法</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="82" />
        <source>Question:</source>
        <translation>問題：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="83" />
        <source>Answer:</source>
        <translation>答覆：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="84" />
        <source>Key points:</source>
        <translation>操作要點：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="85" />
        <source>Keywords:</source>
        <translation>關鍵詞：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="86" />
        <source>Owner department:</source>
        <translation>負責部門：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="87" />
        <source>Validity:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="93" />
        <source>The entry is saved as a draft; agents see it once it is reviewed and published.</source>
        <translation>條目存為草稿；經審核發布後座席才看得到。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="118" />
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="152" />
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
</context>
<context>
    <name>FaqLabels</name>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="18" />
        <source>Very high use</source>
        <translation>使用極多</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="19" />
        <source>High use</source>
        <translation>使用較多</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="20" />
        <source>Low use</source>
        <translation>使用較少</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="21" />
        <source>Very low use</source>
        <translation>使用極少</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="27" />
        <source>Suggested: pin these entries and announce them to agents.</source>
        <translation>建議：置頂這些條目，並發通告告知座席。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="28" />
        <source>Well used: keep them current; re-categorise or re-order if agents look for them elsewhere.</source>
        <translation>使用良好：保持內容最新；若座席在別處查找，可調整分類或順序。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="29" />
        <source>Little used: check the wording and keywords, or the category agents look in.</source>
        <translation>使用較少：檢查措辭和關鍵詞，或座席查找的分類。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="30" />
        <source>Suggested: merge into a better entry or retire.</source>
        <translation>建議：合併到更好的條目或停用。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="36" />
        <source>Wrong</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="37" />
        <source>Unclear</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="38" />
        <source>Out of date</source>
        <translation>已過時</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="39" />
        <source>Missing information</source>
        <translation>缺少資訊</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="45" />
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="46" />
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="47" />
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="48" />
        <source>Last 12 months</source>
        <translation>最近 12 個月</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="56" />
        <source>%1, revision %2: %3</source>
        <translation>%1，第 %2 版：%3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="57" />
        <source>%1, revision %2</source>
        <translation>%1，第 %2 版</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="58" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="60" />
        <source>revision %1 waits for review; revision %2 stays live</source>
        <translation>第 %1 版待審核；第 %2 版繼續上線</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="61" />
        <source>revision %1: %2</source>
        <translation>第 %1 版：%2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="62" />
        <source>revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="63" />
        <source>from %1</source>
        <translation>來自 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="64" />
        <source>merged into entry %1</source>
        <translation>已合併到條目 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="66" />
        <source>from entry %1 (revision %2): %3</source>
        <translation>來自條目 %1（第 %2 版）：%3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="68" />
        <source>from entry %1 (revision %2)</source>
        <translation>來自條目 %1（第 %2 版）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="73" />
        <source>call center</source>
        <translation>客服中心</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="74" />
        <source>department</source>
        <translation>業務部門</translation>
    </message>
</context>
<context>
    <name>FaqModel</name>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="37" />
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="37" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="37" />
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="37" />
        <source>Owner</source>
        <translation>負責部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="38" />
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="38" />
        <source>Hits</source>
        <translation>使用次數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="38" />
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
</context>
<context>
    <name>FaqPage</name>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="127" />
        <source>Search the FAQ: type a few characters, in either script (Ctrl+F)</source>
        <translation>搜尋常見問題：輸入幾個字，繁體或簡體皆可（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="129" />
        <source>Copy answer</source>
        <translation>複製答案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="131" />
        <source>Copy the answer and key points for the agent, and count it as a use (Ctrl+Shift+C)</source>
        <translation>複製答案與操作要點給座席代表，並計為一次使用（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="134" />
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="136" />
        <source>Count one use of this entry (Ctrl+Shift+U)</source>
        <translation>將此條目計為一次使用（Ctrl+Shift+U）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="138" />
        <source>Similar questions…</source>
        <translation>相似問法…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="140" />
        <source>Customers' other wordings of this entry's question</source>
        <translation>客戶對此條目問題的其他問法</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="142" />
        <source>Review…</source>
        <translation>審核…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="144" />
        <source>Revisions, approvals, publish or retire</source>
        <translation>版本、審核意見、發布或停用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="146" />
        <source>Flag…</source>
        <translation>標記問題…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="148" />
        <source>Tell the entry's owner it is wrong, unclear, out of date or missing something</source>
        <translation>告知條目負責部門：內容錯誤、不清楚、已過時或缺少資訊</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/browse.py" line="175" />
        <source>%n entries</source>
        <translation>
            <numerusform>%n 條</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="277" />
        <source>%1 in the last 30 days</source>
        <translation>最近 30 天 %1 次</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/browse.py" line="279" />
        <source>%n open flags</source>
        <translation>
            <numerusform>%n 個待處理標記</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="280" />
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="280" />
        <source>Key points</source>
        <translation>操作要點</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="281" />
        <source>Keywords</source>
        <translation>關鍵字</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="281" />
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="281" />
        <source>Hits</source>
        <translation>使用次數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="293" />
        <source>Similar questions</source>
        <translation>相似問法</translation>
    </message>
</context>
<context>
    <name>FaqReviewDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="47" />
        <source>Review FAQ entry #%1</source>
        <translation>審核常見問題 #%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="68" />
        <source>Submit for review</source>
        <translation>提交審核</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="72" />
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="196" />
        <source>Call center</source>
        <translation>客服中心</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="73" />
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="196" />
        <source>Department</source>
        <translation>業務部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="76" />
        <source>On the department's behalf</source>
        <translation>代業務部門記錄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="88" />
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="90" />
        <source>Send back</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="92" />
        <source>Publish</source>
        <translation>發布</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="106" />
        <source>Decision</source>
        <translation>審核決定</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="108" />
        <source>Side:</source>
        <translation>審核方：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="110" />
        <source>Approver:</source>
        <translation>審核人：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="125" />
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="135" />
        <source>Decisions</source>
        <translation>審核記錄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="144" />
        <source>Submitted for review.</source>
        <translation>已提交審核。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="149" />
        <source>Published; a bulletin announcing it waits on the board.</source>
        <translation>已發布；宣佈此條目的通告在通告欄等待發布。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="168" />
        <source>revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="175" />
        <source>Revision %1 · %2 · %3</source>
        <translation>第 %1 版 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="184" />
        <source>created</source>
        <translation>建立</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="184" />
        <source>revised</source>
        <translation>修訂</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="185" />
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="195" />
        <source>approved</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="185" />
        <source>submitted for review</source>
        <translation>提交審核</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="186" />
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="195" />
        <source>sent back</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="186" />
        <source>published</source>
        <translation>發布</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="187" />
        <source>retired</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="187" />
        <source>back in review</source>
        <translation>重新送審</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="199" />
        <source>No decisions yet.</source>
        <translation>尚無審核記錄。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="225" />
        <source>Revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="294" />
        <source>Approval recorded.</source>
        <translation>已記錄審核同意。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="299" />
        <source>Sent back to draft.</source>
        <translation>已退回為草稿。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="80" />
        <source>Comment</source>
        <translation>意見</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="85" />
        <source>Evidence:</source>
        <translation>憑證：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="94" />
        <source>Retire…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="96" />
        <source>Restore</source>
        <translation>恢復</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="98" />
        <source>Undo the retirement: the entry goes back to the state it had</source>
        <translation>撤銷停用：條目回到停用前的狀態</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="153" />
        <source>Restored.</source>
        <translation>已恢復。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="171" />
        <source>Agents read revision %1 until revision %2, now in review, is published.</source>
        <translation>在審核中的第 %2 版發布前，座席代表看到的仍是第 %1 版。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="188" />
        <source>restored</source>
        <translation>已恢復</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="248" />
        <source>Retire FAQ entry #%1?

Agents will no longer find it in search or in the exported FAQ. Restore brings it back.</source>
        <translation>停用常見問題 #%1？

座席代表將無法在搜尋或匯出的常見問題中找到它。可用「恢復」撤銷。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="253" />
        <source>Retired: agents no longer see it. Restore undoes this.</source>
        <translation>已停用：座席代表不再看到它。可用「恢復」撤銷。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="255" />
        <source>Retire entry</source>
        <translation>停用條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="275" />
        <source>Who approved in the department</source>
        <translation>部門中核准的人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="283" />
        <source>No mail or call from the department about this entry</source>
        <translation>沒有部門就此條目的郵件或通話</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="293" />
        <source>Approval on the department's behalf recorded, with its evidence.</source>
        <translation>已代部門登記核准，並附憑證。</translation>
    </message>
</context>
<context>
    <name>FaqTransfer</name>
    <message>
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="49" />
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="69" />
        <source>Import FAQ</source>
        <translation>匯入常見問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="49" />
        <source>FAQ files (*.csv *.xlsx *.jsonl)</source>
        <translation>常見問題檔案 (*.csv *.xlsx *.jsonl)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="53" />
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="115" />
        <source>Export FAQ</source>
        <translation>匯出常見問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="70" />
        <source>Importing %1…</source>
        <translation>正在匯入 %1…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="84" />
        <source>Imported %1 FAQ entries.</source>
        <translation>已匯入 %1 個常見問題條目。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="86" />
        <source>%1 bad rows were skipped.</source>
        <translation>已略過 %1 個有問題的行。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="93" />
        <source>The file holds no FAQ entries.</source>
        <translation>檔案中沒有常見問題條目。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="98" />
        <source>Nothing was imported: %1 rows have problems (see details).</source>
        <translation>未匯入任何內容：%1 行有問題（見詳細資訊）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="101" />
        <source>Import the good rows</source>
        <translation>只匯入正確的行</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="116" />
        <source>Writing %1…</source>
        <translation>正在寫入 %1…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="122" />
        <source>Exported %1 FAQ entries to %2.</source>
        <translation>已匯出 %1 個常見問題條目到 %2。</translation>
    </message>
</context>
<context>
    <name>FaqUpkeepPage</name>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_upkeep.py" line="24" />
        <source>Use tiers</source>
        <translation>使用分級</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_upkeep.py" line="25" />
        <source>Flags</source>
        <translation>問題標記</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_upkeep.py" line="26" />
        <source>Categories</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_upkeep.py" line="27" />
        <source>Synonyms</source>
        <translation>同義詞</translation>
    </message>
</context>
<context>
    <name>FileTransfer</name>
    <message>
        <location filename="../../liaison_app/ui/actions/file_transfer.py" line="70" />
        <source>and %1 more</source>
        <translation>另有 %1 項</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="208" />
        <source>Flag FAQ entry %1</source>
        <translation>標記常見問題 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="213" />
        <source>What is wrong, unclear, out of date or missing?</source>
        <translation>哪裡錯誤、不清楚、已過時或缺少資訊？</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="217" />
        <source>The entry is</source>
        <translation>條目內容</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="218" />
        <source>Comment</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="224" />
        <source>The flag goes to the queue of the entry's owner department.</source>
        <translation>標記將進入條目負責部門的待處理清單。</translation>
    </message>
</context>
<context>
    <name>FlagModel</name>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_flags.py" line="50" />
        <source>Flagged</source>
        <translation>標記時間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_flags.py" line="50" />
        <source>Entry</source>
        <translation>條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_flags.py" line="50" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_flags.py" line="50" />
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_flags.py" line="51" />
        <source>Comment</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_flags.py" line="51" />
        <source>By</source>
        <translation>標記人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_flags.py" line="51" />
        <source>Owner</source>
        <translation>負責部門</translation>
    </message>
</context>
<context>
    <name>FlagsPage</name>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_flags.py" line="92" />
        <source>Fix…</source>
        <translation>修正…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_flags.py" line="94" />
        <source>Edit the entry; saving makes a new revision and resolves the flag</source>
        <translation>編輯條目；儲存後產生新版本並結案此標記</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_flags.py" line="95" />
        <source>Resolve…</source>
        <translation>結案…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_flags.py" line="97" />
        <source>Close the flag without changing the entry, with a note</source>
        <translation>不修改條目即結案此標記，並附說明</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_flags.py" line="101" />
        <source>Owner department:</source>
        <translation>負責部門：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_flags.py" line="123" />
        <source>All departments</source>
        <translation>全部部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_flags.py" line="126" />
        <source>No owner</source>
        <translation>無負責部門</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/faq_flags.py" line="150" />
        <source>%n open flags</source>
        <translation>
            <numerusform>%n 個待處理標記</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_flags.py" line="166" />
        <source>Fix for flag: %1</source>
        <translation>依標記修正：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_flags.py" line="167" />
        <source>fixed in revision %1</source>
        <translation>已於第 %1 版修正</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_flags.py" line="191" />
        <source>Resolve flag</source>
        <translation>結案標記</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_flags.py" line="191" />
        <source>Resolution note (e.g. why no change is needed):</source>
        <translation>結案說明（例如為何不需修改）：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_flags.py" line="178" />
        <location filename="../../liaison_app/ui/pages/faq_flags.py" line="198" />
        <source>Flag resolved: %1</source>
        <translation>標記已結案：%1</translation>
    </message>
</context>
<context>
    <name>FlagsTab</name>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="88" />
        <source>What changed, for the reviewers</source>
        <translation>修改了什麼（供審核人參考）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="89" />
        <source>Propose the fix for review</source>
        <translation>提交修正送審</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="94" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="95" />
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="96" />
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="100" />
        <source>Agents keep the published text until your fix passes review.</source>
        <translation>修正通過審核前，座席代表仍看到已發布的內容。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="156" />
        <source>The server refused the change: %1</source>
        <translation>伺服器拒絕了此變更：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="166" />
        <source>Revision %1 proposed: it goes live once the call center and your department approve it.</source>
        <translation>已提交版本 %1：客服中心與本部門均核准後生效。</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="40" />
        <source>Forward a question</source>
        <translation>轉交問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="46" />
        <source>Agent code, e.g. A1001</source>
        <translation>座席工號，例如 A1001</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="47" />
        <source>Add the agent if the code is new</source>
        <translation>工號為新時新增此座席</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="51" />
        <source>The customer's question, in the customer's words</source>
        <translation>客戶的問題，用客戶自己的話</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="55" />
        <source>What the customer said or tried; account details</source>
        <translation>客戶說了什麼、試過什麼；賬戶情況</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="60" />
        <source>Urgent: the customer is waiting (half the SLA)</source>
        <translation>緊急：客戶在等（時限減半）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="68" />
        <source>Agent:</source>
        <translation>座席：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="70" />
        <source>Question:</source>
        <translation>問題：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="71" />
        <source>Customer context:</source>
        <translation>客戶情況：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="72" />
        <source>Product:</source>
        <translation>產品：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="76" />
        <source>Forward</source>
        <translation>轉交</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="132" />
        <source>Unknown agent %1: check the code, or tick "Add the agent if the code is new".</source>
        <translation>未知座席 %1：請核對工號，或勾選「工號為新時新增此座席」。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="138" />
        <source>Not forwarded: %1</source>
        <translation>未轉交：%1</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="20" />
        <source>question text</source>
        <translation>問題內容</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="21" />
        <source>agent</source>
        <translation>座席代表</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="22" />
        <source>context</source>
        <translation>背景說明</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="23" />
        <source>product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="24" />
        <source>urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="25" />
        <source>forwarded at</source>
        <translation>轉來時間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="26" />
        <source>source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="27" />
        <source>question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="28" />
        <source>answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="29" />
        <source>key points</source>
        <translation>操作要點</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="30" />
        <source>keywords</source>
        <translation>關鍵字</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="31" />
        <source>category</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="32" />
        <source>valid from</source>
        <translation>生效日</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="33" />
        <source>valid until</source>
        <translation>失效日</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="34" />
        <source>department</source>
        <translation>業務部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="35" />
        <source>email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="36" />
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="37" />
        <source>SLA hours</source>
        <translation>答覆時限（工作小時）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="38" />
        <source>head of department</source>
        <translation>部門負責人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="39" />
        <source>contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="43" />
        <location filename="../../liaison_app/ui/labels/problems.py" line="44" />
        <source>missing, but required</source>
        <translation>缺少必填內容</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="45" />
        <source>unknown column, ignored</source>
        <translation>無法識別的欄位，已略過</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="46" />
        <source>unknown field, ignored</source>
        <translation>無法識別的欄位，已略過</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="47" />
        <location filename="../../liaison_app/ui/labels/problems.py" line="49" />
        <source>the same question as line %1</source>
        <translation>與第 %1 列是同一個問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="51" />
        <source>unknown agent “%1” (add the agent first)</source>
        <translation>未知的座席代表「%1」（請先新增該座席代表）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="52" />
        <source>no agent given</source>
        <translation>未填座席代表</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="53" />
        <source>the question text is empty</source>
        <translation>問題內容是空的</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="55" />
        <source>%2 characters long (at most %3)</source>
        <translation>長度 %2 字（最多 %3 字）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="56" />
        <source>the time is in the future</source>
        <translation>時間在未來</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="57" />
        <source>given twice (as “%1”)</source>
        <translation>重複提供（作為「%1」）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="58" />
        <source>is before “valid from”</source>
        <translation>早於「生效日」</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="60" />
        <source>the FAQ already has this question (entry %1)</source>
        <translation>常見問題庫已有此問題（條目 %1）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="62" />
        <source>a cell beyond the last column heading, ignored</source>
        <translation>最後一個欄位標題之後的儲存格，已略過</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="63" />
        <source>not valid JSON: %1 (column %2)</source>
        <translation>不是有效的 JSON：%1（第 %2 欄）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="66" />
        <source>holds a NUL character (a damaged file?)</source>
        <translation>含有 NUL 字元（檔案可能已損壞？）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="68" />
        <source>the product name is longer than %1 characters</source>
        <translation>產品名稱超過 %1 個字元</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="69" />
        <source>unknown source “%1”</source>
        <translation>未知的來源「%1」</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="92" />
        <source>Line %1, %2: %3</source>
        <translation>第 %1 列，%2：%3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/problems.py" line="99" />
        <source>(warning)</source>
        <translation>（警告）</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../liaison_app/ui/first_rows.py" line="125" />
        <location filename="../../liaison_app/ui/models/inbox.py" line="62" />
        <source>Ref</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/first_rows.py" line="125" />
        <location filename="../../liaison_app/ui/models/inbox.py" line="62" />
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/first_rows.py" line="126" />
        <location filename="../../liaison_app/ui/models/inbox.py" line="62" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/first_rows.py" line="126" />
        <location filename="../../liaison_app/ui/models/inbox.py" line="62" />
        <source>Agents</source>
        <translation>座席代表</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/first_rows.py" line="127" />
        <location filename="../../liaison_app/ui/models/inbox.py" line="62" />
        <source>Department</source>
        <translation>業務部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/first_rows.py" line="127" />
        <location filename="../../liaison_app/ui/models/inbox.py" line="63" />
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/first_rows.py" line="128" />
        <location filename="../../liaison_app/ui/models/inbox.py" line="63" />
        <source>Forwarded</source>
        <translation>轉交時間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/first_rows.py" line="128" />
        <location filename="../../liaison_app/ui/models/inbox.py" line="63" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/first_rows.py" line="107" />
        <location filename="../../liaison_app/ui/models/inbox.py" line="107" />
        <source>[Urgent] </source>
        <translation>［急］</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/first_rows.py" line="110" />
        <location filename="../../liaison_app/ui/models/inbox.py" line="112" />
        <source>%1 +%2</source>
        <translation>%1 等 %2 人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/inbox.py" line="103" />
        <source>Waiting for you (paused)</source>
        <translation>等您回覆（已暫停計時）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/inbox.py" line="144" />
        <source>The department asked you for details; its due time is paused until you answer.</source>
        <translation>部門請您補充資料；回覆前暫停計算期限。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/inbox.py" line="147" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="72" />
        <location filename="../../liaison_app/ui/pages/inbox.py" line="269" />
        <source>Open questions</source>
        <translation>未結問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="73" />
        <location filename="../../liaison_app/ui/pages/inbox.py" line="271" />
        <source>All questions</source>
        <translation>全部問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="78" />
        <source>Filter by text or LQ number (Ctrl+F)</source>
        <translation>以文字或 LQ 編號篩選（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="85" />
        <source>All departments</source>
        <translation>全部部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="86" />
        <source>All agents</source>
        <translation>全部座席</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="87" />
        <source>All products</source>
        <translation>全部產品</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="88" />
        <source>Overdue only</source>
        <translation>僅逾期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="92" />
        <source>Any time</source>
        <translation>不限時間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="92" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="92" />
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="93" />
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="93" />
        <source>From – to…</source>
        <translation>起訖日期…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="104" />
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="179" />
        <source>No questions yet</source>
        <translation>還沒有問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="179" />
        <source>To begin:</source>
        <translation>開始使用：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="180" />
        <source>&lt;a href="actionImportQuestions"&gt;Import forwarded questions&lt;/a&gt; from a CSV or JSONL file (File › Import questions…)</source>
        <translation>從 CSV 或 JSONL 檔案&lt;a href="actionImportQuestions"&gt;匯入轉來的問題&lt;/a&gt;（檔案 › 匯入問題…）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="182" />
        <source>&lt;a href="actionForward"&gt;Record a question&lt;/a&gt; an agent phoned in (Ctrl+N)</source>
        <translation>&lt;a href="actionForward"&gt;登記座席代表電話轉來的問題&lt;/a&gt;（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="184" />
        <source>&lt;a href="actionImportFaq"&gt;Import your FAQ base&lt;/a&gt; so new questions find their answers</source>
        <translation>&lt;a href="actionImportFaq"&gt;匯入現有的常見問題庫&lt;/a&gt;，讓新問題找得到答案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="186" />
        <source>&lt;a href="setupAssistantAction"&gt;Try it with demo data&lt;/a&gt; (Help › Setup assistant…)</source>
        <translation>&lt;a href="setupAssistantAction"&gt;用示範資料試用&lt;/a&gt;（說明 › 設定精靈…）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="188" />
        <source>Agents forward questions by mail once the mail account is set (&lt;a href="actionMailSettings"&gt;File › Mail settings…&lt;/a&gt;): they appear here by themselves.</source>
        <translation>設定郵件帳號後（&lt;a href="actionMailSettings"&gt;檔案 › 郵件設定…&lt;/a&gt;），座席代表以郵件轉來的問題會自動出現在這裡。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/inbox.py" line="381" />
        <location filename="../../liaison_app/ui/pages/inbox.py" line="447" />
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 個問題</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="399" />
        <source>%1 is recorded, but the current filter hides it. &lt;a href="show"&gt;Show it&lt;/a&gt;</source>
        <translation>%1 已登記，但目前的篩選條件把它隱藏了。&lt;a href="show"&gt;顯示它&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="130" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="131" />
        <source>In review</source>
        <translation>審核中</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="132" />
        <source>Published</source>
        <translation>已發布</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="133" />
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/first_rows.py" line="80" />
        <location filename="../../liaison_app/ui/labels/common.py" line="21" />
        <source>New</source>
        <translation>新問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/first_rows.py" line="81" />
        <location filename="../../liaison_app/ui/labels/common.py" line="22" />
        <location filename="../../liaison_app/ui/labels/common.py" line="36" />
        <source>Answered from FAQ</source>
        <translation>已以常見問題解答</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/first_rows.py" line="82" />
        <location filename="../../liaison_app/ui/labels/common.py" line="23" />
        <source>Awaiting department</source>
        <translation>待部門回覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/first_rows.py" line="83" />
        <location filename="../../liaison_app/ui/labels/common.py" line="24" />
        <location filename="../../liaison_app/ui/labels/common.py" line="41" />
        <source>Answer received</source>
        <translation>已收到答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="25" />
        <source>Answered</source>
        <translation>已回饋</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="26" />
        <location filename="../../liaison_app/ui/labels/common.py" line="44" />
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="27" />
        <source>Duplicate</source>
        <translation>重複</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="28" />
        <location filename="../../liaison_app/ui/labels/common.py" line="39" />
        <source>Rejected</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="35" />
        <source>Forwarded</source>
        <translation>已轉交</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="37" />
        <source>Routed to department</source>
        <translation>已轉交業務部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="38" />
        <source>Merged as duplicate</source>
        <translation>已合併為重複問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="40" />
        <source>Followed up</source>
        <translation>已跟催</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="42" />
        <source>Answered in center</source>
        <translation>中心內解答</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="43" />
        <source>Fed back to agents</source>
        <translation>已回饋座席代表</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="45" />
        <source>Reopened</source>
        <translation>已重新開啟</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="106" />
        <source>FAQ</source>
        <translation>常見問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="106" />
        <source>Department</source>
        <translation>業務部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="106" />
        <source>In center</source>
        <translation>中心內</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="112" />
        <source>Email received</source>
        <translation>收到郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="112" />
        <source>Email sent</source>
        <translation>寄出郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="114" />
        <source>Phone call</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="115" />
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="120" />
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="120" />
        <source>queued</source>
        <translation>待寄出</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="120" />
        <source>sending</source>
        <translation>寄送中</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="121" />
        <source>sent</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="121" />
        <source>failed</source>
        <translation>寄送失敗</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="121" />
        <source>received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="122" />
        <source>quarantined</source>
        <translation>已隔離</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="122" />
        <source>logged</source>
        <translation>已記錄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="46" />
        <source>Took in a duplicate</source>
        <translation>併入重複問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="47" />
        <source>Priority changed</source>
        <translation>優先級變更</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="48" />
        <source>Marked as not a duplicate</source>
        <translation>標為非重複</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="57" />
        <source>forwarded by %1 (%2)</source>
        <translation>由 %1 轉交（%2）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="58" />
        <source>to %1, due %2</source>
        <translation>分派給%1，期限 %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="59" />
        <source>into %1</source>
        <translation>併入 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="60" />
        <source>merged %1 into this question</source>
        <translation>%1 已併入本問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="61" />
        <source>not a repeat of %1</source>
        <translation>不是 %1 的重複</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="62" />
        <source>asked %1 by mail</source>
        <translation>已以郵件諮詢%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="63" />
        <source>asked %1 by phone</source>
        <translation>已致電諮詢%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="64" />
        <source>chased %1 (chase no. %2)</source>
        <translation>已催辦%1（第 %2 次）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="65" />
        <source>escalated to %1 (%2)</source>
        <translation>已升級至 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="66" />
        <source>answer from %1</source>
        <translation>來自 %1 的答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="67" />
        <source>answered by phone (%1)</source>
        <translation>電話答覆（%1）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="68" />
        <source>%1 will call back by %2</source>
        <translation>%1 將於 %2 前回電</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="69" />
        <source>answer sent to %1</source>
        <translation>答覆已發送給 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="70" />
        <source>answered by the manager</source>
        <translation>由信息管理員答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="71" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="78" />
        <source>resolved: %1</source>
        <translation>解決方式：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="123" />
        <source>dismissed</source>
        <translation>已移出</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../liaison_app/ui/launch.py" line="72" />
        <source>Hard questions desk</source>
        <translation>疑難問題工作台</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/first_rows.py" line="143" />
        <location filename="../../liaison_app/ui/launch.py" line="76" />
        <source>Opening the database…</source>
        <translation>正在開啟資料庫…</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="47" />
        <source>Log a call — LQ-%1</source>
        <translation>記錄通話 — LQ-%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="58" />
        <source>Answered</source>
        <translation>已答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="59" />
        <source>Will call back</source>
        <translation>將回電</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="60" />
        <source>No answer</source>
        <translation>無人接聽</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="70" />
        <source>Department:</source>
        <translation>業務部門：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="71" />
        <source>Contact:</source>
        <translation>聯絡人：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="72" />
        <source>Time:</source>
        <translation>時間：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="73" />
        <source>Minutes:</source>
        <translation>分鐘數：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="74" />
        <source>Summary:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="75" />
        <source>Outcome:</source>
        <translation>結果：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="76" />
        <source>Answer:</source>
        <translation>答覆：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="77" />
        <source>Call back by:</source>
        <translation>回電期限：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="118" />
        <source>(department)</source>
        <translation>（部門）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="144" />
        <source>Choose a department.</source>
        <translation>請選擇業務部門。</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <location filename="../../liaison_app/ui/actions/mail.py" line="96" />
        <source>Answer the department's question</source>
        <translation>回覆部門的詢問</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/mail.py" line="97" />
        <source>The details the department asked for:</source>
        <translation>部門要求補充的資料：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/mail.py" line="142" />
        <source>Whole message</source>
        <translation>完整郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/mail.py" line="146" />
        <source>Attachments: %1</source>
        <translation>附件：%1</translation>
    </message>
</context>
<context>
    <name>MailErrors</name>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="52" />
        <source>%1 refused the user name or password. Check them in File › Mail settings. (The server said: %2)</source>
        <translation>%1 拒絕了使用者名稱或密碼，請在「檔案 › 郵件設定」中檢查。（伺服器回應：%2）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="54" />
        <source>The certificate of %1 is not trusted (%2). Ask IT whether the server's name is right.</source>
        <translation>%1 的憑證不受信任（%2）。請向資訊部門確認伺服器名稱是否正確。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="56" />
        <source>The secure connection with %1 failed (%2): check the port and the security setting.</source>
        <translation>與 %1 的安全連線失敗（%2）：請檢查連接埠與安全性設定。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="58" />
        <source>%1 did not answer in time.</source>
        <translation>%1 未及時回應。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="59" />
        <source>%1 refused the connection: is the server running, and the port right?</source>
        <translation>%1 拒絕連線：伺服器是否在執行、連接埠是否正確？</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="61" />
        <source>The mail server %1 cannot be found (%2): check its name.</source>
        <translation>找不到郵件伺服器 %1（%2）：請檢查名稱。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="63" />
        <source>No mail server is set: File › Mail settings.</source>
        <translation>尚未設定郵件伺服器：請至「檔案 › 郵件設定」。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="64" />
        <source>No password is stored for %2: enter it in File › Mail settings.</source>
        <translation>尚未儲存 %2 的密碼：請在「檔案 › 郵件設定」中輸入。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="66" />
        <source>These folders are not on %1: %2.</source>
        <translation>%1 上沒有這些資料夾：%2。</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="92" />
        <source>Mail settings</source>
        <translation>郵件設定</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="96" />
        <source>Outgoing mail (SMTP)</source>
        <translation>寄件伺服器（SMTP）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="99" />
        <source>Sender address:</source>
        <translation>寄件地址：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="100" />
        <source>Sender name:</source>
        <translation>寄件人名稱：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="102" />
        <source>Incoming mail (IMAP)</source>
        <translation>收件伺服器（IMAP）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="106" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="108" />
        <source>Folders to watch:</source>
        <translation>監看的資料夾：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="109" />
        <source>Check every:</source>
        <translation>檢查間隔：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="114" />
        <source>e.g. mail.bank.example</source>
        <translation>例如 mail.bank.example</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="116" />
        <source>The name the bank's mail server writes in the Authentication-Results header of mail it has checked (SPF/DKIM/DMARC).</source>
        <translation>行內郵件伺服器在已檢查（SPF/DKIM/DMARC）郵件的 Authentication-Results 標頭中寫入的名稱。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="120" />
        <source>e.g. relay1.bank.example, 10.1.2.3</source>
        <translation>例如 relay1.bank.example, 10.1.2.3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="122" />
        <source>Internal mail relays (host names or addresses): mail that reached the bank's server through one of them comes from inside the bank.</source>
        <translation>行內郵件轉發主機（主機名稱或位址）：經由其中之一到達行內伺服器的郵件來自行內。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="129" />
        <source>Agents' mail becomes a question by itself only when one of these vouches for it; otherwise it waits in the unmatched tray for you.</source>
        <translation>座席的郵件只有經上述任一項確認後才會自動成為問題；否則會留在未配對郵件中等您處理。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="132" />
        <source>Trusted mail server:</source>
        <translation>受信任的郵件伺服器：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="133" />
        <source>Internal relays:</source>
        <translation>行內轉發主機：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="146" />
        <source>No system keyring is available on this computer. Passwords you enter are kept in memory for this run only and asked again next time; they are never written to disk.</source>
        <translation>此電腦沒有可用的系統金鑰圈。您輸入的密碼只在本次執行期間保存在記憶體中，下次會再詢問；密碼絕不寫入磁碟。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="177" />
        <source>“%1” is not a host name or address; separate several with commas.</source>
        <translation>「%1」不是主機名稱或位址；多個請以逗號分隔。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="185" />
        <source>Testing…</source>
        <translation>測試中…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="193" />
        <source>OK: %1</source>
        <translation>成功：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="198" />
        <source>Failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="214" />
        <source>Cannot save the settings: %1</source>
        <translation>無法儲存設定：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="55" />
        <source>Liaison — hard questions desk</source>
        <translation>Liaison — 疑難問題工作台</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/registry.py" line="101" />
        <source>Reports</source>
        <translation>報表</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="102" />
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="114" />
        <source>Mail: working…</source>
        <translation>郵件：收發中…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="116" />
        <source>Mail: failed</source>
        <translation>郵件：收發失敗</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/registry.py" line="89" />
        <source>Inbox</source>
        <translation>收件匣</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/registry.py" line="91" />
        <source>Queries</source>
        <translation>部門諮詢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/registry.py" line="93" />
        <source>FAQ</source>
        <translation>常見問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/registry.py" line="96" />
        <source>Bulletins</source>
        <translation>通告欄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/registry.py" line="100" />
        <source>Departments</source>
        <translation>業務部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/registry.py" line="102" />
        <source>FAQ upkeep</source>
        <translation>常見問題維護</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="56" />
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="60" />
        <source>&amp;Forward a question…</source>
        <translation>轉交問題(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="69" />
        <source>&amp;Import forwarded questions…</source>
        <translation>匯入轉交問題(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="79" />
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="85" />
        <source>&amp;Mail settings…</source>
        <translation>郵件設定(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="91" />
        <source>&amp;People…</source>
        <translation>人員(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="119" />
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="163" />
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="174" />
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="180" />
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="129" />
        <source>F&amp;AQ</source>
        <translation>常見問題(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="155" />
        <source>&amp;Review captured phrasings…</source>
        <translation>審核新收集的問法(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="447" />
        <source>FAQ entries expiring within a week: %1</source>
        <translation>一週內到期的常見問題：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="195" />
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="198" />
        <source>&amp;User guide</source>
        <translation>使用手冊(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="229" />
        <source>&amp;About Liaison</source>
        <translation>關於 Liaison(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="131" />
        <source>&amp;Import FAQ…</source>
        <translation>匯入常見問題(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="132" />
        <source>&amp;Export FAQ…</source>
        <translation>匯出常見問題(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="135" />
        <source>&amp;Use tiers</source>
        <translation>使用分級(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="138" />
        <source>&amp;Flags</source>
        <translation>問題標記(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="141" />
        <source>&amp;Categories</source>
        <translation>分類(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="146" />
        <source>&amp;Synonyms…</source>
        <translation>同義詞(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="255" />
        <source>Recorded %1.</source>
        <translation>已登記 %1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="257" />
        <source>Probable duplicate of %1.</source>
        <translation>可能與 %1 重複。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="304" />
        <source>New questions arrived.</source>
        <translation>有新問題到達。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="325" />
        <source>Mail: %1 sent, %2 fetched</source>
        <translation>郵件：寄出 %1，收到 %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="328" />
        <source>problems, see Queries</source>
        <translation>有問題，請見部門諮詢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="443" />
        <source>%1 questions · %2 open · %3 unread · %4 overdue · %5 FAQ published</source>
        <translation>%1 個問題 · %2 未結 · %3 未讀 · %4 逾期 · %5 條常見問題已發布</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="89" />
        <source>&amp;Audit trail…</source>
        <translation>稽核紀錄(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="142" />
        <source>manager</source>
        <translation>信息管理員</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="143" />
        <source>supervisor: read only</source>
        <translation>主管：唯讀</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="144" />
        <source>department contact: your departments only, read only here</source>
        <translation>部門聯絡人：僅限您的部門，此處唯讀</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="145" />
        <source>agent: your own questions only, read only here</source>
        <translation>座席代表：僅限您自己的問題，此處唯讀</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="146" />
        <source>admin: people only, read only here</source>
        <translation>系統管理員：僅限人員管理，此處唯讀</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="148" />
        <source>Signed in as %1 (%2)</source>
        <translation>已登入：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="321" />
        <source>Mail: sent and fetched by another desk</source>
        <translation>郵件：由另一個工作台收發</translation>
    </message>
</context>
<context>
    <name>MyQuestionsModel</name>
    <message>
        <location filename="../../liaison_app/ui/models/agent_desk.py" line="80" />
        <source>Ref</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/agent_desk.py" line="80" />
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/agent_desk.py" line="81" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/agent_desk.py" line="82" />
        <source>Answer or reason</source>
        <translation>答覆或退回原因</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/agent_desk.py" line="96" />
        <source>Waiting to be sent</source>
        <translation>等待送出</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/agent_desk.py" line="106" />
        <source>Forwarded %1</source>
        <translation>轉發於 %1</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="175" />
        <location filename="../../liaison_app/ui/dialogs/people.py" line="309" />
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="189" />
        <source>Add a person…</source>
        <translation>新增人員…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="190" />
        <source>Give a role…</source>
        <translation>授予角色…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="191" />
        <source>Take a role…</source>
        <translation>收回角色…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="192" />
        <location filename="../../liaison_app/ui/dialogs/people.py" line="311" />
        <source>Disable sign-in</source>
        <translation>停用登入</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="207" />
        <source>Each person signs in as their own login; their roles decide what the server lets them see and change.</source>
        <translation>每位人員以自己的登入帳號登入；伺服器依其角色決定可查看和修改的內容。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="262" />
        <source>%1 added: they sign in with the first password and must change it.</source>
        <translation>已新增 %1：以初始密碼登入，並須更改密碼。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="263" />
        <source>%1 added: their existing login is mapped.</source>
        <translation>已新增 %1：已對應其現有登入帳號。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="280" />
        <source>Give %1 a role</source>
        <translation>授予 %1 角色</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="280" />
        <source>Take a role from %1</source>
        <translation>收回 %1 的角色</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="287" />
        <source>%1 now has the role %2.</source>
        <translation>%1 現已擁有角色：%2。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="291" />
        <source>Taken from %1.</source>
        <translation>已從 %1 收回。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="302" />
        <source>%1 will no longer be able to sign in; their history stays. Disable?</source>
        <translation>%1 將無法再登入，其歷史記錄保留。確定停用？</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="305" />
        <source>%1 can no longer sign in.</source>
        <translation>%1 已無法登入。</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../liaison_app/ui/models/people.py" line="16" />
        <source>manager</source>
        <translation>信息管理員</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/people.py" line="17" />
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/people.py" line="18" />
        <source>department contact</source>
        <translation>部門聯絡人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/people.py" line="19" />
        <source>agent</source>
        <translation>座席代表</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/people.py" line="20" />
        <source>admin</source>
        <translation>系統管理員</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/people.py" line="30" />
        <source>Login</source>
        <translation>登入帳號</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/people.py" line="30" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/people.py" line="31" />
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/people.py" line="31" />
        <source>Departments</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/people.py" line="32" />
        <source>Agent</source>
        <translation>座席代表</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/people.py" line="32" />
        <source>Can sign in</source>
        <translation>可登入</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/people.py" line="50" />
        <source>no (disabled)</source>
        <translation>否（已停用）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/people.py" line="52" />
        <source>yes, must change the first password</source>
        <translation>是，須更改初始密碼</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/people.py" line="53" />
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>PeopleWindow</name>
    <message>
        <location filename="../../liaison_app/ui/desks/people.py" line="31" />
        <source>Liaison — people</source>
        <translation>Liaison — 人員管理</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/people.py" line="35" />
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/people.py" line="36" />
        <source>&amp;Audit trail…</source>
        <translation>稽核紀錄(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/people.py" line="41" />
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="77" />
        <source>Add a person</source>
        <translation>新增人員</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="79" />
        <source>their sign-in name, e.g. wang.li</source>
        <translation>登入名稱，例如 wang.li</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="87" />
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="90" />
        <source>An existing login (LDAP): no password here</source>
        <translation>現有登入帳號（LDAP）：此處不設密碼</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="93" />
        <source>a first password; they must change it</source>
        <translation>初始密碼；對方須更改</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="100" />
        <source>Login:</source>
        <translation>登入帳號：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="101" />
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="102" />
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="103" />
        <source>Departments:</source>
        <translation>部門：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="104" />
        <source>Agent:</source>
        <translation>座席代表：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="106" />
        <source>First password:</source>
        <translation>初始密碼：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="122" />
        <source>Give the person at least one role.</source>
        <translation>請至少授予一個角色。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="125" />
        <source>The first password needs at least 8 characters (or tick the existing login).</source>
        <translation>初始密碼至少需 8 個字元（或勾選現有登入帳號）。</translation>
    </message>
</context>
<context>
    <name>PhrasingModel</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/similar.py" line="37" />
        <source>Customer's wording</source>
        <translation>客戶問法</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/similar.py" line="37" />
        <source>FAQ entry</source>
        <translation>常見問題條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/similar.py" line="37" />
        <source>From</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/similar.py" line="38" />
        <source>Captured</source>
        <translation>收集時間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/similar.py" line="41" />
        <source>answered question</source>
        <translation>已回覆的問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/similar.py" line="41" />
        <source>merged duplicate</source>
        <translation>合併的重複問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/similar.py" line="42" />
        <source>entry created from it</source>
        <translation>據此建立的條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/similar.py" line="42" />
        <source>import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/similar.py" line="43" />
        <source>typed</source>
        <translation>手動輸入</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/similar.py" line="43" />
        <source>merged FAQ entry</source>
        <translation>合併的常見問題條目</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../liaison_app/ui/i18n.py" line="30" />
        <source>&amp;Look in:</source>
        <translation>尋找於(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/i18n.py" line="31" />
        <source>Files of &amp;type:</source>
        <translation>檔案型態(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QueriesModel</name>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="21" />
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="23" />
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="24" />
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="39" />
        <source>Department</source>
        <translation>業務部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="39" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="40" />
        <source>Text</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="40" />
        <source>Age</source>
        <translation>已歷時</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="41" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="41" />
        <location filename="../../liaison_app/ui/models/queries.py" line="101" />
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="42" />
        <source>Chases</source>
        <translation>催辦次數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="42" />
        <source>Escalated</source>
        <translation>已呈報主管</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="46" />
        <source>asked you back: answer it</source>
        <translation>部門在等您補充資料</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="48" />
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="50" />
        <source>due soon</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="52" />
        <source>reply in</source>
        <translation>已有回覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="53" />
        <source>waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="71" />
        <source>Handed over on the department desk to %1</source>
        <translation>已在部門工作台轉交給 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="78" />
        <source>%1 · with %2</source>
        <translation>%1 · 由 %2 處理</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="100" />
        <source>Received</source>
        <translation>收到時間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="100" />
        <source>From</source>
        <translation>寄件者</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="101" />
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="105" />
        <source>quarantined: %1</source>
        <translation>已隔離：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="107" />
        <source>confirm: LQ-%1</source>
        <translation>待確認：LQ-%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="110" />
        <source>bounce</source>
        <translation>退信</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="112" />
        <source>auto-reply</source>
        <translation>自動回覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="113" />
        <source>unmatched</source>
        <translation>未配對</translation>
    </message>
</context>
<context>
    <name>QueriesPage</name>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="67" />
        <source>Send and fetch now</source>
        <translation>立即收發郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="85" />
        <location filename="../../liaison_app/ui/pages/queries.py" line="286" />
        <source>Chase</source>
        <translation>催辦</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="86" />
        <location filename="../../liaison_app/ui/pages/queries.py" line="299" />
        <source>Escalate to head</source>
        <translation>呈報部門主管</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="87" />
        <source>Log a call…</source>
        <translation>記錄通話…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="107" />
        <source>Attach to question…</source>
        <translation>歸入問題…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="108" />
        <source>Confirm suggested question</source>
        <translation>確認建議的問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="109" />
        <source>Make a new question…</source>
        <translation>建立新問題…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="110" />
        <source>Reprocess</source>
        <translation>重新處理</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="152" />
        <source>Open queries</source>
        <translation>未結諮詢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="153" />
        <source>Unmatched mail</source>
        <translation>未配對郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="163" />
        <location filename="../../liaison_app/ui/pages/queries.py" line="192" />
        <source>Mail is not configured yet: open File → Mail settings.</source>
        <translation>尚未設定郵件：請開啟「檔案 → 郵件設定」。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="176" />
        <source>Unmatched mail (%1)</source>
        <translation>未配對郵件（%1）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="197" />
        <source>Sending and fetching mail…</source>
        <translation>正在收發郵件…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="200" />
        <source>Working: %1</source>
        <translation>處理中：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="205" />
        <source>Sent %1, failed %2, fetched %3, matched %4, unmatched %5, quarantined %6, new questions %7.</source>
        <translation>已寄出 %1，失敗 %2，收到 %3，已配對 %4，未配對 %5，已隔離 %6，新問題 %7。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="217" />
        <source>Problems: %1</source>
        <translation>問題：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="225" />
        <source>The mail cycle failed: %1</source>
        <translation>收發郵件失敗：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="354" />
        <source>Mail attached to %1.</source>
        <translation>郵件已歸入 %1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="357" />
        <source>The mail “%1” from %2 goes to the question you pick.</source>
        <translation>來自 %2 的郵件「%1」將歸入您選擇的問題。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="359" />
        <source>Attach to question</source>
        <translation>歸入問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="373" />
        <source>Mail attached to the question.</source>
        <translation>郵件已歸入問題。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="369" />
        <source>This mail suggests no question.</source>
        <translation>這封郵件沒有建議的問題。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="379" />
        <source>Make a new question</source>
        <translation>建立新問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="379" />
        <source>Agent number:</source>
        <translation>座席代表工號：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="384" />
        <source>New question made from the mail.</source>
        <translation>已由郵件建立新問題。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="391" />
        <source>Mail reprocessed.</source>
        <translation>郵件已重新處理。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="111" />
        <source>Dismiss</source>
        <translation>移出</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="112" />
        <source>Not a reply to any question: out of the tray (kept, and Undo puts it back)</source>
        <translation>不是任何問題的回覆：移出未配對郵件清單（郵件仍保留，可用「復原」放回）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="114" />
        <source>Mark as spam</source>
        <translation>標為垃圾郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="115" />
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="263" />
        <source>Select a query first.</source>
        <translation>請先選取一項諮詢。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="269" />
        <source>Queue the mail</source>
        <translation>放入寄件匣</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="283" />
        <source>Queue chase no. %1 to %2 about %3, in the same mail thread?</source>
        <translation>在同一郵件串中向%2發出關於 %3 的第 %1 次催辦？</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="288" />
        <source>Chase queued to %1 about %2.</source>
        <translation>關於 %2 的催辦郵件已放入寄件匣，寄給%1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="297" />
        <source>Queue an escalation to the head of %1 about %2 (the contact in Cc)?</source>
        <translation>就 %2 向%1主管升級（副本給聯絡人）？</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="302" />
        <source>Escalation queued to the head of %1 about %2.</source>
        <translation>關於 %2 的升級郵件已放入寄件匣，寄給%1主管。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/queries.py" line="330" />
        <source>%n mail(s) marked as spam and taken out of the tray.</source>
        <translation>
            <numerusform>已將 %n 封郵件標為垃圾郵件並移出未配對郵件清單。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/queries.py" line="332" />
        <source>%n mail(s) dismissed from the tray.</source>
        <translation>
            <numerusform>已將 %n 封郵件移出未配對郵件清單。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/queries.py" line="344" />
        <source>%n mail(s) back in the tray.</source>
        <translation>
            <numerusform>%n 封郵件已放回未配對郵件清單。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionDetail</name>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="44" />
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="45" />
        <source>Customer context</source>
        <translation>客戶情況</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="46" />
        <source>Answer</source>
        <translation>答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="47" />
        <source>Reason for rejection</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="48" />
        <source>History</source>
        <translation>處理記錄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="49" />
        <source>Correspondence</source>
        <translation>往來記錄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="63" />
        <source>Ask a department…</source>
        <translation>詢問部門…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="64" />
        <source>Log a call…</source>
        <translation>記錄通話…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="75" />
        <source>Send again now</source>
        <translation>立即重新寄送</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="82" />
        <source>Bounce: the mail was not delivered</source>
        <translation>退信：郵件未送達</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="84" />
        <source>Automatic reply</source>
        <translation>自動回覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="86" />
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="94" />
        <source>Accept as the answer</source>
        <translation>採用為答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="88" />
        <source>Whole message</source>
        <translation>完整郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="97" />
        <source>Answer the department's question…</source>
        <translation>回覆部門的詢問…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="105" />
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="106" />
        <source>Department</source>
        <translation>業務部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="107" />
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="108" />
        <source>Forwarded</source>
        <translation>轉交時間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="111" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="113" />
        <source>Resolution</source>
        <translation>解決方式</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="115" />
        <source>Duplicate of</source>
        <translation>重複於</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="118" />
        <source>via %1</source>
        <translation>經由 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="122" />
        <source>Agents</source>
        <translation>座席代表</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="165" />
        <source>Handed over to %1</source>
        <translation>已轉交給 %1</translation>
    </message>
</context>
<context>
    <name>QuestionDetailView</name>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="199" />
        <source>Select a question to see its history.</source>
        <translation>選擇一個問題以查看其處理記錄。</translation>
    </message>
</context>
<context>
    <name>QuestionImportRunner</name>
    <message>
        <location filename="../../liaison_app/ui/actions/question_import.py" line="48" />
        <location filename="../../liaison_app/ui/actions/question_import.py" line="53" />
        <location filename="../../liaison_app/ui/actions/question_import.py" line="118" />
        <source>Import forwarded questions</source>
        <translation>匯入轉交問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/question_import.py" line="49" />
        <source>Forwarded questions (*.csv *.jsonl *.tsv *.txt)</source>
        <translation>轉交問題 (*.csv *.jsonl *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/question_import.py" line="54" />
        <source>Checking %1…</source>
        <translation>正在檢查 %1…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/question_import.py" line="61" />
        <source>Imported %1 of %2 rows</source>
        <translation>已匯入 %1 / %2 行</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/question_import.py" line="64" />
        <source>Checked %1 rows</source>
        <translation>已檢查 %1 行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/actions/question_import.py" line="83" />
        <source>Imported %n question(s).</source>
        <translation>
            <numerusform>已匯入 %n 個問題。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/question_import.py" line="85" />
        <source>%1 bad rows were skipped.</source>
        <translation>已略過 %1 個有問題的行。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/question_import.py" line="92" />
        <source>The file holds no questions.</source>
        <translation>檔案中沒有問題。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/question_import.py" line="98" />
        <source>Nothing was imported: %1 of %2 rows have problems (see details).</source>
        <translation>未匯入任何資料：%2 行中有 %1 行有問題（見詳情）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/question_import.py" line="102" />
        <source>Import the %1 good rows</source>
        <translation>只匯入 %1 個正確的行</translation>
    </message>
</context>
<context>
    <name>QuestionPicker</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/question_picker.py" line="47" />
        <source>LQ number or words of the question</source>
        <translation>LQ 編號或問題中的字詞</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/question_picker.py" line="50" />
        <source>Include answered and closed questions</source>
        <translation>包括已答覆和已結案的問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/question_picker.py" line="61" />
        <source>Attach</source>
        <translation>歸入</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/question_picker.py" line="109" />
        <source>No question matches.</source>
        <translation>沒有相符的問題。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/dialogs/question_picker.py" line="110" />
        <source>%n question(s) shown</source>
        <translation>
            <numerusform>顯示 %n 個問題</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueTab</name>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="110" />
        <source>Your answer, or what you need to know from the information manager</source>
        <translation>您的答覆，或需要信息管理員補充的資料</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="112" />
        <source>Attach files…</source>
        <translation>附加檔案…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="114" />
        <source>Send the answer</source>
        <translation>送出答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="115" />
        <source>Ask the manager for details</source>
        <translation>請信息管理員補充資料</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="118" />
        <source>Hand over</source>
        <translation>轉交</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="134" />
        <source>Colleague:</source>
        <translation>同事：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="165" />
        <source>%1 open · %2 new · %3 overdue</source>
        <translation>%1 件未結 · %2 件新 · %3 件逾期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="222" />
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="222" />
        <source>Customer context</source>
        <translation>客戶情況</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="223" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="223" />
        <source>Thread so far</source>
        <translation>往來紀錄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="224" />
        <source>Files:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="247" />
        <source>Answer from the desk</source>
        <translation>部門工作台答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="248" />
        <source>Clarification requested</source>
        <translation>要求補充資料</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="249" />
        <source>Handed over</source>
        <translation>已轉交</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="250" />
        <source>The manager's clarification</source>
        <translation>信息管理員的補充</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="255" />
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="256" />
        <source>Mail from the call center</source>
        <translation>客服中心來信</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="257" />
        <source>Reply mail</source>
        <translation>回覆郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="267" />
        <source>Attach files</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="278" />
        <source>The server refused the change: %1</source>
        <translation>伺服器拒絕了此變更：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="298" />
        <source>Answer sent: the information manager will check it and feed it back to the agent.</source>
        <translation>答覆已送出：信息管理員核對後會回饋給座席代表。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="307" />
        <source>Asked the manager; the due time is paused until they answer.</source>
        <translation>已詢問信息管理員；在其回覆前期限暫停計算。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="316" />
        <source>Handed over to %1.</source>
        <translation>已轉交給 %1。</translation>
    </message>
</context>
<context>
    <name>ReadersModel</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin_readers.py" line="46" />
        <source>Agent</source>
        <translation>座席代表</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin_readers.py" line="46" />
        <source>Login</source>
        <translation>登入名</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin_readers.py" line="46" />
        <source>Read</source>
        <translation>閱讀時間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin_readers.py" line="46" />
        <source>Reminded</source>
        <translation>提醒時間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin_readers.py" line="59" />
        <source>Not yet</source>
        <translation>尚未閱讀</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="657" />
        <source>Reject %n question(s)</source>
        <translation>
            <numerusform>退回 %n 個問題</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="658" />
        <source>Why is it rejected? The reason is mailed to the agent(s) who forwarded it (a note in the record for agents without an address).</source>
        <translation>退回原因？原因將以郵件寄給轉交問題的座席代表（沒有郵件地址的座席代表則記入紀錄）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="663" />
        <source>A reason is needed to reject a question.</source>
        <translation>退回問題須填寫原因。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="666" />
        <source>Reject and tell the agent(s)</source>
        <translation>退回並通知座席代表</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../../liaison_app/ui/widgets/report_charts.py" line="66" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/report_pdf.py" line="128" />
        <source>… %n more row(s) in the CSV/XLSX export</source>
        <translation>
            <numerusform>… 另有 %n 列見 CSV/XLSX 匯出檔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="20" />
        <location filename="../../liaison_app/ui/labels/reports.py" line="32" />
        <source>Intake volume</source>
        <translation>諮詢受理量</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="21" />
        <location filename="../../liaison_app/ui/labels/reports.py" line="57" />
        <source>Resolution mix</source>
        <translation>解決方式構成</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="22" />
        <location filename="../../liaison_app/ui/labels/reports.py" line="70" />
        <source>Department scorecard</source>
        <translation>部門答覆成績表</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="23" />
        <location filename="../../liaison_app/ui/labels/reports.py" line="96" />
        <source>Knowledge health</source>
        <translation>知識庫健康度</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="24" />
        <location filename="../../liaison_app/ui/labels/reports.py" line="117" />
        <source>Open workload</source>
        <translation>未結工作量</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="33" />
        <source>Agents' searches</source>
        <translation>座席搜尋次數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="34" />
        <source>Searches ending in an answer used</source>
        <translation>以採用答案結束的搜尋</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="35" />
        <source>Searches with no result</source>
        <translation>無結果的搜尋</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="36" />
        <source>Live entries never found</source>
        <translation>從未被找到的有效條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="37" />
        <source>Words searched</source>
        <translation>搜尋用詞</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="38" />
        <source>Searches</source>
        <translation>搜尋次數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="39" />
        <source>Last</source>
        <translation>最近一次</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="40" />
        <source>Searches are those settled on agents' desks (a query left alone, or an answer opened from it); one ends in an answer used when an answer was opened or copied from it, or the agent said it answered the question. Use tiers count agents' uses once there are any.</source>
        <translation>搜尋指座席工作台上確定的搜尋（停留未改的查詢，或從中開啟答案的查詢）；從中開啟或複製了答案，或座席表示已解答，即算以採用答案結束。一旦有座席的使用紀錄，使用分級只計座席的使用。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="41" />
        <source>Questions forwarded</source>
        <translation>轉發問題數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="42" />
        <source>Per day</source>
        <translation>日均</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="43" />
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="44" />
        <source>Merged as duplicates</source>
        <translation>合併為重複</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="45" />
        <source>Rejected</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="46" />
        <source>Questions forwarded over time</source>
        <translation>轉發問題趨勢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="47" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="48" />
        <source>Week from</source>
        <translation>週起始日</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="49" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="50" />
        <source>Questions</source>
        <translation>問題數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="51" />
        <source>Questions by product</source>
        <translation>按產品分類的問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="52" />
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="53" />
        <source>Share %</source>
        <translation>佔比 %</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="54" />
        <source>Questions by category</source>
        <translation>按類別分類的問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="55" />
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="56" />
        <source>Counted by the time a question was first forwarded; questions not yet triaged have no category (shown as uncategorised).</source>
        <translation>按問題首次轉發的時間統計；尚未分揀的問題沒有類別（顯示為未分類）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="58" />
        <source>Questions resolved</source>
        <translation>已解決問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="59" />
        <location filename="../../liaison_app/ui/labels/reports.py" line="138" />
        <source>From FAQ</source>
        <translation>按常見問題答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="60" />
        <location filename="../../liaison_app/ui/labels/reports.py" line="139" />
        <source>By the manager</source>
        <translation>由信息管理員答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="61" />
        <location filename="../../liaison_app/ui/labels/reports.py" line="140" />
        <source>By departments</source>
        <translation>由業務部門答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="62" />
        <source>In-center resolution rate</source>
        <translation>中心內解決率</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="63" />
        <source>Resolved by</source>
        <translation>解決方式</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="64" />
        <source>In-center resolution over time</source>
        <translation>中心內解決率趨勢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="65" />
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="66" />
        <source>In-center rate %</source>
        <translation>中心內解決率 %</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="67" />
        <source>Answered by departments</source>
        <translation>各部門答覆數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="68" />
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="69" />
        <source>A question counts in the period its answer came in; reopened questions count again only once answered again.</source>
        <translation>問題計入收到答覆的期間；重新開啟的問題須再次答覆後才重新計入。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="71" />
        <source>Queries sent</source>
        <translation>已發出諮詢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="72" />
        <source>Queries answered</source>
        <translation>已答覆諮詢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="73" />
        <source>Median response</source>
        <translation>答覆時間中位數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="74" />
        <source>90th percentile</source>
        <translation>第90百分位</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="75" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="76" />
        <source>Overdue rate</source>
        <translation>逾期率</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="77" />
        <source>Escalations</source>
        <translation>升級</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="78" />
        <source>Clarifications</source>
        <translation>補充詢問</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="79" />
        <source>Department approvals by the department</source>
        <translation>部門自行核准</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="80" />
        <source>Department approvals on its behalf</source>
        <translation>代部門核准</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="81" />
        <source>Department approvals: given by the department itself (on its desk or by replying to the review mail) apart from those the manager recorded on its behalf with evidence.</source>
        <translation>部門核准：部門自行核准（在工作台上或回覆審核郵件）與信息管理員憑證據代部門登記的核准分開計算。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="82" />
        <source>Paused working h</source>
        <translation>暫停工時</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="83" />
        <source>Clarifications count the times a department asked the manager back on its desk; its due time was paused meanwhile (paused working hours), and those hours are left out of its working-hours response times.</source>
        <translation>補充詢問為部門在工作台上向信息管理員要求補充資料的次數；期間其期限暫停計算（暫停工時），這些工時不計入其以工作時數計的回覆時間。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="84" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="85" />
        <source>Sent</source>
        <translation>發出</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="86" />
        <source>Answered</source>
        <translation>已答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="87" />
        <source>Median response h</source>
        <translation>答覆中位數（小時）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="88" />
        <source>90th percentile h</source>
        <translation>第90百分位（小時）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="89" />
        <source>Overdue %</source>
        <translation>逾期率 %</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="90" />
        <source>Chases</source>
        <translation>催辦</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="91" />
        <source>Median working h</source>
        <translation>中位數（工作小時）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="92" />
        <source>90th percentile working h</source>
        <translation>第90百分位（工作小時）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="95" />
        <source>Working hours follow the business calendar (working days, opening hours, holidays).</source>
        <translation>工作小時依營業日曆計算（工作日、營業時間、假日）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="97" />
        <source>FAQ uses</source>
        <translation>常見問題使用次數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="98" />
        <location filename="../../liaison_app/ui/labels/reports.py" line="149" />
        <source>Already in the FAQ</source>
        <translation>常見問題已有答案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="99" />
        <source>Answers linked to FAQ</source>
        <translation>答覆關聯常見問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="100" />
        <source>Entries created</source>
        <translation>新建條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="101" />
        <source>Entries from questions</source>
        <translation>由問題整理的條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="102" />
        <source>Answer to publication</source>
        <translation>答覆至發佈</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="103" />
        <source>Open flags</source>
        <translation>未處理標記</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="104" />
        <source>FAQ use tiers</source>
        <translation>常見問題使用分級</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="105" />
        <source>Use tier</source>
        <translation>使用分級</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="106" />
        <source>Entries</source>
        <translation>條目數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="107" />
        <source>Hits</source>
        <translation>使用次數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="108" />
        <source>Share of hits %</source>
        <translation>使用佔比 %</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="109" />
        <source>Most used FAQ entries</source>
        <translation>最常用的常見問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="110" />
        <source>Entry</source>
        <translation>條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="111" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="112" />
        <source>New vs known questions</source>
        <translation>新問題與已知問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="113" />
        <source>Count</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="114" />
        <source>Known share: questions answered from the FAQ among those triaged (untriaged questions are left out of the share).</source>
        <translation>已知佔比：已分揀問題中按常見問題答覆的比例（未分揀的問題不計入）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="115" />
        <source>Answer to publication: median days from the source question's answer to the entry's publication time as stored (a republished entry counts from its latest publication).</source>
        <translation>答覆至發佈：由來源問題答覆至條目發佈時間的天數中位數（重新發佈的條目以最近一次發佈計）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="116" />
        <source>Open flags: flags raised before the period ended and not resolved by then.</source>
        <translation>未處理的標記：期間結束前提出、到期末仍未處理的標記。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="118" />
        <source>Open questions</source>
        <translation>未結問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="119" />
        <source>Overdue at departments</source>
        <translation>部門逾期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="120" />
        <source>Open queries</source>
        <translation>未結諮詢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="121" />
        <source>Oldest open</source>
        <translation>最久未結</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="122" />
        <source>Open questions by state and age</source>
        <translation>未結問題（按狀態與時長）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="123" />
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="124" />
        <source>Under 1 day</source>
        <translation>不足 1 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="125" />
        <source>1–3 days</source>
        <translation>1–3 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="126" />
        <source>3–7 days</source>
        <translation>3–7 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="127" />
        <source>7–14 days</source>
        <translation>7–14 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="128" />
        <source>Over 14 days</source>
        <translation>超過 14 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="129" />
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="130" />
        <source>Open department queries</source>
        <translation>未結部門諮詢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="131" />
        <source>Oldest (days)</source>
        <translation>最久（天）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="132" />
        <source>A snapshot of now: the period does not apply. Age is the time since the question was forwarded.</source>
        <translation>當前快照：不適用期間篩選。時長為問題轉發至今的時間。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="144" />
        <source>Very high use</source>
        <translation>極高使用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="145" />
        <source>High use</source>
        <translation>高使用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="146" />
        <source>Low use</source>
        <translation>低使用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="147" />
        <source>Very low use</source>
        <translation>極低使用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="150" />
        <source>New to the FAQ</source>
        <translation>常見問題未收錄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="151" />
        <source>Not yet triaged</source>
        <translation>尚未分揀</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="153" />
        <source>(uncategorised)</source>
        <translation>（未分類）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="93" />
        <source>Ranking: the share of queries answered on time first (100% minus the overdue rate), then the median response time; departments without queries come last.</source>
        <translation>排名依據：先看按時答覆的比例（100% 減逾期率），再看答覆時間中位數；期間內沒有諮詢的部門排在最後。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="94" />
        <source>Sent, overdue, chases and escalations count queries opened in the period; answered and response times count queries answered in it. Response time runs from the query being sent to its answer being accepted, in calendar hours. Cancelled queries are not overdue.</source>
        <translation>發出、逾期、催辦與升級按期間內發出的諮詢計算；已答覆與答覆時間按期間內答覆的諮詢計算。答覆時間從諮詢發出起算，到答覆被接受為止，以日曆小時計。已取消的諮詢不算逾期。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="115" />
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="115" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="115" />
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="116" />
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="120" />
        <source>Previous period</source>
        <translation>上一期間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="123" />
        <source>Next period</source>
        <translation>下一期間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="129" />
        <source>Working hours</source>
        <translation>工作小時</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="130" />
        <source>Also measure response times in working hours of the business calendar</source>
        <translation>另按營業日曆的工作小時計算答覆時間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="132" />
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="133" />
        <source>Export XLSX…</source>
        <translation>匯出 XLSX…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="134" />
        <source>Export PDF…</source>
        <translation>匯出 PDF…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="137" />
        <source>Report:</source>
        <translation>報表：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="140" />
        <source>Period:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="252" />
        <source>The period ends before it starts</source>
        <translation>期間的結束日早於開始日</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="279" />
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="290" />
        <source>The report failed: %1</source>
        <translation>報表計算失敗：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="298" />
        <source>now (%1)</source>
        <translation>當前（%1）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="303" />
        <source>Updated %1</source>
        <translation>更新於 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="350" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="350" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="351" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="353" />
        <source>Export report</source>
        <translation>匯出報表</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="370" />
        <source>Exporting…</source>
        <translation>匯出中…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="371" />
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="376" />
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="380" />
        <source>Export failed: %1</source>
        <translation>匯出失敗：%1</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="98" />
        <source>Comment (required to send back)</source>
        <translation>意見（退回時必填）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="99" />
        <source>Approve for the department</source>
        <translation>代表本部門核准</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="100" />
        <source>Send back with comment</source>
        <translation>附意見退回</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="178" />
        <source>The server refused the change: %1</source>
        <translation>伺服器拒絕了此變更：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="196" />
        <source>Approved for the department.</source>
        <translation>已代表本部門核准。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="205" />
        <source>Sent back to the information manager with your comment.</source>
        <translation>已附意見退回信息管理員。</translation>
    </message>
</context>
<context>
    <name>RoleForm</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="153" />
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/people.py" line="154" />
        <source>Departments:</source>
        <translation>部門：</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="84" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="92" />
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="93" />
        <source>Business hours</source>
        <translation>營業時間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="94" />
        <source>FAQ use</source>
        <translation>常見問題使用量</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="117" />
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="121" />
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="124" />
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="128" />
        <source>empty: the database file on this computer</source>
        <translation>留空：使用本機的資料庫檔案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="132" />
        <source>unchanged</source>
        <translation>不變更</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="134" />
        <source>Team database URL:</source>
        <translation>團隊資料庫網址：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="135" />
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="137" />
        <source>In use: %1</source>
        <translation>使用中：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="142" />
        <source>Mail</source>
        <translation>郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="144" />
        <source>Mail accounts…</source>
        <translation>郵件帳戶…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="150" />
        <source>Mail setup is not part of this version yet.</source>
        <translation>此版本尚未提供郵件設定。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="164" />
        <source>Mon</source>
        <translation>週一</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="164" />
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="164" />
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="164" />
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="165" />
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="165" />
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="165" />
        <source>Sun</source>
        <translation>週日</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="171" />
        <source>Working days:</source>
        <translation>工作日：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="188" />
        <source>Opening hours:</source>
        <translation>辦公時間：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="194" />
        <source>No holidays set. One date or run of days per line, for example:
2026-10-01..2026-10-07</source>
        <translation>尚未設定假日。每行一個日期或一段連續日期，例如：
2026-10-01..2026-10-07</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="199" />
        <source>None set. Weekend days worked instead, one per line, for example:
2026-09-27</source>
        <translation>尚未設定。調休上班的週末日，每行一個，例如：
2026-09-27</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="201" />
        <source>Holidays:</source>
        <translation>假日：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="202" />
        <source>Working weekend days (調休):</source>
        <translation>補班日（調休）：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="212" />
        <source>this computer's time zone, e.g. Asia/Taipei</source>
        <translation>本機時區，例如 Asia/Taipei</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="213" />
        <source>Time zone:</source>
        <translation>時區：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="218" />
        <source> working hours</source>
        <translation> 個工作小時</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="219" />
        <source>Default SLA:</source>
        <translation>預設回覆時限：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="227" />
        <source>FAQ entries are sorted into very high, high, low and very low use by their use count, to re-categorise, merge and re-order the base.</source>
        <translation>常見問題依使用次數分為極高、高、低、極低使用量，以便重新分類、合併及調整排序。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="233" />
        <source>Quartiles of the use counts</source>
        <translation>依使用次數四分位</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="234" />
        <source>Fixed limits</source>
        <translation>固定門檻</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="235" />
        <source>Tiers:</source>
        <translation>分級：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="237" />
        <source>Very high use from:</source>
        <translation>極高使用量起點：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="238" />
        <source>High use from:</source>
        <translation>高使用量起點：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="239" />
        <source>Low use from:</source>
        <translation>低使用量起點：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="243" />
        <source> uses</source>
        <translation> 次</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="352" />
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="415" />
        <source>Nothing was saved: please correct the field marked in red.</source>
        <translation>未儲存任何變更：請修正以紅字標示的欄位。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="378" />
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="402" />
        <source>Settings saved.</source>
        <translation>設定已儲存。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="417" />
        <source>The settings could not be saved: %1</source>
        <translation>無法儲存設定：%1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="37" />
        <source>Sign in to the team database</source>
        <translation>登入團隊資料庫</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="38" />
        <source>Team database: %1</source>
        <translation>團隊資料庫：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="42" />
        <source>Remember the password on this computer (system keyring)</source>
        <translation>在這台電腦上記住密碼（系統鑰匙圈）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="47" />
        <source>User name:</source>
        <translation>使用者名稱：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="48" />
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="51" />
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="64" />
        <source>The user name or password is wrong, or the password has expired. Try again, or ask your Liaison admin to set a new password.</source>
        <translation>使用者名稱或密碼錯誤，或密碼已過期。請再試一次，或請 Liaison 系統管理員為您設定新密碼。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="67" />
        <source>%1 may no longer sign in. Ask your Liaison admin.</source>
        <translation>%1 已不能登入。請洽 Liaison 系統管理員。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="70" />
        <source>%1 signed in, but has no Liaison role on this database. Ask your Liaison admin to give you one.</source>
        <translation>%1 已登入，但在此資料庫沒有 Liaison 角色。請洽 Liaison 系統管理員為您指派角色。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="73" />
        <source>The team database server cannot be reached. Check the network and try again.</source>
        <translation>無法連線到團隊資料庫伺服器。請檢查網路後再試。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="75" />
        <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="94" />
        <source>Signing in failed: %1</source>
        <translation>登入失敗：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="80" />
        <source>Enter your user name.</source>
        <translation>請輸入使用者名稱。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="83" />
        <source>Signing in…</source>
        <translation>正在登入…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="112" />
        <source>Choose a new password to go on.</source>
        <translation>請設定新密碼以繼續。</translation>
    </message>
</context>
<context>
    <name>SimilarQuestionsDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/similar.py" line="94" />
        <source>Captured phrasings to review</source>
        <translation>待審核的新問法</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/similar.py" line="95" />
        <source>Customers' wordings captured when questions were answered from the FAQ. They are searched already; keep the good ones (edit them if a detail slipped through) and drop the rest. Double-click a wording to edit it.</source>
        <translation>以常見問題回覆問題時收集的客戶問法。它們已可被搜尋；保留好的（若仍含客戶資料請先修改），刪除其餘的。雙擊問法即可修改。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/similar.py" line="99" />
        <source>Similar questions of FAQ entry #%1</source>
        <translation>常見問題 #%1 的相似問法</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/similar.py" line="100" />
        <source>Other wordings of this entry's question, searched beside it. Double-click a wording to edit it.</source>
        <translation>此條目問題的其他問法，與標準問題一同被搜尋。雙擊問法即可修改。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/similar.py" line="120" />
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/similar.py" line="122" />
        <source>Drop</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/similar.py" line="126" />
        <source>Another way customers ask it</source>
        <translation>客戶的另一種問法</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/similar.py" line="127" />
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/similar.py" line="131" />
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/similar.py" line="183" />
        <source>Kept.</source>
        <translation>已保留。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/similar.py" line="188" />
        <source>Dropped.</source>
        <translation>已刪除。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/similar.py" line="191" />
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/similar.py" line="202" />
        <source>The entry already has this wording.</source>
        <translation>此條目已有這個問法。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/similar.py" line="206" />
        <source>Added.</source>
        <translation>已新增。</translation>
    </message>
</context>
<context>
    <name>SynonymsPage</name>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_synonyms.py" line="37" />
        <source>Words that mean the same, e.g. 轉賬 = 轉帳 = 匯款</source>
        <translation>意思相同的詞，例如 轉賬 = 轉帳 = 匯款</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_synonyms.py" line="38" />
        <source>Add group</source>
        <translation>新增詞組</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_synonyms.py" line="40" />
        <source>Save changes to group</source>
        <translation>儲存詞組修改</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_synonyms.py" line="42" />
        <source>Remove group</source>
        <translation>刪除詞組</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_synonyms.py" line="46" />
        <source>A search for any word of a group also finds entries with the other words. Select a group to edit it; separate words with =, commas or 、.</source>
        <translation>搜尋詞組中任一詞時，也會找到含其他詞的條目。選擇詞組即可編輯；詞之間以 =、逗號或「、」分隔。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_synonyms.py" line="105" />
        <source>Synonym group added.</source>
        <translation>已新增同義詞組。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_synonyms.py" line="113" />
        <source>Synonym group saved.</source>
        <translation>已儲存同義詞組。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_synonyms.py" line="119" />
        <source>Synonym group removed.</source>
        <translation>已刪除同義詞組。</translation>
    </message>
</context>
<context>
    <name>TierModel</name>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="75" />
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="75" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="75" />
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="75" />
        <source>Owner</source>
        <translation>負責部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="76" />
        <source>Hits in period</source>
        <translation>期間使用次數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="76" />
        <source>Hits in all</source>
        <translation>累計使用次數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="76" />
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="87" />
        <source>Pinned</source>
        <translation>置頂</translation>
    </message>
</context>
<context>
    <name>TierRulesDialog</name>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="102" />
        <source>Use tier thresholds</source>
        <translation>使用分級門檻</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="104" />
        <source>Quartiles of the period's hits (a quarter of the entries per tier)</source>
        <translation>按期間使用次數的四分位數（每級約四分之一條目）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="105" />
        <source>Fixed thresholds of hits in the period:</source>
        <translation>按期間使用次數的固定門檻：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="116" />
        <source>Very high use from (hits)</source>
        <translation>使用極多起點（次）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="117" />
        <source>High use from (hits)</source>
        <translation>使用較多起點（次）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="118" />
        <source>Low use from (hits); below is very low</source>
        <translation>使用較少起點（次）；低於此為使用極少</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="140" />
        <source>Thresholds must fall: very high &gt; high &gt; low.</source>
        <translation>門檻須遞減：極多 &gt; 較多 &gt; 較少。</translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="61" />
        <source>routing keywords: %1</source>
        <translation>分派關鍵詞：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="62" />
        <source>duties mention: %1</source>
        <translation>職責提及：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="63" />
        <source>owns FAQ entry %1</source>
        <translation>負責常見問題 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="64" />
        <source>has the similar question %1</source>
        <translation>處理過相似問題 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="70" />
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="70" />
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="71" />
        <source>Higher</source>
        <translation>較高</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="71" />
        <source>Top</source>
        <translation>最高</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="107" />
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="341" />
        <source>Probable duplicate</source>
        <translation>可能重複</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="110" />
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="342" />
        <source>Merge into it</source>
        <translation>合併到該問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="112" />
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="113" />
        <source>Not a duplicate</source>
        <translation>不是重複</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="124" />
        <source>FAQ suggestions</source>
        <translation>常見問題建議</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="128" />
        <source>Answer from FAQ</source>
        <translation>以常見問題回覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="130" />
        <source>Ctrl+Shift+A, or Enter in the list</source>
        <translation>Ctrl+Shift+A，或在列表中按 Enter</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="133" />
        <source>The customer's words, details removed, help the next differently-worded question find this entry</source>
        <translation>客戶的原話（已去除客戶資料）能幫助下一個措辭不同的問題找到此條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="147" />
        <source>Route to department</source>
        <translation>分派給部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="173" />
        <source>Reject…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="175" />
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="176" />
        <source>Create FAQ entry…</source>
        <translation>建立常見問題條目…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="179" />
        <source>Turn this answered question into a draft FAQ entry</source>
        <translation>將此已回覆的問題轉為常見問題草稿</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="181" />
        <source>Update FAQ entry…</source>
        <translation>更新常見問題條目…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="184" />
        <source>The answer changes the FAQ entry selected in the suggestions: edit it as a new revision (it goes back to review)</source>
        <translation>此答覆改變了建議中所選的常見問題條目：以新版本修改（重新送審）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="187" />
        <source>Send to agents</source>
        <translation>回覆座席</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="189" />
        <source>Mail the answer to every agent who forwarded the question (and note it in the record), then close it</source>
        <translation>將答覆郵寄給轉交此問題的每位座席（並記錄在案），然後結案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="192" />
        <source>Answer it myself…</source>
        <translation>由我回答…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="194" />
        <source>Record your own answer (resolved in the center)</source>
        <translation>記錄您自己的答覆（中心內解決）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="202" />
        <source>Turn the answer just given into a draft FAQ entry</source>
        <translation>把剛給出的答覆做成常見問題草稿</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="212" />
        <source>Priority:</source>
        <translation>優先級：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="282" />
        <source>Select a question to triage it.</source>
        <translation>選擇一個問題進行分揀。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="285" />
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="310" />
        <source>%n question(s) selected: actions apply to all; suggestions are for %1.</source>
        <translation>
            <numerusform>已選 %n 個問題：操作適用於全部；建議依據 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="327" />
        <source>Only new questions are triaged; this one is %1.</source>
        <translation>只有新問題需要分揀；此問題為「%1」。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="337" />
        <source>Merge the selection</source>
        <translation>合併所選問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="338" />
        <source>Merge into the oldest selected</source>
        <translation>合併到所選中最早的問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="341" />
        <source>Similar open questions</source>
        <translation>相似的未結問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="399" />
        <source>Suggested: %1</source>
        <translation>建議依據：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="402" />
        <source>No evidence for this department; chosen by hand.</source>
        <translation>無此部門的依據；為手動選擇。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="405" />
        <source>Due %1 (%2 working hours)</source>
        <translation>到期 %1（%2 個工作小時）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="408" />
        <source>urgent: half the SLA</source>
        <translation>緊急：時限減半</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="424" />
        <source>Not done for %n question(s):</source>
        <translation>
            <numerusform>%n 個問題未完成：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="449" />
        <source>Answered from FAQ entry #%1.</source>
        <translation>已以常見問題 #%1 回覆。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="495" />
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="505" />
        <source>Merged.</source>
        <translation>已合併。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="509" />
        <source>Marked as not a duplicate.</source>
        <translation>已標記為不重複。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="540" />
        <source>Priority set.</source>
        <translation>已設定優先級。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="555" />
        <source>Answer sent: by mail to %1; noted for %2.</source>
        <translation>已回覆：郵寄給 %1；記錄給 %2。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="574" />
        <source>Your answer is recorded; send it to the agents next.</source>
        <translation>您的答覆已記錄；接下來請回覆座席。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="580" />
        <source>Answer it myself</source>
        <translation>由我回答</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="581" />
        <source>The answer for the agent(s):</source>
        <translation>給座席的答覆：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="593" />
        <source>Select the entry to update among the FAQ suggestions.</source>
        <translation>請在常見問題建議中選擇要更新的條目。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="597" />
        <source>updated from %1</source>
        <translation>依 %1 更新</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="602" />
        <source>FAQ entry #%1 is now revision %2, waiting for review.</source>
        <translation>常見問題 #%1 現為第 %2 版，等待審核。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="614" />
        <source>Create FAQ entry from %1…</source>
        <translation>由 %1 建立常見問題條目…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="632" />
        <source>Draft FAQ entry #%1 created.</source>
        <translation>已建立常見問題草稿 #%1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="155" />
        <source>Route and ask…</source>
        <translation>分派並諮詢…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="131" />
        <source>Keep the wording as a similar question</source>
        <translation>把這個說法存為相似問</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="158" />
        <source>Ctrl+Shift+R: opens the query mail to this department; the question is routed when the mail is queued. Several selected: the standard query mail is queued for each.</source>
        <translation>Ctrl+Shift+R：開啟寄給此部門的諮詢郵件；郵件放入寄件匣時問題即分派。選取多個時，為每個問題放入標準諮詢郵件。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="206" />
        <source>Reopen</source>
        <translation>重新開啟</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="208" />
        <source>Take this closed or rejected question up again: it goes back to New for triage</source>
        <translation>重新受理已結案或已退回的問題：回到「新問題」等待分流</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="472" />
        <source>No sender address: set it in File → Mail settings. The department must be told before a question is routed to it.</source>
        <translation>沒有寄件地址：請在「檔案 → 郵件設定」中設定。問題分派給部門前必須先通知該部門。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="480" />
        <source>Routed to %1; the query mail is queued.</source>
        <translation>已分派給%1，諮詢郵件已放入寄件匣。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="524" />
        <source>Rejected; the reason went to %1.</source>
        <translation>已退回，原因已通知 %1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="525" />
        <source>no agent</source>
        <translation>沒有座席代表</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="536" />
        <source>Reopened: the question is New again, waiting for triage.</source>
        <translation>已重新開啟：問題回到「新問題」，等待分流。</translation>
    </message>
</context>
<context>
    <name>UpkeepTab</name>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="33" />
        <source>Last %1 days</source>
        <translation>最近 %1 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="38" />
        <source>Our scorecard:</source>
        <translation>本部門績效：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="42" />
        <source>Today's upkeep of our FAQ entries</source>
        <translation>本部門常見問題今日維護提醒</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="61" />
        <source>Expiring within 14 days</source>
        <translation>14 天內到期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="62" />
        <source>Very low use by agents (last 90 days)</source>
        <translation>座席極少使用（近 90 天）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="63" />
        <source>Open flags</source>
        <translation>未處理的旗標</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="64" />
        <source>Nothing today.</source>
        <translation>今日沒有需要處理的項目。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="80" />
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="80" />
        <source>Answered</source>
        <translation>已答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="81" />
        <source>Median response (working h)</source>
        <translation>回覆中位數（工時）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="82" />
        <source>90th percentile (working h)</source>
        <translation>第 90 百分位（工時）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="83" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="83" />
        <source>Chases</source>
        <translation>催辦</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="84" />
        <source>Escalations</source>
        <translation>升級</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="85" />
        <source>Clarifications</source>
        <translation>補充詢問</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="90" />
        <source>Agents used %1 of our %2 live FAQ entries in the period.</source>
        <translation>期間內座席使用了本部門 %2 條生效常見問題中的 %1 條。</translation>
    </message>
</context>
<context>
    <name>UseTiersPage</name>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="159" />
        <source>Thresholds…</source>
        <translation>門檻…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="184" />
        <source>Pin</source>
        <translation>置頂</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="185" />
        <source>Unpin</source>
        <translation>取消置頂</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="186" />
        <source>Announce</source>
        <translation>發通告</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="187" />
        <source>Post a bulletin to agents about the entry, for two weeks</source>
        <translation>就此條目向座席發布通告，為期兩週</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="188" />
        <source>Merge into…</source>
        <translation>合併到…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="189" />
        <source>Retire…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="190" />
        <source>Move to category…</source>
        <translation>移至分類…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="213" />
        <source>Period:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="260" />
        <source>Tiers: quartiles of the period's hits</source>
        <translation>分級：按期間使用次數的四分位數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="262" />
        <source>Tiers: very high from %1 hits, high from %2, low from %3</source>
        <translation>分級：極多自 %1 次起，較多自 %2 次起，較少自 %3 次起</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="269" />
        <source>%1 of %2 published entries not used in the period</source>
        <translation>%2 個已發布條目中有 %1 個在此期間未被使用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="306" />
        <source>Working…</source>
        <translation>處理中…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="332" />
        <source>Bulletin posted to agents about entry %1 (see Bulletins).</source>
        <translation>已就條目 %1 向座席發布通告（見通告欄）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="341" />
        <source>retired after the use analysis</source>
        <translation>使用分析後停用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="346" />
        <source>Retire entries</source>
        <translation>停用條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="346" />
        <source>Why are these entries retired?</source>
        <translation>為何停用這些條目？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="377" />
        <source>Moved %n entries.</source>
        <translation>
            <numerusform>已移動 %n 個條目。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="206" />
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="324" />
        <source>Pinned %n entries.</source>
        <translation>
            <numerusform>已置頂 %n 個條目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="325" />
        <source>Unpinned %n entries.</source>
        <translation>
            <numerusform>已取消置頂 %n 個條目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="343" />
        <source>Retired %n entries: agents no longer find them.</source>
        <translation>
            <numerusform>已停用 %n 個條目：座席代表不再找得到它們。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="357" />
        <source>Merged %n entries into entry %1.</source>
        <translation>
            <numerusform>已將 %n 個條目合併到條目 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="369" />
        <source>Restored %n entries.</source>
        <translation>
            <numerusform>已恢復 %n 個條目。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="56" />
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="79" />
        <source>Welcome to Liaison</source>
        <translation>歡迎使用 Liaison</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="56" />
        <source>Setup assistant</source>
        <translation>設定精靈</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="80" />
        <source>Liaison keeps every question your agents forward, the queries to business departments and the FAQ base. Where should it start?</source>
        <translation>Liaison 記錄座席代表轉來的每一個疑難問題、向業務部門的諮詢，以及常見問題資料庫。要從哪裡開始？</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="85" />
        <source>Try it with demo data</source>
        <translation>使用示範資料試用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="86" />
        <source>A realistic center: departments, agents, questions in every state, an FAQ base and bulletins, in a database on this computer.</source>
        <translation>一個擬真的客服中心：部門、座席代表、各種狀態的問題、常見問題資料庫及通告，存放在本機資料庫中。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="91" />
        <source>The current database already holds data.</source>
        <translation>目前的資料庫已有資料。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="93" />
        <source>Start empty</source>
        <translation>從空白開始</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="94" />
        <source>Your own database on this computer, to fill with your departments and FAQ.</source>
        <translation>在本機建立您自己的資料庫，再填入部門與常見問題。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="97" />
        <source>Use the database on this computer</source>
        <translation>使用本機的資料庫</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="100" />
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="150" />
        <source>Connect to a team database</source>
        <translation>連線到團隊資料庫</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="101" />
        <source>A PostgreSQL server shared with your colleagues.</source>
        <translation>與同事共用的 PostgreSQL 伺服器。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="107" />
        <source>All of this can be changed later in File › Settings and Help › Setup assistant.</source>
        <translation>之後都可在「檔案 › 設定」及「說明 › 設定精靈」中變更。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="111" />
        <source>Skip</source>
        <translation>略過</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="124" />
        <source>Writing demo data</source>
        <translation>正在寫入示範資料</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="125" />
        <source>Opening the database…</source>
        <translation>正在開啟資料庫…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="140" />
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="175" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="151" />
        <source>Ask your database administrator for the address. The password is kept in this computer's keyring, never in a settings file.</source>
        <translation>請向資料庫管理員索取連線位址。密碼只保存在本機的金鑰圈中，不會寫入設定檔。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="165" />
        <source>Database URL:</source>
        <translation>資料庫網址：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="166" />
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="177" />
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="290" />
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="302" />
        <source>Connect</source>
        <translation>連線</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="190" />
        <source>Mail</source>
        <translation>郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="195" />
        <source>Liaison sends queries to departments and reads their replies by email. Set up the mail accounts now, or later in File › Settings.</source>
        <translation>Liaison 以電子郵件向部門發出諮詢並讀取回覆。可現在設定郵件帳戶，或稍後在「檔案 › 設定」中設定。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="199" />
        <source>Set up mail…</source>
        <translation>設定郵件…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="206" />
        <source>Mail setup is not part of this version yet; this step is skipped.</source>
        <translation>此版本尚未提供郵件設定，此步驟略過。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="213" />
        <source>Start working</source>
        <translation>開始工作</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="229" />
        <source>Liaison starts with an empty database: %1</source>
        <translation>Liaison 將使用空白資料庫：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="231" />
        <source>Liaison uses the database on this computer: %1</source>
        <translation>Liaison 使用本機的資料庫：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="257" />
        <source>Demo data is ready: %1 questions and %2 FAQ entries.</source>
        <translation>示範資料已就緒：%1 個問題及 %2 則常見問題。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="263" />
        <source>The demo data could not be written: %1</source>
        <translation>無法寫入示範資料：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="281" />
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="294" />
        <source>Connected to %1.</source>
        <translation>已連線到 %1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/welcome.py" line="296" />
        <source>This computer has no keyring: the password is kept only until Liaison closes.</source>
        <translation>此電腦沒有金鑰圈：密碼只保留到 Liaison 關閉為止。</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../liaison_app/ui/actions/window.py" line="34" />
        <source>Diagnostics copied to the clipboard</source>
        <translation>診斷資訊已複製到剪貼簿</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="207" />
        <source>Copy &amp;diagnostics</source>
        <translation>複製診斷資訊(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="213" />
        <source>Open &amp;log folder</source>
        <translation>開啟記錄檔資料夾(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="110" />
        <source>&amp;Back up database…</source>
        <translation>備份資料庫(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="223" />
        <source>&amp;Setup assistant…</source>
        <translation>設定精靈(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="101" />
        <source>&amp;Settings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/window.py" line="48" />
        <source>Opening the database…</source>
        <translation>正在開啟資料庫…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/window.py" line="52" />
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/window.py" line="53" />
        <source>The database could not be opened.</source>
        <translation>無法開啟資料庫。</translation>
    </message>
</context>
<context>
    <name>_ServerBox</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="43" />
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="43" />
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="44" />
        <source>None (plain, unencrypted)</source>
        <translation>無（明文，不加密）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="52" />
        <source>(stored; type to replace)</source>
        <translation>（已儲存；輸入以更換）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="53" />
        <source>Test connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="57" />
        <source>Server:</source>
        <translation>伺服器：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="58" />
        <source>Port:</source>
        <translation>連接埠：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="59" />
        <source>Security:</source>
        <translation>加密方式：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="60" />
        <source>User name:</source>
        <translation>使用者名稱：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="61" />
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
</context>
</TS>