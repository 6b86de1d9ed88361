// The CLV customer table's note, split in two (issue 16, print): what the table holds prints,
// how to use it (click to sort, click a customer, export) is a screen-only hint.

const en = {
	'clvTable.shown':
		'The first {shown} of {n, plural, one {# customer} other {# customers}}, by predicted value.',
	'clvTable.hint':
		'Click a column to sort and a customer for their P(alive) history. The export holds all of them.'
};

const zh: Record<keyof typeof en, string> = {
	'clvTable.shown': '按预测价值显示 {n} 位客户中的前 {shown} 位。',
	'clvTable.hint': '点击列标题排序，点击客户查看其存活概率变化。导出文件包含全部客户。'
};

export const clvTablePrintMessages = { en, zh };
