// Order statistics asked for twice (quantile edges, then each score's smallest and largest
// value) are selected once.

/** A rank selection that answers ranks it has seen before from memory. */
export function rememberRanks(
	select: (ranks: number[]) => number[]
): (ranks: number[]) => number[] {
	const known = new Map<number, number>();
	return (ranks) => {
		const missing = Array.from(new Set(ranks.filter((r) => !known.has(r))));
		if (missing.length > 0) select(missing).forEach((v, k) => known.set(missing[k], v));
		return ranks.map((r) => known.get(r) as number);
	};
}
