// The Data page's row view (search, column filters, sort) and what a re-import that replaced or
// kept a dataset of the same name did, in English and Simplified Chinese.

const en = {
	'data.rows.search': 'Search',
	'data.rows.searchHint': 'Text in any column, e.g. a customer id',
	'data.rows.filters': 'Column filters',
	'data.rows.filterActive': 'Column filters ({n})',
	'data.rows.from': 'from',
	'data.rows.to': 'to',
	'data.rows.fromOf': '{column}: from',
	'data.rows.toOf': '{column}: to',
	'data.rows.clear': 'Clear search and filters',
	'data.rows.matching':
		'{n, plural, one {# row matches} other {# rows match}} the search and filters, of {total}.',
	'data.rows.none': 'No rows match the search and filters.',
	'data.rows.sortHint': 'Click a column’s title to sort by it; click again to reverse.',
	'dataPage.replace.keepBothAs': 'Keep both (the new one as “{renamed}”)',
	'dataPage.replace.replaced':
		'Replaced “{name}” with the new file; the analysis settings kept for it now apply to the new data.',
	'dataPage.replace.replacedNoSettings': 'Replaced “{name}” with the new file.',
	'dataPage.replace.replacedOtherKind':
		'Replaced “{name}” with the new file. It holds another kind of data, so the old settings were not carried over.',
	'dataPage.replace.keptBoth': 'Kept both: the new dataset is named “{name}”.',
	'dataPage.replace.cancelled': 'Import cancelled: nothing was stored, and “{name}” is unchanged.',
	'dataPage.replace.waiting': 'Waiting for your choice: nothing is stored yet.'
};

const zh: Record<keyof typeof en, string> = {
	'data.rows.search': '搜索',
	'data.rows.searchHint': '任意列中的文字，例如客户编号',
	'data.rows.filters': '按列筛选',
	'data.rows.filterActive': '按列筛选（{n}）',
	'data.rows.from': '从',
	'data.rows.to': '到',
	'data.rows.fromOf': '{column}：从',
	'data.rows.toOf': '{column}：到',
	'data.rows.clear': '清除搜索和筛选',
	'data.rows.matching': '共 {total} 行，其中 {n} 行符合搜索和筛选条件。',
	'data.rows.none': '没有符合搜索和筛选条件的行。',
	'data.rows.sortHint': '点击列标题按该列排序，再次点击则反向排序。',
	'dataPage.replace.keepBothAs': '保留两者（新数据集名为“{renamed}”）',
	'dataPage.replace.replaced': '已用新文件替换“{name}”，原有的分析设置沿用到新数据上。',
	'dataPage.replace.replacedNoSettings': '已用新文件替换“{name}”。',
	'dataPage.replace.replacedOtherKind':
		'已用新文件替换“{name}”。新文件的数据类型不同，原有的分析设置未沿用。',
	'dataPage.replace.keptBoth': '已保留两者：新数据集名为“{name}”。',
	'dataPage.replace.cancelled': '已取消导入：没有存储任何内容，“{name}”保持不变。',
	'dataPage.replace.waiting': '等待你的选择：尚未存储任何内容。'
};

export const dataRowsMessages = { en, zh };
