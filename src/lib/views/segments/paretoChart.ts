// The Pareto and Lorenz curves of the value section as line-chart series: the cumulative value
// share against the customer share (largest customers first), the Lorenz curve (smallest
// first), and the line of perfect equality, with the 20 % mark of the 80/20 rule.
import type { CurvePoint } from '$lib/analytics/value/concentrationCurves';

export interface ParetoLabels {
	pareto: string;
	lorenz: string;
	equal: string;
	/** The 20 % mark, written the language's way ("20 %", "20%"). */
	mark: string;
}

export function paretoChart(v: { pareto: CurvePoint[]; lorenz: CurvePoint[] }, l: ParetoLabels) {
	const points = (c: CurvePoint[]) => c.map((p) => ({ x: p.customerShare, y: p.valueShare }));
	return {
		series: [
			{ name: l.pareto, points: points(v.pareto), color: '#0072B2', width: 2.5 },
			{ name: l.lorenz, points: points(v.lorenz), color: '#C28133', width: 2.5 },
			{
				name: l.equal,
				points: [
					{ x: 0, y: 0 },
					{ x: 1, y: 1 }
				],
				color: '#918F8E',
				dashed: true,
				width: 1.5
			}
		],
		xDomain: [0, 1] as [number, number],
		yDomain: [0, 1] as [number, number],
		vLines: [{ x: 0.2, label: l.mark }]
	};
}
