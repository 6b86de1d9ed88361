// Texts of the Lifetime value page's horizon (engine/clv/clvHorizon): a number with its unit,
// calendar months or the model's own unit, and the spans the charts and tables name.

const en = {
	'clvHorizon.set.horizon': 'Horizon',
	'clvHorizon.set.in': 'Horizon unit',
	'clvHorizon.in.months': 'calendar months',
	'clvHorizon.in.units.day': 'days (model unit)',
	'clvHorizon.in.units.week': 'weeks (model unit)',
	'clvHorizon.in.units.month': 'months (model unit)',
	'clvHorizon.hint':
		'In the model’s unit the horizon is exact (39 weeks stay 39 weeks), as cli predict --horizon N; in calendar months it is discounted month by month, as cli predict --horizon-months N.',
	'clvHorizon.span.month': '{n, plural, one {# month} other {# months}}',
	'clvHorizon.span.week': '{n, plural, one {# week} other {# weeks}}',
	'clvHorizon.span.day': '{n, plural, one {# day} other {# days}}'
} as const;

const zh: Record<keyof typeof en, string> = {
	'clvHorizon.set.horizon': '预测期',
	'clvHorizon.set.in': '预测期单位',
	'clvHorizon.in.months': '日历月',
	'clvHorizon.in.units.day': '天（模型单位）',
	'clvHorizon.in.units.week': '周（模型单位）',
	'clvHorizon.in.units.month': '月（模型单位）',
	'clvHorizon.hint':
		'按模型单位时预测期是精确的（39 周就是 39 周），与 cli predict --horizon N 相同；按日历月时逐月折现，与 cli predict --horizon-months N 相同。',
	'clvHorizon.span.month': '{n} 个月',
	'clvHorizon.span.week': '{n} 周',
	'clvHorizon.span.day': '{n} 天'
};

export default { en, zh };
