// Strings → dense integer codes in order of first appearance, for id and text columns. Values
// arrive as strings (the text path) or as byte ranges of printable ASCII (readByteRows); both
// give the same codes. Labels are kept as UTF-8 bytes, NUL-separated, in one growing buffer:
// a million order ids then cost one buffer instead of a million strings for the garbage
// collector, and the labels become strings only when something reads them (decoded in one go).
import { GrowableInt32 } from './growable';

/** Mixes a key of up to 12 packed bytes into a 32-bit hash. */
function mix(a: number, b: number, c: number): number {
	let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 15) ^ b, 0xc2b2ae35);
	h = Math.imul(h ^ (h >>> 13) ^ c, 0x27d4eb2f);
	return h ^ (h >>> 16);
}

const FNV = 0x811c9dc5 | 0;
/** Numbers up to this many are kept densely whatever the labels' count (256 KB). */
const DENSE_FREE = 1 << 16;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A growable array holding exactly its values (itself when it already does). */
function trimmed(g: GrowableInt32): GrowableInt32 {
	if (g.data.length === g.length) return g;
	const t = new GrowableInt32();
	t.data = new Int32Array(g.length);
	t.data.set(g.data.subarray(0, g.length));
	t.length = g.length;
	return t;
}

/** Whether the string is ASCII without NUL (one byte per char in UTF-8). */
function isAscii(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c === 0 || c > 0x7f) return false;
	}
	return true;
}

/**
 * Labels in first-appearance order; lookups by a packed or hashed key. Values that arrive
 * larger (shortlex over bytes) than every earlier one — ascending order numbers — are new by
 * construction and skip the table; -1 stands for a missing value.
 */
export class Dictionary {
	codes: GrowableInt32;
	/** UTF-8 of every label, each followed by a 0 byte (labels never hold NUL: cleanCell). */
	private text = new Uint8Array(1 << 14);
	private textLength = 0;
	/** Where each label starts in `text`. */
	private starts = new GrowableInt32();
	/**
	 * Four Int32 per slot: code + 1 (0 = empty), then the key — up to 12 bytes packed four to
	 * an int (the first is never 0), or 0, hash, 0 for a longer key (compared in `text`).
	 * Power-of-two slot count, at most half used.
	 */
	private slots = new Int32Array(4 * 1024);
	private used = 0;
	/** Codes of the labels that were each larger (shortlex) than every label before them. */
	private run = new GrowableInt32();
	/** UTF-8 of a string being looked up. */
	private scratch = new Uint8Array(256);
	private decoded: string[] = [];
	private packedText = '';
	private packedCount = 0;
	// The previous value, as a string or as a byte range: exports group rows by order or
	// customer, so the same value as the row before is common.
	private last: string | null = null;
	private lastBytes: Uint8Array | null = null;
	private lastStart = 0;
	private lastLen = -1;
	private lastCode = -1;
	/** After releaseLookups: coding a value again would be wrong. */
	private frozen = false;
	/**
	 * Ids shaped like the first label coded — the same non-digit prefix, then digits, the same
	 * length ("C0012345") — are also found by their number in `dense` (code + 1, 0 = not there).
	 * Issue 22: with a million customers the hash table is 64 MB, and its lookups, a cache and
	 * TLB miss each, were a third of a 10M-row import; a million numbers take 4 MB. The class is
	 * a pure function of the bytes, so a label is found where it was put: `dense` when it fit
	 * (it is then not in the table), else the table or the run as before.
	 * -2: not learned yet; -1: the labels have no such shape.
	 */
	private classLen = -2;
	private classPrefix = new Uint8Array(0);
	private dense = new Int32Array(0);

	/** `capacity`: the rows expected (codes are pushed one per row). */
	constructor(capacity?: number) {
		this.codes = new GrowableInt32(capacity);
	}

	/** Number of labels. */
	get size(): number {
		return this.starts.length;
	}

	/** The labels as strings (decoded when first read; later additions are decoded on top). */
	get labels(): string[] {
		const n = this.starts.length;
		if (this.decoded.length < n) {
			const from = this.decoded.length;
			const tail = this.textSlice(from, n).split('\u0000');
			for (const s of tail) this.decoded.push(s);
		}
		return this.decoded;
	}

	/** All labels joined with NUL, as packLabels sends them: one decode, no string per label. */
	packed(): string {
		if (this.packedCount !== this.starts.length) {
			this.packedText = this.starts.length ? this.textSlice(0, this.starts.length) : '';
			this.packedCount = this.starts.length;
		}
		return this.packedText;
	}

	/**
	 * The labels' UTF-8 joined with NUL (packed() before decoding), as a view of the label text:
	 * no copy, so handing a dictionary's labels to another worker can transfer them. After
	 * releaseLookups the view covers its whole buffer but the last NUL; the buffer must not be
	 * transferred while labels are still coded or read here.
	 */
	packedBytes(): Uint8Array {
		return this.text.subarray(0, Math.max(0, this.textLength - 1));
	}

	/** Labels [from, to) joined with NUL. */
	private textSlice(from: number, to: number): string {
		return decoder.decode(this.text.subarray(this.starts.data[from], this.labelEnd(to - 1)));
	}

	/** Where label c's bytes end (its NUL). */
	private labelEnd(c: number): number {
		return c + 1 < this.starts.length ? this.starts.data[c + 1] - 1 : this.textLength - 1;
	}

	code(value: string): number {
		if (value === this.last) return this.lastCode;
		if (this.frozen) throw new Error('dictionary lookups were released');
		// The string's UTF-8 in a scratch buffer, then the byte lookup: ASCII (nearly every id)
		// char by char, the rest by the encoder.
		const n = value.length;
		if (this.scratch.length < n * 3) this.scratch = new Uint8Array(n * 3);
		const scratch = this.scratch;
		let len = n;
		if (isAscii(value)) for (let i = 0; i < n; i++) scratch[i] = value.charCodeAt(i);
		else len = encoder.encodeInto(value, scratch).written;
		const c = this.codeOf(scratch, 0, len);
		this.last = value;
		this.lastLen = -1;
		this.lastCode = c;
		return c;
	}

	/**
	 * code() of the text in bytes[start, end): UTF-8 without NUL (readByteRows passes printable
	 * ASCII). The bytes are not kept.
	 */
	codeBytes(bytes: Uint8Array, start: number, end: number): number {
		const len = end - start;
		if (len === this.lastLen && bytes === this.lastBytes) {
			const s = this.lastStart;
			let i = 0;
			while (i < len && bytes[start + i] === bytes[s + i]) i++;
			if (i === len) return this.lastCode;
		}
		if (this.frozen) throw new Error('dictionary lookups were released');
		const c = this.codeOf(bytes, start, end);
		this.last = null;
		this.lastBytes = bytes;
		this.lastStart = start;
		this.lastLen = len;
		this.lastCode = c;
		return c;
	}

	private codeOf(bytes: Uint8Array, start: number, end: number): number {
		const len = end - start;
		const run = this.run;
		if (this.classLen === -2) this.learnClass(bytes, start, len);
		if (run.length === 0 || this.bytesAfterLabel(run.data[run.length - 1], bytes, start, len)) {
			const c = this.append(bytes, start, len);
			run.push(c);
			return c;
		}
		const n = len === this.classLen ? this.classNumber(bytes, start, len) : -1;
		if (n >= 0 && n < this.dense.length) {
			const known = this.dense[n];
			if (known !== 0) return known - 1;
		}
		let a = 0;
		let b = 0;
		let k = 0;
		const packed = len > 0 && len <= 12;
		let h: number;
		if (packed) {
			for (let i = 0; i < len; i++) {
				const ch = bytes[start + i];
				if (i < 4) a |= ch << (i << 3);
				else if (i < 8) b |= ch << ((i - 4) << 3);
				else k |= ch << ((i - 8) << 3);
			}
			h = mix(a, b, k);
		} else {
			h = FNV;
			for (let i = 0; i < len; i++) h = Math.imul(h ^ bytes[start + i], 0x01000193);
			b = h;
		}
		const slots = this.slots;
		let at = (h & ((slots.length >> 2) - 1)) << 2;
		for (;;) {
			const c1 = slots[at];
			if (c1 === 0) break;
			if (
				slots[at + 1] === a &&
				slots[at + 2] === b &&
				slots[at + 3] === k &&
				(packed || this.labelEqualsBytes(c1 - 1, bytes, start, len))
			) {
				if (n >= 0) this.remember(n, c1 - 1);
				return c1 - 1;
			}
			at = (at + 4) & (slots.length - 1);
		}
		const inRun = this.findInRunBytes(bytes, start, len);
		if (inRun !== -1) {
			if (n >= 0) this.remember(n, inRun);
			return inRun;
		}
		const c = this.append(bytes, start, len);
		if (n < 0 || !this.remember(n, c)) this.insertSlot(at, c, a, b, k);
		return c;
	}

	/** The shape of the first label: a prefix of up to 8 non-digits, then 1–9 digits. */
	private learnClass(bytes: Uint8Array, start: number, len: number): void {
		let p = 0;
		while (p < len && (bytes[start + p] < 48 || bytes[start + p] > 57)) p++;
		const digits = len - p;
		if (p > 8 || digits < 1 || digits > 9) {
			this.classLen = -1;
			return;
		}
		for (let i = p; i < len; i++)
			if (bytes[start + i] < 48 || bytes[start + i] > 57) {
				this.classLen = -1;
				return;
			}
		this.classPrefix = bytes.slice(start, start + p);
		this.classLen = len;
	}

	/** The number of a label of the learned shape (its length already checked), else -1. */
	private classNumber(bytes: Uint8Array, start: number, len: number): number {
		const prefix = this.classPrefix;
		const p = prefix.length;
		for (let i = 0; i < p; i++) if (bytes[start + i] !== prefix[i]) return -1;
		let n = 0;
		for (let i = start + p, e = start + len; i < e; i++) {
			const d = bytes[i] - 48;
			if (d < 0 || d > 9) return -1;
			n = n * 10 + d;
		}
		return n;
	}

	/**
	 * Keeps label `c` under its number when `dense` holds it or may grow to: at most four
	 * entries per label (and 64k at first), so sparse numbers cost no more than the table.
	 */
	private remember(n: number, c: number): boolean {
		if (n >= this.dense.length) {
			let size = Math.max(1024, this.dense.length);
			while (size <= n) size *= 2;
			if (size > DENSE_FREE && size > 4 * (this.starts.length + 1)) return false;
			const next = new Int32Array(size);
			next.set(this.dense);
			this.dense = next;
		}
		this.dense[n] = c + 1;
		return true;
	}

	/** Compares label c with the bytes: < 0, 0, > 0 as the label sorts before, equal, after. */
	private compareBytes(c: number, bytes: Uint8Array, start: number, len: number): number {
		const s = this.starts.data[c];
		const n = this.labelEnd(c) - s;
		if (n !== len) return n - len;
		const text = this.text;
		for (let i = 0; i < n; i++) {
			const d = text[s + i] - bytes[start + i];
			if (d !== 0) return d;
		}
		return 0;
	}

	private bytesAfterLabel(c: number, bytes: Uint8Array, start: number, len: number): boolean {
		return this.compareBytes(c, bytes, start, len) < 0;
	}

	private labelEqualsBytes(c: number, bytes: Uint8Array, start: number, len: number): boolean {
		return this.compareBytes(c, bytes, start, len) === 0;
	}

	private findInRunBytes(bytes: Uint8Array, start: number, len: number): number {
		const run = this.run.data;
		let lo = 0;
		let hi = this.run.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const d = this.compareBytes(run[mid], bytes, start, len);
			if (d === 0) return run[mid];
			if (d < 0) lo = mid + 1;
			else hi = mid - 1;
		}
		return -1;
	}

	/**
	 * Makes room, once and to the byte, for up to `labels` more labels of `bytes` UTF-8 bytes in
	 * all (separators not counted). Joining a second part of a file knows what it brings: ten
	 * million order numbers would otherwise grow the text and index by doubling (up to twice
	 * what they hold) and be copied once more when trimmed (releaseLookups).
	 */
	expect(labels: number, bytes: number): void {
		const need = this.textLength + bytes + labels;
		if (need > this.text.length) {
			const next = new Uint8Array(need);
			next.set(this.text.subarray(0, this.textLength));
			this.text = next;
		}
		this.starts.ensure(this.starts.length + labels);
		// Labels in ascending order (order numbers) all join the run; others need no room there.
		if (this.run.length > 0) this.run.ensure(this.run.length + labels);
	}

	/** Room for n more bytes of label text. */
	private reserve(n: number): Uint8Array {
		if (this.textLength + n > this.text.length) {
			const next = new Uint8Array(Math.max(this.text.length * 2, this.textLength + n));
			next.set(this.text.subarray(0, this.textLength));
			this.text = next;
		}
		return this.text;
	}

	private append(bytes: Uint8Array, start: number, len: number): number {
		const text = this.reserve(len + 1);
		const at = this.textLength;
		for (let i = 0; i < len; i++) text[at + i] = bytes[start + i];
		text[at + len] = 0;
		this.textLength = at + len + 1;
		this.starts.push(at);
		return this.starts.length - 1;
	}

	private insertSlot(at: number, c: number, a: number, b: number, k: number): void {
		const slots = this.slots;
		slots[at] = c + 1;
		slots[at + 1] = a;
		slots[at + 2] = b;
		slots[at + 3] = k;
		if (++this.used * 2 > slots.length >> 2) this.grow();
	}

	private grow(): void {
		const old = this.slots;
		const slots = new Int32Array(old.length * 2);
		const mask = (slots.length >> 2) - 1;
		for (let i = 0; i < old.length; i += 4) {
			if (old[i] === 0) continue;
			const h = old[i + 1] !== 0 ? mix(old[i + 1], old[i + 2], old[i + 3]) : old[i + 2];
			let at = (h & mask) << 2;
			while (slots[at] !== 0) at = (at + 4) & (slots.length - 1);
			slots.set(old.subarray(i, i + 4), at);
		}
		this.slots = slots;
	}

	/**
	 * Lets the lookup structures go once no more values will be coded: the labels stay readable.
	 * (A million order ids leave a 4 MB run index and growing buffers behind otherwise.)
	 */
	releaseLookups(): void {
		this.slots = new Int32Array(4 * 1024);
		this.dense = new Int32Array(0);
		this.used = 0;
		this.run = new GrowableInt32();
		this.scratch = new Uint8Array(0);
		this.lastBytes = null;
		this.lastLen = -1;
		this.last = null;
		this.frozen = true;
		// The label text, trimmed to what it holds (no copy when it holds just that: see expect).
		if (this.text.length !== this.textLength) this.text = this.text.slice(0, this.textLength);
		this.starts = trimmed(this.starts);
	}

	push(value: string | null): void {
		this.codes.push(value === null ? -1 : this.code(value));
	}
}
