// Cronbach's alpha of a construct's items, with item–rest correlations and alpha if an item is
// deleted, all from one covariance matrix of the complete cases (listwise deletion: a respondent
// with any blank in the block is left out, so every figure describes the same people).
// An item is flagged when it hardly moves with the rest (r < minItemRest) or alpha rises by more
// than maxAlphaGain without it — the ECSI price-tolerance item CUSL2 is the textbook case.
import type { SatisfactionIssue } from './satisfactionIssue';

export type ItemWarning = 'low_item_rest' | 'alpha_rises_if_deleted';

export interface ItemReliability {
	item: string;
	/** Correlation of the item with the sum of the other items; null when either is constant. */
	itemRest: number | null;
	/** Alpha of the remaining items; null when fewer than two would remain or they are constant. */
	alphaIfDeleted: number | null;
	warnings: ItemWarning[];
}

export interface Reliability {
	alpha: number;
	k: number;
	/** Complete cases used. */
	n: number;
	/** Respondents left out for a blank in one of the items. */
	dropped: number;
	items: ItemReliability[];
}

export interface ReliabilityOptions {
	minItemRest?: number;
	maxAlphaGain?: number;
}

export function cronbachAlpha(
	items: Record<string, Float64Array>,
	{ minItemRest = 0.3, maxAlphaGain = 0.05 }: ReliabilityOptions = {}
): Reliability | SatisfactionIssue {
	const names = Object.keys(items);
	const cols = names.map((name) => items[name]);
	const k = cols.length;
	if (k < 2) return { code: 'too_few_items', n: k };
	const rows = cols[0].length;
	const complete = new Uint8Array(rows);
	let n = 0;
	for (let i = 0; i < rows; i++) {
		let ok = 1;
		for (const c of cols) if (Number.isNaN(c[i])) ok = 0;
		complete[i] = ok;
		n += ok;
	}
	if (n < 3) return { code: 'too_few_respondents', n };
	const means = cols.map((c) => {
		let s = 0;
		for (let i = 0; i < rows; i++) if (complete[i]) s += c[i];
		return s / n;
	});
	// Covariance matrix (n − 1 denominator; alpha is a ratio, so the choice cancels).
	const cov = Array.from({ length: k }, () => new Array<number>(k).fill(0));
	for (let i = 0; i < rows; i++) {
		if (!complete[i]) continue;
		for (let a = 0; a < k; a++) {
			const da = cols[a][i] - means[a];
			for (let b = a; b < k; b++) cov[a][b] += da * (cols[b][i] - means[b]);
		}
	}
	for (let a = 0; a < k; a++)
		for (let b = a; b < k; b++) {
			cov[a][b] /= n - 1;
			cov[b][a] = cov[a][b];
		}
	const alphaOf = (keep: number[]): number | null => {
		const m = keep.length;
		if (m < 2) return null;
		let total = 0;
		let trace = 0;
		for (const a of keep) {
			trace += cov[a][a];
			for (const b of keep) total += cov[a][b];
		}
		if (total <= 0) return null;
		return (m / (m - 1)) * (1 - trace / total);
	};
	const all = names.map((_, j) => j);
	const alpha = alphaOf(all);
	if (alpha === null) return { code: 'zero_variance', n };
	let totalVar = 0;
	for (const a of all) for (const b of all) totalVar += cov[a][b];
	const result: ItemReliability[] = names.map((item, j) => {
		let rowSum = 0;
		for (const b of all) rowSum += cov[j][b];
		const covRest = rowSum - cov[j][j];
		const varRest = totalVar - 2 * rowSum + cov[j][j];
		const itemRest = cov[j][j] > 0 && varRest > 0 ? covRest / Math.sqrt(cov[j][j] * varRest) : null;
		const alphaIfDeleted = alphaOf(all.filter((a) => a !== j));
		const warnings: ItemWarning[] = [];
		if (itemRest !== null && itemRest < minItemRest) warnings.push('low_item_rest');
		if (alphaIfDeleted !== null && alphaIfDeleted - alpha > maxAlphaGain)
			warnings.push('alpha_rises_if_deleted');
		return { item, itemRest, alphaIfDeleted, warnings };
	});
	return { alpha, k, n, dropped: rows - n, items: result };
}
