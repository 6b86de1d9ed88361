// Times RFM alone (issue 3) in Node, step by step: customerTable + rfmScores(bins 5) +
// assignSegments(rfmVignette), the work rfmCore does in the worker. The first call is "cold"
// (V8 has not optimised the code yet, as in a fresh worker), then the median of `runs` more:
//   npx tsx scripts/bench/rfmNode.ts [runs] [srcRoot] [--csv] [--packed-ids]
// Run it as a fresh process for every cold figure. srcRoot (default: this checkout's src) lets
// two versions be compared minutes apart on the same machine; --csv parses
// bench-data/transactions-1m.csv through the import pipeline instead of building the same rows
// in memory (slower to start, same data). A checksum of the outputs tells whether two versions
// computed the same thing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mulberry32 } from '../../src/lib/analytics/mulberry32';
import type { TransactionTable } from '../../src/lib/analytics/types';

const args = process.argv.slice(2);
const useCsv = args.includes('--csv');
const packedIds = args.includes('--packed-ids');
const positional = args.filter((a) => !a.startsWith('--'));
const runs = Number(positional[0] ?? 10);
const root = resolve(positional[1] ?? 'src');
const mod = (p: string) => import(pathToFileURL(`${root}/lib/${p}.ts`).href);

const CATEGORIES = 8;
const FIRST_DAY = Date.UTC(2021, 0, 1) / 86_400_000;
const SPAN_DAYS = 3 * 365;

/**
 * The rows of makeTransactions.js's transactions-1m.csv as the import stores them: customer
 * and order ids dictionary-coded in order of first appearance, order labels never read.
 */
function buildTable(rows: number, seed = 20240601): TransactionTable {
	// mulberry32 is the generator of makeTransactions.js: same seed, same rows as its CSV.
	const rand = mulberry32(seed);
	const customers = Math.max(10, Math.round(rows / 10));
	const width = String(customers).length + 1;
	const day = new Int32Array(rows);
	for (let i = 0; i < rows; i++) day[i] = FIRST_DAY + Math.floor(rand() * SPAN_DAYS);
	day.sort();
	const codeOf = new Int32Array(customers).fill(-1);
	const customerIds: string[] = [];
	const customer = new Int32Array(rows);
	const amount = new Float64Array(rows);
	const orderCodes = new Int32Array(rows);
	const category = new Int32Array(rows);
	for (let i = 0; i < rows; i++) {
		const u = rand();
		const c = Math.floor(u * u * customers);
		if (codeOf[c] < 0) {
			codeOf[c] = customerIds.length;
			customerIds.push(`C${String(c).padStart(width, '0')}`);
		}
		customer[i] = codeOf[c];
		const a = Math.round(Math.exp(3 + rand() * 1.6) * 100) / 100;
		// Through toFixed as the CSV does, so the amounts are the numbers the import would parse.
		amount[i] = Number((rand() < 0.02 ? -a : a).toFixed(2));
		category[i] = Math.floor(rand() * CATEGORIES);
		orderCodes[i] = i;
	}
	// --packed-ids: ids arrive NUL-joined and split on first read, as a table read back from
	// IndexedDB holds them (src/lib/data/tables/lazyLabels.ts).
	const packed = customerIds.join('\u0000');
	let split: string[] | null = null;
	return {
		length: rows,
		customer,
		...(packedIds
			? {
					get customerIds() {
						return (split ??= packed.split('\u0000'));
					}
				}
			: { customerIds }),
		day,
		amount,
		order: {
			codes: orderCodes,
			get labels() {
				return Array.from(orderCodes, (i) => String(100000 + i));
			}
		},
		quantity: null,
		category: {
			codes: category,
			labels: ['books', 'music', 'toys', 'garden', 'kitchen', 'sports', 'beauty', 'tools']
		},
		channel: null,
		cost: null
	};
}

async function loadTable(): Promise<TransactionTable> {
	if (!useCsv) return buildTable(1_000_000);
	const { loadFile } = await import(pathToFileURL(resolve('src/cli/loadFile.ts')).href);
	const { toTransactionTable } = await import(
		pathToFileURL(resolve('src/lib/data/tables/toTables.ts')).href
	);
	return toTransactionTable(loadFile('bench-data/transactions-1m.csv', {}).dataset);
}

const t0 = performance.now();
const tx = await loadTable();
const buildMs = performance.now() - t0;
const { customerTable } = await mod('analytics/customers/customerTable');
const { defaultAsOf } = await mod('analytics/customers/defaultAsOf');
const { rfmScores } = await mod('analytics/rfm/rfmScores');
const { assignSegments } = await mod('analytics/rfm/assignSegments');
const { segmentPresets } = await mod('analytics/rfm/segmentPresets');

/**
 * On-CPU time of this (the main) thread in ms, from Linux's schedstat; NaN elsewhere. Unlike
 * wall time it leaves out waiting for a CPU on a shared machine, and unlike process.cpuUsage
 * it leaves out V8's background compiler threads. Some kernels update it only at scheduler
 * ticks (4 ms here): compare medians, not single figures.
 */
function threadMs(): number {
	try {
		return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
	} catch {
		return NaN;
	}
}

interface Timing {
	table: number;
	scores: number;
	segments: number;
	total: number;
	cpu: number;
	thread: number;
	checksum: string;
}

/** FNV-1a over the numbers, cheap and order-sensitive: equal outputs give equal strings. */
function checksum(arrays: ArrayLike<number>[]): string {
	let h = 0x811c9dc5;
	const f = new Float64Array(1);
	const b = new Uint32Array(f.buffer);
	for (const a of arrays)
		for (let i = 0; i < a.length; i++) {
			f[0] = a[i];
			h = Math.imul(h ^ b[0], 16777619);
			h = Math.imul(h ^ b[1], 16777619);
		}
	return (h >>> 0).toString(16).padStart(8, '0');
}

function once(): Timing {
	const c0 = process.cpuUsage();
	const th0 = threadMs();
	const a = performance.now();
	const table = customerTable(tx, { asOf: defaultAsOf(tx) });
	const b = performance.now();
	const scores = rfmScores(table, { bins: 5 });
	const c = performance.now();
	const assignment = assignSegments(scores, segmentPresets.rfmVignette);
	const d = performance.now();
	const cpu = process.cpuUsage(c0);
	const th = threadMs() - th0;
	// The checksum is outside the timed span: it reads every output column the callers use.
	const sum = checksum([
		table.index,
		table.recency,
		table.frequency,
		table.monetary ?? [],
		table.average ?? [],
		table.tenure,
		table.first,
		table.last,
		[table.returnsOnly, table.length],
		scores.score,
		scores.recency.edges,
		scores.frequency.edges,
		scores.monetary?.edges ?? [],
		[scores.recency, scores.frequency, scores.monetary].flatMap((s) =>
			s
				? s.ranges.flatMap((r: { count: number; min: number | null; max: number | null }) => [
						r.count,
						r.min ?? -1,
						r.max ?? -1
					])
				: []
		),
		assignment.segment,
		assignment.rule
	]);
	return {
		table: b - a,
		scores: c - b,
		segments: d - c,
		total: d - a,
		cpu: (cpu.user + cpu.system) / 1000,
		thread: th,
		checksum: sum
	};
}

const median = (v: number[]) => {
	const s = v.slice().sort((x, y) => x - y);
	return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (t: Omit<Timing, 'checksum'>) =>
	`total ${t.total.toFixed(1)} ms (cpu ${t.cpu.toFixed(0)}, thread ${t.thread.toFixed(1)}) = ` +
	`table ${t.table.toFixed(1)} + ` +
	`scores ${t.scores.toFixed(1)} + segments ${t.segments.toFixed(1)}`;

const cold = once();
const warm: Timing[] = [];
for (let r = 0; r < runs; r++) warm.push(once());
const pick = (k: keyof Omit<Timing, 'checksum'>) => median(warm.map((w) => w[k]));
console.log(
	`${tx.length} rows, ${tx.customerIds.length} ids, built in ${buildMs.toFixed(0)} ms; src ${root}`
);
console.log(`cold  ${fmt(cold)}  checksum ${cold.checksum}`);
console.log(
	`warm  ${fmt({
		table: pick('table'),
		scores: pick('scores'),
		segments: pick('segments'),
		total: pick('total'),
		cpu: pick('cpu'),
		thread: pick('thread')
	})}` +
		`  (median of ${runs}; total range ${Math.min(...warm.map((w) => w.total)).toFixed(1)}–` +
		`${Math.max(...warm.map((w) => w.total)).toFixed(1)})`
);
if (warm.some((w) => w.checksum !== cold.checksum)) console.log('checksum differs between runs!');
