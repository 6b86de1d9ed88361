// Deterministic transaction files for `npm run bench`: the same seed always gives the same
// bytes, so runs on different days (and machines) time the same work.
import {
	closeSync,
	existsSync,
	mkdirSync,
	openSync,
	renameSync,
	statSync,
	writeSync
} from 'node:fs';
import { join } from 'node:path';

const CATEGORIES = ['books', 'music', 'toys', 'garden', 'kitchen', 'sports', 'beauty', 'tools'];
const FIRST_DAY = Date.UTC(2021, 0, 1) / 86_400_000;
const SPAN_DAYS = 3 * 365;

/**
 * mulberry32: a tiny seeded generator, plenty for test data. The one copy in plain JS (bench
 * scripts run under node, which cannot import src/lib/analytics/mulberry32.ts); the tests of
 * both (makeTransactions.test.ts here) pin them to the same C reference outputs.
 */
export function rng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function iso(day) {
	return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * `rows` transactions of about rows / 10 customers (a skewed few buy often), sorted by date,
 * each row its own order, amounts with cents, about 2 % returns (negative amounts), as chunks of
 * text (a 20-million-row file is longer than a JavaScript string may be).
 */
export function* transactionChunks(rows, seed = 20240601) {
	const rand = rng(seed);
	const customers = Math.max(10, Math.round(rows / 10));
	const days = new Int32Array(rows);
	for (let i = 0; i < rows; i++) days[i] = FIRST_DAY + Math.floor(rand() * SPAN_DAYS);
	days.sort();
	const width = String(customers).length + 1;
	yield 'customer_id,order_id,date,amount,category\n';
	let chunk = '';
	for (let i = 0; i < rows; i++) {
		// u² skews towards low ids: a minority of customers makes most purchases.
		const u = rand();
		const c = Math.floor(u * u * customers);
		const amount = Math.round(Math.exp(3 + rand() * 1.6) * 100) / 100;
		const signed = rand() < 0.02 ? -amount : amount;
		const cat = CATEGORIES[Math.floor(rand() * CATEGORIES.length)];
		chunk += `C${String(c).padStart(width, '0')},${100000 + i},${iso(days[i])},${signed.toFixed(2)},${cat}\n`;
		if (chunk.length > 1 << 16) {
			yield chunk;
			chunk = '';
		}
	}
	yield chunk;
}

/** The whole file as one string (sizes up to a few million rows). */
export function transactionsCsv(rows, seed = 20240601) {
	return [...transactionChunks(rows, seed)].join('');
}

export const SIZES = [
	{ label: '10k', rows: 10_000 },
	{ label: '100k', rows: 100_000 },
	{ label: '1M', rows: 1_000_000 },
	// `npm run bench -- --large` (issue 22): files read in slices; generated on first use (~0.4 and
	// ~0.8 GB in bench-data/, which git ignores).
	{ label: '10M', rows: 10_000_000, large: true },
	{ label: '20M', rows: 20_000_000, large: true }
];

/** Writes bench-data/transactions-<label>.csv unless it exists; returns path and size. */
export function ensureTransactions(dir, size) {
	mkdirSync(dir, { recursive: true });
	const path = join(dir, `transactions-${size.label.toLowerCase()}.csv`);
	if (!existsSync(path)) {
		// Written a chunk at a time, under another name until complete (an interrupted run leaves
		// no short file behind that a later run would time).
		const fd = openSync(`${path}.part`, 'w');
		for (const chunk of transactionChunks(size.rows)) writeSync(fd, chunk);
		closeSync(fd);
		renameSync(`${path}.part`, path);
	}
	return { ...size, path, bytes: statSync(path).size };
}
