<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>casebook::ArticleListModel</name>
    <message>
        <location filename="../widgets/articlelist/articlelistmodel.cpp" line="70"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../widgets/articlelist/articlelistmodel.cpp" line="95"/>
        <source>Date from: %1</source>
        <translation>日期来源：%1</translation>
    </message>
    <message>
        <location filename="../widgets/articlelist/articlelistmodel.cpp" line="122"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../widgets/articlelist/articlelistmodel.cpp" line="124"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../widgets/articlelist/articlelistmodel.cpp" line="126"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../widgets/articlelist/articlelistmodel.cpp" line="128"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../widgets/articlelist/articlelistmodel.cpp" line="130"/>
        <source>Characters</source>
        <translation>字数</translation>
    </message>
</context>
<context>
    <name>casebook::DocumentView</name>
    <message>
        <location filename="../widgets/documentpane/documentview.cpp" line="47"/>
        <source>Select an article to read it.</source>
        <translation>选择一篇文章以阅读。</translation>
    </message>
    <message>
        <location filename="../widgets/documentpane/documentview.cpp" line="68"/>
        <source>estimated</source>
        <translation>估计</translation>
    </message>
    <message>
        <location filename="../widgets/documentpane/documentview.cpp" line="70"/>
        <source>set by you</source>
        <translation>由你设定</translation>
    </message>
    <message>
        <location filename="../widgets/documentpane/documentview.cpp" line="73"/>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../widgets/documentpane/documentview.cpp" line="78"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../widgets/documentpane/documentview.cpp" line="86"/>
        <source>copy of article %1</source>
        <translation>文章 %1 的副本</translation>
    </message>
</context>
<context>
    <name>casebook::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="64"/>
        <source>Filter by title, source, language or date…</source>
        <translation>按标题、来源、语言或日期筛选…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="90"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="108"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="109"/>
        <source>&amp;New Casebook…</source>
        <translation>新建案卷(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="110"/>
        <source>&amp;Open Casebook…</source>
        <translation>打开案卷(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="111"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="114"/>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="116"/>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="119"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="121"/>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="122"/>
        <source>Edit &amp;Metadata…</source>
        <translation>编辑元数据(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="123"/>
        <source>&amp;Filter List</source>
        <translation>筛选列表(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="131"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="132"/>
        <source>&amp;About Casebook</source>
        <translation>关于 Casebook(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="133"/>
        <source>About Casebook</source>
        <translation>关于 Casebook</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="134"/>
        <source>&lt;h3&gt;Casebook %1&lt;/h3&gt;&lt;p&gt;A workbench for analysts who read, search, annotate and report on piles of news articles.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="142"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="153"/>
        <source>%1 no longer exists.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="183"/>
        <source>Metadata saved.</source>
        <translation>元数据已保存。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="203"/>
        <source>%1 — Casebook</source>
        <translation>%1 — Casebook</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="205"/>
        <location filename="../app/gui/mainwindow.cpp" line="359"/>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="210"/>
        <source>New Casebook</source>
        <translation>新建案卷</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="210"/>
        <source>Casebooks (*.casebook)</source>
        <translation>案卷 (*.casebook)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="220"/>
        <source>Open Casebook</source>
        <translation>打开案卷</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="221"/>
        <source>Casebooks (*.casebook);;All files (*)</source>
        <translation>案卷 (*.casebook);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="229"/>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="229"/>
        <source>Articles (*.txt *.text *.md *.html *.htm *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="236"/>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="244"/>
        <source>Open or create a casebook first, then import into it.</source>
        <translation>请先打开或新建一个案卷，再向其中导入。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="248"/>
        <source>An import is already running; wait for it or cancel it first.</source>
        <translation>已有导入正在进行；请等待其完成或先取消。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="252"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="263"/>
        <source>Importing %v of %m</source>
        <translation>正在导入 %v / %m</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="271"/>
        <source>Import cancelled: %n article(s) added before it stopped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="272"/>
        <source>Imported %n article(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="274"/>
        <source>%n already in the casebook.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="276"/>
        <source>%n linked to an earlier copy.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="282"/>
        <source>Some files were not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="283"/>
        <source>%n file(s) could not be imported. Everything else was imported, and nothing already in the casebook changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="300"/>
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::MetadataEditor</name>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="22"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
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
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="41"/>
        <source>from the document&apos;s metadata</source>
        <translation>来自文档元数据</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="43"/>
        <source>found in the text</source>
        <translation>从正文中识别</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="45"/>
        <source>estimated</source>
        <translation>估计</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="47"/>
        <source>the file&apos;s time</source>
        <translation>文件时间</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="49"/>
        <source>the file&apos;s name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="51"/>
        <source>set by you</source>
        <translation>由你设定</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="55"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="63"/>
        <source>Article metadata</source>
        <translation>文章元数据</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="69"/>
        <source>2025-02-25, 2025-02 or 2025</source>
        <translation>2025-02-25、2025-02 或 2025</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="78"/>
        <source>Use found value</source>
        <translation>使用识别值</translation>
    </message>
    <message>
        <location filename="../widgets/metadataeditor/metadataeditor.cpp" line="109"/>
        <source>The date must look like 2025-02-25, 2025-02 or 2025.</source>
        <translation>日期格式应为 2025-02-25、2025-02 或 2025。</translation>
    </message>
</context>
</TS>
