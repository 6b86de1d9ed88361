// Texts of the shared alive/churned rule (state/churnRule, engine/lifecycle/lifecycleChurnRule):
// its editor on the Lifecycle page, its explanation, and the badge that names it on every page
// that depends on it. Chinese terms follow CONCEPTS.md (客户流失, 存活概率).

const en = {
	'churn.title': 'Alive or churned: one rule for every page',
	'churn.method': 'Rule',
	'churn.method.auto': 'Automatic (model, else purchase gaps)',
	'churn.method.model': 'P(alive) from a purchase model',
	'churn.method.gap': 'The customer’s own purchase gaps',
	'churn.method.days': 'One threshold for everybody',
	'churn.model': 'Model',
	'churn.model.best': 'Best fitting (MBG/NBD or Pareto/NBD)',
	'churn.model.mbgnbd': 'MBG/NBD',
	'churn.model.paretonbd': 'Pareto/NBD',
	'churn.model.bgnbd': 'BG/NBD (keeps one-time buyers alive)',
	'churn.cutoff': 'Churned when P(alive) is below',
	'churn.gapMultiple': 'Churned after k × own median gap, k',
	'churn.floorDays': 'Never before (days)',
	'churn.days': 'Inactive after (days)',
	'churn.reset': 'Defaults',
	'churn.summary.model':
		'Churned when P(alive) < {cutoff} under {model}, fitted in weeks on all purchases before {date}.',
	'churn.why.best_likelihood':
		'{model} fits these data best (log-likelihood {ll}, against {other} for {otherModel}). BG/NBD is not used: it gives P(alive) = 1 to every customer who bought only once.',
	'churn.why.chosen': 'Model chosen by you.',
	'churn.summary.gap':
		'Churned after more than {k} × the customer’s own median gap between purchases, and never before {floor} days (customers with one purchase: {floor} days).',
	'churn.summary.days':
		'Churned after more than {days, plural, one {# day} other {# days}} without a purchase, for every customer.',
	'churn.fallback':
		'No purchase model could be fitted ({reason}), so the purchase-gap rule decides.',
	'churn.flagged':
		'For {n, plural, one {# customer} other {# customers}} the churn flag or date in the customers data decides.',
	'churn.counts': 'Alive: {alive} · churned: {churned}',
	'churn.badge': 'Live customers on {date}: {alive} of {total}',
	'churn.badge.rule': 'Rule: {rule}.',
	'churn.badge.edit': 'Change it on the Lifecycle page',
	'churn.short.model': '{model} P(alive) < {cutoff}',
	'churn.short.gap': '{k} × own purchase gap (at least {floor} days)',
	'churn.short.days': 'more than {days, plural, one {# day} other {# days}} without a purchase',
	'churn.chartNote': 'Churned by the shared rule: {rule}.',
	'churn.editAbove': 'Set in the settings above',
	'churn.pooled': 'For comparison, one threshold for everybody:'
};

const zh: Record<keyof typeof en, string> = {
	'churn.title': '客户是否流失：全站统一的规则',
	'churn.method': '规则',
	'churn.method.auto': '自动（用模型，无法拟合时用购买间隔）',
	'churn.method.model': '购买模型给出的存活概率',
	'churn.method.gap': '客户自身的购买间隔',
	'churn.method.days': '所有客户同一个天数',
	'churn.model': '模型',
	'churn.model.best': '拟合最好的（MBG/NBD 或 Pareto/NBD）',
	'churn.model.mbgnbd': 'MBG/NBD',
	'churn.model.paretonbd': 'Pareto/NBD',
	'churn.model.bgnbd': 'BG/NBD（只买过一次的客户永远算存活）',
	'churn.cutoff': '存活概率低于此值即视为流失',
	'churn.gapMultiple': '超过自身购买间隔中位数的 k 倍即视为流失，k',
	'churn.floorDays': '但不少于（天）',
	'churn.days': '超过多少天不购买即视为流失',
	'churn.reset': '恢复默认',
	'churn.summary.model':
		'存活概率 < {cutoff} 即视为流失；模型为 {model}，以周为单位，用 {date} 之前的全部购买拟合。',
	'churn.why.best_likelihood':
		'{model} 对这些数据拟合最好（对数似然 {ll}，{otherModel} 为 {other}）。不使用 BG/NBD：它给所有只买过一次的客户的存活概率都是 1。',
	'churn.why.chosen': '模型由您选定。',
	'churn.summary.gap':
		'超过客户自身购买间隔中位数的 {k} 倍没有购买即视为流失，且不少于 {floor} 天（只买过一次的客户：{floor} 天）。',
	'churn.summary.days': '任何客户超过 {days} 天没有购买即视为流失。',
	'churn.fallback': '无法拟合购买模型（{reason}），因此改用购买间隔规则。',
	'churn.flagged': '有 {n} 位客户以客户数据中的流失标记或流失日期为准。',
	'churn.counts': '存活：{alive} · 流失：{churned}',
	'churn.badge': '{date} 的存活客户：{alive} / {total}',
	'churn.badge.rule': '规则：{rule}。',
	'churn.badge.edit': '在“生命周期”页面修改',
	'churn.short.model': '{model} 存活概率 < {cutoff}',
	'churn.short.gap': '自身购买间隔的 {k} 倍（至少 {floor} 天）',
	'churn.short.days': '超过 {days} 天没有购买',
	'churn.chartNote': '流失按全站统一规则判定：{rule}。',
	'churn.editAbove': '在上方设置中修改',
	'churn.pooled': '作为对照，所有客户同一阈值时：'
};

export const churnRuleMessages = { en, zh };
