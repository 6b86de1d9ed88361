// One axis's scale from its domain and pixel range: the only place a plot's scales are made.
import { scaleBand, scaleLinear } from 'd3';
import type { Domain, PlotScale } from './plotContext';

export function scaleFor(domain: Domain, range: [number, number], nice: boolean): PlotScale {
	// The box's own pixels: a layout that places its marks itself (treemap, flow).
	if (domain === 'px') return scaleLinear().domain(range).range(range);
	if (Array.isArray(domain)) {
		const s = scaleLinear().domain(domain).range(range);
		return nice ? s.nice() : s;
	}
	const n = domain.bands;
	const s = scaleBand<number>()
		.domain(Array.from({ length: n }, (_, i) => i))
		.range(range);
	if (domain.gap === undefined) return s.padding(domain.padding ?? 0);
	// A fixed gap: as a share of the step (range / n when the outer padding is half the inner).
	const step = Math.abs(range[1] - range[0]) / Math.max(1, n);
	const inner = step > 0 ? Math.min(1, domain.gap / step) : 0;
	return s.paddingInner(inner).paddingOuter(inner / 2);
}
