// Messages for what "customer value" is on the Referral & loyalty kinds page (issue 18): the
// predicted lifetime value of the Lifetime value page's model by default, net revenue to date
// (historical value) by choice or when no model fits, always named on the page.

const en = {
	'referralView.value.label': 'Customer value',
	'referralView.value.clv': 'Predicted lifetime value',
	'referralView.value.historical': 'Net revenue to date (historical value)',
	'referralView.value.clvNote':
		'Customer value = predicted lifetime value from the model and settings of the Lifetime value page: {model}, {months, plural, one {# month} other {# months}} ahead from {date}.',
	'referralView.value.clvMissing':
		'{n, plural, one {# customer has} other {# customers have}} no prediction (no purchase before {date}) and count with value 0.',
	'referralView.value.historicalNote':
		'Customer value = net revenue to date (purchases minus returns): what the customer has brought so far, not a prediction.',
	'referralView.value.clvFailed':
		'The lifetime-value model could not be fitted on these transactions ({reason}), so customer value is net revenue to date (historical value).',
	'referralView.clvFailed': 'the fit failed',
	'referralView.method.linksClv':
		'Referral value = credit × the predicted lifetime value of every customer this customer brought in (from the referred-by links in the customer file).',
	'referralView.method.linksHistorical':
		'Referral value = credit × the net revenue to date of every customer this customer brought in (from the referred-by links in the customer file).',
	'referralView.quadrant.titleClv': 'Predicted lifetime value × referral value',
	'referralView.quadrant.xClv': 'Customer value (log10 predicted lifetime value)',
	'referralView.col.clv': 'Predicted lifetime value',
	'referralView.col.spend': 'Net revenue to date'
};

const zh: typeof en = {
	'referralView.value.label': '客户价值',
	'referralView.value.clv': '预测的客户终生价值',
	'referralView.value.historical': '至今净收入（历史价值）',
	'referralView.value.clvNote':
		'客户价值 = “客户终生价值”页所设模型的预测终生价值：{model}，从 {date} 起预测未来 {months} 个月。',
	'referralView.value.clvMissing': '{n} 位客户没有预测值（{date} 前没有购买），按价值 0 计。',
	'referralView.value.historicalNote':
		'客户价值 = 至今净收入（购买减去退货）：客户迄今带来的收入，而不是预测。',
	'referralView.value.clvFailed':
		'无法用这些交易拟合终生价值模型（{reason}），因此客户价值为至今净收入（历史价值）。',
	'referralView.clvFailed': '拟合失败',
	'referralView.method.linksClv':
		'推荐价值 = 归于介绍人的比例 × 该客户介绍来的每位客户的预测终生价值（来自客户文件中的介绍人链接）。',
	'referralView.method.linksHistorical':
		'推荐价值 = 归于介绍人的比例 × 该客户介绍来的每位客户的至今净收入（来自客户文件中的介绍人链接）。',
	'referralView.quadrant.titleClv': '预测终生价值 × 推荐价值',
	'referralView.quadrant.xClv': '客户价值（预测终生价值的 log10）',
	'referralView.col.clv': '预测终生价值',
	'referralView.col.spend': '至今净收入'
};

export const referralValueBasis = { en, zh };
