// Survival on the shared alive/churned rule (the Lifecycle settings' rule), in English and
// Simplified Chinese.

const en = {
	'survivalShared.option': 'The churn rule (Lifecycle settings)',
	'survivalShared.note':
		'Churned or alive as the churn rule decides ({rule}), the same rule as the stages and the Lifetime value page. A churned customer’s relationship ended at their last purchase, so its length runs from the first purchase to the last; customers still alive are counted up to the analysis date without an end (censored).'
};

const zh: Record<keyof typeof en, string> = {
	'survivalShared.option': '流失规则（生命周期设置）',
	'survivalShared.note':
		'是否流失由流失规则判定（{rule}），与阶段图和“终生价值”页所用规则相同。已流失客户的关系在最后一次购买时结束，因此关系长度从首次购买算到最后一次购买；仍活跃的客户计到分析日为止，结束时间未知（删失）。'
};

export const survivalSharedMessages = { en, zh };
