// Chart exports, slides and the Data page's re-import question, in English and Simplified
// Chinese.

const en = {
	'export.copy': 'Copy',
	'export.copyHint': 'Copy the chart as a picture, to paste into slides or a message',
	'export.copied': 'Chart copied — paste it into your slides.',
	'export.copyRefused':
		'This browser did not allow copying a picture. Use PNG to download it instead.',
	'export.source': 'Source: CRM Workbench · {dataset} · {date}',
	'export.asOf': '{dataset} · as of {date}',
	'export.filters': 'Filters: {filters}',
	'slides.counter': 'Slide {n} of {total}',
	'slides.prev': 'Previous slide',
	'slides.next': 'Next slide',
	'slides.none': 'This page has no chart to show yet. Load data, or press Esc to leave.',
	'slides.keys': '← → or PageUp / PageDown to move · Esc to leave',
	'dataPage.replace.title': 'A dataset named “{name}” is already in this workspace',
	'dataPage.replace.body':
		'Replace it with the new file, keep both (the new one renamed “{renamed}”), or cancel the import.',
	'dataPage.replace.replace': 'Replace',
	'dataPage.replace.keepBoth': 'Keep both (renamed)',
	'dataPage.replace.cancel': 'Cancel'
};

const zh: typeof en = {
	'export.copy': '复制',
	'export.copyHint': '将图表复制为图片，便于粘贴到幻灯片或消息中',
	'export.copied': '图表已复制，可粘贴到幻灯片中。',
	'export.copyRefused': '此浏览器不允许复制图片。请改用 PNG 下载。',
	'export.source': '来源：CRM Workbench · {dataset} · {date}',
	'export.asOf': '{dataset} · 截至 {date}',
	'export.filters': '筛选：{filters}',
	'slides.counter': '第 {n} 页，共 {total} 页',
	'slides.prev': '上一页',
	'slides.next': '下一页',
	'slides.none': '本页还没有可展示的图表。请先加载数据，或按 Esc 退出。',
	'slides.keys': '← → 或 PageUp / PageDown 翻页 · Esc 退出',
	'dataPage.replace.title': '此工作区中已有名为“{name}”的数据集',
	'dataPage.replace.body': '用新文件替换它，或保留两者（新文件改名为“{renamed}”），或取消导入。',
	'dataPage.replace.replace': '替换',
	'dataPage.replace.keepBoth': '保留两者（改名）',
	'dataPage.replace.cancel': '取消'
};

export const exportsMessages = { en, zh };
