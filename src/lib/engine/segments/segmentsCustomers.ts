// Drill-down lists: the customers behind a segment, grid cell, score, tier, ABC class, cluster,
// attribute group or migration flow, sorted and paged (or whole, for a CSV export).
import { abcClasses } from '../../analytics/value/abcClasses';
import type { ValuePyramid } from '../../analytics/value/valuePyramid';
import type { AnalysisContext } from '../context';
import { groupsOf, joinedAttributes } from './segmentsAttributes';
import { orderedClusters } from './segmentsClusters';
import { memo } from './segmentsMemo';
import { segmentsAtA } from './segmentsMigration';
import { segmentsModel, type SegmentsModel } from './segmentsModel';
import { asProblem } from './segmentsProblem';
import type {
	CustomerFilter,
	CustomerPage,
	CustomerRow,
	CustomerSortKey,
	SegmentsSettings,
	ValueSettings
} from './segmentsResult';
import { readFilter, readSettings, readValueSettings } from './segmentsSettings';
import { pyramidOf } from './segmentsValue';
import { segmentsValueVector, type ValueVector } from './segmentsValueVector';

const PAGE_MAX = 500;
const SORT_KEYS: CustomerSortKey[] = [
	'customerId',
	'recency',
	'frequency',
	'monetary',
	'score',
	'value',
	'segment'
];

export interface CustomerContext {
	m: SegmentsModel;
	vector: ValueVector | null;
	pyramid: ValuePyramid | null;
}

export async function customerContext(
	ctx: AnalysisContext,
	settings: SegmentsSettings,
	value: ValueSettings
): Promise<CustomerContext> {
	const m = await segmentsModel(ctx, settings);
	const vector = await segmentsValueVector(ctx, m, value.basis);
	let pyramid: ValuePyramid | null = null;
	if (vector) {
		try {
			pyramid = pyramidOf(m.owner, m.asOf, vector, value.cuts);
		} catch {
			// Bad cuts: the list simply shows no tier.
			pyramid = null;
		}
	}
	return { m, vector, pyramid };
}

export function customerRow(c: CustomerContext, j: number): CustomerRow {
	const { table, scores, assignment } = c.m;
	const mValues = scores.monetaryBasis === 'average' ? table.average : table.monetary;
	return {
		customerId: table.ids[j],
		recency: table.recency[j],
		frequency: table.frequency[j],
		monetary: mValues ? mValues[j] : null,
		r: scores.r[j],
		f: scores.f[j],
		m: scores.m ? scores.m[j] : null,
		score: scores.score[j],
		segment: assignment.keys[assignment.segment[j]],
		tier: c.pyramid ? c.pyramid.tier[j] : null,
		value: c.vector ? c.vector.values[j] : null
	};
}

export function abcOf(c: CustomerContext): Uint8Array | null {
	const v = c.vector;
	if (!v || !c.pyramid || !(c.pyramid.total > 0)) return null;
	return memo(c.m.owner, `abc|${c.m.asOf}|${v.key}`, () => abcClasses(v.values).classes);
}

async function matches(
	ctx: AnalysisContext,
	c: CustomerContext,
	filter: CustomerFilter
): Promise<((j: number) => boolean) | null> {
	const { table, scores, assignment, settings } = c.m;
	switch (filter.kind) {
		case 'all':
			return () => true;
		case 'segment': {
			const k = assignment.keys.indexOf(filter.segment);
			return (j) => assignment.segment[j] === k;
		}
		case 'cell':
			return (j) => scores.r[j] === filter.r && scores.f[j] === filter.f;
		case 'score': {
			const s =
				filter.dimension === 'recency'
					? scores.r
					: filter.dimension === 'frequency'
						? scores.f
						: scores.m;
			return s ? (j) => s[j] === filter.score : null;
		}
		case 'tier': {
			const p = c.pyramid;
			return p ? (j) => p.tier[j] === filter.tier : null;
		}
		case 'abc': {
			const classes = abcOf(c);
			return classes ? (j) => classes[j] === filter.abc : null;
		}
		case 'cluster': {
			if (filter.k < 2 || filter.k > Math.min(10, table.length - 1)) return null;
			const fit = orderedClusters(c.m.owner, table, settings.monetary, filter.k);
			return (j) => fit.assignment[j] === filter.cluster;
		}
		case 'attribute': {
			const source = await joinedAttributes(ctx, c.m);
			const groups = source ? groupsOf(source, filter.attribute) : null;
			if (!groups) return null;
			const g = groups.keys.indexOf(filter.group);
			const k = filter.segment === undefined ? -2 : assignment.keys.indexOf(filter.segment);
			return (j) => groups.codes[j] === g && (k === -2 || assignment.segment[j] === k);
		}
		case 'migration': {
			if (!c.m.tx || !(filter.asOfA < c.m.asOf)) return null;
			const atA = segmentsAtA(c.m, filter.asOfA);
			const k = assignment.keys.indexOf(filter.to);
			return (j) => assignment.segment[j] === k && atA[table.index[j]] === filter.from;
		}
	}
}

function sortValues(c: CustomerContext, key: CustomerSortKey): ArrayLike<number> | null {
	const { table, scores } = c.m;
	switch (key) {
		case 'recency':
			return table.recency;
		case 'frequency':
			return table.frequency;
		case 'monetary':
			return scores.monetaryBasis === 'average' ? table.average : table.monetary;
		case 'score':
			return scores.score;
		case 'value':
			return c.vector ? c.vector.values : null;
		case 'segment':
			return c.m.assignment.segment;
		default:
			return null;
	}
}

export async function segmentsCustomers(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<CustomerPage> {
	return asProblem(async () => {
		const settings = readSettings(params);
		const value = readValueSettings(params.value);
		const filter = readFilter(params.filter);
		const c = await customerContext(ctx, settings, value);
		const sortKey = SORT_KEYS.includes(params.sort as CustomerSortKey)
			? (params.sort as CustomerSortKey)
			: 'customerId';
		const desc = params.desc === true;
		const listKey = [
			'list',
			c.m.key,
			c.vector?.key ?? '',
			value.cuts.join('/'),
			JSON.stringify(filter),
			sortKey,
			desc
		].join('|');
		const test = await matches(ctx, c, filter);
		const order = memo(c.m.owner, listKey, () => {
			const rows: number[] = [];
			if (test) for (let j = 0; j < c.m.table.length; j++) if (test(j)) rows.push(j);
			const ids = c.m.table.ids;
			const v = sortValues(c, sortKey);
			const sign = desc ? -1 : 1;
			// Ties (and the id sort) fall back to the id, so pages never shuffle between requests.
			const byId = (a: number, b: number) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0);
			rows.sort(v ? (a, b) => sign * (v[a] - v[b]) || byId(a, b) : (a, b) => sign * byId(a, b));
			return Int32Array.from(rows);
		});
		const all = params.all === true;
		const offset = all ? 0 : Math.max(0, Math.floor(Number(params.offset) || 0));
		const limit = all ? order.length : Math.min(PAGE_MAX, Math.max(1, Number(params.limit) || 50));
		const rows: CustomerRow[] = [];
		for (let k = offset; k < Math.min(order.length, offset + limit); k++)
			rows.push(customerRow(c, order[k]));
		return { total: order.length, offset, rows, valueBasis: c.vector?.basis ?? null };
	});
}
