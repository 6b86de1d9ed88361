import { describe, expect, it } from 'vitest';
import { npsPairs } from './npsPairs';

const r = (score: number, se: number) => ({
	score,
	se,
	n: 10,
	promoters: 0,
	passives: 0,
	detractors: 0,
	shares: { promoters: 0, passives: 0, detractors: 0 },
	ci95: [0, 0] as [number, number],
	invalid: 0
});

describe('npsPairs', () => {
	it('every two scored groups once, in order; a group with an issue is skipped', () => {
		const pairs = npsPairs([
			{ label: 'A', result: r(30, 4) },
			{ label: 'B', result: r(0, 3) },
			{ label: 'X', result: { code: 'nps_empty', n: 0 } },
			{ label: 'C', result: r(10, 0) }
		]);
		expect(pairs.map((p) => [p.a, p.b, p.difference, p.se])).toEqual([
			['A', 'B', 30, 5],
			['A', 'C', 20, 4],
			['B', 'C', -10, 3]
		]);
	});
});
