// Stated loyalty next to what customers did after the survey. Joins respondents to the caller's
// per-customer behaviour by customer id, then compares: repurchase rate per stated-loyalty level,
// correlations, a stated × actual cross-tab, and — given satisfaction — Jones & Sasser quadrants
// with behavioural loyalty (repurchased at least `minPurchases` times) on the loyalty axis. The
// extreme zones need a loyalty intensity that a yes/no behaviour lacks, so only the four
// quadrants are used.
import { binnedMeans, type Bin } from './binnedMeans';
import { jonesSasser, type Zone } from './jonesSasser';
import { pearson, type Correlation } from './pearson';
import type { Behaviour } from './behaviourAfterSurvey';
import type { SatisfactionIssue } from './satisfactionIssue';
import type { SurveyTable } from '../types';

export interface BehaviouralLoyaltyOptions {
	/** Purchases after the survey that make a customer behaviourally loyal (default 1). */
	minPurchases?: number;
	/** Stated loyalty (0–10) at or above this is "stated loyal" (default 8, as in the quadrants). */
	loyaltyHigh?: number;
	/** Satisfaction (0–10) at or above this is high (default 8). */
	satisfactionHigh?: number;
}

export interface BehaviouralLoyalty {
	/** Respondents whose id is in the behaviour map. */
	matched: number;
	/** Respondents with an id that is not. */
	unmatched: number;
	/** Per respondent: 1 repurchased, 0 not, NaN not matched. */
	repurchased: Float64Array;
	/** Share of matched respondents who repurchased. */
	repurchaseRate: number;
	/** Repurchase rate (mean of 1/0) per stated-loyalty level, with 95 % intervals. */
	byStatedLoyalty: Bin[];
	correlation: { statedVsRepurchased: Correlation; statedVsPurchases: Correlation };
	/** Matched respondents with a stated loyalty, by stated loyal (yes/no) × repurchased (yes/no). */
	crossTab: {
		loyalRepurchased: number;
		loyalNot: number;
		notLoyalRepurchased: number;
		notLoyalNot: number;
	};
	/** Mean revenue after the survey of the stated loyal and the rest (null when a group is empty). */
	revenue: { statedLoyal: number | null; statedNotLoyal: number | null };
	/** Quadrants on satisfaction × behavioural loyalty (apostle and terrorist stay 0); null without satisfaction. */
	quadrants: Record<Zone, number> | null;
}

export function behaviouralLoyalty(
	table: SurveyTable,
	behaviour: Map<string, Behaviour>,
	statedLoyalty: Float64Array,
	satisfaction: Float64Array | null = null,
	{ minPurchases = 1, loyaltyHigh = 8, satisfactionHigh = 8 }: BehaviouralLoyaltyOptions = {}
): BehaviouralLoyalty | SatisfactionIssue {
	const ids = table.customerId;
	if (!ids) return { code: 'no_customer_ids' };
	const n = table.length;
	const repurchased = new Float64Array(n).fill(NaN);
	const purchases = new Float64Array(n).fill(NaN);
	const revenue = new Float64Array(n).fill(NaN);
	let matched = 0;
	let withId = 0;
	let bought = 0;
	for (let i = 0; i < n; i++) {
		const id = ids[i];
		if (id === null) continue;
		withId++;
		const b = behaviour.get(id);
		if (!b) continue;
		matched++;
		purchases[i] = b.purchasesAfter;
		revenue[i] = b.revenueAfter;
		repurchased[i] = b.purchasesAfter >= minPurchases ? 1 : 0;
		bought += repurchased[i];
	}
	if (matched === 0) return { code: 'no_matching_ids', n: withId };
	const crossTab = { loyalRepurchased: 0, loyalNot: 0, notLoyalRepurchased: 0, notLoyalNot: 0 };
	const rev = [0, 0];
	const revN = [0, 0];
	for (let i = 0; i < n; i++) {
		const s = statedLoyalty[i];
		const r = repurchased[i];
		if (Number.isNaN(s) || Number.isNaN(r)) continue;
		const loyal = s >= loyaltyHigh;
		if (loyal && r) crossTab.loyalRepurchased++;
		else if (loyal) crossTab.loyalNot++;
		else if (r) crossTab.notLoyalRepurchased++;
		else crossTab.notLoyalNot++;
		rev[loyal ? 0 : 1] += revenue[i];
		revN[loyal ? 0 : 1]++;
	}
	let quadrants: Record<Zone, number> | null = null;
	if (satisfaction) {
		const q = jonesSasser(satisfaction, repurchased, {
			satisfactionHigh,
			loyaltyHigh: 1,
			apostleMin: Infinity,
			terroristMax: -Infinity
		});
		if ('code' in q) return q;
		quadrants = q.counts;
	}
	return {
		matched,
		unmatched: withId - matched,
		repurchased,
		repurchaseRate: bought / matched,
		byStatedLoyalty: binnedMeans(statedLoyalty, repurchased),
		correlation: {
			statedVsRepurchased: pearson(statedLoyalty, repurchased),
			statedVsPurchases: pearson(statedLoyalty, purchases)
		},
		crossTab,
		revenue: {
			statedLoyal: revN[0] ? rev[0] / revN[0] : null,
			statedNotLoyal: revN[1] ? rev[1] / revN[1] : null
		},
		quadrants
	};
}
