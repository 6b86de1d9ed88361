// Windows of days for the KPI strip and the window to compare with: "the previous period" is
// the same number of days just before; "a year earlier" is the same calendar dates twelve
// months back (29 February falls back to the 28th). Both ends inclusive.
import { addMonths, ymdFromDay, dayFromYMD } from '../dates';

export type PeriodPreset = 'all' | 'last3m' | 'last12m' | 'ytd';
export type Comparison = 'none' | 'previous' | 'year';

export const PERIOD_PRESETS: PeriodPreset[] = ['all', 'last3m', 'last12m', 'ytd'];
export const COMPARISONS: Comparison[] = ['none', 'previous', 'year'];

export interface Window {
	from: number;
	to: number;
}

/** The window a preset names, ending on the data's last day. */
export function presetWindow(preset: PeriodPreset, firstDay: number, lastDay: number): Window {
	if (preset === 'last3m')
		return { from: Math.max(firstDay, addMonths(lastDay, -3) + 1), to: lastDay };
	if (preset === 'last12m')
		return { from: Math.max(firstDay, addMonths(lastDay, -12) + 1), to: lastDay };
	if (preset === 'ytd')
		return { from: Math.max(firstDay, dayFromYMD(ymdFromDay(lastDay).year, 1, 1)), to: lastDay };
	return { from: firstDay, to: lastDay };
}

/** Calendar months a preset spans, for "the previous period" of the same months. */
export function presetMonths(preset: PeriodPreset): number | null {
	return preset === 'last3m' ? 3 : preset === 'last12m' ? 12 : null;
}

/**
 * The window to compare `w` with, or null for no comparison. The previous period of a window
 * of whole months is the same number of months before it (the twelve months before 2024 are
 * 2023, not the 366 days from 2022-12-31); otherwise the same number of days.
 */
export function comparisonWindow(
	w: Window,
	how: Comparison,
	months: number | null = null
): Window | null {
	if (how === 'previous') {
		if (months !== null) return { from: addMonths(w.from, -months), to: w.from - 1 };
		const days = w.to - w.from + 1;
		return { from: w.from - days, to: w.from - 1 };
	}
	if (how === 'year') return { from: addMonths(w.from, -12), to: addMonths(w.to, -12) };
	return null;
}

export interface Delta {
	/** Now minus before. */
	change: number;
	/** The change as a share of before; null when before is 0 (no percentage of nothing). */
	relative: number | null;
}

export function delta(now: number | null, before: number | null): Delta | null {
	if (now === null || before === null || !Number.isFinite(now) || !Number.isFinite(before))
		return null;
	return {
		change: now - before,
		relative: before === 0 ? null : (now - before) / Math.abs(before)
	};
}
