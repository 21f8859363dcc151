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
      <location filename="../../liaison_app/ui/browse_pages.py" line="218" />
      <source>Notices to agents (通告欄); expired ones are greyed.</source>
      <translation>给座席代表的通告（通告栏）；已过期的以灰色显示。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="228" />
      <source>Related FAQ entry</source>
      <translation>相关常见问题</translation>
    </message>
  </context>
  <context>
    <name>CategoriesPage</name>
    <message>
      <location filename="../../liaison_app/ui/faq_categories_page.py" line="168" />
      <source>New category…</source>
      <translation>添加分类…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_categories_page.py" line="170" />
      <source>A sub-category of the selected category, or a top-level one</source>
      <translation>所选分类的子分类，或顶层分类</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_categories_page.py" line="171" />
      <source>Rename…</source>
      <translation>重命名…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_categories_page.py" line="187" />
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_categories_page.py" line="189" />
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_categories_page.py" line="191" />
      <source>Move to category…</source>
      <translation>移至分类…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_categories_page.py" line="206" />
      <source>Drag entries onto a category to move them; drag a category onto another to make it a sub-category.</source>
      <translation>把条目拖到分类上即可移动；把分类拖到另一分类上即成为其子分类。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_categories_page.py" line="265" />
      <source>Select a category to see its entries.</source>
      <translation>选择分类以查看其条目。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_categories_page.py" line="272" />
      <source>%1: no entries of its own; its sub-categories hold them.</source>
      <translation>%1：本身没有条目，条目都在其子分类中。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/faq_categories_page.py" line="275" />
      <source>%1: %n entries</source>
      <translation>
        <numerusform>%1：%n 个条目</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/faq_categories_page.py" line="298" />
      <source>Moved %n entries.</source>
      <translation>
        <numerusform>已移动 %n 个条目。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_categories_page.py" line="303" />
      <source>Category moved.</source>
      <translation>分类已移动。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_categories_page.py" line="318" />
      <source>Category created.</source>
      <translation>分类已创建。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_categories_page.py" line="322" />
      <source>New category</source>
      <translation>添加分类</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_categories_page.py" line="322" />
      <source>Name of the new category:</source>
      <translation>新分类名称：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_categories_page.py" line="333" />
      <source>Category renamed.</source>
      <translation>分类已重命名。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_categories_page.py" line="336" />
      <source>Rename category</source>
      <translation>重命名分类</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_categories_page.py" line="336" />
      <source>New name:</source>
      <translation>新名称：</translation>
    </message>
  </context>
  <context>
    <name>CategoryEntriesModel</name>
    <message>
      <location filename="../../liaison_app/ui/faq_categories_page.py" line="120" />
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_categories_page.py" line="120" />
      <source>Question</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_categories_page.py" line="120" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_categories_page.py" line="120" />
      <source>Hits</source>
      <translation>使用次数</translation>
    </message>
  </context>
  <context>
    <name>CategoryPicker</name>
    <message>
      <location filename="../../liaison_app/ui/faq_pickers.py" line="58" />
      <source>Move to category</source>
      <translation>移至分类</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_pickers.py" line="71" />
      <source>Choose the category for the selected entries:</source>
      <translation>为所选条目选择分类：</translation>
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
      <location filename="../../liaison_app/ui/browse_pages.py" line="237" />
      <source>Business departments, their written duties and contacts.</source>
      <translation>业务部门及其书面职责与联系人。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="249" />
      <source>Duties</source>
      <translation>职责</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="249" />
      <source>SLA</source>
      <translation>回复时限</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="249" />
      <source>hours</source>
      <translation>小时</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="250" />
      <source>Contact</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="250" />
      <source>Title</source>
      <translation>职称</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="250" />
      <source>Email</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="251" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="251" />
      <source>head of department, for escalation</source>
      <translation>部门负责人，用于升级</translation>
    </message>
  </context>
  <context>
    <name>EntryEditor</name>
    <message>
      <location filename="../../liaison_app/ui/faq_entry_editor.py" line="45" />
      <source>Edit FAQ entry %1</source>
      <translation>编辑常见问题 %1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_entry_editor.py" line="52" />
      <source>One key point a line</source>
      <translation>每行一个要点</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_entry_editor.py" line="54" />
      <source>Keywords, separated by 、 or commas</source>
      <translation>关键词，以「、」或逗号分隔</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_entry_editor.py" line="56" />
      <source>What changed and why</source>
      <translation>修改了什么及原因</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_entry_editor.py" line="61" />
      <source>Question</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_entry_editor.py" line="62" />
      <source>Answer</source>
      <translation>答案</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_entry_editor.py" line="63" />
      <source>Key points</source>
      <translation>操作要点</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_entry_editor.py" line="64" />
      <source>Keywords</source>
      <translation>关键词</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_entry_editor.py" line="65" />
      <source>Change note</source>
      <translation>修改说明</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_entry_editor.py" line="71" />
      <source>Revision %1; saving makes revision %2.</source>
      <translation>目前为第 %1 版；保存后成为第 %2 版。</translation>
    </message>
  </context>
  <context>
    <name>EntryPicker</name>
    <message>
      <location filename="../../liaison_app/ui/faq_pickers.py" line="91" />
      <source>Merge into…</source>
      <translation>合并到…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_pickers.py" line="95" />
      <source>Search the entry that stays</source>
      <translation>搜索要保留的条目</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_pickers.py" line="104" />
      <source>The selected entries will be retired; their hits, questions and revisions go to the entry you choose.</source>
      <translation>所选条目将被禁用；其使用记录、关联问题和修订版本将转到您选择的条目。</translation>
    </message>
  </context>
  <context>
    <name>FaqLabels</name>
    <message>
      <location filename="../../liaison_app/ui/faq_labels.py" line="15" />
      <source>Very high use</source>
      <translation>使用极多</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_labels.py" line="16" />
      <source>High use</source>
      <translation>使用较多</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_labels.py" line="17" />
      <source>Low use</source>
      <translation>使用较少</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_labels.py" line="18" />
      <source>Very low use</source>
      <translation>使用极少</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_labels.py" line="24" />
      <source>Suggested: pin these entries and announce them to agents.</source>
      <translation>建议：置顶这些条目，并发通告告知座席。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_labels.py" line="25" />
      <source>Well used: keep them current; re-categorise or re-order if agents look for them elsewhere.</source>
      <translation>使用良好：保持内容最新；若座席在别处查找，可调整分类或顺序。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_labels.py" line="26" />
      <source>Little used: check the wording and keywords, or the category agents look in.</source>
      <translation>使用较少：检查措辞和关键词，或座席查找的分类。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_labels.py" line="27" />
      <source>Suggested: merge into a better entry or retire.</source>
      <translation>建议：合并到更好的条目或禁用。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_labels.py" line="33" />
      <source>Wrong</source>
      <translation>错误</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_labels.py" line="34" />
      <source>Unclear</source>
      <translation>不清楚</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_labels.py" line="35" />
      <source>Out of date</source>
      <translation>已过时</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_labels.py" line="41" />
      <source>Last 7 days</source>
      <translation>最近 7 天</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_labels.py" line="42" />
      <source>Last 30 days</source>
      <translation>最近 30 天</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_labels.py" line="43" />
      <source>Last 90 days</source>
      <translation>最近 90 天</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_labels.py" line="44" />
      <source>Last 12 months</source>
      <translation>最近 12 个月</translation>
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
      <location filename="../../liaison_app/ui/browse_pages.py" line="95" />
      <source>Search the FAQ: type a few characters, in either script (Ctrl+F)</source>
      <translation>搜索常见问题：输入几个字，繁体或简体皆可（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="97" />
      <source>Copy answer</source>
      <translation>拷贝答案</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="99" />
      <source>Copy the answer and key points for the agent, and count it as a use (Ctrl+Shift+C)</source>
      <translation>拷贝答案与操作要点给座席代表，并计为一次使用（Ctrl+Shift+C）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="102" />
      <source>Used</source>
      <translation>已使用</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="104" />
      <source>Count one use of this entry (Ctrl+Shift+U)</source>
      <translation>将此条目计为一次使用（Ctrl+Shift+U）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="106" />
      <source>Flag…</source>
      <translation>标记问题…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="108" />
      <source>Tell the entry's owner it is wrong, unclear or out of date</source>
      <translation>告知条目负责部门：内容错误、不清楚或已过时</translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/browse_pages.py" line="132" />
      <source>%n entries</source>
      <translation>
        <numerusform>%n 条</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="194" />
      <source>%1 in the last 30 days</source>
      <translation>最近 30 天 %1 次</translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/browse_pages.py" line="196" />
      <source>%n open flags</source>
      <translation>
        <numerusform>%n 个待处理标记</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="197" />
      <source>Valid</source>
      <translation>有效期</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="197" />
      <source>Key points</source>
      <translation>操作要点</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="198" />
      <source>Keywords</source>
      <translation>关键字</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="198" />
      <source>Revision</source>
      <translation>版本</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/browse_pages.py" line="198" />
      <source>Hits</source>
      <translation>使用次数</translation>
    </message>
  </context>
  <context>
    <name>FaqTransfer</name>
    <message>
      <location filename="../../liaison_app/ui/faq_transfer.py" line="41" />
      <location filename="../../liaison_app/ui/faq_transfer.py" line="84" />
      <source>Import FAQ</source>
      <translation>导入常见问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_transfer.py" line="42" />
      <source>FAQ files (*.csv *.xlsx *.jsonl)</source>
      <translation>常见问题文件 (*.csv *.xlsx *.jsonl)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_transfer.py" line="49" />
      <location filename="../../liaison_app/ui/faq_transfer.py" line="133" />
      <source>Export FAQ</source>
      <translation>导出常见问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_transfer.py" line="85" />
      <source>Importing %1…</source>
      <translation>正在导入 %1…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_transfer.py" line="98" />
      <source>and %1 more</source>
      <translation>另有 %1 项</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_transfer.py" line="101" />
      <source>Imported %1 FAQ entries.</source>
      <translation>已导入 %1 个常见问题条目。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_transfer.py" line="103" />
      <source>%1 bad rows were skipped.</source>
      <translation>已略过 %1 个有问题的行。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_transfer.py" line="111" />
      <source>The file holds no FAQ entries.</source>
      <translation>文件中没有常见问题条目。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_transfer.py" line="116" />
      <source>Nothing was imported: %1 rows have problems (see details).</source>
      <translation>未导入任何内容：%1 行有问题（见详细信息）。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_transfer.py" line="119" />
      <source>Import the good rows</source>
      <translation>只导入正确的行</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_transfer.py" line="134" />
      <source>Writing %1…</source>
      <translation>正在写入 %1…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_transfer.py" line="143" />
      <source>Exported %1 FAQ entries to %2.</source>
      <translation>已导出 %1 个常见问题条目到 %2。</translation>
    </message>
  </context>
  <context>
    <name>FaqUpkeepPage</name>
    <message>
      <location filename="../../liaison_app/ui/faq_upkeep_page.py" line="24" />
      <source>Use tiers</source>
      <translation>使用分级</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_upkeep_page.py" line="25" />
      <source>Flags</source>
      <translation>问题标记</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_upkeep_page.py" line="26" />
      <source>Categories</source>
      <translation>分类</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_upkeep_page.py" line="27" />
      <source>Synonyms</source>
      <translation>同义词</translation>
    </message>
  </context>
  <context>
    <name>FlagDialog</name>
    <message>
      <location filename="../../liaison_app/ui/faq_entry_editor.py" line="103" />
      <source>Flag FAQ entry %1</source>
      <translation>标记常见问题 %1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_entry_editor.py" line="108" />
      <source>What is wrong, unclear or out of date?</source>
      <translation>哪里错误、不清楚或已过时？</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_entry_editor.py" line="112" />
      <source>The entry is</source>
      <translation>条目内容</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_entry_editor.py" line="113" />
      <source>Comment</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_entry_editor.py" line="118" />
      <source>The flag goes to the queue of the entry's owner department.</source>
      <translation>标记将进入条目负责部门的待处理清单。</translation>
    </message>
  </context>
  <context>
    <name>FlagModel</name>
    <message>
      <location filename="../../liaison_app/ui/faq_flags_page.py" line="52" />
      <source>Flagged</source>
      <translation>标记时间</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_flags_page.py" line="52" />
      <source>Entry</source>
      <translation>条目</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_flags_page.py" line="52" />
      <source>Question</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_flags_page.py" line="52" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_flags_page.py" line="53" />
      <source>Comment</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_flags_page.py" line="53" />
      <source>By</source>
      <translation>标记人</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_flags_page.py" line="53" />
      <source>Owner</source>
      <translation>负责部门</translation>
    </message>
  </context>
  <context>
    <name>FlagsPage</name>
    <message>
      <location filename="../../liaison_app/ui/faq_flags_page.py" line="94" />
      <source>Fix…</source>
      <translation>修正…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_flags_page.py" line="96" />
      <source>Edit the entry; saving makes a new revision and resolves the flag</source>
      <translation>编辑条目；保存后产生新版本并结案此标记</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_flags_page.py" line="97" />
      <source>Resolve…</source>
      <translation>结案…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_flags_page.py" line="99" />
      <source>Close the flag without changing the entry, with a note</source>
      <translation>不修改条目即结案此标记，并附说明</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_flags_page.py" line="103" />
      <source>Owner department:</source>
      <translation>负责部门：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_flags_page.py" line="127" />
      <source>All departments</source>
      <translation>全部部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_flags_page.py" line="130" />
      <source>No owner</source>
      <translation>无负责部门</translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/faq_flags_page.py" line="153" />
      <source>%n open flags</source>
      <translation>
        <numerusform>%n 个待处理标记</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_flags_page.py" line="169" />
      <source>Fix for flag: %1</source>
      <translation>依标记修正：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_flags_page.py" line="174" />
      <source>fixed in revision %1</source>
      <translation>已于第 %1 版修正</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_flags_page.py" line="185" />
      <source>Resolve flag</source>
      <translation>结案标记</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_flags_page.py" line="185" />
      <source>Resolution note (e.g. why no change is needed):</source>
      <translation>结案说明（例如为何不需修改）：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_flags_page.py" line="195" />
      <source>Flag resolved: %1</source>
      <translation>标记已结案：%1</translation>
    </message>
  </context>
  <context>
    <name>ForwardDialog</name>
    <message>
      <location filename="../../liaison_app/ui/forward_dialog.py" line="38" />
      <source>Forward a question</source>
      <translation>转交问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/forward_dialog.py" line="44" />
      <source>Agent code, e.g. A1001</source>
      <translation>座席工号，例如 A1001</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/forward_dialog.py" line="45" />
      <source>Add the agent if the code is new</source>
      <translation>工号为新时添加此座席</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/forward_dialog.py" line="49" />
      <source>The customer's question, in the customer's words</source>
      <translation>客户的问题，用客户自己的话</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/forward_dialog.py" line="53" />
      <source>What the customer said or tried; account details</source>
      <translation>客户说了什么、试过什么；账户情况</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/forward_dialog.py" line="58" />
      <source>Urgent: the customer is waiting (half the SLA)</source>
      <translation>紧急：客户在等（时限减半）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/forward_dialog.py" line="66" />
      <source>Agent:</source>
      <translation>座席：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/forward_dialog.py" line="68" />
      <source>Question:</source>
      <translation>问题：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/forward_dialog.py" line="69" />
      <source>Customer context:</source>
      <translation>客户情况：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/forward_dialog.py" line="70" />
      <source>Product:</source>
      <translation>产品：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/forward_dialog.py" line="74" />
      <source>Forward</source>
      <translation>转交</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/forward_dialog.py" line="135" />
      <source>Unknown agent %1: check the code, or tick "Add the agent if the code is new".</source>
      <translation>未知座席 %1：请核对工号，或勾选「工号为新时添加此座席」。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/forward_dialog.py" line="139" />
      <source>Not forwarded: %1</source>
      <translation>未转交：%1</translation>
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
      <location filename="../../liaison_app/ui/inbox_page.py" line="59" />
      <location filename="../../liaison_app/ui/inbox_page.py" line="209" />
      <source>Open questions</source>
      <translation>未结问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_page.py" line="60" />
      <location filename="../../liaison_app/ui/inbox_page.py" line="211" />
      <source>All questions</source>
      <translation>全部问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_page.py" line="65" />
      <source>Filter by text or LQ number (Ctrl+F)</source>
      <translation>以文字或 LQ 编号筛选（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_page.py" line="70" />
      <source>All departments</source>
      <translation>全部部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_page.py" line="71" />
      <source>All agents</source>
      <translation>全部座席</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_page.py" line="72" />
      <source>All products</source>
      <translation>全部产品</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_page.py" line="73" />
      <source>Overdue only</source>
      <translation>仅逾期</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_page.py" line="77" />
      <source>Any time</source>
      <translation>不限时间</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_page.py" line="77" />
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_page.py" line="77" />
      <source>Last 7 days</source>
      <translation>最近 7 天</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_page.py" line="78" />
      <source>Last 30 days</source>
      <translation>最近 30 天</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_page.py" line="78" />
      <source>From – to…</source>
      <translation>起讫日期…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/inbox_page.py" line="89" />
      <source>Show:</source>
      <translation>显示：</translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/inbox_page.py" line="281" />
      <location filename="../../liaison_app/ui/inbox_page.py" line="310" />
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
    <name>MainWindow</name>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="38" />
      <source>Liaison — hard questions desk</source>
      <translation>Liaison — 疑难问题工作台</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="123" />
      <source>Department queries</source>
      <translation>部门咨询</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="124" />
      <source>Open queries to business departments, with their age and due state, will be listed here: email threads and logged calls, chase and escalate. This area is being built; the questions awaiting a department are in the Inbox meanwhile (Show: Awaiting department).</source>
      <translation>这里将列出向业务部门提出的未结咨询，含已等候时间与期限状态：邮件往来与电话记录，可跟催与升级。此区仍在建置中；待部门回复的问题目前可在收件箱查看（显示：待部门回复）。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="99" />
      <location filename="../../liaison_app/ui/main_window.py" line="130" />
      <source>Reports</source>
      <translation>报表</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="131" />
      <source>In-center resolution rate, department scorecard, volume trends and FAQ use, with charts and exports, will be shown here. This area is being built.</source>
      <translation>这里将显示中心内解决率、部门评分表、问题量趋势与常见问题使用情况，并附图表与导出。此区仍在建置中。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="73" />
      <source>Database: %1</source>
      <translation>数据库：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="94" />
      <source>Inbox</source>
      <translation>收件箱</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="95" />
      <source>Queries</source>
      <translation>部门咨询</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="96" />
      <source>FAQ</source>
      <translation>常见问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="97" />
      <source>Bulletins</source>
      <translation>通告栏</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="98" />
      <source>Departments</source>
      <translation>业务部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="100" />
      <source>FAQ upkeep</source>
      <translation>常见问题维护</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="162" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="163" />
      <source>&amp;Forward a question…</source>
      <translation>转交问题(&amp;F)…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="168" />
      <source>&amp;Import forwarded questions…</source>
      <translation>导入转交问题(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="174" />
      <source>&amp;Refresh</source>
      <translation>刷新(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="179" />
      <source>&amp;Quit</source>
      <translation>结束(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="185" />
      <source>&amp;View</source>
      <translation>查看(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="192" />
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="194" />
      <source>System language</source>
      <translation>系统语言</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="204" />
      <source>&amp;Help</source>
      <translation>说明(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="205" />
      <source>&amp;About Liaison</source>
      <translation>关于 Liaison(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="210" />
      <source>F&amp;AQ</source>
      <translation>常见问题(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="212" />
      <source>&amp;Import FAQ…</source>
      <translation>导入常见问题(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="213" />
      <source>&amp;Export FAQ…</source>
      <translation>导出常见问题(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="214" />
      <source>&amp;Use tiers</source>
      <translation>使用分级(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="215" />
      <source>&amp;Flags</source>
      <translation>问题标记(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="216" />
      <source>&amp;Categories</source>
      <translation>分类(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="217" />
      <source>&amp;Synonyms…</source>
      <translation>同义词(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="270" />
      <source>Recorded %1.</source>
      <translation>已登记 %1。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="272" />
      <source>Probable duplicate of %1.</source>
      <translation>可能与 %1 重复。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="303" />
      <source>New questions arrived.</source>
      <translation>有新问题到达。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="313" />
      <source>About Liaison</source>
      <translation>关于 Liaison</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="314" />
      <source>Liaison %1
The information manager's desk of a bank call center.</source>
      <translation>Liaison %1
银行客服中心信息管理员的工作台。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/main_window.py" line="339" />
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
    <name>QuestionImportRunner</name>
    <message>
      <location filename="../../liaison_app/ui/question_import_runner.py" line="47" />
      <location filename="../../liaison_app/ui/question_import_runner.py" line="58" />
      <location filename="../../liaison_app/ui/question_import_runner.py" line="128" />
      <source>Import forwarded questions</source>
      <translation>导入转交问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_import_runner.py" line="48" />
      <source>Forwarded questions (*.csv *.jsonl *.tsv *.txt)</source>
      <translation>转交问题 (*.csv *.jsonl *.tsv *.txt)</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_import_runner.py" line="56" />
      <source>Checking %1…</source>
      <translation>正在检查 %1…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_import_runner.py" line="69" />
      <source>Imported %1 of %2 rows</source>
      <translation>已导入 %1 / %2 行</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_import_runner.py" line="72" />
      <source>Checked %1 rows</source>
      <translation>已检查 %1 行</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_import_runner.py" line="91" />
      <source>and %1 more</source>
      <translation>另有 %1 项</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_import_runner.py" line="93" />
      <source>Imported %1 questions.</source>
      <translation>已导入 %1 个问题。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_import_runner.py" line="95" />
      <source>%1 bad rows were skipped.</source>
      <translation>已略过 %1 个有问题的行。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_import_runner.py" line="102" />
      <source>The file holds no questions.</source>
      <translation>文件中没有问题。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_import_runner.py" line="108" />
      <source>Nothing was imported: %1 of %2 rows have problems (see details).</source>
      <translation>未导入任何数据：%2 行中有 %1 行有问题（见详情）。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/question_import_runner.py" line="112" />
      <source>Import the %1 good rows</source>
      <translation>只导入 %1 个正确的行</translation>
    </message>
  </context>
  <context>
    <name>SynonymsPage</name>
    <message>
      <location filename="../../liaison_app/ui/faq_synonyms_page.py" line="37" />
      <source>Words that mean the same, e.g. 轉賬 = 轉帳 = 匯款</source>
      <translation>意思相同的词，例如 转账 = 转帐 = 汇款</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_synonyms_page.py" line="38" />
      <source>Add group</source>
      <translation>添加词组</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_synonyms_page.py" line="40" />
      <source>Save changes to group</source>
      <translation>保存词组修改</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_synonyms_page.py" line="42" />
      <source>Remove group</source>
      <translation>删除词组</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_synonyms_page.py" line="46" />
      <source>A search for any word of a group also finds entries with the other words. Select a group to edit it; separate words with =, commas or 、.</source>
      <translation>搜索词组中任一词时，也会找到含其他词的条目。选择词组即可编辑；词之间以 =、逗号或「、」分隔。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_synonyms_page.py" line="107" />
      <source>Synonym group added.</source>
      <translation>已添加同义词组。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_synonyms_page.py" line="115" />
      <source>Synonym group saved.</source>
      <translation>已保存同义词组。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_synonyms_page.py" line="121" />
      <source>Synonym group removed.</source>
      <translation>已删除同义词组。</translation>
    </message>
  </context>
  <context>
    <name>TierModel</name>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="73" />
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="73" />
      <source>Question</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="73" />
      <source>Category</source>
      <translation>分类</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="73" />
      <source>Owner</source>
      <translation>负责部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="74" />
      <source>Hits in period</source>
      <translation>期间使用次数</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="74" />
      <source>Hits in all</source>
      <translation>累计使用次数</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="74" />
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="85" />
      <source>Pinned</source>
      <translation>置顶</translation>
    </message>
  </context>
  <context>
    <name>TierRulesDialog</name>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="100" />
      <source>Use tier thresholds</source>
      <translation>使用分级门槛</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="102" />
      <source>Quartiles of the period's hits (a quarter of the entries per tier)</source>
      <translation>按期间使用次数的四分位数（每级约四分之一条目）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="103" />
      <source>Fixed thresholds of hits in the period:</source>
      <translation>按期间使用次数的固定门槛：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="114" />
      <source>Very high use from (hits)</source>
      <translation>使用极多起点（次）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="115" />
      <source>High use from (hits)</source>
      <translation>使用较多起点（次）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="116" />
      <source>Low use from (hits); below is very low</source>
      <translation>使用较少起点（次）；低于此为使用极少</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="138" />
      <source>Thresholds must fall: very high &gt; high &gt; low.</source>
      <translation>门槛须递减：极多 &gt; 较多 &gt; 较少。</translation>
    </message>
  </context>
  <context>
    <name>TriagePanel</name>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="52" />
      <source>routing keywords: %1</source>
      <translation>分派关键词：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="53" />
      <source>duties mention: %1</source>
      <translation>职责提及：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="54" />
      <source>owns FAQ entry %1</source>
      <translation>负责常见问题 %1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="55" />
      <source>has the similar question %1</source>
      <translation>处理过相似问题 %1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="61" />
      <source>Normal</source>
      <translation>普通</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="61" />
      <source>High</source>
      <translation>高</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="62" />
      <source>Higher</source>
      <translation>较高</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="62" />
      <source>Top</source>
      <translation>最高</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="87" />
      <location filename="../../liaison_app/ui/triage_panel.py" line="250" />
      <source>Probable duplicate</source>
      <translation>可能重复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="90" />
      <location filename="../../liaison_app/ui/triage_panel.py" line="251" />
      <source>Merge into it</source>
      <translation>合并到该问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="92" />
      <source>Ctrl+Shift+M</source>
      <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="93" />
      <source>Not a duplicate</source>
      <translation>不是重复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="104" />
      <source>FAQ suggestions</source>
      <translation>常见问题建议</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="108" />
      <source>Answer from FAQ</source>
      <translation>以常见问题回复</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="110" />
      <source>Ctrl+Shift+A, or Enter in the list</source>
      <translation>Ctrl+Shift+A，或在列表中按 Enter</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="119" />
      <source>Route to department</source>
      <translation>分派给部门</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="127" />
      <source>Route</source>
      <translation>分派</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="129" />
      <source>Ctrl+Shift+R</source>
      <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="142" />
      <source>Reject…</source>
      <translation>退回…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="144" />
      <source>Ctrl+Shift+X</source>
      <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="146" />
      <source>Priority:</source>
      <translation>优先级：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="198" />
      <source>Select a question to triage it.</source>
      <translation>选择一个问题进行分拣。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="201" />
      <source>Loading…</source>
      <translation>加载中…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/triage_panel.py" line="228" />
      <source>%n question(s) selected: actions apply to all; suggestions are for %1.</source>
      <translation>
        <numerusform>已选 %n 个问题：操作适用于全部；建议依据 %1。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="236" />
      <source>Only new questions are triaged; this one is %1.</source>
      <translation>只有新问题需要分拣；此问题为「%1」。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="246" />
      <source>Merge the selection</source>
      <translation>合并所选问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="247" />
      <source>Merge into the oldest selected</source>
      <translation>合并到所选中最早的问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="250" />
      <source>Similar open questions</source>
      <translation>相似的未结问题</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="296" />
      <source>Suggested: %1</source>
      <translation>建议依据：%1</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="299" />
      <source>No evidence for this department; chosen by hand.</source>
      <translation>无此部门的依据；为手动选择。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="302" />
      <source>Due %1 (%2 working hours)</source>
      <translation>到期 %1（%2 个工作小时）</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="305" />
      <source>urgent: half the SLA</source>
      <translation>紧急：时限减半</translation>
    </message>
    <message numerus="yes">
      <location filename="../../liaison_app/ui/triage_panel.py" line="321" />
      <source>Not done for %n question(s):</source>
      <translation>
        <numerusform>%n 个问题未完成：</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="337" />
      <source>Answered from FAQ entry #%1.</source>
      <translation>已以常见问题 #%1 回复。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="346" />
      <source>Routed to %1.</source>
      <translation>已分派给%1。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="361" />
      <location filename="../../liaison_app/ui/triage_panel.py" line="371" />
      <source>Merged.</source>
      <translation>已合并。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="375" />
      <source>Marked as not a duplicate.</source>
      <translation>已标记为不重复。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="383" />
      <source>Rejected.</source>
      <translation>已退回。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="389" />
      <source>Priority set.</source>
      <translation>已设置优先级。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="393" />
      <source>Reject</source>
      <translation>退回</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/triage_panel.py" line="394" />
      <source>Why is this question rejected? The agent will see the reason.</source>
      <translation>为什么退回此问题？座席会看到原因。</translation>
    </message>
  </context>
  <context>
    <name>UseTiersPage</name>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="156" />
      <source>Thresholds…</source>
      <translation>门槛…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="181" />
      <source>Pin</source>
      <translation>置顶</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="182" />
      <source>Unpin</source>
      <translation>取消置顶</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="183" />
      <source>Announce</source>
      <translation>发通告</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="184" />
      <source>Post a bulletin to agents about the entry, for two weeks</source>
      <translation>就此条目向座席发布通告，为期两周</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="185" />
      <source>Merge into…</source>
      <translation>合并到…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="186" />
      <source>Retire…</source>
      <translation>禁用…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="187" />
      <source>Move to category…</source>
      <translation>移至分类…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="203" />
      <source>Period:</source>
      <translation>期间：</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="254" />
      <source>Tiers: quartiles of the period's hits</source>
      <translation>分级：按期间使用次数的四分位数</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="256" />
      <source>Tiers: very high from %1 hits, high from %2, low from %3</source>
      <translation>分级：极多自 %1 次起，较多自 %2 次起，较少自 %3 次起</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="263" />
      <source>%1 of %2 published entries not used in the period</source>
      <translation>%2 个已发布条目中有 %1 个在此期间未被使用</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="301" />
      <source>Working…</source>
      <translation>处理中…</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="319" />
      <source>Pinned %1 entries.</source>
      <translation>已置顶 %1 个条目。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="319" />
      <source>Unpinned %1 entries.</source>
      <translation>已取消置顶 %1 个条目。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="328" />
      <source>Bulletin posted to agents about entry %1 (see Bulletins).</source>
      <translation>已就条目 %1 向座席发布通告（见通告栏）。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="337" />
      <source>retired after the use analysis</source>
      <translation>使用分析后禁用</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="339" />
      <source>Retired %1 entries.</source>
      <translation>已禁用 %1 个条目。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="341" />
      <source>Retire entries</source>
      <translation>禁用条目</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="341" />
      <source>Why are these entries retired?</source>
      <translation>为何禁用这些条目？</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="352" />
      <source>Merged %1 entries into entry %2.</source>
      <translation>已将 %1 个条目合并到条目 %2。</translation>
    </message>
    <message>
      <location filename="../../liaison_app/ui/faq_tiers_page.py" line="363" />
      <source>Moved %1 entries.</source>
      <translation>已移动 %1 个条目。</translation>
    </message>
  </context>
</TS>