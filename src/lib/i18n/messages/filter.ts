// The workspace filter: the filter bar, its chips and summary line, and every filter problem
// (analytics/filter codes), in English and Simplified Chinese. The CLI prints the English.

const en = {
	'filter.bar': 'Filters',
	'filter.from': 'From',
	'filter.to': 'To',
	'filter.add': 'Add a filter',
	'filter.column': 'Column',
	'filter.choose': 'Choose a column…',
	'filter.group.transactions': 'Transactions',
	'filter.group.customers': 'Customer attributes',
	'filter.values': 'Values',
	'filter.min': 'Min',
	'filter.max': 'Max',
	'filter.apply': 'Apply',
	'filter.cancel': 'Cancel',
	'filter.more': '{n, plural, one {# more value not listed} other {# more values not listed}}',
	'filter.clear': 'Clear all',
	'filter.remove': 'Remove filter {what}',
	'filter.window': '{from} – {to}',
	'filter.since': 'from {from}',
	'filter.until': 'to {to}',
	'filter.range': '{column} {min} – {max}',
	'filter.atLeast': '{column} ≥ {min}',
	'filter.atMost': '{column} ≤ {max}',
	'filter.is': '{column}: {values}',
	'filter.or': ' or ',
	'filter.sep': '; ',
	'filter.none': 'All data (no filter)',
	'filter.active': 'Filtered: {filters}',
	'filter.kept':
		'{rows} of {total} transactions, {customers, plural, one {# customer} other {# customers}}',
	'filter.keptCustomers': '{customers} of {total} customers',
	'filter.csv': 'Filters: {filters}',
	'filter.noTransactions':
		'Import transactions (and a customers file for customer attributes) to filter the analyses.',
	'filter.empty':
		'No transactions match the filters (of {rows, plural, one {# row} other {# rows}}). Widen the date window or remove a filter.',
	'filter.unknown_column':
		'The filter names a column “{column}” that the active {on} dataset does not have. Remove it or choose the dataset it came from.',
	'filter.no_customers':
		'A filter on a customer attribute needs a customers file: import one, or remove the filter.',
	'filter.no_customer_ids':
		'This dataset has no customer id column to join customer attributes on.',
	'filter.no_dates': 'This dataset has no date column, so a date window cannot apply.',
	'filter.reversed': 'The date window ends ({to}) before it starts ({from}).',
	'filter.bad_date': '“{value}” is not a calendar date (use YYYY-MM-DD).',
	'filter.bad_number': 'The filter on “{column}” needs numbers (got “{value}”).',
	'filter.not_numeric': '“{column}” holds categories: choose values, not a range.'
};

const zh: typeof en = {
	'filter.bar': '筛选',
	'filter.from': '起始日期',
	'filter.to': '截止日期',
	'filter.add': '添加筛选条件',
	'filter.column': '字段',
	'filter.choose': '选择字段…',
	'filter.group.transactions': '交易记录',
	'filter.group.customers': '客户属性',
	'filter.values': '取值',
	'filter.min': '最小值',
	'filter.max': '最大值',
	'filter.apply': '应用',
	'filter.cancel': '取消',
	'filter.more': '另有 {n} 个取值未列出',
	'filter.clear': '全部清除',
	'filter.remove': '移除筛选条件 {what}',
	'filter.window': '{from} 至 {to}',
	'filter.since': '{from} 起',
	'filter.until': '至 {to}',
	'filter.range': '{column} {min}–{max}',
	'filter.atLeast': '{column} ≥ {min}',
	'filter.atMost': '{column} ≤ {max}',
	'filter.is': '{column}：{values}',
	'filter.or': '或',
	'filter.sep': '；',
	'filter.none': '全部数据（未筛选）',
	'filter.active': '已筛选：{filters}',
	'filter.kept': '{total} 条交易中的 {rows} 条，{customers} 位客户',
	'filter.keptCustomers': '{total} 位客户中的 {customers} 位',
	'filter.csv': '筛选条件：{filters}',
	'filter.noTransactions': '导入交易记录（按客户属性筛选还需客户文件）后即可筛选各项分析。',
	'filter.empty': '没有交易记录符合筛选条件（共 {rows} 行）。请放宽日期范围或移除某个条件。',
	'filter.unknown_column':
		'筛选条件中的字段“{column}”在当前的{on}数据集中不存在。请移除该条件，或选择它所属的数据集。',
	'filter.no_customers': '按客户属性筛选需要客户文件：请导入客户文件，或移除该条件。',
	'filter.no_customer_ids': '该数据集没有客户编号列，无法关联客户属性。',
	'filter.no_dates': '该数据集没有日期列，日期范围无法生效。',
	'filter.reversed': '日期范围的截止日期（{to}）早于起始日期（{from}）。',
	'filter.bad_date': '“{value}”不是有效日期（请用 YYYY-MM-DD）。',
	'filter.bad_number': '“{column}”的筛选条件需要数字（收到“{value}”）。',
	'filter.not_numeric': '“{column}”是分类字段：请选择取值，而不是范围。'
};

export const filterMessages = { en, zh };
