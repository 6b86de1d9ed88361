// Lifetime-value settings from a request's plain params: defaults filled in, out-of-range
// values clamped. The last settings the Lifetime value view used are remembered per dataset,
// so other views asking for CLV (the value pyramid) get the numbers the user is looking at.
import { defaultCalibrationEnd, type TransactionModelName } from '../../analytics/clv';
import { DEFAULTS } from '../../analytics/defaults';
import type { TransactionTable } from '../../analytics/types';
import type { ClvSettings } from './clvResult';

export const DEFAULT_CLV_SETTINGS: Omit<ClvSettings, 'id'> = {
	source: 'transactions',
	model: 'bgnbd',
	spend: 'gammagamma',
	unit: 'week',
	calibrationEnd: null,
	horizonMonths: DEFAULTS.clv.horizonMonths,
	horizonIn: 'months',
	// A year in the default unit (weeks), shown when the user switches to model units.
	horizonUnits: 52,
	// No margin given: CLV on revenue (100 %), which the view labels as an upper bound.
	marginPct: DEFAULTS.clv.marginPct ?? 100,
	discountPct: DEFAULTS.clv.discountPctPerMonth,
	discountPer: 'month'
};

const MODELS: TransactionModelName[] = ['bgnbd', 'mbgnbd', 'paretonbd'];

const remembered = new Map<string, ClvSettings>();

function pick<T extends string>(v: unknown, allowed: readonly T[], fallback: T): T {
	return allowed.includes(v as T) ? (v as T) : fallback;
}
function num(v: unknown, fallback: number, lo: number, hi: number): number {
	const n = typeof v === 'number' ? v : Number(v);
	return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : fallback;
}

/** Settings from params; missing fields come from the remembered settings, then the defaults. */
export function clvSettingsFrom(params: Record<string, unknown>): ClvSettings {
	const id = String(params.id ?? '');
	const base = { ...DEFAULT_CLV_SETTINGS, ...remembered.get(id) };
	const has = (k: string) => params[k] !== undefined;
	return {
		id,
		source: pick(params.source, ['transactions', 'summary'] as const, base.source),
		model: pick(params.model, MODELS, base.model),
		spend: pick(params.spend, ['gammagamma', 'observed'] as const, base.spend),
		unit: pick(params.unit, ['day', 'week', 'month'] as const, base.unit),
		calibrationEnd: has('calibrationEnd')
			? params.calibrationEnd === null
				? null
				: num(params.calibrationEnd, NaN, -1e7, 1e7)
			: base.calibrationEnd,
		horizonMonths: Math.round(num(params.horizonMonths, base.horizonMonths, 0, 600)),
		horizonIn: pick(params.horizonIn, ['months', 'units'] as const, base.horizonIn),
		// Whole units (a day, a week or a month), up to 50 years of days.
		horizonUnits: Math.round(num(params.horizonUnits, base.horizonUnits, 0, 18263)),
		marginPct: num(params.marginPct, base.marginPct, 0, 100),
		discountPct: num(params.discountPct, base.discountPct, 0, 100),
		discountPer: pick(params.discountPer, ['month', 'year'] as const, base.discountPer)
	};
}

export function rememberClvSettings(s: ClvSettings): void {
	remembered.set(s.id, s);
}

/** The calibration end to use: the chosen day kept inside the data, else the engine default. */
export function resolveCalibrationEnd(
	s: ClvSettings,
	table: TransactionTable
): { end: number; first: number; last: number; byDefault: number } {
	let first = Infinity;
	let last = -Infinity;
	for (let i = 0; i < table.length; i++) {
		const d = table.day[i];
		if (d < first) first = d;
		if (d > last) last = d;
	}
	if (!Number.isFinite(first)) return { end: 0, first: 0, last: 0, byDefault: 0 };
	const byDefault = defaultCalibrationEnd(table);
	const chosen = s.calibrationEnd;
	const end =
		chosen === null || !Number.isFinite(chosen)
			? byDefault
			: Math.min(last, Math.max(first, Math.round(chosen)));
	return { end, first, last, byDefault };
}

/** Monthly discount rate from the settings. */
export function monthlyDiscount(s: ClvSettings): number {
	const d = s.discountPct / 100;
	return s.discountPer === 'year' ? Math.pow(1 + d, 1 / 12) - 1 : d;
}
