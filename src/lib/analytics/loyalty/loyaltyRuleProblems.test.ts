import { describe, expect, it } from 'vitest';
import { loyaltyRuleProblems, type LoyaltyRuleProblem } from './loyaltyRuleProblems';
import { DEFAULT_LOYALTY_RULES, LOYALTY_KINDS, type LoyaltyRule } from './loyaltyRules';

const withoutKinds = (kinds: string[]): LoyaltyRuleProblem[] =>
	LOYALTY_KINDS.filter((k) => !kinds.includes(k)).map((kind) => ({
		code: 'kindWithoutRule',
		kind
	}));

const cases: { name: string; rules: LoyaltyRule[]; expected: LoyaltyRuleProblem[] }[] = [
	{ name: 'the default table is clean', rules: DEFAULT_LOYALTY_RULES, expected: [] },
	{ name: 'no rules at all', rules: [], expected: [{ code: 'noRules' }] },
	{
		name: 'a rule without conditions; six kinds unassigned',
		rules: [{ kind: 'price', conditions: [] }],
		expected: [{ code: 'noConditions', rule: 1 }, ...withoutKinds(['price'])]
	},
	{
		name: 'thresholds on the scale ends are fine, beyond them not',
		rules: [
			{
				kind: 'monopoly',
				conditions: [
					{ item: 'alternatives', op: '<=', value: 1 },
					{ item: 'trust', op: '>=', value: 7 },
					{ item: 'recommend', op: '>=', value: 0 },
					{ item: 'walletShare', op: '<=', value: 100 }
				]
			},
			{
				kind: 'kinship',
				conditions: [
					{ item: 'ties', op: '>=', value: 8 },
					{ item: 'recommend', op: '>=', value: 11 },
					{ item: 'walletShare', op: '>=', value: -5 }
				]
			}
		],
		expected: [
			{ code: 'outOfScale', rule: 2, item: 'ties', min: 1, max: 7 },
			{ code: 'outOfScale', rule: 2, item: 'recommend', min: 0, max: 10 },
			{ code: 'outOfScale', rule: 2, item: 'walletShare', min: 0, max: 100 },
			...withoutKinds(['monopoly', 'kinship'])
		]
	},
	{
		name: '≥ 6 and ≤ 4 on one item never holds; ≥ 4 and ≤ 4 does (exactly 4)',
		rules: [
			{
				kind: 'price',
				conditions: [
					{ item: 'bargain', op: '>=', value: 5 },
					{ item: 'bargain', op: '>=', value: 6 },
					{ item: 'bargain', op: '<=', value: 4 }
				]
			},
			{
				kind: 'incentive',
				conditions: [
					{ item: 'rewards', op: '>=', value: 4 },
					{ item: 'rewards', op: '<=', value: 4 }
				]
			}
		],
		expected: [
			{ code: 'contradiction', rule: 1, item: 'bargain', atLeast: 6, atMost: 4 },
			...withoutKinds(['price', 'incentive'])
		]
	},
	{
		name: 'a kind twice is allowed (the first match wins)',
		rules: [...DEFAULT_LOYALTY_RULES, DEFAULT_LOYALTY_RULES[0]],
		expected: []
	}
];

describe('loyaltyRuleProblems', () => {
	it.each(cases)('$name', ({ rules, expected }) => {
		expect(loyaltyRuleProblems(rules)).toEqual(expected);
	});
});
