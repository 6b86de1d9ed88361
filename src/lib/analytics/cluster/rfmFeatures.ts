// The matrix k-means sees: log(1+R), log(1+F), log(1+M) and optional extra numeric columns,
// each standardised to mean 0 and sd 1. Logs tame the long tails of F and M; standardising
// stops money (hundreds) from outweighing frequency (units).
import type { CustomerMetrics } from '../customers/customerTable';
import { SegmentsError, type SegmentsIssue } from '../customers/segmentsIssue';

export interface FeatureMatrix {
	n: number;
	d: number;
	names: string[];
	/** n × d, row-major, standardised. */
	data: Float64Array;
	/** Per feature, before standardising (after the log for R, F, M). */
	means: number[];
	sds: number[];
	issues: SegmentsIssue[];
}

export function rfmFeatures(
	table: CustomerMetrics,
	options: { monetary?: 'total' | 'average'; extra?: Record<string, Float64Array> } = {}
): FeatureMatrix {
	const n = table.length;
	if (n === 0) throw new SegmentsError({ code: 'no_customers' });
	const columns: { name: string; values: Float64Array }[] = [];
	const log1 = (src: ArrayLike<number>) => {
		const out = new Float64Array(n);
		// Net refunds can make M negative; clamp at 0 so the log stays defined.
		for (let i = 0; i < n; i++) out[i] = Math.log1p(Math.max(0, src[i]));
		return out;
	};
	columns.push({ name: 'recency', values: log1(table.recency) });
	columns.push({ name: 'frequency', values: log1(table.frequency) });
	const m = options.monetary === 'average' ? table.average : table.monetary;
	if (m) columns.push({ name: 'monetary', values: log1(m) });
	const issues: SegmentsIssue[] = [];
	if (!m) issues.push({ code: 'monetary_unavailable' });
	for (const [name, values] of Object.entries(options.extra ?? {})) {
		if (values.length !== n)
			throw new SegmentsError({
				code: 'length_mismatch',
				params: { feature: name, expected: n, got: values.length }
			});
		columns.push({ name, values: Float64Array.from(values) });
	}
	const d = columns.length;
	const data = new Float64Array(n * d);
	const means: number[] = [];
	const sds: number[] = [];
	columns.forEach(({ name, values }, j) => {
		let sum = 0;
		let count = 0;
		for (let i = 0; i < n; i++)
			if (values[i] === values[i]) {
				sum += values[i];
				count++;
			}
		const mean = count > 0 ? sum / count : 0;
		let ss = 0;
		for (let i = 0; i < n; i++) if (values[i] === values[i]) ss += (values[i] - mean) ** 2;
		const sd = count > 0 ? Math.sqrt(ss / count) : 0;
		if (sd === 0) issues.push({ code: 'zero_variance', params: { feature: name } });
		// Missing extras (NaN) sit at the mean (0 after standardising) rather than dropping rows.
		for (let i = 0; i < n; i++) {
			const v = values[i];
			data[i * d + j] = v === v && sd > 0 ? (v - mean) / sd : 0;
		}
		means.push(mean);
		sds.push(sd);
	});
	return { n, d, names: columns.map((c) => c.name), data, means, sds, issues };
}
