// Reads the Segments & value settings out of a request's plain params: anything malformed falls
// back to a default, so a stale or hand-edited link never crashes an analysis.
import type { CentreCuts, CentreKind } from '../../analytics/rfm/centreCut';
import type { SegmentRule } from '../../analytics/rfm/segmentRule';
import { presetRules } from './segmentsRules';
import type {
	BasisChoice,
	CustomerFilter,
	SegmentsSettings,
	Thresholds,
	ValueSettings
} from './segmentsResult';

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

function int(v: unknown): number | null {
	return typeof v === 'number' && Number.isInteger(v) ? v : null;
}

function range(v: unknown): [number, number] | null {
	if (!Array.isArray(v) || v.length !== 2) return null;
	const lo = int(v[0]);
	const hi = int(v[1]);
	return lo === null || hi === null ? null : [lo, hi];
}

function readRules(v: unknown, bins: number): SegmentRule[] {
	if (!Array.isArray(v)) return presetRules('rfmVignette', bins).rules;
	const rules: SegmentRule[] = [];
	for (const x of v) {
		if (!isObject(x) || typeof x.key !== 'string' || x.key.trim() === '') continue;
		const r = range(x.r);
		const f = range(x.f);
		const m = range(x.m) ?? [1, bins];
		if (r && f) rules.push({ key: x.key.trim(), r, f, m });
	}
	return rules;
}

function readEdges(v: unknown): number[] | null {
	if (!Array.isArray(v)) return null;
	return v.every((e) => typeof e === 'number' && Number.isFinite(e)) ? (v as number[]) : null;
}

function readThresholds(v: unknown): Thresholds | null {
	if (!isObject(v)) return null;
	const t = {
		recency: readEdges(v.recency),
		frequency: readEdges(v.frequency),
		monetary: readEdges(v.monetary)
	};
	return t.recency || t.frequency || t.monetary ? t : null;
}

const kind = (v: unknown): CentreKind => (v === 'median' ? 'median' : 'mean');

/** The eight-class model's cut per dimension; anything not 'median' reads as the mean. */
function readCentre(v: unknown): CentreCuts | null {
	if (!isObject(v)) return null;
	return { recency: kind(v.recency), frequency: kind(v.frequency), monetary: kind(v.monetary) };
}

export function readSettings(params: Record<string, unknown>): SegmentsSettings {
	const s = isObject(params.s) ? params.s : params;
	const bins = int(s.bins);
	const b = bins !== null && bins >= 2 && bins <= 9 ? bins : 5;
	const source = s.source === 'summary' ? 'summary' : 'transactions';
	const unit = s.unit === 'day' || s.unit === 'month' ? s.unit : 'week';
	return {
		id: typeof s.id === 'string' ? s.id : '',
		source,
		unit,
		customersId: typeof s.customersId === 'string' && s.customersId ? s.customersId : null,
		asOf: int(s.asOf),
		bins: b,
		// A summary carries a mean spend per purchase: M is that average.
		monetary: source === 'summary' || s.monetary === 'average' ? 'average' : 'total',
		rules: readRules(s.rules, b),
		thresholds: readThresholds(s.thresholds),
		// Only on 2 bins; left out otherwise, so settings without it read as before.
		...(b === 2 && isObject(s.centre) ? { centre: readCentre(s.centre) } : {})
	};
}

const BASES: BasisChoice[] = ['auto', 'clv', 'clvReferral', 'margin', 'revenue'];

export function readValueSettings(v: unknown): ValueSettings {
	const o = isObject(v) ? v : {};
	const cuts =
		Array.isArray(o.cuts) && o.cuts.every((c) => typeof c === 'number')
			? (o.cuts as number[])
			: [5, 15, 30, 50];
	const basis = BASES.includes(o.basis as BasisChoice) ? (o.basis as BasisChoice) : 'auto';
	return { cuts, basis };
}

export function readFilter(v: unknown): CustomerFilter {
	if (!isObject(v)) return { kind: 'all' };
	const str = (x: unknown) => (typeof x === 'string' ? x : '');
	const num = (x: unknown) => int(x) ?? -1;
	switch (v.kind) {
		case 'segment':
			return { kind: 'segment', segment: str(v.segment) };
		case 'cell':
			return { kind: 'cell', r: num(v.r), f: num(v.f) };
		case 'score': {
			const d = v.dimension;
			const dimension = d === 'frequency' || d === 'monetary' ? d : 'recency';
			return { kind: 'score', dimension, score: num(v.score) };
		}
		case 'tier':
			return { kind: 'tier', tier: num(v.tier) };
		case 'abc':
			return { kind: 'abc', abc: num(v.abc) };
		case 'cluster':
			return { kind: 'cluster', k: num(v.k), cluster: num(v.cluster) };
		case 'attribute':
			return {
				kind: 'attribute',
				attribute: str(v.attribute),
				group: str(v.group),
				segment: typeof v.segment === 'string' ? v.segment : undefined
			};
		case 'migration':
			return { kind: 'migration', asOfA: num(v.asOfA), from: str(v.from), to: str(v.to) };
		default:
			return { kind: 'all' };
	}
}
