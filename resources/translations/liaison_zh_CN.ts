<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>App</name>
    <message>
      <location filename="../../liaison_app/ui/launch.py" line="100" />
      <source>The database could not be opened.</source>
      <translation>无法打开数据库。</translation>
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
    <name>ComposeDialog</name>
    <message>
      <location filename="../../liaison_app/ui/compose_dialog.py" line="47" />
      <source>Ask department — LQ-%1</source>
      <translation>询问部门 — LQ-%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/compose_dialog.py" line="55" />
      <source>Send card and ID numbers unmasked in this message</source>
      <translation>本邮件以完整卡号与身分证号寄出（不屏蔽）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/compose_dialog.py" line="66" />
      <source>Add attachment…</source>
      <translation>加入附件…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/compose_dialog.py" line="70" />
      <source>Department:</source>
      <translation>业务部门：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/compose_dialog.py" line="71" />
      <source>To:</source>
      <translation>收件者：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/compose_dialog.py" line="72" />
      <source>Cc:</source>
      <translation>副本：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/compose_dialog.py" line="73" />
      <source>Subject:</source>
      <translation>主旨：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/compose_dialog.py" line="74" />
      <source>Answer due:</source>
      <translation>答复期限：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/compose_dialog.py" line="76" />
      <source>Queue for sending</source>
      <translation>放入寄件匣</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/compose_dialog.py" line="101" />
      <source>No sender address: set it in File → Mail settings.</source>
      <translation>尚未设置寄件地址：请至「文件 → 邮件设置」设置。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/compose_dialog.py" line="129" />
      <source>Card and ID numbers will be sent as written.</source>
      <translation>卡号与身分证号将照原文寄出。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/compose_dialog.py" line="131" />
      <source>Card and ID numbers will be masked: only their last four characters are sent.</source>
      <translation>卡号与身分证号将屏蔽：只寄出最后四码。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/compose_dialog.py" line="135" />
      <source>Attach a file</source>
      <translation>附加文件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/compose_dialog.py" line="152" />
      <source>Give at least one recipient.</source>
      <translation>请至少填写一位收件者。</translation>
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
      <location filename="../../liaison_app/ui/launch.py" line="70" />
      <source>Hard questions desk</source>
      <translation>疑难问题工作台</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/launch.py" line="74" />
      <source>Opening the database…</source>
      <translation>正在打开数据库…</translation>
    </message>
  </context>
  <context>
    <name>LogCallDialog</name>
    <message>
      <location filename="../../liaison_app/ui/call_dialog.py" line="45" />
      <source>Log a call — LQ-%1</source>
      <translation>记录通话 — LQ-%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/call_dialog.py" line="56" />
      <source>Answered</source>
      <translation>已答复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/call_dialog.py" line="57" />
      <source>Will call back</source>
      <translation>将回电</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/call_dialog.py" line="58" />
      <source>No answer</source>
      <translation>无人接听</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/call_dialog.py" line="66" />
      <source>Department:</source>
      <translation>业务部门：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/call_dialog.py" line="67" />
      <source>Contact:</source>
      <translation>联系人：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/call_dialog.py" line="68" />
      <source>Time:</source>
      <translation>时间：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/call_dialog.py" line="69" />
      <source>Minutes:</source>
      <translation>分钟数：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/call_dialog.py" line="70" />
      <source>Summary:</source>
      <translation>摘要：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/call_dialog.py" line="71" />
      <source>Outcome:</source>
      <translation>结果：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/call_dialog.py" line="72" />
      <source>Answer:</source>
      <translation>答复：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/call_dialog.py" line="73" />
      <source>Call back by:</source>
      <translation>回电期限：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/call_dialog.py" line="97" />
      <source>(department)</source>
      <translation>（部门）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/call_dialog.py" line="112" />
      <source>Choose a department.</source>
      <translation>请选择业务部门。</translation>
    </message>
  </context>
  <context>
    <name>MailActions</name>
    <message>
      <location filename="../../liaison_app/ui/mail_actions.py" line="111" />
      <source>Whole message</source>
      <translation>完整邮件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/mail_actions.py" line="115" />
      <source>Attachments: %1</source>
      <translation>附件：%1</translation>
    </message>
  </context>
  <context>
    <name>MailSettingsDialog</name>
    <message>
      <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="80" />
      <source>Mail settings</source>
      <translation>邮件设置</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="84" />
      <source>Outgoing mail (SMTP)</source>
      <translation>寄件服务器（SMTP）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="87" />
      <source>Sender address:</source>
      <translation>寄件地址：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="88" />
      <source>Sender name:</source>
      <translation>寄件人名称：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="90" />
      <source>Incoming mail (IMAP)</source>
      <translation>收件服务器（IMAP）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="94" />
      <source> s</source>
      <translation> 秒</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="96" />
      <source>Folders to watch:</source>
      <translation>监看的文件夹：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="97" />
      <source>Check every:</source>
      <translation>检查间隔：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="107" />
      <source>No system keyring is available on this computer. Passwords you enter are kept in memory for this run only and asked again next time; they are never written to disk.</source>
      <translation>此电脑没有可用的系统密钥圈。您输入的密码只在本次运行期间保存在内存中，下次会再询问；密码绝不写入磁盘。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="136" />
      <source>Testing…</source>
      <translation>测试中…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="143" />
      <source>OK: %1</source>
      <translation>成功：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="148" />
      <source>Failed: %1</source>
      <translation>失败：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="159" />
      <source>Cannot save the settings: %1</source>
      <translation>无法保存设置：%1</translation>
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
      <location filename="../../liaison_app/ui/main_window.py" line="107" />
      <location filename="../../liaison_app/ui/main_window.py" line="131" />
      <source>Reports</source>
      <translation>报表</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="132" />
      <source>In-center resolution rate, department scorecard, volume trends and FAQ use, with charts and exports, will be shown here. This area is being built.</source>
      <translation>这里将显示中心内解决率、部门评分表、问题量趋势与常见问题使用情况，并附图表与导出。此区仍在建置中。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="78" />
      <source>Database: %1</source>
      <translation>数据库：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="87" />
      <source>Mail: working…</source>
      <translation>邮件：收发中…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="89" />
      <source>Mail: failed</source>
      <translation>邮件：收发失败</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="102" />
      <source>Inbox</source>
      <translation>收件箱</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="103" />
      <source>Queries</source>
      <translation>部门咨询</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="104" />
      <source>FAQ</source>
      <translation>常见问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="105" />
      <source>Bulletins</source>
      <translation>通告栏</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="106" />
      <source>Departments</source>
      <translation>业务部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="163" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="164" />
      <source>&amp;Refresh</source>
      <translation>刷新(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="168" />
      <source>&amp;Mail settings…</source>
      <translation>邮件设置(&amp;M)…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="172" />
      <source>&amp;Quit</source>
      <translation>结束(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="177" />
      <source>&amp;View</source>
      <translation>查看(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="184" />
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="186" />
      <source>System language</source>
      <translation>系统语言</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="196" />
      <source>&amp;Help</source>
      <translation>说明(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="197" />
      <source>&amp;About Liaison</source>
      <translation>关于 Liaison(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="202" />
      <source>Mail: %1 sent, %2 fetched</source>
      <translation>邮件：寄出 %1，收到 %2</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="205" />
      <source>problems, see Queries</source>
      <translation>有问题，请见部门咨询</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="224" />
      <source>About Liaison</source>
      <translation>关于 Liaison</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="225" />
      <source>Liaison %1
The information manager's desk of a bank call center.</source>
      <translation>Liaison %1
银行客服中心信息管理员的工作台。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="250" />
      <source>%1 questions · %2 open · %3 unread · %4 overdue · %5 FAQ published</source>
      <translation>%1 个问题 · %2 未结 · %3 未读 · %4 逾期 · %5 条常见问题已发布</translation>
    </message>
  </context>
  <context>
    <name>QueriesModel</name>
    <message>
      <location filename="../../liaison_app/ui/queries_models.py" line="20" />
      <source>%1 min</source>
      <translation>%1 分钟</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_models.py" line="22" />
      <source>%1 h</source>
      <translation>%1 小时</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_models.py" line="23" />
      <source>%1 days</source>
      <translation>%1 天</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_models.py" line="49" />
      <source>Department</source>
      <translation>业务部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_models.py" line="49" />
      <source>Question</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_models.py" line="50" />
      <source>Text</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_models.py" line="50" />
      <source>Age</source>
      <translation>已历时</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_models.py" line="51" />
      <source>Due</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_models.py" line="51" />
      <location filename="../../liaison_app/ui/queries_models.py" line="120" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_models.py" line="52" />
      <source>Chases</source>
      <translation>催办次数</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_models.py" line="53" />
      <source>Escalated</source>
      <translation>已呈报主管</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_models.py" line="57" />
      <source>overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_models.py" line="59" />
      <source>due soon</source>
      <translation>即将到期</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_models.py" line="61" />
      <source>reply in</source>
      <translation>已有回复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_models.py" line="62" />
      <source>waiting</source>
      <translation>等候中</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_models.py" line="119" />
      <source>Received</source>
      <translation>收到时间</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_models.py" line="119" />
      <source>From</source>
      <translation>寄件者</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_models.py" line="120" />
      <source>Subject</source>
      <translation>主旨</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_models.py" line="124" />
      <source>quarantined: %1</source>
      <translation>已隔离：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_models.py" line="126" />
      <source>confirm: LQ-%1</source>
      <translation>待确认：LQ-%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_models.py" line="129" />
      <source>bounce</source>
      <translation>退信</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_models.py" line="131" />
      <source>auto-reply</source>
      <translation>自动回复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_models.py" line="132" />
      <source>unmatched</source>
      <translation>未配对</translation>
    </message>
  </context>
  <context>
    <name>QueriesPage</name>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="62" />
      <source>Send and fetch now</source>
      <translation>立即收发邮件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="80" />
      <source>Chase</source>
      <translation>催办</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="81" />
      <source>Escalate to head</source>
      <translation>呈报部门主管</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="82" />
      <source>Log a call…</source>
      <translation>记录通话…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="102" />
      <source>Attach to question…</source>
      <translation>归入问题…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="103" />
      <source>Confirm suggested question</source>
      <translation>确认建议的问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="104" />
      <source>Make a new question…</source>
      <translation>创建新问题…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="105" />
      <source>Reprocess</source>
      <translation>重新处理</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="124" />
      <source>Open queries</source>
      <translation>未结咨询</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="125" />
      <source>Unmatched mail</source>
      <translation>未配对邮件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="135" />
      <location filename="../../liaison_app/ui/queries_page.py" line="170" />
      <source>Mail is not configured yet: open File → Mail settings.</source>
      <translation>尚未设置邮件：请打开「文件 → 邮件设置」。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="154" />
      <source>Unmatched mail (%1)</source>
      <translation>未配对邮件（%1）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="175" />
      <source>Sending and fetching mail…</source>
      <translation>正在收发邮件…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="178" />
      <source>Working: %1</source>
      <translation>处理中：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="183" />
      <source>Sent %1, failed %2, fetched %3, matched %4, unmatched %5, quarantined %6, new questions %7.</source>
      <translation>已寄出 %1，失败 %2，收到 %3，已配对 %4，未配对 %5，已隔离 %6，新问题 %7。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="190" />
      <source>Problems: %1</source>
      <translation>问题：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="198" />
      <source>The mail cycle failed: %1</source>
      <translation>收发邮件失败：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="223" />
      <source>Chase queued.</source>
      <translation>催办邮件已放入寄件匣。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="232" />
      <source>Escalation queued.</source>
      <translation>呈报邮件已放入寄件匣。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="255" />
      <source>Attach to question</source>
      <translation>归入问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="256" />
      <source>Question number (e.g. 123 or LQ-000123):</source>
      <translation>问题编号（例如 123 或 LQ-000123）：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="261" />
      <source>Not a question number: %1</source>
      <translation>不是问题编号：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="264" />
      <location filename="../../liaison_app/ui/queries_page.py" line="276" />
      <source>Mail attached to the question.</source>
      <translation>邮件已归入问题。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="272" />
      <source>This mail suggests no question.</source>
      <translation>这封邮件没有建议的问题。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="282" />
      <source>Make a new question</source>
      <translation>创建新问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="282" />
      <source>Agent number:</source>
      <translation>座席代表工号：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="287" />
      <source>New question made from the mail.</source>
      <translation>已由邮件创建新问题。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/queries_page.py" line="294" />
      <source>Mail reprocessed.</source>
      <translation>邮件已重新处理。</translation>
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
      <location filename="../../liaison_app/ui/question_detail.py" line="56" />
      <source>Ask a department…</source>
      <translation>询问部门…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="57" />
      <source>Log a call…</source>
      <translation>记录通话…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="68" />
      <source>Send again now</source>
      <translation>立即重新寄送</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="75" />
      <source>Bounce: the mail was not delivered</source>
      <translation>退信：邮件未送达</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="77" />
      <source>Automatic reply</source>
      <translation>自动回复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="79" />
      <source>Accept as the answer</source>
      <translation>采用为答复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="81" />
      <source>Whole message</source>
      <translation>完整邮件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="89" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="90" />
      <source>Department</source>
      <translation>业务部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="91" />
      <source>Product</source>
      <translation>产品</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="92" />
      <source>Forwarded</source>
      <translation>转交时间</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="95" />
      <source>Due</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="97" />
      <source>Resolution</source>
      <translation>解决方式</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="99" />
      <source>Duplicate of</source>
      <translation>重复于</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="102" />
      <source>via %1</source>
      <translation>经由 %1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="106" />
      <source>Agents</source>
      <translation>座席代表</translation>
    </message>
  </context>
  <context>
    <name>QuestionDetailView</name>
    <message>
      <location filename="../../liaison_app/ui/question_detail.py" line="172" />
      <source>Select a question to see its history.</source>
      <translation>选择一个问题以查看其处理记录。</translation>
    </message>
  </context>
  <context>
    <name>_ServerBox</name>
    <message>
      <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="39" />
      <source>SSL/TLS</source>
      <translation>SSL/TLS</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="39" />
      <source>STARTTLS</source>
      <translation>STARTTLS</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="40" />
      <source>None (plain, unencrypted)</source>
      <translation>无（明文，不加密）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="48" />
      <source>(stored; type to replace)</source>
      <translation>（已保存；输入以更换）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="49" />
      <source>Test connection</source>
      <translation>测试连接</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="53" />
      <source>Server:</source>
      <translation>服务器：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="54" />
      <source>Port:</source>
      <translation>连接端口：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="55" />
      <source>Security:</source>
      <translation>加密方式：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="56" />
      <source>User name:</source>
      <translation>用户名：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/mail_settings_dialog.py" line="57" />
      <source>Password:</source>
      <translation>密码：</translation>
    </message>
  </context>
</TS>