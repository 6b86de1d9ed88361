// Score edges shared by several customer tables (two stores, two classes' data): the quantile
// edges — or the eight-class model's mean/median cut — of all their customers' values together.
// Scoring every table on the same edges makes their segment shares comparable; each table's own
// quantiles would give every one of them about a fifth of its customers per score by construction.
import { centreCut, type CentreKind } from './centreCut';
import { quantileEdges } from './quantileEdges';

/**
 * Interior edges (bins − 1, ascending) over the values of every part together. With `centre`
 * (the two-bin eight-class model) the one edge is that cut of the pooled values instead.
 * Empty when no part has a value.
 */
export function pooledEdges(
	parts: ArrayLike<number>[],
	bins: number,
	centre: CentreKind | null = null
): number[] {
	let n = 0;
	for (const p of parts) n += p.length;
	if (n === 0) return [];
	const all = new Float64Array(n);
	let at = 0;
	for (const p of parts) for (let i = 0; i < p.length; i++) all[at++] = p[i];
	if (centre && bins === 2) {
		const cut = centreCut(all, centre);
		return Number.isFinite(cut) ? [cut] : [];
	}
	return quantileEdges(all, bins);
}
