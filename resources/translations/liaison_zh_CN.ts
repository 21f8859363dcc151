<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>App</name>
    <message>
      <location filename="../../liaison_app/ui/launch.py" line="125" />
      <source>The database could not be opened.</source>
      <translation>无法打开数据库。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/launch.py" line="141" />
      <source>The team database chosen in Settings could not be opened:

%1

Open the database on this computer instead? (You can choose the team database again in File › Settings.)</source>
      <translation>无法打开在设置中选择的团队数据库：

%1

要改为打开本机的数据库吗？（之后可在「文件 › 设置」中重新选择团队数据库。）</translation>
    </message>
  </context>
  <context>
    <name>Backup</name>
    <message>
      <location filename="../../liaison_app/ui/backup_actions.py" line="39" />
      <source>Backing up the database…</source>
      <translation>正在备份数据库…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/backup_actions.py" line="43" />
      <source>Backup written to %1</source>
      <translation>备份已写入 %1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/backup_actions.py" line="49" />
      <location filename="../../liaison_app/ui/backup_actions.py" line="69" />
      <source>Back up database</source>
      <translation>备份数据库</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/backup_actions.py" line="50" />
      <source>The backup could not be made.</source>
      <translation>无法完成备份。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/backup_actions.py" line="73" />
      <source>SQLite database (*.db)</source>
      <translation>SQLite 数据库 (*.db)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/backup_actions.py" line="74" />
      <source>PostgreSQL dump (*.dump)</source>
      <translation>PostgreSQL 备份档 (*.dump)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/backup_actions.py" line="76" />
      <source>All files (*)</source>
      <translation>所有文件 (*)</translation>
    </message>
  </context>
  <context>
    <name>BulletinModel</name>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="94" />
      <source>Title</source>
      <translation>标题</translation>
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
      <translation>置顶</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="95" />
      <source>Author</source>
      <translation>发布人</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="124" />
      <source>Expired: no longer shown to agents</source>
      <translation>已过期：座席代表不再看到</translation>
    </message>
  </context>
  <context>
    <name>BulletinsPage</name>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="190" />
      <source>Notices to agents (通告欄); expired ones are greyed.</source>
      <translation>给座席代表的通告（通告栏）；已过期的以灰色显示。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="200" />
      <source>Related FAQ entry</source>
      <translation>相关常见问题</translation>
    </message>
  </context>
  <context>
    <name>DepartmentModel</name>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="138" />
      <source>Department</source>
      <translation>业务部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="138" />
      <source>SLA (hours)</source>
      <translation>回复时限（小时）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="138" />
      <source>Contacts</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="138" />
      <source>Head</source>
      <translation>部门负责人</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="139" />
      <source>Open queries</source>
      <translation>未结咨询</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="139" />
      <source>Routing keywords</source>
      <translation>分派关键字</translation>
    </message>
  </context>
  <context>
    <name>DepartmentsPage</name>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="209" />
      <source>Business departments, their written duties and contacts.</source>
      <translation>业务部门及其书面职责与联系人。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="221" />
      <source>Duties</source>
      <translation>职责</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="221" />
      <source>SLA</source>
      <translation>回复时限</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="221" />
      <source>hours</source>
      <translation>小时</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="222" />
      <source>Contact</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="222" />
      <source>Title</source>
      <translation>职称</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="222" />
      <source>Email</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="223" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="223" />
      <source>head of department, for escalation</source>
      <translation>部门负责人，用于升级</translation>
    </message>
  </context>
  <context>
    <name>ErrorReporter</name>
    <message>
      <location filename="../../liaison_app/ui/error_dialog.py" line="97" />
      <location filename="../../liaison_app/ui/error_dialog.py" line="120" />
      <source>Liaison — unexpected error</source>
      <translation>Liaison — 意外错误</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/error_dialog.py" line="98" />
      <source>Something went wrong: %1</source>
      <translation>发生错误：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/error_dialog.py" line="102" />
      <source>Liaison keeps running; what you saved before is safe. The details were written to the log file:
%1

If it happens again, send that file and Help › Copy diagnostics to your desktop team.</source>
      <translation>Liaison 仍在运行，先前已保存的数据不受影响。详细信息已写入记录档：
%1

如再次发生，请将该文件及「说明 › 拷贝诊断信息」的内容交给桌面支持团队。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/error_dialog.py" line="107" />
      <source>Open log folder</source>
      <translation>打开记录档文件夹</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/error_dialog.py" line="121" />
      <source>Liaison could not start: %1

The details were written to the log file:
%2</source>
      <translation>Liaison 无法启动：%1

详细信息已写入记录档：
%2</translation>
    </message>
  </context>
  <context>
    <name>FaqModel</name>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="34" />
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="34" />
      <source>Question</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="34" />
      <source>Category</source>
      <translation>分类</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="34" />
      <source>Owner</source>
      <translation>负责部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="35" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_models.py" line="35" />
      <source>Hits</source>
      <translation>使用次数</translation>
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
      <translation>搜索常见问题：输入几个字，繁体或简体皆可（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="95" />
      <source>Copy answer</source>
      <translation>拷贝答案</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="97" />
      <source>Copy the answer and key points for the agent, and count it as a use (Ctrl+Shift+C)</source>
      <translation>拷贝答案与操作要点给座席代表，并计为一次使用（Ctrl+Shift+C）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="100" />
      <source>Used</source>
      <translation>已使用</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="102" />
      <source>Count one use of this entry (Ctrl+Shift+U)</source>
      <translation>将此条目计为一次使用（Ctrl+Shift+U）</translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/browse_pages.py" line="125" />
      <source>%n entries</source>
      <translation>
        <numerusform>%n 条</numerusform>
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
      <translation>操作要点</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="170" />
      <source>Keywords</source>
      <translation>关键字</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="170" />
      <source>Revision</source>
      <translation>版本</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="170" />
      <source>Hits</source>
      <translation>使用次数</translation>
    </message>
  </context>
  <context>
    <name>InboxModel</name>
    <message>
      <location filename="../../liaison_app/ui/inbox_model.py" line="49" />
      <source>Ref</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_model.py" line="49" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_model.py" line="49" />
      <source>Question</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_model.py" line="49" />
      <source>Agents</source>
      <translation>座席代表</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_model.py" line="49" />
      <source>Department</source>
      <translation>业务部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_model.py" line="50" />
      <source>Product</source>
      <translation>产品</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_model.py" line="50" />
      <source>Forwarded</source>
      <translation>转交时间</translation>
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
      <translation>未结问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_page.py" line="52" />
      <source>All questions</source>
      <translation>全部问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_page.py" line="57" />
      <source>Filter by text or LQ number (Ctrl+F)</source>
      <translation>以文字或 LQ 编号筛选（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_page.py" line="63" />
      <source>Show:</source>
      <translation>显示：</translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/inbox_page.py" line="142" />
      <source>%n question(s)</source>
      <translation>
        <numerusform>%n 个问题</numerusform>
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
      <translation>审核中</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="73" />
      <source>Published</source>
      <translation>已发布</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="74" />
      <source>Retired</source>
      <translation>已禁用</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="18" />
      <source>New</source>
      <translation>新问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="19" />
      <location filename="../../liaison_app/ui/labels.py" line="33" />
      <source>Answered from FAQ</source>
      <translation>已以常见问题解答</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="20" />
      <source>Awaiting department</source>
      <translation>待部门回复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="21" />
      <location filename="../../liaison_app/ui/labels.py" line="38" />
      <source>Answer received</source>
      <translation>已收到答复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="22" />
      <source>Answered</source>
      <translation>已回馈</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="23" />
      <location filename="../../liaison_app/ui/labels.py" line="41" />
      <source>Closed</source>
      <translation>已结案</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="24" />
      <source>Duplicate</source>
      <translation>重复</translation>
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
      <translation>已转交</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="34" />
      <source>Routed to department</source>
      <translation>已转交业务部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="35" />
      <source>Merged as duplicate</source>
      <translation>已合并为重复问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="37" />
      <source>Followed up</source>
      <translation>已跟催</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="39" />
      <source>Answered in center</source>
      <translation>中心内解答</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="40" />
      <source>Fed back to agents</source>
      <translation>已回馈座席代表</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="42" />
      <source>Reopened</source>
      <translation>已重新打开</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="48" />
      <source>FAQ</source>
      <translation>常见问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="48" />
      <source>Department</source>
      <translation>业务部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="48" />
      <source>In center</source>
      <translation>中心内</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="54" />
      <source>Email received</source>
      <translation>收到邮件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="54" />
      <source>Email sent</source>
      <translation>寄出邮件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="56" />
      <source>Phone call</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="57" />
      <source>Note</source>
      <translation>备注</translation>
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
      <translation>寄送失败</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="63" />
      <source>received</source>
      <translation>已收到</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="64" />
      <source>quarantined</source>
      <translation>已隔离</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels.py" line="64" />
      <source>logged</source>
      <translation>已记录</translation>
    </message>
  </context>
  <context>
    <name>Launch</name>
    <message>
      <location filename="../../liaison_app/ui/launch.py" line="71" />
      <source>Hard questions desk</source>
      <translation>疑难问题工作台</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/launch.py" line="75" />
      <source>Opening the database…</source>
      <translation>正在打开数据库…</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="37" />
      <source>Liaison — hard questions desk</source>
      <translation>Liaison — 疑难问题工作台</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="114" />
      <source>Department queries</source>
      <translation>部门咨询</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="115" />
      <source>Open queries to business departments, with their age and due state, will be listed here: email threads and logged calls, chase and escalate. This area is being built; the questions awaiting a department are in the Inbox meanwhile (Show: Awaiting department).</source>
      <translation>这里将列出向业务部门提出的未结咨询，含已等候时间与期限状态：邮件往来与电话记录，可跟催与升级。此区仍在建置中；待部门回复的问题目前可在收件箱查看（显示：待部门回复）。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="95" />
      <location filename="../../liaison_app/ui/main_window.py" line="121" />
      <source>Reports</source>
      <translation>报表</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="122" />
      <source>In-center resolution rate, department scorecard, volume trends and FAQ use, with charts and exports, will be shown here. This area is being built.</source>
      <translation>这里将显示中心内解决率、部门评分表、问题量趋势与常见问题使用情况，并附图表与导出。此区仍在建置中。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="72" />
      <source>Database: %1</source>
      <translation>数据库：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="90" />
      <source>Inbox</source>
      <translation>收件箱</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="91" />
      <source>Queries</source>
      <translation>部门咨询</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="92" />
      <source>FAQ</source>
      <translation>常见问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="93" />
      <source>Bulletins</source>
      <translation>通告栏</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="94" />
      <source>Departments</source>
      <translation>业务部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="153" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="154" />
      <source>&amp;Refresh</source>
      <translation>刷新(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="160" />
      <source>&amp;Quit</source>
      <translation>结束(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="166" />
      <source>&amp;View</source>
      <translation>查看(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="173" />
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="175" />
      <source>System language</source>
      <translation>系统语言</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="185" />
      <source>&amp;Help</source>
      <translation>说明(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="187" />
      <source>&amp;About Liaison</source>
      <translation>关于 Liaison(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="197" />
      <source>About Liaison</source>
      <translation>关于 Liaison</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="198" />
      <source>Liaison %1
The information manager's desk of a bank call center.</source>
      <translation>Liaison %1
银行客服中心信息管理员的工作台。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="221" />
      <source>%1 questions · %2 open · %3 unread · %4 overdue · %5 FAQ published</source>
      <translation>%1 个问题 · %2 未结 · %3 未读 · %4 逾期 · %5 条常见问题已发布</translation>
    </message>
  </context>
  <context>
    <name>QuestionDetail</name>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="42" />
      <source>Urgent</source>
      <translation>紧急</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="43" />
      <source>Customer context</source>
      <translation>客户情况</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="44" />
      <source>Answer</source>
      <translation>答复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="45" />
      <source>Reason for rejection</source>
      <translation>退回原因</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="46" />
      <source>History</source>
      <translation>处理记录</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="47" />
      <source>Correspondence</source>
      <translation>往来记录</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="55" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="56" />
      <source>Department</source>
      <translation>业务部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="57" />
      <source>Product</source>
      <translation>产品</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="58" />
      <source>Forwarded</source>
      <translation>转交时间</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="61" />
      <source>Due</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="63" />
      <source>Resolution</source>
      <translation>解决方式</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="65" />
      <source>Duplicate of</source>
      <translation>重复于</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="68" />
      <source>via %1</source>
      <translation>经由 %1</translation>
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
      <translation>选择一个问题以查看其处理记录。</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="67" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="75" />
      <source>General</source>
      <translation>一般</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="76" />
      <source>Business hours</source>
      <translation>营业时间</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="77" />
      <source>FAQ use</source>
      <translation>常见问题使用量</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="100" />
      <source>System language</source>
      <translation>系统语言</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="104" />
      <source>Language:</source>
      <translation>语言：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="107" />
      <source>Database</source>
      <translation>数据库</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="111" />
      <source>empty: the database file on this computer</source>
      <translation>留空：使用本机的数据库文件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="115" />
      <source>unchanged</source>
      <translation>不变更</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="117" />
      <source>Team database URL:</source>
      <translation>团队数据库网址：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="118" />
      <source>Password:</source>
      <translation>密码：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="120" />
      <source>In use: %1</source>
      <translation>使用中：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="125" />
      <source>Mail</source>
      <translation>邮件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="127" />
      <source>Mail accounts…</source>
      <translation>邮件帐户…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="133" />
      <source>Mail setup is not part of this version yet.</source>
      <translation>此版本尚未提供邮件设置。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="147" />
      <source>Mon</source>
      <translation>周一</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="147" />
      <source>Tue</source>
      <translation>周二</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="147" />
      <source>Wed</source>
      <translation>周三</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="147" />
      <source>Thu</source>
      <translation>周四</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="148" />
      <source>Fri</source>
      <translation>周五</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="148" />
      <source>Sat</source>
      <translation>周六</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="148" />
      <source>Sun</source>
      <translation>周日</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="154" />
      <source>Working days:</source>
      <translation>工作日：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="166" />
      <source>Opening hours:</source>
      <translation>办公时间：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="174" />
      <source>Holidays:</source>
      <translation>假日：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="175" />
      <source>Working weekend days (調休):</source>
      <translation>补班日（调休）：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="183" />
      <source>this computer's time zone, e.g. Asia/Taipei</source>
      <translation>本机时区，例如 Asia/Taipei</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="184" />
      <source>Time zone:</source>
      <translation>时区：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="188" />
      <source> working hours</source>
      <translation> 个工作小时</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="189" />
      <source>Default SLA:</source>
      <translation>预设回复时限：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="197" />
      <source>FAQ entries are sorted into very high, high, low and very low use by their use count, to re-categorise, merge and re-order the base.</source>
      <translation>常见问题依使用次数分为极高、高、低、极低使用量，以便重新分类、合并及调整排序。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="203" />
      <source>Quartiles of the use counts</source>
      <translation>依使用次数四分位</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="204" />
      <source>Fixed limits</source>
      <translation>固定门槛</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="205" />
      <source>Tiers:</source>
      <translation>分级：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="207" />
      <source>Very high use from:</source>
      <translation>极高使用量起点：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="208" />
      <source>High use from:</source>
      <translation>高使用量起点：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="209" />
      <source>Low use from:</source>
      <translation>低使用量起点：</translation>
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
      <translation>未保存任何变更：请修正以红字标示的字段。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="341" />
      <source>Connecting…</source>
      <translation>正在连接…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="362" />
      <source>Settings saved.</source>
      <translation>设置已保存。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/settings_dialog.py" line="377" />
      <source>The settings could not be saved: %1</source>
      <translation>无法保存设置：%1</translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="56" />
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="79" />
      <source>Welcome to Liaison</source>
      <translation>欢迎使用 Liaison</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="56" />
      <source>Setup assistant</source>
      <translation>设置精灵</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="80" />
      <source>Liaison keeps every question your agents forward, the queries to business departments and the FAQ base. Where should it start?</source>
      <translation>Liaison 记录座席代表转来的每一个疑难问题、向业务部门的咨询，以及常见问题数据库。要从哪里开始？</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="85" />
      <source>Try it with demo data</source>
      <translation>使用示范数据试用</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="86" />
      <source>A realistic center: departments, agents, questions in every state, an FAQ base and bulletins, in a database on this computer.</source>
      <translation>一个拟真的客服中心：部门、座席代表、各种状态的问题、常见问题数据库及通告，存放在本机数据库中。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="91" />
      <source>The current database already holds data.</source>
      <translation>目前的数据库已有数据。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="93" />
      <source>Start empty</source>
      <translation>从空白开始</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="94" />
      <source>Your own database on this computer, to fill with your departments and FAQ.</source>
      <translation>在本机创建您自己的数据库，再填入部门与常见问题。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="97" />
      <source>Use the database on this computer</source>
      <translation>使用本机的数据库</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="100" />
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="150" />
      <source>Connect to a team database</source>
      <translation>连接到团队数据库</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="101" />
      <source>A PostgreSQL server shared with your colleagues.</source>
      <translation>与同事共用的 PostgreSQL 服务器。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="107" />
      <source>All of this can be changed later in File › Settings and Help › Setup assistant.</source>
      <translation>之后都可在「文件 › 设置」及「说明 › 设置精灵」中变更。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="111" />
      <source>Skip</source>
      <translation>略过</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="124" />
      <source>Writing demo data</source>
      <translation>正在写入示范数据</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="125" />
      <source>Opening the database…</source>
      <translation>正在打开数据库…</translation>
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
      <translation>请向数据库管理员索取连接地址。密码只保存在本机的密钥圈中，不会写入设置档。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="165" />
      <source>Database URL:</source>
      <translation>数据库网址：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="166" />
      <source>Password:</source>
      <translation>密码：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="177" />
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="290" />
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="302" />
      <source>Connect</source>
      <translation>连接</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="190" />
      <source>Mail</source>
      <translation>邮件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="195" />
      <source>Liaison sends queries to departments and reads their replies by email. Set up the mail accounts now, or later in File › Settings.</source>
      <translation>Liaison 以电子邮件向部门发出咨询并读取回复。可现在设置邮件帐户，或稍后在「文件 › 设置」中设置。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="199" />
      <source>Set up mail…</source>
      <translation>设置邮件…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="206" />
      <source>Mail setup is not part of this version yet; this step is skipped.</source>
      <translation>此版本尚未提供邮件设置，此步骤略过。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="213" />
      <source>Start working</source>
      <translation>开始工作</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="229" />
      <source>Liaison starts with an empty database: %1</source>
      <translation>Liaison 将使用空白数据库：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="231" />
      <source>Liaison uses the database on this computer: %1</source>
      <translation>Liaison 使用本机的数据库：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="257" />
      <source>Demo data is ready: %1 questions and %2 FAQ entries.</source>
      <translation>示范数据已就绪：%1 个问题及 %2 则常见问题。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="263" />
      <source>The demo data could not be written: %1</source>
      <translation>无法写入示范数据：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="281" />
      <source>Connecting…</source>
      <translation>正在连接…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="294" />
      <source>Connected to %1.</source>
      <translation>已连接到 %1。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/welcome_dialog.py" line="296" />
      <source>This computer has no keyring: the password is kept only until Liaison closes.</source>
      <translation>此电脑没有密钥圈：密码只保留到 Liaison 关闭为止。</translation>
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message>
      <location filename="../../liaison_app/ui/window_actions.py" line="33" />
      <source>Diagnostics copied to the clipboard</source>
      <translation>诊断信息已拷贝到剪贴板</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/window_actions.py" line="52" />
      <source>Copy &amp;diagnostics</source>
      <translation>拷贝诊断信息(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/window_actions.py" line="54" />
      <source>Open &amp;log folder</source>
      <translation>打开记录档文件夹(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/window_actions.py" line="63" />
      <source>&amp;Back up database…</source>
      <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/window_actions.py" line="70" />
      <source>&amp;Setup assistant…</source>
      <translation>设置精灵(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/window_actions.py" line="74" />
      <source>&amp;Settings…</source>
      <translation>设置(&amp;T)…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/window_actions.py" line="86" />
      <source>Opening the database…</source>
      <translation>正在打开数据库…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/window_actions.py" line="90" />
      <source>Database</source>
      <translation>数据库</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/window_actions.py" line="91" />
      <source>The database could not be opened.</source>
      <translation>无法打开数据库。</translation>
    </message>
  </context>
</TS>