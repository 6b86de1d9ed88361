// Names read by screen readers where the screen shows none (issue 22, accessibility).
const en = {
	'a11y.col.action': 'Action',
	'a11y.col.answer': 'Answer and behaviour',
	'a11y.churn.analyses': 'Analyses'
};

const zh: typeof en = {
	'a11y.col.action': '操作',
	'a11y.col.answer': '回答与行为',
	'a11y.churn.analyses': '分析'
};

export const a11y = { en, zh };
