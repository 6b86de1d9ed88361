import { describe, expect, it } from 'vitest';
import { kaplanMeier } from '$lib/analytics/lifecycle';
import { atRiskAt, atRiskTable, censorMarks } from './atRiskTable';

// Times 0e, 10e, 50e, 50c, 100e, 180c: at risk 6 from 0, 5 after 0, 4 from 50 (up to and at 50),
// 2 from 100, 1 at 180, 0 after.
const curve = kaplanMeier(
	Float64Array.of(50, 0, 100, 10, 180, 50),
	Uint8Array.of(1, 1, 1, 1, 0, 0)
);

describe('atRiskAt', () => {
	it.each([
		{ t: 0, n: 6 },
		{ t: 5, n: 5 },
		{ t: 10, n: 5 },
		{ t: 11, n: 4 },
		{ t: 50, n: 4 },
		{ t: 60, n: 2 },
		{ t: 180, n: 1 },
		{ t: 181, n: 0 }
	])('at $t: $n', ({ t, n }) => expect(atRiskAt(curve, t)).toBe(n));
});

describe('atRiskTable', () => {
	it('ticks every 20 days up to 180 and counts each curve', () => {
		const r = atRiskTable([{ name: 'all', curve }], 6);
		expect(r.times).toEqual([0, 20, 40, 60, 80, 100, 120, 140, 160, 180]);
		expect(r.rows[0].counts).toEqual([6, 4, 4, 2, 2, 2, 1, 1, 1, 1]);
	});
	it('an empty curve has one tick at 0', () => {
		const empty = kaplanMeier(new Float64Array(0), new Uint8Array(0));
		expect(atRiskTable([{ name: 'none', curve: empty }])).toEqual({
			times: [0],
			rows: [{ name: 'none', counts: [0] }]
		});
	});
});

describe('censorMarks', () => {
	it('marks the censored at 50 (S 0.5) and 180 (S 0.25)', () => {
		expect(censorMarks(curve)).toEqual([
			{ x: 50, y: 0.5 },
			{ x: 180, y: 0.25 }
		]);
	});
});
