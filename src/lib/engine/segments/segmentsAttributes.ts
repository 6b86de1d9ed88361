// Attribute segments: customers of the analysis joined by id with the customers dataset, grouped
// by one attribute (numbers in readable bands, dates by year), with revenue and mean R/F/M per
// group and the cross-tab of attribute group × RFM segment.
import { attributeGroups, type AttributeGroups } from '../../analytics/attributes/attributeGroups';
import { attributeSegments } from '../../analytics/attributes/attributeSegments';
import { crossTab } from '../../analytics/attributes/crossTab';
import { joinAttributes, type JoinedAttributes } from '../../analytics/customers/joinAttributes';
import type { CustomerTable } from '../../analytics/types';
import type { AnalysisContext } from '../context';
import { idOf, memo } from './segmentsMemo';
import { segmentsModel, type SegmentsModel } from './segmentsModel';
import { asProblem } from './segmentsProblem';
import type { AttributeOption, AttributesView } from './segmentsResult';
import { readSettings } from './segmentsSettings';

export interface JoinedSource {
	customers: CustomerTable;
	options: AttributeOption[];
	joined: JoinedAttributes;
}

/** The customers dataset joined to the model's customers, or null when there is none. */
export async function joinedAttributes(
	ctx: AnalysisContext,
	m: SegmentsModel
): Promise<JoinedSource | null> {
	const id = m.settings.customersId;
	if (!id) return null;
	let customers: CustomerTable;
	let headers: Map<string, string>;
	try {
		customers = await ctx.customers(id);
		headers = new Map((await ctx.dataset(id)).fields.map((f) => [f.key, f.header]));
	} catch {
		// A customers dataset without an id column (or gone) simply adds no attributes.
		return null;
	}
	const options: AttributeOption[] = Object.entries(customers.columns).map(([key, col]) => ({
		key,
		header: headers.get(key) ?? key,
		kind: col.kind
	}));
	const joined = memo(customers, `join|${idOf(m.table)}`, () => joinAttributes(m.table, customers));
	return { customers, options, joined };
}

export function groupsOf(source: JoinedSource, name: string): AttributeGroups | null {
	const column = source.joined.columns[name];
	if (!column) return null;
	return memo(source.joined, `groups|${name}`, () => attributeGroups(name, column));
}

export async function segmentsAttributes(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<AttributesView> {
	return asProblem(async () => {
		const m = await segmentsModel(ctx, readSettings(params));
		const source = await joinedAttributes(ctx, m);
		const empty: AttributesView = {
			available: source?.options ?? [],
			attribute: null,
			customers: m.table.length,
			matched: source?.joined.matched ?? 0,
			groups: [],
			cross: null
		};
		if (!source || source.options.length === 0) return empty;
		const asked = typeof params.attribute === 'string' ? params.attribute : '';
		const name = source.options.some((o) => o.key === asked) ? asked : source.options[0].key;
		const groups = groupsOf(source, name);
		if (!groups) return empty;
		const { assignment } = m;
		return {
			...empty,
			attribute: name,
			groups: attributeSegments(m.table, groups, m.scores),
			cross: crossTab(groups.codes, groups.keys, assignment.segment, assignment.keys)
		};
	});
}
