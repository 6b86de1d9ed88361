// Tick lists for the render-only Axis component.
import type { ScaleLinear, ScaleBand } from 'd3';
import { compactNumber } from '$lib/i18n/format';
import { i18n } from '$lib/i18n/i18n.svelte';

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

// Large values read 10k in English and 1万 in Chinese, by the one rule of i18n/format.ts.
export const defaultFormat = (v: number) =>
	Math.abs(v) >= 1e4 ? compactNumber(v, i18n.lang) : Number.isInteger(v) ? String(v) : v.toFixed(2);
