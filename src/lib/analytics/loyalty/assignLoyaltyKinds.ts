// Assigns survey respondents to loyalty kinds by the rule table (first match wins) and checks
// the table: respondents no rule covers, respondents several rules match (only the first
// counts), and rules that cannot run because an item is missing from the survey.
import type { LoyaltyItem, LoyaltyKind, LoyaltyRule } from './loyaltyRules';

export type LoyaltyAnswers = Partial<Record<LoyaltyItem, ArrayLike<number>>>;

export interface RuleCoverage {
	kind: LoyaltyKind;
	/** Respondents this rule assigned (it was the first to match). */
	assigned: number;
	/** Respondents it matches in all, first or not. */
	matched: number;
	/** Items the rule needs that the survey does not have: the rule never matches. */
	missingItems: LoyaltyItem[];
}

export interface LoyaltyKinds {
	respondents: number;
	/** Kind per respondent; null = no rule matched. */
	kind: (LoyaltyKind | null)[];
	counts: { kind: LoyaltyKind; count: number; share: number }[];
	unassigned: number;
	/** Respondents matched by more than one rule. */
	overlapping: number;
	rules: RuleCoverage[];
}

function holds(v: number, op: '<=' | '>=', x: number): boolean {
	// NaN (blank or "don't know") never satisfies a condition.
	return op === '<=' ? v <= x : v >= x;
}

export function assignLoyaltyKinds(
	answers: LoyaltyAnswers,
	respondents: number,
	rules: readonly LoyaltyRule[]
): LoyaltyKinds {
	const kind: (LoyaltyKind | null)[] = new Array(respondents).fill(null);
	const rulesOut: RuleCoverage[] = rules.map((r) => ({
		kind: r.kind,
		assigned: 0,
		matched: 0,
		missingItems: [...new Set(r.conditions.map((c) => c.item).filter((item) => !answers[item]))]
	}));
	let overlapping = 0;
	for (let i = 0; i < respondents; i++) {
		let hits = 0;
		rules.forEach((rule, r) => {
			if (rulesOut[r].missingItems.length > 0 || rule.conditions.length === 0) return;
			const ok = rule.conditions.every((c) => holds(answers[c.item]![i], c.op, c.value));
			if (!ok) return;
			hits++;
			rulesOut[r].matched++;
			if (kind[i] === null) {
				kind[i] = rule.kind;
				rulesOut[r].assigned++;
			}
		});
		if (hits > 1) overlapping++;
	}
	const tally = new Map<LoyaltyKind, number>();
	for (const k of kind) if (k) tally.set(k, (tally.get(k) ?? 0) + 1);
	const seen = new Set<LoyaltyKind>();
	const counts = rules
		.map((r) => r.kind)
		.filter((k) => !seen.has(k) && seen.add(k))
		.map((k) => ({
			kind: k,
			count: tally.get(k) ?? 0,
			share: respondents === 0 ? 0 : (tally.get(k) ?? 0) / respondents
		}));
	const assigned = kind.filter((k) => k !== null).length;
	return {
		respondents,
		kind,
		counts,
		unassigned: respondents - assigned,
		overlapping,
		rules: rulesOut
	};
}
