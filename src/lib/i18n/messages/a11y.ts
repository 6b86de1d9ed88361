// Names read by screen readers where the screen shows none (issue 22, accessibility).
const en = {
	'a11y.col.action': 'Action',
	'a11y.col.answer': 'Answer and behaviour',
	'a11y.churn.analyses': 'Analyses',
	'a11y.scoringCharts': 'Distributions of recency, frequency and monetary value'
};

const zh: typeof en = {
	'a11y.col.action': '操作',
	'a11y.col.answer': '回答与行为',
	'a11y.churn.analyses': '分析',
	'a11y.scoringCharts': '最近一次消费、消费频率与消费金额的分布'
};

export const a11y = { en, zh };
