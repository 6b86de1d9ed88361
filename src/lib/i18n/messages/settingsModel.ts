// The settings model's toolbar: undo / redo of settings changes and saved views (issue 16).
const en = {
	'settingsModel.toolbar': 'Settings history and saved views',
	'settingsModel.undo': 'Undo',
	'settingsModel.redo': 'Redo',
	'settingsModel.undoHint': 'Undo the last settings change (Ctrl+Z)',
	'settingsModel.redoHint': 'Redo the settings change (Ctrl+Shift+Z or Ctrl+Y)',
	'settingsModel.views': 'Saved views',
	'settingsModel.viewsTitle': 'Saved views',
	'settingsModel.viewsIntro':
		'A saved view keeps this page with its settings (rules, names, thresholds, lines, model choices). It travels in the workspace file and in share links.',
	'settingsModel.name': 'Name of this view',
	'settingsModel.namePlaceholder': 'e.g. Lesson 3 – wider champions',
	'settingsModel.save': 'Save view',
	'settingsModel.saved': 'Saved “{name}”.',
	'settingsModel.opened': 'Opened “{name}”. Undo takes its settings back.',
	'settingsModel.none': 'No saved views yet.',
	'settingsModel.open': 'Open',
	'settingsModel.delete': 'Delete',
	'settingsModel.deleteNamed': 'Delete the saved view “{name}”',
	'settingsModel.openNamed': 'Open the saved view “{name}”',
	'settingsModel.noPage':
		'Open an analysis page (Segments & value, Lifetime value, Lifecycle …) to save a view of it.',
	'settingsModel.noData':
		'Load or import a dataset first: a view keeps the settings of the data in use.'
};

const zh: typeof en = {
	'settingsModel.toolbar': '设置的历史与已存视图',
	'settingsModel.undo': '撤销',
	'settingsModel.redo': '重做',
	'settingsModel.undoHint': '撤销上一次设置修改（Ctrl+Z）',
	'settingsModel.redoHint': '重做设置修改（Ctrl+Shift+Z 或 Ctrl+Y）',
	'settingsModel.views': '已存视图',
	'settingsModel.viewsTitle': '已存视图',
	'settingsModel.viewsIntro':
		'已存视图保存本页及其设置（规则、名称、阈值、分区线、模型选择），并随工作区文件和分享链接一起带走。',
	'settingsModel.name': '视图名称',
	'settingsModel.namePlaceholder': '例如：第 3 课——放宽高价值客户',
	'settingsModel.save': '保存视图',
	'settingsModel.saved': '已保存“{name}”。',
	'settingsModel.opened': '已打开“{name}”。撤销可恢复之前的设置。',
	'settingsModel.none': '还没有已存视图。',
	'settingsModel.open': '打开',
	'settingsModel.delete': '删除',
	'settingsModel.deleteNamed': '删除已存视图“{name}”',
	'settingsModel.openNamed': '打开已存视图“{name}”',
	'settingsModel.noPage':
		'请先打开一个分析页面（细分与价值、终生价值、生命周期……），再保存它的视图。',
	'settingsModel.noData': '请先加载或导入数据集：视图保存的是当前数据的设置。'
};

export const settingsModel = { en, zh };
