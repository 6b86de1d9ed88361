// One customer's profile for the drill-down: purchases per day up to the analysis date, scores,
// segment, value tier and ABC class, and the attributes from the customers dataset.
import { isoFromDay } from '../../analytics/dates';
import { MISSING_DAY } from '../../analytics/types';
import { AnalysisProblem, type AnalysisContext } from '../context';
import { joinedAttributes } from './segmentsAttributes';
import { abcOf, customerContext, customerRow } from './segmentsCustomers';
import { asProblem } from './segmentsProblem';
import type { CustomerProfile } from './segmentsResult';
import { readSettings, readValueSettings } from './segmentsSettings';

export async function segmentsCustomer(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<CustomerProfile> {
	return asProblem(async () => {
		const c = await customerContext(ctx, readSettings(params), readValueSettings(params.value));
		const { table, tx, asOf } = c.m;
		const customerId = typeof params.customerId === 'string' ? params.customerId : '';
		const j = table.ids.indexOf(customerId);
		if (j < 0)
			throw new AnalysisProblem('segmentsView.problem.customerNotFound', { id: customerId });

		const who = table.index[j];
		const byDay = new Map<number, { bought: number; returned: number; lines: number }>();
		let later = 0;
		// A summary has no purchase days: the profile shows its numbers and no timeline.
		if (tx)
			for (let i = 0; i < tx.length; i++) {
				if (tx.customer[i] !== who) continue;
				const d = tx.day[i];
				if (d > asOf) {
					later++;
					continue;
				}
				let e = byDay.get(d);
				if (!e) byDay.set(d, (e = { bought: 0, returned: 0, lines: 0 }));
				e.lines++;
				const a = tx.amount ? tx.amount[i] : NaN;
				if (a < 0) e.returned += -a;
				else if (a === a) e.bought += a;
			}
		const hasAmount = !!tx && tx.amount !== null;
		const days = [...byDay.entries()]
			.sort((a, b) => a[0] - b[0])
			.map(([day, e]) => ({
				day,
				bought: hasAmount ? e.bought : null,
				returned: hasAmount ? e.returned : null,
				lines: e.lines
			}));

		const attributes: CustomerProfile['attributes'] = [];
		const source = await joinedAttributes(ctx, c.m);
		if (source)
			for (const o of source.options) {
				const col = source.joined.columns[o.key];
				let text = '';
				if (col.kind === 'number') text = Number.isNaN(col.values[j]) ? '' : String(col.values[j]);
				else if (col.kind === 'category') text = col.codes[j] < 0 ? '' : col.labels[col.codes[j]];
				else text = col.values[j] === MISSING_DAY ? '' : isoFromDay(col.values[j]);
				if (text !== '') attributes.push({ header: o.header, value: text });
			}

		const abc = abcOf(c);
		return {
			customerId,
			row: customerRow(c, j),
			average: table.average ? table.average[j] : null,
			margin: table.margin ? table.margin[j] : null,
			tenure: table.tenure[j],
			first: table.first[j],
			last: table.last[j],
			asOf,
			valueBasis: c.vector?.basis ?? null,
			abc: abc ? abc[j] : null,
			days,
			later,
			attributes
		};
	});
}
