// The parameters of the CLI-facing lifetime-value reports (clvFitReport, clvPredictReport,
// clvPredictIntervals, clvCompareReport), read defensively: they arrive as plain JSON, so an
// unknown name falls back to the default and a number that is not finite to its default. Valid
// values pass unchanged (no rounding or clamping: the CLI has checked them and prints them).
import type { ClvModelName, ClvUnit } from '../../analytics/clv';

function pick<T extends string>(v: unknown, allowed: readonly T[], fallback: T): T {
	return allowed.includes(v as T) ? (v as T) : fallback;
}
function finite(v: unknown): number | undefined {
	return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export interface ClvReportParams {
	id: string;
	source: 'transactions' | 'summary';
	model: ClvModelName;
	unit: ClvUnit;
	/** Inclusive day; undefined = the report's default. */
	calibrationEnd: number | undefined;
	months: number;
	/** Exactly this many model units instead of `months` calendar months. */
	units: number | undefined;
	/** Monthly discount rate. */
	discountRate: number;
	/** Profit share of spend, 0..1. */
	margin: number;
}

export function readClvReportParams(p: Record<string, unknown>): ClvReportParams {
	return {
		id: String(p.id ?? ''),
		source: pick(p.source, ['transactions', 'summary'] as const, 'transactions'),
		model: pick(p.model, ['bgnbd', 'mbgnbd', 'paretonbd', 'gammagamma'] as const, 'bgnbd'),
		unit: pick(p.unit, ['day', 'week', 'month'] as const, 'week'),
		calibrationEnd: finite(p.calibrationEnd),
		months: finite(p.months) ?? 12,
		units: finite(p.units),
		discountRate: finite(p.discountRate) ?? 0.01,
		margin: finite(p.margin) ?? 1
	};
}

export interface ClvIntervalParams {
	horizonUnits: number;
	/** CLV summed unit by unit up to horizonUnits (as the point estimate), not by month. */
	exactUnits: boolean;
	level: number;
	method: 'delta' | 'bootstrap';
	draws: number;
	seed: number;
}

export function readClvIntervalParams(p: Record<string, unknown>): ClvIntervalParams {
	return {
		horizonUnits: finite(p.horizonUnits) ?? 52,
		exactUnits: p.exactUnits === true,
		level: finite(p.level) ?? 0.9,
		method: pick(p.method, ['delta', 'bootstrap'] as const, 'delta'),
		draws: finite(p.draws) ?? 200,
		seed: finite(p.seed) ?? 1
	};
}
