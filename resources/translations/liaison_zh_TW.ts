<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>App</name>
    <message>
        <location filename="../../liaison_app/ui/launch.py" line="138" />
        <source>The database could not be opened.</source>
        <translation>無法開啟資料庫。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/launch.py" line="175" />
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
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="78" />
        <source>Audit trail</source>
        <translation>稽核紀錄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="83" />
        <source>login or name</source>
        <translation>登入名稱或姓名</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="85" />
        <source>e.g. questions or questions:12</source>
        <translation>例如 questions 或 questions:12</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="86" />
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="89" />
        <source>Since:</source>
        <translation>起始日期：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="89" />
        <source>Person:</source>
        <translation>人員：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="90" />
        <source>Target:</source>
        <translation>對象：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="109" />
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="116" />
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 項變更</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/audit.py" line="119" />
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
    <name>BulletinDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="33" />
        <source>New bulletin</source>
        <translation>新增通告</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="45" />
        <source>Pinned at the top</source>
        <translation>置頂</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="50" />
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="56" />
        <source>Title:</source>
        <translation>標題：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="57" />
        <source>Text:</source>
        <translation>內容：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="58" />
        <source>Shown from:</source>
        <translation>顯示自：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="59" />
        <source>Until (the day before):</source>
        <translation>截至（前一日為止）：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="61" />
        <source>Related FAQ entry #:</source>
        <translation>相關常見問題編號：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="88" />
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
</context>
<context>
    <name>BulletinModel</name>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="107" />
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="107" />
        <source>Valid from</source>
        <translation>生效日</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="107" />
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="107" />
        <location filename="../../liaison_app/ui/models/browse.py" line="132" />
        <source>Pinned</source>
        <translation>置頂</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="108" />
        <source>Author</source>
        <translation>發布人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="128" />
        <source>[Proposed] </source>
        <translation>［待發布］</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="142" />
        <source>Expired: no longer shown to agents</source>
        <translation>已過期：座席代表不再看到</translation>
    </message>
</context>
<context>
    <name>BulletinsPage</name>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="315" />
        <source>Notices to agents (通告欄); expired ones are greyed; proposals wait for you to post them.</source>
        <translation>給座席的通告（通告欄）；過期的顯示為灰色；待發布的建議等您發布。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="317" />
        <source>Post</source>
        <translation>發布</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="319" />
        <source>Put the selected proposal on the board for agents</source>
        <translation>將所選建議發布到通告欄給座席</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="322" />
        <source>New bulletin…</source>
        <translation>新增通告…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="358" />
        <source>Related FAQ entry</source>
        <translation>相關常見問題</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="159" />
        <source>New category…</source>
        <translation>新增分類…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="161" />
        <source>A sub-category of the selected category, or a top-level one</source>
        <translation>所選分類的子分類，或頂層分類</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="162" />
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="178" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="180" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="182" />
        <source>Move to category…</source>
        <translation>移至分類…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="197" />
        <source>Drag entries onto a category to move them; drag a category onto another to make it a sub-category.</source>
        <translation>把條目拖到分類上即可移動；把分類拖到另一分類上即成為其子分類。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="262" />
        <source>Select a category to see its entries.</source>
        <translation>選擇分類以查看其條目。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="275" />
        <source>%1: no entries of its own; its sub-categories hold them.</source>
        <translation>%1：本身沒有條目，條目都在其子分類中。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="278" />
        <source>%1: %n entries</source>
        <translation>
            <numerusform>%1：%n 個條目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="300" />
        <source>Moved %n entries.</source>
        <translation>
            <numerusform>已移動 %n 個條目。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="304" />
        <source>Category moved.</source>
        <translation>分類已移動。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="316" />
        <source>Category created.</source>
        <translation>分類已建立。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="318" />
        <source>New category</source>
        <translation>新增分類</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="318" />
        <source>Name of the new category:</source>
        <translation>新分類名稱：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="326" />
        <source>Category renamed.</source>
        <translation>分類已重新命名。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="331" />
        <source>Rename category</source>
        <translation>重新命名分類</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="331" />
        <source>New name:</source>
        <translation>新名稱：</translation>
    </message>
</context>
<context>
    <name>CategoryEntriesModel</name>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="111" />
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="111" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="111" />
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/faq_categories.py" line="111" />
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
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="50" />
        <source>Ask department — LQ-%1</source>
        <translation>詢問部門 — LQ-%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="58" />
        <source>Send card and ID numbers unmasked in this message</source>
        <translation>本郵件以完整卡號與身分證號寄出（不遮蔽）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="75" />
        <source>Add attachment…</source>
        <translation>加入附件…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="79" />
        <source>Department:</source>
        <translation>業務部門：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="80" />
        <source>To:</source>
        <translation>收件者：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="81" />
        <source>Cc:</source>
        <translation>副本：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="82" />
        <source>Subject:</source>
        <translation>主旨：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="83" />
        <source>Answer due:</source>
        <translation>答覆期限：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="85" />
        <source>Queue for sending</source>
        <translation>放入寄件匣</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="105" />
        <source>No sender address: set it in File → Mail settings.</source>
        <translation>尚未設定寄件地址：請至「檔案 → 郵件設定」設定。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="173" />
        <source>Card and ID numbers will be sent as written.</source>
        <translation>卡號與身分證號將照原文寄出。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="175" />
        <source>Card and ID numbers will be masked: only their last four characters are sent.</source>
        <translation>卡號與身分證號將遮蔽：只寄出最後四碼。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="179" />
        <source>Attach a file</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="197" />
        <source>Not an email address: %1 (expected name@bank.example)</source>
        <translation>不是有效的電子郵件地址：%1（應如 name@bank.example）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/compose.py" line="201" />
        <source>Give at least one recipient.</source>
        <translation>請至少填寫一位收件者。</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="161" />
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="176" />
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="181" />
        <source>Active (offered as a recipient)</source>
        <translation>啟用（可選為收件人）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="186" />
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="187" />
        <source>Title:</source>
        <translation>職稱：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="188" />
        <source>Email:</source>
        <translation>電郵：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="189" />
        <source>Phone:</source>
        <translation>電話：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="190" />
        <source>Deputy:</source>
        <translation>代理人：</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="130" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="130" />
        <source>Title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="131" />
        <source>Email</source>
        <translation>電郵</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="131" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="132" />
        <source>Deputy</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="132" />
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="141" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="141" />
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="53" />
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="54" />
        <source>At most %1 characters.</source>
        <translation>最多 %1 個字元。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="55" />
        <source>A department named “%1” already exists.</source>
        <translation>已有名為「%1」的部門。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="57" />
        <source>A whole number of hours from 1 to %1.</source>
        <translation>須為 1 至 %1 的整數小時。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="59" />
        <source>Keyword “%1” is longer than 40 characters.</source>
        <translation>關鍵詞「%1」超過 40 個字元。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="61" />
        <source>At most %1 routing keywords.</source>
        <translation>分派關鍵詞最多 %1 個。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="63" />
        <source>“%1” is not a valid email address (like name@bank.example).</source>
        <translation>「%1」不是有效的電郵地址（例如 name@bank.example）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="65" />
        <source>“%1” is not a phone number.</source>
        <translation>「%1」不是電話號碼。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="66" />
        <source>Another contact already has the email “%1”.</source>
        <translation>另一位聯絡人已使用電郵「%1」。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="68" />
        <source>A contact cannot be their own deputy.</source>
        <translation>聯絡人不能是自己的代理人。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="69" />
        <source>The deputy must be another contact of this department.</source>
        <translation>代理人須為本部門的另一位聯絡人。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="71" />
        <source>Not a contact of this department.</source>
        <translation>不是本部門的聯絡人。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="72" />
        <source>The head must be one of this department's contacts.</source>
        <translation>部門負責人須為本部門的聯絡人之一。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="74" />
        <source>The head of department must be an active contact.</source>
        <translation>部門負責人須為啟用中的聯絡人。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="82" />
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="82" />
        <source>title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="83" />
        <source>email</source>
        <translation>電郵</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="83" />
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="84" />
        <source>deputy</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="229" />
        <source>New department</source>
        <translation>新增部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="230" />
        <location filename="../../liaison_app/ui/dialogs/department.py" line="330" />
        <source>Edit department — %1</source>
        <translation>編輯部門 — %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="238" />
        <source>What this department answers for (職責)</source>
        <translation>本部門負責答覆的業務（職責）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="244" />
        <source> business hours</source>
        <translation> 個工作小時</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="247" />
        <source>Words that route a question here, separated by 、 or commas</source>
        <translation>把問題分派到本部門的詞語，以「、」或逗號分隔</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="250" />
        <source>The department's shared mailbox (optional)</source>
        <translation>部門公用信箱（選填）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="253" />
        <source>Active (can be asked)</source>
        <translation>啟用（可向其諮詢）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="259" />
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="260" />
        <source>Duties:</source>
        <translation>職責：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="261" />
        <source>Answer within:</source>
        <translation>答覆時限：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="262" />
        <source>Routing keywords:</source>
        <translation>分派關鍵詞：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="264" />
        <source>Email:</source>
        <translation>電郵：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="265" />
        <source>Phone:</source>
        <translation>電話：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="283" />
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="286" />
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="289" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="291" />
        <source>Removed contacts are kept inactive for the history of past queries</source>
        <translation>移除的聯絡人會保留為停用，以保存過往諮詢的紀錄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="303" />
        <source>Head of department (for escalation):</source>
        <translation>部門負責人（用於升級）：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="305" />
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="347" />
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="418" />
        <source>Contact %1 (%2), %3: %4</source>
        <translation>聯絡人 %1（%2），%3：%4</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="442" />
        <source>Not saved: correct the fields marked in red.</source>
        <translation>未儲存：請更正紅字標示的欄位。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/department.py" line="444" />
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
</context>
<context>
    <name>DepartmentModel</name>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="156" />
        <source>Department</source>
        <translation>業務部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="156" />
        <source>SLA (hours)</source>
        <translation>回覆時限（小時）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="156" />
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="156" />
        <source>Head</source>
        <translation>部門負責人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="157" />
        <source>Open queries</source>
        <translation>未結諮詢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="157" />
        <source>Routing keywords</source>
        <translation>分派關鍵字</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="186" />
        <source>Inactive: not offered when asking</source>
        <translation>已停用：諮詢時不再列出</translation>
    </message>
</context>
<context>
    <name>DepartmentWindow</name>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="318" />
        <source>Liaison — department desk</source>
        <translation>Liaison — 業務部門工作台</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="321" />
        <source>My department's queries</source>
        <translation>本部門的諮詢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="323" />
        <source>FAQ reviews</source>
        <translation>常見問題審核</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="325" />
        <source>Flags on our entries</source>
        <translation>本部門條目的旗標</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="328" />
        <source>Upkeep and scorecard</source>
        <translation>維護提醒與績效</translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="367" />
        <source>Business departments, their written duties and contacts.</source>
        <translation>業務部門及其書面職責與聯絡人。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="372" />
        <source>New department…</source>
        <translation>新增部門…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="373" />
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="374" />
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="375" />
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="418" />
        <source>Duties</source>
        <translation>職責</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="418" />
        <source>SLA</source>
        <translation>回覆時限</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="418" />
        <source>hours</source>
        <translation>小時</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="419" />
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="419" />
        <source>Title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="419" />
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="420" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="420" />
        <source>head of department, for escalation</source>
        <translation>部門負責人，用於升級</translation>
    </message>
</context>
<context>
    <name>DeskFlagsModel</name>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="35" />
        <source>Entry</source>
        <translation>條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="35" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="36" />
        <source>Flag</source>
        <translation>旗標</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="36" />
        <source>Comment</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="37" />
        <source>Flagged</source>
        <translation>標記於</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="37" />
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="47" />
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
        <location filename="../../liaison_app/ui/desks/department_review.py" line="40" />
        <source>Entry</source>
        <translation>條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="40" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="41" />
        <source>Change</source>
        <translation>變更</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="42" />
        <source>Call center</source>
        <translation>客服中心</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="43" />
        <source>Your department</source>
        <translation>本部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="53" />
        <source>new revision %1 (revision %2 stays live)</source>
        <translation>新版本 %1（版本 %2 仍對座席生效）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="56" />
        <source>new entry, revision %1</source>
        <translation>新條目，版本 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="57" />
        <location filename="../../liaison_app/ui/desks/department_review.py" line="59" />
        <source>approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="58" />
        <source>waiting</source>
        <translation>待審</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="60" />
        <source>sent back</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="61" />
        <source>to review</source>
        <translation>待您審核</translation>
    </message>
</context>
<context>
    <name>DirectoryTransfer</name>
    <message>
        <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="35" />
        <source>Import the department directory</source>
        <translation>匯入部門通訊錄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="36" />
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 檔案 (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="39" />
        <source>Export the department directory</source>
        <translation>匯出部門通訊錄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="40" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="53" />
        <source>Exported %1 departments and %2 contacts to %3.</source>
        <translation>已將 %1 個部門、%2 位聯絡人匯出至 %3。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="74" />
        <source>Nothing was imported: %1 of %2 rows have problems (see details).</source>
        <translation>未匯入任何資料：%2 列中有 %1 列有問題（見詳細資料）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="78" />
        <source>Import the good departments</source>
        <translation>匯入無誤的部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="86" />
        <source>Departments: %1 added, %2 updated, %3 unchanged. Contacts: %4 added, %5 updated.</source>
        <translation>部門：新增 %1、更新 %2、未變 %3。聯絡人：新增 %4、更新 %5。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="93" />
        <source>%1 rows with problems were skipped.</source>
        <translation>已略過 %1 列有問題的資料。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="107" />
        <source>Department directory</source>
        <translation>部門通訊錄</translation>
    </message>
</context>
<context>
    <name>DomainErrors</name>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="90" />
        <source>A reason is needed to reject a question.</source>
        <translation>退回問題需要填寫理由。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="58" />
        <source>Cannot %1 %2: it is %3 (allowed from: %4).</source>
        <translation>無法%1 %2：它目前是「%3」（可執行的狀態：%4）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="82" />
        <source>Cannot merge %1 into itself.</source>
        <translation>無法將 %1 合併到自己。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="85" />
        <source>Cannot merge into %1: it is %2 (it must still be open).</source>
        <translation>無法合併到 %1：它目前是「%2」（必須仍在處理中）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="75" />
        <source>FAQ entry #%1 is not published and valid now: agents cannot be given its answer.</source>
        <translation>FAQ 條目 #%1 目前未發布或不在有效期內：不能把它的答案給座席。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="105" />
        <source>Priority must be 0 to %1.</source>
        <translation>優先級必須是 0 到 %1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="93" />
        <source>The reason is longer than %1 characters.</source>
        <translation>理由超過 %1 個字元。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="72" />
        <source>There is no FAQ entry #%1.</source>
        <translation>沒有 FAQ 條目 #%1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="70" />
        <source>There is no question %1.</source>
        <translation>沒有問題 %1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="68" />
        <source>Unknown action “%1”.</source>
        <translation>未知的操作「%1」。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="37" />
        <source>accept an answer for</source>
        <translation>採納答覆：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="32" />
        <source>answer from the FAQ</source>
        <translation>以 FAQ 回答</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="38" />
        <source>answer in the center</source>
        <translation>由中心回答</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="40" />
        <source>close</source>
        <translation>結案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="36" />
        <source>follow up</source>
        <translation>跟催</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="34" />
        <source>merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="53" />
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="35" />
        <source>reject</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="41" />
        <source>reopen</source>
        <translation>重新開啟</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="33" />
        <source>route</source>
        <translation>分派</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="39" />
        <source>send the answer of</source>
        <translation>回覆座席：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="56" />
        <source>this question</source>
        <translation>此問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="107" />
        <source>An approval on the department's behalf needs evidence: link the department's reply mail or a logged call about this entry.</source>
        <translation>代部門核准須附憑證：請連結部門就此條目的回覆郵件或通話記錄。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="110" />
        <source>Only the department's approval can be recorded on its behalf.</source>
        <translation>只有部門一方的核准可以代為登記。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="112" />
        <source>That message is not a received mail or logged call about this entry.</source>
        <translation>該訊息不是就此條目收到的郵件或記錄的通話。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="114" />
        <source>%1 already approved for the other side: the two approvals must come from two different people.</source>
        <translation>%1 已代表另一方核准：兩項核准必須來自兩個不同的人。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="118" />
        <source>FAQ entry #%1 is not retired: there is nothing to restore.</source>
        <translation>常見問題 #%1 未停用，無需恢復。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="121" />
        <source>FAQ entry #%1 is not in review: submit it for review first.</source>
        <translation>常見問題 #%1 不在審核中：請先送審。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="65" />
        <source>You are signed in with a read-only role: you can look at everything here but not change it.</source>
        <translation>您以唯讀角色登入：可以查看這裡的一切，但不能變更。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="98" />
        <source>%1 was changed by %2 at %3 after you opened it. It has been reloaded: check it and try again.</source>
        <translation>%1 在您打開之後已由 %2 於 %3 修改。已重新載入：請查看後再試一次。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/errors.py" line="101" />
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="50" />
        <source>Edit FAQ entry %1</source>
        <translation>編輯常見問題 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="57" />
        <source>One key point a line</source>
        <translation>每行一個要點</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="59" />
        <source>Keywords, separated by 、 or commas</source>
        <translation>關鍵詞，以「、」或逗號分隔</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="61" />
        <source>What changed and why</source>
        <translation>修改了什麼及原因</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="66" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="67" />
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="68" />
        <source>Key points</source>
        <translation>操作要點</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="69" />
        <source>Keywords</source>
        <translation>關鍵詞</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="70" />
        <source>Change note</source>
        <translation>修改說明</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="100" />
        <source>Revision %1; saving makes revision %2.</source>
        <translation>目前為第 %1 版；儲存後成為第 %2 版。</translation>
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
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="41" />
        <source>Create FAQ entry</source>
        <translation>建立常見問題條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="50" />
        <source>One key point per line</source>
        <translation>每行一個操作要點</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="55" />
        <source>Separated by commas</source>
        <translation>以逗號分隔</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="58" />
        <source>Valid only</source>
        <translation>僅在期間內有效</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="73" />
        <source>Keep the customer's wording as a similar question</source>
        <translation>將客戶的問法保留為相似問法</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="81" />
        <source>Question:</source>
        <translation>問題：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="82" />
        <source>Answer:</source>
        <translation>答覆：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="83" />
        <source>Key points:</source>
        <translation>操作要點：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="84" />
        <source>Keywords:</source>
        <translation>關鍵詞：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="85" />
        <source>Owner department:</source>
        <translation>負責部門：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="86" />
        <source>Validity:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="92" />
        <source>The entry is saved as a draft; agents see it once it is reviewed and published.</source>
        <translation>條目存為草稿；經審核發布後座席才看得到。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="117" />
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="151" />
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
</context>
<context>
    <name>FaqLabels</name>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="15" />
        <source>Very high use</source>
        <translation>使用極多</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="16" />
        <source>High use</source>
        <translation>使用較多</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="17" />
        <source>Low use</source>
        <translation>使用較少</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="18" />
        <source>Very low use</source>
        <translation>使用極少</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="24" />
        <source>Suggested: pin these entries and announce them to agents.</source>
        <translation>建議：置頂這些條目，並發通告告知座席。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="25" />
        <source>Well used: keep them current; re-categorise or re-order if agents look for them elsewhere.</source>
        <translation>使用良好：保持內容最新；若座席在別處查找，可調整分類或順序。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="26" />
        <source>Little used: check the wording and keywords, or the category agents look in.</source>
        <translation>使用較少：檢查措辭和關鍵詞，或座席查找的分類。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="27" />
        <source>Suggested: merge into a better entry or retire.</source>
        <translation>建議：合併到更好的條目或停用。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="33" />
        <source>Wrong</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="34" />
        <source>Unclear</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="35" />
        <source>Out of date</source>
        <translation>已過時</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="41" />
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="42" />
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="43" />
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/faq.py" line="44" />
        <source>Last 12 months</source>
        <translation>最近 12 個月</translation>
    </message>
</context>
<context>
    <name>FaqModel</name>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="36" />
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="36" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="36" />
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="36" />
        <source>Owner</source>
        <translation>負責部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="37" />
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="37" />
        <source>Hits</source>
        <translation>使用次數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/browse.py" line="37" />
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
</context>
<context>
    <name>FaqPage</name>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="125" />
        <source>Search the FAQ: type a few characters, in either script (Ctrl+F)</source>
        <translation>搜尋常見問題：輸入幾個字，繁體或簡體皆可（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="127" />
        <source>Copy answer</source>
        <translation>複製答案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="129" />
        <source>Copy the answer and key points for the agent, and count it as a use (Ctrl+Shift+C)</source>
        <translation>複製答案與操作要點給座席代表，並計為一次使用（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="132" />
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="134" />
        <source>Count one use of this entry (Ctrl+Shift+U)</source>
        <translation>將此條目計為一次使用（Ctrl+Shift+U）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="136" />
        <source>Similar questions…</source>
        <translation>相似問法…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="138" />
        <source>Customers' other wordings of this entry's question</source>
        <translation>客戶對此條目問題的其他問法</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="140" />
        <source>Review…</source>
        <translation>審核…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="142" />
        <source>Revisions, approvals, publish or retire</source>
        <translation>版本、審核意見、發布或停用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="144" />
        <source>Flag…</source>
        <translation>標記問題…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="146" />
        <source>Tell the entry's owner it is wrong, unclear or out of date</source>
        <translation>告知條目負責部門：內容錯誤、不清楚或已過時</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/browse.py" line="173" />
        <source>%n entries</source>
        <translation>
            <numerusform>%n 條</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="275" />
        <source>%1 in the last 30 days</source>
        <translation>最近 30 天 %1 次</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/browse.py" line="277" />
        <source>%n open flags</source>
        <translation>
            <numerusform>%n 個待處理標記</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="278" />
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="278" />
        <source>Key points</source>
        <translation>操作要點</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="279" />
        <source>Keywords</source>
        <translation>關鍵字</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="279" />
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="279" />
        <source>Hits</source>
        <translation>使用次數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/browse.py" line="291" />
        <source>Similar questions</source>
        <translation>相似問法</translation>
    </message>
</context>
<context>
    <name>FaqReviewDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="46" />
        <source>Review FAQ entry #%1</source>
        <translation>審核常見問題 #%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="67" />
        <source>Submit for review</source>
        <translation>提交審核</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="71" />
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="194" />
        <source>Call center</source>
        <translation>客服中心</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="72" />
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="194" />
        <source>Department</source>
        <translation>業務部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="75" />
        <source>On the department's behalf</source>
        <translation>代業務部門記錄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="87" />
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="89" />
        <source>Send back</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="91" />
        <source>Publish</source>
        <translation>發布</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="105" />
        <source>Decision</source>
        <translation>審核決定</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="107" />
        <source>Side:</source>
        <translation>審核方：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="109" />
        <source>Approver:</source>
        <translation>審核人：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="124" />
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="134" />
        <source>Decisions</source>
        <translation>審核記錄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="143" />
        <source>Submitted for review.</source>
        <translation>已提交審核。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="148" />
        <source>Published; a bulletin announcing it waits on the board.</source>
        <translation>已發布；宣佈此條目的通告在通告欄等待發布。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="167" />
        <source>revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="174" />
        <source>Revision %1 · %2 · %3</source>
        <translation>第 %1 版 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="183" />
        <source>created</source>
        <translation>建立</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="183" />
        <source>revised</source>
        <translation>修訂</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="184" />
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="193" />
        <source>approved</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="184" />
        <source>submitted for review</source>
        <translation>提交審核</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="185" />
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="193" />
        <source>sent back</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="185" />
        <source>published</source>
        <translation>發布</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="186" />
        <source>retired</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="186" />
        <source>back in review</source>
        <translation>重新送審</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="197" />
        <source>No decisions yet.</source>
        <translation>尚無審核記錄。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="223" />
        <source>Revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="292" />
        <source>Approval recorded.</source>
        <translation>已記錄審核同意。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="297" />
        <source>Sent back to draft.</source>
        <translation>已退回為草稿。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="79" />
        <source>Comment</source>
        <translation>意見</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="84" />
        <source>Evidence:</source>
        <translation>憑證：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="93" />
        <source>Retire…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="95" />
        <source>Restore</source>
        <translation>恢復</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="97" />
        <source>Undo the retirement: the entry goes back to the state it had</source>
        <translation>撤銷停用：條目回到停用前的狀態</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="152" />
        <source>Restored.</source>
        <translation>已恢復。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="170" />
        <source>Agents read revision %1 until revision %2, now in review, is published.</source>
        <translation>在審核中的第 %2 版發布前，座席代表看到的仍是第 %1 版。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="187" />
        <source>restored</source>
        <translation>已恢復</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="246" />
        <source>Retire FAQ entry #%1?

Agents will no longer find it in search or in the exported FAQ. Restore brings it back.</source>
        <translation>停用常見問題 #%1？

座席代表將無法在搜尋或匯出的常見問題中找到它。可用「恢復」撤銷。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="251" />
        <source>Retired: agents no longer see it. Restore undoes this.</source>
        <translation>已停用：座席代表不再看到它。可用「恢復」撤銷。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="253" />
        <source>Retire entry</source>
        <translation>停用條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="273" />
        <source>Who approved in the department</source>
        <translation>部門中核准的人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="281" />
        <source>No mail or call from the department about this entry</source>
        <translation>沒有部門就此條目的郵件或通話</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="291" />
        <source>Approval on the department's behalf recorded, with its evidence.</source>
        <translation>已代部門登記核准，並附憑證。</translation>
    </message>
</context>
<context>
    <name>FaqTransfer</name>
    <message>
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="48" />
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="68" />
        <source>Import FAQ</source>
        <translation>匯入常見問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="48" />
        <source>FAQ files (*.csv *.xlsx *.jsonl)</source>
        <translation>常見問題檔案 (*.csv *.xlsx *.jsonl)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="52" />
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="114" />
        <source>Export FAQ</source>
        <translation>匯出常見問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="69" />
        <source>Importing %1…</source>
        <translation>正在匯入 %1…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="83" />
        <source>Imported %1 FAQ entries.</source>
        <translation>已匯入 %1 個常見問題條目。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="85" />
        <source>%1 bad rows were skipped.</source>
        <translation>已略過 %1 個有問題的行。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="92" />
        <source>The file holds no FAQ entries.</source>
        <translation>檔案中沒有常見問題條目。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="97" />
        <source>Nothing was imported: %1 rows have problems (see details).</source>
        <translation>未匯入任何內容：%1 行有問題（見詳細資訊）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="100" />
        <source>Import the good rows</source>
        <translation>只匯入正確的行</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="115" />
        <source>Writing %1…</source>
        <translation>正在寫入 %1…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="121" />
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
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="153" />
        <source>Flag FAQ entry %1</source>
        <translation>標記常見問題 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="158" />
        <source>What is wrong, unclear or out of date?</source>
        <translation>哪裡錯誤、不清楚或已過時？</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="162" />
        <source>The entry is</source>
        <translation>條目內容</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="163" />
        <source>Comment</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="169" />
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
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="80" />
        <source>What changed, for the reviewers</source>
        <translation>修改了什麼（供審核人參考）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="81" />
        <source>Propose the fix for review</source>
        <translation>提交修正送審</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="86" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="87" />
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="88" />
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="92" />
        <source>Agents keep the published text until your fix passes review.</source>
        <translation>修正通過審核前，座席代表仍看到已發布的內容。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="148" />
        <source>The server refused the change: %1</source>
        <translation>伺服器拒絕了此變更：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_flags.py" line="158" />
        <source>Revision %1 proposed: it goes live once the call center and your department approve it.</source>
        <translation>已提交版本 %1：客服中心與本部門均核准後生效。</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="38" />
        <source>Forward a question</source>
        <translation>轉交問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="44" />
        <source>Agent code, e.g. A1001</source>
        <translation>座席工號，例如 A1001</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="45" />
        <source>Add the agent if the code is new</source>
        <translation>工號為新時新增此座席</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="49" />
        <source>The customer's question, in the customer's words</source>
        <translation>客戶的問題，用客戶自己的話</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="53" />
        <source>What the customer said or tried; account details</source>
        <translation>客戶說了什麼、試過什麼；賬戶情況</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="58" />
        <source>Urgent: the customer is waiting (half the SLA)</source>
        <translation>緊急：客戶在等（時限減半）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="66" />
        <source>Agent:</source>
        <translation>座席：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="68" />
        <source>Question:</source>
        <translation>問題：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="69" />
        <source>Customer context:</source>
        <translation>客戶情況：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="70" />
        <source>Product:</source>
        <translation>產品：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="74" />
        <source>Forward</source>
        <translation>轉交</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="130" />
        <source>Unknown agent %1: check the code, or tick "Add the agent if the code is new".</source>
        <translation>未知座席 %1：請核對工號，或勾選「工號為新時新增此座席」。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/forward.py" line="134" />
        <source>Not forwarded: %1</source>
        <translation>未轉交：%1</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../liaison_app/ui/models/inbox.py" line="59" />
        <source>Ref</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/inbox.py" line="59" />
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/inbox.py" line="59" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/inbox.py" line="59" />
        <source>Agents</source>
        <translation>座席代表</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/inbox.py" line="59" />
        <source>Department</source>
        <translation>業務部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/inbox.py" line="60" />
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/inbox.py" line="60" />
        <source>Forwarded</source>
        <translation>轉交時間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/inbox.py" line="60" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/inbox.py" line="94" />
        <source>[Urgent] </source>
        <translation>［急］</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/inbox.py" line="99" />
        <source>%1 +%2</source>
        <translation>%1 等 %2 人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/inbox.py" line="131" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="69" />
        <location filename="../../liaison_app/ui/pages/inbox.py" line="225" />
        <source>Open questions</source>
        <translation>未結問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="70" />
        <location filename="../../liaison_app/ui/pages/inbox.py" line="227" />
        <source>All questions</source>
        <translation>全部問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="75" />
        <source>Filter by text or LQ number (Ctrl+F)</source>
        <translation>以文字或 LQ 編號篩選（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="82" />
        <source>All departments</source>
        <translation>全部部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="83" />
        <source>All agents</source>
        <translation>全部座席</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="84" />
        <source>All products</source>
        <translation>全部產品</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="85" />
        <source>Overdue only</source>
        <translation>僅逾期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="89" />
        <source>Any time</source>
        <translation>不限時間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="89" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="89" />
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="90" />
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="90" />
        <source>From – to…</source>
        <translation>起訖日期…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/inbox.py" line="101" />
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/inbox.py" line="320" />
        <location filename="../../liaison_app/ui/pages/inbox.py" line="350" />
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 個問題</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="113" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="114" />
        <source>In review</source>
        <translation>審核中</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="115" />
        <source>Published</source>
        <translation>已發布</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="116" />
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="19" />
        <source>New</source>
        <translation>新問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="20" />
        <location filename="../../liaison_app/ui/labels/common.py" line="34" />
        <source>Answered from FAQ</source>
        <translation>已以常見問題解答</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="21" />
        <source>Awaiting department</source>
        <translation>待部門回覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="22" />
        <location filename="../../liaison_app/ui/labels/common.py" line="39" />
        <source>Answer received</source>
        <translation>已收到答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="23" />
        <source>Answered</source>
        <translation>已回饋</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="24" />
        <location filename="../../liaison_app/ui/labels/common.py" line="42" />
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="25" />
        <source>Duplicate</source>
        <translation>重複</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="26" />
        <location filename="../../liaison_app/ui/labels/common.py" line="37" />
        <source>Rejected</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="33" />
        <source>Forwarded</source>
        <translation>已轉交</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="35" />
        <source>Routed to department</source>
        <translation>已轉交業務部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="36" />
        <source>Merged as duplicate</source>
        <translation>已合併為重複問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="38" />
        <source>Followed up</source>
        <translation>已跟催</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="40" />
        <source>Answered in center</source>
        <translation>中心內解答</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="41" />
        <source>Fed back to agents</source>
        <translation>已回饋座席代表</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="43" />
        <source>Reopened</source>
        <translation>已重新開啟</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="89" />
        <source>FAQ</source>
        <translation>常見問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="89" />
        <source>Department</source>
        <translation>業務部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="89" />
        <source>In center</source>
        <translation>中心內</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="95" />
        <source>Email received</source>
        <translation>收到郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="95" />
        <source>Email sent</source>
        <translation>寄出郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="97" />
        <source>Phone call</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="98" />
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="103" />
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="103" />
        <source>queued</source>
        <translation>待寄出</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="103" />
        <source>sending</source>
        <translation>寄送中</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="104" />
        <source>sent</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="104" />
        <source>failed</source>
        <translation>寄送失敗</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="104" />
        <source>received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="105" />
        <source>quarantined</source>
        <translation>已隔離</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="105" />
        <source>logged</source>
        <translation>已記錄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="44" />
        <source>Took in a duplicate</source>
        <translation>併入重複問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="45" />
        <source>Priority changed</source>
        <translation>優先級變更</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="46" />
        <source>Marked as not a duplicate</source>
        <translation>標為非重複</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="55" />
        <source>forwarded by %1 (%2)</source>
        <translation>由 %1 轉交（%2）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="56" />
        <source>to %1, due %2</source>
        <translation>分派給%1，期限 %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="57" />
        <source>into %1</source>
        <translation>併入 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="58" />
        <source>merged %1 into this question</source>
        <translation>%1 已併入本問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="59" />
        <source>not a repeat of %1</source>
        <translation>不是 %1 的重複</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="60" />
        <source>asked %1 by mail</source>
        <translation>已以郵件諮詢%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="61" />
        <source>asked %1 by phone</source>
        <translation>已致電諮詢%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="62" />
        <source>chased %1 (chase no. %2)</source>
        <translation>已催辦%1（第 %2 次）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="63" />
        <source>escalated to %1 (%2)</source>
        <translation>已升級至 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="64" />
        <source>answer from %1</source>
        <translation>來自 %1 的答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="65" />
        <source>answered by phone (%1)</source>
        <translation>電話答覆（%1）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="66" />
        <source>%1 will call back by %2</source>
        <translation>%1 將於 %2 前回電</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="67" />
        <source>answer sent to %1</source>
        <translation>答覆已發送給 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="68" />
        <source>answered by the manager</source>
        <translation>由信息管理員答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="69" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="76" />
        <source>resolved: %1</source>
        <translation>解決方式：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/common.py" line="106" />
        <source>dismissed</source>
        <translation>已移出</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../liaison_app/ui/launch.py" line="71" />
        <source>Hard questions desk</source>
        <translation>疑難問題工作台</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/launch.py" line="75" />
        <source>Opening the database…</source>
        <translation>正在開啟資料庫…</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="45" />
        <source>Log a call — LQ-%1</source>
        <translation>記錄通話 — LQ-%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="56" />
        <source>Answered</source>
        <translation>已答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="57" />
        <source>Will call back</source>
        <translation>將回電</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="58" />
        <source>No answer</source>
        <translation>無人接聽</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="66" />
        <source>Department:</source>
        <translation>業務部門：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="67" />
        <source>Contact:</source>
        <translation>聯絡人：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="68" />
        <source>Time:</source>
        <translation>時間：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="69" />
        <source>Minutes:</source>
        <translation>分鐘數：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="70" />
        <source>Summary:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="71" />
        <source>Outcome:</source>
        <translation>結果：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="72" />
        <source>Answer:</source>
        <translation>答覆：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="73" />
        <source>Call back by:</source>
        <translation>回電期限：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="113" />
        <source>(department)</source>
        <translation>（部門）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/call.py" line="139" />
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
    <name>MailSettingsDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="91" />
        <source>Mail settings</source>
        <translation>郵件設定</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="95" />
        <source>Outgoing mail (SMTP)</source>
        <translation>寄件伺服器（SMTP）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="98" />
        <source>Sender address:</source>
        <translation>寄件地址：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="99" />
        <source>Sender name:</source>
        <translation>寄件人名稱：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="101" />
        <source>Incoming mail (IMAP)</source>
        <translation>收件伺服器（IMAP）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="105" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="107" />
        <source>Folders to watch:</source>
        <translation>監看的資料夾：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="108" />
        <source>Check every:</source>
        <translation>檢查間隔：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="113" />
        <source>e.g. mail.bank.example</source>
        <translation>例如 mail.bank.example</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="115" />
        <source>The name the bank's mail server writes in the Authentication-Results header of mail it has checked (SPF/DKIM/DMARC).</source>
        <translation>行內郵件伺服器在已檢查（SPF/DKIM/DMARC）郵件的 Authentication-Results 標頭中寫入的名稱。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="119" />
        <source>e.g. relay1.bank.example, 10.1.2.3</source>
        <translation>例如 relay1.bank.example, 10.1.2.3</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="121" />
        <source>Internal mail relays (host names or addresses): mail that reached the bank's server through one of them comes from inside the bank.</source>
        <translation>行內郵件轉發主機（主機名稱或位址）：經由其中之一到達行內伺服器的郵件來自行內。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="128" />
        <source>Agents' mail becomes a question by itself only when one of these vouches for it; otherwise it waits in the unmatched tray for you.</source>
        <translation>座席的郵件只有經上述任一項確認後才會自動成為問題；否則會留在未配對郵件中等您處理。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="131" />
        <source>Trusted mail server:</source>
        <translation>受信任的郵件伺服器：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="132" />
        <source>Internal relays:</source>
        <translation>行內轉發主機：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="145" />
        <source>No system keyring is available on this computer. Passwords you enter are kept in memory for this run only and asked again next time; they are never written to disk.</source>
        <translation>此電腦沒有可用的系統金鑰圈。您輸入的密碼只在本次執行期間保存在記憶體中，下次會再詢問；密碼絕不寫入磁碟。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="176" />
        <source>“%1” is not a host name or address; separate several with commas.</source>
        <translation>「%1」不是主機名稱或位址；多個請以逗號分隔。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="184" />
        <source>Testing…</source>
        <translation>測試中…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="192" />
        <source>OK: %1</source>
        <translation>成功：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="197" />
        <source>Failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="213" />
        <source>Cannot save the settings: %1</source>
        <translation>無法儲存設定：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="52" />
        <source>Liaison — hard questions desk</source>
        <translation>Liaison — 疑難問題工作台</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/registry.py" line="101" />
        <source>Reports</source>
        <translation>報表</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="99" />
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="111" />
        <source>Mail: working…</source>
        <translation>郵件：收發中…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="113" />
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
        <location filename="../../liaison_app/ui/menus.py" line="112" />
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="156" />
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="167" />
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="173" />
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="122" />
        <source>F&amp;AQ</source>
        <translation>常見問題(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="148" />
        <source>&amp;Review captured phrasings…</source>
        <translation>審核新收集的問法(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="376" />
        <source>FAQ entries expiring within a week: %1</source>
        <translation>一週內到期的常見問題：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="188" />
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="191" />
        <source>&amp;User guide</source>
        <translation>使用手冊(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="222" />
        <source>&amp;About Liaison</source>
        <translation>關於 Liaison(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="124" />
        <source>&amp;Import FAQ…</source>
        <translation>匯入常見問題(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="125" />
        <source>&amp;Export FAQ…</source>
        <translation>匯出常見問題(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="128" />
        <source>&amp;Use tiers</source>
        <translation>使用分級(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="131" />
        <source>&amp;Flags</source>
        <translation>問題標記(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="134" />
        <source>&amp;Categories</source>
        <translation>分類(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="139" />
        <source>&amp;Synonyms…</source>
        <translation>同義詞(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="246" />
        <source>Recorded %1.</source>
        <translation>已登記 %1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="248" />
        <source>Probable duplicate of %1.</source>
        <translation>可能與 %1 重複。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="291" />
        <source>New questions arrived.</source>
        <translation>有新問題到達。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="308" />
        <source>Mail: %1 sent, %2 fetched</source>
        <translation>郵件：寄出 %1，收到 %2</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="311" />
        <source>problems, see Queries</source>
        <translation>有問題，請見部門諮詢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="338" />
        <source>About Liaison</source>
        <translation>關於 Liaison</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="339" />
        <source>Liaison %1
The information manager's desk of a bank call center.</source>
        <translation>Liaison %1
銀行客服中心信息管理員的工作台。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="372" />
        <source>%1 questions · %2 open · %3 unread · %4 overdue · %5 FAQ published</source>
        <translation>%1 個問題 · %2 未結 · %3 未讀 · %4 逾期 · %5 條常見問題已發布</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="88" />
        <source>&amp;Audit trail…</source>
        <translation>稽核紀錄(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="133" />
        <source>manager</source>
        <translation>信息管理員</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="134" />
        <source>supervisor: read only</source>
        <translation>主管：唯讀</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="135" />
        <source>department contact: your departments only, read only here</source>
        <translation>部門聯絡人：僅限您的部門，此處唯讀</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="136" />
        <source>agent: your own questions only, read only here</source>
        <translation>座席代表：僅限您自己的問題，此處唯讀</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="137" />
        <source>admin: people only, read only here</source>
        <translation>系統管理員：僅限人員管理，此處唯讀</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="139" />
        <source>Signed in as %1 (%2)</source>
        <translation>已登入：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="304" />
        <source>Mail: sent and fetched by another desk</source>
        <translation>郵件：由另一個工作台收發</translation>
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
    <name>QueriesModel</name>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="20" />
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="22" />
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="23" />
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="38" />
        <source>Department</source>
        <translation>業務部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="38" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="39" />
        <source>Text</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="39" />
        <source>Age</source>
        <translation>已歷時</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="40" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="40" />
        <location filename="../../liaison_app/ui/models/queries.py" line="93" />
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="41" />
        <source>Chases</source>
        <translation>催辦次數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="41" />
        <source>Escalated</source>
        <translation>已呈報主管</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="45" />
        <source>asked you back: answer it</source>
        <translation>部門在等您補充資料</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="47" />
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="49" />
        <source>due soon</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="51" />
        <source>reply in</source>
        <translation>已有回覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="52" />
        <source>waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="92" />
        <source>Received</source>
        <translation>收到時間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="92" />
        <source>From</source>
        <translation>寄件者</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="93" />
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="97" />
        <source>quarantined: %1</source>
        <translation>已隔離：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="99" />
        <source>confirm: LQ-%1</source>
        <translation>待確認：LQ-%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="102" />
        <source>bounce</source>
        <translation>退信</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="104" />
        <source>auto-reply</source>
        <translation>自動回覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/models/queries.py" line="105" />
        <source>unmatched</source>
        <translation>未配對</translation>
    </message>
</context>
<context>
    <name>QueriesPage</name>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="66" />
        <source>Send and fetch now</source>
        <translation>立即收發郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="84" />
        <location filename="../../liaison_app/ui/pages/queries.py" line="275" />
        <source>Chase</source>
        <translation>催辦</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="85" />
        <location filename="../../liaison_app/ui/pages/queries.py" line="288" />
        <source>Escalate to head</source>
        <translation>呈報部門主管</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="86" />
        <source>Log a call…</source>
        <translation>記錄通話…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="106" />
        <source>Attach to question…</source>
        <translation>歸入問題…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="107" />
        <source>Confirm suggested question</source>
        <translation>確認建議的問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="108" />
        <source>Make a new question…</source>
        <translation>建立新問題…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="109" />
        <source>Reprocess</source>
        <translation>重新處理</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="151" />
        <source>Open queries</source>
        <translation>未結諮詢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="152" />
        <source>Unmatched mail</source>
        <translation>未配對郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="162" />
        <location filename="../../liaison_app/ui/pages/queries.py" line="191" />
        <source>Mail is not configured yet: open File → Mail settings.</source>
        <translation>尚未設定郵件：請開啟「檔案 → 郵件設定」。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="175" />
        <source>Unmatched mail (%1)</source>
        <translation>未配對郵件（%1）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="196" />
        <source>Sending and fetching mail…</source>
        <translation>正在收發郵件…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="199" />
        <source>Working: %1</source>
        <translation>處理中：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="204" />
        <source>Sent %1, failed %2, fetched %3, matched %4, unmatched %5, quarantined %6, new questions %7.</source>
        <translation>已寄出 %1，失敗 %2，收到 %3，已配對 %4，未配對 %5，已隔離 %6，新問題 %7。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="211" />
        <source>Problems: %1</source>
        <translation>問題：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="219" />
        <source>The mail cycle failed: %1</source>
        <translation>收發郵件失敗：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="338" />
        <source>Attach to question</source>
        <translation>歸入問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="339" />
        <source>Question number (e.g. 123 or LQ-000123):</source>
        <translation>問題編號（例如 123 或 LQ-000123）：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="344" />
        <source>Not a question number: %1</source>
        <translation>不是問題編號：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="347" />
        <location filename="../../liaison_app/ui/pages/queries.py" line="359" />
        <source>Mail attached to the question.</source>
        <translation>郵件已歸入問題。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="355" />
        <source>This mail suggests no question.</source>
        <translation>這封郵件沒有建議的問題。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="365" />
        <source>Make a new question</source>
        <translation>建立新問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="365" />
        <source>Agent number:</source>
        <translation>座席代表工號：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="370" />
        <source>New question made from the mail.</source>
        <translation>已由郵件建立新問題。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="377" />
        <source>Mail reprocessed.</source>
        <translation>郵件已重新處理。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="110" />
        <source>Dismiss</source>
        <translation>移出</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="111" />
        <source>Not a reply to any question: out of the tray (kept, and Undo puts it back)</source>
        <translation>不是任何問題的回覆：移出未配對郵件清單（郵件仍保留，可用「復原」放回）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="113" />
        <source>Mark as spam</source>
        <translation>標為垃圾郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="114" />
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="252" />
        <source>Select a query first.</source>
        <translation>請先選取一項諮詢。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="258" />
        <source>Queue the mail</source>
        <translation>放入寄件匣</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="272" />
        <source>Queue chase no. %1 to %2 about %3, in the same mail thread?</source>
        <translation>在同一郵件串中向%2發出關於 %3 的第 %1 次催辦？</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="277" />
        <source>Chase queued to %1 about %2.</source>
        <translation>關於 %2 的催辦郵件已放入寄件匣，寄給%1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="286" />
        <source>Queue an escalation to the head of %1 about %2 (the contact in Cc)?</source>
        <translation>就 %2 向%1主管升級（副本給聯絡人）？</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/queries.py" line="290" />
        <source>Escalation queued to the head of %1 about %2.</source>
        <translation>關於 %2 的升級郵件已放入寄件匣，寄給%1主管。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/queries.py" line="318" />
        <source>%n mail(s) marked as spam and taken out of the tray.</source>
        <translation>
            <numerusform>已將 %n 封郵件標為垃圾郵件並移出未配對郵件清單。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/queries.py" line="320" />
        <source>%n mail(s) dismissed from the tray.</source>
        <translation>
            <numerusform>已將 %n 封郵件移出未配對郵件清單。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/pages/queries.py" line="332" />
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
</context>
<context>
    <name>QuestionDetailView</name>
    <message>
        <location filename="../../liaison_app/ui/widgets/question_detail.py" line="194" />
        <source>Select a question to see its history.</source>
        <translation>選擇一個問題以查看其處理記錄。</translation>
    </message>
</context>
<context>
    <name>QuestionImportRunner</name>
    <message>
        <location filename="../../liaison_app/ui/actions/question_import.py" line="46" />
        <location filename="../../liaison_app/ui/actions/question_import.py" line="51" />
        <location filename="../../liaison_app/ui/actions/question_import.py" line="114" />
        <source>Import forwarded questions</source>
        <translation>匯入轉交問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/question_import.py" line="47" />
        <source>Forwarded questions (*.csv *.jsonl *.tsv *.txt)</source>
        <translation>轉交問題 (*.csv *.jsonl *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/question_import.py" line="52" />
        <source>Checking %1…</source>
        <translation>正在檢查 %1…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/question_import.py" line="59" />
        <source>Imported %1 of %2 rows</source>
        <translation>已匯入 %1 / %2 行</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/question_import.py" line="62" />
        <source>Checked %1 rows</source>
        <translation>已檢查 %1 行</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/question_import.py" line="79" />
        <source>Imported %1 questions.</source>
        <translation>已匯入 %1 個問題。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/question_import.py" line="81" />
        <source>%1 bad rows were skipped.</source>
        <translation>已略過 %1 個有問題的行。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/question_import.py" line="88" />
        <source>The file holds no questions.</source>
        <translation>檔案中沒有問題。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/question_import.py" line="94" />
        <source>Nothing was imported: %1 of %2 rows have problems (see details).</source>
        <translation>未匯入任何資料：%2 行中有 %1 行有問題（見詳情）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/actions/question_import.py" line="98" />
        <source>Import the %1 good rows</source>
        <translation>只匯入 %1 個正確的行</translation>
    </message>
</context>
<context>
    <name>QueueTab</name>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="100" />
        <source>Your answer, or what you need to know from the information manager</source>
        <translation>您的答覆，或需要信息管理員補充的資料</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="102" />
        <source>Attach files…</source>
        <translation>附加檔案…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="104" />
        <source>Send the answer</source>
        <translation>送出答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="105" />
        <source>Ask the manager for details</source>
        <translation>請信息管理員補充資料</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="107" />
        <source>Hand over</source>
        <translation>轉交</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="123" />
        <source>Colleague:</source>
        <translation>同事：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="154" />
        <source>%1 open · %2 new · %3 overdue</source>
        <translation>%1 件未結 · %2 件新 · %3 件逾期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="210" />
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="210" />
        <source>Customer context</source>
        <translation>客戶情況</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="211" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="211" />
        <source>Thread so far</source>
        <translation>往來紀錄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="212" />
        <source>Files:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="234" />
        <source>Answer from the desk</source>
        <translation>部門工作台答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="235" />
        <source>Clarification requested</source>
        <translation>要求補充資料</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="236" />
        <source>Handed over</source>
        <translation>已轉交</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="237" />
        <source>The manager's clarification</source>
        <translation>信息管理員的補充</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="242" />
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="243" />
        <source>Mail from the call center</source>
        <translation>客服中心來信</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="244" />
        <source>Reply mail</source>
        <translation>回覆郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="254" />
        <source>Attach files</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="265" />
        <source>The server refused the change: %1</source>
        <translation>伺服器拒絕了此變更：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="285" />
        <source>Answer sent: the information manager will check it and feed it back to the agent.</source>
        <translation>答覆已送出：信息管理員核對後會回饋給座席代表。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="294" />
        <source>Asked the manager; the due time is paused until they answer.</source>
        <translation>已詢問信息管理員；在其回覆前期限暫停計算。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department.py" line="303" />
        <source>Handed over to %1.</source>
        <translation>已轉交給 %1。</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="608" />
        <source>Reject %n question(s)</source>
        <translation>
            <numerusform>退回 %n 個問題</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="609" />
        <source>Why is it rejected? The reason is mailed to the agent(s) who forwarded it (a note in the record for agents without an address).</source>
        <translation>退回原因？原因將以郵件寄給轉交問題的座席代表（沒有郵件地址的座席代表則記入紀錄）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="614" />
        <source>A reason is needed to reject a question.</source>
        <translation>退回問題須填寫原因。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="617" />
        <source>Reject and tell the agent(s)</source>
        <translation>退回並通知座席代表</translation>
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
        <location filename="../../liaison_app/ui/labels/reports.py" line="49" />
        <source>Resolution mix</source>
        <translation>解決方式構成</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="22" />
        <location filename="../../liaison_app/ui/labels/reports.py" line="62" />
        <source>Department scorecard</source>
        <translation>部門答覆成績表</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="23" />
        <location filename="../../liaison_app/ui/labels/reports.py" line="88" />
        <source>Knowledge health</source>
        <translation>知識庫健康度</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="24" />
        <location filename="../../liaison_app/ui/labels/reports.py" line="109" />
        <source>Open workload</source>
        <translation>未結工作量</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="33" />
        <source>Questions forwarded</source>
        <translation>轉發問題數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="34" />
        <source>Per day</source>
        <translation>日均</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="35" />
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="36" />
        <source>Merged as duplicates</source>
        <translation>合併為重複</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="37" />
        <source>Rejected</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="38" />
        <source>Questions forwarded over time</source>
        <translation>轉發問題趨勢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="39" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="40" />
        <source>Week from</source>
        <translation>週起始日</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="41" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="42" />
        <source>Questions</source>
        <translation>問題數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="43" />
        <source>Questions by product</source>
        <translation>按產品分類的問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="44" />
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="45" />
        <source>Share %</source>
        <translation>佔比 %</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="46" />
        <source>Questions by category</source>
        <translation>按類別分類的問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="47" />
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="48" />
        <source>Counted by the time a question was first forwarded; questions not yet triaged have no category (shown as uncategorised).</source>
        <translation>按問題首次轉發的時間統計；尚未分揀的問題沒有類別（顯示為未分類）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="50" />
        <source>Questions resolved</source>
        <translation>已解決問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="51" />
        <location filename="../../liaison_app/ui/labels/reports.py" line="130" />
        <source>From FAQ</source>
        <translation>按常見問題答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="52" />
        <location filename="../../liaison_app/ui/labels/reports.py" line="131" />
        <source>By the manager</source>
        <translation>由信息管理員答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="53" />
        <location filename="../../liaison_app/ui/labels/reports.py" line="132" />
        <source>By departments</source>
        <translation>由業務部門答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="54" />
        <source>In-center resolution rate</source>
        <translation>中心內解決率</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="55" />
        <source>Resolved by</source>
        <translation>解決方式</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="56" />
        <source>In-center resolution over time</source>
        <translation>中心內解決率趨勢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="57" />
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="58" />
        <source>In-center rate %</source>
        <translation>中心內解決率 %</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="59" />
        <source>Answered by departments</source>
        <translation>各部門答覆數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="60" />
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="61" />
        <source>A question counts in the period its answer came in; reopened questions count again only once answered again.</source>
        <translation>問題計入收到答覆的期間；重新開啟的問題須再次答覆後才重新計入。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="63" />
        <source>Queries sent</source>
        <translation>已發出諮詢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="64" />
        <source>Queries answered</source>
        <translation>已答覆諮詢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="65" />
        <source>Median response</source>
        <translation>答覆時間中位數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="66" />
        <source>90th percentile</source>
        <translation>第90百分位</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="67" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="68" />
        <source>Overdue rate</source>
        <translation>逾期率</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="69" />
        <source>Escalations</source>
        <translation>升級</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="70" />
        <source>Clarifications</source>
        <translation>補充詢問</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="71" />
        <source>Department approvals by the department</source>
        <translation>部門自行核准</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="72" />
        <source>Department approvals on its behalf</source>
        <translation>代部門核准</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="73" />
        <source>Department approvals: given by the department itself (on its desk or by replying to the review mail) apart from those the manager recorded on its behalf with evidence.</source>
        <translation>部門核准：部門自行核准（在工作台上或回覆審核郵件）與信息管理員憑證據代部門登記的核准分開計算。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="74" />
        <source>Paused working h</source>
        <translation>暫停工時</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="75" />
        <source>Clarifications count the times a department asked the manager back on its desk; its due time was paused meanwhile (paused working hours), and those hours are left out of its working-hours response times.</source>
        <translation>補充詢問為部門在工作台上向信息管理員要求補充資料的次數；期間其期限暫停計算（暫停工時），這些工時不計入其以工作時數計的回覆時間。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="76" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="77" />
        <source>Sent</source>
        <translation>發出</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="78" />
        <source>Answered</source>
        <translation>已答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="79" />
        <source>Median response h</source>
        <translation>答覆中位數（小時）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="80" />
        <source>90th percentile h</source>
        <translation>第90百分位（小時）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="81" />
        <source>Overdue %</source>
        <translation>逾期率 %</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="82" />
        <source>Chases</source>
        <translation>催辦</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="83" />
        <source>Median working h</source>
        <translation>中位數（工作小時）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="84" />
        <source>90th percentile working h</source>
        <translation>第90百分位（工作小時）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="87" />
        <source>Working hours follow the business calendar (working days, opening hours, holidays).</source>
        <translation>工作小時依營業日曆計算（工作日、營業時間、假日）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="89" />
        <source>FAQ uses</source>
        <translation>常見問題使用次數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="90" />
        <location filename="../../liaison_app/ui/labels/reports.py" line="141" />
        <source>Already in the FAQ</source>
        <translation>常見問題已有答案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="91" />
        <source>Answers linked to FAQ</source>
        <translation>答覆關聯常見問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="92" />
        <source>Entries created</source>
        <translation>新建條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="93" />
        <source>Entries from questions</source>
        <translation>由問題整理的條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="94" />
        <source>Answer to publication</source>
        <translation>答覆至發佈</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="95" />
        <source>Open flags</source>
        <translation>未處理標記</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="96" />
        <source>FAQ use tiers</source>
        <translation>常見問題使用分級</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="97" />
        <source>Use tier</source>
        <translation>使用分級</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="98" />
        <source>Entries</source>
        <translation>條目數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="99" />
        <source>Hits</source>
        <translation>使用次數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="100" />
        <source>Share of hits %</source>
        <translation>使用佔比 %</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="101" />
        <source>Most used FAQ entries</source>
        <translation>最常用的常見問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="102" />
        <source>Entry</source>
        <translation>條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="103" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="104" />
        <source>New vs known questions</source>
        <translation>新問題與已知問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="105" />
        <source>Count</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="106" />
        <source>Known share: questions answered from the FAQ among those triaged (untriaged questions are left out of the share).</source>
        <translation>已知佔比：已分揀問題中按常見問題答覆的比例（未分揀的問題不計入）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="107" />
        <source>Answer to publication: median days from the source question's answer to the entry's publication time as stored (a republished entry counts from its latest publication).</source>
        <translation>答覆至發佈：由來源問題答覆至條目發佈時間的天數中位數（重新發佈的條目以最近一次發佈計）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="108" />
        <source>Open flags: flags raised before the period ended and not resolved by then.</source>
        <translation>未處理的標記：期間結束前提出、到期末仍未處理的標記。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="110" />
        <source>Open questions</source>
        <translation>未結問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="111" />
        <source>Overdue at departments</source>
        <translation>部門逾期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="112" />
        <source>Open queries</source>
        <translation>未結諮詢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="113" />
        <source>Oldest open</source>
        <translation>最久未結</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="114" />
        <source>Open questions by state and age</source>
        <translation>未結問題（按狀態與時長）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="115" />
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="116" />
        <source>Under 1 day</source>
        <translation>不足 1 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="117" />
        <source>1–3 days</source>
        <translation>1–3 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="118" />
        <source>3–7 days</source>
        <translation>3–7 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="119" />
        <source>7–14 days</source>
        <translation>7–14 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="120" />
        <source>Over 14 days</source>
        <translation>超過 14 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="121" />
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="122" />
        <source>Open department queries</source>
        <translation>未結部門諮詢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="123" />
        <source>Oldest (days)</source>
        <translation>最久（天）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="124" />
        <source>A snapshot of now: the period does not apply. Age is the time since the question was forwarded.</source>
        <translation>當前快照：不適用期間篩選。時長為問題轉發至今的時間。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="136" />
        <source>Very high use</source>
        <translation>極高使用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="137" />
        <source>High use</source>
        <translation>高使用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="138" />
        <source>Low use</source>
        <translation>低使用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="139" />
        <source>Very low use</source>
        <translation>極低使用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="142" />
        <source>New to the FAQ</source>
        <translation>常見問題未收錄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="143" />
        <source>Not yet triaged</source>
        <translation>尚未分揀</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="145" />
        <source>(uncategorised)</source>
        <translation>（未分類）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="85" />
        <source>Ranking: the share of queries answered on time first (100% minus the overdue rate), then the median response time; departments without queries come last.</source>
        <translation>排名依據：先看按時答覆的比例（100% 減逾期率），再看答覆時間中位數；期間內沒有諮詢的部門排在最後。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/labels/reports.py" line="86" />
        <source>Sent, overdue, chases and escalations count queries opened in the period; answered and response times count queries answered in it. Response time runs from the query being sent to its answer being accepted, in calendar hours. Cancelled queries are not overdue.</source>
        <translation>發出、逾期、催辦與升級按期間內發出的諮詢計算；已答覆與答覆時間按期間內答覆的諮詢計算。答覆時間從諮詢發出起算，到答覆被接受為止，以日曆小時計。已取消的諮詢不算逾期。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="114" />
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="114" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="114" />
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="115" />
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="119" />
        <source>Previous period</source>
        <translation>上一期間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="122" />
        <source>Next period</source>
        <translation>下一期間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="128" />
        <source>Working hours</source>
        <translation>工作小時</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="129" />
        <source>Also measure response times in working hours of the business calendar</source>
        <translation>另按營業日曆的工作小時計算答覆時間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="131" />
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="132" />
        <source>Export XLSX…</source>
        <translation>匯出 XLSX…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="133" />
        <source>Export PDF…</source>
        <translation>匯出 PDF…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="136" />
        <source>Report:</source>
        <translation>報表：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="139" />
        <source>Period:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="251" />
        <source>The period ends before it starts</source>
        <translation>期間的結束日早於開始日</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="278" />
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="289" />
        <source>The report failed: %1</source>
        <translation>報表計算失敗：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="297" />
        <source>now (%1)</source>
        <translation>當前（%1）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="302" />
        <source>Updated %1</source>
        <translation>更新於 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="349" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="349" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="350" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="352" />
        <source>Export report</source>
        <translation>匯出報表</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="369" />
        <source>Exporting…</source>
        <translation>匯出中…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="370" />
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="375" />
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/pages/reports.py" line="379" />
        <source>Export failed: %1</source>
        <translation>匯出失敗：%1</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="91" />
        <source>Comment (required to send back)</source>
        <translation>意見（退回時必填）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="92" />
        <source>Approve for the department</source>
        <translation>代表本部門核准</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="93" />
        <source>Send back with comment</source>
        <translation>附意見退回</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="171" />
        <source>The server refused the change: %1</source>
        <translation>伺服器拒絕了此變更：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="189" />
        <source>Approved for the department.</source>
        <translation>已代表本部門核准。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_review.py" line="198" />
        <source>Sent back to the information manager with your comment.</source>
        <translation>已附意見退回信息管理員。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="82" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="90" />
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="91" />
        <source>Business hours</source>
        <translation>營業時間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="92" />
        <source>FAQ use</source>
        <translation>常見問題使用量</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="115" />
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="119" />
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="122" />
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="126" />
        <source>empty: the database file on this computer</source>
        <translation>留空：使用本機的資料庫檔案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="130" />
        <source>unchanged</source>
        <translation>不變更</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="132" />
        <source>Team database URL:</source>
        <translation>團隊資料庫網址：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="133" />
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="135" />
        <source>In use: %1</source>
        <translation>使用中：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="140" />
        <source>Mail</source>
        <translation>郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="142" />
        <source>Mail accounts…</source>
        <translation>郵件帳戶…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="148" />
        <source>Mail setup is not part of this version yet.</source>
        <translation>此版本尚未提供郵件設定。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="162" />
        <source>Mon</source>
        <translation>週一</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="162" />
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="162" />
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="162" />
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="163" />
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="163" />
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="163" />
        <source>Sun</source>
        <translation>週日</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="169" />
        <source>Working days:</source>
        <translation>工作日：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="181" />
        <source>Opening hours:</source>
        <translation>辦公時間：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="189" />
        <source>Holidays:</source>
        <translation>假日：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="190" />
        <source>Working weekend days (調休):</source>
        <translation>補班日（調休）：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="198" />
        <source>this computer's time zone, e.g. Asia/Taipei</source>
        <translation>本機時區，例如 Asia/Taipei</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="199" />
        <source>Time zone:</source>
        <translation>時區：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="203" />
        <source> working hours</source>
        <translation> 個工作小時</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="204" />
        <source>Default SLA:</source>
        <translation>預設回覆時限：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="212" />
        <source>FAQ entries are sorted into very high, high, low and very low use by their use count, to re-categorise, merge and re-order the base.</source>
        <translation>常見問題依使用次數分為極高、高、低、極低使用量，以便重新分類、合併及調整排序。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="218" />
        <source>Quartiles of the use counts</source>
        <translation>依使用次數四分位</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="219" />
        <source>Fixed limits</source>
        <translation>固定門檻</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="220" />
        <source>Tiers:</source>
        <translation>分級：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="222" />
        <source>Very high use from:</source>
        <translation>極高使用量起點：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="223" />
        <source>High use from:</source>
        <translation>高使用量起點：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="224" />
        <source>Low use from:</source>
        <translation>低使用量起點：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="228" />
        <source> uses</source>
        <translation> 次</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="329" />
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="392" />
        <source>Nothing was saved: please correct the field marked in red.</source>
        <translation>未儲存任何變更：請修正以紅字標示的欄位。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="355" />
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="379" />
        <source>Settings saved.</source>
        <translation>設定已儲存。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/settings.py" line="394" />
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
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="60" />
        <source>routing keywords: %1</source>
        <translation>分派關鍵詞：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="61" />
        <source>duties mention: %1</source>
        <translation>職責提及：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="62" />
        <source>owns FAQ entry %1</source>
        <translation>負責常見問題 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="63" />
        <source>has the similar question %1</source>
        <translation>處理過相似問題 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="69" />
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="69" />
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="70" />
        <source>Higher</source>
        <translation>較高</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="70" />
        <source>Top</source>
        <translation>最高</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="106" />
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="322" />
        <source>Probable duplicate</source>
        <translation>可能重複</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="109" />
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="323" />
        <source>Merge into it</source>
        <translation>合併到該問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="111" />
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="112" />
        <source>Not a duplicate</source>
        <translation>不是重複</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="123" />
        <source>FAQ suggestions</source>
        <translation>常見問題建議</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="127" />
        <source>Answer from FAQ</source>
        <translation>以常見問題回覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="129" />
        <source>Ctrl+Shift+A, or Enter in the list</source>
        <translation>Ctrl+Shift+A，或在列表中按 Enter</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="130" />
        <source>Add the wording to the entry's similar questions</source>
        <translation>將此問法加入條目的相似問法</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="132" />
        <source>The customer's words, details removed, help the next differently-worded question find this entry</source>
        <translation>客戶的原話（已去除客戶資料）能幫助下一個措辭不同的問題找到此條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="143" />
        <source>Route to department</source>
        <translation>分派給部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="169" />
        <source>Reject…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="171" />
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="172" />
        <source>Create FAQ entry…</source>
        <translation>建立常見問題條目…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="175" />
        <source>Turn this answered question into a draft FAQ entry</source>
        <translation>將此已回覆的問題轉為常見問題草稿</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="177" />
        <source>Update FAQ entry…</source>
        <translation>更新常見問題條目…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="180" />
        <source>The answer changes the FAQ entry selected in the suggestions: edit it as a new revision (it goes back to review)</source>
        <translation>此答覆改變了建議中所選的常見問題條目：以新版本修改（重新送審）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="183" />
        <source>Send to agents</source>
        <translation>回覆座席</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="185" />
        <source>Mail the answer to every agent who forwarded the question (and note it in the record), then close it</source>
        <translation>將答覆郵寄給轉交此問題的每位座席（並記錄在案），然後結案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="188" />
        <source>Answer it myself…</source>
        <translation>由我回答…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="190" />
        <source>Record your own answer (resolved in the center)</source>
        <translation>記錄您自己的答覆（中心內解決）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="198" />
        <source>Priority:</source>
        <translation>優先級：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="263" />
        <source>Select a question to triage it.</source>
        <translation>選擇一個問題進行分揀。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="266" />
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="291" />
        <source>%n question(s) selected: actions apply to all; suggestions are for %1.</source>
        <translation>
            <numerusform>已選 %n 個問題：操作適用於全部；建議依據 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="308" />
        <source>Only new questions are triaged; this one is %1.</source>
        <translation>只有新問題需要分揀；此問題為「%1」。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="318" />
        <source>Merge the selection</source>
        <translation>合併所選問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="319" />
        <source>Merge into the oldest selected</source>
        <translation>合併到所選中最早的問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="322" />
        <source>Similar open questions</source>
        <translation>相似的未結問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="380" />
        <source>Suggested: %1</source>
        <translation>建議依據：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="383" />
        <source>No evidence for this department; chosen by hand.</source>
        <translation>無此部門的依據；為手動選擇。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="386" />
        <source>Due %1 (%2 working hours)</source>
        <translation>到期 %1（%2 個工作小時）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="389" />
        <source>urgent: half the SLA</source>
        <translation>緊急：時限減半</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="405" />
        <source>Not done for %n question(s):</source>
        <translation>
            <numerusform>%n 個問題未完成：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="428" />
        <source>Answered from FAQ entry #%1.</source>
        <translation>已以常見問題 #%1 回覆。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="466" />
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="476" />
        <source>Merged.</source>
        <translation>已合併。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="480" />
        <source>Marked as not a duplicate.</source>
        <translation>已標記為不重複。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="511" />
        <source>Priority set.</source>
        <translation>已設定優先級。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="524" />
        <source>Answer sent: by mail to %1; noted for %2.</source>
        <translation>已回覆：郵寄給 %1；記錄給 %2。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="542" />
        <source>Your answer is recorded; send it to the agents next.</source>
        <translation>您的答覆已記錄；接下來請回覆座席。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="548" />
        <source>Answer it myself</source>
        <translation>由我回答</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="549" />
        <source>The answer for the agent(s):</source>
        <translation>給座席的答覆：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="561" />
        <source>Select the entry to update among the FAQ suggestions.</source>
        <translation>請在常見問題建議中選擇要更新的條目。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="565" />
        <source>updated from %1</source>
        <translation>依 %1 更新</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="570" />
        <source>FAQ entry #%1 is now revision %2, waiting for review.</source>
        <translation>常見問題 #%1 現為第 %2 版，等待審核。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="587" />
        <source>Draft FAQ entry #%1 created.</source>
        <translation>已建立常見問題草稿 #%1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="151" />
        <source>Route and ask…</source>
        <translation>分派並諮詢…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="154" />
        <source>Ctrl+Shift+R: opens the query mail to this department; the question is routed when the mail is queued. Several selected: the standard query mail is queued for each.</source>
        <translation>Ctrl+Shift+R：開啟寄給此部門的諮詢郵件；郵件放入寄件匣時問題即分派。選取多個時，為每個問題放入標準諮詢郵件。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="192" />
        <source>Reopen</source>
        <translation>重新開啟</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="194" />
        <source>Take this closed or rejected question up again: it goes back to New for triage</source>
        <translation>重新受理已結案或已退回的問題：回到「新問題」等待分流</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="443" />
        <source>No sender address: set it in File → Mail settings. The department must be told before a question is routed to it.</source>
        <translation>沒有寄件地址：請在「檔案 → 郵件設定」中設定。問題分派給部門前必須先通知該部門。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="451" />
        <source>Routed to %1; the query mail is queued.</source>
        <translation>已分派給%1，諮詢郵件已放入寄件匣。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="495" />
        <source>Rejected; the reason went to %1.</source>
        <translation>已退回，原因已通知 %1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="496" />
        <source>no agent</source>
        <translation>沒有座席代表</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="507" />
        <source>Reopened: the question is New again, waiting for triage.</source>
        <translation>已重新開啟：問題回到「新問題」，等待分流。</translation>
    </message>
</context>
<context>
    <name>UpkeepTab</name>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="32" />
        <source>Last %1 days</source>
        <translation>最近 %1 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="37" />
        <source>Our scorecard:</source>
        <translation>本部門績效：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="41" />
        <source>Today's upkeep of our FAQ entries</source>
        <translation>本部門常見問題今日維護提醒</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="60" />
        <source>Expiring within 14 days</source>
        <translation>14 天內到期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="61" />
        <source>Very low use by agents (last 90 days)</source>
        <translation>座席極少使用（近 90 天）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="62" />
        <source>Open flags</source>
        <translation>未處理的旗標</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="63" />
        <source>Nothing today.</source>
        <translation>今日沒有需要處理的項目。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="79" />
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="79" />
        <source>Answered</source>
        <translation>已答覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="80" />
        <source>Median response (working h)</source>
        <translation>回覆中位數（工時）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="81" />
        <source>90th percentile (working h)</source>
        <translation>第 90 百分位（工時）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="82" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="82" />
        <source>Chases</source>
        <translation>催辦</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="83" />
        <source>Escalations</source>
        <translation>升級</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="84" />
        <source>Clarifications</source>
        <translation>補充詢問</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="89" />
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
    <message>
        <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="377" />
        <source>Moved %1 entries.</source>
        <translation>已移動 %1 個條目。</translation>
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
        <location filename="../../liaison_app/ui/menus.py" line="200" />
        <source>Copy &amp;diagnostics</source>
        <translation>複製診斷資訊(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="206" />
        <source>Open &amp;log folder</source>
        <translation>開啟記錄檔資料夾(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="103" />
        <source>&amp;Back up database…</source>
        <translation>備份資料庫(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="216" />
        <source>&amp;Setup assistant…</source>
        <translation>設定精靈(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/menus.py" line="94" />
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
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="42" />
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="42" />
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="43" />
        <source>None (plain, unencrypted)</source>
        <translation>無（明文，不加密）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="51" />
        <source>(stored; type to replace)</source>
        <translation>（已儲存；輸入以更換）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="52" />
        <source>Test connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="56" />
        <source>Server:</source>
        <translation>伺服器：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="57" />
        <source>Port:</source>
        <translation>連接埠：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="58" />
        <source>Security:</source>
        <translation>加密方式：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="59" />
        <source>User name:</source>
        <translation>使用者名稱：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="60" />
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
</context>
</TS>