<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>casebook::AnnotationCommands</name>
    <message>
        <location filename="../app/gui/annotationcommands.cpp" line="19"/>
        <source>Annotate “%1”</source>
        <translation>批注“%1”</translation>
    </message>
    <message>
        <location filename="../app/gui/annotationcommands.cpp" line="40"/>
        <source>Delete the annotation “%1”</source>
        <translation>删除批注“%1”</translation>
    </message>
    <message>
        <location filename="../app/gui/annotationcommands.cpp" line="60"/>
        <source>Edit the annotation “%1”</source>
        <translation>编辑批注“%1”</translation>
    </message>
</context>
<context>
    <name>casebook::AnnotationEditor</name>
    <message>
        <location filename="../widgets/annotations/annotationeditor.cpp" line="24"/>
        <source>yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationeditor.cpp" line="25"/>
        <source>green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationeditor.cpp" line="26"/>
        <source>blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationeditor.cpp" line="27"/>
        <source>pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationeditor.cpp" line="28"/>
        <source>orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationeditor.cpp" line="29"/>
        <source>purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationeditor.cpp" line="58"/>
        <source>Annotate</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationeditor.cpp" line="62"/>
        <source>Why this passage matters</source>
        <translation>这段文字为何重要</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationeditor.cpp" line="64"/>
        <source>Tags, separated by commas</source>
        <translation>标签，以逗号分隔</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationeditor.cpp" line="74"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationeditor.cpp" line="75"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationeditor.cpp" line="76"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
</context>
<context>
    <name>casebook::AnnotationListModel</name>
    <message>
        <location filename="../widgets/annotations/annotationlistmodel.cpp" line="61"/>
        <source>article %1</source>
        <translation>文章 %1</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationlistmodel.cpp" line="70"/>
        <source>Orphaned: this passage is no longer in the article (it changed or was deleted). The quote and the note are kept.</source>
        <translation>孤立批注：文章中已找不到这段文字（文章已更改或被删除）。引文和备注仍保留。</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationlistmodel.cpp" line="106"/>
        <source>Passage</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationlistmodel.cpp" line="108"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationlistmodel.cpp" line="110"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationlistmodel.cpp" line="112"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>casebook::AnnotationsPanel</name>
    <message>
        <location filename="../widgets/annotations/annotationspanel.cpp" line="35"/>
        <source>Filter annotations by passage, note, tag or article…</source>
        <translation>按段落、备注、标签或文章筛选批注…</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationspanel.cpp" line="38"/>
        <source>Only annotations with this tag</source>
        <translation>只显示带此标签的批注</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationspanel.cpp" line="46"/>
        <source>Only annotations of this colour</source>
        <translation>只显示此颜色的批注</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationspanel.cpp" line="47"/>
        <source>Any colour</source>
        <translation>任意颜色</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationspanel.cpp" line="49"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationspanel.cpp" line="49"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationspanel.cpp" line="50"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationspanel.cpp" line="50"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationspanel.cpp" line="51"/>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationspanel.cpp" line="51"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationspanel.cpp" line="53"/>
        <source>No colour</source>
        <translation>无颜色</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationspanel.cpp" line="59"/>
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationspanel.cpp" line="60"/>
        <source>Rename, merge and colour the tags</source>
        <translation>重命名、合并标签并设置颜色</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationspanel.cpp" line="97"/>
        <source>Edit Note, Tags, Colour…</source>
        <translation>编辑备注、标签和颜色…</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationspanel.cpp" line="98"/>
        <source>Delete Annotation</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationspanel.cpp" line="100"/>
        <source>Add to Report</source>
        <translation>加入报告</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationspanel.cpp" line="140"/>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/annotations/annotationspanel.cpp" line="159"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 条批注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/annotations/annotationspanel.cpp" line="160"/>
        <source>%1 of %n annotation(s)</source>
        <translation>
            <numerusform>%1 / %n 条批注</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ArticleListModel</name>
    <message>
        <location filename="../widgets/articlelist/articlelistmodel.cpp" line="249"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/articlelist/articlelistmodel.cpp" line="250"/>
        <source>%1  (+%n copies)</source>
        <translation>
            <numerusform>%1  （另有 %n 份副本）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/articlelist/articlelistmodel.cpp" line="268"/>
        <source>Not analysed yet: its people, organisations, places and dates are not found. Article › Analyse Articles Not Yet Analysed.</source>
        <translation>尚未分析：其中的人物、机构、地点和日期尚未识别。请使用“文章 › 分析尚未分析的文章”。</translation>
    </message>
    <message>
        <location filename="../widgets/articlelist/articlelistmodel.cpp" line="271"/>
        <source>Date from: %1</source>
        <translation>日期来源：%1</translation>
    </message>
    <message>
        <location filename="../widgets/articlelist/articlelistmodel.cpp" line="273"/>
        <source>A copy of article %1
%2</source>
        <translation>文章 %1 的副本
%2</translation>
    </message>
    <message>
        <location filename="../widgets/articlelist/articlelistmodel.cpp" line="302"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../widgets/articlelist/articlelistmodel.cpp" line="304"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../widgets/articlelist/articlelistmodel.cpp" line="306"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../widgets/articlelist/articlelistmodel.cpp" line="308"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../widgets/articlelist/articlelistmodel.cpp" line="310"/>
        <source>Characters</source>
        <translation>字数</translation>
    </message>
</context>
<context>
    <name>casebook::CasebookSession</name>
    <message>
        <location filename="../app/core/session/casebooksession.cpp" line="69"/>
        <source>%1 is in an older format and can only be read here, so it cannot be upgraded to this version&apos;s. Copy it to a folder you can write to and open the copy; the original stays as it is.</source>
        <translation>%1 是旧格式，且在这里只能读取，因此无法升级到本版本的格式。请把它复制到您可写入的文件夹并打开副本；原文件保持不变。</translation>
    </message>
    <message>
        <location filename="../app/core/session/casebooksession.cpp" line="100"/>
        <source>as asked</source>
        <translation>按您的要求</translation>
    </message>
    <message>
        <location filename="../app/core/session/casebooksession.cpp" line="101"/>
        <source>the file, its folder or its disk cannot be written</source>
        <translation>文件、所在文件夹或磁盘不可写入</translation>
    </message>
    <message>
        <location filename="../app/core/session/casebooksession.cpp" line="109"/>
        <source>%1 is open read-only (%2): nothing in it can be changed. To work on it, copy it to a folder you can write to and open the copy.</source>
        <translation>%1 以只读方式打开（%2）：其中的内容都不能更改。如需编辑，请把它复制到您可写入的文件夹并打开副本。</translation>
    </message>
    <message>
        <location filename="../app/core/session/casebooksession.cpp" line="121"/>
        <source>Upgrade</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../app/core/session/casebooksession.cpp" line="125"/>
        <source>The upgrade of %1 was cancelled; the file is unchanged.</source>
        <translation>%1 的升级已取消；文件未作改动。</translation>
    </message>
    <message>
        <location filename="../app/core/session/casebooksession.cpp" line="130"/>
        <source>format %1 → %2; the old file is kept as %3</source>
        <translation>格式 %1 → %2；旧文件保存为 %3</translation>
    </message>
    <message>
        <location filename="../app/core/session/casebooksession.cpp" line="142"/>
        <location filename="../app/core/session/casebooksession.cpp" line="335"/>
        <location filename="../app/core/session/casebooksession.cpp" line="735"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../app/core/session/casebooksession.cpp" line="271"/>
        <source>There is no report named “%1” any more.</source>
        <translation>名为“%1”的报告已不存在。</translation>
    </message>
    <message>
        <location filename="../app/core/session/casebooksession.cpp" line="315"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../app/core/session/casebooksession.cpp" line="327"/>
        <source>%1 (%2 KB)</source>
        <translation>%1（%2 KB）</translation>
    </message>
    <message>
        <location filename="../app/core/session/casebooksession.cpp" line="522"/>
        <source>Re-analysis</source>
        <translation>重新分析</translation>
    </message>
    <message>
        <location filename="../app/core/session/casebooksession.cpp" line="666"/>
        <source>%1 articles: %2 mentions, %3 dated events</source>
        <translation>%1 篇文章：%2 次提及，%3 个带日期的事件</translation>
    </message>
    <message>
        <location filename="../app/core/session/casebooksession.cpp" line="671"/>
        <source>analysed batches kept; the rest is analysed at the next import</source>
        <translation>已分析的批次均保留；其余将在下次导入时分析</translation>
    </message>
    <message>
        <location filename="../app/core/session/casebooksession.cpp" line="683"/>
        <source>The casebook is still being upgraded; import when the upgrade has finished.</source>
        <translation>案卷仍在升级中；请在升级完成后再导入。</translation>
    </message>
    <message>
        <location filename="../app/core/session/casebooksession.cpp" line="689"/>
        <source>An import is already running; wait for it or cancel it first.</source>
        <translation>已有导入正在进行；请等待其完成或先取消。</translation>
    </message>
    <message>
        <location filename="../app/core/session/casebooksession.cpp" line="702"/>
        <source>%1: page %2 of %3</source>
        <translation>%1：第 %2 / %3 页</translation>
    </message>
    <message>
        <location filename="../app/core/session/casebooksession.cpp" line="707"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../app/core/session/casebooksession.cpp" line="726"/>
        <source>batches committed before the cancel are kept</source>
        <translation>取消前已提交的批次均保留</translation>
    </message>
</context>
<context>
    <name>casebook::DemoCasebook</name>
    <message>
        <location filename="../app/gui/democasebook.cpp" line="76"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../app/gui/democasebook.cpp" line="93"/>
        <source>Cannot copy the demo casebook %1 to %2.</source>
        <translation>无法将演示案卷 %1 复制到 %2。</translation>
    </message>
</context>
<context>
    <name>casebook::DocumentView</name>
    <message>
        <location filename="../widgets/documentpane/documentview.cpp" line="73"/>
        <source>Page Image</source>
        <translation>页面图像</translation>
    </message>
    <message>
        <location filename="../widgets/documentpane/documentview.cpp" line="75"/>
        <source>Show the page of the original beside the text</source>
        <translation>在正文旁显示原件的该页</translation>
    </message>
    <message>
        <location filename="../widgets/documentpane/documentview.cpp" line="77"/>
        <source>Page </source>
        <translation>第 </translation>
    </message>
    <message>
        <location filename="../widgets/documentpane/documentview.cpp" line="78"/>
        <source>Go to this page of the original</source>
        <translation>转到原件的这一页</translation>
    </message>
    <message>
        <location filename="../widgets/documentpane/documentview.cpp" line="90"/>
        <source>Page image</source>
        <translation>页面图像</translation>
    </message>
    <message>
        <location filename="../widgets/documentpane/documentview.cpp" line="154"/>
        <source>Select an article to read it.</source>
        <translation>选择一篇文章以阅读。</translation>
    </message>
    <message>
        <location filename="../widgets/documentpane/documentview.cpp" line="194"/>
        <source>Drawing page %1…</source>
        <translation>正在绘制第 %1 页…</translation>
    </message>
    <message>
        <location filename="../widgets/documentpane/documentview.cpp" line="203"/>
        <source>This page of the original cannot be shown.</source>
        <translation>无法显示原件的这一页。</translation>
    </message>
    <message>
        <location filename="../widgets/documentpane/documentview.cpp" line="264"/>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <location filename="../widgets/documentpane/documentview.cpp" line="266"/>
        <source>1 page</source>
        <translation>1 页</translation>
    </message>
    <message>
        <location filename="../widgets/documentpane/documentview.cpp" line="266"/>
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <location filename="../widgets/documentpane/documentview.cpp" line="268"/>
        <source>read by OCR</source>
        <translation>经 OCR 识别</translation>
    </message>
    <message>
        <location filename="../widgets/documentpane/documentview.cpp" line="270"/>
        <source>read by OCR: page(s) %1</source>
        <translation>经 OCR 识别的页：%1</translation>
    </message>
    <message>
        <location filename="../widgets/documentpane/documentview.cpp" line="275"/>
        <source>Low OCR confidence on page(s) %1: check the text against the original.</source>
        <translation>第 %1 页 OCR 置信度低：请对照原件核对文字。</translation>
    </message>
    <message>
        <location filename="../widgets/documentpane/documentview.cpp" line="291"/>
        <source>estimated</source>
        <translation>估计</translation>
    </message>
    <message>
        <location filename="../widgets/documentpane/documentview.cpp" line="293"/>
        <source>set by you</source>
        <translation>由你设定</translation>
    </message>
    <message>
        <location filename="../widgets/documentpane/documentview.cpp" line="296"/>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../widgets/documentpane/documentview.cpp" line="301"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../widgets/documentpane/documentview.cpp" line="309"/>
        <source>copy of article %1</source>
        <translation>文章 %1 的副本</translation>
    </message>
</context>
<context>
    <name>casebook::Entities</name>
    <message>
        <location filename="../widgets/entities/entitycolors.cpp" line="35"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitycolors.cpp" line="37"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitycolors.cpp" line="39"/>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitycolors.cpp" line="41"/>
        <source>Products and models</source>
        <translation>产品与模型</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitycolors.cpp" line="43"/>
        <location filename="../widgets/entities/entitycolors.cpp" line="44"/>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitycolors.cpp" line="45"/>
        <source>Percentages</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitycolors.cpp" line="36"/>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitycolors.cpp" line="38"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitycolors.cpp" line="40"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitycolors.cpp" line="42"/>
        <source>Product or model</source>
        <translation>产品或模型</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitycolors.cpp" line="46"/>
        <source>Percentage</source>
        <translation>百分比</translation>
    </message>
</context>
<context>
    <name>casebook::EntityChartView</name>
    <message>
        <location filename="../widgets/entities/entitychartview.cpp" line="58"/>
        <source>by articles</source>
        <translation>按文章数</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitychartview.cpp" line="59"/>
        <source>by mentions</source>
        <translation>按提及次数</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitychartview.cpp" line="160"/>
        <source>Top %1 %2</source>
        <translation>%1排行（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitychartview.cpp" line="180"/>
        <location filename="../widgets/entities/entitychartview.cpp" line="183"/>
        <source>(no entities in this filter)</source>
        <translation>（当前筛选下没有实体）</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitychartview.cpp" line="260"/>
        <source>Click an entity to see it over time</source>
        <translation>点击一个实体，查看其随时间的变化</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitychartview.cpp" line="263"/>
        <source>%1 over time, and who appears with it</source>
        <translation>%1 随时间的变化，以及与其同时出现的实体</translation>
    </message>
</context>
<context>
    <name>casebook::EntityTableModel</name>
    <message>
        <location filename="../widgets/entities/entitytablemodel.cpp" line="30"/>
        <source>%1 trillion</source>
        <translation>%1 万亿</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitytablemodel.cpp" line="31"/>
        <source>%1 billion</source>
        <translation>%1 十亿</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitytablemodel.cpp" line="32"/>
        <source>%1 million</source>
        <translation>%1 百万</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitytablemodel.cpp" line="126"/>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitytablemodel.cpp" line="128"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitytablemodel.cpp" line="130"/>
        <source>Articles</source>
        <translation>文章数</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitytablemodel.cpp" line="132"/>
        <source>Mentions</source>
        <translation>提及次数</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitytablemodel.cpp" line="134"/>
        <source>Also called</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitytablemodel.cpp" line="136"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>casebook::EntityTableView</name>
    <message>
        <location filename="../widgets/entities/entitytableview.cpp" line="79"/>
        <source>Filter by “%1”</source>
        <translation>按“%1”筛选</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/entities/entitytableview.cpp" line="86"/>
        <source>Merge %n selected into “%1”</source>
        <translation>
            <numerusform>将所选 %n 个实体合并到“%1”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitytableview.cpp" line="92"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitytableview.cpp" line="94"/>
        <source>Rename entity</source>
        <translation>重命名实体</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitytableview.cpp" line="94"/>
        <source>New name for “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitytableview.cpp" line="99"/>
        <source>Change type</source>
        <translation>更改类型</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitytableview.cpp" line="105"/>
        <source>Split off alias</source>
        <translation>拆分别名</translation>
    </message>
    <message>
        <location filename="../widgets/entities/entitytableview.cpp" line="110"/>
        <source>Reject “%1” (not an entity)</source>
        <translation>排除“%1”（不是实体）</translation>
    </message>
</context>
<context>
    <name>casebook::FilterChipsBar</name>
    <message>
        <location filename="../widgets/filterbar/filterchipsbar.cpp" line="19"/>
        <source>Back to the previous filter (Alt+Left)</source>
        <translation>返回上一个筛选条件 (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar/filterchipsbar.cpp" line="22"/>
        <source>Forward (Alt+Right)</source>
        <translation>前进 (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar/filterchipsbar.cpp" line="70"/>
        <source>Remove from the filter</source>
        <translation>从筛选条件中移除</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar/filterchipsbar.cpp" line="98"/>
        <source>language %1</source>
        <translation>语言 %1</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar/filterchipsbar.cpp" line="100"/>
        <source>source %1</source>
        <translation>来源 %1</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar/filterchipsbar.cpp" line="104"/>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
</context>
<context>
    <name>casebook::ImportProgress</name>
    <message>
        <location filename="../app/core/session/importjob.cpp" line="117"/>
        <source>%1 files: %2 imported, %3 linked as copies, %4 already present, %5 refused</source>
        <translation>%1 个文件：已导入 %2 个，%3 个关联为副本，%4 个已存在，%5 个被拒绝</translation>
    </message>
</context>
<context>
    <name>casebook::JobsModel</name>
    <message>
        <location filename="../widgets/jobs/jobsmodel.cpp" line="75"/>
        <source>estimating…</source>
        <translation>正在估算…</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/jobsmodel.cpp" line="75"/>
        <source>%1 s left</source>
        <translation>剩余 %1 秒</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/jobsmodel.cpp" line="80"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/jobsmodel.cpp" line="84"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/jobsmodel.cpp" line="84"/>
        <source>cancelled — %1</source>
        <translation>已取消 — %1</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/jobsmodel.cpp" line="86"/>
        <source>failed — %1</source>
        <translation>失败 — %1</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/jobsmodel.cpp" line="106"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/jobsmodel.cpp" line="108"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/jobsmodel.cpp" line="110"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/jobsmodel.cpp" line="112"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>casebook::JobsPanel</name>
    <message>
        <location filename="../widgets/jobs/jobspanel.cpp" line="47"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/jobspanel.cpp" line="83"/>
        <source>Files not imported, and why:</source>
        <translation>未导入的文件及原因：</translation>
    </message>
</context>
<context>
    <name>casebook::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="131"/>
        <source>Filter by title, source, language or date…</source>
        <translation>按标题、来源、语言或日期筛选…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="159"/>
        <source>Most relevant first</source>
        <translation>相关度优先</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="160"/>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="161"/>
        <source>Oldest first</source>
        <translation>最早优先</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="162"/>
        <source>By title</source>
        <translation>按标题</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="163"/>
        <source>By source</source>
        <translation>按来源</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="191"/>
        <source>Hit %1 of %2 (F3 / Shift+F3)</source>
        <translation>第 %1 / %2 处命中 (F3 / Shift+F3)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="217"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="220"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="245"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="246"/>
        <source>&amp;New Casebook…</source>
        <translation>新建案卷(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="247"/>
        <source>&amp;Open Casebook…</source>
        <translation>打开案卷(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="248"/>
        <source>Open Read-&amp;Only…</source>
        <translation>以只读方式打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="249"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="253"/>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="254"/>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="257"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="259"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="260"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="262"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="269"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="272"/>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="274"/>
        <source>Edit &amp;Metadata…</source>
        <translation>编辑元数据(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="275"/>
        <source>&amp;Delete Article</source>
        <translation>删除文章(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="280"/>
        <source>Delete Its &amp;Import Batch</source>
        <translation>删除其导入批次(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="283"/>
        <source>A&amp;nnotate Selection…</source>
        <translation>批注所选内容(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="286"/>
        <source>Select a passage of the article to annotate it.</source>
        <translation>请先选中文章中的一段文字再批注。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="293"/>
        <source>&amp;OCR Languages…</source>
        <translation>OCR 语言(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="298"/>
        <source>&amp;Analyse Articles Not Yet Analysed</source>
        <translation>分析尚未分析的文章(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="302"/>
        <source>&amp;Filter List</source>
        <translation>筛选列表(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="308"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="309"/>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="310"/>
        <source>&amp;Next Hit</source>
        <translation>下一处命中(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="312"/>
        <source>&amp;Previous Hit</source>
        <translation>上一处命中(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="314"/>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="315"/>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="316"/>
        <source>&amp;Clear Filter</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="319"/>
        <source>Search &amp;Syntax…</source>
        <translation>搜索语法(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="320"/>
        <source>Search syntax</source>
        <translation>搜索语法</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="333"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="337"/>
        <source>&amp;Dark Palette</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="350"/>
        <source>Reset &amp;Timeline Zoom</source>
        <translation>重置时间线缩放(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="351"/>
        <source>Show &amp;Annotations</source>
        <translation>显示批注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="362"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="363"/>
        <source>&amp;Welcome…</source>
        <translation>欢迎页(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="364"/>
        <source>&amp;About Casebook</source>
        <translation>关于 Casebook(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="365"/>
        <source>About Casebook</source>
        <translation>关于 Casebook</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="366"/>
        <source>&lt;h3&gt;Casebook %1&lt;/h3&gt;&lt;p&gt;A workbench for analysts who read, search, annotate and report on piles of news articles.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Casebook %1&lt;/h3&gt;&lt;p&gt;供分析人员阅读、搜索、批注大量新闻文章并撰写报告的工作台。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="374"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="398"/>
        <source>%1 no longer exists.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="387"/>
        <source>&amp;Clear List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="410"/>
        <source>%1 is already open in another Casebook window; that window was brought to the front.</source>
        <translation>%1 已在另一个 Casebook 窗口中打开；该窗口已被切换到前台。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="451"/>
        <source>Metadata saved.</source>
        <translation>元数据已保存。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="470"/>
        <source>Annotation saved.</source>
        <translation>批注已保存。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="495"/>
        <source>Exported %1 (%2 items, %3 articles cited).</source>
        <translation>已导出 %1（%2 个条目，引用 %3 篇文章）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="501"/>
        <source>%n cited article(s) lack metadata; the file says which.</source>
        <translation>
            <numerusform>%n 篇被引文章缺少元数据；导出文件中已注明。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="513"/>
        <source>Deleted %n article(s). Edit › Undo puts them back.</source>
        <translation>
            <numerusform>已删除 %n 篇文章。使用“编辑 › 撤销”可恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="518"/>
        <source>Put back %n article(s).</source>
        <translation>
            <numerusform>已恢复 %n 篇文章。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="534"/>
        <source>Upgrading casebook…</source>
        <translation>正在升级案卷…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="536"/>
        <source>Upgrading %1 to this version&apos;s format; a copy of the old file is kept beside it.</source>
        <translation>正在将 %1 升级到此版本的格式；旧文件的副本保存在其旁边。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="581"/>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="582"/>
        <source>Delete the import batch of “%1”</source>
        <translation>删除“%1”的导入批次</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="617"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="633"/>
        <source>Make a report first: Report › New… in the Report dock.</source>
        <translation>请先新建报告：在“报告”面板中点击“新建…”。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="652"/>
        <source>New Report</source>
        <translation>新建报告</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="652"/>
        <source>Name of the new report:</source>
        <translation>新报告的名称：</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="653"/>
        <source>Brief</source>
        <translation>简报</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="660"/>
        <source>Findings</source>
        <translation>主要发现</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="667"/>
        <source>Delete Report</source>
        <translation>删除报告</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="668"/>
        <source>Delete the report “%1”? Its annotations stay in the casebook.</source>
        <translation>删除报告“%1”？其中的批注仍保留在案卷中。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="685"/>
        <source>all articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="686"/>
        <source>articles matching %1</source>
        <translation>匹配 %1 的文章</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="687"/>
        <source>Articles and dated events over time (%1)</source>
        <translation>文章与带日期事件的时间分布（%1）</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="687"/>
        <source>Entities most mentioned (%1)</source>
        <translation>提及最多的实体（%1）</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="725"/>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="734"/>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="740"/>
        <source>%1 (read-only) — Casebook</source>
        <translation>%1（只读）— Casebook</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="742"/>
        <source>%1 — Casebook</source>
        <translation>%1 — Casebook</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="744"/>
        <location filename="../app/gui/mainwindow.cpp" line="1461"/>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="749"/>
        <source>New Casebook</source>
        <translation>新建案卷</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="750"/>
        <source>Casebooks (*.casebook)</source>
        <translation>案卷 (*.casebook)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="769"/>
        <source>Open Casebook</source>
        <translation>打开案卷</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="761"/>
        <source>Casebooks (*.casebook);;All files (*)</source>
        <translation>案卷 (*.casebook);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="775"/>
        <source>Open Casebook Read-Only</source>
        <translation>以只读方式打开案卷</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="779"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="795"/>
        <source>%1 is open read-only (%2). You can read, search, filter and export reports; nothing can be imported, annotated, corrected or deleted.</source>
        <translation>%1 以只读方式打开（%2）。您可以阅读、搜索、筛选并导出报告；不能导入、批注、更正或删除。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="798"/>
        <source>Opened read-only (%1): read, search and export as usual; nothing in it can be changed.</source>
        <translation>已以只读方式打开（%1）：可照常阅读、搜索和导出；其中的内容都不能更改。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="808"/>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="809"/>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.shtml);;All files (*)</source>
        <translation>文章 (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.shtml);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="890"/>
        <source>%n not analysed yet (Article › Analyse)</source>
        <translation>
            <numerusform>%n 篇尚未分析（文章 › 分析）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="904"/>
        <source>The import stopped: %1 Everything committed before stays in the casebook.</source>
        <translation>导入已停止：%1 此前已提交的内容均保留在案卷中。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="905"/>
        <source>Import stopped by an error.</source>
        <translation>导入因错误而停止。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="906"/>
        <source>Import cancelled; every batch committed before it stopped stays in the casebook.</source>
        <translation>导入已取消；停止前已提交的每一批都保留在案卷中。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="982"/>
        <source>This casebook is empty. Import articles with File › Import Files… (Ctrl+I) or Import Folder… (Ctrl+Shift+I), or drag files and folders onto this window.</source>
        <translation>此案卷为空。请通过“文件 › 导入文件…”(Ctrl+I) 或“导入文件夹…”(Ctrl+Shift+I) 导入文章，或将文件和文件夹拖到此窗口。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="885"/>
        <source>%1 of %n article(s) match the filter</source>
        <translation>
            <numerusform>%n 篇文章中有 %1 篇符合筛选条件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1166"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1188"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1189"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1190"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1240"/>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1248"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1265"/>
        <source>Only articles from %1</source>
        <translation>只看来自 %1 的文章</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1268"/>
        <source>Only articles in %1</source>
        <translation>只看 %1 的文章</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1272"/>
        <source>Clear the filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1309"/>
        <source>The sentence of the dated event</source>
        <translation>带日期事件所在的句子</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1400"/>
        <source>Settings saved. The menus and panels change language when Casebook next starts.</source>
        <translation>设置已保存。菜单和面板将在下次启动 Casebook 时切换语言。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1403"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1410"/>
        <source>The demo casebook is open.</source>
        <translation>演示案卷已打开。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1422"/>
        <source>This window has the demo casebook %1 open already.</source>
        <translation>此窗口已打开演示案卷 %1。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1439"/>
        <source>No demo casebook was found (looked for %1) and no demo articles to build one from.</source>
        <translation>未找到演示案卷（已查找 %1），也没有可用于生成演示案卷的文章。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1444"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1451"/>
        <source>Building the demo casebook from its articles…</source>
        <translation>正在用演示文章生成演示案卷…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="829"/>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="839"/>
        <source>Open or create a casebook first, then import into it.</source>
        <translation>请先打开或新建一个案卷，再向其中导入。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="847"/>
        <source>The import starts when the upgrade has finished.</source>
        <translation>升级完成后将开始导入。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="855"/>
        <source>An import is already running; wait for it or cancel it first.</source>
        <translation>已有导入正在进行；请等待其完成或先取消。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="859"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="870"/>
        <source>Importing %v of %m</source>
        <translation>正在导入 %v / %m</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="907"/>
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>已导入 %n 篇文章。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="909"/>
        <source>%n already in the casebook.</source>
        <translation>
            <numerusform>%n 篇已在案卷中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="911"/>
        <source>%n linked to an earlier copy.</source>
        <translation>
            <numerusform>%n 篇已关联到更早的副本。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="917"/>
        <source>Some files were not imported</source>
        <translation>部分文件未导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="918"/>
        <source>%n file(s) could not be imported. Everything else was imported, and nothing already in the casebook changed.</source>
        <translation>
            <numerusform>%n 个文件无法导入。其余文件均已导入，案卷中原有内容未受影响。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="889"/>
        <location filename="../app/gui/mainwindow.cpp" line="891"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::MetadataEditor</name>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="22"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="24"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="26"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="28"/>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="30"/>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="32"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="43"/>
        <source>from the document&apos;s metadata</source>
        <translation>来自文档元数据</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="45"/>
        <source>found in the text</source>
        <translation>从正文中识别</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="47"/>
        <source>estimated</source>
        <translation>估计</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="49"/>
        <source>the file&apos;s time</source>
        <translation>文件时间</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="51"/>
        <source>the file&apos;s name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="53"/>
        <source>set by you</source>
        <translation>由你设定</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="57"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="64"/>
        <source>Article metadata</source>
        <translation>文章元数据</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="70"/>
        <source>2025-02-25, 2025-02 or 2025</source>
        <translation>2025-02-25、2025-02 或 2025</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="79"/>
        <source>Use found value</source>
        <translation>使用识别值</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="110"/>
        <source>The date must look like 2025-02-25, 2025-02 or 2025.</source>
        <translation>日期格式应为 2025-02-25、2025-02 或 2025。</translation>
    </message>
</context>
<context>
    <name>casebook::ReportComposer</name>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="35"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="36"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="46"/>
        <source>Add Section</source>
        <translation>添加章节</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="48"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="54"/>
        <source>No report yet</source>
        <translation>尚无报告</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="55"/>
        <source>The reports saved in this casebook</source>
        <translation>此案卷中保存的报告</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="71"/>
        <source>Report title</source>
        <translation>报告标题</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="73"/>
        <source>Author-date (Chicago)</source>
        <translation>作者-日期制（芝加哥）</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="74"/>
        <source>Notes and bibliography (Chicago)</source>
        <translation>注释-参考文献制（芝加哥）</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="76"/>
        <source>How every quote is cited in the exported report</source>
        <translation>导出的报告中每条引文的引用方式</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="90"/>
        <source>Report outline</source>
        <translation>报告大纲</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="91"/>
        <source>Drag annotations, articles, search results or entities here; drag to reorder</source>
        <translation>将批注、文章、搜索结果或实体拖到此处；拖动可调整顺序</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="108"/>
        <source>Select a section or an item to write about it.</source>
        <translation>选择一个章节或条目以撰写相关内容。</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="115"/>
        <source>Section heading</source>
        <translation>章节标题</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="116"/>
        <source>What this section says (paragraphs separated by a blank line)</source>
        <translation>本章节的内容（段落之间以空行分隔）</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="117"/>
        <source>Heading:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="118"/>
        <source>Text:</source>
        <translation>正文：</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="125"/>
        <source>Your words on this item, printed after it</source>
        <translation>你对此条目的说明，打印在条目之后</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="144"/>
        <source>New section</source>
        <translation>新章节</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="149"/>
        <source>Add Figure</source>
        <translation>添加图表</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="151"/>
        <source>Current Timeline</source>
        <translation>当前时间线</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="152"/>
        <source>Current Entity Chart</source>
        <translation>当前实体图表</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="154"/>
        <source>Remove the selected section or item from the report (the annotation itself stays)</source>
        <translation>从报告中移除所选章节或条目（批注本身仍保留）</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="157"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="159"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="164"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="167"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="168"/>
        <source>HTML (one file)…</source>
        <translation>HTML（单个文件）…</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="169"/>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="170"/>
        <source>Quotes as CSV…</source>
        <translation>引文导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="171"/>
        <source>Quotes as JSON…</source>
        <translation>引文导出为 JSON…</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="172"/>
        <source>REFI-QDA Project (MAXQDA, NVivo, ATLAS.ti)…</source>
        <translation>REFI-QDA 项目（MAXQDA、NVivo、ATLAS.ti）…</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="173"/>
        <source>Bibliography as CSL-JSON (Zotero)…</source>
        <translation>参考文献导出为 CSL-JSON（Zotero）…</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="174"/>
        <source>Bibliography as RIS…</source>
        <translation>参考文献导出为 RIS…</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportcomposer.cpp" line="307"/>
        <source>Figure: %1</source>
        <translation>图：%1</translation>
    </message>
</context>
<context>
    <name>casebook::ReportExport</name>
    <message>
        <location filename="../app/core/session/reportexport.cpp" line="392"/>
        <source>Reading the report</source>
        <translation>正在读取报告</translation>
    </message>
    <message>
        <location filename="../app/core/session/reportexport.cpp" line="498"/>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <location filename="../app/core/session/reportexport.cpp" line="508"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
</context>
<context>
    <name>casebook::ReportOutlineModel</name>
    <message>
        <location filename="../widgets/reports/reportoutlinemodel.cpp" line="21"/>
        <source>Annotation</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportoutlinemodel.cpp" line="23"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportoutlinemodel.cpp" line="25"/>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportoutlinemodel.cpp" line="27"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportoutlinemodel.cpp" line="29"/>
        <source>Figure</source>
        <translation>图</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportoutlinemodel.cpp" line="114"/>
        <source>Findings</source>
        <translation>主要发现</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportoutlinemodel.cpp" line="218"/>
        <source>(untitled section)</source>
        <translation>（无标题章节）</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportoutlinemodel.cpp" line="232"/>
        <source>article %1</source>
        <translation>文章 %1</translation>
    </message>
    <message>
        <location filename="../widgets/reports/reportoutlinemodel.cpp" line="235"/>
        <source>%1: %2</source>
        <comment>item kind: its caption</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>casebook::SearchBar</name>
    <message>
        <location filename="../widgets/search/searchbar.cpp" line="39"/>
        <source>Search: words, &quot;phrases&quot;, OR, -not, deep*, title:, date:2025-01..2025-03 …</source>
        <translation>搜索：词语、&quot;短语&quot;、OR、-排除、deep*、title:、date:2025-01..2025-03 …</translation>
    </message>
    <message>
        <location filename="../widgets/search/searchbar.cpp" line="48"/>
        <source>Recent searches (Down in the search box)</source>
        <translation>最近的搜索（在搜索框中按向下键）</translation>
    </message>
    <message>
        <location filename="../widgets/search/searchbar.cpp" line="57"/>
        <source>Search syntax</source>
        <translation>搜索语法</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/search/searchbar.cpp" line="192"/>
        <source>%n matching article(s)</source>
        <translation>
            <numerusform>%n 篇匹配的文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/search/searchbar.cpp" line="197"/>
        <source>The fields are %1; any other word before a colon is searched as text.</source>
        <translation>可用字段为 %1；冒号前的其他词语按普通文本搜索。</translation>
    </message>
    <message>
        <location filename="../widgets/search/searchbar.cpp" line="204"/>
        <source>&lt;h3&gt;Search syntax&lt;/h3&gt;&lt;table cellspacing=&apos;4&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;deepseek hospital&lt;/code&gt;&lt;/td&gt;&lt;td&gt;both words (AND is implied)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;&quot;state grid&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the exact phrase&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;qwen OR ernie&lt;/code&gt;&lt;/td&gt;&lt;td&gt;either word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-nvidia&lt;/code&gt;, &lt;code&gt;NOT nvidia&lt;/code&gt;&lt;/td&gt;&lt;td&gt;without the word&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;(a OR b) c&lt;/code&gt;&lt;/td&gt;&lt;td&gt;grouping&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;deep*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;words starting with deep&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;NEAR(sasac meeting, 5)&lt;/code&gt;&lt;/td&gt;&lt;td&gt;words within 5 words of each other&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;title: source: author: lang:&lt;/code&gt;&lt;/td&gt;&lt;td&gt;search one field: &lt;code&gt;source:reuters&lt;/code&gt;, &lt;code&gt;lang:zh&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;date:2025-01..2025-03&lt;/code&gt;&lt;/td&gt;&lt;td&gt;published in a range; also &lt;code&gt;after:2024-06-01&lt;/code&gt;, &lt;code&gt;before:2025&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;entity:PipeChina&lt;/code&gt;, &lt;code&gt;tag:risk&lt;/code&gt;, &lt;code&gt;note:verify&lt;/code&gt;&lt;/td&gt;&lt;td&gt;articles mentioning an entity (any alias), with an annotation tagged so, or whose annotation note says so&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;北京 医院&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Chinese words, two characters or more&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;搜索语法&lt;/h3&gt;&lt;table cellspacing=&apos;4&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;deepseek hospital&lt;/code&gt;&lt;/td&gt;&lt;td&gt;同时包含两个词（默认为 AND）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;&quot;state grid&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;精确短语&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;qwen OR ernie&lt;/code&gt;&lt;/td&gt;&lt;td&gt;包含任一词&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-nvidia&lt;/code&gt;, &lt;code&gt;NOT nvidia&lt;/code&gt;&lt;/td&gt;&lt;td&gt;不包含该词&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;(a OR b) c&lt;/code&gt;&lt;/td&gt;&lt;td&gt;分组&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;deep*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;以 deep 开头的词&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;NEAR(sasac meeting, 5)&lt;/code&gt;&lt;/td&gt;&lt;td&gt;两词相距不超过 5 个词&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;title: source: author: lang:&lt;/code&gt;&lt;/td&gt;&lt;td&gt;只搜索某个字段：&lt;code&gt;source:reuters&lt;/code&gt;、&lt;code&gt;lang:zh&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;date:2025-01..2025-03&lt;/code&gt;&lt;/td&gt;&lt;td&gt;在某一时间范围内发布；也可用 &lt;code&gt;after:2024-06-01&lt;/code&gt;、&lt;code&gt;before:2025&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;entity:PipeChina&lt;/code&gt;, &lt;code&gt;tag:risk&lt;/code&gt;, &lt;code&gt;note:verify&lt;/code&gt;&lt;/td&gt;&lt;td&gt;提及某实体（任一别名）的文章、带有该标签批注的文章，或批注备注中含有该词的文章&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;北京 医院&lt;/code&gt;&lt;/td&gt;&lt;td&gt;中文词语，两个字及以上&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>casebook::SearchResultsModel</name>
    <message>
        <location filename="../widgets/search/searchresultsmodel.cpp" line="100"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/search/searchresultsmodel.cpp" line="118"/>
        <source>+%n copies</source>
        <translation>
            <numerusform>另有 %n 份副本</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::SettingsDialog</name>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="144"/>
        <source>vertical</source>
        <translation>竖排</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="145"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="150"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="151"/>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="154"/>
        <source>The system&apos;s (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="155"/>
        <source>Dialogs use a new language at once; the menus and panels of open windows change when Casebook next starts.</source>
        <translation>对话框立即使用新语言；已打开窗口的菜单和面板将在下次启动 Casebook 时切换。</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="157"/>
        <source>&amp;OCR languages:</source>
        <translation>OCR 语言(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="162"/>
        <source>%1 — not installed</source>
        <translation>%1 — 未安装</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="165"/>
        <source>Tesseract has no language data here: install tesseract-ocr-eng, tesseract-ocr-chi-sim or others to read scans and images.</source>
        <translation>本机没有 Tesseract 语言数据：请安装 tesseract-ocr-eng、tesseract-ocr-chi-sim 等语言包，才能识别扫描件和图片。</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="167"/>
        <source>For PDFs without a text layer and for images, from the next import on. More languages come with the tesseract-ocr-* packages.</source>
        <translation>用于没有文字层的 PDF 和图片，从下次导入起生效。安装 tesseract-ocr-* 语言包可增加更多语言。</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="169"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="154"/>
        <location filename="../app/gui/settingsdialog.cpp" line="170"/>
        <source>The system&apos;s</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="171"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="172"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="173"/>
        <source>&amp;Worker threads:</source>
        <translation>工作线程(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="174"/>
        <source>One per core (%1)</source>
        <translation>每核一个（%1）</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="175"/>
        <source>Threads that read, analyse and OCR during imports; an import already running keeps its count.</source>
        <translation>导入时用于读取、分析和 OCR 识别的线程数；正在进行的导入保持原有线程数。</translation>
    </message>
</context>
<context>
    <name>casebook::TagManager</name>
    <message>
        <location filename="../widgets/annotations/tagmanager.cpp" line="22"/>
        <source>Rename or Merge…</source>
        <translation>重命名或合并…</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/tagmanager.cpp" line="23"/>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/tagmanager.cpp" line="25"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/tagmanager.cpp" line="26"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/tagmanager.cpp" line="26"/>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/tagmanager.cpp" line="76"/>
        <source>Rename Tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/tagmanager.cpp" line="77"/>
        <source>New name for “%1” (an existing tag&apos;s name merges the two):</source>
        <translation>“%1”的新名称（使用已有标签的名称则两者合并）：</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/tagmanager.cpp" line="84"/>
        <source>Merge Tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/tagmanager.cpp" line="85"/>
        <source>“%1” exists. Merge “%2” into it?</source>
        <translation>“%1”已存在。要将“%2”合并到其中吗？</translation>
    </message>
    <message>
        <location filename="../widgets/annotations/tagmanager.cpp" line="97"/>
        <source>Colour of “%1”</source>
        <translation>“%1”的颜色</translation>
    </message>
</context>
<context>
    <name>casebook::TimelineView</name>
    <message>
        <location filename="../widgets/timeline/timelineview.cpp" line="98"/>
        <source>MMM yyyy</source>
        <comment>tick: month and year</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineview.cpp" line="99"/>
        <source>MMM</source>
        <comment>tick: month</comment>
        <translation>M月</translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineview.cpp" line="100"/>
        <source>d MMM yyyy</source>
        <comment>tick: day, month and year</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineview.cpp" line="101"/>
        <source>d MMM</source>
        <comment>tick: day and month</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineview.cpp" line="146"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineview.cpp" line="150"/>
        <source>Dated events</source>
        <translation>带日期的事件</translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineview.cpp" line="378"/>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineview.cpp" line="378"/>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineview.cpp" line="378"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineview.cpp" line="378"/>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineview.cpp" line="379"/>
        <source>Articles per %1 and dated events · drag to filter, wheel to zoom, double-click for all</source>
        <translation>每%1的文章数与带日期的事件 · 拖动以筛选，滚轮缩放，双击显示全部</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/timeline/timelineview.cpp" line="613"/>
        <source>… and %n more event(s)</source>
        <translation>
            <numerusform>……另有 %n 个事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::WelcomeDialog</name>
    <message>
        <location filename="../app/gui/welcomedialog.cpp" line="85"/>
        <location filename="../app/gui/welcomedialog.cpp" line="86"/>
        <source>Welcome to Casebook</source>
        <translation>欢迎使用 Casebook</translation>
    </message>
    <message>
        <location filename="../app/gui/welcomedialog.cpp" line="87"/>
        <source>A casebook is one file that holds the articles you collect, what Casebook finds in them (people, organisations, places, dates), your annotations and your reports.</source>
        <translation>案卷是一个文件，保存您收集的文章、Casebook 从中识别出的内容（人物、机构、地点、日期），以及您的批注和报告。</translation>
    </message>
    <message>
        <location filename="../app/gui/welcomedialog.cpp" line="89"/>
        <source>Open the demo casebook</source>
        <translation>打开演示案卷</translation>
    </message>
    <message>
        <location filename="../app/gui/welcomedialog.cpp" line="90"/>
        <source>News articles in English and Chinese about the adoption of large language models in China, ready to search, read and annotate. You work on a copy of your own.</source>
        <translation>关于中国采用大语言模型的中英文新闻文章，可直接搜索、阅读和批注。您使用的是属于自己的副本。</translation>
    </message>
    <message>
        <location filename="../app/gui/welcomedialog.cpp" line="92"/>
        <source>Create a new casebook…</source>
        <translation>新建案卷…</translation>
    </message>
    <message>
        <location filename="../app/gui/welcomedialog.cpp" line="93"/>
        <source>Choose where to save it, then import files or folders of articles (HTML, text, PDF, images).</source>
        <translation>选择保存位置，然后导入文章文件或文件夹（HTML、文本、PDF、图片）。</translation>
    </message>
    <message>
        <location filename="../app/gui/welcomedialog.cpp" line="95"/>
        <source>Open a casebook…</source>
        <translation>打开案卷…</translation>
    </message>
    <message>
        <location filename="../app/gui/welcomedialog.cpp" line="96"/>
        <source>A .casebook file you or a colleague made.</source>
        <translation>您或同事创建的 .casebook 文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/welcomedialog.cpp" line="97"/>
        <source>&amp;Recent casebooks:</source>
        <translation>最近的案卷(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="34"/>
        <source>Casebook: read, search, annotate and report on piles of news articles.</source>
        <translation>Casebook：阅读、搜索、批注大量新闻文章并撰写报告。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="39"/>
        <source>The .casebook file to open (created if it does not exist).</source>
        <translation>要打开的 .casebook 案卷文件（不存在时将新建）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="41"/>
        <source>Import a file or folder after opening.</source>
        <translation>打开后导入一个文件或文件夹。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="44"/>
        <source>Open the casebook for reading only: nothing in it can be changed.</source>
        <translation>以只读方式打开案卷：其中的内容都不能更改。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="46"/>
        <source>Show the article with this id.</source>
        <translation>显示此 ID 的文章。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="47"/>
        <source>Start with this search.</source>
        <translation>启动时执行此搜索。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="51"/>
        <source>Save a picture of the window to this PNG once loaded, then quit.</source>
        <translation>加载完成后将窗口截图保存为此 PNG 文件，然后退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>Drive every view, save a screenshot of each into this folder, then quit.</source>
        <translation>依次打开每个视图，将各自的截图保存到此文件夹，然后退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="59"/>
        <source>Open the window at this size, e.g. 1366x768 (for screenshots).</source>
        <translation>以此尺寸打开窗口，例如 1366x768（用于截图）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="64"/>
        <source>Interface language, e.g. zh_CN or en (default: the system&apos;s).</source>
        <translation>界面语言，例如 zh_CN 或 en（默认跟随系统）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="68"/>
        <source>Open the demo casebook (your own copy of it, made on first use), as the welcome&apos;s first choice does.</source>
        <translation>打开演示案卷（首次使用时为您复制一份），与欢迎页的第一个选项相同。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="79"/>
        <source>%1 is already open in another Casebook window; that window was brought to the front.
</source>
        <translation>%1 已在另一个 Casebook 窗口中打开；该窗口已被切换到前台。
</translation>
    </message>
</context>
</TS>
