// Deterministic jitter for scatter plots of discrete answers: the same seed gives the same picture
// on every render and in every export. Offsets are uniform in [−amount, amount]; the i-th offset
// depends only on the seed and i (one draw per row, missing rows included).
import { mulberry32 } from '../mulberry32';

export function jitter(values: Float64Array, amount: number, seed = 1): Float64Array {
	const next = mulberry32(seed);
	const out = new Float64Array(values.length);
	for (let i = 0; i < values.length; i++) out[i] = values[i] + (next() * 2 - 1) * amount;
	return out;
}
