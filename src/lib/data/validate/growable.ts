// Append-only typed arrays that double their capacity, so columns of unknown length are
// built without per-row objects.

export class GrowableInt32 {
	data: Int32Array;
	length = 0;
	/** `capacity`: the values expected (a large file's row estimate), so the buffer rarely grows. */
	constructor(capacity = 1024) {
		this.data = new Int32Array(capacity);
	}
	push(v: number): void {
		if (this.length === this.data.length) {
			const next = new Int32Array(Math.max(1024, this.data.length * 2));
			next.set(this.data);
			this.data = next;
		}
		this.data[this.length++] = v;
	}
	/** Room for `capacity` values, grown once to exactly that (a caller that knows what comes). */
	ensure(capacity: number): void {
		if (capacity <= this.data.length) return;
		const next = new Int32Array(capacity);
		next.set(this.data.subarray(0, this.length));
		this.data = next;
	}
	finish(): Int32Array {
		return this.data.slice(0, this.length);
	}
	/** finish(), and the buffer (up to twice the values) is let go: nothing is pushed after. */
	take(): Int32Array {
		const out = this.finish();
		this.data = new Int32Array(0);
		this.length = 0;
		return out;
	}
	/**
	 * The values as a view of the buffer, not copied (issue 22): a pre-sized buffer's spare room
	 * was never written, so it costs address space, not memory, and a join may fill it (see
	 * mergePartials). Nothing is pushed after.
	 */
	view(): Int32Array {
		const out = this.data.subarray(0, this.length);
		this.data = new Int32Array(0);
		this.length = 0;
		return out;
	}
}

export class GrowableFloat64 {
	data: Float64Array;
	length = 0;
	constructor(capacity = 1024) {
		this.data = new Float64Array(capacity);
	}
	push(v: number): void {
		if (this.length === this.data.length) {
			const next = new Float64Array(Math.max(1024, this.data.length * 2));
			next.set(this.data);
			this.data = next;
		}
		this.data[this.length++] = v;
	}
	finish(): Float64Array {
		return this.data.slice(0, this.length);
	}
	/** finish(), and the buffer (up to twice the values) is let go: nothing is pushed after. */
	take(): Float64Array {
		const out = this.finish();
		this.data = new Float64Array(0);
		this.length = 0;
		return out;
	}
	/** As GrowableInt32.view. */
	view(): Float64Array {
		const out = this.data.subarray(0, this.length);
		this.data = new Float64Array(0);
		this.length = 0;
		return out;
	}
}
