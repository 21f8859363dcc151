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
        <location filename="../../liaison_app/ui/browse_pages.py" line="218"/>
        <source>Notices to agents (通告欄); expired ones are greyed.</source>
        <translation>給座席代表的通告（通告欄）；已過期的以灰色顯示。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="228"/>
        <source>Related FAQ entry</source>
        <translation>相關常見問題</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <location filename="../../liaison_app/ui/faq_categories_page.py" line="168"/>
        <source>New category…</source>
        <translation>新增分類…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_categories_page.py" line="170"/>
        <source>A sub-category of the selected category, or a top-level one</source>
        <translation>所選分類的子分類，或頂層分類</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_categories_page.py" line="171"/>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_categories_page.py" line="187"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_categories_page.py" line="189"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_categories_page.py" line="191"/>
        <source>Move to category…</source>
        <translation>移至分類…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_categories_page.py" line="206"/>
        <source>Drag entries onto a category to move them; drag a category onto another to make it a sub-category.</source>
        <translation>把條目拖到分類上即可移動；把分類拖到另一分類上即成為其子分類。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_categories_page.py" line="265"/>
        <source>Select a category to see its entries.</source>
        <translation>選擇分類以查看其條目。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_categories_page.py" line="272"/>
        <source>%1: no entries of its own; its sub-categories hold them.</source>
        <translation>%1：本身沒有條目，條目都在其子分類中。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/faq_categories_page.py" line="275"/>
        <source>%1: %n entries</source>
        <translation>
            <numerusform>%1：%n 個條目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/faq_categories_page.py" line="298"/>
        <source>Moved %n entries.</source>
        <translation>
            <numerusform>已移動 %n 個條目。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_categories_page.py" line="303"/>
        <source>Category moved.</source>
        <translation>分類已移動。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_categories_page.py" line="318"/>
        <source>Category created.</source>
        <translation>分類已建立。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_categories_page.py" line="322"/>
        <source>New category</source>
        <translation>新增分類</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_categories_page.py" line="322"/>
        <source>Name of the new category:</source>
        <translation>新分類名稱：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_categories_page.py" line="333"/>
        <source>Category renamed.</source>
        <translation>分類已重新命名。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_categories_page.py" line="336"/>
        <source>Rename category</source>
        <translation>重新命名分類</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_categories_page.py" line="336"/>
        <source>New name:</source>
        <translation>新名稱：</translation>
    </message>
</context>
<context>
    <name>CategoryEntriesModel</name>
    <message>
        <location filename="../../liaison_app/ui/faq_categories_page.py" line="120"/>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_categories_page.py" line="120"/>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_categories_page.py" line="120"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_categories_page.py" line="120"/>
        <source>Hits</source>
        <translation>使用次數</translation>
    </message>
</context>
<context>
    <name>CategoryPicker</name>
    <message>
        <location filename="../../liaison_app/ui/faq_pickers.py" line="58"/>
        <source>Move to category</source>
        <translation>移至分類</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_pickers.py" line="71"/>
        <source>Choose the category for the selected entries:</source>
        <translation>為所選條目選擇分類：</translation>
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
        <location filename="../../liaison_app/ui/browse_pages.py" line="237"/>
        <source>Business departments, their written duties and contacts.</source>
        <translation>業務部門及其書面職責與聯絡人。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="249"/>
        <source>Duties</source>
        <translation>職責</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="249"/>
        <source>SLA</source>
        <translation>回覆時限</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="249"/>
        <source>hours</source>
        <translation>小時</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="250"/>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="250"/>
        <source>Title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="250"/>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="251"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="251"/>
        <source>head of department, for escalation</source>
        <translation>部門負責人，用於升級</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../liaison_app/ui/faq_entry_editor.py" line="45"/>
        <source>Edit FAQ entry %1</source>
        <translation>編輯常見問題 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_entry_editor.py" line="52"/>
        <source>One key point a line</source>
        <translation>每行一個要點</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_entry_editor.py" line="54"/>
        <source>Keywords, separated by 、 or commas</source>
        <translation>關鍵詞，以「、」或逗號分隔</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_entry_editor.py" line="56"/>
        <source>What changed and why</source>
        <translation>修改了什麼及原因</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_entry_editor.py" line="61"/>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_entry_editor.py" line="62"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_entry_editor.py" line="63"/>
        <source>Key points</source>
        <translation>操作要點</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_entry_editor.py" line="64"/>
        <source>Keywords</source>
        <translation>關鍵詞</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_entry_editor.py" line="65"/>
        <source>Change note</source>
        <translation>修改說明</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_entry_editor.py" line="71"/>
        <source>Revision %1; saving makes revision %2.</source>
        <translation>目前為第 %1 版；儲存後成為第 %2 版。</translation>
    </message>
</context>
<context>
    <name>EntryPicker</name>
    <message>
        <location filename="../../liaison_app/ui/faq_pickers.py" line="91"/>
        <source>Merge into…</source>
        <translation>合併到…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_pickers.py" line="95"/>
        <source>Search the entry that stays</source>
        <translation>搜尋要保留的條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_pickers.py" line="104"/>
        <source>The selected entries will be retired; their hits, questions and revisions go to the entry you choose.</source>
        <translation>所選條目將被停用；其使用記錄、關聯問題和修訂版本將轉到您選擇的條目。</translation>
    </message>
</context>
<context>
    <name>FaqLabels</name>
    <message>
        <location filename="../../liaison_app/ui/faq_labels.py" line="15"/>
        <source>Very high use</source>
        <translation>使用極多</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_labels.py" line="16"/>
        <source>High use</source>
        <translation>使用較多</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_labels.py" line="17"/>
        <source>Low use</source>
        <translation>使用較少</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_labels.py" line="18"/>
        <source>Very low use</source>
        <translation>使用極少</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_labels.py" line="24"/>
        <source>Suggested: pin these entries and announce them to agents.</source>
        <translation>建議：置頂這些條目，並發通告告知座席。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_labels.py" line="25"/>
        <source>Well used: keep them current; re-categorise or re-order if agents look for them elsewhere.</source>
        <translation>使用良好：保持內容最新；若座席在別處查找，可調整分類或順序。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_labels.py" line="26"/>
        <source>Little used: check the wording and keywords, or the category agents look in.</source>
        <translation>使用較少：檢查措辭和關鍵詞，或座席查找的分類。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_labels.py" line="27"/>
        <source>Suggested: merge into a better entry or retire.</source>
        <translation>建議：合併到更好的條目或停用。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_labels.py" line="33"/>
        <source>Wrong</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_labels.py" line="34"/>
        <source>Unclear</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_labels.py" line="35"/>
        <source>Out of date</source>
        <translation>已過時</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_labels.py" line="41"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_labels.py" line="42"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_labels.py" line="43"/>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_labels.py" line="44"/>
        <source>Last 12 months</source>
        <translation>最近 12 個月</translation>
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
        <location filename="../../liaison_app/ui/browse_pages.py" line="95"/>
        <source>Search the FAQ: type a few characters, in either script (Ctrl+F)</source>
        <translation>搜尋常見問題：輸入幾個字，繁體或簡體皆可（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="97"/>
        <source>Copy answer</source>
        <translation>複製答案</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="99"/>
        <source>Copy the answer and key points for the agent, and count it as a use (Ctrl+Shift+C)</source>
        <translation>複製答案與操作要點給座席代表，並計為一次使用（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="102"/>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="104"/>
        <source>Count one use of this entry (Ctrl+Shift+U)</source>
        <translation>將此條目計為一次使用（Ctrl+Shift+U）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="106"/>
        <source>Flag…</source>
        <translation>標記問題…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="108"/>
        <source>Tell the entry&apos;s owner it is wrong, unclear or out of date</source>
        <translation>告知條目負責部門：內容錯誤、不清楚或已過時</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/browse_pages.py" line="132"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 條</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="194"/>
        <source>%1 in the last 30 days</source>
        <translation>最近 30 天 %1 次</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/browse_pages.py" line="196"/>
        <source>%n open flags</source>
        <translation>
            <numerusform>%n 個待處理標記</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="197"/>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="197"/>
        <source>Key points</source>
        <translation>操作要點</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="198"/>
        <source>Keywords</source>
        <translation>關鍵字</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="198"/>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/browse_pages.py" line="198"/>
        <source>Hits</source>
        <translation>使用次數</translation>
    </message>
</context>
<context>
    <name>FaqTransfer</name>
    <message>
        <location filename="../../liaison_app/ui/faq_transfer.py" line="41"/>
        <location filename="../../liaison_app/ui/faq_transfer.py" line="84"/>
        <source>Import FAQ</source>
        <translation>匯入常見問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_transfer.py" line="42"/>
        <source>FAQ files (*.csv *.xlsx *.jsonl)</source>
        <translation>常見問題檔案 (*.csv *.xlsx *.jsonl)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_transfer.py" line="49"/>
        <location filename="../../liaison_app/ui/faq_transfer.py" line="133"/>
        <source>Export FAQ</source>
        <translation>匯出常見問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_transfer.py" line="85"/>
        <source>Importing %1…</source>
        <translation>正在匯入 %1…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_transfer.py" line="98"/>
        <source>and %1 more</source>
        <translation>另有 %1 項</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_transfer.py" line="101"/>
        <source>Imported %1 FAQ entries.</source>
        <translation>已匯入 %1 個常見問題條目。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_transfer.py" line="103"/>
        <source>%1 bad rows were skipped.</source>
        <translation>已略過 %1 個有問題的行。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_transfer.py" line="111"/>
        <source>The file holds no FAQ entries.</source>
        <translation>檔案中沒有常見問題條目。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_transfer.py" line="116"/>
        <source>Nothing was imported: %1 rows have problems (see details).</source>
        <translation>未匯入任何內容：%1 行有問題（見詳細資訊）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_transfer.py" line="119"/>
        <source>Import the good rows</source>
        <translation>只匯入正確的行</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_transfer.py" line="134"/>
        <source>Writing %1…</source>
        <translation>正在寫入 %1…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_transfer.py" line="143"/>
        <source>Exported %1 FAQ entries to %2.</source>
        <translation>已匯出 %1 個常見問題條目到 %2。</translation>
    </message>
</context>
<context>
    <name>FaqUpkeepPage</name>
    <message>
        <location filename="../../liaison_app/ui/faq_upkeep_page.py" line="24"/>
        <source>Use tiers</source>
        <translation>使用分級</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_upkeep_page.py" line="25"/>
        <source>Flags</source>
        <translation>問題標記</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_upkeep_page.py" line="26"/>
        <source>Categories</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_upkeep_page.py" line="27"/>
        <source>Synonyms</source>
        <translation>同義詞</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../../liaison_app/ui/faq_entry_editor.py" line="103"/>
        <source>Flag FAQ entry %1</source>
        <translation>標記常見問題 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_entry_editor.py" line="108"/>
        <source>What is wrong, unclear or out of date?</source>
        <translation>哪裡錯誤、不清楚或已過時？</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_entry_editor.py" line="112"/>
        <source>The entry is</source>
        <translation>條目內容</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_entry_editor.py" line="113"/>
        <source>Comment</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_entry_editor.py" line="118"/>
        <source>The flag goes to the queue of the entry&apos;s owner department.</source>
        <translation>標記將進入條目負責部門的待處理清單。</translation>
    </message>
</context>
<context>
    <name>FlagModel</name>
    <message>
        <location filename="../../liaison_app/ui/faq_flags_page.py" line="52"/>
        <source>Flagged</source>
        <translation>標記時間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_flags_page.py" line="52"/>
        <source>Entry</source>
        <translation>條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_flags_page.py" line="52"/>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_flags_page.py" line="52"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_flags_page.py" line="53"/>
        <source>Comment</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_flags_page.py" line="53"/>
        <source>By</source>
        <translation>標記人</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_flags_page.py" line="53"/>
        <source>Owner</source>
        <translation>負責部門</translation>
    </message>
</context>
<context>
    <name>FlagsPage</name>
    <message>
        <location filename="../../liaison_app/ui/faq_flags_page.py" line="94"/>
        <source>Fix…</source>
        <translation>修正…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_flags_page.py" line="96"/>
        <source>Edit the entry; saving makes a new revision and resolves the flag</source>
        <translation>編輯條目；儲存後產生新版本並結案此標記</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_flags_page.py" line="97"/>
        <source>Resolve…</source>
        <translation>結案…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_flags_page.py" line="99"/>
        <source>Close the flag without changing the entry, with a note</source>
        <translation>不修改條目即結案此標記，並附說明</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_flags_page.py" line="103"/>
        <source>Owner department:</source>
        <translation>負責部門：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_flags_page.py" line="127"/>
        <source>All departments</source>
        <translation>全部部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_flags_page.py" line="130"/>
        <source>No owner</source>
        <translation>無負責部門</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/faq_flags_page.py" line="153"/>
        <source>%n open flags</source>
        <translation>
            <numerusform>%n 個待處理標記</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_flags_page.py" line="169"/>
        <source>Fix for flag: %1</source>
        <translation>依標記修正：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_flags_page.py" line="174"/>
        <source>fixed in revision %1</source>
        <translation>已於第 %1 版修正</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_flags_page.py" line="185"/>
        <source>Resolve flag</source>
        <translation>結案標記</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_flags_page.py" line="185"/>
        <source>Resolution note (e.g. why no change is needed):</source>
        <translation>結案說明（例如為何不需修改）：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_flags_page.py" line="195"/>
        <source>Flag resolved: %1</source>
        <translation>標記已結案：%1</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../liaison_app/ui/forward_dialog.py" line="38"/>
        <source>Forward a question</source>
        <translation>轉交問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/forward_dialog.py" line="44"/>
        <source>Agent code, e.g. A1001</source>
        <translation>座席工號，例如 A1001</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/forward_dialog.py" line="45"/>
        <source>Add the agent if the code is new</source>
        <translation>工號為新時新增此座席</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/forward_dialog.py" line="49"/>
        <source>The customer&apos;s question, in the customer&apos;s words</source>
        <translation>客戶的問題，用客戶自己的話</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/forward_dialog.py" line="53"/>
        <source>What the customer said or tried; account details</source>
        <translation>客戶說了什麼、試過什麼；賬戶情況</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/forward_dialog.py" line="58"/>
        <source>Urgent: the customer is waiting (half the SLA)</source>
        <translation>緊急：客戶在等（時限減半）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/forward_dialog.py" line="66"/>
        <source>Agent:</source>
        <translation>座席：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/forward_dialog.py" line="68"/>
        <source>Question:</source>
        <translation>問題：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/forward_dialog.py" line="69"/>
        <source>Customer context:</source>
        <translation>客戶情況：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/forward_dialog.py" line="70"/>
        <source>Product:</source>
        <translation>產品：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/forward_dialog.py" line="74"/>
        <source>Forward</source>
        <translation>轉交</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/forward_dialog.py" line="135"/>
        <source>Unknown agent %1: check the code, or tick &quot;Add the agent if the code is new&quot;.</source>
        <translation>未知座席 %1：請核對工號，或勾選「工號為新時新增此座席」。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/forward_dialog.py" line="139"/>
        <source>Not forwarded: %1</source>
        <translation>未轉交：%1</translation>
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
        <location filename="../../liaison_app/ui/inbox_page.py" line="59"/>
        <location filename="../../liaison_app/ui/inbox_page.py" line="209"/>
        <source>Open questions</source>
        <translation>未結問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/inbox_page.py" line="60"/>
        <location filename="../../liaison_app/ui/inbox_page.py" line="211"/>
        <source>All questions</source>
        <translation>全部問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/inbox_page.py" line="65"/>
        <source>Filter by text or LQ number (Ctrl+F)</source>
        <translation>以文字或 LQ 編號篩選（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/inbox_page.py" line="70"/>
        <source>All departments</source>
        <translation>全部部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/inbox_page.py" line="71"/>
        <source>All agents</source>
        <translation>全部座席</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/inbox_page.py" line="72"/>
        <source>All products</source>
        <translation>全部產品</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/inbox_page.py" line="73"/>
        <source>Overdue only</source>
        <translation>僅逾期</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/inbox_page.py" line="77"/>
        <source>Any time</source>
        <translation>不限時間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/inbox_page.py" line="77"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/inbox_page.py" line="77"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/inbox_page.py" line="78"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/inbox_page.py" line="78"/>
        <source>From – to…</source>
        <translation>起訖日期…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/inbox_page.py" line="89"/>
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/inbox_page.py" line="281"/>
        <location filename="../../liaison_app/ui/inbox_page.py" line="310"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="38"/>
        <source>Liaison — hard questions desk</source>
        <translation>Liaison — 疑難問題工作台</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="123"/>
        <source>Department queries</source>
        <translation>部門諮詢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="124"/>
        <source>Open queries to business departments, with their age and due state, will be listed here: email threads and logged calls, chase and escalate. This area is being built; the questions awaiting a department are in the Inbox meanwhile (Show: Awaiting department).</source>
        <translation>這裡將列出向業務部門提出的未結諮詢，含已等候時間與期限狀態：郵件往來與電話記錄，可跟催與升級。此區仍在建置中；待部門回覆的問題目前可在收件匣查看（顯示：待部門回覆）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="99"/>
        <location filename="../../liaison_app/ui/main_window.py" line="130"/>
        <source>Reports</source>
        <translation>報表</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="131"/>
        <source>In-center resolution rate, department scorecard, volume trends and FAQ use, with charts and exports, will be shown here. This area is being built.</source>
        <translation>這裡將顯示中心內解決率、部門評分表、問題量趨勢與常見問題使用情況，並附圖表與匯出。此區仍在建置中。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="73"/>
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="94"/>
        <source>Inbox</source>
        <translation>收件匣</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="95"/>
        <source>Queries</source>
        <translation>部門諮詢</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="96"/>
        <source>FAQ</source>
        <translation>常見問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="97"/>
        <source>Bulletins</source>
        <translation>通告欄</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="98"/>
        <source>Departments</source>
        <translation>業務部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="100"/>
        <source>FAQ upkeep</source>
        <translation>常見問題維護</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="162"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="163"/>
        <source>&amp;Forward a question…</source>
        <translation>轉交問題(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="168"/>
        <source>&amp;Import forwarded questions…</source>
        <translation>匯入轉交問題(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="174"/>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="179"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="185"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="192"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="194"/>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="204"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="205"/>
        <source>&amp;About Liaison</source>
        <translation>關於 Liaison(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="210"/>
        <source>F&amp;AQ</source>
        <translation>常見問題(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="212"/>
        <source>&amp;Import FAQ…</source>
        <translation>匯入常見問題(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="213"/>
        <source>&amp;Export FAQ…</source>
        <translation>匯出常見問題(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="214"/>
        <source>&amp;Use tiers</source>
        <translation>使用分級(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="215"/>
        <source>&amp;Flags</source>
        <translation>問題標記(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="216"/>
        <source>&amp;Categories</source>
        <translation>分類(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="217"/>
        <source>&amp;Synonyms…</source>
        <translation>同義詞(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="270"/>
        <source>Recorded %1.</source>
        <translation>已登記 %1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="272"/>
        <source>Probable duplicate of %1.</source>
        <translation>可能與 %1 重複。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="303"/>
        <source>New questions arrived.</source>
        <translation>有新問題到達。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="313"/>
        <source>About Liaison</source>
        <translation>關於 Liaison</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="314"/>
        <source>Liaison %1
The information manager&apos;s desk of a bank call center.</source>
        <translation>Liaison %1
銀行客服中心信息管理員的工作台。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/main_window.py" line="339"/>
        <source>%1 questions · %2 open · %3 unread · %4 overdue · %5 FAQ published</source>
        <translation>%1 個問題 · %2 未結 · %3 未讀 · %4 逾期 · %5 條常見問題已發布</translation>
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
        <location filename="../../liaison_app/ui/question_detail.py" line="55"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="56"/>
        <source>Department</source>
        <translation>業務部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="57"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="58"/>
        <source>Forwarded</source>
        <translation>轉交時間</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="61"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="63"/>
        <source>Resolution</source>
        <translation>解決方式</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="65"/>
        <source>Duplicate of</source>
        <translation>重複於</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="68"/>
        <source>via %1</source>
        <translation>經由 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="72"/>
        <source>Agents</source>
        <translation>座席代表</translation>
    </message>
</context>
<context>
    <name>QuestionDetailView</name>
    <message>
        <location filename="../../liaison_app/ui/question_detail.py" line="127"/>
        <source>Select a question to see its history.</source>
        <translation>選擇一個問題以查看其處理記錄。</translation>
    </message>
</context>
<context>
    <name>QuestionImportRunner</name>
    <message>
        <location filename="../../liaison_app/ui/question_import_runner.py" line="47"/>
        <location filename="../../liaison_app/ui/question_import_runner.py" line="58"/>
        <location filename="../../liaison_app/ui/question_import_runner.py" line="128"/>
        <source>Import forwarded questions</source>
        <translation>匯入轉交問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_import_runner.py" line="48"/>
        <source>Forwarded questions (*.csv *.jsonl *.tsv *.txt)</source>
        <translation>轉交問題 (*.csv *.jsonl *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_import_runner.py" line="56"/>
        <source>Checking %1…</source>
        <translation>正在檢查 %1…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_import_runner.py" line="69"/>
        <source>Imported %1 of %2 rows</source>
        <translation>已匯入 %1 / %2 行</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_import_runner.py" line="72"/>
        <source>Checked %1 rows</source>
        <translation>已檢查 %1 行</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_import_runner.py" line="91"/>
        <source>and %1 more</source>
        <translation>另有 %1 項</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_import_runner.py" line="93"/>
        <source>Imported %1 questions.</source>
        <translation>已匯入 %1 個問題。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_import_runner.py" line="95"/>
        <source>%1 bad rows were skipped.</source>
        <translation>已略過 %1 個有問題的行。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_import_runner.py" line="102"/>
        <source>The file holds no questions.</source>
        <translation>檔案中沒有問題。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_import_runner.py" line="108"/>
        <source>Nothing was imported: %1 of %2 rows have problems (see details).</source>
        <translation>未匯入任何資料：%2 行中有 %1 行有問題（見詳情）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/question_import_runner.py" line="112"/>
        <source>Import the %1 good rows</source>
        <translation>只匯入 %1 個正確的行</translation>
    </message>
</context>
<context>
    <name>SynonymsPage</name>
    <message>
        <location filename="../../liaison_app/ui/faq_synonyms_page.py" line="37"/>
        <source>Words that mean the same, e.g. 轉賬 = 轉帳 = 匯款</source>
        <translation>意思相同的詞，例如 轉賬 = 轉帳 = 匯款</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_synonyms_page.py" line="38"/>
        <source>Add group</source>
        <translation>新增詞組</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_synonyms_page.py" line="40"/>
        <source>Save changes to group</source>
        <translation>儲存詞組修改</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_synonyms_page.py" line="42"/>
        <source>Remove group</source>
        <translation>刪除詞組</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_synonyms_page.py" line="46"/>
        <source>A search for any word of a group also finds entries with the other words. Select a group to edit it; separate words with =, commas or 、.</source>
        <translation>搜尋詞組中任一詞時，也會找到含其他詞的條目。選擇詞組即可編輯；詞之間以 =、逗號或「、」分隔。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_synonyms_page.py" line="107"/>
        <source>Synonym group added.</source>
        <translation>已新增同義詞組。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_synonyms_page.py" line="115"/>
        <source>Synonym group saved.</source>
        <translation>已儲存同義詞組。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_synonyms_page.py" line="121"/>
        <source>Synonym group removed.</source>
        <translation>已刪除同義詞組。</translation>
    </message>
</context>
<context>
    <name>TierModel</name>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="73"/>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="73"/>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="73"/>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="73"/>
        <source>Owner</source>
        <translation>負責部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="74"/>
        <source>Hits in period</source>
        <translation>期間使用次數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="74"/>
        <source>Hits in all</source>
        <translation>累計使用次數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="74"/>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="85"/>
        <source>Pinned</source>
        <translation>置頂</translation>
    </message>
</context>
<context>
    <name>TierRulesDialog</name>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="100"/>
        <source>Use tier thresholds</source>
        <translation>使用分級門檻</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="102"/>
        <source>Quartiles of the period&apos;s hits (a quarter of the entries per tier)</source>
        <translation>按期間使用次數的四分位數（每級約四分之一條目）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="103"/>
        <source>Fixed thresholds of hits in the period:</source>
        <translation>按期間使用次數的固定門檻：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="114"/>
        <source>Very high use from (hits)</source>
        <translation>使用極多起點（次）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="115"/>
        <source>High use from (hits)</source>
        <translation>使用較多起點（次）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="116"/>
        <source>Low use from (hits); below is very low</source>
        <translation>使用較少起點（次）；低於此為使用極少</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="138"/>
        <source>Thresholds must fall: very high &gt; high &gt; low.</source>
        <translation>門檻須遞減：極多 &gt; 較多 &gt; 較少。</translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="52"/>
        <source>routing keywords: %1</source>
        <translation>分派關鍵詞：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="53"/>
        <source>duties mention: %1</source>
        <translation>職責提及：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="54"/>
        <source>owns FAQ entry %1</source>
        <translation>負責常見問題 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="55"/>
        <source>has the similar question %1</source>
        <translation>處理過相似問題 %1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="61"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="61"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="62"/>
        <source>Higher</source>
        <translation>較高</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="62"/>
        <source>Top</source>
        <translation>最高</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="87"/>
        <location filename="../../liaison_app/ui/triage_panel.py" line="250"/>
        <source>Probable duplicate</source>
        <translation>可能重複</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="90"/>
        <location filename="../../liaison_app/ui/triage_panel.py" line="251"/>
        <source>Merge into it</source>
        <translation>合併到該問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="92"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="93"/>
        <source>Not a duplicate</source>
        <translation>不是重複</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="104"/>
        <source>FAQ suggestions</source>
        <translation>常見問題建議</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="108"/>
        <source>Answer from FAQ</source>
        <translation>以常見問題回覆</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="110"/>
        <source>Ctrl+Shift+A, or Enter in the list</source>
        <translation>Ctrl+Shift+A，或在列表中按 Enter</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="119"/>
        <source>Route to department</source>
        <translation>分派給部門</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="127"/>
        <source>Route</source>
        <translation>分派</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="129"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="142"/>
        <source>Reject…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="144"/>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="146"/>
        <source>Priority:</source>
        <translation>優先級：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="198"/>
        <source>Select a question to triage it.</source>
        <translation>選擇一個問題進行分揀。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="201"/>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/triage_panel.py" line="228"/>
        <source>%n question(s) selected: actions apply to all; suggestions are for %1.</source>
        <translation>
            <numerusform>已選 %n 個問題：操作適用於全部；建議依據 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="236"/>
        <source>Only new questions are triaged; this one is %1.</source>
        <translation>只有新問題需要分揀；此問題為「%1」。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="246"/>
        <source>Merge the selection</source>
        <translation>合併所選問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="247"/>
        <source>Merge into the oldest selected</source>
        <translation>合併到所選中最早的問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="250"/>
        <source>Similar open questions</source>
        <translation>相似的未結問題</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="296"/>
        <source>Suggested: %1</source>
        <translation>建議依據：%1</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="299"/>
        <source>No evidence for this department; chosen by hand.</source>
        <translation>無此部門的依據；為手動選擇。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="302"/>
        <source>Due %1 (%2 working hours)</source>
        <translation>到期 %1（%2 個工作小時）</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="305"/>
        <source>urgent: half the SLA</source>
        <translation>緊急：時限減半</translation>
    </message>
    <message numerus="yes">
        <location filename="../../liaison_app/ui/triage_panel.py" line="321"/>
        <source>Not done for %n question(s):</source>
        <translation>
            <numerusform>%n 個問題未完成：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="337"/>
        <source>Answered from FAQ entry #%1.</source>
        <translation>已以常見問題 #%1 回覆。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="346"/>
        <source>Routed to %1.</source>
        <translation>已分派給%1。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="361"/>
        <location filename="../../liaison_app/ui/triage_panel.py" line="371"/>
        <source>Merged.</source>
        <translation>已合併。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="375"/>
        <source>Marked as not a duplicate.</source>
        <translation>已標記為不重複。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="383"/>
        <source>Rejected.</source>
        <translation>已退回。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="389"/>
        <source>Priority set.</source>
        <translation>已設定優先級。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="393"/>
        <source>Reject</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/triage_panel.py" line="394"/>
        <source>Why is this question rejected? The agent will see the reason.</source>
        <translation>為什麼退回此問題？座席會看到原因。</translation>
    </message>
</context>
<context>
    <name>UseTiersPage</name>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="156"/>
        <source>Thresholds…</source>
        <translation>門檻…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="181"/>
        <source>Pin</source>
        <translation>置頂</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="182"/>
        <source>Unpin</source>
        <translation>取消置頂</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="183"/>
        <source>Announce</source>
        <translation>發通告</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="184"/>
        <source>Post a bulletin to agents about the entry, for two weeks</source>
        <translation>就此條目向座席發布通告，為期兩週</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="185"/>
        <source>Merge into…</source>
        <translation>合併到…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="186"/>
        <source>Retire…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="187"/>
        <source>Move to category…</source>
        <translation>移至分類…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="203"/>
        <source>Period:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="254"/>
        <source>Tiers: quartiles of the period&apos;s hits</source>
        <translation>分級：按期間使用次數的四分位數</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="256"/>
        <source>Tiers: very high from %1 hits, high from %2, low from %3</source>
        <translation>分級：極多自 %1 次起，較多自 %2 次起，較少自 %3 次起</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="263"/>
        <source>%1 of %2 published entries not used in the period</source>
        <translation>%2 個已發布條目中有 %1 個在此期間未被使用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="301"/>
        <source>Working…</source>
        <translation>處理中…</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="319"/>
        <source>Pinned %1 entries.</source>
        <translation>已置頂 %1 個條目。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="319"/>
        <source>Unpinned %1 entries.</source>
        <translation>已取消置頂 %1 個條目。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="328"/>
        <source>Bulletin posted to agents about entry %1 (see Bulletins).</source>
        <translation>已就條目 %1 向座席發布通告（見通告欄）。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="337"/>
        <source>retired after the use analysis</source>
        <translation>使用分析後停用</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="339"/>
        <source>Retired %1 entries.</source>
        <translation>已停用 %1 個條目。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="341"/>
        <source>Retire entries</source>
        <translation>停用條目</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="341"/>
        <source>Why are these entries retired?</source>
        <translation>為何停用這些條目？</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="352"/>
        <source>Merged %1 entries into entry %2.</source>
        <translation>已將 %1 個條目合併到條目 %2。</translation>
    </message>
    <message>
        <location filename="../../liaison_app/ui/faq_tiers_page.py" line="363"/>
        <source>Moved %1 entries.</source>
        <translation>已移動 %1 個條目。</translation>
    </message>
</context>
</TS>
