// Checks an edited loyalty-kind rule table before it runs, so the editor can say what is wrong
// in words: a rule without conditions, a threshold off the item's scale, two conditions on one
// item that no answer can meet, a kind no rule assigns, or no rules at all. Problems do not
// stop the assignment (it runs what it can); they explain counts that would otherwise puzzle.
import {
	LOYALTY_KINDS,
	type LoyaltyItem,
	type LoyaltyKind,
	type LoyaltyRule
} from './loyaltyRules';

/** Each item's answer scale: 1–7 agreement items, 0–10 recommendation, 0–100 % wallet share. */
export const LOYALTY_ITEM_SCALES: Record<LoyaltyItem, [min: number, max: number]> = {
	alternatives: [1, 7],
	ties: [1, 7],
	trust: [1, 7],
	recommend: [0, 10],
	rewards: [1, 7],
	bargain: [1, 7],
	repurchase: [1, 7],
	walletShare: [0, 100]
};

export type LoyaltyRuleProblem =
	| { code: 'noRules' }
	| { code: 'noConditions'; rule: number }
	| { code: 'outOfScale'; rule: number; item: LoyaltyItem; min: number; max: number }
	| { code: 'contradiction'; rule: number; item: LoyaltyItem; atLeast: number; atMost: number }
	| { code: 'kindWithoutRule'; kind: LoyaltyKind };

/**
 * Problems of a rule table, rules numbered from 1 as shown. A threshold exactly on a scale end
 * is fine (≥ 7 means "top box"); one beyond it can never match (≥ 8) or always does (≤ 8).
 */
export function loyaltyRuleProblems(rules: readonly LoyaltyRule[]): LoyaltyRuleProblem[] {
	if (rules.length === 0) return [{ code: 'noRules' }];
	const out: LoyaltyRuleProblem[] = [];
	rules.forEach((r, i) => {
		const rule = i + 1;
		if (r.conditions.length === 0) out.push({ code: 'noConditions', rule });
		const lo = new Map<LoyaltyItem, number>();
		const hi = new Map<LoyaltyItem, number>();
		for (const c of r.conditions) {
			const [min, max] = LOYALTY_ITEM_SCALES[c.item];
			if (!Number.isFinite(c.value) || c.value < min || c.value > max)
				out.push({ code: 'outOfScale', rule, item: c.item, min, max });
			const bound = c.op === '>=' ? lo : hi;
			const tighter = c.op === '>=' ? Math.max : Math.min;
			bound.set(c.item, bound.has(c.item) ? tighter(bound.get(c.item)!, c.value) : c.value);
		}
		for (const [item, atLeast] of lo) {
			const atMost = hi.get(item);
			if (atMost !== undefined && atLeast > atMost)
				out.push({ code: 'contradiction', rule, item, atLeast, atMost });
		}
	});
	const used = new Set(rules.map((r) => r.kind));
	for (const kind of LOYALTY_KINDS)
		if (!used.has(kind)) out.push({ code: 'kindWithoutRule', kind });
	return out;
}
