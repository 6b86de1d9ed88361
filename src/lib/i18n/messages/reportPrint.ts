// The report's Print button while analyses are still computing (issue 16: a report printed
// early showed "Loading…" where charts belong), in English and Simplified Chinese.

const en = {
	'reportPrint.waiting':
		'Some sections are still computing: the print dialog opens when they are done.',
	'reportPrint.cancel': 'Don’t print'
};

const zh: Record<keyof typeof en, string> = {
	'reportPrint.waiting': '部分内容仍在计算，完成后将自动打开打印对话框。',
	'reportPrint.cancel': '不打印'
};

export const reportPrintMessages = { en, zh };
