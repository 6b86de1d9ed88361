import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectScales } from './detectScales';
import { surveyFromCsvText as readSurveyCsv } from './surveyFromCsvText';

const f = (xs: number[]) => Float64Array.from(xs);

describe('detectScales', () => {
	it('an open item borrows the scale most pinned items share', () => {
		const table = {
			length: 4,
			customerId: null,
			items: {
				a: f([1, 2, 5, 3]), // pinned 1–5
				b: f([1, 5, 5, 4]), // pinned 1–5
				nps: f([0, 10, 9, 7]), // pinned 0–10
				c: f([2, 4, 4, 3]), // open: 1–5 (2 votes) beats 0–10 (1 vote)
				d: f([3, 9, 9, 8]) // open: only 1–10, 0–10, 0–100 hold it → 0–10
			}
		};
		const s = detectScales(table);
		expect(s.c.scale).toEqual([1, 5]);
		expect(s.c.source).toBe('survey');
		expect(s.d.scale).toEqual([0, 10]);
		expect(s.d.source).toBe('survey');
		expect(s.a.source).toBe('item');
	});

	it('a 0–100 percentage or a count does not vote for the rating items', () => {
		const table = {
			length: 4,
			customerId: null,
			items: {
				nps: f([0, 10, 9, 7]), // pinned 0–10
				share: f([0, 100, 35, 60]), // pinned 0–100 (wallet share)
				referrals: f([0, 30, 2, 1]), // only 0–100 holds it (a count)
				sat: f([3, 9, 9, 8]) // open: 0–10 (1 rating vote); the two 0–100 items do not count
			}
		};
		const s = detectScales(table);
		expect(s.sat.scale).toEqual([0, 10]);
		expect(s.sat.source).toBe('survey');
		expect(s.share.scale).toEqual([0, 100]);
	});

	it('bank file: every item is 0–10 (imag4 3..10 and loy2 1..10 borrow it)', () => {
		const t = readSurveyCsv(
			readFileSync('tests/fixtures/bank-satisfaction/satisfaction.csv', 'utf8')
		);
		const s = detectScales(t);
		expect(Object.keys(s)).toHaveLength(27);
		for (const d of Object.values(s)) expect(d.scale).toEqual([0, 10]);
		expect(s.imag4.source).toBe('survey');
		expect([s.imag4.min, s.imag4.max]).toEqual([3, 10]);
	});

	it('mobi: 1..10 everywhere, honestly ambiguous with 0–10 (no item reaches 0)', () => {
		const t = readSurveyCsv(readFileSync('tests/fixtures/ecsi-mobi/mobi.csv', 'utf8'));
		const s = detectScales(t);
		for (const d of Object.values(s)) {
			expect(d.scale).toEqual([1, 10]);
			expect(d.ambiguous).toBe(true);
		}
	});
});
