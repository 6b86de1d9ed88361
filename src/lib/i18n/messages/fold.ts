// Folded set-up panels (FoldedPanel) and the one-line summaries of what they hold (issue 16,
// item 6: the first chart above the fold).
const en = {
	'fold.edit': 'Edit',
	'fold.hide': 'Hide',
	'fold.mapping.choice': '{used} of {items} items in {constructs} constructs, {unused} not used',
	'fold.mapping.unsure': '{n} scales to confirm',
	'fold.lifecycle.title': 'Analysis date and churn rule',
	'fold.referral.charts': 'Referral value beside customer value',
	'fold.crossbuy.charts': 'Categories per customer and category pairs',
	'fold.lifecycle.choice': 'as of {date} · {rule} · {alive} alive, {churned} churned'
};

const zh: typeof en = {
	'fold.edit': '编辑',
	'fold.hide': '收起',
	'fold.mapping.choice': '{items} 个题项中 {used} 个归入 {constructs} 个构念，{unused} 个未用',
	'fold.mapping.unsure': '{n} 个量表待确认',
	'fold.lifecycle.title': '分析日期与流失规则',
	'fold.referral.charts': '推荐价值与客户价值',
	'fold.crossbuy.charts': '每位客户的品类数与品类组合',
	'fold.lifecycle.choice': '截至 {date} · {rule} · 存活 {alive}，流失 {churned}'
};

export const fold = { en, zh };
