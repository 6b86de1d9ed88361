import { describe, expect, it } from 'vitest';
import { SegmentsError } from '../customers/segmentsIssue';
import { dayFromISO, isoFromDay } from '../dates';
import { transactionsFromRows } from '../tableFromRows';
import { segmentMigration } from './segmentMigration';
import { segmentPresets } from './segmentPresets';

// B = 2024-12-31, A = 90 days earlier = 2024-10-02. Custom thresholds make scores fixed:
// R: ≤10 days → 5, ≤30 → 4, ≤60 → 3, ≤90 → 2, else 1.  F: 1 → 1, 2 → 2, 3 → 3, 4–5 → 4, >5 → 5.
const B = dayFromISO('2024-12-31');
const A = B - 90;
const at = (d: number) => isoFromDay(d);
const tx = transactionsFromRows([
	// X: four purchases before A. At A: R5 F4 champions; at B: recency 95 → R1 F4 at risk.
	...[5, 10, 15, 20].map((k) => ({ customerId: 'X', date: at(A - k), amount: 10 })),
	// Y: one purchase 40 days before A. At A: R3 F1 need attention; at B: R1 F1 hibernating.
	{ customerId: 'Y', date: at(A - 40), amount: 10 },
	// Z: first buys after A → new; at B: R5 F1 promising.
	{ customerId: 'Z', date: at(B - 3), amount: 10 },
	// W: A-2 then B-1, B-2. At A: R5 F1 promising; at B: R5 F3 loyal.
	{ customerId: 'W', date: at(A - 2), amount: 10 },
	{ customerId: 'W', date: at(B - 2), amount: 10 },
	{ customerId: 'W', date: at(B - 1), amount: 10 }
]);
const thresholds = { recency: [10, 30, 60, 90], frequency: [1, 2, 3, 5] };

describe('segmentMigration', () => {
	const mig = segmentMigration(tx, { asOf: B, rules: segmentPresets.short, thresholds });
	const keys = [
		'champions',
		'loyal',
		'promising',
		'needAttention',
		'atRisk',
		'hibernating',
		'others'
	];
	const cases = [
		{ from: 'new', to: 'promising' },
		{ from: 'champions', to: 'atRisk' },
		{ from: 'needAttention', to: 'hibernating' },
		{ from: 'promising', to: 'loyal' }
	];
	it.each(cases)('one customer moves $from → $to', ({ from, to }) => {
		expect(mig.counts[mig.from.indexOf(from)][mig.to.indexOf(to)]).toBe(1);
	});
	it('has no other moves and defaults to 90 days apart', () => {
		expect(mig.asOfA).toBe(A);
		expect(mig.from).toEqual(['new', ...keys]);
		expect(mig.to).toEqual(keys);
		expect(mig.counts.flat().reduce((s, v) => s + v, 0)).toBe(4);
	});
	it('gives flow links in row order', () => {
		expect(mig.links).toEqual([
			{ source: 'a:new', target: 'b:promising', value: 1 },
			{ source: 'a:champions', target: 'b:atRisk', value: 1 },
			{ source: 'a:promising', target: 'b:loyal', value: 1 },
			{ source: 'a:needAttention', target: 'b:hibernating', value: 1 }
		]);
		expect(mig.nodes.map((n) => n.id)).toEqual([
			'a:new',
			'a:champions',
			'a:promising',
			'a:needAttention',
			'b:loyal',
			'b:promising',
			'b:atRisk',
			'b:hibernating'
		]);
	});
	it('counts everybody as new when nobody had bought by date A', () => {
		const m = segmentMigration(tx, {
			asOf: B,
			asOfA: A - 100,
			rules: segmentPresets.short,
			thresholds
		});
		expect(m.counts[0].reduce((s, v) => s + v, 0)).toBe(4);
		expect(m.issues.map((i) => i.code)).toEqual(['no_customers']);
	});
	it('refuses date A on or after date B', () => {
		expect(() => segmentMigration(tx, { asOf: B, asOfA: B, rules: segmentPresets.short })).toThrow(
			SegmentsError
		);
	});
});
