import { describe, expect, it } from 'vitest';
import { jonesSasser, ZONES, type QuadrantResult, type Zone } from './jonesSasser';
import { isSatisfactionIssue } from './satisfactionIssue';

function ok(r: ReturnType<typeof jonesSasser>): QuadrantResult {
	if (isSatisfactionIssue(r)) throw new Error(`unexpected issue ${r.code}`);
	return r;
}

describe('jonesSasser with the default thresholds (high ≥ 7, apostle ≥ 9 both, terrorist ≤ 2 both)', () => {
	// Each zone read off the rule by hand; exact threshold values sit on the high side.
	const cases: [number, number, Zone | null][] = [
		[10, 10, 'apostle'],
		[9, 9, 'apostle'], // on the apostle line
		[9, 8.99, 'loyalist'], // loyalty just under the apostle line
		[8.5, 9.5, 'loyalist'], // satisfaction below 9 → not apostle
		[7, 7, 'loyalist'], // exactly on both high lines
		[10, 6.99, 'mercenary'],
		[7, 0, 'mercenary'],
		[6.99, 7, 'hostage'],
		[0, 10, 'hostage'],
		[5, 5, 'defector'],
		[2, 3, 'defector'], // loyalty above 2 → not terrorist
		[2, 2, 'terrorist'], // on the terrorist line
		[0, 0, 'terrorist'],
		[NaN, 5, null],
		[5, NaN, null]
	];
	it.each(cases)('satisfaction %d, loyalty %d → %s', (s, l, zone) => {
		const r = ok(jonesSasser(Float64Array.of(s), Float64Array.of(l)));
		expect(r.zone[0]).toBe(zone === null ? -1 : ZONES.indexOf(zone));
	});

	it('counts every zone and the missing', () => {
		const s = Float64Array.from(cases.map((c) => c[0]));
		const l = Float64Array.from(cases.map((c) => c[1]));
		const r = ok(jonesSasser(s, l));
		expect(r.counts).toEqual({
			apostle: 2,
			loyalist: 3,
			mercenary: 2,
			hostage: 2,
			defector: 2,
			terrorist: 2
		});
		expect([r.n, r.missing]).toEqual([13, 2]);
	});
});

describe('jonesSasser with edited thresholds', () => {
	it('moves respondents when the lines move', () => {
		// High from 6: (7, 6) is loyalist; without extreme zones (9.5, 9.5) stays loyalist, (1, 1) defector.
		const r = ok(
			jonesSasser(Float64Array.of(7, 9.5, 1, 5.9), Float64Array.of(6, 9.5, 1, 6), {
				satisfactionHigh: 6,
				loyaltyHigh: 6,
				apostleMin: Infinity,
				terroristMax: -Infinity
			})
		);
		expect(Array.from(r.zone, (z) => ZONES[z])).toEqual([
			'loyalist',
			'loyalist',
			'defector',
			'hostage'
		]);
	});
	const bad = [
		{ name: 'apostle line below high', t: { apostleMin: 6 } },
		{ name: 'terrorist line at high', t: { terroristMax: 7 } },
		{ name: 'not a number', t: { satisfactionHigh: NaN } }
	];
	it.each(bad)('$name → invalid_thresholds', ({ t }) => {
		const r = jonesSasser(Float64Array.of(1), Float64Array.of(1), t);
		expect(isSatisfactionIssue(r) && r.code).toBe('invalid_thresholds');
	});
	it('different lengths → length_mismatch', () => {
		const r = jonesSasser(Float64Array.of(1, 2), Float64Array.of(1));
		expect(isSatisfactionIssue(r) && r.code).toBe('length_mismatch');
	});
});
