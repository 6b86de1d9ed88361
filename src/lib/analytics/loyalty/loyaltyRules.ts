// The seven loyalty kinds of the course (§5) as an editable rule table over survey answers:
// each rule is a kind and conditions on named items that must all hold; the first rule that
// matches a respondent wins, so order matters (specific, structural causes first). Thresholds
// are on each item's own scale (1–7 items, 0–10 recommendation, 0–100 % wallet share).
export const LOYALTY_KINDS = [
	'monopoly',
	'kinship',
	'superValue',
	'incentive',
	'price',
	'inertia',
	'latent'
] as const;
export type LoyaltyKind = (typeof LOYALTY_KINDS)[number];

export const LOYALTY_ITEMS = [
	'alternatives',
	'ties',
	'trust',
	'recommend',
	'rewards',
	'bargain',
	'repurchase',
	'walletShare'
] as const;
export type LoyaltyItem = (typeof LOYALTY_ITEMS)[number];

export interface LoyaltyCondition {
	item: LoyaltyItem;
	op: '<=' | '>=';
	value: number;
}

export interface LoyaltyRule {
	kind: LoyaltyKind;
	conditions: LoyaltyCondition[];
}

export const DEFAULT_LOYALTY_RULES: LoyaltyRule[] = [
	// No real alternative nearby: stays because it must (垄断忠诚).
	{ kind: 'monopoly', conditions: [{ item: 'alternatives', op: '<=', value: 2 }] },
	// Family or friends tie them to the firm (亲缘忠诚).
	{ kind: 'kinship', conditions: [{ item: 'ties', op: '>=', value: 6 }] },
	// Trusts the firm and says so to others (超值忠诚): the loyalty firms want.
	{
		kind: 'superValue',
		conditions: [
			{ item: 'trust', op: '>=', value: 6 },
			{ item: 'recommend', op: '>=', value: 9 }
		]
	},
	// Stays for points, coupons and member rewards (激励忠诚).
	{ kind: 'incentive', conditions: [{ item: 'rewards', op: '>=', value: 6 }] },
	// Stays while we are the cheapest (价格忠诚).
	{ kind: 'price', conditions: [{ item: 'bargain', op: '>=', value: 6 }] },
	// Buys again out of habit or convenience, without liking us much (惰性忠诚).
	{
		kind: 'inertia',
		conditions: [
			{ item: 'repurchase', op: '>=', value: 5 },
			{ item: 'recommend', op: '<=', value: 6 }
		]
	},
	// Likes us but buys little here, held back by circumstances (潜在忠诚).
	{
		kind: 'latent',
		conditions: [
			{ item: 'recommend', op: '>=', value: 8 },
			{ item: 'walletShare', op: '<=', value: 30 }
		]
	}
];

/** Column headers tried for each item, English sample first, then the Chinese sample. */
export const DEFAULT_LOYALTY_HEADERS: Record<LoyaltyItem, string[]> = {
	alternatives: ['alternatives_available', '可选替代'],
	ties: ['relationship_ties', '关系纽带'],
	trust: ['trust', '信任'],
	recommend: ['recommend', '推荐意向'],
	rewards: ['rewards_use', '积分奖励使用'],
	bargain: ['bargain_focus', '看重低价'],
	repurchase: ['repurchase_intention', '重复购买意向'],
	walletShare: ['wallet_share', '钱包份额']
};
