// Reverse-coded items ("I would switch banks") point the other way; min + max − v turns them
// round on the item's own scale so that higher means better everywhere.
import type { Scale } from './detectScale';

export function reverseCode(values: Float64Array, [lo, hi]: Scale): Float64Array {
	const out = new Float64Array(values.length);
	for (let i = 0; i < values.length; i++) out[i] = lo + hi - values[i];
	return out;
}
