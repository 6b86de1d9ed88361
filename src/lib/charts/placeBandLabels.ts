// Where the labels of a histogram's bands go so that every band keeps its label, even a band a
// few pixels (or zero) wide: each label starts centred on its band, then labels that would
// touch are pushed apart along one row, kept inside the plot; when one row cannot hold them
// all, every second label moves to a row above. A label that ends up beside its band instead
// of over it says so (`outside`), and the chart draws a leader line to the band.

export interface BandLabel {
	/** Centre of the label, in plot pixels. */
	x: number;
	/** 0 = the row just above the plot, 1 = the row above that. */
	row: number;
	/** The label does not sit over its band. */
	outside: boolean;
}

/** Spreads labels of widths `widths` centred at `centres` along [0, width], `gap` apart. */
function spread(centres: number[], widths: number[], width: number, gap: number): number[] {
	const left = centres.map((c, i) => c - widths[i] / 2);
	for (let i = 0; i < left.length; i++) {
		const min = i === 0 ? 0 : left[i - 1] + widths[i - 1] + gap;
		left[i] = Math.max(left[i], min);
	}
	for (let i = left.length - 1; i >= 0; i--) {
		const max = i === left.length - 1 ? width - widths[i] : left[i + 1] - gap - widths[i];
		left[i] = Math.min(left[i], max);
	}
	return left.map((l, i) => l + widths[i] / 2);
}

export function placeBandLabels(
	bands: { x0: number; x1: number }[],
	widths: number[],
	width: number,
	gap = 4
): BandLabel[] {
	const centres = bands.map((b) => (b.x0 + b.x1) / 2);
	const total = widths.reduce((s, w) => s + w + gap, 0);
	const rows = total - gap <= width ? [bands.map((_, i) => i)] : [[], []];
	if (rows.length === 2)
		bands.forEach((_, i) => {
			// Labels that fit inside their band stay on the first row; the rest alternate.
			const fits = widths[i] + gap <= bands[i].x1 - bands[i].x0;
			(fits || i % 2 === 0 ? rows[0] : rows[1]).push(i);
		});
	const out: BandLabel[] = bands.map(() => ({ x: 0, row: 0, outside: false }));
	rows.forEach((idx, row) => {
		const xs = spread(
			idx.map((i) => centres[i]),
			idx.map((i) => widths[i]),
			width,
			gap
		);
		idx.forEach((i, k) => {
			const b = bands[i];
			const half = widths[i] / 2;
			out[i] = { x: xs[k], row, outside: xs[k] - half < b.x0 - 0.5 || xs[k] + half > b.x1 + 0.5 };
		});
	});
	return out;
}
