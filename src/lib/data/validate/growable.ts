// Append-only typed arrays that double their capacity, so columns of unknown length are
// built without per-row objects.

export class GrowableInt32 {
	data = new Int32Array(1024);
	length = 0;
	push(v: number): void {
		if (this.length === this.data.length) {
			const next = new Int32Array(this.data.length * 2);
			next.set(this.data);
			this.data = next;
		}
		this.data[this.length++] = v;
	}
	finish(): Int32Array {
		return this.data.slice(0, this.length);
	}
}

export class GrowableFloat64 {
	data = new Float64Array(1024);
	length = 0;
	push(v: number): void {
		if (this.length === this.data.length) {
			const next = new Float64Array(this.data.length * 2);
			next.set(this.data);
			this.data = next;
		}
		this.data[this.length++] = v;
	}
	finish(): Float64Array {
		return this.data.slice(0, this.length);
	}
}

/** Mixes a key of up to 12 packed Latin-1 chars into a 32-bit hash. */
function mix(a: number, b: number, c: number): number {
	let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 15) ^ b, 0xc2b2ae35);
	h = Math.imul(h ^ (h >>> 13) ^ c, 0x27d4eb2f);
	return h ^ (h >>> 16);
}

/** Shortlex order (length, then code units): numeric order for plain integer ids. */
function before(a: string, b: string): boolean {
	return a.length < b.length || (a.length === b.length && a < b);
}

/**
 * Strings → dense integer codes in order of first appearance; -1 stands for a missing value.
 * Built for a million distinct ids: values that arrive in increasing order (order numbers
 * usually do) are new by construction and skip the hash table; the rest go to an
 * open-addressing table whose slots hold short keys themselves, so a lookup reads one cache
 * line instead of chasing a string. Several times faster than a Map<string, number>.
 */
export class Dictionary {
	labels: string[] = [];
	codes = new GrowableInt32();
	/**
	 * Four Int32 per slot: code + 1 (0 = empty), then the key — up to 12 chars of U+0001–U+00FF
	 * packed four to an int (the first is never 0), or 0, hash, 0 for any other text (compared
	 * through `labels`). Power-of-two slot count, at most half used.
	 */
	private slots = new Int32Array(4 * 1024);
	private used = 0;
	/** Codes of the labels that were each larger (shortlex) than every label before them. */
	private run = new GrowableInt32();
	private last: string | null = null;
	private lastCode = -1;

	code(value: string): number {
		// Exports group rows by order or customer: the same value as the row before is common.
		if (value === this.last) return this.lastCode;
		let c: number;
		const run = this.run;
		if (run.length === 0 || before(this.labels[run.data[run.length - 1]], value)) {
			// Larger than every value so far, so not among them.
			c = this.labels.length;
			this.labels.push(value);
			run.push(c);
		} else c = this.lookup(value);
		this.last = value;
		this.lastCode = c;
		return c;
	}

	private lookup(value: string): number {
		const len = value.length;
		let a = 0;
		let b = 0;
		let k = 0;
		let packed = len > 0 && len <= 12;
		for (let i = 0; packed && i < len; i++) {
			const ch = value.charCodeAt(i);
			if (ch === 0 || ch > 255) packed = false;
			else if (i < 4) a |= ch << (i << 3);
			else if (i < 8) b |= ch << ((i - 4) << 3);
			else k |= ch << ((i - 8) << 3);
		}
		let h: number;
		if (packed) h = mix(a, b, k);
		else {
			// | 0: slots hold int32, and the empty string never reaches Math.imul.
			h = 0x811c9dc5 | 0;
			for (let i = 0; i < len; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
			a = 0;
			b = h;
			k = 0;
		}
		const slots = this.slots;
		const mask = (slots.length >> 2) - 1;
		let at = (h & mask) << 2;
		for (;;) {
			const c1 = slots[at];
			if (c1 === 0) break;
			if (
				slots[at + 1] === a &&
				slots[at + 2] === b &&
				slots[at + 3] === k &&
				(packed || this.labels[c1 - 1] === value)
			)
				return c1 - 1;
			at = (at + 4) & (slots.length - 1);
		}
		const inRun = this.findInRun(value);
		if (inRun !== -1) return inRun;
		const c = this.labels.length;
		this.labels.push(value);
		slots[at] = c + 1;
		slots[at + 1] = a;
		slots[at + 2] = b;
		slots[at + 3] = k;
		if (++this.used * 2 > slots.length >> 2) this.grow();
		return c;
	}

	private findInRun(value: string): number {
		const run = this.run.data;
		let lo = 0;
		let hi = this.run.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const label = this.labels[run[mid]];
			if (label === value) return run[mid];
			if (before(label, value)) lo = mid + 1;
			else hi = mid - 1;
		}
		return -1;
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

	push(value: string | null): void {
		this.codes.push(value === null ? -1 : this.code(value));
	}
}
