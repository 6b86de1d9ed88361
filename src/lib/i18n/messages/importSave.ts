// The save to IndexedDB after an import (issue 22): the data is in use at once, stored in the
// background; what the card and the datasets list say meanwhile, and when the save fails.
const en = {
	'importSave.saving':
		'Imported {file}: {rows, plural, one {# row} other {# rows}} — ready to analyse. Saving to this browser… {percent}',
	'importSave.failed':
		'Imported {file}: {rows, plural, one {# row} other {# rows}}, in use for this visit only — saving to this browser failed ({reason}). Nothing was stored: closing the tab loses this dataset.',
	'importSave.retry': 'Try saving again',
	'importSave.listSaving': 'Saving… {percent}',
	'importSave.listUnsaved': 'Not saved'
};

const zh: typeof en = {
	'importSave.saving': '已导入 {file}：{rows} 行，可以开始分析。正在保存到本浏览器… {percent}',
	'importSave.failed':
		'已导入 {file}：{rows} 行，仅本次访问可用——保存到本浏览器失败（{reason}）。没有保存任何内容：关闭标签页将丢失此数据集。',
	'importSave.retry': '重新保存',
	'importSave.listSaving': '正在保存… {percent}',
	'importSave.listUnsaved': '未保存'
};

export const importSave = { en, zh };
