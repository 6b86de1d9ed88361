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

/** Strings → dense integer codes; -1 stands for a missing value. */
export class Dictionary {
	private index = new Map<string, number>();
	labels: string[] = [];
	codes = new GrowableInt32();
	private last: string | null = null;
	private lastCode = -1;
	code(value: string): number {
		// Exports group rows by order or customer: the same value as the row before is common.
		if (value === this.last) return this.lastCode;
		let c = this.index.get(value);
		if (c === undefined) {
			c = this.labels.length;
			this.index.set(value, c);
			this.labels.push(value);
		}
		this.last = value;
		this.lastCode = c;
		return c;
	}
	push(value: string | null): void {
		this.codes.push(value === null ? -1 : this.code(value));
	}
}
