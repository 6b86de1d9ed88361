// The restore dialog says in words what a workspace file or share link brings (issue 16).
const en = {
	'restore.bringsTitle': 'It also brings these settings, which replace this workspace’s:',
	'restore.brings.analysis':
		'the analysis settings of {names} (rules and names, thresholds, models, survey mapping)',
	'restore.brings.report':
		'{n, plural, one {the report: its title, # section and its notes} other {the report: its title, # sections and their notes}}',
	'restore.brings.print': 'the report’s paper size and orientation',
	'restore.brings.filter': 'a workspace filter',
	'restore.brings.savedViews': '{n, plural, one {# saved view} other {# saved views}}',
	'restore.brings.name': 'the workspace name “{name}”',
	'restore.brings.choice': 'which datasets the pages analyse',
	'restore.brings.other': '{n, plural, one {one other setting} other {# other settings}}: {keys}',
	'restore.span': '{from} to {to}'
};

const zh: Record<keyof typeof en, string> = {
	'restore.bringsTitle': '它还带来以下设置，将替换此工作区的设置：',
	'restore.brings.analysis': '{names} 的分析设置（规则和名称、阈值、模型、问卷映射）',
	'restore.brings.report': '报告：标题、{n} 个章节及其备注',
	'restore.brings.print': '报告的纸张大小和方向',
	'restore.brings.filter': '工作区筛选条件',
	'restore.brings.savedViews': '{n} 个已保存的视图',
	'restore.brings.name': '工作区名称“{name}”',
	'restore.brings.choice': '各页面分析哪些数据集',
	'restore.brings.other': '其他 {n} 项设置：{keys}',
	'restore.span': '{from} 至 {to}'
};

export const shareLinkMessages = { en, zh };
