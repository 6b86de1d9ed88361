// The SQL that reads a CSV file in DuckDB line by line and takes the rows that are plainly
// clean — exactly the rows the import's byte reader (readByteRows) accepts without a second
// look: printable ASCII without quotes, every mapped field present, the kept cells neither
// blank nor padded, an ISO date between 1900 and today, a plain number for the amount. Every
// other line keeps its text and goes through the app's own DatasetBuilder in JavaScript, the
// one place that decides rejections; so the accepted rows and the counts by reason are the app's.
import type { Mapping } from '../../lib/data/map/types';
import { isoFromDay } from '../../lib/analytics/dates';
import { MAX_AMOUNT, MAX_CELL_CHARS } from '../../lib/data/validate/DatasetBuilder';

/** Delimiters DuckDB is given directly; others (whitespace) take the JavaScript reader. */
export const FAST_DELIMITERS = [',', ';', '\t', '|'];

/** A DuckDB string literal. */
export function sqlString(s: string): string {
	return `'${s.replace(/'/g, "''")}'`;
}

/** DuckDB's text for NULL, set to what no cell holds: an empty field then reads as ''. */
const NO_NULL = '\u0001\u0002\u0003';

/** Files with more columns than this take the JavaScript reader (every cell is checked for quotes). */
export const MAX_FAST_COLUMNS = 64;

/**
 * The staging query for a file whose mapping DuckDB can read (UTF-8, a one-character
 * delimiter). DuckDB splits the fields itself without quoting (a quote anywhere sends the file
 * to the JavaScript reader, where quotes have their meaning); an empty field reads as '' and a
 * missing one as NULL, so a short row is told from one with empty cells. `skip` counts the
 * line breaks before the first data row (linesBeforeData).
 */
export function fastRowsSql(
	file: string,
	mapping: Mapping,
	today: number,
	skip: number,
	columns: number
): string {
	const col = (role: string) => mapping.columns.find((c) => c.role === role) ?? null;
	const customer = col('customerId');
	const date = col('date');
	const amount = col('amount');
	const order = col('orderId');
	if (!customer || !date) throw new Error('the mapping needs a customer id and a date column');
	const need =
		Math.max(...mapping.columns.filter((c) => c.role !== 'ignore').map((c) => c.index)) + 1;
	const n = Math.max(columns, need);
	const cell = (index: number) => `c${index}`;
	const clean = (index: number) => {
		const c = cell(index);
		return `(${c} <> '' AND NOT starts_with(${c}, ' ') AND NOT ends_with(${c}, ' '))`;
	};
	// Ids become strings as they are: printable ASCII only (the app trims Unicode spaces and
	// removes control characters: such cells take the JavaScript road).
	const asIs = (index: number) => {
		const c = cell(index);
		return `(strlen(${c}) = length(${c}) AND NOT regexp_matches(${c}, '[\\x00-\\x1f\\x7f]'))`;
	};
	const mapped = mapping.columns.filter((c) => c.role !== 'ignore').map((c) => c.index);
	const conditions = [
		`${cell(need - 1)} IS NOT NULL`,
		...mapped.map((i) => `length(${cell(i)}) <= ${MAX_CELL_CHARS}`),
		clean(customer.index),
		asIs(customer.index),
		clean(date.index)
	];
	// Other date formats are read by the app's parseDate: such rows take the JavaScript road.
	if ((date.dateFormat ?? 'ymd') !== 'ymd') conditions.push('false');
	conditions.push(
		`regexp_full_match(${cell(date.index)}, '[0-9]{4}-[0-9]{2}-[0-9]{2}')`,
		`try_cast(${cell(date.index)} AS DATE) BETWEEN DATE '1900-01-01' AND DATE '${isoFromDay(today)}'`
	);
	let amountValue = 'CAST(NULL AS DOUBLE)';
	if (amount) {
		const a = cell(amount.index);
		const point = amount.decimal === ',' ? ',' : '.';
		const text = point === ',' ? `replace(${a}, ',', '.')` : a;
		amountValue = `TRY_CAST(${text} AS DOUBLE)`;
		conditions.push(
			clean(amount.index),
			// parseNumber's plain form: up to 15 digits, one decimal mark between digits.
			`regexp_full_match(${a}, '-?[0-9]+(\\${point}[0-9]+)?')`,
			`length(replace(replace(${a}, '-', ''), '${point}', '')) <= 15`,
			`abs(${amountValue}) <= ${MAX_AMOUNT}`
		);
		if (mapping.returns === 'drop') conditions.push(`NOT starts_with(${a}, '-')`);
	}
	if (order) conditions.push(clean(order.index), asIs(order.index));
	const all = Array.from({ length: n }, (_, i) => cell(i));
	const quoted = all.map((c) => `contains(coalesce(${c}, ''), '"')`).join(' OR ');
	const fast = conditions.map((c) => `(${c})`).join('\n      AND ');
	const types = all.map((c) => `'${c}': 'VARCHAR'`).join(', ');
	return `CREATE TABLE staged AS
SELECT fast,
  CASE WHEN fast THEN ${cell(customer.index)} END AS customer_id,
  CASE WHEN fast THEN ${order ? cell(order.index) : 'CAST(NULL AS VARCHAR)'} END AS order_id,
  CASE WHEN fast THEN TRY_CAST(${cell(date.index)} AS DATE) END AS date,
  CASE WHEN fast THEN ${amountValue} END AS amount,
  CASE WHEN NOT fast THEN [${all.join(', ')}] END AS cells
FROM (
  SELECT *, coalesce(${fast}, false) AND NOT quoted AS fast
  FROM (
    SELECT *, ${quoted} AS quoted
    FROM read_csv(${sqlString(file)}, columns = {${types}}, delim = ${sqlString(mapping.delimiter)},
         quote = '', escape = '', header = false, skip = ${skip}, auto_detect = false,
         strict_mode = false, null_padding = true, nullstr = ${sqlString(NO_NULL)},
         max_line_size = 1048576, new_line = '\\n')
  )
)`;
}
