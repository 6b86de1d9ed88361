// The Lifetime value page's folded settings panel (FoldedPanel): its title and the one-line
// summary of the current choice (issue 16, item 6: the first chart above the fold). Short
// words, so that the line fits beside the title at 1280 px.
const en = {
	'clvFold.title': 'Model settings',
	'clvFold.choice':
		'{model} · {spend} · {unit} · {horizon} · margin {margin} % · discount {discount} %{per}',
	'clvFold.calibration': 'calibration to {date}',
	'clvFold.spend.gammagamma': 'Gamma-Gamma',
	'clvFold.spend.observed': 'own average spend',
	'clvFold.unit.day': 'daily',
	'clvFold.unit.week': 'weekly',
	'clvFold.unit.month': 'monthly',
	'clvFold.per.month': '/month',
	'clvFold.per.year': '/year'
};

const zh: typeof en = {
	'clvFold.title': '模型设置',
	'clvFold.choice':
		'{model} · {spend} · {unit} · {horizon} · 利润率 {margin}% · 折现率{per} {discount}%',
	'clvFold.calibration': '校准期至 {date}',
	'clvFold.spend.gammagamma': 'Gamma-Gamma 消费金额',
	'clvFold.spend.observed': '客户自身的平均消费',
	'clvFold.unit.day': '按天',
	'clvFold.unit.week': '按周',
	'clvFold.unit.month': '按月',
	'clvFold.per.month': '每月',
	'clvFold.per.year': '每年'
};

export const clvFold = { en, zh };
