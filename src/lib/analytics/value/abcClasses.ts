// ABC classes: from the most valuable customer down, A until the running value share reaches
// `a` (default 80 %), B until a + b (default 95 %), C for the rest. The customer who crosses
// a threshold still belongs to the class being filled.
import { SegmentsError, type SegmentsIssue } from '../customers/segmentsIssue';
import { orderByValue } from './orderByValue';

export const ABC_CLASSES = ['A', 'B', 'C'] as const;

export interface AbcResult {
	a: number;
	b: number;
	/** Per customer: 0 = A, 1 = B, 2 = C. */
	classes: Uint8Array;
	summary: {
		name: 'A' | 'B' | 'C';
		customers: number;
		customerShare: number;
		value: number;
		valueShare: number;
	}[];
	issues: SegmentsIssue[];
}

export function abcClasses(
	values: ArrayLike<number>,
	options: { a?: number; b?: number } = {}
): AbcResult {
	const a = options.a ?? 0.8;
	const b = options.b ?? 0.15;
	if (!(a > 0 && b >= 0 && a + b <= 1))
		throw new SegmentsError({ code: 'bad_cuts', params: { cuts: `${a} / ${b}` } });
	const n = values.length;
	if (n === 0) throw new SegmentsError({ code: 'no_customers' });
	let total = 0;
	for (let i = 0; i < n; i++) total += values[i];
	if (!(total > 0)) throw new SegmentsError({ code: 'non_positive_total', params: { total } });
	const order = orderByValue(values);
	const classes = new Uint8Array(n);
	const count = [0, 0, 0];
	const value = [0, 0, 0];
	let before = 0;
	for (let k = 0; k < n; k++) {
		const i = order[k];
		const share = before / total;
		// A tolerance keeps 0.8 reached by 0.1 + 0.7 (= 0.7999999999999999) from spilling over.
		const cls = share < a - 1e-12 ? 0 : share < a + b - 1e-12 ? 1 : 2;
		classes[i] = cls;
		count[cls]++;
		value[cls] += values[i];
		before += values[i];
	}
	const issues: SegmentsIssue[] = [];
	let negative = 0;
	for (let i = 0; i < n; i++) if (values[i] < 0) negative++;
	if (negative > 0) issues.push({ code: 'negative_values', params: { customers: negative } });
	return {
		a,
		b,
		classes,
		summary: ABC_CLASSES.map((name, c) => ({
			name,
			customers: count[c],
			customerShare: count[c] / n,
			value: value[c],
			valueShare: value[c] / total
		})),
		issues
	};
}
