// A column of whole numbers packed for gzip. Each value becomes a code — zigzag of the value
// ('plain', 'planes') or of its difference from the previous value ('delta': sorted dates and
// sequential ids become runs of 0 and 1) — plus one, so that 0 can mean missing (NaN). Codes
// are written as varints ('plain', 'delta') or as fixed-width bytes split into planes, all
// lowest bytes first ('planes': amounts, whose low bytes are noise and high bytes repeat).
// The encoder keeps the candidate whose bytes have the least order-0 entropy (per plane for
// 'planes', plus 1/32 of the length; the shortest below 64 values): a cheap stand-in for "what gzip makes smallest", which
// picks the best of the three on every large column of the teaching sample (docs/design.md).
import { unzigzag, VarintReader, VarintWriter, varintSize, zigzag } from './varint';
import { WorkspaceFileProblem } from './WorkspaceFileProblem';

export type IntPack = 'plain' | 'delta' | 'planes';
export const INT_PACKS: readonly IntPack[] = ['plain', 'delta', 'planes'];

/** Largest |value| packed: zigzag of a difference of two such stays a safe integer. */
export const MAX_PACKED_INT = 2 ** 50;
/** Bytes of a plane code: 2^56 > every code of a value within MAX_PACKED_INT. */
const MAX_PLANES = 7;

/** Whether every value is NaN or a whole number within ±MAX_PACKED_INT (−0 would come back as 0). */
export function packable(values: ArrayLike<number>): boolean {
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (v !== v) continue;
		if (!Number.isInteger(v) || Math.abs(v) > MAX_PACKED_INT || Object.is(v, -0)) return false;
	}
	return true;
}

function codesOf(values: ArrayLike<number>, delta: boolean): Float64Array {
	const out = new Float64Array(values.length);
	let prev = 0;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (v !== v) continue;
		out[i] = zigzag(delta ? v - prev : v) + 1;
		prev = v;
	}
	return out;
}

function varints(codes: Float64Array): Uint8Array {
	let size = 0;
	for (let i = 0; i < codes.length; i++) size += varintSize(codes[i]);
	const w = new VarintWriter(size);
	for (let i = 0; i < codes.length; i++) w.write(codes[i]);
	return w.bytes;
}

function planes(codes: Float64Array): Uint8Array {
	const n = codes.length;
	let max = 0;
	for (let i = 0; i < n; i++) if (codes[i] > max) max = codes[i];
	let k = 1;
	while (k < MAX_PLANES && max >= 256 ** k) k++;
	const out = new Uint8Array(n * k);
	for (let i = 0; i < n; i++) {
		let c = codes[i];
		for (let b = 0; b < k; b++) {
			out[b * n + i] = c % 256;
			c = Math.floor(c / 256);
		}
	}
	return out;
}

/** Order-0 entropy of `bytes` in bytes, summed over `parts` equal slices. */
export function entropyBytes(bytes: Uint8Array, parts = 1): number {
	if (bytes.length === 0) return 0;
	const size = bytes.length / parts;
	const counts = new Float64Array(256);
	let h = 0;
	for (let p = 0; p < parts; p++) {
		counts.fill(0);
		for (let i = p * size; i < (p + 1) * size; i++) counts[bytes[i]]++;
		for (const c of counts) if (c > 0) h -= c * Math.log2(c / size);
	}
	return h / 8;
}

/** Columns shorter than this take the shortest packing. */
export const SMALL = 64;

/** Values that pass `packable`, as the candidate with the least entropy (ties: plain first). */
export function packInts(values: ArrayLike<number>): { pack: IntPack; bytes: Uint8Array } {
	const plainCodes = codesOf(values, false);
	const n = values.length;
	const inPlanes = planes(plainCodes);
	const candidates: { pack: IntPack; bytes: Uint8Array; cost: number }[] = [
		{ pack: 'plain', bytes: varints(plainCodes), cost: 0 },
		{ pack: 'delta', bytes: varints(codesOf(values, true)), cost: 0 },
		{ pack: 'planes', bytes: inPlanes, cost: 0 }
	];
	let best = candidates[0];
	for (const c of candidates) {
		// Plus a little for length: of two streams gzip folds equally well, the shorter is smaller.
		// Below SMALL values an entropy says nothing: the shortest wins.
		const planesOf = c.pack === 'planes' && n > 0 ? c.bytes.length / n : 1;
		c.cost = n < SMALL ? c.bytes.length : entropyBytes(c.bytes, planesOf) + c.bytes.length / 32;
		if (c.cost < best.cost) best = c;
	}
	return { pack: best.pack, bytes: best.bytes };
}

interface CodeReader {
	next(): number;
	/** Whether every byte was read (planes: by construction). */
	done(): boolean;
}

function readCodes(bytes: Uint8Array, n: number, pack: IntPack, path: string): CodeReader {
	if (pack !== 'planes') {
		const r = new VarintReader(bytes, path);
		return { next: () => r.read(), done: () => r.done };
	}
	const k = n === 0 ? 0 : bytes.length / n;
	if (n === 0 ? bytes.length !== 0 : !Number.isInteger(k) || k < 1 || k > MAX_PLANES)
		throw new WorkspaceFileProblem('invalid_content', { detail: `${path}.length` });
	let i = 0;
	const next = () => {
		let c = 0;
		for (let b = k - 1; b >= 0; b--) c = c * 256 + bytes[b * n + i];
		i++;
		return c;
	};
	return { next, done: () => true };
}

/**
 * Reads exactly `out.length` values into `out`. The caller has checked `out.length ≤
 * bytes.length` before allocating `out` (every value takes at least one byte). Into an
 * Int32Array, a missing value or one outside 32 bits is damage, not a wrapped number.
 */
export function unpackInts(
	bytes: Uint8Array,
	out: Int32Array | Float64Array,
	pack: IntPack,
	path: string
): void {
	const fail = (why: string): never => {
		throw new WorkspaceFileProblem('invalid_content', { detail: `${path}: ${why}` });
	};
	const codes = readCodes(bytes, out.length, pack, path);
	const int32 = out instanceof Int32Array;
	let prev = 0;
	for (let i = 0; i < out.length; i++) {
		const c = codes.next();
		if (c === 0) {
			if (int32) fail(`missing value at ${i}`);
			out[i] = NaN;
			continue;
		}
		const d = unzigzag(c - 1);
		const v = pack === 'delta' ? prev + d : d;
		if (int32 ? v < -(2 ** 31) || v >= 2 ** 31 : !(Math.abs(v) <= MAX_PACKED_INT))
			fail(`value out of range at ${i}`);
		out[i] = v;
		prev = v;
	}
	// Varints must end exactly at the slice's end.
	if (!codes.done()) fail(`length: bytes after value ${out.length}`);
}
