// Tick lists for the render-only Axis component.
import type { ScaleLinear, ScaleBand } from 'd3';

export function linearTicks(
	scale: ScaleLinear<number, number>,
	count: number,
	fmt: (v: number) => string
) {
	return scale.ticks(count).map((value) => ({ value, pos: scale(value), text: fmt(value) }));
}

export function bandTicks(scale: ScaleBand<string>, labels: string[], maxLabels = 24) {
	const step = Math.max(1, Math.ceil(labels.length / maxLabels));
	return labels
		.map((l, i) => ({
			value: i,
			pos: (scale(l) ?? 0) + scale.bandwidth() / 2,
			text: i % step === 0 ? l : ''
		}))
		.filter((t) => t.text !== '');
}

export const defaultFormat = (v: number) =>
	Math.abs(v) >= 1e6
		? `${(v / 1e6).toFixed(1)}M`
		: Math.abs(v) >= 1e4
			? `${(v / 1e3).toFixed(0)}k`
			: Number.isInteger(v)
				? String(v)
				: v.toFixed(2);
