// Short option texts for selects that were cut on a 390 px phone (issue 22's last mile): the
// closed select shows one line, so these name the choice in at most ~28 characters (or 14 CJK)
// and the option's title keeps the full text of the key without ".short".

const en = {
	'churn.method.auto.short': 'Automatic: model, else gaps',
	'churn.method.model.short': 'P(alive) from a model',
	'churn.method.gap.short': 'Each customer’s own gaps',
	'churn.method.days.short': 'One threshold for everybody',
	'churn.model.best.short': 'Best fit (MBG or Pareto/NBD)',
	'churn.model.mbgnbd.short': 'MBG/NBD',
	'churn.model.paretonbd.short': 'Pareto/NBD',
	'churn.model.bgnbd.short': 'BG/NBD (one-timers alive)',
	'satisfaction.block.loyalty.short': 'Loyalty (all measures)'
};

const zh: Record<keyof typeof en, string> = {
	'churn.method.auto.short': '自动：模型，否则购买间隔',
	'churn.method.model.short': '购买模型给出的存活概率',
	'churn.method.gap.short': '客户自身的购买间隔',
	'churn.method.days.short': '所有客户同一个天数',
	'churn.model.best.short': '拟合最好的模型',
	'churn.model.mbgnbd.short': 'MBG/NBD',
	'churn.model.paretonbd.short': 'Pareto/NBD',
	'churn.model.bgnbd.short': 'BG/NBD（单次客户视为存活）',
	'satisfaction.block.loyalty.short': '客户忠诚（各忠诚指标合计）'
};

export const selectFitMessages = { en, zh };
