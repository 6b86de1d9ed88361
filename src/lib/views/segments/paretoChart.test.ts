import { describe, expect, it } from 'vitest';
import { paretoChart } from './paretoChart';

const labels = { pareto: 'P', lorenz: 'L', equal: 'E', mark: '20%' };

describe('paretoChart', () => {
	// Three customers worth 6, 3 and 1: largest first 60 %, 90 %, 100 %; smallest first 10 %, 40 %.
	const v = {
		pareto: [
			{ customerShare: 0, valueShare: 0 },
			{ customerShare: 1 / 3, valueShare: 0.6 },
			{ customerShare: 2 / 3, valueShare: 0.9 },
			{ customerShare: 1, valueShare: 1 }
		],
		lorenz: [
			{ customerShare: 0, valueShare: 0 },
			{ customerShare: 1 / 3, valueShare: 0.1 },
			{ customerShare: 2 / 3, valueShare: 0.4 },
			{ customerShare: 1, valueShare: 1 }
		]
	};
	const c = paretoChart(v, labels);
	it.each([
		['P', [0, 0.6, 0.9, 1]],
		['L', [0, 0.1, 0.4, 1]],
		['E', [0, 1]]
	])('series %s keeps the shares as y', (name, ys) => {
		const s = c.series.find((x) => x.name === name)!;
		expect(s.points.map((p) => p.y)).toEqual(ys);
		expect(s.points[s.points.length - 1].x).toBe(1);
	});
	it('marks 20 % of customers with the given label, on unit axes', () => {
		expect(c.vLines).toEqual([{ x: 0.2, label: '20%' }]);
		expect([c.xDomain, c.yDomain]).toEqual([
			[0, 1],
			[0, 1]
		]);
	});
});
