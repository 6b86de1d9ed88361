// Finds the survey columns the loyalty rules read, by the default headers (English or Chinese)
// unless the user named a column for an item.
import { DEFAULT_LOYALTY_HEADERS, LOYALTY_ITEMS, type LoyaltyItem } from './loyaltyRules';

export function findLoyaltyItems(
	headers: readonly string[],
	chosen: Partial<Record<LoyaltyItem, string>> = {}
): Partial<Record<LoyaltyItem, string>> {
	const lower = new Map(headers.map((h) => [h.trim().toLowerCase(), h]));
	const out: Partial<Record<LoyaltyItem, string>> = {};
	for (const item of LOYALTY_ITEMS) {
		const want = chosen[item];
		if (want !== undefined) {
			if (headers.includes(want)) out[item] = want;
			continue;
		}
		const hit = DEFAULT_LOYALTY_HEADERS[item].map((h) => lower.get(h.toLowerCase())).find(Boolean);
		if (hit) out[item] = hit;
	}
	return out;
}
