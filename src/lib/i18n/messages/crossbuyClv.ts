// Messages of the Cross-buying page's wallet-share panel when it plots predicted lifetime value
// (the Lifetime value page's model) instead of spend to date (issue 18: "share vs CLV").

const en = {
	'crossbuyClv.title': 'Wallet share vs predicted lifetime value',
	'crossbuyClv.axis': 'Vertical axis',
	'crossbuyClv.clv': 'Predicted lifetime value',
	'crossbuyClv.revenue': 'Net revenue to date (historical value)',
	'crossbuyClv.y': 'Predicted lifetime value (log10 CNY)',
	'crossbuyClv.note':
		'Predicted lifetime value from the model and settings of the Lifetime value page: {model}, {months, plural, one {# month} other {# months}} ahead from {date}.',
	'crossbuyClv.revenueNote':
		'Net revenue to date (purchases minus returns): what the customer has spent with us so far, not a prediction.'
};

const zh: typeof en = {
	'crossbuyClv.title': '客户份额与预测的客户终生价值',
	'crossbuyClv.axis': '纵轴',
	'crossbuyClv.clv': '预测的客户终生价值',
	'crossbuyClv.revenue': '至今净收入（历史价值）',
	'crossbuyClv.y': '预测终生价值（log10 元）',
	'crossbuyClv.note':
		'预测终生价值来自“客户终生价值”页所设的模型：{model}，从 {date} 起预测未来 {months} 个月。',
	'crossbuyClv.revenueNote': '至今净收入（购买减去退货）：客户迄今在我们这里的消费，而不是预测。'
};

export const crossbuyClv = { en, zh };
