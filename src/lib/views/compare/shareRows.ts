// The paired rows of the segment-share chart and table: one row per segment either dataset
// has customers in, in the rules' order (both datasets use the same rules, so the same keys).
import type { CompareSegment } from '$lib/engine/compare/compareResult';

export interface ShareRow {
	key: string;
	a: { customers: number; share: number };
	b: { customers: number; share: number };
}

export function shareRows(a: readonly CompareSegment[], b: readonly CompareSegment[]): ShareRow[] {
	const none = { customers: 0, share: 0 };
	const keys = [...new Set([...a.map((s) => s.key), ...b.map((s) => s.key)])];
	const byKey = (list: readonly CompareSegment[]) => new Map(list.map((s) => [s.key, s]));
	const ma = byKey(a);
	const mb = byKey(b);
	return keys
		.map((key) => {
			const x = ma.get(key);
			const y = mb.get(key);
			return {
				key,
				a: x ? { customers: x.customers, share: x.share } : none,
				b: y ? { customers: y.customers, share: y.share } : none
			};
		})
		.filter((r) => r.a.customers > 0 || r.b.customers > 0);
}
