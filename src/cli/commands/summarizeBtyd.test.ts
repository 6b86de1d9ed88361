// The notes `summarize --what btyd` prints are clvSummary's: returns left out, and repeat days
// whose total is not positive. The second is computed in DuckDB only over customers with a zero
// amount (such a day's amounts are all 0); the cases below put zeros on first days, repeat
// days, after the calibration end and next to positive amounts on the same day, and compare the
// notes with the engine's issues on the same file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clvSummary } from '../../lib/analytics/clv/clvSummary';
import { dayFromISO } from '../../lib/analytics/dates';
// mulberry32: a seeded generator, so the file is the same on every run.
import { mulberry32 as rng } from '../../lib/analytics/mulberry32';
import { importBytes } from '../../lib/data/pipeline/importBytes';
import { toTransactionTable } from '../../lib/data/tables/toTables';
import { mapBytes } from '../loadFile';
import { clvIssueText } from './fit';
import { summarizeCommand } from './summarize';

const dir = mkdtempSync(join(tmpdir(), 'summarize-btyd-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'customer_id,date,amount';
const cases = [
	{
		name: 'zero repeat days, one of two rows',
		rows: [
			'Z,2024-01-01,5',
			'Z,2024-02-01,0',
			'Z,2024-03-01,0',
			'Z,2024-03-01,0',
			'Z,2024-04-01,0',
			'Z,2024-04-01,2',
			'Y,2024-01-02,3',
			'Y,2024-02-02,4'
		],
		nonpositive: 2
	},
	{
		name: 'a zero first day is not a repeat; a zero after the calibration end is not counted',
		rows: [
			'W,2024-01-01,0',
			'W,2024-02-01,7',
			'W,2024-07-01,0',
			'V,2024-01-05,1',
			'V,2024-06-30,1'
		],
		nonpositive: 0
	},
	{
		name: 'returns beside zeros',
		rows: ['R,2024-01-01,5', 'R,2024-02-01,-5', 'R,2024-03-01,0', 'R,2024-03-01,-2'],
		nonpositive: 1
	}
];

describe('summarize --what btyd: the notes equal clvSummary’s issues', () => {
	it.each(cases)('$name', async ({ rows, nonpositive }) => {
		const file = join(dir, 'notes.csv');
		writeFileSync(file, [HEADER, ...rows].join('\n') + '\n');
		const bytes = new Uint8Array(readFileSync(file));
		const { mapping } = mapBytes(bytes, file, {}, 'transactions');
		const tx = toTransactionTable(importBytes(bytes, mapping, dayFromISO('2030-01-01')));
		const s = clvSummary(tx, { calibrationEnd: dayFromISO('2024-06-30'), unit: 'week' });
		const expected = s.issues.filter((i) => i.severity === 'warning').map(clvIssueText);
		const r = await summarizeCommand(file, {
			what: 'btyd',
			'calibration-end': '2024-06-30',
			out: join(dir, 'out.csv')
		});
		expect(r.reader).toBe('duckdb');
		expect([...r.warnings].sort()).toEqual([...expected].sort());
		const count = s.issues.find((i) => i.code === 'nonpositive_spends_excluded')?.values?.count;
		expect(count ?? 0).toBe(nonpositive);
	});
});

// The mean repeat spend is exact money: day totals in integer cents, repeat spend as the total
// minus the first day's, then / 100 / the positive repeat days. The reference here is computed
// independently from the decimal text (BigInt ten-thousandths, no floating sums); a floating
// difference of sums, and even the engine's floating sum of day totals, miss it on these rows.
const EXACT_CAL = '2024-06-30';

/** Exact amount in ten-thousandths of a unit from its decimal text ("12.3", "0.125"). */
function tenThousandths(text: string): bigint {
	const [whole, frac = ''] = text.split('.');
	return BigInt(whole) * 10000n + BigInt(frac.padEnd(4, '0'));
}

const EXACT_ROWS = [
	// A large first day: (first + 0.01 + 0.02) − first in floating point is not 0.03.
	'big,2024-01-01,10000000.01',
	'big,2024-02-01,0.01',
	'big,2024-03-01,0.02',
	// 0.1 + 0.2 is 0.30000000000000004 in floating point: the mean is 0.15, not …02.
	'tenths,2024-01-01,5',
	'tenths,2024-02-01,0.1',
	'tenths,2024-03-01,0.2',
	// Same-day rows merged before the mean: days of 0.1 + 0.2 and 0.3.
	'sameday,2024-01-01,1',
	'sameday,2024-02-01,0.1',
	'sameday,2024-02-01,0.2',
	'sameday,2024-03-01,0.3',
	// Half cents are kept (0.125 + 0.375 = 0.5 over two days).
	'half,2024-01-01,1',
	'half,2024-02-01,0.125',
	'half,2024-03-01,0.375',
	// A zero repeat day is a transaction but not in the spend mean; a zero first day is no spend.
	'zero,2024-01-01,0',
	'zero,2024-02-01,0',
	'zero,2024-03-01,7.77',
	// Only the first day (no repeat spend: blank), and a purchase after the calibration end.
	'once,2024-01-01,3.33',
	'once,2024-08-01,4.44',
	// A return is not a transaction.
	'ret,2024-01-01,9.99',
	'ret,2024-02-01,-9.99',
	'ret,2024-03-01,0.7',
	'ret,2024-03-01,0.1'
];

function generatedRows(): string[] {
	const rand = rng(20261206);
	const rows: string[] = [];
	for (let c = 0; c < 1500; c++) {
		const days = 1 + Math.floor(rand() * 8);
		for (let d = 0; d < days; d++) {
			const day = `2024-0${1 + Math.floor(rand() * 8)}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
			// Mostly cents, some large first-day-sized amounts, a few zeros.
			const r = rand();
			const cents = r < 0.05 ? 0 : r < 0.2 ? Math.floor(rand() * 1e11) : Math.floor(rand() * 10000);
			rows.push(`g${c},${day},${(cents / 100).toFixed(2)}`);
		}
	}
	return rows;
}

/** The BTYD summary from the text: x and the exact mean repeat spend, per customer. */
function exactReference(rows: string[], cal: string): Map<string, { x: number; mean: string }> {
	const byCustomer = new Map<string, Map<string, bigint>>();
	for (const line of rows) {
		const [id, day, amount] = line.split(',');
		if (amount.startsWith('-')) continue;
		let days = byCustomer.get(id);
		if (!days) byCustomer.set(id, (days = new Map()));
		days.set(day, (days.get(day) ?? 0n) + tenThousandths(amount));
	}
	const out = new Map<string, { x: number; mean: string }>();
	for (const [id, days] of byCustomer) {
		const order = [...days.keys()].sort();
		if (order[0] > cal) continue;
		const repeats = order.slice(1).filter((d) => d <= cal);
		const positive = repeats.filter((d) => days.get(d)! > 0n);
		const sum = positive.reduce((s, d) => s + days.get(d)!, 0n);
		const mean = positive.length > 0 ? String(Number(sum) / 10000 / positive.length) : '';
		out.set(id, { x: repeats.length, mean });
	}
	return out;
}

describe('summarize --what btyd: the mean repeat spend is exact money', () => {
	it('equals the exact reference; floating sums do not', async () => {
		const rows = [...EXACT_ROWS, ...generatedRows()];
		const file = join(dir, 'exact.csv');
		writeFileSync(file, [HEADER, ...rows].join('\n') + '\n');
		const out = join(dir, 'exact-out.csv');
		const r = await summarizeCommand(file, { what: 'btyd', 'calibration-end': EXACT_CAL, out });
		expect(r.reader).toBe('duckdb');
		const got = new Map(
			readFileSync(out, 'utf8')
				.trim()
				.split('\n')
				.slice(1)
				.map((l) => l.split(','))
				.map((c) => [c[0], { x: Number(c[1]), mean: c[4] }])
		);
		const want = exactReference(rows, EXACT_CAL);
		expect(want.size).toBeGreaterThan(1400);
		expect(got).toEqual(want);
		expect(want.get('big')!.mean).toBe('0.015');
		expect(want.get('tenths')!.mean).toBe('0.15');
		expect(want.get('sameday')!.mean).toBe('0.3');
		expect(want.get('half')!.mean).toBe('0.25');
		expect(want.get('zero')).toEqual({ x: 2, mean: '7.77' });
		expect(want.get('once')).toEqual({ x: 0, mean: '' });
		expect(want.get('ret')).toEqual({ x: 1, mean: '0.8' });

		// The file tells exact from floating: a floating difference of sums misses customers.
		// The engine's clvSummary sums day totals in cents too, so it gives every mean exactly.
		const bytes = new Uint8Array(readFileSync(file));
		const { mapping } = mapBytes(bytes, file, {}, 'transactions');
		const tx = toTransactionTable(importBytes(bytes, mapping, dayFromISO('2030-01-01')));
		const s = clvSummary(tx, { calibrationEnd: dayFromISO(EXACT_CAL), unit: 'week' });
		let engineOff = 0;
		for (let i = 0; i < s.length; i++) {
			const w = want.get(s.ids[i])!;
			if (s.spendCount[i] === 0) continue;
			if (String(s.meanSpend[i]) !== w.mean) engineOff++;
		}
		expect(engineOff).toBe(0);
		const floatDays = new Map<string, Map<string, number>>();
		for (const line of rows) {
			const [id, day, a] = line.split(',');
			if (Number(a) < 0 || day > EXACT_CAL) continue;
			let days = floatDays.get(id);
			if (!days) floatDays.set(id, (days = new Map()));
			days.set(day, (days.get(day) ?? 0) + Number(a));
		}
		let floatOff = 0;
		for (const [id, days] of floatDays) {
			const order = [...days.keys()].sort();
			const total = order.reduce((t, d) => t + days.get(d)!, 0);
			const n = order.slice(1).filter((d) => days.get(d)! > 0).length;
			if (n > 0 && String((total - days.get(order[0])!) / n) !== want.get(id)!.mean) floatOff++;
		}
		expect(floatOff).toBeGreaterThan(100);
	});
});

// btydSql writes another unit by replacing the statement's "/ 7.0" (t_x and T): every unit's
// x, t_x, T and the mean spend equal clvSummary's exactly on the teaching sample (both sum
// money in cents).
describe('summarize --what btyd in every unit equals clvSummary', () => {
	const SAMPLE = 'static/samples/retail/transactions.csv';
	it.each(['day', 'week', 'month'] as const)('%s', async (unit) => {
		const out = join(dir, `unit-${unit}.csv`);
		await summarizeCommand(SAMPLE, { what: 'btyd', 'calibration-end': '2024-03-31', unit, out });
		const bytes = new Uint8Array(readFileSync(SAMPLE));
		const { mapping } = mapBytes(bytes, SAMPLE, {}, 'transactions');
		const tx = toTransactionTable(importBytes(bytes, mapping, dayFromISO('2030-01-01')));
		const s = clvSummary(tx, { calibrationEnd: dayFromISO('2024-03-31'), unit });
		const rows = readFileSync(out, 'utf8').trim().split('\n').slice(1);
		expect(rows.length).toBe(s.length);
		const byId = new Map(rows.map((l) => [l.split(',')[0], l.split(',')]));
		for (let i = 0; i < s.length; i++) {
			const got = byId.get(s.ids[i])!;
			expect(got.slice(1, 4)).toEqual([String(s.x[i]), String(s.tx[i]), String(s.T[i])]);
			if (s.spendCount[i] > 0) expect(got[4]).toBe(String(s.meanSpend[i]));
			else expect(got[4]).toBe('');
		}
	});
});
