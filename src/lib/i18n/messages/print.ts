// Print and report-layout messages: paper, orientation, the running header and footer of
// printed pages, in English and Simplified Chinese.

const en = {
	'samples.view.report': 'Report (print)',
	'print.paper': 'Paper',
	'print.orientation': 'Orientation',
	'print.portrait': 'Portrait',
	'print.landscape': 'Landscape',
	'print.pageOf': 'Page {page} of {pages}',
	'print.running': '{title} · {datasets}',
	'print.printed': 'printed {date}'
};

const zh: Record<keyof typeof en, string> = {
	'samples.view.report': '报告（打印）',
	'print.paper': '纸张',
	'print.orientation': '方向',
	'print.portrait': '纵向',
	'print.landscape': '横向',
	'print.pageOf': '第 {page} 页，共 {pages} 页',
	'print.running': '{title} · {datasets}',
	'print.printed': '打印于 {date}'
};

export const printMessages = { en, zh };
