// One score from several constructs (e.g. loyalty from repurchase, recommendation, ...): the mean
// of the respondent's available construct scores, so a construct with many items does not
// outweigh a one-item construct. NaN when none is available; null when no construct exists.
import type { Construct } from './constructs';

export function blockScore(
	scores: Partial<Record<Construct, Float64Array>>,
	block: readonly Construct[]
): Float64Array | null {
	const cols = block.map((c) => scores[c]).filter((c): c is Float64Array => c !== undefined);
	if (cols.length === 0) return null;
	const n = cols[0].length;
	const out = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		let sum = 0;
		let k = 0;
		for (const col of cols) {
			const v = col[i];
			if (Number.isNaN(v)) continue;
			sum += v;
			k++;
		}
		out[i] = k > 0 ? sum / k : NaN;
	}
	return out;
}
