import { isoFromDay } from '../../lib/analytics/dates';
import { dateOrderVerdict } from '../../lib/data/validate/dateOrder';
import { encodingAdvice } from '../../lib/data/sniff/encodingAdvice';
import type { Loaded } from '../loadFile';
import type { OrderReport } from '../../lib/data/orders/types';
import { currencyOfText } from '../../lib/data/map/detectCurrency';

/** The status policy and what each of its rules did (issue 23). */
function orderSummary(o: OrderReport) {
	return {
		...o.policy,
		orders: o.orders,
		counted: o.kept,
		byStatus: o.byState,
		removed: o.removed,
		refunded: o.refunds,
		amountFrom: o.amountFrom,
		customerKey: o.customerKey,
		idsNormalised: o.idsNormalised,
		unwrapped: o.unwrapped,
		offsets: o.offsets,
		currency: o.currency,
		unknownStatuses: o.unknownStatuses
	};
}

/** The JSON of `cli inspect`: what the import pipeline understood of a file. */
export function inspectReport(
	{ preview, mapping, dataset }: Loaded,
	/** What the file's documentation states (a sample's manifest), used when the file names none. */
	documented: string | null = null
) {
	const roles: Record<string, string> = {};
	for (const c of mapping.columns)
		if (c.role !== 'ignore' && c.role !== 'attribute' && c.role !== 'item' && c.role !== 'group')
			roles[c.role] = c.header;
	const dateCol = mapping.columns.find(
		(c) => c.type === 'date' && (c.role === 'date' || c.role === 'signupDate')
	);
	const amountCol =
		mapping.columns.find((c) => c.role === 'amount') ??
		mapping.columns.find((c) => c.type === 'number');
	const r = dataset.report;
	const s = dataset.stats;
	const order = r.dateOrder?.find((e) => e.column === dateCol?.index);
	const verdict = order ? dateOrderVerdict(order) : null;
	const o = r.orders;
	return {
		encoding: mapping.encoding,
		delimiter: mapping.delimiter === '\t' ? 'tab' : mapping.delimiter,
		hasHeader: mapping.hasHeader,
		rows: o ? o.lines : r.rowsRead,
		kind: mapping.kind,
		layout: o?.layout ?? null,
		statusPolicy: o ? orderSummary(o) : null,
		roles,
		dateFormat: dateCol?.dateFormat ?? null,
		// Undecided when no value of the whole column tells day-first from month-first.
		dateAmbiguous: verdict ? verdict === 'undecided' : preview.ambiguousDates.length > 0,
		// Day/month columns: how many rows only each order reads, over the whole file.
		dateOrder: order
			? {
					verdict,
					dayFirstOnly: order.format === 'dmy' ? order.onlyChosen : order.onlyOther,
					monthFirstOnly: order.format === 'mdy' ? order.onlyChosen : order.onlyOther
				}
			: null,
		decimal: amountCol?.decimal ?? '.',
		// The dataset's currency as the import step detects it (null: none named, or several —
		// then `currencies` lists them and the app asks); a shop export's folded orders name the
		// one they counted over the whole file.
		currency:
			(o ? currencyOfText(o.currency.main ?? '') : null) ??
			preview.currency.code ??
			(preview.currency.mixed ? null : documented),
		currencies: preview.currency.found,
		rejected: {
			total: r.rejected.total,
			byReason: r.rejected.byReason,
			examples: r.rejected.examples
				.slice(0, 20)
				.map((e) => ({ line: e.line, reason: e.reason, text: e.text }))
		},
		// Characters the encoding could not read, and which lines are UTF-8 and which are not
		// where the encoding may not fit (never a bare "0 replaced" on a garbled file).
		replacedChars: r.replacedChars,
		encodingLines: r.encodingLines ?? null,
		encodingAdvice: encodingAdvice(r.encodingLines, mapping.encoding)?.kind ?? null,
		duplicates: r.duplicates,
		zeroAmounts: r.zeroAmounts,
		negativeAmounts: r.negativeAmounts,
		summary: {
			customers: s.customers,
			// A shop export counts orders, not its lines (nor the refund rows netted into them).
			transactions: o ? o.kept : mapping.kind === 'transactions' ? dataset.rows : null,
			revenue: s.revenue,
			firstDate: s.firstDay === null ? null : isoFromDay(s.firstDay),
			lastDate: s.lastDay === null ? null : isoFromDay(s.lastDay)
		}
	};
}
