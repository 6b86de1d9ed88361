// Messages of the loyalty-kind rule editor's add/remove controls and its rule checks
// (src/lib/analytics/loyalty/loyaltyRuleProblems.ts), issue 18.

const en = {
	'loyaltyRules.add': 'Add a rule',
	'loyaltyRules.remove': 'Remove rule {rule}',
	'loyaltyRules.actions': 'Actions',
	'loyaltyRules.up': 'Move rule {rule} up',
	'loyaltyRules.down': 'Move rule {rule} down',
	'loyaltyRules.kindOf': 'Loyalty kind of rule {rule}',
	'loyaltyRules.addCondition': 'Add a condition to rule {rule}',
	'loyaltyRules.removeCondition': 'Remove this condition',
	'loyaltyRules.order': 'Rules are checked from the top; the first that matches decides.',
	'loyaltyRules.problem.noRules':
		'There are no rules: no respondent gets a loyalty kind. Add a rule or reset the rules.',
	'loyaltyRules.problem.noConditions':
		'Rule {rule} has no condition and never matches: add a condition or remove the rule.',
	'loyaltyRules.problem.outOfScale':
		'Rule {rule}: the threshold for “{item}” lies outside its scale ({min}–{max}), so that condition always or never holds.',
	'loyaltyRules.problem.contradiction':
		'Rule {rule} asks “{item}” ≥ {atLeast} and ≤ {atMost} at once: no answer meets both, so the rule never matches.',
	'loyaltyRules.problem.kindWithoutRule':
		'No rule assigns “{kind}”: nobody will be counted as that kind.'
};

const zh: typeof en = {
	'loyaltyRules.add': '添加规则',
	'loyaltyRules.remove': '删除规则 {rule}',
	'loyaltyRules.actions': '操作',
	'loyaltyRules.up': '规则 {rule} 上移',
	'loyaltyRules.down': '规则 {rule} 下移',
	'loyaltyRules.kindOf': '规则 {rule} 的忠诚类型',
	'loyaltyRules.addCondition': '为规则 {rule} 添加条件',
	'loyaltyRules.removeCondition': '删除此条件',
	'loyaltyRules.order': '规则自上而下检查，先符合的规则决定归类。',
	'loyaltyRules.problem.noRules':
		'没有任何规则：受访者都不会归入忠诚类型。请添加规则或恢复默认规则。',
	'loyaltyRules.problem.noConditions':
		'规则 {rule} 没有条件，永远不会符合：请添加条件或删除该规则。',
	'loyaltyRules.problem.outOfScale':
		'规则 {rule}：“{item}”的阈值超出其量表范围（{min}–{max}），该条件总是成立或永不成立。',
	'loyaltyRules.problem.contradiction':
		'规则 {rule} 同时要求“{item}”≥ {atLeast} 且 ≤ {atMost}：没有答案能同时满足，该规则永远不会符合。',
	'loyaltyRules.problem.kindWithoutRule': '没有规则归入“{kind}”：不会有人被计为该类型。'
};

export const loyaltyRules = { en, zh };
