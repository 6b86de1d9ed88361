import { describe, expect, it } from 'vitest';
import { valuePyramid } from '../value/valuePyramid';
import { valueWithReferral } from './valueWithReferral';

// Ten customers. P buys little (CLV 20) but brought Q, R and S (CLV 300, 250, 150); B is the
// biggest buyer (CLV 600) and brought nobody. X names an unknown referrer, Y names itself.
const ids = ['P', 'Q', 'R', 'S', 'B', 'C', 'D', 'E', 'X', 'Y'];
const clv = [20, 300, 250, 150, 600, 100, 80, 60, 40, NaN];
const by = [null, 'P', 'P', ' P ', null, null, 'C', null, 'Z', 'Y'];

describe('valueWithReferral', () => {
	const cases = [
		{
			credit: 1,
			// P: 20 + 300 + 250 + 150 = 720; C: 100 + 80 = 180; Y: NaN → 0.
			values: [720, 300, 250, 150, 600, 180, 80, 60, 40, 0],
			// By CLV alone B is platinum; by CLV + referral value P (720) overtakes B (600).
			platinumByClv: 'B',
			platinum: 'P'
		},
		{
			credit: 0.1,
			// P: 20 + 0.1 × 700 = 90; C: 100 + 0.1 × 80 = 108: P stays low.
			values: [90, 300, 250, 150, 600, 108, 80, 60, 40, 0],
			platinumByClv: 'B',
			platinum: 'B'
		}
	];
	it.each(cases)('credit $credit', ({ credit, values, platinumByClv, platinum }) => {
		const v = valueWithReferral(ids, clv, by, credit);
		Array.from(v.values).forEach((x, i) => expect(x).toBeCloseTo(values[i], 10));
		expect(v.referrers).toBe(2);
		expect(v.referred).toBe(4);
		expect(v.unknownReferrers).toBe(2);
		// Ten customers, standard cuts 5/15/30/50: one platinum customer (0.5 rounds up).
		const top = (x: Float64Array) => ids[valuePyramid(x, { basis: 'clv' }).tier.indexOf(0)];
		expect(top(Float64Array.from(clv, (x) => (Number.isFinite(x) ? x : 0)))).toBe(platinumByClv);
		expect(top(v.values)).toBe(platinum);
	});

	it('no links: the values are the own values', () => {
		const v = valueWithReferral(['A', 'B'], [5, 7], [null, '']);
		expect(Array.from(v.values)).toEqual([5, 7]);
		expect(v.referrers).toBe(0);
	});
});
