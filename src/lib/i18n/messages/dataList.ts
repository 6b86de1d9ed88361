// The Data page's list of datasets, in English and Simplified Chinese.

const en = {
	'data.col.active': 'In use',
	'data.col.activeHint': 'The dataset of each kind that the analyses use',
	'data.useInAnalyses': 'Use “{name}” as the {kind} dataset in the analyses'
};

const zh: Record<keyof typeof en, string> = {
	'data.col.active': '使用中',
	'data.col.activeHint': '每类数据中用于分析的那一个数据集',
	'data.useInAnalyses': '在分析中使用“{name}”作为{kind}数据集'
};

export const dataListMessages = { en, zh };
