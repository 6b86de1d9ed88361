// Times a new workspace filter on 1M transactions in Node, the work the engine worker does
// when the filter bar changes on the Segments page: narrow the rows (date window + a category
// + a region joined from 100k customers) and run the page's RFM analysis (segmentsRfm) on them.
// Every run uses a filter not seen before, so nothing comes from the filtered-table cache.
//   npx tsx scripts/bench/filterNode.ts [runs]
import { dayFromISO, isoFromDay } from '../../src/lib/analytics/dates';
import type { ColumnarDataset } from '../../src/lib/data/tables/toTables';
import type { AnalysisContext } from '../../src/lib/engine/context';
import { filteredContext } from '../../src/lib/engine/filter/filteredContext';
import { segmentsRfm } from '../../src/lib/engine/segments/segmentsRfm';
import { presetRules } from '../../src/lib/engine/segments/segmentsRules';

const runs = Number(process.argv[2] ?? 5);
const ROWS = 1_000_000;
const CUSTOMERS = 100_000;
const FIRST = dayFromISO('2021-01-01');
const REGIONS = ['North', 'South', 'East', 'West', 'Central'];
const CATS = ['books', 'music', 'toys', 'garden', 'kitchen', 'sports', 'beauty', 'tools'];

let seed = 20240601;
const rand = () => {
	seed = (seed + 0x6d2b79f5) >>> 0;
	let t = seed;
	t = Math.imul(t ^ (t >>> 15), t | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const ids = Array.from({ length: CUSTOMERS }, (_, i) => `C${String(i).padStart(6, '0')}`);
const day = new Int32Array(ROWS);
for (let i = 0; i < ROWS; i++) day[i] = FIRST + Math.floor(rand() * 3 * 365);
day.sort();
const customer = Int32Array.from({ length: ROWS }, () => Math.floor(rand() ** 2 * CUSTOMERS));
const tx: ColumnarDataset = {
	rows: ROWS,
	fields: [],
	columns: {
		customerId: { type: 'dict', labels: ids, codes: customer },
		date: { type: 'day', values: day },
		amount: { type: 'number', values: Float64Array.from({ length: ROWS }, () => 5 + rand() * 200) },
		category: {
			type: 'dict',
			labels: CATS,
			codes: Int32Array.from({ length: ROWS }, () => Math.floor(rand() * CATS.length))
		}
	}
};
const cu: ColumnarDataset = {
	rows: CUSTOMERS,
	fields: [],
	columns: {
		customerId: { type: 'dict', labels: ids, codes: Int32Array.from(ids.keys()) },
		region: {
			type: 'dict',
			labels: REGIONS,
			codes: Int32Array.from(ids, () => Math.floor(rand() * REGIONS.length))
		}
	}
};
const store = new Map([
	['tx', tx],
	['cu', cu]
]);
const none = async (): Promise<never> => {
	throw new Error('unused');
};
const base: AnalysisContext = {
	dataset: async (id) => store.get(id)!,
	transactions: none,
	customers: none,
	survey: none,
	summary: none,
	progress: () => {}
};
const { rules } = presetRules('rfmVignette', 5);
const times: number[] = [];
const filterTimes: number[] = [];
for (let r = 0; r <= runs; r++) {
	const filters = {
		from: isoFromDay(FIRST + 30 * r),
		to: '2023-06-30',
		where: [
			{ on: 'transactions' as const, column: 'category', values: ['books', 'toys', 'tools'] },
			{ on: 'customers' as const, column: 'region', values: ['North', 'East'] }
		],
		customersId: 'cu'
	};
	const t0 = performance.now();
	const ctx = filteredContext(base, filters);
	await ctx.transactions('tx');
	const tFilter = performance.now() - t0;
	const res = await segmentsRfm(ctx, {
		s: {
			id: 'tx',
			source: 'transactions',
			unit: 'week',
			customersId: null,
			asOf: null,
			bins: 5,
			monetary: 'total',
			rules,
			thresholds: null
		}
	});
	const ms = performance.now() - t0;
	times.push(ms);
	filterTimes.push(tFilter);
	const n = (await ctx.transactions('tx')).length;
	console.log(
		`${r === 0 ? 'cold ' : 'run  '} ${ms.toFixed(0)} ms, filter ${tFilter.toFixed(0)} ms (${n} rows kept, ${res.segments.reduce((s, x) => s + x.customers, 0)} customers)`
	);
}
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
console.log(
	`new filter + segmentsRfm on 1M rows: cold ${times[0].toFixed(0)} ms, median of ${runs} ` +
		`${median(times.slice(1)).toFixed(0)} ms (the filter alone ${median(filterTimes.slice(1)).toFixed(0)} ms)`
);
