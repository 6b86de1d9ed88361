// `cli rfm --preset cn8` on the CDNOW sample against the eight classes counted straight from the
// file text: per-customer recency, purchase days and totals, their mean or median, and the
// textbook's table of high/low per class.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayFromISO } from '../../lib/analytics/dates';
import { CliError } from '../args';
import { parseCut, rfmCommand } from './rfm';

const CDNOW = 'tests/fixtures/cdnow/CDNOW_sample.txt';

const byCustomer = new Map<string, { days: Set<number>; total: number }>();
let lastDay = -Infinity;
for (const l of readFileSync(CDNOW, 'utf8').split('\n')) {
	if (l.trim() === '') continue;
	const [id, , ymd, , dollars] = l.trim().split(/\s+/);
	const day = dayFromISO(`${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`);
	const c = byCustomer.get(id) ?? { days: new Set<number>(), total: 0 };
	c.days.add(day);
	c.total += Number(dollars);
	byCustomer.set(id, c);
	lastDay = Math.max(lastDay, day);
}
const rows = [...byCustomer.values()].map((c) => ({
	recency: lastDay + 1 - Math.max(...c.days),
	frequency: c.days.size,
	monetary: c.total
}));
const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
const median = (v: number[]) => {
	const s = [...v].sort((a, b) => a - b);
	const h = s.length / 2;
	return s.length % 2 ? s[Math.floor(h)] : (s[h - 1] + s[h]) / 2;
};

// The textbook's table: M high → 重要 (important); R and F high → value, R only → develop,
// F only → keep, neither → retain.
function expectedCounts(cut: (v: number[]) => number): Record<string, number> {
	const r = cut(rows.map((x) => x.recency));
	const f = cut(rows.map((x) => x.frequency));
	const m = cut(rows.map((x) => x.monetary));
	const counts: Record<string, number> = {};
	for (const x of rows) {
		const R = x.recency <= r;
		const F = x.frequency > f;
		const kind = R && F ? 'Value' : R ? 'Develop' : F ? 'Keep' : 'Retain';
		const key = `${x.monetary > m ? 'important' : 'general'}${kind}`;
		counts[key] = (counts[key] ?? 0) + 1;
	}
	return counts;
}

describe('cli rfm --preset cn8 on the CDNOW sample', () => {
	const cases = [
		{ name: 'mean (default)', cut: undefined, oracle: mean },
		{ name: 'median', cut: 'median', oracle: median }
	];
	it.each(cases)('$name cuts give the classes counted from the file', async ({ cut, oracle }) => {
		const out = await rfmCommand(CDNOW, cut ? { preset: 'cn8', cut } : { preset: 'cn8' });
		expect(out.bins).toBe(2);
		expect(out.thresholds.monetary?.[0]).toBeCloseTo(oracle(rows.map((x) => x.monetary)), 6);
		const got = Object.fromEntries(
			out.segments.filter((s) => s.customers > 0).map((s) => [s.name, s.customers])
		);
		expect(got).toEqual(expectedCounts(oracle));
	});

	it('refuses other bins and a cut without the preset', async () => {
		await expect(rfmCommand(CDNOW, { preset: 'cn8', bins: '5' })).rejects.toThrow(CliError);
		await expect(rfmCommand(CDNOW, { cut: 'mean' })).rejects.toThrow(/cn8/);
	});
});

describe('parseCut', () => {
	const cases: [string | undefined, string[]][] = [
		[undefined, ['mean', 'mean', 'mean']],
		['median', ['median', 'median', 'median']],
		['R=median,m=median', ['median', 'mean', 'median']]
	];
	it.each(cases)('%s', (value, want) => {
		const c = parseCut(value);
		expect([c.recency, c.frequency, c.monetary]).toEqual(want);
	});
	it('names a bad cut', () => {
		expect(() => parseCut('average')).toThrow(/mean or median/);
		expect(() => parseCut('X=mean')).toThrow(/R, F and M/);
	});
});
