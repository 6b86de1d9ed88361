// Comparing the KPI strip's window with the window before it (or a year earlier) on the
// analysis pages: segments (sizes, revenue, customers who moved), cohort retention and the
// pages' own key figures.
export const compareMessages = {
	en: {
		'compare.segments.title': 'Segments: this period against the comparison period',
		'compare.segments.intro':
			'Each customer’s segment as of each period’s last day (the same rules and scores as the segment migration), and the revenue of the period’s purchases and returns counted to the segment its customer was in.',
		'compare.segments.off':
			'Choose a period and a comparison in the key figures to compare segment sizes and revenue between two periods.',
		'compare.segments.none': 'No data before {from}: nothing to compare with.',
		'compare.caption': 'Now: {nowFrom} – {nowTo} · before: {beforeFrom} – {beforeTo}',
		'compare.col.segment': 'Segment',
		'compare.col.customersNow': 'Customers now',
		'compare.col.customersBefore': 'Customers before',
		'compare.col.change': 'Δ',
		'compare.col.changePct': 'Δ %',
		'compare.col.revenueNow': 'Revenue now',
		'compare.col.revenueBefore': 'Revenue before',
		'compare.col.revenueChange': 'Revenue Δ %',
		'compare.total': 'Total',
		'compare.outside': 'Customers without a segment (returns only)',
		'compare.moved.title': 'Customers who moved',
		'compare.moved.summary':
			'Customers from {from} to {to} — moved to another segment: {moved}; stayed in theirs: {stayed}; new: {fresh}.',
		'compare.moved.none': 'Nobody moved between segments.',
		'compare.moved.more': 'and {n} smaller moves',
		'compare.key.segments': 'Gini of revenue',
		'compare.key.segmentsHint':
			'Gini coefficient of the period’s net revenue per customer: 0 = everyone spends the same, 1 = one customer brings it all.',
		'compare.key.clv': 'Mean expected value',
		'compare.key.clvHint':
			'Mean expected customer value under this page’s settings (model, horizon, margin, discount), calibrated on the data up to the period’s end.',
		'compare.key.lifecycle': 'Median lifetime',
		'compare.key.lifecycleHint':
			'Median relationship lifetime (Kaplan–Meier) as known the day after the period, by the shared alive/churned rule (Lifecycle settings).',
		'compare.key.days': '{n, plural, one {# day} other {# days}}',
		'compare.key.noBefore': 'not available for the comparison period',
		'compare.cohorts.title': 'Retention of the cohorts: this period against the comparison period',
		'compare.cohorts.intro':
			'Customers acquired in each period, and the share of them still buying at the same ages. An age is shown only where both periods’ cohorts have reached it.',
		'compare.cohorts.age': 'Age',
		'compare.cohorts.month': 'Month {n}',
		'compare.cohorts.now': 'Acquired now',
		'compare.cohorts.before': 'Acquired before',
		'compare.cohorts.size': 'Customers acquired',
		'compare.cohorts.change': 'Change',
		'compare.cohorts.tooYoung': 'The cohorts of this period are too young for any age to compare.'
	},
	zh: {
		'compare.segments.title': '客户细分：本期与对比期',
		'compare.segments.intro':
			'按每一期最后一天的客户细分（与细分迁移相同的规则和评分）；收入为该期内的购买与退货，计入客户当时所在的细分。',
		'compare.segments.off': '在关键指标中选择期间和对比，即可比较两期的各细分客户数与收入。',
		'compare.segments.none': '{from} 之前没有数据，无从对比。',
		'compare.caption': '本期：{nowFrom} 至 {nowTo} · 对比期：{beforeFrom} 至 {beforeTo}',
		'compare.col.segment': '细分',
		'compare.col.customersNow': '本期客户数',
		'compare.col.customersBefore': '对比期客户数',
		'compare.col.change': '变化',
		'compare.col.changePct': '变化 %',
		'compare.col.revenueNow': '本期收入',
		'compare.col.revenueBefore': '对比期收入',
		'compare.col.revenueChange': '收入变化 %',
		'compare.total': '合计',
		'compare.outside': '没有细分的客户（仅有退货）',
		'compare.moved.title': '迁移的客户',
		'compare.moved.summary':
			'从 {from} 到 {to} 的客户——迁入其他细分：{moved} 位；留在原细分：{stayed} 位；新客户：{fresh} 位。',
		'compare.moved.none': '没有客户在细分之间迁移。',
		'compare.moved.more': '以及另外 {n} 条较小的迁移',
		'compare.key.segments': '收入基尼系数',
		'compare.key.segmentsHint':
			'本期每位客户净收入的基尼系数：0 表示人人花费相同，1 表示全部收入来自一位客户。',
		'compare.key.clv': '平均期望价值',
		'compare.key.clvHint':
			'按本页设置（模型、预测期、利润率、折现率）计算的客户期望价值均值，用截至期末的数据校准。',
		'compare.key.lifecycle': '关系生命期中位数',
		'compare.key.lifecycleHint':
			'期末次日所知的客户关系生命期中位数（Kaplan–Meier），按统一的存活/流失规则（见客户生命周期页的设置）。',
		'compare.key.days': '{n} 天',
		'compare.key.noBefore': '对比期无法计算',
		'compare.cohorts.title': '同期群保留率：本期与对比期',
		'compare.cohorts.intro':
			'每一期获取的客户，在相同月龄时仍在购买的比例。只列出两期同期群都已到达的月龄。',
		'compare.cohorts.age': '月龄',
		'compare.cohorts.month': '第 {n} 个月',
		'compare.cohorts.now': '本期获取',
		'compare.cohorts.before': '对比期获取',
		'compare.cohorts.size': '获取的客户数',
		'compare.cohorts.change': '变化',
		'compare.cohorts.tooYoung': '本期的同期群还太新，没有可对比的月龄。'
	}
};
