// Compact storage of column chunks and dictionaries. Typed arrays are stored as narrow as their
// values allow, always losslessly (each encoding is checked by decoding before it is chosen):
// codes and days as offsets in 8 or 16 bits, runs of consecutive codes (ids in first-seen
// order, e.g. one order per row) as just their start, amounts with at most two decimals as
// integer cents, and dictionaries of canonical integers ("100017", never "007") as integers.
// A chunk without an encoding is a plain Int32Array / Float64Array (the first storage format).

export type StoredArray = Int32Array | Float64Array | Uint8Array | Uint16Array;

export type ColumnEncoding =
	/** value = stored + base (Uint8Array / Uint16Array / Int32Array). */
	| { t: 'offset'; base: number }
	/** value = first + i; nothing stored. */
	| { t: 'sequence'; first: number }
	/** value = stored / scale, NaN stored as NAN_CODE (Int32Array). */
	| { t: 'scaled'; scale: number };

export interface EncodedColumn {
	data: StoredArray;
	enc?: ColumnEncoding;
}

const NAN_CODE = -2147483648;
const SCALES = [1, 100];

function encodeIntegers(v: Int32Array): EncodedColumn {
	const n = v.length;
	if (n === 0) return { data: v };
	let sequence = true;
	let min = v[0];
	let max = v[0];
	for (let i = 0; i < n; i++) {
		const x = v[i];
		if (x < min) min = x;
		if (x > max) max = x;
		if (sequence && x !== v[0] + i) sequence = false;
	}
	if (sequence) return { data: new Uint8Array(0), enc: { t: 'sequence', first: v[0] } };
	const span = max - min;
	if (span > 0xffff) return { data: v };
	const out = span <= 0xff ? new Uint8Array(n) : new Uint16Array(n);
	for (let i = 0; i < n; i++) out[i] = v[i] - min;
	return { data: out, enc: { t: 'offset', base: min } };
}

function encodeNumbers(v: Float64Array): EncodedColumn {
	const n = v.length;
	for (const scale of SCALES) {
		const out = new Int32Array(n);
		let ok = true;
		for (let i = 0; i < n && ok; i++) {
			const x = v[i];
			if (x !== x) {
				out[i] = NAN_CODE;
				continue;
			}
			const k = Math.round(x * scale);
			// Exact round trip only: 0.29 → 29 → 29 / 100 is the same double as 0.29.
			if (k / scale !== x || !(Math.abs(k) < 2147483647) || Object.is(x, -0)) ok = false;
			else out[i] = k;
		}
		if (ok) return { data: out, enc: { t: 'scaled', scale } };
	}
	return { data: v };
}

/** A chunk of a column as stored: `integers` for codes and days, else numbers. */
export function encodeColumn(values: Int32Array | Float64Array): EncodedColumn {
	return values instanceof Int32Array ? encodeIntegers(values) : encodeNumbers(values);
}

/** Writes a stored chunk of `rows` values into `out` from `at`. */
export function decodeColumnInto(
	data: StoredArray,
	enc: ColumnEncoding | undefined,
	rows: number,
	out: Int32Array | Float64Array,
	at: number
): void {
	if (!enc) {
		out.set(data, at);
		return;
	}
	if (enc.t === 'sequence') {
		for (let i = 0; i < rows; i++) out[at + i] = enc.first + i;
	} else if (enc.t === 'offset') {
		const base = enc.base;
		for (let i = 0; i < rows; i++) out[at + i] = data[i] + base;
	} else {
		const scale = enc.scale;
		for (let i = 0; i < rows; i++) {
			const k = data[i];
			out[at + i] = k === NAN_CODE ? NaN : k / scale;
		}
	}
}

export interface EncodedLabels {
	/** Labels joined by NUL. */
	labels?: string;
	/** Or, when every label is a canonical integer, the integers (packed like a column). */
	ints?: StoredArray;
	intsEnc?: ColumnEncoding;
	/** How many integers (a sequence stores none). */
	count?: number;
}

/** Dictionary labels: canonical integers packed like a column, anything else joined by NUL. */
export function encodeLabels(labels: string[]): EncodedLabels {
	return encodePackedLabels(labels.join('\u0000'), labels.length); // NUL never occurs in a cell
}

/**
 * encodeLabels for labels already joined by NUL (as a dictionary keeps them): read by char
 * codes, so a million order numbers are checked without a string each.
 */
export function encodePackedLabels(packed: string, count: number): EncodedLabels {
	if (count === 0) return { labels: packed };
	const ints = integerLabels(count, packed.length, (i) => packed.charCodeAt(i));
	return ints ? packInts(ints, count) : { labels: packed };
}

const decoder = new TextDecoder();

/**
 * encodePackedLabels for the labels' UTF-8 (NUL-joined, as a dictionary keeps them): the same
 * record, but a million order numbers never become one string to be checked — digits are
 * ASCII, so bytes and char codes agree wherever a label is an integer.
 */
export function encodeLabelBytes(bytes: Uint8Array, count: number): EncodedLabels {
	if (count === 0) return { labels: decoder.decode(bytes) };
	const ints = integerLabels(count, bytes.length, (i) => bytes[i]);
	return ints ? packInts(ints, count) : { labels: decoder.decode(bytes) };
}

/** The labels as integers when every one is the canonical String(n) of one, else null. */
function integerLabels(count: number, n: number, at: (i: number) => number): Int32Array | null {
	const ints = new Int32Array(count);
	let k = 0;
	let i = 0;
	while (k < count) {
		// One label: the canonical integer String(n) would write, below 2^31 - 1 in size.
		const negative = at(i) === 45;
		if (negative) i++;
		const first = i;
		let v = 0;
		for (; i < n; i++) {
			const c = at(i);
			if (c === 0) break;
			if (c < 48 || c > 57 || i - first >= 10) return null;
			v = v * 10 + (c - 48);
		}
		const digits = i - first;
		if (
			digits === 0 ||
			(digits > 1 && at(first) === 48) ||
			(negative && v === 0) ||
			v >= 2147483647
		)
			return null;
		ints[k++] = negative ? -v : v;
		i++; // the NUL
	}
	return ints;
}

function packInts(ints: Int32Array, count: number): EncodedLabels {
	// Order numbers are often consecutive: then the whole dictionary is its first number.
	const e = encodeIntegers(ints);
	return { ints: e.data, intsEnc: e.enc, count };
}

export function decodeLabels(d: EncodedLabels): string[] {
	if (d.ints) {
		const n = d.count ?? d.ints.length;
		const values = new Int32Array(n);
		decodeColumnInto(d.ints, d.intsEnc, n, values, 0);
		const out: string[] = new Array(n);
		for (let i = 0; i < n; i++) out[i] = String(values[i]);
		return out;
	}
	return !d.labels ? [] : d.labels.split('\u0000');
}
