// Tick lists for the render-only Axis component.
import { scaleUtc, type ScaleLinear, type ScaleBand } from 'd3';
import { compactNumber } from '$lib/i18n/format';
import { i18n } from '$lib/i18n/i18n.svelte';

export function linearTicks(
	scale: ScaleLinear<number, number>,
	count: number,
	fmt: (v: number) => string
) {
	return scale.ticks(count).map((value) => ({ value, pos: scale(value), text: fmt(value) }));
}

const DAY = 86_400_000;

/**
 * Calendar ticks (d3's UTC time ticks: months, weeks, days…) on a linear scale over day numbers
 * (days since 1970-01-01 UTC): a time axis whose plot keeps one kind of linear scale.
 */
export function dayTicks(
	scale: ScaleLinear<number, number>,
	count: number,
	fmt: (d: Date) => string
) {
	const [a, b] = scale.domain();
	return scaleUtc()
		.domain([new Date(a * DAY), new Date(b * DAY)])
		.ticks(count)
		.map((d) => {
			const value = d.getTime() / DAY;
			return { value, pos: scale(value), text: fmt(d) };
		});
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

// Large values read 10k in English and 1万 in Chinese, by the one rule of i18n/format.ts.
export const defaultFormat = (v: number) =>
	Math.abs(v) >= 1e4 ? compactNumber(v, i18n.lang) : Number.isInteger(v) ? String(v) : v.toFixed(2);
