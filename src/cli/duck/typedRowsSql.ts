// The first and cheapest of the DuckDB roads (loadTransactions.ts): DuckDB's CSV reader parses
// the date column itself (typed DATE with the format known from the sniffed head) and sets
// aside every line it cannot read — a bad date, too few or too many fields — in a rejects
// table, with the line's text. Those lines, and the rows the plain-row conditions below do not
// pass, go to the app's own validator, as on the text road (fastRowsSql.ts). Compared with
// that road this saves the date's round trip through text and the padding of short rows;
// everything else about a plain row is the same rule.
import type { Mapping } from '../../lib/data/map/types';
import { isoFromDay } from '../../lib/analytics/dates';
import { MAX_AMOUNT, MAX_CELL_CHARS } from '../../lib/data/validate/DatasetBuilder';
import { PLAIN_ID, sqlString } from './fastRowsSql';

/** The temp tables DuckDB's reader writes the lines it could not read into. */
export const REJECTS_TABLE = 'typed_rejects';
export const REJECTS_SCAN = 'typed_reject_scans';

/**
 * The reader's errors whose lines the app's validator can be given as they are. Any other kind
 * (invalid UTF-8, a line over the size limit, …) abandons this road for the text road.
 */
export const HANDLED_ERRORS = ['CAST', 'MISSING COLUMNS', 'TOO MANY COLUMNS'];

/** DuckDB's text for NULL, set to what no cell holds: an empty cell is '' (a bad date). */
const NO_NULL = '\u0001\u0002\u0003';

/**
 * Whether this road can read the file: the date must be in the ISO order (other orders are
 * read by the app's parseDate), so the reader's '%Y-%m-%d' reads a day the app reads the same.
 */
export function typedRoadFits(mapping: Mapping): boolean {
	const date = mapping.columns.find((c) => c.role === 'date');
	return !!date && (date.dateFormat ?? 'ymd') === 'ymd';
}

/**
 * The staging query: the same table as fastRowsSql's (fast, customer_id, order_id, date,
 * amount, cells), where `cells` of a row that is not plain carries the date as ISO text —
 * which the app's 'ymd' parser reads as the very day DuckDB read (a four-digit year: checked
 * by the caller, which abandons the road for a day before 1900, see `earlyDays`).
 * Conditions of a plain row, each the text road's rule:
 *  - the customer (and, for rfm, the order) id: printable ASCII, no quote, no end space;
 *  - the date between 1900-01-01 and today (DuckDB's reader accepted it: a real day);
 *  - the amount: parseNumber's plain form, at most 15 characters, within MAX_AMOUNT (and not
 *    negative when returns are dropped);
 *  - mapped cells within Excel's cell limit; no quote in any other cell.
 * The reader's date accepts forms the text road left to the app ("2024-1-5", padding): the
 * app reads them as the same day (typedRowsSql.test.ts checks each against the app's import).
 */
export function typedRowsSql(
	file: string,
	mapping: Mapping,
	today: number,
	skip: number,
	columns: number,
	withOrder = true
): string {
	const col = (role: string) => mapping.columns.find((c) => c.role === role) ?? null;
	const customer = col('customerId');
	const date = col('date');
	const amount = col('amount');
	const order = withOrder ? col('orderId') : null;
	if (!customer || !date) throw new Error('the mapping needs a customer id and a date column');
	const mapped = mapping.columns.filter((c) => c.role !== 'ignore').map((c) => c.index);
	const n = Math.max(columns, Math.max(...mapped) + 1);
	const c = (i: number) => `c${i}`;
	const conditions = [`regexp_full_match(${c(customer.index)}, '${PLAIN_ID}')`];
	for (const i of mapped)
		if (i !== date.index) conditions.push(`strlen(${c(i)}) <= ${MAX_CELL_CHARS}`);
	conditions.push(`${c(date.index)} BETWEEN DATE '1900-01-01' AND DATE '${isoFromDay(today)}'`);
	let amountValue = 'CAST(NULL AS DOUBLE)';
	if (amount) {
		const a = c(amount.index);
		const point = amount.decimal === ',' ? ',' : '.';
		const value = `TRY_CAST(${point === ',' ? `replace(${a}, ',', '.')` : a} AS DOUBLE)`;
		amountValue = `CASE WHEN ${value} = 0 THEN 0.0 ELSE ${value} END`;
		conditions.push(
			`regexp_full_match(${a}, '-?[0-9]+(\\${point}[0-9]+)?')`,
			`strlen(${a}) <= 15`,
			`abs(${value}) <= ${MAX_AMOUNT}`
		);
		if (mapping.returns === 'drop') conditions.push(`NOT starts_with(${a}, '-')`);
	}
	if (order) conditions.push(`regexp_full_match(${c(order.index)}, '${PLAIN_ID}')`);
	const checked = new Set([customer.index, date.index, order?.index, amount?.index]);
	for (let i = 0; i < n; i++) if (!checked.has(i)) conditions.push(`NOT contains(${c(i)}, '"')`);
	const types = Array.from(
		{ length: n },
		(_, i) => `'c${i}': '${i === date.index ? 'DATE' : 'VARCHAR'}'`
	).join(', ');
	const cells = Array.from({ length: n }, (_, i) =>
		i === date.index ? `strftime(${c(i)}, '%Y-%m-%d')` : c(i)
	);
	const fast = conditions.map((x) => `(${x})`).join('\n      AND ');
	return `CREATE TEMP TABLE staged AS
SELECT fast,
  CASE WHEN fast THEN ${c(customer.index)} END AS customer_id,
  CASE WHEN fast THEN ${order ? c(order.index) : 'CAST(NULL AS VARCHAR)'} END AS order_id,
  CASE WHEN fast THEN ${c(date.index)} END AS date,
  CASE WHEN fast THEN ${amountValue} END AS amount,
  CASE WHEN NOT fast THEN [${cells.join(', ')}] END AS cells,
  CASE WHEN NOT fast THEN ${c(date.index)} < DATE '1900-01-01' END AS early
FROM (
  SELECT *, coalesce(${fast}, false) AS fast
  FROM read_csv(${sqlString(file)}, columns = {${types}}, delim = ${sqlString(mapping.delimiter)},
         quote = '', escape = '', header = false, skip = ${skip}, auto_detect = false,
         strict_mode = false, dateformat = '%Y-%m-%d', nullstr = ${sqlString(NO_NULL)}, max_line_size = 1048576,
         new_line = '\\n', store_rejects = true, rejects_table = '${REJECTS_TABLE}',
         rejects_scan = '${REJECTS_SCAN}', rejects_limit = 0)
)`;
}
