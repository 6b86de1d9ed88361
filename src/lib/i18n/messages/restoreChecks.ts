// Restoring a workspace file or link (issue 19): what a file brings, the import's rules it is
// held to, and the limits checked before any work.
const en = {
	'wbfile.problem.refused_value':
		'Nothing was restored: dataset “{dataset}”, column “{column}”, row {row}: {rule}. An import of a CSV file would not have accepted this value, so the file was not made by this app or was changed afterwards.',
	'wbfile.problem.refused_label':
		'Nothing was restored: dataset “{dataset}”, column “{column}”, value {label} of its list: {rule}. An import of a CSV file would not have produced this, so the file was not made by this app or was changed afterwards.',
	'wbfile.rule.number_not_finite': 'a number that is infinite',
	'wbfile.rule.number_too_large': 'a number beyond ±90,071,992,547,409.91 (2^53 cents)',
	'wbfile.rule.value_missing': 'a required value (customer, date or amount) is missing',
	'wbfile.rule.day_out_of_range': 'a date outside the years 100 to 9999',
	'wbfile.rule.date_before_1900': 'a transaction dated before 1900',
	'wbfile.rule.label_empty': 'an empty text',
	'wbfile.rule.label_duplicate': 'the same text twice',
	'wbfile.rule.label_too_long': 'a text longer than 32,767 characters',
	'wbfile.problem.too_large':
		'Nothing was restored: unpacked, this {source} would hold more than {limit} MB, the most this app opens. Reading stopped at the limit.',
	'wbfile.source.file': 'file',
	'wbfile.source.link': 'link',
	'wbfile.problem.link_too_long':
		'This link is {size} KB long, more than a link to this app can carry ({limit} KB), so it was not read. Ask for the workspace file instead.',
	'wbfile.problem.too_many_columns':
		'Nothing was restored: dataset “{dataset}” has {n} columns; this app reads at most {limit} columns in a table.',
	'wbfile.problem.too_many_items':
		'Nothing was restored: survey “{dataset}” has {n} questions; this app analyses at most {limit}.',

	'restore.mappingsTitle': 'Remembered column mappings ({n})',
	'restore.mappingsNote':
		'A remembered mapping chooses the columns of every later import of a file with the same headers. They are not added unless you tick them.',
	'restore.mappingsAdd': 'Also remember these column mappings on this device',
	'restore.mappingColumns': '{kind}: {headers}'
};

const zh: typeof en = {
	'wbfile.problem.refused_value':
		'未恢复任何内容：数据集“{dataset}”的“{column}”列第 {row} 行：{rule}。导入 CSV 文件时不会接受这个值，因此该文件不是本应用生成的，或生成后被改动过。',
	'wbfile.problem.refused_label':
		'未恢复任何内容：数据集“{dataset}”的“{column}”列，其取值列表中的第 {label} 项：{rule}。导入 CSV 文件不会产生这种内容，因此该文件不是本应用生成的，或生成后被改动过。',
	'wbfile.rule.number_not_finite': '数值为无穷大',
	'wbfile.rule.number_too_large': '数值超出 ±90,071,992,547,409.91（2^53 分）',
	'wbfile.rule.value_missing': '缺少必需的值（客户、日期或金额）',
	'wbfile.rule.day_out_of_range': '日期不在公元 100 年至 9999 年之间',
	'wbfile.rule.date_before_1900': '交易日期早于 1900 年',
	'wbfile.rule.label_empty': '文本为空',
	'wbfile.rule.label_duplicate': '同一文本出现两次',
	'wbfile.rule.label_too_long': '文本超过 32,767 个字符',
	'wbfile.problem.too_large':
		'未恢复任何内容：此{source}解压后将超过 {limit} MB，超出本应用可打开的上限。读取已在达到上限时停止。',
	'wbfile.source.file': '文件',
	'wbfile.source.link': '链接',
	'wbfile.problem.link_too_long':
		'此链接长 {size} KB，超过本应用链接可承载的上限（{limit} KB），因此没有读取。请改为索取工作区文件。',
	'wbfile.problem.too_many_columns':
		'未恢复任何内容：数据集“{dataset}”有 {n} 列；本应用的表格最多读取 {limit} 列。',
	'wbfile.problem.too_many_items':
		'未恢复任何内容：问卷“{dataset}”有 {n} 道题；本应用最多分析 {limit} 道题。',

	'restore.mappingsTitle': '记住的列映射（{n} 个）',
	'restore.mappingsNote':
		'记住的列映射会决定之后导入表头相同的文件时各列的用途。除非你勾选，否则不会添加。',
	'restore.mappingsAdd': '同时在本设备上记住这些列映射',
	'restore.mappingColumns': '{kind}：{headers}'
};

export const restoreChecks = { en, zh };
