// Teach-and-share messages: samples gallery, workspace file, share links, restore dialog,
// presentation mode and the report view, in English and Simplified Chinese.

const en = {
	'samples.title': 'Samples for teaching',
	'samples.intro':
		'Each sample loads with one click into this browser. A link per sample opens it directly on a view, in a language: paste it into slides or a course page.',
	'samples.load': 'Load',
	'samples.loading': 'Loading…',
	'samples.loaded': 'Loaded',
	'samples.open': 'Open {view}',
	'samples.link': 'Link to this sample',
	'samples.readme': 'Source note',
	'samples.view.data': 'Data',
	'samples.view.segments': 'Segments',
	'samples.view.value': 'Value (pyramid, Pareto)',
	'samples.view.clv': 'Lifetime value',
	'samples.view.lifecycle': 'Lifecycle',
	'samples.view.satisfaction': 'Satisfaction & loyalty',
	'samples.view.learn': 'Learn',
	'samples.retail.title': 'Teaching Retailer (English)',
	'samples.retail.desc':
		'A fictional retailer: 5,000 customers, 57,663 purchases over 2022–2024, customer attributes and a satisfaction survey of 1,500 respondents. Built so that every concept of the course shows up.',
	'samples.retail-zh.title': '教学零售商 (Chinese files)',
	'samples.retail-zh.desc':
		'The same retailer with Chinese headers and labels, saved the way Chinese Excel saves CSV (GB18030, CRLF, dates like 2024/3/5).',
	'samples.cdnow.title': 'CDNOW (real purchases, 1997–1998)',
	'samples.cdnow.desc':
		'Every purchase to 30 June 1998 of 2,357 customers who first bought at the online music retailer CDNOW in January–March 1997: the benchmark data of the “Buy ’Til You Die” lifetime-value models.',
	'samples.cdnow.source':
		'A 1/10 sample of the 1997 Q1 cohort, distributed by Bruce Hardie for research and teaching; cite Fader & Hardie (2001) and Fader, Hardie & Lee (2005). Unchanged copy.',
	'samples.ecsi.title': 'ECSI mobile-phone survey',
	'samples.ecsi.desc':
		'250 customers of a mobile-phone provider answering the European Customer Satisfaction Index questionnaire (24 items on 1–10).',
	'samples.ecsi.source':
		'From Tenenhaus et al. (2005), “PLS path modeling”, Computational Statistics & Data Analysis 48; shipped in the R packages seminr and plspm.',

	'share.title': 'Share a link',
	'share.view': 'View',
	'share.lang': 'Language',
	'share.lang.en': 'English',
	'share.lang.zh': 'Chinese (简体中文)',
	'share.withData': 'Include data',
	'share.plainNote':
		'This link opens the app on the chosen view and language. The receiver sees their own data, or none.',
	'share.dataNote':
		'The chosen datasets travel inside the link, after the “#”: browsers never send that part to a server, so the data go only where you paste the link.',
	'share.noDatasets': 'There are no datasets to share yet.',
	'share.pick': 'Datasets to include',
	'share.make': 'Create link with data',
	'share.making': 'Packing…',
	'share.size':
		'{n, plural, one {# dataset} other {# datasets}} packed into {size} KB; the link is {chars} characters long.',
	'share.large':
		'This link is long: above about 200 KB some chat apps, mail programs and browsers cut it. Send the workspace file instead if it does not open.',
	'share.link': 'Link',
	'share.copy': 'Copy',
	'share.copied': 'Copied',

	'wbfile.panel': 'Save, open and share',
	'wbfile.title': 'Workspace file',
	'wbfile.intro':
		'One compressed file (.crmwb) with every dataset, the workspace settings and remembered column mappings. Open it in this app on any computer to continue where you left off.',
	'wbfile.export': 'Save workspace to a file',
	'wbfile.open': 'Open a workspace file…',
	'wbfile.exporting': 'Packing the workspace…',
	'wbfile.reading': 'Checking the file…',
	'wbfile.restoring': 'Restoring the workspace…',
	'wbfile.exported': 'Saved {name}: {n, plural, one {# dataset} other {# datasets}}, {size} KB.',
	'wbfile.restored':
		'Workspace restored: {n, plural, one {# dataset} other {# datasets}}, {rows, plural, one {# row} other {# rows}}.',
	'wbfile.detail': 'Detail: {detail}',
	'wbfile.problem.not_workspace_file':
		'This is not a CRM Workbench workspace file. Workspace files end in .crmwb; CSV files are imported above.',
	'wbfile.problem.corrupt_file':
		'The file is damaged (incomplete or changed after it was saved), so nothing was restored. Save it again from the original workspace.',
	'wbfile.problem.newer_version':
		'This file was saved by a newer version of CRM Workbench (format {version}; this app reads up to {supported}). Reload the app to get the newest version, then try again.',
	'wbfile.problem.invalid_content':
		'The file’s contents do not fit the workspace format, so nothing was restored.',
	'wbfile.problem.missing_migration':
		'This app cannot upgrade files of format {version}. Please report this.',
	'wbfile.problem.link_damaged':
		'The data in this link are damaged, probably cut short by the program it was sent through. Nothing was changed. Ask for the workspace file instead.',
	'wbfile.problem.no_storage':
		'This window cannot store data (private browsing or blocked storage), so there is nothing to save.',
	'wbfile.problem.quota':
		'The browser has no room for this workspace ({bytes} KB needed). Nothing was changed; delete some datasets or free disk space.',
	'wbfile.problem.link_too_large':
		'These datasets pack into {size} KB, more than a link can carry ({limit} KB). Choose fewer datasets or save a workspace file.',
	'wbfile.problem.failed': 'Something went wrong: {message}',

	'restore.titleFile': 'Open this workspace file?',
	'restore.titleLink': 'Open the data in this link?',
	'restore.linkNote':
		'Someone shared datasets inside this link. They came with the link itself: nothing was downloaded from a server.',
	'restore.incoming': 'It holds {n, plural, one {# dataset} other {# datasets}}:',
	'restore.rows': '{rows, plural, one {# row} other {# rows}}',
	'restore.replaces':
		'They replace the {n, plural, one {# dataset} other {# datasets}} in your current workspace. Save a workspace file first if you want to keep them.',
	'restore.replace': 'Replace my workspace',
	'restore.open': 'Open',
	'restore.readingLink': 'Reading the data in the link…',
	'restore.doneLink':
		'Opened the shared data: {n, plural, one {# dataset} other {# datasets}}, {rows, plural, one {# row} other {# rows}}.',

	'present.start': 'Present',
	'present.exit': 'Exit presentation',
	'present.hint': 'Presentation mode: large type, no navigation (Esc leaves; F11 for full screen)',
	'present.exitHint': 'Leave presentation mode (Esc)',

	'report.open': 'Report and print view',
	'report.openNote': 'Choose sections, add notes, print or save as PDF.',
	'report.title': 'Report',
	'report.intro':
		'Choose the sections, give them titles and notes, then print or save as PDF. Settings are kept with the workspace.',
	'report.docTitle': 'Report title',
	'report.defaultTitle': 'Customer analysis report',
	'report.docIntro': 'Introduction',
	'report.sections': 'Sections',
	'report.up': 'Move up',
	'report.down': 'Move down',
	'report.sectionTitle': 'Title',
	'report.note': 'Note',
	'report.print': 'Print or save as PDF',
	'report.printHint': 'In the print dialog choose A4 or Letter; “Save as PDF” makes a file.',
	'report.preview': 'Preview',
	'report.meta':
		'Workspace “{workspace}” · {n, plural, one {# dataset} other {# datasets}} · printed {date}',
	'report.none': 'No section chosen.',
	'report.section.datasets': 'Datasets',
	'report.section.quality': 'Data quality',
	'report.col.revenue': 'Revenue',
	'report.col.source': 'Source file'
};

const zh: typeof en = {
	'samples.title': '教学样例',
	'samples.intro':
		'每个样例一键载入本浏览器。每个样例都有一个链接，可直接以指定语言打开某个视图：把它贴到课件或课程页面上即可。',
	'samples.load': '加载',
	'samples.loading': '加载中…',
	'samples.loaded': '已加载',
	'samples.open': '打开“{view}”',
	'samples.link': '此样例的链接',
	'samples.readme': '来源说明',
	'samples.view.data': '数据',
	'samples.view.segments': '客户细分',
	'samples.view.value': '客户价值（金字塔、帕累托）',
	'samples.view.clv': '终生价值',
	'samples.view.lifecycle': '生命周期',
	'samples.view.satisfaction': '满意与忠诚',
	'samples.view.learn': '学习',
	'samples.retail.title': '教学零售商（英文文件）',
	'samples.retail.desc':
		'一家虚构零售商：5,000 位客户、2022–2024 年的 57,663 笔购买、客户属性，以及 1,500 人的满意度调查。数据经过设计，课程中的每个概念都能在其中看到。',
	'samples.retail-zh.title': '教学零售商（中文文件）',
	'samples.retail-zh.desc':
		'同一家零售商，表头和类别为中文，按中文版 Excel 保存 CSV 的方式写出（GB18030 编码、CRLF 换行、日期形如 2024/3/5）。',
	'samples.cdnow.title': 'CDNOW（真实购买记录，1997–1998）',
	'samples.cdnow.desc':
		'1997 年 1–3 月在在线音乐零售商 CDNOW 首次购买的 2,357 位客户截至 1998 年 6 月 30 日的全部购买：“买到离开”（BTYD）终生价值模型的基准数据。',
	'samples.cdnow.source':
		'1997 年第一季度客户群的 1/10 抽样，由 Bruce Hardie 为研究与教学发布；引用 Fader & Hardie (2001) 与 Fader, Hardie & Lee (2005)。原样拷贝。',
	'samples.ecsi.title': 'ECSI 手机用户满意度调查',
	'samples.ecsi.desc':
		'一家手机运营商的 250 位客户回答欧洲客户满意度指数问卷（24 道题，1–10 分）。',
	'samples.ecsi.source':
		'出自 Tenenhaus 等 (2005)《PLS path modeling》，Computational Statistics & Data Analysis 第 48 卷；随 R 包 seminr 与 plspm 发布。',

	'share.title': '分享链接',
	'share.view': '视图',
	'share.lang': '语言',
	'share.lang.en': '英文',
	'share.lang.zh': '简体中文',
	'share.withData': '附带数据',
	'share.plainNote': '此链接以所选语言打开所选视图。对方看到的是他们自己的数据（或没有数据）。',
	'share.dataNote':
		'所选数据集放在链接的“#”之后：浏览器从不把这一部分发送给服务器，数据只会到达你粘贴链接的地方。',
	'share.noDatasets': '还没有可分享的数据集。',
	'share.pick': '要附带的数据集',
	'share.make': '生成附带数据的链接',
	'share.making': '打包中…',
	'share.size': '{n} 个数据集打包为 {size} KB；链接长 {chars} 个字符。',
	'share.large':
		'此链接较长：超过约 200 KB 时，一些聊天软件、邮件程序和浏览器会把它截断。若打不开，请改为发送工作区文件。',
	'share.link': '链接',
	'share.copy': '复制',
	'share.copied': '已复制',

	'wbfile.panel': '保存、打开与分享',
	'wbfile.title': '工作区文件',
	'wbfile.intro':
		'一个压缩的工作区文件，包含全部数据集、工作区设置和记住的列映射。在任何电脑上用本应用打开它，即可接着上次继续。',
	'wbfile.export': '把工作区保存为文件',
	'wbfile.open': '打开工作区文件…',
	'wbfile.exporting': '正在打包工作区…',
	'wbfile.reading': '正在检查文件…',
	'wbfile.restoring': '正在恢复工作区…',
	'wbfile.exported': '已保存 {name}：{n} 个数据集，{size} KB。',
	'wbfile.restored': '工作区已恢复：{n} 个数据集，{rows} 行。',
	'wbfile.detail': '详情：{detail}',
	'wbfile.problem.not_workspace_file':
		'这不是本应用的工作区文件（扩展名应为 .crmwb）；CSV 文件请在上方导入。',
	'wbfile.problem.corrupt_file':
		'文件已损坏（不完整，或保存后被改动），因此没有恢复任何内容。请从原工作区重新保存。',
	'wbfile.problem.newer_version':
		'此文件由更新版本的 CRM Workbench 保存（格式 {version}；本应用最高读取 {supported}）。请刷新应用以获取最新版本后再试。',
	'wbfile.problem.invalid_content': '文件内容不符合工作区格式，因此没有恢复任何内容。',
	'wbfile.problem.missing_migration': '本应用无法升级格式 {version} 的文件。请报告此问题。',
	'wbfile.problem.link_damaged':
		'此链接中的数据已损坏，可能是被转发它的程序截断了。没有做任何改动。请向对方索取工作区文件。',
	'wbfile.problem.no_storage': '此窗口无法存储数据（隐私浏览或存储被阻止），因此没有可保存的内容。',
	'wbfile.problem.quota':
		'浏览器没有足够空间存放此工作区（需要 {bytes} KB）。没有做任何改动；请删除一些数据集或释放磁盘空间。',
	'wbfile.problem.link_too_large':
		'这些数据集打包后为 {size} KB，超过链接能携带的上限（{limit} KB）。请少选几个数据集，或保存工作区文件。',
	'wbfile.problem.failed': '出错了：{message}',

	'restore.titleFile': '打开此工作区文件？',
	'restore.titleLink': '打开此链接中的数据？',
	'restore.linkNote': '有人在此链接中分享了数据集。数据随链接本身而来：没有从任何服务器下载内容。',
	'restore.incoming': '其中有 {n} 个数据集：',
	'restore.rows': '{rows} 行',
	'restore.replaces': '它们将替换你当前工作区中的 {n} 个数据集。如需保留，请先保存工作区文件。',
	'restore.replace': '替换我的工作区',
	'restore.open': '打开',
	'restore.readingLink': '正在读取链接中的数据…',
	'restore.doneLink': '已打开分享的数据：{n} 个数据集，{rows} 行。',

	'present.start': '演示',
	'present.exit': '退出演示',
	'present.hint': '演示模式：大字号、隐藏导航（按 Esc 退出；按 F11 全屏）',
	'present.exitHint': '退出演示模式（Esc）',

	'report.open': '报告与打印视图',
	'report.openNote': '选择章节、添加备注，然后打印或保存为 PDF。',
	'report.title': '报告',
	'report.intro': '选择章节，填写标题和备注，然后打印或保存为 PDF。这些设置随工作区保存。',
	'report.docTitle': '报告标题',
	'report.defaultTitle': '客户分析报告',
	'report.docIntro': '引言',
	'report.sections': '章节',
	'report.up': '上移',
	'report.down': '下移',
	'report.sectionTitle': '标题',
	'report.note': '备注',
	'report.print': '打印或保存为 PDF',
	'report.printHint': '在打印对话框中选择 A4 或 Letter 纸张；选“另存为 PDF”即可生成文件。',
	'report.preview': '预览',
	'report.meta': '工作区“{workspace}” · {n} 个数据集 · 打印于 {date}',
	'report.none': '尚未选择章节。',
	'report.section.datasets': '数据集',
	'report.section.quality': '数据质量',
	'report.col.revenue': '收入',
	'report.col.source': '源文件'
};

export const shareMessages = { en, zh };
