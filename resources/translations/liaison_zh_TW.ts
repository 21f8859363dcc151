<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
  <context>
    <name>App</name>
    <message>
      <location filename="../../liaison_app/ui/launch.py" line="125" />
      <source>The database could not be opened.</source>
      <translation>無法開啟資料庫。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/launch.py" line="141" />
      <source>The team database chosen in Settings could not be opened:

%1

Open the database on this computer instead? (You can choose the team database again in File › Settings.)</source>
      <translation>無法開啟在設定中選擇的團隊資料庫：

%1

要改為開啟本機的資料庫嗎？（之後可在「檔案 › 設定」中重新選擇團隊資料庫。）</translation>
    </message>
  </context>
  <context>
    <name>Backup</name>
    <message>
      <location filename="../../liaison_app/ui/backup_actions.py" line="39" />
      <source>Backing up the database…</source>
      <translation>正在備份資料庫…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/backup_actions.py" line="43" />
      <source>Backup written to %1</source>
      <translation>備份已寫入 %1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/backup_actions.py" line="49" />
      <location filename="../../liaison_app/ui/backup_actions.py" line="69" />
      <source>Back up database</source>
      <translation>備份資料庫</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/backup_actions.py" line="50" />
      <source>The backup could not be made.</source>
      <translation>無法完成備份。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/backup_actions.py" line="73" />
      <source>SQLite database (*.db)</source>
      <translation>SQLite 資料庫 (*.db)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/backup_actions.py" line="74" />
      <source>PostgreSQL dump (*.dump)</source>
      <translation>PostgreSQL 備份檔 (*.dump)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/backup_actions.py" line="76" />
      <source>All files (*)</source>
      <translation>所有檔案 (*)</translation>
    </message>
  </context>
  <context>
    <name>BulletinModel</name>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="94" />
      <source>Title</source>
      <translation>標題</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="94" />
      <source>Valid from</source>
      <translation>生效日</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="94" />
      <source>Valid until</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="94" />
      <location filename="../../liaison_app/ui/browse_models.py" line="114" />
      <source>Pinned</source>
      <translation>置頂</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="95" />
      <source>Author</source>
      <translation>發布人</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="124" />
      <source>Expired: no longer shown to agents</source>
      <translation>已過期：座席代表不再看到</translation>
    </message>
  </context>
  <context>
    <name>BulletinsPage</name>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="190" />
      <source>Notices to agents (通告欄); expired ones are greyed.</source>
      <translation>給座席代表的通告（通告欄）；已過期的以灰色顯示。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="200" />
      <source>Related FAQ entry</source>
      <translation>相關常見問題</translation>
    </message>
  </context>
  <context>
    <name>DepartmentModel</name>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="138" />
      <source>Department</source>
      <translation>業務部門</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="138" />
      <source>SLA (hours)</source>
      <translation>回覆時限（小時）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="138" />
      <source>Contacts</source>
      <translation>聯絡人</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="138" />
      <source>Head</source>
      <translation>部門負責人</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="139" />
      <source>Open queries</source>
      <translation>未結諮詢</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="139" />
      <source>Routing keywords</source>
      <translation>分派關鍵字</translation>
    </message>
  </context>
  <context>
    <name>DepartmentsPage</name>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="209" />
      <source>Business departments, their written duties and contacts.</source>
      <translation>業務部門及其書面職責與聯絡人。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="221" />
      <source>Duties</source>
      <translation>職責</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="221" />
      <source>SLA</source>
      <translation>回覆時限</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="221" />
      <source>hours</source>
      <translation>小時</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="222" />
      <source>Contact</source>
      <translation>聯絡人</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="222" />
      <source>Title</source>
      <translation>職稱</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="222" />
      <source>Email</source>
      <translation>電子郵件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="223" />
      <source>Phone</source>
      <translation>電話</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="223" />
      <source>head of department, for escalation</source>
      <translation>部門負責人，用於升級</translation>
    </message>
  </context>
  <context>
    <name>ErrorReporter</name>
    <message>
      <location filename="../../liaison_app/ui/error_dialog.py" line="97" />
      <location filename="../../liaison_app/ui/error_dialog.py" line="120" />
      <source>Liaison — unexpected error</source>
      <translation>Liaison — 意外錯誤</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/error_dialog.py" line="98" />
      <source>Something went wrong: %1</source>
      <translation>發生錯誤：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/error_dialog.py" line="102" />
      <source>Liaison keeps running; what you saved before is safe. The details were written to the log file:
%1

If it happens again, send that file and Help › Copy diagnostics to your desktop team.</source>
      <translation>Liaison 仍在執行，先前已儲存的資料不受影響。詳細資訊已寫入記錄檔：
%1

如再次發生，請將該檔案及「說明 › 複製診斷資訊」的內容交給桌面支援團隊。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/error_dialog.py" line="107" />
      <source>Open log folder</source>
      <translation>開啟記錄檔資料夾</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/error_dialog.py" line="121" />
      <source>Liaison could not start: %1

The details were written to the log file:
%2</source>
      <translation>Liaison 無法啟動：%1

詳細資訊已寫入記錄檔：
%2</translation>
    </message>
  </context>
  <context>
    <name>FaqModel</name>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="34" />
      <source>No.</source>
      <translation>編號</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="34" />
      <source>Question</source>
      <translation>問題</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="34" />
      <source>Category</source>
      <translation>分類</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="34" />
      <source>Owner</source>
      <translation>負責部門</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="35" />
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="35" />
      <source>Hits</source>
      <translation>使用次數</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="35" />
      <source>Valid until</source>
      <translation>有效期至</translation>
    </message>
  </context>
  <context>
    <name>FaqPage</name>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="93" />
      <source>Search the FAQ: type a few characters, in either script (Ctrl+F)</source>
      <translation>搜尋常見問題：輸入幾個字，繁體或簡體皆可（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="95" />
      <source>Copy answer</source>
      <translation>複製答案</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="97" />
      <source>Copy the answer and key points for the agent, and count it as a use (Ctrl+Shift+C)</source>
      <translation>複製答案與操作要點給座席代表，並計為一次使用（Ctrl+Shift+C）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="100" />
      <source>Used</source>
      <translation>已使用</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="102" />
      <source>Count one use of this entry (Ctrl+Shift+U)</source>
      <translation>將此條目計為一次使用（Ctrl+Shift+U）</translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/browse_pages.py" line="125" />
      <source>%n entries</source>
      <translation>
        <numerusform>%n 條</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="169" />
      <source>Valid</source>
      <translation>有效期</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="169" />
      <source>Key points</source>
      <translation>操作要點</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="170" />
      <source>Keywords</source>
      <translation>關鍵字</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="170" />
      <source>Revision</source>
      <translation>版本</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="170" />
      <source>Hits</source>
      <translation>使用次數</translation>
    </message>
  </context>
  <context>
    <name>InboxModel</name>
    <message>
      <location filename="../../liaison_app/ui/inbox_model.py" line="49" />
      <source>Ref</source>
      <translation>編號</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_model.py" line="49" />
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_model.py" line="49" />
      <source>Question</source>
      <translation>問題</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_model.py" line="49" />
      <source>Agents</source>
      <translation>座席代表</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_model.py" line="49" />
      <source>Department</source>
      <translation>業務部門</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_model.py" line="50" />
      <source>Product</source>
      <translation>產品</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_model.py" line="50" />
      <source>Forwarded</source>
      <translation>轉交時間</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_model.py" line="50" />
      <source>Due</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_model.py" line="87" />
      <source>[Urgent] </source>
      <translation>［急］</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_model.py" line="92" />
      <source>%1 +%2</source>
      <translation>%1 等 %2 人</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_model.py" line="126" />
      <source>Overdue</source>
      <translation>已逾期</translation>
    </message>
  </context>
  <context>
    <name>InboxPage</name>
    <message>
      <location filename="../../liaison_app/ui/inbox_page.py" line="51" />
      <source>Open questions</source>
      <translation>未結問題</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_page.py" line="52" />
      <source>All questions</source>
      <translation>全部問題</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_page.py" line="57" />
      <source>Filter by text or LQ number (Ctrl+F)</source>
      <translation>以文字或 LQ 編號篩選（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_page.py" line="63" />
      <source>Show:</source>
      <translation>顯示：</translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/inbox_page.py" line="142" />
      <source>%n question(s)</source>
      <translation>
        <numerusform>%n 個問題</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="71" />
      <source>Draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="72" />
      <source>In review</source>
      <translation>審核中</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="73" />
      <source>Published</source>
      <translation>已發布</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="74" />
      <source>Retired</source>
      <translation>已停用</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="18" />
      <source>New</source>
      <translation>新問題</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="19" />
      <location filename="../../liaison_app/ui/labels.py" line="33" />
      <source>Answered from FAQ</source>
      <translation>已以常見問題解答</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="20" />
      <source>Awaiting department</source>
      <translation>待部門回覆</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="21" />
      <location filename="../../liaison_app/ui/labels.py" line="38" />
      <source>Answer received</source>
      <translation>已收到答覆</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="22" />
      <source>Answered</source>
      <translation>已回饋</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="23" />
      <location filename="../../liaison_app/ui/labels.py" line="41" />
      <source>Closed</source>
      <translation>已結案</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="24" />
      <source>Duplicate</source>
      <translation>重複</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="25" />
      <location filename="../../liaison_app/ui/labels.py" line="36" />
      <source>Rejected</source>
      <translation>已退回</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="32" />
      <source>Forwarded</source>
      <translation>已轉交</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="34" />
      <source>Routed to department</source>
      <translation>已轉交業務部門</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="35" />
      <source>Merged as duplicate</source>
      <translation>已合併為重複問題</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="37" />
      <source>Followed up</source>
      <translation>已跟催</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="39" />
      <source>Answered in center</source>
      <translation>中心內解答</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="40" />
      <source>Fed back to agents</source>
      <translation>已回饋座席代表</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="42" />
      <source>Reopened</source>
      <translation>已重新開啟</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="48" />
      <source>FAQ</source>
      <translation>常見問題</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="48" />
      <source>Department</source>
      <translation>業務部門</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="48" />
      <source>In center</source>
      <translation>中心內</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="54" />
      <source>Email received</source>
      <translation>收到郵件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="54" />
      <source>Email sent</source>
      <translation>寄出郵件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="56" />
      <source>Phone call</source>
      <translation>電話</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="57" />
      <source>Note</source>
      <translation>備註</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="62" />
      <source>draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="62" />
      <source>queued</source>
      <translation>待寄出</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="62" />
      <source>sending</source>
      <translation>寄送中</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="63" />
      <source>sent</source>
      <translation>已寄出</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="63" />
      <source>failed</source>
      <translation>寄送失敗</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="63" />
      <source>received</source>
      <translation>已收到</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="64" />
      <source>quarantined</source>
      <translation>已隔離</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="64" />
      <source>logged</source>
      <translation>已記錄</translation>
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
    <name>MainWindow</name>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="37" />
      <source>Liaison — hard questions desk</source>
      <translation>Liaison — 疑難問題工作台</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="114" />
      <source>Department queries</source>
      <translation>部門諮詢</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="115" />
      <source>Open queries to business departments, with their age and due state, will be listed here: email threads and logged calls, chase and escalate. This area is being built; the questions awaiting a department are in the Inbox meanwhile (Show: Awaiting department).</source>
      <translation>這裡將列出向業務部門提出的未結諮詢，含已等候時間與期限狀態：郵件往來與電話記錄，可跟催與升級。此區仍在建置中；待部門回覆的問題目前可在收件匣查看（顯示：待部門回覆）。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="95" />
      <location filename="../../liaison_app/ui/main_window.py" line="121" />
      <source>Reports</source>
      <translation>報表</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="122" />
      <source>In-center resolution rate, department scorecard, volume trends and FAQ use, with charts and exports, will be shown here. This area is being built.</source>
      <translation>這裡將顯示中心內解決率、部門評分表、問題量趨勢與常見問題使用情況，並附圖表與匯出。此區仍在建置中。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="72" />
      <source>Database: %1</source>
      <translation>資料庫：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="90" />
      <source>Inbox</source>
      <translation>收件匣</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="91" />
      <source>Queries</source>
      <translation>部門諮詢</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="92" />
      <source>FAQ</source>
      <translation>常見問題</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="93" />
      <source>Bulletins</source>
      <translation>通告欄</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="94" />
      <source>Departments</source>
      <translation>業務部門</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="153" />
      <source>&amp;File</source>
      <translation>檔案(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="154" />
      <source>&amp;Refresh</source>
      <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="160" />
      <source>&amp;Quit</source>
      <translation>結束(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="166" />
      <source>&amp;View</source>
      <translation>檢視(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="173" />
      <source>&amp;Language</source>
      <translation>語言(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="175" />
      <source>System language</source>
      <translation>系統語言</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="185" />
      <source>&amp;Help</source>
      <translation>說明(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="187" />
      <source>&amp;About Liaison</source>
      <translation>關於 Liaison(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="197" />
      <source>About Liaison</source>
      <translation>關於 Liaison</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="198" />
      <source>Liaison %1
The information manager's desk of a bank call center.</source>
      <translation>Liaison %1
銀行客服中心信息管理員的工作台。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="221" />
      <source>%1 questions · %2 open · %3 unread · %4 overdue · %5 FAQ published</source>
      <translation>%1 個問題 · %2 未結 · %3 未讀 · %4 逾期 · %5 條常見問題已發布</translation>
    </message>
  </context>
  <context>
    <name>QuestionDetail</name>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="42" />
      <source>Urgent</source>
      <translation>緊急</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="43" />
      <source>Customer context</source>
      <translation>客戶情況</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="44" />
      <source>Answer</source>
      <translation>答覆</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="45" />
      <source>Reason for rejection</source>
      <translation>退回原因</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="46" />
      <source>History</source>
      <translation>處理記錄</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="47" />
      <source>Correspondence</source>
      <translation>往來記錄</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="55" />
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="56" />
      <source>Department</source>
      <translation>業務部門</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="57" />
      <source>Product</source>
      <translation>產品</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="58" />
      <source>Forwarded</source>
      <translation>轉交時間</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="61" />
      <source>Due</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="63" />
      <source>Resolution</source>
      <translation>解決方式</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="65" />
      <source>Duplicate of</source>
      <translation>重複於</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="68" />
      <source>via %1</source>
      <translation>經由 %1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="72" />
      <source>Agents</source>
      <translation>座席代表</translation>
    </message>
  </context>
  <context>
    <name>QuestionDetailView</name>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="127" />
      <source>Select a question to see its history.</source>
      <translation>選擇一個問題以查看其處理記錄。</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="67" />
      <source>Settings</source>
      <translation>設定</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="75" />
      <source>General</source>
      <translation>一般</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="76" />
      <source>Business hours</source>
      <translation>營業時間</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="77" />
      <source>FAQ use</source>
      <translation>常見問題使用量</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="100" />
      <source>System language</source>
      <translation>系統語言</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="104" />
      <source>Language:</source>
      <translation>語言：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="107" />
      <source>Database</source>
      <translation>資料庫</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="111" />
      <source>empty: the database file on this computer</source>
      <translation>留空：使用本機的資料庫檔案</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="115" />
      <source>unchanged</source>
      <translation>不變更</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="117" />
      <source>Team database URL:</source>
      <translation>團隊資料庫網址：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="118" />
      <source>Password:</source>
      <translation>密碼：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="120" />
      <source>In use: %1</source>
      <translation>使用中：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="125" />
      <source>Mail</source>
      <translation>郵件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="127" />
      <source>Mail accounts…</source>
      <translation>郵件帳戶…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="133" />
      <source>Mail setup is not part of this version yet.</source>
      <translation>此版本尚未提供郵件設定。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="147" />
      <source>Mon</source>
      <translation>週一</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="147" />
      <source>Tue</source>
      <translation>週二</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="147" />
      <source>Wed</source>
      <translation>週三</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="147" />
      <source>Thu</source>
      <translation>週四</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="148" />
      <source>Fri</source>
      <translation>週五</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="148" />
      <source>Sat</source>
      <translation>週六</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="148" />
      <source>Sun</source>
      <translation>週日</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="154" />
      <source>Working days:</source>
      <translation>工作日：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="166" />
      <source>Opening hours:</source>
      <translation>辦公時間：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="174" />
      <source>Holidays:</source>
      <translation>假日：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="175" />
      <source>Working weekend days (調休):</source>
      <translation>補班日（調休）：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="183" />
      <source>this computer's time zone, e.g. Asia/Taipei</source>
      <translation>本機時區，例如 Asia/Taipei</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="184" />
      <source>Time zone:</source>
      <translation>時區：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="188" />
      <source> working hours</source>
      <translation> 個工作小時</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="189" />
      <source>Default SLA:</source>
      <translation>預設回覆時限：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="197" />
      <source>FAQ entries are sorted into very high, high, low and very low use by their use count, to re-categorise, merge and re-order the base.</source>
      <translation>常見問題依使用次數分為極高、高、低、極低使用量，以便重新分類、合併及調整排序。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="203" />
      <source>Quartiles of the use counts</source>
      <translation>依使用次數四分位</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="204" />
      <source>Fixed limits</source>
      <translation>固定門檻</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="205" />
      <source>Tiers:</source>
      <translation>分級：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="207" />
      <source>Very high use from:</source>
      <translation>極高使用量起點：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="208" />
      <source>High use from:</source>
      <translation>高使用量起點：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="209" />
      <source>Low use from:</source>
      <translation>低使用量起點：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="213" />
      <source> uses</source>
      <translation> 次</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="314" />
      <location filename="../../liaison_app/ui/settings_dialog.py" line="375" />
      <source>Nothing was saved: please correct the field marked in red.</source>
      <translation>未儲存任何變更：請修正以紅字標示的欄位。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="341" />
      <source>Connecting…</source>
      <translation>正在連線…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="362" />
      <source>Settings saved.</source>
      <translation>設定已儲存。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="377" />
      <source>The settings could not be saved: %1</source>
      <translation>無法儲存設定：%1</translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="56" />
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="79" />
      <source>Welcome to Liaison</source>
      <translation>歡迎使用 Liaison</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="56" />
      <source>Setup assistant</source>
      <translation>設定精靈</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="80" />
      <source>Liaison keeps every question your agents forward, the queries to business departments and the FAQ base. Where should it start?</source>
      <translation>Liaison 記錄座席代表轉來的每一個疑難問題、向業務部門的諮詢，以及常見問題資料庫。要從哪裡開始？</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="85" />
      <source>Try it with demo data</source>
      <translation>使用示範資料試用</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="86" />
      <source>A realistic center: departments, agents, questions in every state, an FAQ base and bulletins, in a database on this computer.</source>
      <translation>一個擬真的客服中心：部門、座席代表、各種狀態的問題、常見問題資料庫及通告，存放在本機資料庫中。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="91" />
      <source>The current database already holds data.</source>
      <translation>目前的資料庫已有資料。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="93" />
      <source>Start empty</source>
      <translation>從空白開始</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="94" />
      <source>Your own database on this computer, to fill with your departments and FAQ.</source>
      <translation>在本機建立您自己的資料庫，再填入部門與常見問題。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="97" />
      <source>Use the database on this computer</source>
      <translation>使用本機的資料庫</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="100" />
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="150" />
      <source>Connect to a team database</source>
      <translation>連線到團隊資料庫</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="101" />
      <source>A PostgreSQL server shared with your colleagues.</source>
      <translation>與同事共用的 PostgreSQL 伺服器。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="107" />
      <source>All of this can be changed later in File › Settings and Help › Setup assistant.</source>
      <translation>之後都可在「檔案 › 設定」及「說明 › 設定精靈」中變更。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="111" />
      <source>Skip</source>
      <translation>略過</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="124" />
      <source>Writing demo data</source>
      <translation>正在寫入示範資料</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="125" />
      <source>Opening the database…</source>
      <translation>正在開啟資料庫…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="140" />
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="175" />
      <source>Back</source>
      <translation>返回</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="151" />
      <source>Ask your database administrator for the address. The password is kept in this computer's keyring, never in a settings file.</source>
      <translation>請向資料庫管理員索取連線位址。密碼只保存在本機的金鑰圈中，不會寫入設定檔。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="165" />
      <source>Database URL:</source>
      <translation>資料庫網址：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="166" />
      <source>Password:</source>
      <translation>密碼：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="177" />
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="290" />
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="302" />
      <source>Connect</source>
      <translation>連線</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="190" />
      <source>Mail</source>
      <translation>郵件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="195" />
      <source>Liaison sends queries to departments and reads their replies by email. Set up the mail accounts now, or later in File › Settings.</source>
      <translation>Liaison 以電子郵件向部門發出諮詢並讀取回覆。可現在設定郵件帳戶，或稍後在「檔案 › 設定」中設定。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="199" />
      <source>Set up mail…</source>
      <translation>設定郵件…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="206" />
      <source>Mail setup is not part of this version yet; this step is skipped.</source>
      <translation>此版本尚未提供郵件設定，此步驟略過。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="213" />
      <source>Start working</source>
      <translation>開始工作</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="229" />
      <source>Liaison starts with an empty database: %1</source>
      <translation>Liaison 將使用空白資料庫：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="231" />
      <source>Liaison uses the database on this computer: %1</source>
      <translation>Liaison 使用本機的資料庫：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="257" />
      <source>Demo data is ready: %1 questions and %2 FAQ entries.</source>
      <translation>示範資料已就緒：%1 個問題及 %2 則常見問題。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="263" />
      <source>The demo data could not be written: %1</source>
      <translation>無法寫入示範資料：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="281" />
      <source>Connecting…</source>
      <translation>正在連線…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="294" />
      <source>Connected to %1.</source>
      <translation>已連線到 %1。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="296" />
      <source>This computer has no keyring: the password is kept only until Liaison closes.</source>
      <translation>此電腦沒有金鑰圈：密碼只保留到 Liaison 關閉為止。</translation>
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message>
      <location filename="../../liaison_app/ui/window_actions.py" line="33" />
      <source>Diagnostics copied to the clipboard</source>
      <translation>診斷資訊已複製到剪貼簿</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/window_actions.py" line="52" />
      <source>Copy &amp;diagnostics</source>
      <translation>複製診斷資訊(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/window_actions.py" line="54" />
      <source>Open &amp;log folder</source>
      <translation>開啟記錄檔資料夾(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/window_actions.py" line="63" />
      <source>&amp;Back up database…</source>
      <translation>備份資料庫(&amp;B)…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/window_actions.py" line="70" />
      <source>&amp;Setup assistant…</source>
      <translation>設定精靈(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/window_actions.py" line="74" />
      <source>&amp;Settings…</source>
      <translation>設定(&amp;T)…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/window_actions.py" line="86" />
      <source>Opening the database…</source>
      <translation>正在開啟資料庫…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/window_actions.py" line="90" />
      <source>Database</source>
      <translation>資料庫</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/window_actions.py" line="91" />
      <source>The database could not be opened.</source>
      <translation>無法開啟資料庫。</translation>
    </message>
  </context>
</TS>