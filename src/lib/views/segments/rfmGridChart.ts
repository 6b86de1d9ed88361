// The R × F grid's heatmap series from the segments analysis: rows R = bins (most recent) down
// to 1, columns F = 1 … bins; a cell's colour is its mean spend (its customer count when the
// data has no amounts), its text "customers · segment" (" +" when its customers fall to more
// than one segment), its outline group the segment. Empty cells are null: nothing drawn.
import type { RfGridCell } from '$lib/analytics/rfm/rfGrid';

export interface RfmGridChart {
	rScores: number[];
	fScores: number[];
	rows: string[];
	cols: string[];
	values: (number | null)[][];
	labels: (string | null)[][];
	outlines: (string | null)[][];
}

export function rfmGridChart(
	rfm: { bins: number; grid: RfGridCell[]; hasMonetary: boolean },
	text: { n: (v: number) => string; segment: (key: string) => string }
): RfmGridChart {
	const b = rfm.bins;
	const byCell = new Map(rfm.grid.map((c) => [`${c.r}:${c.f}`, c]));
	const rScores = Array.from({ length: b }, (_, i) => b - i);
	const fScores = Array.from({ length: b }, (_, j) => j + 1);
	// A cell without customers is drawn as no cell at all.
	const filled = (r: number, f: number) => {
		const c = byCell.get(`${r}:${f}`);
		return c && c.customers > 0 ? c : null;
	};
	return {
		rScores,
		fScores,
		rows: rScores.map((r) => `R${r}`),
		cols: fScores.map((f) => `F${f}`),
		values: rScores.map((r) =>
			fScores.map((f) => {
				const c = filled(r, f);
				if (!c) return null;
				return rfm.hasMonetary ? c.meanMonetary : c.customers;
			})
		),
		labels: rScores.map((r) =>
			fScores.map((f) => {
				const c = filled(r, f);
				if (!c) return null;
				return `${text.n(c.customers)} · ${text.segment(c.segment)}${c.segments.length > 1 ? ' +' : ''}`;
			})
		),
		outlines: rScores.map((r) => fScores.map((f) => byCell.get(`${r}:${f}`)?.segment ?? null))
	};
}
