// RFM scores for every customer of a CustomerMetrics table: R, F, M on 1…bins and the
// composite 100R + 10F + M. Quantile edges unless the user supplies thresholds.
import type { CustomerMetrics } from '../customers/customerTable';
import { SegmentsError, type SegmentsIssue } from '../customers/segmentsIssue';
import { scoreDimension, validateBins, type DimensionScores } from './scoreDimension';

export interface RfmOptions {
	/** Scores per dimension (3, 4 or 5 usually); default 5. */
	bins?: number;
	/** M from the net total (default) or the average per purchase. */
	monetary?: 'total' | 'average';
	/** Interior edges per dimension (bins - 1 ascending values) replacing the quantiles. */
	thresholds?: { recency?: number[]; frequency?: number[]; monetary?: number[] };
}

export interface RfmScores {
	length: number;
	bins: number;
	monetaryBasis: 'total' | 'average';
	r: Uint8Array;
	f: Uint8Array;
	/** Null when the data has no amount; segments then ignore M. */
	m: Uint8Array | null;
	/** 100R + 10F + M (M digit 0 when M is unavailable). */
	score: Int16Array;
	recency: DimensionScores;
	frequency: DimensionScores;
	monetary: DimensionScores | null;
	issues: SegmentsIssue[];
}

export function rfmScores(table: CustomerMetrics, options: RfmOptions = {}): RfmScores {
	const bins = options.bins ?? 5;
	validateBins(bins);
	if (table.length === 0) throw new SegmentsError({ code: 'no_customers' });
	const basis = options.monetary ?? 'total';
	const t = options.thresholds ?? {};
	const issues: SegmentsIssue[] = [];
	const rec = scoreDimension(table.recency, { dimension: 'recency', bins, thresholds: t.recency });
	const fre = scoreDimension(table.frequency, {
		dimension: 'frequency',
		bins,
		thresholds: t.frequency
	});
	issues.push(...rec.issues, ...fre.issues);
	const mValues = basis === 'average' ? table.average : table.monetary;
	let mon: DimensionScores | null = null;
	if (mValues) {
		const scored = scoreDimension(mValues, { dimension: 'monetary', bins, thresholds: t.monetary });
		mon = scored.result;
		issues.push(...scored.issues);
	} else issues.push({ code: 'monetary_unavailable' });

	const n = table.length;
	const score = new Int16Array(n);
	const r = rec.result.scores;
	const f = fre.result.scores;
	const m = mon ? mon.scores : null;
	// Without M its digit is 0: a zero array keeps one small loop for both cases.
	compositeScores(r, f, m ?? new Uint8Array(n), score);
	return {
		length: n,
		bins,
		monetaryBasis: basis,
		r,
		f,
		m,
		score,
		recency: rec.result,
		frequency: fre.result,
		monetary: mon,
		issues
	};
}

/** 100R + 10F + M per customer; alone and small so that V8 optimises the loop early. */
function compositeScores(r: Uint8Array, f: Uint8Array, m: Uint8Array, out: Int16Array): void {
	for (let i = 0; i < out.length; i++) out[i] = 100 * r[i] + 10 * f[i] + m[i];
}
