// Lifetime-value engine texts in English and 简体中文, flat key → string. Keys: clv.issue.<ClvIssueCode>,
// clv.model.<ClvModelName>, clv.label.<result field>.
export const clvMessages = {
	en: {
		'clv.issue.no_customers': 'No customer made a first purchase on or before the calibration end.',
		'clv.issue.one_customer':
			'Only one customer: the models describe differences between customers and need many.',
		'clv.issue.all_one_day':
			'All purchases fall on a single day, so there is no time over which to measure buying.',
		'clv.issue.everyone_bought_once':
			'Nobody bought a second time, so repeat buying cannot be estimated.',
		'clv.issue.too_few_repeaters':
			'Only {count, plural, one {# customer} other {# customers}} bought again; estimates from so few repeat buyers are unreliable.',
		'clv.issue.no_amounts':
			'The data has no amount column, so spend and monetary CLV cannot be computed.',
		'clv.issue.no_positive_spends':
			'No repeat purchase has a positive amount, so the spend model cannot be fitted.',
		'clv.issue.nonpositive_spends_excluded':
			'{count} repeat purchases with zero or negative amounts were left out of the spend model.',
		'clv.issue.returns_excluded':
			'{count} returns (negative amounts) were left out: a return is not a purchase.',
		'clv.issue.not_converged': 'The fit did not converge; the parameters may not be the best ones.',
		'clv.issue.param_at_bound':
			'Parameter {param} ran to an extreme value: the data barely constrains it.',
		'clv.issue.weakly_identified':
			'Parameter {param} is weakly identified (very wide standard error).',
		'clv.issue.hessian_not_invertible':
			'Standard errors are unavailable: the likelihood is flat in some direction.',
		'clv.issue.spend_depends_on_frequency':
			'Spend and purchase frequency are correlated (r = {r}); the Gamma-Gamma model assumes they are not.',
		'clv.issue.mean_spend_undefined':
			'The fitted spend distribution has no finite mean (q ≤ 1); population spend is undefined.',
		'clv.issue.holdout_empty':
			'There is no holdout period after the calibration end to check the model on.',
		'clv.issue.bad_option': 'Invalid option: {option}.',
		'clv.model.bgnbd': 'BG/NBD',
		'clv.model.mbgnbd': 'MBG/NBD',
		'clv.model.paretonbd': 'Pareto/NBD',
		'clv.model.gammagamma': 'Gamma-Gamma spend model',
		'clv.label.expected_purchases': 'Expected purchases',
		'clv.label.p_alive': 'Probability alive',
		'clv.label.expected_spend': 'Expected spend per purchase',
		'clv.label.clv': 'Customer lifetime value',
		'clv.label.historical_clv': 'Historical CLV',
		'clv.label.tracking_actual': 'Actual repeat purchases',
		'clv.label.tracking_model': 'Model',
		'clv.label.holdout_by_frequency': 'Holdout purchases by calibration frequency'
	},
	zh: {
		'clv.issue.no_customers': '校准期结束前没有客户完成首次购买。',
		'clv.issue.one_customer': '只有一位客户：模型刻画客户之间的差异，需要较多客户。',
		'clv.issue.all_one_day': '所有购买都在同一天，无法衡量购买随时间的变化。',
		'clv.issue.everyone_bought_once': '没有客户发生重复购买，无法估计重复购买行为。',
		'clv.issue.too_few_repeaters': '只有 {count} 位客户发生重复购买，估计结果不可靠。',
		'clv.issue.no_amounts': '数据没有金额列，无法计算消费金额和货币化的客户终生价值。',
		'clv.issue.no_positive_spends': '没有金额为正的重复购买，无法拟合消费金额模型。',
		'clv.issue.nonpositive_spends_excluded':
			'有 {count} 笔金额为零或负的重复购买未纳入消费金额模型。',
		'clv.issue.returns_excluded': '有 {count} 笔退货（负金额）未计入：退货不是购买。',
		'clv.issue.not_converged': '拟合未收敛，参数可能不是最优值。',
		'clv.issue.param_at_bound': '参数 {param} 趋于极端值：数据几乎无法约束它。',
		'clv.issue.weakly_identified': '参数 {param} 识别较弱（标准误很大）。',
		'clv.issue.hessian_not_invertible': '无法给出标准误：似然函数在某个方向上是平的。',
		'clv.issue.spend_depends_on_frequency':
			'消费金额与购买频率相关（r = {r}），而 Gamma-Gamma 模型假设二者独立。',
		'clv.issue.mean_spend_undefined':
			'拟合的消费金额分布没有有限均值（q ≤ 1），总体平均消费无定义。',
		'clv.issue.holdout_empty': '校准期之后没有验证期，无法检验模型。',
		'clv.issue.bad_option': '无效选项：{option}。',
		'clv.model.bgnbd': 'BG/NBD 模型',
		'clv.model.mbgnbd': 'MBG/NBD 模型',
		'clv.model.paretonbd': 'Pareto/NBD 模型',
		'clv.model.gammagamma': 'Gamma-Gamma 消费金额模型',
		'clv.label.expected_purchases': '预期购买次数',
		'clv.label.p_alive': '存活概率',
		'clv.label.expected_spend': '每次购买的预期消费',
		'clv.label.clv': '客户终生价值',
		'clv.label.historical_clv': '历史客户终生价值',
		'clv.label.tracking_actual': '实际重复购买',
		'clv.label.tracking_model': '模型',
		'clv.label.holdout_by_frequency': '按校准期频次分组的验证期购买'
	}
};
