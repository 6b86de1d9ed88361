// Messages for what goes wrong (issue 9): rejection reasons the hostile corpus added, the
// storage-full advice, and a dataset deleted in another tab.
export const reliabilityMessages = {
	en: {
		'reason.cell_too_long':
			'cell longer than 32,767 characters (more than a spreadsheet cell holds)',
		'reason.amount_too_large':
			'amount over 10,000,000,000,000 (10^13): too large to add up to the cent',
		'reliability.quota':
			'Not enough storage space for {file}: it needs about {needed}, and about {free} is free. Nothing was stored.',
		'reliability.quota.delete':
			'Deleting {names} on this page would free about {size}; then import the file again.',
		'reliability.quota.noCandidates':
			'No stored dataset is large enough to make room. Free disk space or allow this site more storage in the browser settings, then import the file again.',
		'reliability.quota.unknownFree': 'an unknown amount',
		'reliability.datasetGone':
			'This dataset has been deleted (perhaps in another tab). Close this table; nothing else is affected.',
		'reliability.columnsHidden':
			'Showing {shown} of {total, plural, one {# column} other {# columns}} (the first ones and those with a key role); the other columns are set to: {roles}.'
	},
	zh: {
		'reason.cell_too_long': '单元格超过 32,767 个字符（超出电子表格单元格的上限）',
		'reason.amount_too_large': '金额超过 10,000,000,000,000（10^13），过大，无法精确到分累加',
		'reliability.quota':
			'存储空间不足，无法保存 {file}：约需 {needed}，当前约剩 {free}。没有保存任何数据。',
		'reliability.quota.delete': '在本页删除 {names} 约可释放 {size}，然后重新导入该文件。',
		'reliability.quota.noCandidates':
			'已保存的数据集都不足以腾出所需空间。请释放磁盘空间，或在浏览器设置中允许本站使用更多存储，然后重新导入该文件。',
		'reliability.quota.unknownFree': '未知',
		'reliability.datasetGone':
			'该数据集已被删除（可能是在另一个标签页中）。请关闭此表格，其他内容不受影响。',
		'reliability.columnsHidden':
			'显示 {total} 列中的 {shown} 列（前面的列和关键角色列）；其余列设为：{roles}。'
	}
};
