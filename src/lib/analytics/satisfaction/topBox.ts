// 1 when the answer is in the top `boxes` answers of its scale (top box, top-2 box), 0 below,
// NaN when missing: turns an intention item into a yes/no for repurchase rates.
import type { Scale } from './detectScale';

export function topBox(values: Float64Array, [, hi]: Scale, boxes = 1): Float64Array {
	const out = new Float64Array(values.length);
	const cut = hi - boxes + 1;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		out[i] = Number.isNaN(v) ? NaN : v >= cut ? 1 : 0;
	}
	return out;
}
