<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../liaison_app/ui/dialogs/about.py" line="24" />
      <source>About Liaison</source>
      <translation>关于 Liaison</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/about.py" line="25" />
      <source>this computer's database file (SQLite)</source>
      <translation>本机数据库文件（SQLite）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/about.py" line="26" />
      <source>the team database (PostgreSQL)</source>
      <translation>团队数据库（PostgreSQL）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/about.py" line="29" />
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/about.py" line="30" />
      <source>Database</source>
      <translation>数据库</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/about.py" line="31" />
      <source>Settings</source>
      <translation>设置文件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/about.py" line="32" />
      <source>Log files</source>
      <translation>日志档</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/about.py" line="33" />
      <source>Licence</source>
      <translation>授权</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/about.py" line="33" />
      <source>Proprietary: for use inside the bank.</source>
      <translation>专有软件：仅供本行内部使用。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/about.py" line="34" />
      <source>Built with</source>
      <translation>使用组件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/about.py" line="40" />
      <source>Liaison — hard questions desk</source>
      <translation>Liaison — 疑难问题工作台</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/about.py" line="41" />
      <source>The information manager's desk of a bank call center: forwarded hard questions, department queries, answers fed back to agents, and the FAQ they grow.</source>
      <translation>银行客服中心信息管理员的工作台：座席转来的疑难问题、向业务部门的咨询、回馈座席的答复，以及由此充实的常见问题库。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/about.py" line="45" />
      <source>User guide (F1)</source>
      <translation>使用手册（F1）</translation>
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
      <translation>搜索常见问题（Ctrl+L）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="105" />
      <source>Enter opens the selected answer.</source>
      <translation>按 Enter 打开所选答案。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="106" />
      <source>Copy answer</source>
      <translation>拷贝答案</translation>
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
      <translation>没有帮助</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="112" />
      <source>Forward…</source>
      <translation>转发…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="150" />
      <source>I have read it</source>
      <translation>我已阅读</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="160" />
      <source>Search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="161" />
      <source>My questions</source>
      <translation>我的疑难问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="162" />
      <location filename="../../liaison_app/ui/desks/agent.py" line="468" />
      <source>Bulletins</source>
      <translation>通告栏</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="177" />
      <source>Desk</source>
      <translation>工作台</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="179" />
      <source>Stay on top</source>
      <translation>置顶显示</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="183" />
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="283" />
      <source>Offline, and no copy of the FAQ on this computer yet.</source>
      <translation>脱机，且本机尚无常见问题副本。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="286" />
      <source>Nothing found. Forward the question?</source>
      <translation>没有找到。要转发这个问题吗？</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="325" />
      <source>This entry is no longer published.</source>
      <translation>此条目已不再发布。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="330" />
      <source>Key points</source>
      <translation>操作要点</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="352" />
      <source>Answer copied.</source>
      <translation>答案已拷贝。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="361" />
      <source>Thank you: counted as answered.</source>
      <translation>谢谢：已记为解答。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="364" />
      <source>Flag the entry for its owners, or forward the question?</source>
      <translation>向负责部门标记此条目，还是转发这个问题？</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="366" />
      <source>Flag the entry…</source>
      <translation>标记此条目…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="367" />
      <source>Forward the question…</source>
      <translation>转发问题…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="380" />
      <source>Flag sent.</source>
      <translation>标记已送出。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="403" />
      <source>Question forwarded.</source>
      <translation>问题已转发。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="404" />
      <source>Saved: it will be sent when the server is back.</source>
      <translation>已保存：服务器恢复后会送出。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="415" />
      <source>Answer</source>
      <translation>答复</translation>
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
        <numerusform>通告栏（%n 则新通告）</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="476" />
      <source>Not accepted by the server: %1</source>
      <translation>服务器未接受：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="489" />
      <source>%1 was answered: %2</source>
      <translation>%1 已有答复：%2</translation>
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
      <translation>请阅读通告：%1 %2</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="505" />
      <source>Online</source>
      <translation>已连接</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="508" />
      <source>Offline: searching the copy of %1</source>
      <translation>脱机：搜索 %1 的副本</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="509" />
      <source>Offline</source>
      <translation>脱机</translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/desks/agent.py" line="512" />
      <source>%n waiting to be sent</source>
      <translation>
        <numerusform>%n 项等待送出</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AgentFlagDialog</name>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="527" />
      <source>Flag the entry</source>
      <translation>标记此条目</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="532" />
      <source>What is wrong, unclear, out of date or missing?</source>
      <translation>哪里错误、不清楚、已过时或缺少信息？</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="534" />
      <source>The entry is</source>
      <translation>问题类型</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/agent.py" line="535" />
      <source>Comment</source>
      <translation>说明</translation>
    </message>
  </context>
  <context>
    <name>AgentForwardDialog</name>
    <message>
      <location filename="../../liaison_app/ui/dialogs/agent_forward.py" line="30" />
      <source>Forward a question</source>
      <translation>转发疑难问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/agent_forward.py" line="32" />
      <source>The customer's question</source>
      <translation>客户的问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/agent_forward.py" line="34" />
      <source>Customer context (card and ID numbers are masked)</source>
      <translation>客户情况（卡号和证件号码会被屏蔽）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/agent_forward.py" line="36" />
      <source>The department needs the full numbers</source>
      <translation>业务部门需要完整号码</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/agent_forward.py" line="41" />
      <source>Urgent: the customer is waiting</source>
      <translation>紧急：客户正在等候</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/agent_forward.py" line="45" />
      <source>Question</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/agent_forward.py" line="46" />
      <source>Customer context</source>
      <translation>客户情况</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/agent_forward.py" line="48" />
      <source>Product</source>
      <translation>产品</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/agent_forward.py" line="51" />
      <source>Send</source>
      <translation>送出</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/agent_forward.py" line="70" />
      <source>Type the customer's question first.</source>
      <translation>请先输入客户的问题。</translation>
    </message>
  </context>
  <context>
    <name>AnswerPreviewDialog</name>
    <message>
      <location filename="../../liaison_app/ui/dialogs/answer_preview.py" line="33" />
      <source>Answer from FAQ entry #%1</source>
      <translation>以常见问题 #%1 回复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/answer_preview.py" line="34" />
      <source>Loading…</source>
      <translation>加载中…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/answer_preview.py" line="40" />
      <source>%1 will be answered with this text, which the agent(s) receive when you send it.</source>
      <translation>%1 将以这段文字回复；您发送后座席代表会收到。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/answer_preview.py" line="45" />
      <source>Answer with this entry</source>
      <translation>以此条目回复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/answer_preview.py" line="66" />
      <source>This entry is not published and valid now: agents cannot be given its answer.</source>
      <translation>此条目目前未发布或不在有效期内：不能把它的答案给座席代表。</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../liaison_app/ui/launch.py" line="141" />
      <source>The database could not be opened.</source>
      <translation>无法打开数据库。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/launch.py" line="188" />
      <source>The team database chosen in Settings could not be opened:

%1

Open the database on this computer instead? (You can choose the team database again in File › Settings.)</source>
      <translation>无法打开在设置中选择的团队数据库：

%1

要改为打开本机的数据库吗？（之后可在“文件 › 设置”中重新选择团队数据库。）</translation>
    </message>
  </context>
  <context>
    <name>AuditDialog</name>
    <message>
      <location filename="../../liaison_app/ui/dialogs/audit.py" line="77" />
      <source>Audit trail</source>
      <translation>审核纪录</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/audit.py" line="82" />
      <source>login or name</source>
      <translation>登录名称或姓名</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/audit.py" line="84" />
      <source>e.g. questions or questions:12</source>
      <translation>例如 questions 或 questions:12</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/audit.py" line="85" />
      <source>Show</source>
      <translation>显示</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/audit.py" line="88" />
      <source>Since:</source>
      <translation>起始日期：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/audit.py" line="88" />
      <source>Person:</source>
      <translation>人员：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/audit.py" line="89" />
      <source>Target:</source>
      <translation>对象：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/audit.py" line="108" />
      <source>Loading…</source>
      <translation>加载中…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/dialogs/audit.py" line="115" />
      <source>%n change(s)</source>
      <translation>
        <numerusform>%n 项变更</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/audit.py" line="118" />
      <source>The audit could not be read: %1</source>
      <translation>无法读取审核纪录：%1</translation>
    </message>
  </context>
  <context>
    <name>AuditModel</name>
    <message>
      <location filename="../../liaison_app/ui/dialogs/audit.py" line="38" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/audit.py" line="38" />
      <source>Person</source>
      <translation>人员</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/audit.py" line="38" />
      <source>Action</source>
      <translation>动作</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/audit.py" line="38" />
      <source>Target</source>
      <translation>对象</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/audit.py" line="39" />
      <source>Change</source>
      <translation>变更</translation>
    </message>
  </context>
  <context>
    <name>Backup</name>
    <message>
      <location filename="../../liaison_app/ui/actions/backup.py" line="39" />
      <source>Backing up the database…</source>
      <translation>正在备份数据库…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/backup.py" line="43" />
      <source>Backup written to %1</source>
      <translation>备份已写入 %1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/backup.py" line="49" />
      <location filename="../../liaison_app/ui/actions/backup.py" line="70" />
      <source>Back up database</source>
      <translation>备份数据库</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/backup.py" line="50" />
      <source>The backup could not be made.</source>
      <translation>无法完成备份。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/backup.py" line="74" />
      <source>SQLite database (*.db)</source>
      <translation>SQLite 数据库 (*.db)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/backup.py" line="75" />
      <source>PostgreSQL dump (*.dump)</source>
      <translation>PostgreSQL 备份文件 (*.dump)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/backup.py" line="77" />
      <source>All files (*)</source>
      <translation>所有文件 (*)</translation>
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
      <translation>添加通告</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="46" />
      <source>Pinned at the top</source>
      <translation>置顶</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="51" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="57" />
      <source>Title:</source>
      <translation>标题：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="58" />
      <source>Text:</source>
      <translation>内容：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="59" />
      <source>Shown from:</source>
      <translation>显示自：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="60" />
      <source>Until (the day before):</source>
      <translation>截至（前一日为止）：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="62" />
      <source>Related FAQ entry #:</source>
      <translation>相关常见问题编号：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/bulletin.py" line="89" />
      <source>Not saved: %1</source>
      <translation>未保存：%1</translation>
    </message>
  </context>
  <context>
    <name>BulletinModel</name>
    <message>
      <location filename="../../liaison_app/ui/models/browse.py" line="108" />
      <source>Title</source>
      <translation>标题</translation>
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
      <translation>置顶</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/browse.py" line="109" />
      <source>Author</source>
      <translation>发布人</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/browse.py" line="129" />
      <source>[Proposed] </source>
      <translation>［待发布］</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/browse.py" line="143" />
      <source>Expired: no longer shown to agents</source>
      <translation>已过期：座席代表不再看到</translation>
    </message>
  </context>
  <context>
    <name>BulletinReadersDialog</name>
    <message>
      <location filename="../../liaison_app/ui/dialogs/bulletin_readers.py" line="71" />
      <source>Who has read the bulletin</source>
      <translation>通告阅读情况</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/bulletin_readers.py" line="79" />
      <source>Remind those who have not read it</source>
      <translation>提醒尚未阅读的座席</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/bulletin_readers.py" line="101" />
      <source>No agents on this database yet (agents sign in to a team server as themselves).</source>
      <translation>此数据库尚无座席代表（座席代表以本人身分登录团队服务器）。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/bulletin_readers.py" line="104" />
      <source>%1 of %2 agents have read it.</source>
      <translation>%2 位座席代表中已有 %1 位阅读。</translation>
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
      <translation>给座席的通告（通告栏）；过期的显示为灰色；待发布的建议等您发布。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="319" />
      <source>Post</source>
      <translation>发布</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="321" />
      <source>Put the selected proposal on the board for agents</source>
      <translation>将所选建议发布到通告栏给座席</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="324" />
      <source>New bulletin…</source>
      <translation>添加通告…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="327" />
      <source>Readers…</source>
      <translation>阅读情况…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="329" />
      <source>Which agents have read the selected bulletin; remind the others</source>
      <translation>哪些座席代表已阅读所选通告；提醒其余的人</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="393" />
      <source>Related FAQ entry</source>
      <translation>相关常见问题</translation>
    </message>
  </context>
  <context>
    <name>CalendarErrors</name>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="78" />
      <source>“%1” is not a date like 2026-10-01 (or a run like 2026-10-01..2026-10-07).</source>
      <translation>“%1”不是 2026-10-01 这样的日期（或 2026-10-01..2026-10-07 这样的连续日期）。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="80" />
      <source>“%1” ends before it starts.</source>
      <translation>“%1”的结束日早于开始日。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="81" />
      <source>“%1” is longer than a year.</source>
      <translation>“%1”超过一年。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="82" />
      <source>Closing time %2 must be after opening time %1.</source>
      <translation>下班时间 %2 必须晚于上班时间 %1。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="84" />
      <source>At least one working day is needed.</source>
      <translation>至少需要一个工作日。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="85" />
      <source>Unknown time zone “%1”: use a name like Asia/Taipei or Asia/Shanghai.</source>
      <translation>未知的时区“%1”：请使用 Asia/Taipei 或 Asia/Shanghai 这样的名称。</translation>
    </message>
  </context>
  <context>
    <name>CategoriesPage</name>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_categories.py" line="172" />
      <source>New category…</source>
      <translation>添加分类…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_categories.py" line="174" />
      <source>A sub-category of the selected category, or a top-level one</source>
      <translation>所选分类的子分类，或顶层分类</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_categories.py" line="175" />
      <source>Rename…</source>
      <translation>重命名…</translation>
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
      <translation>移至分类…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_categories.py" line="210" />
      <source>Drag entries onto a category to move them; drag a category onto another to make it a sub-category.</source>
      <translation>把条目拖到分类上即可移动；把分类拖到另一分类上即成为其子分类。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_categories.py" line="280" />
      <source>Select a category to see its entries.</source>
      <translation>选择分类以查看其条目。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_categories.py" line="284" />
      <source>Uncategorised</source>
      <translation>未分类</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_categories.py" line="299" />
      <source>%1: no entries of its own; its sub-categories hold them.</source>
      <translation>%1：本身没有条目，条目都在其子分类中。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/pages/faq_categories.py" line="302" />
      <source>%1: %n entries</source>
      <translation>
        <numerusform>%1：%n 个条目</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/pages/faq_categories.py" line="325" />
      <source>Moved %n entries.</source>
      <translation>
        <numerusform>已移动 %n 个条目。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_categories.py" line="329" />
      <source>Category moved.</source>
      <translation>分类已移动。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_categories.py" line="343" />
      <source>Category created.</source>
      <translation>分类已创建。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_categories.py" line="345" />
      <source>New category</source>
      <translation>添加分类</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_categories.py" line="345" />
      <source>Name of the new category:</source>
      <translation>新分类名称：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_categories.py" line="354" />
      <source>Category renamed.</source>
      <translation>分类已重命名。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_categories.py" line="359" />
      <source>Rename category</source>
      <translation>重命名分类</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_categories.py" line="359" />
      <source>New name:</source>
      <translation>新名称：</translation>
    </message>
  </context>
  <context>
    <name>CategoryEntriesModel</name>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_categories.py" line="124" />
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_categories.py" line="124" />
      <source>Question</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_categories.py" line="124" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_categories.py" line="124" />
      <source>Hits</source>
      <translation>使用次数</translation>
    </message>
  </context>
  <context>
    <name>CategoryPicker</name>
    <message>
      <location filename="../../liaison_app/ui/widgets/faq_pickers.py" line="59" />
      <source>Move to category</source>
      <translation>移至分类</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/faq_pickers.py" line="71" />
      <source>Choose the category for the selected entries:</source>
      <translation>为所选条目选择分类：</translation>
    </message>
  </context>
  <context>
    <name>CategoryTreeModel</name>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_categories.py" line="63" />
      <source>Uncategorised</source>
      <translation>未分类</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_categories.py" line="66" />
      <source>Entries filed under no category; drag entries here to take them out of their category</source>
      <translation>未归入任何分类的条目；把条目拖到这里即可移出原分类</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="130" />
      <source>Choose your password</source>
      <translation>设置您的密码</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="131" />
      <source>This is your first sign-in with the password your admin gave you. Choose a new password that only you know.</source>
      <translation>这是您以管理员给的密码首次登录。请设置一个只有您知道的新密码。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="141" />
      <source>New password:</source>
      <translation>新密码：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="142" />
      <source>Again:</source>
      <translation>再输入一次：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="156" />
      <source>Use at least 8 characters.</source>
      <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="159" />
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="168" />
      <source>The password could not be changed: %1</source>
      <translation>无法变更密码：%1</translation>
    </message>
  </context>
  <context>
    <name>ComposeDialog</name>
    <message>
      <location filename="../../liaison_app/ui/dialogs/compose.py" line="51" />
      <source>Ask department — LQ-%1</source>
      <translation>询问部门 — LQ-%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/compose.py" line="59" />
      <source>Send card and ID numbers unmasked in this message</source>
      <translation>本邮件以完整卡号与身分证号寄出（不屏蔽）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/compose.py" line="76" />
      <source>Add attachment…</source>
      <translation>加入附件…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/compose.py" line="80" />
      <source>Department:</source>
      <translation>业务部门：</translation>
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
      <translation>答复期限：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/compose.py" line="86" />
      <source>Queue for sending</source>
      <translation>放入寄件匣</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/compose.py" line="106" />
      <source>No sender address: set it in File → Mail settings.</source>
      <translation>尚未设置寄件地址：请至“文件 → 邮件设置”设置。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/compose.py" line="174" />
      <source>Card and ID numbers will be sent as written.</source>
      <translation>卡号与身分证号将照原文寄出。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/compose.py" line="176" />
      <source>Card and ID numbers will be masked: only their last four characters are sent.</source>
      <translation>卡号与身分证号将屏蔽：只寄出最后四码。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/compose.py" line="180" />
      <source>Attach a file</source>
      <translation>附加文件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/compose.py" line="198" />
      <source>Not an email address: %1 (expected name@bank.example)</source>
      <translation>不是有效的电子邮件地址：%1（应如 name@bank.example）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/compose.py" line="202" />
      <source>Give at least one recipient.</source>
      <translation>请至少填写一位收件者。</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="162" />
      <source>Contact</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="177" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="182" />
      <source>Active (offered as a recipient)</source>
      <translation>激活（可选为收件人）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="187" />
      <source>Name:</source>
      <translation>姓名：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="188" />
      <source>Title:</source>
      <translation>职称：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="189" />
      <source>Email:</source>
      <translation>电子邮件：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="190" />
      <source>Phone:</source>
      <translation>电话：</translation>
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
      <translation>职称</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="132" />
      <source>Email</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="132" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="133" />
      <source>Deputy</source>
      <translation>代理人</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="133" />
      <source>Active</source>
      <translation>激活</translation>
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
      <translation>最多 %1 个字符。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="56" />
      <source>A department named “%1” already exists.</source>
      <translation>已有名为“%1”的部门。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="58" />
      <source>A whole number of hours from 1 to %1.</source>
      <translation>须为 1 至 %1 的整数小时。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="60" />
      <source>Keyword “%1” is longer than 40 characters.</source>
      <translation>关键词“%1”超过 40 个字符。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="62" />
      <source>At most %1 routing keywords.</source>
      <translation>分派关键词最多 %1 个。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="64" />
      <source>“%1” is not a valid email address (like name@bank.example).</source>
      <translation>“%1”不是有效的电子邮件地址（例如 name@bank.example）。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="66" />
      <source>“%1” is not a phone number.</source>
      <translation>“%1”不是电话号码。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="67" />
      <source>Another contact already has the email “%1”.</source>
      <translation>另一位联系人已使用电子邮件“%1”。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="69" />
      <source>A contact cannot be their own deputy.</source>
      <translation>联系人不能是自己的代理人。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="70" />
      <source>The deputy must be another contact of this department.</source>
      <translation>代理人须为本部门的另一位联系人。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="72" />
      <source>Not a contact of this department.</source>
      <translation>不是本部门的联系人。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="73" />
      <source>The head must be one of this department's contacts.</source>
      <translation>部门负责人须为本部门的联系人之一。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="75" />
      <source>The head of department must be an active contact.</source>
      <translation>部门负责人须为激活中的联系人。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="83" />
      <source>name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="83" />
      <source>title</source>
      <translation>职称</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="84" />
      <source>email</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="84" />
      <source>phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="85" />
      <source>deputy</source>
      <translation>代理人</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="231" />
      <source>New department</source>
      <translation>添加部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="232" />
      <location filename="../../liaison_app/ui/dialogs/department.py" line="332" />
      <source>Edit department — %1</source>
      <translation>编辑部门 — %1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="240" />
      <source>What this department answers for (職責)</source>
      <translation>本部门负责答复的业务（职责）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="246" />
      <source> business hours</source>
      <translation> 个工作小时</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="249" />
      <source>Words that route a question here, separated by 、 or commas</source>
      <translation>把问题分派到本部门的词语，以“、”或逗号分隔</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="252" />
      <source>The department's shared mailbox (optional)</source>
      <translation>部门公用信箱（选填）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="255" />
      <source>Active (can be asked)</source>
      <translation>激活（可向其咨询）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="261" />
      <source>Name:</source>
      <translation>名称：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="262" />
      <source>Duties:</source>
      <translation>职责：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="263" />
      <source>Answer within:</source>
      <translation>答复时限：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="264" />
      <source>Routing keywords:</source>
      <translation>分派关键词：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="266" />
      <source>Email:</source>
      <translation>电子邮件：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="267" />
      <source>Phone:</source>
      <translation>电话：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="285" />
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="288" />
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="291" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="293" />
      <source>Removed contacts are kept inactive for the history of past queries</source>
      <translation>移除的联系人会保留为禁用，以保存过往咨询的纪录</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="305" />
      <source>Head of department (for escalation):</source>
      <translation>部门负责人（用于升级）：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="307" />
      <source>Contacts</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="350" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="421" />
      <source>Contact %1 (%2), %3: %4</source>
      <translation>联系人 %1（%2），%3：%4</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="445" />
      <source>Not saved: correct the fields marked in red.</source>
      <translation>未保存：请更正红字标示的字段。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/department.py" line="453" />
      <source>Not saved: %1</source>
      <translation>未保存：%1</translation>
    </message>
  </context>
  <context>
    <name>DepartmentModel</name>
    <message>
      <location filename="../../liaison_app/ui/models/browse.py" line="157" />
      <source>Department</source>
      <translation>业务部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/browse.py" line="157" />
      <source>SLA (hours)</source>
      <translation>回复时限（小时）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/browse.py" line="157" />
      <source>Contacts</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/browse.py" line="157" />
      <source>Head</source>
      <translation>部门负责人</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/browse.py" line="158" />
      <source>Open queries</source>
      <translation>未结咨询</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/browse.py" line="158" />
      <source>Routing keywords</source>
      <translation>分派关键字</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/browse.py" line="187" />
      <source>Inactive: not offered when asking</source>
      <translation>已禁用：咨询时不再列出</translation>
    </message>
  </context>
  <context>
    <name>DepartmentWindow</name>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="331" />
      <source>Liaison — department desk</source>
      <translation>Liaison — 业务部门工作台</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="334" />
      <source>My department's queries</source>
      <translation>本部门的咨询</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="336" />
      <source>FAQ reviews</source>
      <translation>常见问题审核</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="338" />
      <source>Flags on our entries</source>
      <translation>本部门条目的标记</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="341" />
      <source>Upkeep and scorecard</source>
      <translation>维护提醒与绩效</translation>
    </message>
  </context>
  <context>
    <name>DepartmentsPage</name>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="402" />
      <source>Business departments, their written duties and contacts.</source>
      <translation>业务部门及其书面职责与联系人。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="407" />
      <source>New department…</source>
      <translation>添加部门…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="408" />
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="409" />
      <source>Import…</source>
      <translation>导入…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="410" />
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="453" />
      <source>Duties</source>
      <translation>职责</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="453" />
      <source>SLA</source>
      <translation>回复时限</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="453" />
      <source>hours</source>
      <translation>小时</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="454" />
      <source>Contact</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="454" />
      <source>Title</source>
      <translation>职称</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="454" />
      <source>Email</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="455" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="455" />
      <source>head of department, for escalation</source>
      <translation>部门负责人，用于升级</translation>
    </message>
  </context>
  <context>
    <name>DeskFlagsModel</name>
    <message>
      <location filename="../../liaison_app/ui/desks/department_flags.py" line="36" />
      <source>Entry</source>
      <translation>条目</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_flags.py" line="36" />
      <source>Question</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_flags.py" line="37" />
      <source>Flag</source>
      <translation>标记</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_flags.py" line="37" />
      <source>Comment</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_flags.py" line="38" />
      <source>Flagged</source>
      <translation>标记于</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_flags.py" line="38" />
      <source>Fix</source>
      <translation>修正</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_flags.py" line="48" />
      <source>revision %1 in review</source>
      <translation>版本 %1 审核中</translation>
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
      <translation>即将到期</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/desk_queue.py" line="23" />
      <source>overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/desk_queue.py" line="24" />
      <source>paused: waiting for the manager</source>
      <translation>已暂停：等待信息管理员补充</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/desk_queue.py" line="32" />
      <source>Question</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/desk_queue.py" line="32" />
      <source>Text</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/desk_queue.py" line="33" />
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/desk_queue.py" line="33" />
      <source>Due</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/desk_queue.py" line="34" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/desk_queue.py" line="34" />
      <source>Marks</source>
      <translation>标记</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/desk_queue.py" line="39" />
      <source>new</source>
      <translation>新</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/desk_queue.py" line="41" />
      <source>answer sent</source>
      <translation>已答复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/desk_queue.py" line="43" />
      <source>chased %1×</source>
      <translation>已催办 %1 次</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/desk_queue.py" line="45" />
      <source>escalated</source>
      <translation>已升级</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/desk_queue.py" line="47" />
      <source>with %1</source>
      <translation>由 %1 处理</translation>
    </message>
  </context>
  <context>
    <name>DeskReviewsModel</name>
    <message>
      <location filename="../../liaison_app/ui/desks/department_review.py" line="41" />
      <source>Entry</source>
      <translation>条目</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_review.py" line="41" />
      <source>Question</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_review.py" line="42" />
      <source>Change</source>
      <translation>变更</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_review.py" line="43" />
      <source>Call center</source>
      <translation>客服中心</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_review.py" line="44" />
      <source>Your department</source>
      <translation>本部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_review.py" line="54" />
      <source>new revision %1 (revision %2 stays live)</source>
      <translation>新版本 %1（版本 %2 仍对座席生效）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_review.py" line="57" />
      <source>new entry, revision %1</source>
      <translation>新条目，版本 %1</translation>
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
      <translation>待审</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_review.py" line="61" />
      <source>sent back</source>
      <translation>已退回</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_review.py" line="62" />
      <source>to review</source>
      <translation>待您审核</translation>
    </message>
  </context>
  <context>
    <name>DirectoryTransfer</name>
    <message>
      <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="36" />
      <source>Import the department directory</source>
      <translation>导入部门通信录</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="37" />
      <source>CSV files (*.csv *.txt)</source>
      <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="40" />
      <source>Export the department directory</source>
      <translation>导出部门通信录</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="41" />
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="54" />
      <source>Exported %1 departments and %2 contacts to %3.</source>
      <translation>已将 %1 个部门、%2 位联系人导出至 %3。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="75" />
      <source>Nothing was imported: %1 of %2 rows have problems (see details).</source>
      <translation>未导入任何数据：%2 列中有 %1 列有问题（见详细数据）。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="79" />
      <source>Import the good departments</source>
      <translation>导入无误的部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="87" />
      <source>Departments: %1 added, %2 updated, %3 unchanged. Contacts: %4 added, %5 updated.</source>
      <translation>部门：添加 %1、更新 %2、未变 %3。联系人：添加 %4、更新 %5。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="94" />
      <source>%n row(s) with problems skipped.</source>
      <translation>
        <numerusform>已略过 %n 列有问题的数据。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/directory_transfer.py" line="108" />
      <source>Department directory</source>
      <translation>部门通信录</translation>
    </message>
  </context>
  <context>
    <name>DomainErrors</name>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="143" />
      <source>A reason is needed to reject a question.</source>
      <translation>退回问题需要填写理由。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="111" />
      <source>Cannot %1 %2: it is %3 (allowed from: %4).</source>
      <translation>无法%1 %2：它目前是“%3”（可运行的状态：%4）。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="135" />
      <source>Cannot merge %1 into itself.</source>
      <translation>无法将 %1 合并到自己。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="138" />
      <source>Cannot merge into %1: it is %2 (it must still be open).</source>
      <translation>无法合并到 %1：它目前是“%2”（必须仍在处理中）。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="128" />
      <source>FAQ entry #%1 is not published and valid now: agents cannot be given its answer.</source>
      <translation>FAQ 条目 #%1 目前未发布或不在有效期内：不能把它的答案给座席。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="163" />
      <source>Priority must be 0 to %1.</source>
      <translation>优先级必须是 0 到 %1。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="146" />
      <source>The reason is longer than %1 characters.</source>
      <translation>理由超过 %1 个字符。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="125" />
      <source>There is no FAQ entry #%1.</source>
      <translation>没有 FAQ 条目 #%1。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="123" />
      <source>There is no question %1.</source>
      <translation>没有问题 %1。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="121" />
      <source>Unknown action “%1”.</source>
      <translation>未知的操作“%1”。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="39" />
      <source>accept an answer for</source>
      <translation>采纳答复：</translation>
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
      <translation>结案</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="38" />
      <source>follow up</source>
      <translation>跟催</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="36" />
      <source>merge</source>
      <translation>合并</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="106" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="37" />
      <source>reject</source>
      <translation>退回</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="43" />
      <source>reopen</source>
      <translation>重新打开</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="35" />
      <source>route</source>
      <translation>分派</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="41" />
      <source>send the answer of</source>
      <translation>回复座席：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="109" />
      <source>this question</source>
      <translation>此问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="152" />
      <source>%1 was changed by %2 after you opened it. It has been reloaded: check it and try again.</source>
      <translation>%1 在您打开之后已由 %2 修改。已重新加载：请查看后再试一次。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="165" />
      <source>An approval on the department's behalf needs evidence: link the department's reply mail or a logged call about this entry.</source>
      <translation>代部门核准须附凭证：请链接部门就此条目的回复邮件或联系历史。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="168" />
      <source>Only the department's approval can be recorded on its behalf.</source>
      <translation>只有部门一方的核准可以代为登记。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="170" />
      <source>That message is not a received mail or logged call about this entry.</source>
      <translation>该消息不是就此条目收到的邮件或记录的通话。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="172" />
      <source>%1 already approved for the other side: the two approvals must come from two different people.</source>
      <translation>%1 已代表另一方核准：两项核准必须来自两个不同的人。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="176" />
      <source>FAQ entry #%1 is not retired: there is nothing to restore.</source>
      <translation>常见问题 #%1 未禁用，无需恢复。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="179" />
      <source>FAQ entry #%1 is not in review: submit it for review first.</source>
      <translation>常见问题 #%1 不在审核中：请先送审。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="182" />
      <source>the call center's</source>
      <translation>客服中心</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="183" />
      <source>the department's</source>
      <translation>业务部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="185" />
      <source>FAQ entry #%1 cannot be published without %2 approval of revision %3.</source>
      <translation>常见问题 #%1 的版本 %3 尚缺%2的核准，不能发布。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="187" />
      <source> and </source>
      <translation>及</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="223" />
      <source>A bulletin needs a title.</source>
      <translation>通告需要标题。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="224" />
      <location filename="../../liaison_app/ui/errors.py" line="314" />
      <source>The text is longer than %1 characters.</source>
      <translation>内容超过 %1 个字。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="225" />
      <source>The answer is longer than %1 characters.</source>
      <translation>答案超过 %1 个字。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="226" />
      <source>“Valid until” must be after “valid from”.</source>
      <translation>“失效日”必须晚于“生效日”。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="227" />
      <source>There is no bulletin #%1.</source>
      <translation>没有通告 #%1。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="228" />
      <source>Unknown kind “%1”.</source>
      <translation>未知的类型“%1”。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="229" />
      <source>Say what is wrong with the entry.</source>
      <translation>请说明这个条目哪里有问题。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="230" />
      <source>There is no flag #%1.</source>
      <translation>没有标记 #%1。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="231" />
      <source>Flag #%1 was already resolved by %2.</source>
      <translation>标记 #%1 已由 %2 处理。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="232" />
      <source>The tier limits must fall: very high &gt; high &gt; low ≥ 0 uses.</source>
      <translation>使用分级的门槛必须递减：很高 &gt; 高 &gt; 低 ≥ 0 次。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="234" />
      <source>A category needs a name.</source>
      <translation>分类需要名称。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="235" />
      <source>There is already a category “%1” there.</source>
      <translation>这里已有分类“%1”。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="236" />
      <source>There is no category #%1.</source>
      <translation>没有分类 #%1。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="237" />
      <source>“%1” cannot be moved into itself or one of its sub-categories.</source>
      <translation>“%1”不能移到它自己或它的子分类之下。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="239" />
      <source>There is no similar question #%1.</source>
      <translation>没有相似问 #%1。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="240" />
      <source>A similar question cannot be empty.</source>
      <translation>相似问不能是空的。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="241" />
      <source>The entry already has this wording.</source>
      <translation>这个条目已有这个说法。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="242" />
      <source>A synonym group needs at least two different words.</source>
      <translation>同义词组至少需要两个不同的词。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="244" />
      <source>“%1…” is too long for a synonym (64 characters at most).</source>
      <translation>“%1…”作为同义词太长（最多 64 个字）。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="246" />
      <source>“%1” is already in synonym group %2 (as “%3”): edit that group instead.</source>
      <translation>“%1”已在同义词组 %2 中（作为“%3”）：请改为编辑该词组。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="248" />
      <source>There is no synonym group %1.</source>
      <translation>没有同义词组 %1。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="249" />
      <source>The entry needs a question.</source>
      <translation>条目需要问题。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="250" />
      <source>The entry needs an answer.</source>
      <translation>条目需要答案。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="251" />
      <source>An entry cannot be merged into itself.</source>
      <translation>条目不能合并到它自己。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="252" />
      <source>Entry #%1 is retired: merge into an entry in use.</source>
      <translation>条目 #%1 已禁用：请合并到使用中的条目。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="254" />
      <source>%1 has no answer yet: an FAQ entry needs one.</source>
      <translation>%1 还没有答复：常见问题条目需要答案。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="255" />
      <source>There is no department #%1.</source>
      <translation>没有业务部门 #%1。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="256" />
      <source>There is no contact #%1.</source>
      <translation>没有联系人 #%1。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="257" />
      <source>%1 is inactive: it cannot be asked.</source>
      <translation>%1 已禁用：不能向它咨询。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="258" />
      <source>%1 has no contact with a mail address: add one in Departments › Edit… before asking it.</source>
      <translation>%1 没有留有邮件地址的联系人：请先在“业务部门 › 编辑…”中添加，再向它咨询。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="260" />
      <source>%1 has no head of department with a mail address.</source>
      <translation>%1 没有留有邮件地址的部门负责人。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="262" />
      <source>“%1” is not a mail address.</source>
      <translation>“%1”不是邮件地址。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="263" />
      <source>There is no query #%1.</source>
      <translation>没有咨询 #%1。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="264" />
      <source>Query #%1 is no longer open.</source>
      <translation>咨询 #%1 已不在进行中。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="265" />
      <source>The answer is empty.</source>
      <translation>答复是空的。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="266" />
      <source>Only a received mail about a question can be accepted as its answer.</source>
      <translation>只有关于某个问题的收到邮件才能采纳为答复。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="268" />
      <source>An automatic reply or a bounce cannot be the answer.</source>
      <translation>自动回复或退信不能作为答复。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="270" />
      <source>%1 is %2: calls are logged for new or awaiting questions.</source>
      <translation>%1 目前为%2：通话只能记录在新问题或待部门回复的问题上。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="272" />
      <source>A call-back needs the new due time.</source>
      <translation>回电需要新的到期时间。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="273" />
      <source>%1 is %2: there is no new answer to send.</source>
      <translation>%1 目前为%2：没有新的答复可以发送。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="274" />
      <source>%1 has no forwarding agent to send the answer to.</source>
      <translation>%1 没有可以发送答复的转问座席代表。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="275" />
      <source>There is no such mail (#%1) in the tray.</source>
      <translation>待处理邮件中没有这封邮件（#%1）。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="276" />
      <source>The due time must be in the future.</source>
      <translation>到期时间必须在未来。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="277" />
      <source>The filter text is too long: at most %1 characters are searched.</source>
      <translation>筛选文字太长：最多只搜索 %1 个字。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="280" />
      <source>A mail needs at least one recipient.</source>
      <translation>邮件至少需要一位收件人。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="281" />
      <source>%1: “%2” is not a mail address (expected name@bank.example).</source>
      <translation>%1：“%2”不是邮件地址（应为 name@bank.example 的形式）。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="283" />
      <source>There is no sender address: set the From address in Mail settings.</source>
      <translation>没有寄件人地址：请在“邮件设置”中填写寄件人地址。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="285" />
      <source>%1 is %2: only new or awaiting questions can be asked.</source>
      <translation>%1 目前为%2：只有新问题或待部门回复的问题可以询问部门。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="287" />
      <source>The server refused the question: %1</source>
      <translation>服务器拒绝了这个问题：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="289" />
      <source>Unknown role “%1”.</source>
      <translation>未知的角色“%1”。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="290" />
      <source>There is no department named “%1”.</source>
      <translation>没有名为“%1”的业务部门。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="291" />
      <source>“%1” is not a login name: use lower-case letters, digits and _ . @ -.</source>
      <translation>“%1”不是有效的登录帐号：请使用小写英文字母、数字及 _ . @ -。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="293" />
      <source>A person needs a name.</source>
      <translation>请填写人员姓名。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="294" />
      <source>Give at least one role.</source>
      <translation>请至少指定一个角色。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="295" />
      <source>%1 is already a person on this database.</source>
      <translation>%1 已是此数据库的人员。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="296" />
      <source>The department role needs at least one department.</source>
      <translation>业务部门角色至少需要指定一个部门。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="298" />
      <source>The agent role needs the agent's code.</source>
      <translation>客服人员角色需要填写客服人员工号。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="300" />
      <source>There is no agent with the code “%1”.</source>
      <translation>没有工号为“%1”的客服人员。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="301" />
      <source>%1 is a group or superuser role, not a person.</source>
      <translation>%1 是群组或超级用户角色，不是人员。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="303" />
      <source>There is no login %1 on the server: give a first password, or have the LDAP user's role created first.</source>
      <translation>服务器上没有登录帐号 %1：请设置初始密码，或先创建该 LDAP 用户的角色。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="306" />
      <source>The login %1 exists already: add the person without a password.</source>
      <translation>登录帐号 %1 已存在：请不设密码添加此人员。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="308" />
      <source>%1 is not a person on this database.</source>
      <translation>%1 不是此数据库的人员。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="310" />
      <source>There is no query #%1 on this desk.</source>
      <translation>此工作台上没有咨询 #%1。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="311" />
      <source>Query #%1 is no longer open: only open queries are worked on the desk.</source>
      <translation>咨询 #%1 已不在进行中：工作台只处理进行中的咨询。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="313" />
      <source>The text is empty.</source>
      <translation>内容是空的。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="315" />
      <source>An attachment has no file name.</source>
      <translation>有一个附件没有文件名。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="316" />
      <source>%1 is larger than 20 MB.</source>
      <translation>%1 超过 20 MB。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="317" />
      <source>The query is already yours.</source>
      <translation>这笔咨询已由您负责。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="318" />
      <source>%1 is not a contact of this department.</source>
      <translation>%1 不是本部门的联系人。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="320" />
      <source>Query #%1 has no open request for clarification.</source>
      <translation>咨询 #%1 没有待回复的澄清请求。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="323" />
      <source>Say what must change when sending an entry back.</source>
      <translation>退回条目时，请说明需要修改的地方。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="325" />
      <source>FAQ entry #%1 is not published: the department proposes fixes of published entries, the information manager edits drafts.</source>
      <translation>常见问题 #%1 尚未发布：业务部门只对已发布的条目提出修正，草稿由信息管理员编辑。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="328" />
      <source>The question and the answer cannot be empty.</source>
      <translation>问题与答案都不能是空的。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="330" />
      <source>The text is unchanged: there is nothing to review.</source>
      <translation>内容没有变更：没有需要审核的地方。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="333" />
      <source>FAQ entry #%1 is retired: it cannot be edited.</source>
      <translation>常见问题 #%1 已禁用：不能再编辑。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="335" />
      <source>FAQ entry #%1 is not a draft: only a draft can be submitted for review.</source>
      <translation>常见问题 #%1 不是草稿：只有草稿可以送审。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="337" />
      <source>An approval needs the approver's name.</source>
      <translation>核准需要填写核准人姓名。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="338" />
      <source>FAQ entry #%1 is already retired.</source>
      <translation>常见问题 #%1 已经禁用。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="118" />
      <source>You are signed in with a read-only role: you can look at everything here but not change it.</source>
      <translation>您以唯读角色登录：可以查看这里的一切，但不能变更。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="156" />
      <source>%1 was changed by %2 at %3 after you opened it. It has been reloaded: check it and try again.</source>
      <translation>%1 在您打开之后已由 %2 于 %3 修改。已重新加载：请查看后再试一次。</translation>
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
      <translation>编辑常见问题 %1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="58" />
      <source>One key point a line</source>
      <translation>每行一个要点</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="60" />
      <source>Keywords, separated by 、 or commas</source>
      <translation>关键词，以“、”或逗号分隔</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="62" />
      <source>What changed and why</source>
      <translation>修改了什么及原因</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="67" />
      <source>Question</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="68" />
      <source>Answer</source>
      <translation>答案</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="69" />
      <source>Key points</source>
      <translation>操作要点</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="70" />
      <source>Keywords</source>
      <translation>关键词</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="71" />
      <source>Change note</source>
      <translation>修改说明</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="86" />
      <source>Use their version</source>
      <translation>改用对方的版本</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="121" />
      <source>Revision %1; saving makes revision %2.</source>
      <translation>目前为第 %1 版；保存后成为第 %2 版。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="147" />
      <source>Saved meanwhile (revision %1). Your text is kept above: Save puts it on top of this version as the next revision, or use their version instead.</source>
      <translation>其间已有人保存（修订版 %1）。您输入的内容保留在上方：按“保存”会以它作为此版本之后的下一个修订版，或改用对方的版本。</translation>
    </message>
  </context>
  <context>
    <name>EntryPicker</name>
    <message>
      <location filename="../../liaison_app/ui/widgets/faq_pickers.py" line="96" />
      <source>Merge into…</source>
      <translation>合并到…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/faq_pickers.py" line="101" />
      <source>Search the entry that stays</source>
      <translation>搜索要保留的条目</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/faq_pickers.py" line="110" />
      <source>The selected entries will be retired; their hits, questions and revisions go to the entry you choose.</source>
      <translation>所选条目将被禁用；其使用记录、关联问题和修订版本将转到您选择的条目。</translation>
    </message>
  </context>
  <context>
    <name>ErrorReporter</name>
    <message>
      <location filename="../../liaison_app/ui/dialogs/error.py" line="97" />
      <location filename="../../liaison_app/ui/dialogs/error.py" line="120" />
      <source>Liaison — unexpected error</source>
      <translation>Liaison — 意外错误</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/error.py" line="98" />
      <source>Something went wrong: %1</source>
      <translation>发生错误：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/error.py" line="102" />
      <source>Liaison keeps running; what you saved before is safe. The details were written to the log file:
%1

If it happens again, send that file and Help › Copy diagnostics to your desktop team.</source>
      <translation>Liaison 仍在运行，先前已保存的数据不受影响。详细信息已写入日志：
%1

如再次发生，请将该文件及“帮助 › 拷贝诊断信息”的内容交给桌面支持团队。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/error.py" line="107" />
      <source>Open log folder</source>
      <translation>打开日志文件夹</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/error.py" line="121" />
      <source>Liaison could not start: %1

The details were written to the log file:
%2</source>
      <translation>Liaison 无法启动：%1

详细信息已写入日志：
%2</translation>
    </message>
  </context>
  <context>
    <name>FaqEntryDialog</name>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="42" />
      <source>Create FAQ entry</source>
      <translation>创建常见问题条目</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="51" />
      <source>One key point per line</source>
      <translation>每行一个操作要点</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="56" />
      <source>Separated by commas</source>
      <translation>以逗号分隔</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="59" />
      <source>Valid only</source>
      <translation>仅在期间内有效</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="74" />
      <source>Keep the customer's wording as a similar question</source>
      <translation>将客户的问法保留为相似问法</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="82" />
      <source>Question:</source>
      <translation>问题：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="83" />
      <source>Answer:</source>
      <translation>答复：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="84" />
      <source>Key points:</source>
      <translation>操作要点：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="85" />
      <source>Keywords:</source>
      <translation>关键词：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="86" />
      <source>Owner department:</source>
      <translation>负责部门：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="87" />
      <source>Validity:</source>
      <translation>有效期：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="93" />
      <source>The entry is saved as a draft; agents see it once it is reviewed and published.</source>
      <translation>条目存为草稿；经审核发布后座席才看得到。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="118" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry.py" line="152" />
      <source>Not saved: %1</source>
      <translation>未保存：%1</translation>
    </message>
  </context>
  <context>
    <name>FaqLabels</name>
    <message>
      <location filename="../../liaison_app/ui/labels/faq.py" line="18" />
      <source>Very high use</source>
      <translation>使用极多</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/faq.py" line="19" />
      <source>High use</source>
      <translation>使用较多</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/faq.py" line="20" />
      <source>Low use</source>
      <translation>使用较少</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/faq.py" line="21" />
      <source>Very low use</source>
      <translation>使用极少</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/faq.py" line="27" />
      <source>Suggested: pin these entries and announce them to agents.</source>
      <translation>建议：置顶这些条目，并发通告告知座席。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/faq.py" line="28" />
      <source>Well used: keep them current; re-categorise or re-order if agents look for them elsewhere.</source>
      <translation>使用良好：保持内容最新；若座席在别处查找，可调整分类或顺序。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/faq.py" line="29" />
      <source>Little used: check the wording and keywords, or the category agents look in.</source>
      <translation>使用较少：检查措辞和关键词，或座席查找的分类。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/faq.py" line="30" />
      <source>Suggested: merge into a better entry or retire.</source>
      <translation>建议：合并到更好的条目或禁用。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/faq.py" line="36" />
      <source>Wrong</source>
      <translation>错误</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/faq.py" line="37" />
      <source>Unclear</source>
      <translation>不清楚</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/faq.py" line="38" />
      <source>Out of date</source>
      <translation>已过时</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/faq.py" line="39" />
      <source>Missing information</source>
      <translation>缺少信息</translation>
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
      <translation>最近 12 个月</translation>
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
      <translation>第 %1 版待审核；第 %2 版继续上线</translation>
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
      <translation>来自 %1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/faq.py" line="64" />
      <source>merged into entry %1</source>
      <translation>已合并到条目 %1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/faq.py" line="66" />
      <source>from entry %1 (revision %2): %3</source>
      <translation>来自条目 %1（第 %2 版）：%3</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/faq.py" line="68" />
      <source>from entry %1 (revision %2)</source>
      <translation>来自条目 %1（第 %2 版）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/faq.py" line="73" />
      <source>call center</source>
      <translation>客服中心</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/faq.py" line="74" />
      <source>department</source>
      <translation>业务部门</translation>
    </message>
  </context>
  <context>
    <name>FaqModel</name>
    <message>
      <location filename="../../liaison_app/ui/models/browse.py" line="37" />
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/browse.py" line="37" />
      <source>Question</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/browse.py" line="37" />
      <source>Category</source>
      <translation>分类</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/browse.py" line="37" />
      <source>Owner</source>
      <translation>负责部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/browse.py" line="38" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/browse.py" line="38" />
      <source>Hits</source>
      <translation>使用次数</translation>
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
      <translation>搜索常见问题：输入几个字，繁体或简体皆可（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="129" />
      <source>Copy answer</source>
      <translation>拷贝答案</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="131" />
      <source>Copy the answer and key points for the agent, and count it as a use (Ctrl+Shift+C)</source>
      <translation>拷贝答案与操作要点给座席代表，并计为一次使用（Ctrl+Shift+C）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="134" />
      <source>Used</source>
      <translation>已使用</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="136" />
      <source>Count one use of this entry (Ctrl+Shift+U)</source>
      <translation>将此条目计为一次使用（Ctrl+Shift+U）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="138" />
      <source>Similar questions…</source>
      <translation>相似问法…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="140" />
      <source>Customers' other wordings of this entry's question</source>
      <translation>客户对此条目问题的其他问法</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="142" />
      <source>Review…</source>
      <translation>审核…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="144" />
      <source>Revisions, approvals, publish or retire</source>
      <translation>版本、审核意见、发布或禁用</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="146" />
      <source>Flag…</source>
      <translation>标记问题…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="148" />
      <source>Tell the entry's owner it is wrong, unclear, out of date or missing something</source>
      <translation>告知条目负责部门：内容错误、不清楚、已过时或缺少信息</translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/pages/browse.py" line="175" />
      <source>%n entries</source>
      <translation>
        <numerusform>%n 条</numerusform>
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
        <numerusform>%n 个待处理标记</numerusform>
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
      <translation>操作要点</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="281" />
      <source>Keywords</source>
      <translation>关键字</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="281" />
      <source>Revision</source>
      <translation>版本</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="281" />
      <source>Hits</source>
      <translation>使用次数</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/browse.py" line="293" />
      <source>Similar questions</source>
      <translation>相似问法</translation>
    </message>
  </context>
  <context>
    <name>FaqReviewDialog</name>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="47" />
      <source>Review FAQ entry #%1</source>
      <translation>审核常见问题 #%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="68" />
      <source>Submit for review</source>
      <translation>提交审核</translation>
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
      <translation>业务部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="76" />
      <source>On the department's behalf</source>
      <translation>代业务部门记录</translation>
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
      <translation>发布</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="106" />
      <source>Decision</source>
      <translation>审核决定</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="108" />
      <source>Side:</source>
      <translation>审核方：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="110" />
      <source>Approver:</source>
      <translation>审核人：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="125" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="135" />
      <source>Decisions</source>
      <translation>审核记录</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="144" />
      <source>Submitted for review.</source>
      <translation>已提交审核。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="149" />
      <source>Published; a bulletin announcing it waits on the board.</source>
      <translation>已发布；宣布此条目的通告在通告栏等待发布。</translation>
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
      <translation>创建</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="184" />
      <source>revised</source>
      <translation>修订</translation>
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
      <translation>提交审核</translation>
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
      <translation>发布</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="187" />
      <source>retired</source>
      <translation>禁用</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="187" />
      <source>back in review</source>
      <translation>重新送审</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="199" />
      <source>No decisions yet.</source>
      <translation>尚无审核记录。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="225" />
      <source>Revision %1</source>
      <translation>第 %1 版</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="294" />
      <source>Approval recorded.</source>
      <translation>已记录审核同意。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="299" />
      <source>Sent back to draft.</source>
      <translation>已退回为草稿。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="80" />
      <source>Comment</source>
      <translation>意见</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="85" />
      <source>Evidence:</source>
      <translation>凭证：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="94" />
      <source>Retire…</source>
      <translation>禁用…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="96" />
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="98" />
      <source>Undo the retirement: the entry goes back to the state it had</source>
      <translation>撤销禁用：条目回到禁用前的状态</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="153" />
      <source>Restored.</source>
      <translation>已恢复。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="171" />
      <source>Agents read revision %1 until revision %2, now in review, is published.</source>
      <translation>在审核中的第 %2 版发布前，座席代表看到的仍是第 %1 版。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="188" />
      <source>restored</source>
      <translation>已恢复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="248" />
      <source>Retire FAQ entry #%1?

Agents will no longer find it in search or in the exported FAQ. Restore brings it back.</source>
      <translation>禁用常见问题 #%1？

座席代表将无法在搜索或导出的常见问题中找到它。可用“恢复”撤销。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="253" />
      <source>Retired: agents no longer see it. Restore undoes this.</source>
      <translation>已禁用：座席代表不再看到它。可用“恢复”撤销。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="255" />
      <source>Retire entry</source>
      <translation>禁用条目</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="275" />
      <source>Who approved in the department</source>
      <translation>部门中核准的人</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="283" />
      <source>No mail or call from the department about this entry</source>
      <translation>没有部门就此条目的邮件或通话</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_review.py" line="293" />
      <source>Approval on the department's behalf recorded, with its evidence.</source>
      <translation>已代部门登记核准，并附凭证。</translation>
    </message>
  </context>
  <context>
    <name>FaqTransfer</name>
    <message>
      <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="49" />
      <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="69" />
      <source>Import FAQ</source>
      <translation>导入常见问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="49" />
      <source>FAQ files (*.csv *.xlsx *.jsonl)</source>
      <translation>常见问题文件 (*.csv *.xlsx *.jsonl)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="53" />
      <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="115" />
      <source>Export FAQ</source>
      <translation>导出常见问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="70" />
      <source>Importing %1…</source>
      <translation>正在导入 %1…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="84" />
      <source>Imported %1 FAQ entries.</source>
      <translation>已导入 %1 个常见问题条目。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="86" />
      <source>%1 bad rows were skipped.</source>
      <translation>已略过 %1 个有问题的行。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="93" />
      <source>The file holds no FAQ entries.</source>
      <translation>文件中没有常见问题条目。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="98" />
      <source>Nothing was imported: %1 rows have problems (see details).</source>
      <translation>未导入任何内容：%1 行有问题（见详细信息）。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="101" />
      <source>Import the good rows</source>
      <translation>只导入正确的行</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="116" />
      <source>Writing %1…</source>
      <translation>正在写入 %1…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/faq_transfer.py" line="122" />
      <source>Exported %1 FAQ entries to %2.</source>
      <translation>已导出 %1 个常见问题条目到 %2。</translation>
    </message>
  </context>
  <context>
    <name>FaqUpkeepPage</name>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_upkeep.py" line="24" />
      <source>Use tiers</source>
      <translation>使用分级</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_upkeep.py" line="25" />
      <source>Flags</source>
      <translation>问题标记</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_upkeep.py" line="26" />
      <source>Categories</source>
      <translation>分类</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_upkeep.py" line="27" />
      <source>Synonyms</source>
      <translation>同义词</translation>
    </message>
  </context>
  <context>
    <name>FileTransfer</name>
    <message>
      <location filename="../../liaison_app/ui/actions/file_transfer.py" line="70" />
      <source>and %1 more</source>
      <translation>另有 %1 项</translation>
    </message>
  </context>
  <context>
    <name>FlagDialog</name>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="208" />
      <source>Flag FAQ entry %1</source>
      <translation>标记常见问题 %1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="213" />
      <source>What is wrong, unclear, out of date or missing?</source>
      <translation>哪里错误、不清楚、已过时或缺少信息？</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="217" />
      <source>The entry is</source>
      <translation>条目内容</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="218" />
      <source>Comment</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/faq_entry_editor.py" line="224" />
      <source>The flag goes to the queue of the entry's owner department.</source>
      <translation>标记将进入条目负责部门的待处理清单。</translation>
    </message>
  </context>
  <context>
    <name>FlagModel</name>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_flags.py" line="50" />
      <source>Flagged</source>
      <translation>标记时间</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_flags.py" line="50" />
      <source>Entry</source>
      <translation>条目</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_flags.py" line="50" />
      <source>Question</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_flags.py" line="50" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_flags.py" line="51" />
      <source>Comment</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_flags.py" line="51" />
      <source>By</source>
      <translation>标记人</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_flags.py" line="51" />
      <source>Owner</source>
      <translation>负责部门</translation>
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
      <translation>编辑条目；保存后产生新版本并结案此标记</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_flags.py" line="95" />
      <source>Resolve…</source>
      <translation>结案…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_flags.py" line="97" />
      <source>Close the flag without changing the entry, with a note</source>
      <translation>不修改条目即结案此标记，并附说明</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_flags.py" line="101" />
      <source>Owner department:</source>
      <translation>负责部门：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_flags.py" line="123" />
      <source>All departments</source>
      <translation>全部部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_flags.py" line="126" />
      <source>No owner</source>
      <translation>无负责部门</translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/pages/faq_flags.py" line="150" />
      <source>%n open flags</source>
      <translation>
        <numerusform>%n 个待处理标记</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_flags.py" line="166" />
      <source>Fix for flag: %1</source>
      <translation>依标记修正：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_flags.py" line="167" />
      <source>fixed in revision %1</source>
      <translation>已于第 %1 版修正</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_flags.py" line="191" />
      <source>Resolve flag</source>
      <translation>结案标记</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_flags.py" line="191" />
      <source>Resolution note (e.g. why no change is needed):</source>
      <translation>结案说明（例如为何不需修改）：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_flags.py" line="178" />
      <location filename="../../liaison_app/ui/pages/faq_flags.py" line="198" />
      <source>Flag resolved: %1</source>
      <translation>标记已结案：%1</translation>
    </message>
  </context>
  <context>
    <name>FlagsTab</name>
    <message>
      <location filename="../../liaison_app/ui/desks/department_flags.py" line="88" />
      <source>What changed, for the reviewers</source>
      <translation>修改了什么（供审核人参考）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_flags.py" line="89" />
      <source>Propose the fix for review</source>
      <translation>提交修正送审</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_flags.py" line="94" />
      <source>Question</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_flags.py" line="95" />
      <source>Answer</source>
      <translation>答案</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_flags.py" line="96" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_flags.py" line="100" />
      <source>Agents keep the published text until your fix passes review.</source>
      <translation>修正通过审核前，座席代表仍看到已发布的内容。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_flags.py" line="156" />
      <source>The server refused the change: %1</source>
      <translation>服务器拒绝了此变更：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_flags.py" line="166" />
      <source>Revision %1 proposed: it goes live once the call center and your department approve it.</source>
      <translation>已提交版本 %1：客服中心与本部门均核准后生效。</translation>
    </message>
  </context>
  <context>
    <name>ForwardDialog</name>
    <message>
      <location filename="../../liaison_app/ui/dialogs/forward.py" line="40" />
      <source>Forward a question</source>
      <translation>转交问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/forward.py" line="46" />
      <source>Agent code, e.g. A1001</source>
      <translation>座席工号，例如 A1001</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/forward.py" line="47" />
      <source>Add the agent if the code is new</source>
      <translation>工号为新时添加此座席</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/forward.py" line="51" />
      <source>The customer's question, in the customer's words</source>
      <translation>客户的问题，用客户自己的话</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/forward.py" line="55" />
      <source>What the customer said or tried; account details</source>
      <translation>客户说了什么、试过什么；账户情况</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/forward.py" line="60" />
      <source>Urgent: the customer is waiting (half the SLA)</source>
      <translation>紧急：客户在等（时限减半）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/forward.py" line="68" />
      <source>Agent:</source>
      <translation>座席：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/forward.py" line="70" />
      <source>Question:</source>
      <translation>问题：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/forward.py" line="71" />
      <source>Customer context:</source>
      <translation>客户情况：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/forward.py" line="72" />
      <source>Product:</source>
      <translation>产品：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/forward.py" line="76" />
      <source>Forward</source>
      <translation>转交</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/forward.py" line="132" />
      <source>Unknown agent %1: check the code, or tick "Add the agent if the code is new".</source>
      <translation>未知座席 %1：请核对工号，或勾选“工号为新时添加此座席”。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/forward.py" line="138" />
      <source>Not forwarded: %1</source>
      <translation>未转交：%1</translation>
    </message>
  </context>
  <context>
    <name>ImportProblems</name>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="20" />
      <source>question text</source>
      <translation>问题内容</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="21" />
      <source>agent</source>
      <translation>座席代表</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="22" />
      <source>context</source>
      <translation>背景说明</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="23" />
      <source>product</source>
      <translation>产品</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="24" />
      <source>urgent</source>
      <translation>紧急</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="25" />
      <source>forwarded at</source>
      <translation>转来时间</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="26" />
      <source>source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="27" />
      <source>question</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="28" />
      <source>answer</source>
      <translation>答案</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="29" />
      <source>key points</source>
      <translation>操作要点</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="30" />
      <source>keywords</source>
      <translation>关键字</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="31" />
      <source>category</source>
      <translation>分类</translation>
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
      <translation>业务部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="35" />
      <source>email</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="36" />
      <source>phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="37" />
      <source>SLA hours</source>
      <translation>答复时限（工作小时）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="38" />
      <source>head of department</source>
      <translation>部门负责人</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="39" />
      <source>contact</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="43" />
      <location filename="../../liaison_app/ui/labels/problems.py" line="44" />
      <source>missing, but required</source>
      <translation>缺少必填内容</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="45" />
      <source>unknown column, ignored</source>
      <translation>无法识别的字段，已略过</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="46" />
      <source>unknown field, ignored</source>
      <translation>无法识别的字段，已略过</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="47" />
      <location filename="../../liaison_app/ui/labels/problems.py" line="49" />
      <source>the same question as line %1</source>
      <translation>与第 %1 列是同一个问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="51" />
      <source>unknown agent “%1” (add the agent first)</source>
      <translation>未知的座席代表“%1”（请先添加该座席代表）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="52" />
      <source>no agent given</source>
      <translation>未填座席代表</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="53" />
      <source>the question text is empty</source>
      <translation>问题内容是空的</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="55" />
      <source>%2 characters long (at most %3)</source>
      <translation>长度 %2 字（最多 %3 字）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="56" />
      <source>the time is in the future</source>
      <translation>时间在未来</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="57" />
      <source>given twice (as “%1”)</source>
      <translation>重复提供（作为“%1”）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="58" />
      <source>is before “valid from”</source>
      <translation>早于“生效日”</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="60" />
      <source>the FAQ already has this question (entry %1)</source>
      <translation>常见问题库已有此问题（条目 %1）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="62" />
      <source>a cell beyond the last column heading, ignored</source>
      <translation>最后一个字段标题之后的保存格，已略过</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="63" />
      <source>not valid JSON: %1 (column %2)</source>
      <translation>不是有效的 JSON：%1（第 %2 栏）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="66" />
      <source>holds a NUL character (a damaged file?)</source>
      <translation>含有 NUL 字符（文件可能已损坏？）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="68" />
      <source>the product name is longer than %1 characters</source>
      <translation>产品名称超过 %1 个字符</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/problems.py" line="69" />
      <source>unknown source “%1”</source>
      <translation>未知的来源“%1”</translation>
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
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/first_rows.py" line="125" />
      <location filename="../../liaison_app/ui/models/inbox.py" line="62" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/first_rows.py" line="126" />
      <location filename="../../liaison_app/ui/models/inbox.py" line="62" />
      <source>Question</source>
      <translation>问题</translation>
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
      <translation>业务部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/first_rows.py" line="127" />
      <location filename="../../liaison_app/ui/models/inbox.py" line="63" />
      <source>Product</source>
      <translation>产品</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/first_rows.py" line="128" />
      <location filename="../../liaison_app/ui/models/inbox.py" line="63" />
      <source>Forwarded</source>
      <translation>转交时间</translation>
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
      <translation>等您回复（已暂停计时）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/inbox.py" line="144" />
      <source>The department asked you for details; its due time is paused until you answer.</source>
      <translation>部门请您补充数据；回复前暂停计算期限。</translation>
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
      <translation>未结问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/inbox.py" line="73" />
      <location filename="../../liaison_app/ui/pages/inbox.py" line="271" />
      <source>All questions</source>
      <translation>全部问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/inbox.py" line="78" />
      <source>Filter by text or LQ number (Ctrl+F)</source>
      <translation>以文字或 LQ 编号筛选（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/inbox.py" line="85" />
      <source>All departments</source>
      <translation>全部部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/inbox.py" line="86" />
      <source>All agents</source>
      <translation>全部座席</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/inbox.py" line="87" />
      <source>All products</source>
      <translation>全部产品</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/inbox.py" line="88" />
      <source>Overdue only</source>
      <translation>仅逾期</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/inbox.py" line="92" />
      <source>Any time</source>
      <translation>不限时间</translation>
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
      <translation>起讫日期…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/inbox.py" line="104" />
      <source>Show:</source>
      <translation>显示：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/inbox.py" line="179" />
      <source>No questions yet</source>
      <translation>还没有问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/inbox.py" line="179" />
      <source>To begin:</source>
      <translation>开始使用：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/inbox.py" line="180" />
      <source>&lt;a href="actionImportQuestions"&gt;Import forwarded questions&lt;/a&gt; from a CSV or JSONL file (File › Import questions…)</source>
      <translation>从 CSV 或 JSONL 文件&lt;a href="actionImportQuestions"&gt;导入转来的问题&lt;/a&gt;（文件 › 导入问题…）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/inbox.py" line="182" />
      <source>&lt;a href="actionForward"&gt;Record a question&lt;/a&gt; an agent phoned in (Ctrl+N)</source>
      <translation>&lt;a href="actionForward"&gt;登记座席代表电话转来的问题&lt;/a&gt;（Ctrl+N）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/inbox.py" line="184" />
      <source>&lt;a href="actionImportFaq"&gt;Import your FAQ base&lt;/a&gt; so new questions find their answers</source>
      <translation>&lt;a href="actionImportFaq"&gt;导入现有的常见问题库&lt;/a&gt;，让新问题找得到答案</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/inbox.py" line="186" />
      <source>&lt;a href="setupAssistantAction"&gt;Try it with demo data&lt;/a&gt; (Help › Setup assistant…)</source>
      <translation>&lt;a href="setupAssistantAction"&gt;用示范数据试用&lt;/a&gt;（帮助 › 设置向导…）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/inbox.py" line="188" />
      <source>Agents forward questions by mail once the mail account is set (&lt;a href="actionMailSettings"&gt;File › Mail settings…&lt;/a&gt;): they appear here by themselves.</source>
      <translation>设置邮件帐号后（&lt;a href="actionMailSettings"&gt;文件 › 邮件设置…&lt;/a&gt;），座席代表以邮件转来的问题会自动出现在这里。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/pages/inbox.py" line="381" />
      <location filename="../../liaison_app/ui/pages/inbox.py" line="447" />
      <source>%n question(s)</source>
      <translation>
        <numerusform>%n 个问题</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/inbox.py" line="399" />
      <source>%1 is recorded, but the current filter hides it. &lt;a href="show"&gt;Show it&lt;/a&gt;</source>
      <translation>%1 已登记，但目前的筛选条件把它隐藏了。&lt;a href="show"&gt;显示它&lt;/a&gt;</translation>
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
      <translation>审核中</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="132" />
      <source>Published</source>
      <translation>已发布</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="133" />
      <source>Retired</source>
      <translation>已禁用</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/first_rows.py" line="80" />
      <location filename="../../liaison_app/ui/labels/common.py" line="21" />
      <source>New</source>
      <translation>新问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/first_rows.py" line="81" />
      <location filename="../../liaison_app/ui/labels/common.py" line="22" />
      <location filename="../../liaison_app/ui/labels/common.py" line="36" />
      <source>Answered from FAQ</source>
      <translation>已以常见问题解答</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/first_rows.py" line="82" />
      <location filename="../../liaison_app/ui/labels/common.py" line="23" />
      <source>Awaiting department</source>
      <translation>待部门回复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/first_rows.py" line="83" />
      <location filename="../../liaison_app/ui/labels/common.py" line="24" />
      <location filename="../../liaison_app/ui/labels/common.py" line="41" />
      <source>Answer received</source>
      <translation>已收到答复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="25" />
      <source>Answered</source>
      <translation>已回馈</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="26" />
      <location filename="../../liaison_app/ui/labels/common.py" line="44" />
      <source>Closed</source>
      <translation>已结案</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="27" />
      <source>Duplicate</source>
      <translation>重复</translation>
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
      <translation>已转交</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="37" />
      <source>Routed to department</source>
      <translation>已转交业务部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="38" />
      <source>Merged as duplicate</source>
      <translation>已合并为重复问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="40" />
      <source>Followed up</source>
      <translation>已跟催</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="42" />
      <source>Answered in center</source>
      <translation>中心内解答</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="43" />
      <source>Fed back to agents</source>
      <translation>已回馈座席代表</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="45" />
      <source>Reopened</source>
      <translation>已重新打开</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="106" />
      <source>FAQ</source>
      <translation>常见问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="106" />
      <source>Department</source>
      <translation>业务部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="106" />
      <source>In center</source>
      <translation>中心内</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="112" />
      <source>Email received</source>
      <translation>收到邮件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="112" />
      <source>Email sent</source>
      <translation>寄出邮件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="114" />
      <source>Phone call</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="115" />
      <source>Note</source>
      <translation>备注</translation>
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
      <translation>寄送失败</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="121" />
      <source>received</source>
      <translation>已收到</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="122" />
      <source>quarantined</source>
      <translation>已隔离</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="122" />
      <source>logged</source>
      <translation>已记录</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="46" />
      <source>Took in a duplicate</source>
      <translation>并入重复问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="47" />
      <source>Priority changed</source>
      <translation>优先级变更</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="48" />
      <source>Marked as not a duplicate</source>
      <translation>标为非重复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="57" />
      <source>forwarded by %1 (%2)</source>
      <translation>由 %1 转交（%2）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="58" />
      <source>to %1, due %2</source>
      <translation>分派给%1，期限 %2</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="59" />
      <source>into %1</source>
      <translation>并入 %1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="60" />
      <source>merged %1 into this question</source>
      <translation>%1 已并入本问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="61" />
      <source>not a repeat of %1</source>
      <translation>不是 %1 的重复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="62" />
      <source>asked %1 by mail</source>
      <translation>已以邮件咨询%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="63" />
      <source>asked %1 by phone</source>
      <translation>已致电咨询%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="64" />
      <source>chased %1 (chase no. %2)</source>
      <translation>已催办%1（第 %2 次）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="65" />
      <source>escalated to %1 (%2)</source>
      <translation>已升级至 %1（%2）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="66" />
      <source>answer from %1</source>
      <translation>来自 %1 的答复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="67" />
      <source>answered by phone (%1)</source>
      <translation>电话答复（%1）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="68" />
      <source>%1 will call back by %2</source>
      <translation>%1 将于 %2 前回电</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="69" />
      <source>answer sent to %1</source>
      <translation>答复已发送给 %1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="70" />
      <source>answered by the manager</source>
      <translation>由信息管理员答复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="71" />
      <source>%1 → %2</source>
      <translation>%1 → %2</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/common.py" line="78" />
      <source>resolved: %1</source>
      <translation>解决方式：%1</translation>
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
      <translation>疑难问题工作台</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/first_rows.py" line="143" />
      <location filename="../../liaison_app/ui/launch.py" line="76" />
      <source>Opening the database…</source>
      <translation>正在打开数据库…</translation>
    </message>
  </context>
  <context>
    <name>LogCallDialog</name>
    <message>
      <location filename="../../liaison_app/ui/dialogs/call.py" line="47" />
      <source>Log a call — LQ-%1</source>
      <translation>记录通话 — LQ-%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/call.py" line="58" />
      <source>Answered</source>
      <translation>已答复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/call.py" line="59" />
      <source>Will call back</source>
      <translation>将回电</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/call.py" line="60" />
      <source>No answer</source>
      <translation>无人接听</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/call.py" line="70" />
      <source>Department:</source>
      <translation>业务部门：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/call.py" line="71" />
      <source>Contact:</source>
      <translation>联系人：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/call.py" line="72" />
      <source>Time:</source>
      <translation>时间：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/call.py" line="73" />
      <source>Minutes:</source>
      <translation>分钟数：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/call.py" line="74" />
      <source>Summary:</source>
      <translation>摘要：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/call.py" line="75" />
      <source>Outcome:</source>
      <translation>结果：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/call.py" line="76" />
      <source>Answer:</source>
      <translation>答复：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/call.py" line="77" />
      <source>Call back by:</source>
      <translation>回电期限：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/call.py" line="118" />
      <source>(department)</source>
      <translation>（部门）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/call.py" line="144" />
      <source>Choose a department.</source>
      <translation>请选择业务部门。</translation>
    </message>
  </context>
  <context>
    <name>MailActions</name>
    <message>
      <location filename="../../liaison_app/ui/actions/mail.py" line="96" />
      <source>Answer the department's question</source>
      <translation>回复部门的询问</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/mail.py" line="97" />
      <source>The details the department asked for:</source>
      <translation>部门要求补充的数据：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/mail.py" line="142" />
      <source>Whole message</source>
      <translation>完整邮件</translation>
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
      <translation>%1 拒绝了用户名或密码，请在“文件 › 邮件设置”中检查。（服务器回应：%2）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="54" />
      <source>The certificate of %1 is not trusted (%2). Ask IT whether the server's name is right.</source>
      <translation>%1 的凭证不受信任（%2）。请向信息部门确认服务器名称是否正确。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="56" />
      <source>The secure connection with %1 failed (%2): check the port and the security setting.</source>
      <translation>与 %1 的安全连接失败（%2）：请检查连接端口与安全性设置。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="58" />
      <source>%1 did not answer in time.</source>
      <translation>%1 未及时回应。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="59" />
      <source>%1 refused the connection: is the server running, and the port right?</source>
      <translation>%1 拒绝连接：服务器是否在运行、连接端口是否正确？</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="61" />
      <source>The mail server %1 cannot be found (%2): check its name.</source>
      <translation>找不到邮件服务器 %1（%2）：请检查名称。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="63" />
      <source>No mail server is set: File › Mail settings.</source>
      <translation>尚未设置邮件服务器：请至“文件 › 邮件设置”。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="64" />
      <source>No password is stored for %2: enter it in File › Mail settings.</source>
      <translation>尚未保存 %2 的密码：请在“文件 › 邮件设置”中输入。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/errors.py" line="66" />
      <source>These folders are not on %1: %2.</source>
      <translation>%1 上没有这些文件夹：%2。</translation>
    </message>
  </context>
  <context>
    <name>MailSettingsDialog</name>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="92" />
      <source>Mail settings</source>
      <translation>邮件设置</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="96" />
      <source>Outgoing mail (SMTP)</source>
      <translation>寄件服务器（SMTP）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="99" />
      <source>Sender address:</source>
      <translation>寄件地址：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="100" />
      <source>Sender name:</source>
      <translation>寄件人名称：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="102" />
      <source>Incoming mail (IMAP)</source>
      <translation>收件服务器（IMAP）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="106" />
      <source> s</source>
      <translation> 秒</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="108" />
      <source>Folders to watch:</source>
      <translation>监看的文件夹：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="109" />
      <source>Check every:</source>
      <translation>检查间隔：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="114" />
      <source>e.g. mail.bank.example</source>
      <translation>例如 mail.bank.example</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="116" />
      <source>The name the bank's mail server writes in the Authentication-Results header of mail it has checked (SPF/DKIM/DMARC).</source>
      <translation>行内邮件服务器在已检查（SPF/DKIM/DMARC）邮件的 Authentication-Results 标头中写入的名称。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="120" />
      <source>e.g. relay1.bank.example, 10.1.2.3</source>
      <translation>例如 relay1.bank.example, 10.1.2.3</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="122" />
      <source>Internal mail relays (host names or addresses): mail that reached the bank's server through one of them comes from inside the bank.</source>
      <translation>行内邮件转发主机（主机名称或地址）：经由其中之一到达行内服务器的邮件来自行内。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="129" />
      <source>Agents' mail becomes a question by itself only when one of these vouches for it; otherwise it waits in the unmatched tray for you.</source>
      <translation>座席的邮件只有经上述任一项确认后才会自动成为问题；否则会留在未配对邮件中等您处理。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="132" />
      <source>Trusted mail server:</source>
      <translation>受信任的邮件服务器：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="133" />
      <source>Internal relays:</source>
      <translation>行内转发主机：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="146" />
      <source>No system keyring is available on this computer. Passwords you enter are kept in memory for this run only and asked again next time; they are never written to disk.</source>
      <translation>此电脑没有可用的系统密钥环。您输入的密码只在本次运行期间保存在内存中，下次会再询问；密码绝不写入磁盘。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="177" />
      <source>“%1” is not a host name or address; separate several with commas.</source>
      <translation>“%1”不是主机名称或地址；多个请以逗号分隔。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="185" />
      <source>Testing…</source>
      <translation>测试中…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="193" />
      <source>OK: %1</source>
      <translation>成功：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="198" />
      <source>Failed: %1</source>
      <translation>失败：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="214" />
      <source>Cannot save the settings: %1</source>
      <translation>无法保存设置：%1</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="55" />
      <source>Liaison — hard questions desk</source>
      <translation>Liaison — 疑难问题工作台</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/registry.py" line="101" />
      <source>Reports</source>
      <translation>报表</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="102" />
      <source>Database: %1</source>
      <translation>数据库：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="114" />
      <source>Mail: working…</source>
      <translation>邮件：收发中…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="116" />
      <source>Mail: failed</source>
      <translation>邮件：收发失败</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/registry.py" line="89" />
      <source>Inbox</source>
      <translation>收件箱</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/registry.py" line="91" />
      <source>Queries</source>
      <translation>部门咨询</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/registry.py" line="93" />
      <source>FAQ</source>
      <translation>常见问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/registry.py" line="96" />
      <source>Bulletins</source>
      <translation>通告栏</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/registry.py" line="100" />
      <source>Departments</source>
      <translation>业务部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/registry.py" line="102" />
      <source>FAQ upkeep</source>
      <translation>常见问题维护</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="56" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="60" />
      <source>&amp;Forward a question…</source>
      <translation>转交问题(&amp;F)…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="69" />
      <source>&amp;Import forwarded questions…</source>
      <translation>导入转交问题(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="79" />
      <source>&amp;Refresh</source>
      <translation>刷新(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="85" />
      <source>&amp;Mail settings…</source>
      <translation>邮件设置(&amp;M)…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="91" />
      <source>&amp;People…</source>
      <translation>人员(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="119" />
      <source>&amp;Quit</source>
      <translation>结束(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="163" />
      <source>&amp;View</source>
      <translation>查看(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="174" />
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="180" />
      <source>System language</source>
      <translation>系统语言</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="129" />
      <source>F&amp;AQ</source>
      <translation>常见问题(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="155" />
      <source>&amp;Review captured phrasings…</source>
      <translation>审核新收集的问法(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="447" />
      <source>FAQ entries expiring within a week: %1</source>
      <translation>一周内到期的常见问题：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="195" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="198" />
      <source>&amp;User guide</source>
      <translation>使用手册(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="229" />
      <source>&amp;About Liaison</source>
      <translation>关于 Liaison(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="131" />
      <source>&amp;Import FAQ…</source>
      <translation>导入常见问题(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="132" />
      <source>&amp;Export FAQ…</source>
      <translation>导出常见问题(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="135" />
      <source>&amp;Use tiers</source>
      <translation>使用分级(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="138" />
      <source>&amp;Flags</source>
      <translation>问题标记(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="141" />
      <source>&amp;Categories</source>
      <translation>分类(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="146" />
      <source>&amp;Synonyms…</source>
      <translation>同义词(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="255" />
      <source>Recorded %1.</source>
      <translation>已登记 %1。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="257" />
      <source>Probable duplicate of %1.</source>
      <translation>可能与 %1 重复。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="304" />
      <source>New questions arrived.</source>
      <translation>有新问题到达。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="325" />
      <source>Mail: %1 sent, %2 fetched</source>
      <translation>邮件：寄出 %1，收到 %2</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="328" />
      <source>problems, see Queries</source>
      <translation>有问题，请见部门咨询</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="443" />
      <source>%1 questions · %2 open · %3 unread · %4 overdue · %5 FAQ published</source>
      <translation>%1 个问题 · %2 未结 · %3 未读 · %4 逾期 · %5 条常见问题已发布</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="89" />
      <source>&amp;Audit trail…</source>
      <translation>审核纪录(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="142" />
      <source>manager</source>
      <translation>信息管理员</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="143" />
      <source>supervisor: read only</source>
      <translation>主管：唯读</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="144" />
      <source>department contact: your departments only, read only here</source>
      <translation>部门联系人：仅限您的部门，此处唯读</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="145" />
      <source>agent: your own questions only, read only here</source>
      <translation>座席代表：仅限您自己的问题，此处唯读</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="146" />
      <source>admin: people only, read only here</source>
      <translation>系统管理员：仅限人员管理，此处唯读</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="148" />
      <source>Signed in as %1 (%2)</source>
      <translation>已登录：%1（%2）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="321" />
      <source>Mail: sent and fetched by another desk</source>
      <translation>邮件：由另一个工作台收发</translation>
    </message>
  </context>
  <context>
    <name>MyQuestionsModel</name>
    <message>
      <location filename="../../liaison_app/ui/models/agent_desk.py" line="80" />
      <source>Ref</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/agent_desk.py" line="80" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/agent_desk.py" line="81" />
      <source>Question</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/agent_desk.py" line="82" />
      <source>Answer or reason</source>
      <translation>答复或退回原因</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/agent_desk.py" line="96" />
      <source>Waiting to be sent</source>
      <translation>等待送出</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/agent_desk.py" line="106" />
      <source>Forwarded %1</source>
      <translation>转发于 %1</translation>
    </message>
  </context>
  <context>
    <name>PeopleDialog</name>
    <message>
      <location filename="../../liaison_app/ui/dialogs/people.py" line="175" />
      <location filename="../../liaison_app/ui/dialogs/people.py" line="309" />
      <source>People</source>
      <translation>人员</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/people.py" line="189" />
      <source>Add a person…</source>
      <translation>添加人员…</translation>
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
      <translation>禁用登录</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/people.py" line="207" />
      <source>Each person signs in as their own login; their roles decide what the server lets them see and change.</source>
      <translation>每位人员以自己的登录帐号登录；服务器依其角色决定可查看和修改的内容。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/people.py" line="262" />
      <source>%1 added: they sign in with the first password and must change it.</source>
      <translation>已添加 %1：以初始密码登录，并须更改密码。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/people.py" line="263" />
      <source>%1 added: their existing login is mapped.</source>
      <translation>已添加 %1：已对应其现有登录帐号。</translation>
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
      <translation>%1 现已拥有角色：%2。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/people.py" line="291" />
      <source>Taken from %1.</source>
      <translation>已从 %1 收回。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/people.py" line="302" />
      <source>%1 will no longer be able to sign in; their history stays. Disable?</source>
      <translation>%1 将无法再登录，其历史记录保留。确定禁用？</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/people.py" line="305" />
      <source>%1 can no longer sign in.</source>
      <translation>%1 已无法登录。</translation>
    </message>
  </context>
  <context>
    <name>PeopleModel</name>
    <message>
      <location filename="../../liaison_app/ui/models/people.py" line="16" />
      <source>manager</source>
      <translation>信息管理员</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/people.py" line="17" />
      <source>supervisor</source>
      <translation>主管</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/people.py" line="18" />
      <source>department contact</source>
      <translation>部门联系人</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/people.py" line="19" />
      <source>agent</source>
      <translation>座席代表</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/people.py" line="20" />
      <source>admin</source>
      <translation>系统管理员</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/people.py" line="30" />
      <source>Login</source>
      <translation>登录帐号</translation>
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
      <translation>部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/people.py" line="32" />
      <source>Agent</source>
      <translation>座席代表</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/people.py" line="32" />
      <source>Can sign in</source>
      <translation>可登录</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/people.py" line="50" />
      <source>no (disabled)</source>
      <translation>否（已禁用）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/people.py" line="52" />
      <source>yes, must change the first password</source>
      <translation>是，须更改初始密码</translation>
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
      <translation>Liaison — 人员管理</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/people.py" line="35" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/people.py" line="36" />
      <source>&amp;Audit trail…</source>
      <translation>审核纪录(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/people.py" line="41" />
      <source>&amp;Quit</source>
      <translation>结束(&amp;Q)</translation>
    </message>
  </context>
  <context>
    <name>PersonForm</name>
    <message>
      <location filename="../../liaison_app/ui/dialogs/people.py" line="77" />
      <source>Add a person</source>
      <translation>添加人员</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/people.py" line="79" />
      <source>their sign-in name, e.g. wang.li</source>
      <translation>登录名称，例如 wang.li</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/people.py" line="87" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/people.py" line="90" />
      <source>An existing login (LDAP): no password here</source>
      <translation>现有登录帐号（LDAP）：此处不设密码</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/people.py" line="93" />
      <source>a first password; they must change it</source>
      <translation>初始密码；对方须更改</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/people.py" line="100" />
      <source>Login:</source>
      <translation>登录帐号：</translation>
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
      <translation>部门：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/people.py" line="104" />
      <source>Agent:</source>
      <translation>座席代表：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/people.py" line="106" />
      <source>First password:</source>
      <translation>初始密码：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/people.py" line="122" />
      <source>Give the person at least one role.</source>
      <translation>请至少授予一个角色。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/people.py" line="125" />
      <source>The first password needs at least 8 characters (or tick the existing login).</source>
      <translation>初始密码至少需 8 个字符（或勾选现有登录帐号）。</translation>
    </message>
  </context>
  <context>
    <name>PhrasingModel</name>
    <message>
      <location filename="../../liaison_app/ui/dialogs/similar.py" line="37" />
      <source>Customer's wording</source>
      <translation>客户问法</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/similar.py" line="37" />
      <source>FAQ entry</source>
      <translation>常见问题条目</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/similar.py" line="37" />
      <source>From</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/similar.py" line="38" />
      <source>Captured</source>
      <translation>收集时间</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/similar.py" line="41" />
      <source>answered question</source>
      <translation>已回复的问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/similar.py" line="41" />
      <source>merged duplicate</source>
      <translation>合并的重复问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/similar.py" line="42" />
      <source>entry created from it</source>
      <translation>据此创建的条目</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/similar.py" line="42" />
      <source>import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/similar.py" line="43" />
      <source>typed</source>
      <translation>手动输入</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/similar.py" line="43" />
      <source>merged FAQ entry</source>
      <translation>合并的常见问题条目</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../../liaison_app/ui/i18n.py" line="30" />
      <source>&amp;Look in:</source>
      <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/i18n.py" line="31" />
      <source>Files of &amp;type:</source>
      <translation>文件类型(&amp;T)：</translation>
    </message>
  </context>
  <context>
    <name>QueriesModel</name>
    <message>
      <location filename="../../liaison_app/ui/models/queries.py" line="21" />
      <source>%1 min</source>
      <translation>%1 分钟</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/queries.py" line="23" />
      <source>%1 h</source>
      <translation>%1 小时</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/queries.py" line="24" />
      <source>%1 days</source>
      <translation>%1 天</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/queries.py" line="39" />
      <source>Department</source>
      <translation>业务部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/queries.py" line="39" />
      <source>Question</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/queries.py" line="40" />
      <source>Text</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/queries.py" line="40" />
      <source>Age</source>
      <translation>已历时</translation>
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
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/queries.py" line="42" />
      <source>Chases</source>
      <translation>催办次数</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/queries.py" line="42" />
      <source>Escalated</source>
      <translation>已呈报主管</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/queries.py" line="46" />
      <source>asked you back: answer it</source>
      <translation>部门在等您补充数据</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/queries.py" line="48" />
      <source>overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/queries.py" line="50" />
      <source>due soon</source>
      <translation>即将到期</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/queries.py" line="52" />
      <source>reply in</source>
      <translation>已有回复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/queries.py" line="53" />
      <source>waiting</source>
      <translation>等候中</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/queries.py" line="71" />
      <source>Handed over on the department desk to %1</source>
      <translation>已在部门工作台转交给 %1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/queries.py" line="78" />
      <source>%1 · with %2</source>
      <translation>%1 · 由 %2 处理</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/queries.py" line="100" />
      <source>Received</source>
      <translation>收到时间</translation>
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
      <translation>已隔离：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/queries.py" line="107" />
      <source>confirm: LQ-%1</source>
      <translation>待确认：LQ-%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/queries.py" line="110" />
      <source>bounce</source>
      <translation>退信</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/queries.py" line="112" />
      <source>auto-reply</source>
      <translation>自动回复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/models/queries.py" line="113" />
      <source>unmatched</source>
      <translation>未配对</translation>
    </message>
  </context>
  <context>
    <name>QueriesPage</name>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="67" />
      <source>Send and fetch now</source>
      <translation>立即收发邮件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="85" />
      <location filename="../../liaison_app/ui/pages/queries.py" line="286" />
      <source>Chase</source>
      <translation>催办</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="86" />
      <location filename="../../liaison_app/ui/pages/queries.py" line="299" />
      <source>Escalate to head</source>
      <translation>呈报部门主管</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="87" />
      <source>Log a call…</source>
      <translation>记录通话…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="107" />
      <source>Attach to question…</source>
      <translation>归入问题…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="108" />
      <source>Confirm suggested question</source>
      <translation>确认建议的问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="109" />
      <source>Make a new question…</source>
      <translation>创建新问题…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="110" />
      <source>Reprocess</source>
      <translation>重新处理</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="152" />
      <source>Open queries</source>
      <translation>未结咨询</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="153" />
      <source>Unmatched mail</source>
      <translation>未配对邮件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="163" />
      <location filename="../../liaison_app/ui/pages/queries.py" line="192" />
      <source>Mail is not configured yet: open File → Mail settings.</source>
      <translation>尚未设置邮件：请打开“文件 → 邮件设置”。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="176" />
      <source>Unmatched mail (%1)</source>
      <translation>未配对邮件（%1）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="197" />
      <source>Sending and fetching mail…</source>
      <translation>正在收发邮件…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="200" />
      <source>Working: %1</source>
      <translation>处理中：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="205" />
      <source>Sent %1, failed %2, fetched %3, matched %4, unmatched %5, quarantined %6, new questions %7.</source>
      <translation>已寄出 %1，失败 %2，收到 %3，已配对 %4，未配对 %5，已隔离 %6，新问题 %7。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="217" />
      <source>Problems: %1</source>
      <translation>问题：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="225" />
      <source>The mail cycle failed: %1</source>
      <translation>收发邮件失败：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="354" />
      <source>Mail attached to %1.</source>
      <translation>邮件已归入 %1。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="357" />
      <source>The mail “%1” from %2 goes to the question you pick.</source>
      <translation>来自 %2 的邮件“%1”将归入您选择的问题。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="359" />
      <source>Attach to question</source>
      <translation>归入问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="373" />
      <source>Mail attached to the question.</source>
      <translation>邮件已归入问题。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="369" />
      <source>This mail suggests no question.</source>
      <translation>这封邮件没有建议的问题。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="379" />
      <source>Make a new question</source>
      <translation>创建新问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="379" />
      <source>Agent number:</source>
      <translation>座席代表工号：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="384" />
      <source>New question made from the mail.</source>
      <translation>已由邮件创建新问题。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="391" />
      <source>Mail reprocessed.</source>
      <translation>邮件已重新处理。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="111" />
      <source>Dismiss</source>
      <translation>移出</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="112" />
      <source>Not a reply to any question: out of the tray (kept, and Undo puts it back)</source>
      <translation>不是任何问题的回复：移出未配对邮件清单（邮件仍保留，可用“撤销”放回）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="114" />
      <source>Mark as spam</source>
      <translation>标为垃圾邮件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="115" />
      <source>Undo</source>
      <translation>撤销</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="263" />
      <source>Select a query first.</source>
      <translation>请先选取一项咨询。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="269" />
      <source>Queue the mail</source>
      <translation>放入寄件匣</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="283" />
      <source>Queue chase no. %1 to %2 about %3, in the same mail thread?</source>
      <translation>在同一邮件串中向%2发出关于 %3 的第 %1 次催办？</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="288" />
      <source>Chase queued to %1 about %2.</source>
      <translation>关于 %2 的催办邮件已放入寄件匣，寄给%1。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="297" />
      <source>Queue an escalation to the head of %1 about %2 (the contact in Cc)?</source>
      <translation>就 %2 向%1主管升级（副本给联系人）？</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/queries.py" line="302" />
      <source>Escalation queued to the head of %1 about %2.</source>
      <translation>关于 %2 的升级邮件已放入寄件匣，寄给%1主管。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/pages/queries.py" line="330" />
      <source>%n mail(s) marked as spam and taken out of the tray.</source>
      <translation>
        <numerusform>已将 %n 封邮件标为垃圾邮件并移出未配对邮件清单。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/pages/queries.py" line="332" />
      <source>%n mail(s) dismissed from the tray.</source>
      <translation>
        <numerusform>已将 %n 封邮件移出未配对邮件清单。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/pages/queries.py" line="344" />
      <source>%n mail(s) back in the tray.</source>
      <translation>
        <numerusform>%n 封邮件已放回未配对邮件清单。</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>QuestionDetail</name>
    <message>
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="44" />
      <source>Urgent</source>
      <translation>紧急</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="45" />
      <source>Customer context</source>
      <translation>客户情况</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="46" />
      <source>Answer</source>
      <translation>答复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="47" />
      <source>Reason for rejection</source>
      <translation>退回原因</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="48" />
      <source>History</source>
      <translation>处理记录</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="49" />
      <source>Correspondence</source>
      <translation>往来记录</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="63" />
      <source>Ask a department…</source>
      <translation>询问部门…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="64" />
      <source>Log a call…</source>
      <translation>记录通话…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="75" />
      <source>Send again now</source>
      <translation>立即重新寄送</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="82" />
      <source>Bounce: the mail was not delivered</source>
      <translation>退信：邮件未送达</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="84" />
      <source>Automatic reply</source>
      <translation>自动回复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="86" />
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="94" />
      <source>Accept as the answer</source>
      <translation>采用为答复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="88" />
      <source>Whole message</source>
      <translation>完整邮件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="97" />
      <source>Answer the department's question…</source>
      <translation>回复部门的询问…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="105" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="106" />
      <source>Department</source>
      <translation>业务部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="107" />
      <source>Product</source>
      <translation>产品</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="108" />
      <source>Forwarded</source>
      <translation>转交时间</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="111" />
      <source>Due</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="113" />
      <source>Resolution</source>
      <translation>解决方式</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="115" />
      <source>Duplicate of</source>
      <translation>重复于</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="118" />
      <source>via %1</source>
      <translation>经由 %1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="122" />
      <source>Agents</source>
      <translation>座席代表</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="165" />
      <source>Handed over to %1</source>
      <translation>已转交给 %1</translation>
    </message>
  </context>
  <context>
    <name>QuestionDetailView</name>
    <message>
      <location filename="../../liaison_app/ui/widgets/question_detail.py" line="199" />
      <source>Select a question to see its history.</source>
      <translation>选择一个问题以查看其处理记录。</translation>
    </message>
  </context>
  <context>
    <name>QuestionImportRunner</name>
    <message>
      <location filename="../../liaison_app/ui/actions/question_import.py" line="48" />
      <location filename="../../liaison_app/ui/actions/question_import.py" line="53" />
      <location filename="../../liaison_app/ui/actions/question_import.py" line="118" />
      <source>Import forwarded questions</source>
      <translation>导入转交问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/question_import.py" line="49" />
      <source>Forwarded questions (*.csv *.jsonl *.tsv *.txt)</source>
      <translation>转交问题 (*.csv *.jsonl *.tsv *.txt)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/question_import.py" line="54" />
      <source>Checking %1…</source>
      <translation>正在检查 %1…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/question_import.py" line="61" />
      <source>Imported %1 of %2 rows</source>
      <translation>已导入 %1 / %2 行</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/question_import.py" line="64" />
      <source>Checked %1 rows</source>
      <translation>已检查 %1 行</translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/actions/question_import.py" line="83" />
      <source>Imported %n question(s).</source>
      <translation>
        <numerusform>已导入 %n 个问题。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/question_import.py" line="85" />
      <source>%1 bad rows were skipped.</source>
      <translation>已略过 %1 个有问题的行。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/question_import.py" line="92" />
      <source>The file holds no questions.</source>
      <translation>文件中没有问题。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/question_import.py" line="98" />
      <source>Nothing was imported: %1 of %2 rows have problems (see details).</source>
      <translation>未导入任何数据：%2 行中有 %1 行有问题（见详情）。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/question_import.py" line="102" />
      <source>Import the %1 good rows</source>
      <translation>只导入 %1 个正确的行</translation>
    </message>
  </context>
  <context>
    <name>QuestionPicker</name>
    <message>
      <location filename="../../liaison_app/ui/dialogs/question_picker.py" line="47" />
      <source>LQ number or words of the question</source>
      <translation>LQ 编号或问题中的字词</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/question_picker.py" line="50" />
      <source>Include answered and closed questions</source>
      <translation>包括已答复和已结案的问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/question_picker.py" line="61" />
      <source>Attach</source>
      <translation>归入</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/question_picker.py" line="109" />
      <source>No question matches.</source>
      <translation>没有相符的问题。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/dialogs/question_picker.py" line="110" />
      <source>%n question(s) shown</source>
      <translation>
        <numerusform>显示 %n 个问题</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>QueueTab</name>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="110" />
      <source>Your answer, or what you need to know from the information manager</source>
      <translation>您的答复，或需要信息管理员补充的数据</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="112" />
      <source>Attach files…</source>
      <translation>附加文件…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="114" />
      <source>Send the answer</source>
      <translation>送出答复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="115" />
      <source>Ask the manager for details</source>
      <translation>请信息管理员补充数据</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="118" />
      <source>Hand over</source>
      <translation>转交</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="134" />
      <source>Colleague:</source>
      <translation>同事：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="165" />
      <source>%1 open · %2 new · %3 overdue</source>
      <translation>%1 件未结 · %2 件新 · %3 件逾期</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="222" />
      <source>Urgent</source>
      <translation>紧急</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="222" />
      <source>Customer context</source>
      <translation>客户情况</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="223" />
      <source>Due</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="223" />
      <source>Thread so far</source>
      <translation>往来纪录</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="224" />
      <source>Files:</source>
      <translation>文件：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="247" />
      <source>Answer from the desk</source>
      <translation>部门工作台答复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="248" />
      <source>Clarification requested</source>
      <translation>要求补充数据</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="249" />
      <source>Handed over</source>
      <translation>已转交</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="250" />
      <source>The manager's clarification</source>
      <translation>信息管理员的补充</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="255" />
      <source>Call</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="256" />
      <source>Mail from the call center</source>
      <translation>客服中心来信</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="257" />
      <source>Reply mail</source>
      <translation>回复邮件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="267" />
      <source>Attach files</source>
      <translation>附加文件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="278" />
      <source>The server refused the change: %1</source>
      <translation>服务器拒绝了此变更：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="298" />
      <source>Answer sent: the information manager will check it and feed it back to the agent.</source>
      <translation>答复已送出：信息管理员核对后会回馈给座席代表。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="307" />
      <source>Asked the manager; the due time is paused until they answer.</source>
      <translation>已询问信息管理员；在其回复前期限暂停计算。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department.py" line="316" />
      <source>Handed over to %1.</source>
      <translation>已转交给 %1。</translation>
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
      <translation>登录名</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/bulletin_readers.py" line="46" />
      <source>Read</source>
      <translation>阅读时间</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/bulletin_readers.py" line="46" />
      <source>Reminded</source>
      <translation>提醒时间</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/bulletin_readers.py" line="59" />
      <source>Not yet</source>
      <translation>尚未阅读</translation>
    </message>
  </context>
  <context>
    <name>RejectDialog</name>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="657" />
      <source>Reject %n question(s)</source>
      <translation>
        <numerusform>退回 %n 个问题</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="658" />
      <source>Why is it rejected? The reason is mailed to the agent(s) who forwarded it (a note in the record for agents without an address).</source>
      <translation>退回原因？原因将以邮件寄给转交问题的座席代表（没有邮件地址的座席代表则记入纪录）。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="663" />
      <source>A reason is needed to reject a question.</source>
      <translation>退回问题须填写原因。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="666" />
      <source>Reject and tell the agent(s)</source>
      <translation>退回并通知座席代表</translation>
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
        <numerusform>… 另有 %n 列见 CSV/XLSX 导出档</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReportText</name>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="20" />
      <location filename="../../liaison_app/ui/labels/reports.py" line="32" />
      <source>Intake volume</source>
      <translation>咨询受理量</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="21" />
      <location filename="../../liaison_app/ui/labels/reports.py" line="57" />
      <source>Resolution mix</source>
      <translation>解决方式构成</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="22" />
      <location filename="../../liaison_app/ui/labels/reports.py" line="70" />
      <source>Department scorecard</source>
      <translation>部门答复成绩表</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="23" />
      <location filename="../../liaison_app/ui/labels/reports.py" line="96" />
      <source>Knowledge health</source>
      <translation>知识库健康度</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="24" />
      <location filename="../../liaison_app/ui/labels/reports.py" line="117" />
      <source>Open workload</source>
      <translation>未结工作量</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="33" />
      <source>Agents' searches</source>
      <translation>座席搜索次数</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="34" />
      <source>Searches ending in an answer used</source>
      <translation>以采用答案结束的搜索</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="35" />
      <source>Searches with no result</source>
      <translation>无结果的搜索</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="36" />
      <source>Live entries never found</source>
      <translation>从未被找到的有效条目</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="37" />
      <source>Words searched</source>
      <translation>搜索用词</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="38" />
      <source>Searches</source>
      <translation>搜索次数</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="39" />
      <source>Last</source>
      <translation>最近一次</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="40" />
      <source>Searches are those settled on agents' desks (a query left alone, or an answer opened from it); one ends in an answer used when an answer was opened or copied from it, or the agent said it answered the question. Use tiers count agents' uses once there are any.</source>
      <translation>搜索指座席工作台上确定的搜索（停留未改的查找，或从中打开答案的查找）；从中打开或拷贝了答案，或座席表示已解答，即算以采用答案结束。一旦有座席的使用纪录，使用分级只计座席的使用。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="41" />
      <source>Questions forwarded</source>
      <translation>转发问题数</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="42" />
      <source>Per day</source>
      <translation>日均</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="43" />
      <source>Urgent</source>
      <translation>紧急</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="44" />
      <source>Merged as duplicates</source>
      <translation>合并为重复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="45" />
      <source>Rejected</source>
      <translation>已退回</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="46" />
      <source>Questions forwarded over time</source>
      <translation>转发问题趋势</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="47" />
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="48" />
      <source>Week from</source>
      <translation>周起始日</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="49" />
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="50" />
      <source>Questions</source>
      <translation>问题数</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="51" />
      <source>Questions by product</source>
      <translation>按产品分类的问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="52" />
      <source>Product</source>
      <translation>产品</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="53" />
      <source>Share %</source>
      <translation>占比 %</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="54" />
      <source>Questions by category</source>
      <translation>按类别分类的问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="55" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="56" />
      <source>Counted by the time a question was first forwarded; questions not yet triaged have no category (shown as uncategorised).</source>
      <translation>按问题首次转发的时间统计；尚未分拣的问题没有类别（显示为未分类）。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="58" />
      <source>Questions resolved</source>
      <translation>已解决问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="59" />
      <location filename="../../liaison_app/ui/labels/reports.py" line="138" />
      <source>From FAQ</source>
      <translation>按常见问题答复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="60" />
      <location filename="../../liaison_app/ui/labels/reports.py" line="139" />
      <source>By the manager</source>
      <translation>由信息管理员答复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="61" />
      <location filename="../../liaison_app/ui/labels/reports.py" line="140" />
      <source>By departments</source>
      <translation>由业务部门答复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="62" />
      <source>In-center resolution rate</source>
      <translation>中心内解决率</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="63" />
      <source>Resolved by</source>
      <translation>解决方式</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="64" />
      <source>In-center resolution over time</source>
      <translation>中心内解决率趋势</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="65" />
      <source>Resolved</source>
      <translation>已解决</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="66" />
      <source>In-center rate %</source>
      <translation>中心内解决率 %</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="67" />
      <source>Answered by departments</source>
      <translation>各部门答复数</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="68" />
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="69" />
      <source>A question counts in the period its answer came in; reopened questions count again only once answered again.</source>
      <translation>问题计入收到答复的期间；重新打开的问题须再次答复后才重新计入。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="71" />
      <source>Queries sent</source>
      <translation>已发出咨询</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="72" />
      <source>Queries answered</source>
      <translation>已答复咨询</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="73" />
      <source>Median response</source>
      <translation>答复时间中位数</translation>
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
      <translation>升级</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="78" />
      <source>Clarifications</source>
      <translation>补充询问</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="79" />
      <source>Department approvals by the department</source>
      <translation>部门自行核准</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="80" />
      <source>Department approvals on its behalf</source>
      <translation>代部门核准</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="81" />
      <source>Department approvals: given by the department itself (on its desk or by replying to the review mail) apart from those the manager recorded on its behalf with evidence.</source>
      <translation>部门核准：部门自行核准（在工作台上或回复审核邮件）与信息管理员凭证据代部门登记的核准分开计算。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="82" />
      <source>Paused working h</source>
      <translation>暂停工时</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="83" />
      <source>Clarifications count the times a department asked the manager back on its desk; its due time was paused meanwhile (paused working hours), and those hours are left out of its working-hours response times.</source>
      <translation>补充询问为部门在工作台上向信息管理员要求补充数据的次数；期间其期限暂停计算（暂停工时），这些工时不计入其以工作时数计的回复时间。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="84" />
      <source>Rank</source>
      <translation>排名</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="85" />
      <source>Sent</source>
      <translation>发出</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="86" />
      <source>Answered</source>
      <translation>已答复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="87" />
      <source>Median response h</source>
      <translation>答复中位数（小时）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="88" />
      <source>90th percentile h</source>
      <translation>第90百分位（小时）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="89" />
      <source>Overdue %</source>
      <translation>逾期率 %</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="90" />
      <source>Chases</source>
      <translation>催办</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="91" />
      <source>Median working h</source>
      <translation>中位数（工作小时）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="92" />
      <source>90th percentile working h</source>
      <translation>第90百分位（工作小时）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="95" />
      <source>Working hours follow the business calendar (working days, opening hours, holidays).</source>
      <translation>工作小时依营业日历计算（工作日、营业时间、假日）。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="97" />
      <source>FAQ uses</source>
      <translation>常见问题使用次数</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="98" />
      <location filename="../../liaison_app/ui/labels/reports.py" line="149" />
      <source>Already in the FAQ</source>
      <translation>常见问题已有答案</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="99" />
      <source>Answers linked to FAQ</source>
      <translation>答复关联常见问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="100" />
      <source>Entries created</source>
      <translation>新建条目</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="101" />
      <source>Entries from questions</source>
      <translation>由问题整理的条目</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="102" />
      <source>Answer to publication</source>
      <translation>答复至发布</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="103" />
      <source>Open flags</source>
      <translation>未处理标记</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="104" />
      <source>FAQ use tiers</source>
      <translation>常见问题使用分级</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="105" />
      <source>Use tier</source>
      <translation>使用分级</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="106" />
      <source>Entries</source>
      <translation>条目数</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="107" />
      <source>Hits</source>
      <translation>使用次数</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="108" />
      <source>Share of hits %</source>
      <translation>使用占比 %</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="109" />
      <source>Most used FAQ entries</source>
      <translation>最常用的常见问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="110" />
      <source>Entry</source>
      <translation>条目</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="111" />
      <source>Question</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="112" />
      <source>New vs known questions</source>
      <translation>新问题与已知问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="113" />
      <source>Count</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="114" />
      <source>Known share: questions answered from the FAQ among those triaged (untriaged questions are left out of the share).</source>
      <translation>已知占比：已分拣问题中按常见问题答复的比例（未分拣的问题不计入）。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="115" />
      <source>Answer to publication: median days from the source question's answer to the entry's publication time as stored (a republished entry counts from its latest publication).</source>
      <translation>答复至发布：由来源问题答复至条目发布时间的天数中位数（重新发布的条目以最近一次发布计）。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="116" />
      <source>Open flags: flags raised before the period ended and not resolved by then.</source>
      <translation>未处理的标记：期间结束前提出、到期末仍未处理的标记。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="118" />
      <source>Open questions</source>
      <translation>未结问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="119" />
      <source>Overdue at departments</source>
      <translation>部门逾期</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="120" />
      <source>Open queries</source>
      <translation>未结咨询</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="121" />
      <source>Oldest open</source>
      <translation>最久未结</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="122" />
      <source>Open questions by state and age</source>
      <translation>未结问题（按状态与时长）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="123" />
      <source>State</source>
      <translation>状态</translation>
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
      <translation>超过 14 天</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="129" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="130" />
      <source>Open department queries</source>
      <translation>未结部门咨询</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="131" />
      <source>Oldest (days)</source>
      <translation>最久（天）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="132" />
      <source>A snapshot of now: the period does not apply. Age is the time since the question was forwarded.</source>
      <translation>当前快照：不适用期间筛选。时长为问题转发至今的时间。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="144" />
      <source>Very high use</source>
      <translation>极高使用</translation>
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
      <translation>极低使用</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="150" />
      <source>New to the FAQ</source>
      <translation>常见问题未收录</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="151" />
      <source>Not yet triaged</source>
      <translation>尚未分拣</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="153" />
      <source>(uncategorised)</source>
      <translation>（未分类）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="93" />
      <source>Ranking: the share of queries answered on time first (100% minus the overdue rate), then the median response time; departments without queries come last.</source>
      <translation>排名依据：先看按时答复的比例（100% 减逾期率），再看答复时间中位数；期间内没有咨询的部门排在最后。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/labels/reports.py" line="94" />
      <source>Sent, overdue, chases and escalations count queries opened in the period; answered and response times count queries answered in it. Response time runs from the query being sent to its answer being accepted, in calendar hours. Cancelled queries are not overdue.</source>
      <translation>发出、逾期、催办与升级按期间内发出的咨询计算；已答复与答复时间按期间内答复的咨询计算。答复时间从咨询发出起算，到答复被接受为止，以日历小时计。已取消的咨询不算逾期。</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../liaison_app/ui/pages/reports.py" line="115" />
      <source>Week</source>
      <translation>周</translation>
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
      <translation>自定义</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/reports.py" line="120" />
      <source>Previous period</source>
      <translation>上一期间</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/reports.py" line="123" />
      <source>Next period</source>
      <translation>下一期间</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/reports.py" line="129" />
      <source>Working hours</source>
      <translation>工作小时</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/reports.py" line="130" />
      <source>Also measure response times in working hours of the business calendar</source>
      <translation>另按营业日历的工作小时计算答复时间</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/reports.py" line="132" />
      <source>Export CSV…</source>
      <translation>导出 CSV…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/reports.py" line="133" />
      <source>Export XLSX…</source>
      <translation>导出 XLSX…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/reports.py" line="134" />
      <source>Export PDF…</source>
      <translation>导出 PDF…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/reports.py" line="137" />
      <source>Report:</source>
      <translation>报表：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/reports.py" line="140" />
      <source>Period:</source>
      <translation>期间：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/reports.py" line="252" />
      <source>The period ends before it starts</source>
      <translation>期间的结束日早于开始日</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/reports.py" line="279" />
      <source>Computing…</source>
      <translation>计算中…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/reports.py" line="290" />
      <source>The report failed: %1</source>
      <translation>报表计算失败：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/reports.py" line="298" />
      <source>now (%1)</source>
      <translation>当前（%1）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/reports.py" line="303" />
      <source>Updated %1</source>
      <translation>更新于 %1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/reports.py" line="350" />
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/reports.py" line="350" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel 活页簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/reports.py" line="351" />
      <source>PDF documents (*.pdf)</source>
      <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/reports.py" line="353" />
      <source>Export report</source>
      <translation>导出报表</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/reports.py" line="370" />
      <source>Exporting…</source>
      <translation>导出中…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/reports.py" line="371" />
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/reports.py" line="376" />
      <source>Saved %1</source>
      <translation>已保存 %1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/reports.py" line="380" />
      <source>Export failed: %1</source>
      <translation>导出失败：%1</translation>
    </message>
  </context>
  <context>
    <name>ReviewsTab</name>
    <message>
      <location filename="../../liaison_app/ui/desks/department_review.py" line="98" />
      <source>Comment (required to send back)</source>
      <translation>意见（退回时必填）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_review.py" line="99" />
      <source>Approve for the department</source>
      <translation>代表本部门核准</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_review.py" line="100" />
      <source>Send back with comment</source>
      <translation>附意见退回</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_review.py" line="178" />
      <source>The server refused the change: %1</source>
      <translation>服务器拒绝了此变更：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_review.py" line="196" />
      <source>Approved for the department.</source>
      <translation>已代表本部门核准。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_review.py" line="205" />
      <source>Sent back to the information manager with your comment.</source>
      <translation>已附意见退回信息管理员。</translation>
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
      <translation>部门：</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="84" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="92" />
      <source>General</source>
      <translation>一般</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="93" />
      <source>Business hours</source>
      <translation>营业时间</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="94" />
      <source>FAQ use</source>
      <translation>常见问题使用量</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="117" />
      <source>System language</source>
      <translation>系统语言</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="121" />
      <source>Language:</source>
      <translation>语言：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="124" />
      <source>Database</source>
      <translation>数据库</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="128" />
      <source>empty: the database file on this computer</source>
      <translation>留空：使用本机的数据库文件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="132" />
      <source>unchanged</source>
      <translation>不变更</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="134" />
      <source>Team database URL:</source>
      <translation>团队数据库网址：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="135" />
      <source>Password:</source>
      <translation>密码：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="137" />
      <source>In use: %1</source>
      <translation>使用中：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="142" />
      <source>Mail</source>
      <translation>邮件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="144" />
      <source>Mail accounts…</source>
      <translation>邮件帐户…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="150" />
      <source>Mail setup is not part of this version yet.</source>
      <translation>此版本尚未提供邮件设置。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="164" />
      <source>Mon</source>
      <translation>周一</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="164" />
      <source>Tue</source>
      <translation>周二</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="164" />
      <source>Wed</source>
      <translation>周三</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="164" />
      <source>Thu</source>
      <translation>周四</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="165" />
      <source>Fri</source>
      <translation>周五</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="165" />
      <source>Sat</source>
      <translation>周六</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="165" />
      <source>Sun</source>
      <translation>周日</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="171" />
      <source>Working days:</source>
      <translation>工作日：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="188" />
      <source>Opening hours:</source>
      <translation>办公时间：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="194" />
      <source>No holidays set. One date or run of days per line, for example:
2026-10-01..2026-10-07</source>
      <translation>尚未设置假日。每行一个日期或一段连续日期，例如：
2026-10-01..2026-10-07</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="199" />
      <source>None set. Weekend days worked instead, one per line, for example:
2026-09-27</source>
      <translation>尚未设置。调休上班的周末日，每行一个，例如：
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
      <translation>补班日（调休）：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="212" />
      <source>this computer's time zone, e.g. Asia/Taipei</source>
      <translation>本机时区，例如 Asia/Taipei</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="213" />
      <source>Time zone:</source>
      <translation>时区：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="218" />
      <source> working hours</source>
      <translation> 个工作小时</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="219" />
      <source>Default SLA:</source>
      <translation>默认回复时限：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="227" />
      <source>FAQ entries are sorted into very high, high, low and very low use by their use count, to re-categorise, merge and re-order the base.</source>
      <translation>常见问题依使用次数分为极高、高、低、极低使用量，以便重新分类、合并及调整排序。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="233" />
      <source>Quartiles of the use counts</source>
      <translation>依使用次数四分位</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="234" />
      <source>Fixed limits</source>
      <translation>固定门槛</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="235" />
      <source>Tiers:</source>
      <translation>分级：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="237" />
      <source>Very high use from:</source>
      <translation>极高使用量起点：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="238" />
      <source>High use from:</source>
      <translation>高使用量起点：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="239" />
      <source>Low use from:</source>
      <translation>低使用量起点：</translation>
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
      <translation>未保存任何变更：请修正以红字标示的字段。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="378" />
      <source>Connecting…</source>
      <translation>正在连接…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="402" />
      <source>Settings saved.</source>
      <translation>设置已保存。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/settings.py" line="417" />
      <source>The settings could not be saved: %1</source>
      <translation>无法保存设置：%1</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="37" />
      <source>Sign in to the team database</source>
      <translation>登录团队数据库</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="38" />
      <source>Team database: %1</source>
      <translation>团队数据库：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="42" />
      <source>Remember the password on this computer (system keyring)</source>
      <translation>在这台电脑上记住密码（系统密钥环）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="47" />
      <source>User name:</source>
      <translation>用户名：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="48" />
      <source>Password:</source>
      <translation>密码：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="51" />
      <source>Sign in</source>
      <translation>登录</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="64" />
      <source>The user name or password is wrong, or the password has expired. Try again, or ask your Liaison admin to set a new password.</source>
      <translation>用户名或密码错误，或密码已过期。请再试一次，或请 Liaison 系统管理员为您设置新密码。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="67" />
      <source>%1 may no longer sign in. Ask your Liaison admin.</source>
      <translation>%1 已不能登录。请洽 Liaison 系统管理员。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="70" />
      <source>%1 signed in, but has no Liaison role on this database. Ask your Liaison admin to give you one.</source>
      <translation>%1 已登录，但在此数据库没有 Liaison 角色。请洽 Liaison 系统管理员为您指派角色。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="73" />
      <source>The team database server cannot be reached. Check the network and try again.</source>
      <translation>无法连接到团队数据库服务器。请检查网络后再试。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="75" />
      <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="94" />
      <source>Signing in failed: %1</source>
      <translation>登录失败：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="80" />
      <source>Enter your user name.</source>
      <translation>请输入用户名。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="83" />
      <source>Signing in…</source>
      <translation>正在登录…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/sign_in.py" line="112" />
      <source>Choose a new password to go on.</source>
      <translation>请设置新密码以继续。</translation>
    </message>
  </context>
  <context>
    <name>SimilarQuestionsDialog</name>
    <message>
      <location filename="../../liaison_app/ui/dialogs/similar.py" line="94" />
      <source>Captured phrasings to review</source>
      <translation>待审核的新问法</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/similar.py" line="95" />
      <source>Customers' wordings captured when questions were answered from the FAQ. They are searched already; keep the good ones (edit them if a detail slipped through) and drop the rest. Double-click a wording to edit it.</source>
      <translation>以常见问题回复问题时收集的客户问法。它们已可被搜索；保留好的（若仍含客户数据请先修改），删除其余的。双击问法即可修改。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/similar.py" line="99" />
      <source>Similar questions of FAQ entry #%1</source>
      <translation>常见问题 #%1 的相似问法</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/similar.py" line="100" />
      <source>Other wordings of this entry's question, searched beside it. Double-click a wording to edit it.</source>
      <translation>此条目问题的其他问法，与标准问题一同被搜索。双击问法即可修改。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/similar.py" line="120" />
      <source>Keep</source>
      <translation>保留</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/similar.py" line="122" />
      <source>Drop</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/similar.py" line="126" />
      <source>Another way customers ask it</source>
      <translation>客户的另一种问法</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/similar.py" line="127" />
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/similar.py" line="131" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/similar.py" line="183" />
      <source>Kept.</source>
      <translation>已保留。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/similar.py" line="188" />
      <source>Dropped.</source>
      <translation>已删除。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/similar.py" line="191" />
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/similar.py" line="202" />
      <source>The entry already has this wording.</source>
      <translation>此条目已有这个问法。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/similar.py" line="206" />
      <source>Added.</source>
      <translation>已添加。</translation>
    </message>
  </context>
  <context>
    <name>SynonymsPage</name>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_synonyms.py" line="37" />
      <source>Words that mean the same, e.g. 轉賬 = 轉帳 = 匯款</source>
      <translation>意思相同的词，例如 转账 = 转帐 = 汇款</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_synonyms.py" line="38" />
      <source>Add group</source>
      <translation>添加词组</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_synonyms.py" line="40" />
      <source>Save changes to group</source>
      <translation>保存词组修改</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_synonyms.py" line="42" />
      <source>Remove group</source>
      <translation>删除词组</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_synonyms.py" line="46" />
      <source>A search for any word of a group also finds entries with the other words. Select a group to edit it; separate words with =, commas or 、.</source>
      <translation>搜索词组中任一词时，也会找到含其他词的条目。选择词组即可编辑；词之间以 =、逗号或“、”分隔。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_synonyms.py" line="105" />
      <source>Synonym group added.</source>
      <translation>已添加同义词组。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_synonyms.py" line="113" />
      <source>Synonym group saved.</source>
      <translation>已保存同义词组。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_synonyms.py" line="119" />
      <source>Synonym group removed.</source>
      <translation>已删除同义词组。</translation>
    </message>
  </context>
  <context>
    <name>TierModel</name>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="75" />
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="75" />
      <source>Question</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="75" />
      <source>Category</source>
      <translation>分类</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="75" />
      <source>Owner</source>
      <translation>负责部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="76" />
      <source>Hits in period</source>
      <translation>期间使用次数</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="76" />
      <source>Hits in all</source>
      <translation>累计使用次数</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="76" />
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="87" />
      <source>Pinned</source>
      <translation>置顶</translation>
    </message>
  </context>
  <context>
    <name>TierRulesDialog</name>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="102" />
      <source>Use tier thresholds</source>
      <translation>使用分级门槛</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="104" />
      <source>Quartiles of the period's hits (a quarter of the entries per tier)</source>
      <translation>按期间使用次数的四分位数（每级约四分之一条目）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="105" />
      <source>Fixed thresholds of hits in the period:</source>
      <translation>按期间使用次数的固定门槛：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="116" />
      <source>Very high use from (hits)</source>
      <translation>使用极多起点（次）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="117" />
      <source>High use from (hits)</source>
      <translation>使用较多起点（次）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="118" />
      <source>Low use from (hits); below is very low</source>
      <translation>使用较少起点（次）；低于此为使用极少</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="140" />
      <source>Thresholds must fall: very high &gt; high &gt; low.</source>
      <translation>门槛须递减：极多 &gt; 较多 &gt; 较少。</translation>
    </message>
  </context>
  <context>
    <name>TriagePanel</name>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="61" />
      <source>routing keywords: %1</source>
      <translation>分派关键词：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="62" />
      <source>duties mention: %1</source>
      <translation>职责提及：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="63" />
      <source>owns FAQ entry %1</source>
      <translation>负责常见问题 %1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="64" />
      <source>has the similar question %1</source>
      <translation>处理过相似问题 %1</translation>
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
      <translation>较高</translation>
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
      <translation>可能重复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="110" />
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="342" />
      <source>Merge into it</source>
      <translation>合并到该问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="112" />
      <source>Ctrl+Shift+M</source>
      <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="113" />
      <source>Not a duplicate</source>
      <translation>不是重复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="124" />
      <source>FAQ suggestions</source>
      <translation>常见问题建议</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="128" />
      <source>Answer from FAQ</source>
      <translation>以常见问题回复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="130" />
      <source>Ctrl+Shift+A, or Enter in the list</source>
      <translation>Ctrl+Shift+A，或在列表中按 Enter</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="133" />
      <source>The customer's words, details removed, help the next differently-worded question find this entry</source>
      <translation>客户的原话（已去除客户数据）能帮助下一个措辞不同的问题找到此条目</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="147" />
      <source>Route to department</source>
      <translation>分派给部门</translation>
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
      <translation>创建常见问题条目…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="179" />
      <source>Turn this answered question into a draft FAQ entry</source>
      <translation>将此已回复的问题转为常见问题草稿</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="181" />
      <source>Update FAQ entry…</source>
      <translation>更新常见问题条目…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="184" />
      <source>The answer changes the FAQ entry selected in the suggestions: edit it as a new revision (it goes back to review)</source>
      <translation>此答复改变了建议中所选的常见问题条目：以新版本修改（重新送审）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="187" />
      <source>Send to agents</source>
      <translation>回复座席</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="189" />
      <source>Mail the answer to every agent who forwarded the question (and note it in the record), then close it</source>
      <translation>将答复邮寄给转交此问题的每位座席（并记录在案），然后结案</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="192" />
      <source>Answer it myself…</source>
      <translation>由我回答…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="194" />
      <source>Record your own answer (resolved in the center)</source>
      <translation>记录您自己的答复（中心内解决）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="202" />
      <source>Turn the answer just given into a draft FAQ entry</source>
      <translation>把刚给出的答复做成常见问题草稿</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="212" />
      <source>Priority:</source>
      <translation>优先级：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="282" />
      <source>Select a question to triage it.</source>
      <translation>选择一个问题进行分拣。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="285" />
      <source>Loading…</source>
      <translation>加载中…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="310" />
      <source>%n question(s) selected: actions apply to all; suggestions are for %1.</source>
      <translation>
        <numerusform>已选 %n 个问题：操作适用于全部；建议依据 %1。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="327" />
      <source>Only new questions are triaged; this one is %1.</source>
      <translation>只有新问题需要分拣；此问题为“%1”。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="337" />
      <source>Merge the selection</source>
      <translation>合并所选问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="338" />
      <source>Merge into the oldest selected</source>
      <translation>合并到所选中最早的问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="341" />
      <source>Similar open questions</source>
      <translation>相似的未结问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="399" />
      <source>Suggested: %1</source>
      <translation>建议依据：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="402" />
      <source>No evidence for this department; chosen by hand.</source>
      <translation>无此部门的依据；为手动选择。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="405" />
      <source>Due %1 (%2 working hours)</source>
      <translation>到期 %1（%2 个工作小时）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="408" />
      <source>urgent: half the SLA</source>
      <translation>紧急：时限减半</translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="424" />
      <source>Not done for %n question(s):</source>
      <translation>
        <numerusform>%n 个问题未完成：</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="449" />
      <source>Answered from FAQ entry #%1.</source>
      <translation>已以常见问题 #%1 回复。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="495" />
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="505" />
      <source>Merged.</source>
      <translation>已合并。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="509" />
      <source>Marked as not a duplicate.</source>
      <translation>已标记为不重复。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="540" />
      <source>Priority set.</source>
      <translation>已设置优先级。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="555" />
      <source>Answer sent: by mail to %1; noted for %2.</source>
      <translation>已回复：邮寄给 %1；记录给 %2。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="574" />
      <source>Your answer is recorded; send it to the agents next.</source>
      <translation>您的答复已记录；接下来请回复座席。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="580" />
      <source>Answer it myself</source>
      <translation>由我回答</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="581" />
      <source>The answer for the agent(s):</source>
      <translation>给座席的答复：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="593" />
      <source>Select the entry to update among the FAQ suggestions.</source>
      <translation>请在常见问题建议中选择要更新的条目。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="597" />
      <source>updated from %1</source>
      <translation>依 %1 更新</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="602" />
      <source>FAQ entry #%1 is now revision %2, waiting for review.</source>
      <translation>常见问题 #%1 现为第 %2 版，等待审核。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="614" />
      <source>Create FAQ entry from %1…</source>
      <translation>由 %1 创建常见问题条目…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="632" />
      <source>Draft FAQ entry #%1 created.</source>
      <translation>已创建常见问题草稿 #%1。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="155" />
      <source>Route and ask…</source>
      <translation>分派并咨询…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="131" />
      <source>Keep the wording as a similar question</source>
      <translation>把这个说法存为相似问</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="158" />
      <source>Ctrl+Shift+R: opens the query mail to this department; the question is routed when the mail is queued. Several selected: the standard query mail is queued for each.</source>
      <translation>Ctrl+Shift+R：打开寄给此部门的咨询邮件；邮件放入寄件匣时问题即分派。选取多个时，为每个问题放入标准咨询邮件。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="206" />
      <source>Reopen</source>
      <translation>重新打开</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="208" />
      <source>Take this closed or rejected question up again: it goes back to New for triage</source>
      <translation>重新受理已结案或已退回的问题：回到“新问题”等待分流</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="472" />
      <source>No sender address: set it in File → Mail settings. The department must be told before a question is routed to it.</source>
      <translation>没有寄件地址：请在“文件 → 邮件设置”中设置。问题分派给部门前必须先通知该部门。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="480" />
      <source>Routed to %1; the query mail is queued.</source>
      <translation>已分派给%1，咨询邮件已放入寄件匣。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="524" />
      <source>Rejected; the reason went to %1.</source>
      <translation>已退回，原因已通知 %1。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="525" />
      <source>no agent</source>
      <translation>没有座席代表</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/widgets/triage_panel.py" line="536" />
      <source>Reopened: the question is New again, waiting for triage.</source>
      <translation>已重新打开：问题回到“新问题”，等待分流。</translation>
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
      <translation>本部门绩效：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="42" />
      <source>Today's upkeep of our FAQ entries</source>
      <translation>本部门常见问题今日维护提醒</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="61" />
      <source>Expiring within 14 days</source>
      <translation>14 天内到期</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="62" />
      <source>Very low use by agents (last 90 days)</source>
      <translation>座席极少使用（近 90 天）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="63" />
      <source>Open flags</source>
      <translation>未处理的标记</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="64" />
      <source>Nothing today.</source>
      <translation>今日没有需要处理的项目。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="80" />
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="80" />
      <source>Answered</source>
      <translation>已答复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="81" />
      <source>Median response (working h)</source>
      <translation>回复中位数（工时）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="82" />
      <source>90th percentile (working h)</source>
      <translation>第 90 百分位（工时）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="83" />
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="83" />
      <source>Chases</source>
      <translation>催办</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="84" />
      <source>Escalations</source>
      <translation>升级</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="85" />
      <source>Clarifications</source>
      <translation>补充询问</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/desks/department_upkeep.py" line="90" />
      <source>Agents used %1 of our %2 live FAQ entries in the period.</source>
      <translation>期间内座席使用了本部门 %2 条生效常见问题中的 %1 条。</translation>
    </message>
  </context>
  <context>
    <name>UseTiersPage</name>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="159" />
      <source>Thresholds…</source>
      <translation>门槛…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="184" />
      <source>Pin</source>
      <translation>置顶</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="185" />
      <source>Unpin</source>
      <translation>取消置顶</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="186" />
      <source>Announce</source>
      <translation>发通告</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="187" />
      <source>Post a bulletin to agents about the entry, for two weeks</source>
      <translation>就此条目向座席发布通告，为期两周</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="188" />
      <source>Merge into…</source>
      <translation>合并到…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="189" />
      <source>Retire…</source>
      <translation>禁用…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="190" />
      <source>Move to category…</source>
      <translation>移至分类…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="213" />
      <source>Period:</source>
      <translation>期间：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="260" />
      <source>Tiers: quartiles of the period's hits</source>
      <translation>分级：按期间使用次数的四分位数</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="262" />
      <source>Tiers: very high from %1 hits, high from %2, low from %3</source>
      <translation>分级：极多自 %1 次起，较多自 %2 次起，较少自 %3 次起</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="269" />
      <source>%1 of %2 published entries not used in the period</source>
      <translation>%2 个已发布条目中有 %1 个在此期间未被使用</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="306" />
      <source>Working…</source>
      <translation>处理中…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="332" />
      <source>Bulletin posted to agents about entry %1 (see Bulletins).</source>
      <translation>已就条目 %1 向座席发布通告（见通告栏）。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="341" />
      <source>retired after the use analysis</source>
      <translation>使用分析后禁用</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="346" />
      <source>Retire entries</source>
      <translation>禁用条目</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="346" />
      <source>Why are these entries retired?</source>
      <translation>为何禁用这些条目？</translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="377" />
      <source>Moved %n entries.</source>
      <translation>
        <numerusform>已移动 %n 个条目。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="206" />
      <source>Undo</source>
      <translation>撤销</translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="324" />
      <source>Pinned %n entries.</source>
      <translation>
        <numerusform>已置顶 %n 个条目。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="325" />
      <source>Unpinned %n entries.</source>
      <translation>
        <numerusform>已取消置顶 %n 个条目。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="343" />
      <source>Retired %n entries: agents no longer find them.</source>
      <translation>
        <numerusform>已禁用 %n 个条目：座席代表不再找得到它们。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="357" />
      <source>Merged %n entries into entry %1.</source>
      <translation>
        <numerusform>已将 %n 个条目合并到条目 %1。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/pages/faq_tiers.py" line="369" />
      <source>Restored %n entries.</source>
      <translation>
        <numerusform>已恢复 %n 个条目。</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="56" />
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="79" />
      <source>Welcome to Liaison</source>
      <translation>欢迎使用 Liaison</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="56" />
      <source>Setup assistant</source>
      <translation>设置向导</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="80" />
      <source>Liaison keeps every question your agents forward, the queries to business departments and the FAQ base. Where should it start?</source>
      <translation>Liaison 记录座席代表转来的每一个疑难问题、向业务部门的咨询，以及常见问题数据库。要从哪里开始？</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="85" />
      <source>Try it with demo data</source>
      <translation>使用示范数据试用</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="86" />
      <source>A realistic center: departments, agents, questions in every state, an FAQ base and bulletins, in a database on this computer.</source>
      <translation>一个拟真的客服中心：部门、座席代表、各种状态的问题、常见问题数据库及通告，存放在本机数据库中。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="91" />
      <source>The current database already holds data.</source>
      <translation>目前的数据库已有数据。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="93" />
      <source>Start empty</source>
      <translation>从空白开始</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="94" />
      <source>Your own database on this computer, to fill with your departments and FAQ.</source>
      <translation>在本机创建您自己的数据库，再填入部门与常见问题。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="97" />
      <source>Use the database on this computer</source>
      <translation>使用本机的数据库</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="100" />
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="150" />
      <source>Connect to a team database</source>
      <translation>连接到团队数据库</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="101" />
      <source>A PostgreSQL server shared with your colleagues.</source>
      <translation>与同事共用的 PostgreSQL 服务器。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="107" />
      <source>All of this can be changed later in File › Settings and Help › Setup assistant.</source>
      <translation>之后都可在“文件 › 设置”及“帮助 › 设置向导”中变更。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="111" />
      <source>Skip</source>
      <translation>略过</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="124" />
      <source>Writing demo data</source>
      <translation>正在写入示范数据</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="125" />
      <source>Opening the database…</source>
      <translation>正在打开数据库…</translation>
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
      <translation>请向数据库管理员索取连接地址。密码只保存在本机的密钥环中，不会写入设置文件。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="165" />
      <source>Database URL:</source>
      <translation>数据库网址：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="166" />
      <source>Password:</source>
      <translation>密码：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="177" />
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="290" />
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="302" />
      <source>Connect</source>
      <translation>连接</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="190" />
      <source>Mail</source>
      <translation>邮件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="195" />
      <source>Liaison sends queries to departments and reads their replies by email. Set up the mail accounts now, or later in File › Settings.</source>
      <translation>Liaison 以电子邮件向部门发出咨询并读取回复。可现在设置邮件帐户，或稍后在“文件 › 设置”中设置。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="199" />
      <source>Set up mail…</source>
      <translation>设置邮件…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="206" />
      <source>Mail setup is not part of this version yet; this step is skipped.</source>
      <translation>此版本尚未提供邮件设置，此步骤略过。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="213" />
      <source>Start working</source>
      <translation>开始工作</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="229" />
      <source>Liaison starts with an empty database: %1</source>
      <translation>Liaison 将使用空白数据库：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="231" />
      <source>Liaison uses the database on this computer: %1</source>
      <translation>Liaison 使用本机的数据库：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="257" />
      <source>Demo data is ready: %1 questions and %2 FAQ entries.</source>
      <translation>示范数据已就绪：%1 个问题及 %2 则常见问题。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="263" />
      <source>The demo data could not be written: %1</source>
      <translation>无法写入示范数据：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="281" />
      <source>Connecting…</source>
      <translation>正在连接…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="294" />
      <source>Connected to %1.</source>
      <translation>已连接到 %1。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/welcome.py" line="296" />
      <source>This computer has no keyring: the password is kept only until Liaison closes.</source>
      <translation>此电脑没有密钥环：密码只保留到 Liaison 关闭为止。</translation>
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message>
      <location filename="../../liaison_app/ui/actions/window.py" line="34" />
      <source>Diagnostics copied to the clipboard</source>
      <translation>诊断信息已拷贝到剪贴板</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="207" />
      <source>Copy &amp;diagnostics</source>
      <translation>拷贝诊断信息(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="213" />
      <source>Open &amp;log folder</source>
      <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="110" />
      <source>&amp;Back up database…</source>
      <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="223" />
      <source>&amp;Setup assistant…</source>
      <translation>设置向导(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/menus.py" line="101" />
      <source>&amp;Settings…</source>
      <translation>设置(&amp;T)…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/window.py" line="48" />
      <source>Opening the database…</source>
      <translation>正在打开数据库…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/window.py" line="52" />
      <source>Database</source>
      <translation>数据库</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/actions/window.py" line="53" />
      <source>The database could not be opened.</source>
      <translation>无法打开数据库。</translation>
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
      <translation>无（明文，不加密）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="52" />
      <source>(stored; type to replace)</source>
      <translation>（已保存；输入以更换）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="53" />
      <source>Test connection</source>
      <translation>测试连接</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="57" />
      <source>Server:</source>
      <translation>服务器：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="58" />
      <source>Port:</source>
      <translation>连接端口：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="59" />
      <source>Security:</source>
      <translation>加密方式：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="60" />
      <source>User name:</source>
      <translation>用户名：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/dialogs/mail_settings.py" line="61" />
      <source>Password:</source>
      <translation>密码：</translation>
    </message>
  </context>
</TS>