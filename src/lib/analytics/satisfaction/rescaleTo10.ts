// Puts answers from any scale on 0–10 so items asked on 1–5, 1–7 and 0–100 can be averaged:
// (v − lo) / (hi − lo) × 10, so the scale's bottom is 0 and its top is 10.
import type { Scale } from './detectScale';

export function rescaleTo10(values: Float64Array, [lo, hi]: Scale): Float64Array {
	const out = new Float64Array(values.length);
	const k = 10 / (hi - lo);
	for (let i = 0; i < values.length; i++) out[i] = (values[i] - lo) * k;
	return out;
}
