// Doubles as small integers that keep their order, so money columns go through the same
// histogram machinery (and the same compiled loops) as day counts. A double's high 32 bits
// without the sign (exponent and 20 bits of mantissa) order like its magnitude. Magnitudes
// below 2^-20 count as 2^-20 (else a column with both signs would span every power of two down
// to 1e-308); measured from there, added to 2^31 for positives and subtracted for negatives,
// they order like the numbers. The top 18 of those 32 bits are the key: 64 keys per power of
// two, each holding values within 1.1 % of each other.
import { int32Histogram, type Int32Histogram } from './int32Histogram';

export interface FloatHistogram {
	/** Per value, its key. */
	keys: Int32Array;
	/** Counts per key. */
	hist: Int32Histogram;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const HI = LITTLE_ENDIAN ? 1 : 0;
/** High word of 2^-20: smaller magnitudes are keyed as this one. */
const TINY = (1023 - 20) << 20;
const KEY_SHIFT = 14;
/** Keys at or below / at or above these have an all-ones exponent: ±Infinity or NaN. */
const POSITIVE_SPECIAL = (0x80000000 + 0x7ff00000 - TINY) >>> KEY_SHIFT;
const NEGATIVE_SPECIAL = (0x80000000 - 1 - (0x7ff00000 - TINY)) >>> KEY_SHIFT;

/** Null when a value is NaN or ±Infinity, or the values spread too far for a histogram. */
export function floatHistogram(values: Float64Array): FloatHistogram | null {
	const keys = new Int32Array(values.length);
	keysOf(new Int32Array(values.buffer, values.byteOffset, 2 * values.length), HI, keys);
	const hist = int32Histogram(keys);
	if (!hist || hist.min <= NEGATIVE_SPECIAL || hist.max >= POSITIVE_SPECIAL) return null;
	return { keys, hist };
}

const scratch = new Float64Array(1);
const scratchWords = new Int32Array(scratch.buffer);

/** The key of one number (an edge, say): values with a smaller key are smaller. */
export function floatKey(x: number): number {
	scratch[0] = x;
	const h = scratchWords[HI];
	const d = Math.max(h & 0x7fffffff, TINY) - TINY;
	return (0x80000000 + (d ^ (h >> 31))) >>> KEY_SHIFT;
}

/** words: the values' 32-bit halves; hi: which half of each pair is the high one. */
function keysOf(words: Int32Array, hi: number, keys: Int32Array): void {
	for (let i = 0; i < keys.length; i++) {
		const h = words[2 * i + hi];
		let d = (h & 0x7fffffff) - TINY;
		if (d < 0) d = 0;
		// For negatives h >> 31 is -1 and d ^ -1 = -d - 1: the key is 2^31 - 1 - d.
		keys[i] = (0x80000000 + (d ^ (h >> 31))) >>> KEY_SHIFT;
	}
}
