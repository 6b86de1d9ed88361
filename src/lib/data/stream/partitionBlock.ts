// The temporary files between the two passes hold validated rows as binary blocks: typed
// columns plus the block's own customer (and order) labels, joined with NUL (decoding removes
// every NUL from the text, so no label contains one). Native byte order: the files never leave
// the machine that wrote them.

export interface RowBlock {
	rows: number;
	/** Labels used in this block; codes below index them. */
	customerLabels: string[];
	customer: Int32Array;
	day: Int32Array;
	amount: Float64Array | null;
	/** Null when the order id is not carried; a code of -1 means no order id. */
	orderLabels: string[] | null;
	order: Int32Array | null;
}

const MAGIC = 0x314d5243; // 'CRM1'
const HEADER_BYTES = 32;
const HAS_AMOUNT = 1;
const HAS_ORDER = 2;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const pad8 = (n: number) => (n + 7) & ~7;

export function encodeBlock(b: RowBlock): Uint8Array {
	const n = b.rows;
	const cust = encoder.encode(b.customerLabels.join('\u0000'));
	const ord = b.orderLabels ? encoder.encode(b.orderLabels.join('\u0000')) : new Uint8Array(0);
	const numeric = (b.amount ? 8 * n : 0) + 8 * n + (b.order ? 4 * n : 0);
	const total = pad8(HEADER_BYTES + numeric + cust.length + ord.length);
	const out = new Uint8Array(total);
	const head = new Int32Array(out.buffer, 0, HEADER_BYTES / 4);
	head[0] = MAGIC;
	head[1] = total;
	head[2] = n;
	head[3] = (b.amount ? HAS_AMOUNT : 0) | (b.order ? HAS_ORDER : 0);
	head[4] = cust.length;
	head[5] = ord.length;
	head[6] = b.customerLabels.length;
	head[7] = b.orderLabels ? b.orderLabels.length : 0;
	let at = HEADER_BYTES;
	// Widest first, so every column starts aligned to its element size.
	if (b.amount) {
		new Float64Array(out.buffer, at, n).set(b.amount.subarray(0, n));
		at += 8 * n;
	}
	new Int32Array(out.buffer, at, n).set(b.customer.subarray(0, n));
	at += 4 * n;
	new Int32Array(out.buffer, at, n).set(b.day.subarray(0, n));
	at += 4 * n;
	if (b.order) {
		new Int32Array(out.buffer, at, n).set(b.order.subarray(0, n));
		at += 4 * n;
	}
	out.set(cust, at);
	out.set(ord, at + cust.length);
	return out;
}

/** A column copied out of the bytes (a file buffer need not be aligned for a typed view). */
function copy<T extends Int32Array | Float64Array>(
	make: (n: number) => T,
	bytes: Uint8Array,
	at: number,
	n: number
): T {
	const out = make(n);
	new Uint8Array(out.buffer).set(bytes.subarray(at, at + out.byteLength));
	return out;
}

function labels(bytes: Uint8Array, at: number, length: number, count: number): string[] {
	if (count === 0) return [];
	return decoder.decode(bytes.subarray(at, at + length)).split('\u0000');
}

/** Rows and carried columns of a partition file, from the block headers alone. */
export function scanBlocks(bytes: Uint8Array): {
	rows: number;
	hasAmount: boolean;
	hasOrder: boolean;
} {
	let rows = 0;
	let flags = 0;
	const head = new Int32Array(HEADER_BYTES / 4);
	const headBytes = new Uint8Array(head.buffer);
	for (let at = 0; at < bytes.length; at += head[1]) {
		headBytes.set(bytes.subarray(at, at + HEADER_BYTES));
		if (head[0] !== MAGIC || head[1] < HEADER_BYTES) throw new Error('partition file is damaged');
		rows += head[2];
		flags |= head[3];
	}
	return { rows, hasAmount: (flags & HAS_AMOUNT) !== 0, hasOrder: (flags & HAS_ORDER) !== 0 };
}

/** Calls `onBlock` for every block of a partition file's bytes, in the order written. */
export function readBlocks(bytes: Uint8Array, onBlock: (b: RowBlock) => void): void {
	let at = 0;
	while (at < bytes.length) {
		const head = copy((n) => new Int32Array(n), bytes, at, HEADER_BYTES / 4);
		if (head[0] !== MAGIC || head[1] < HEADER_BYTES || at + head[1] > bytes.length)
			throw new Error('partition file is damaged');
		const n = head[2];
		const flags = head[3];
		let p = at + HEADER_BYTES;
		let amount: Float64Array | null = null;
		if (flags & HAS_AMOUNT) {
			amount = copy((k) => new Float64Array(k), bytes, p, n);
			p += 8 * n;
		}
		const customer = copy((k) => new Int32Array(k), bytes, p, n);
		p += 4 * n;
		const day = copy((k) => new Int32Array(k), bytes, p, n);
		p += 4 * n;
		let order: Int32Array | null = null;
		if (flags & HAS_ORDER) {
			order = copy((k) => new Int32Array(k), bytes, p, n);
			p += 4 * n;
		}
		const customerLabels = labels(bytes, p, head[4], head[6]);
		const orderLabels = flags & HAS_ORDER ? labels(bytes, p + head[4], head[5], head[7]) : null;
		onBlock({ rows: n, customerLabels, customer, day, amount, orderLabels, order });
		at += head[1];
	}
}
