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

/** What DuckDB is told separates fields when it reads whole lines: three control bytes no
 * text file has in a row (a line that does holds them is not plain, and DuckDB then errors: the
 * JavaScript reader takes the file). */
const LINE_DELIMITER = '\u0001\u0002\u0003';

/**
 * The staging query for a file whose mapping DuckDB can read (UTF-8, a one-character
 * delimiter). `skip` physical lines come before the first data row (blank lines and the header).
 */
export function fastRowsSql(file: string, mapping: Mapping, today: number, skip: number): string {
	const col = (role: string) => mapping.columns.find((c) => c.role === role) ?? null;
	const customer = col('customerId');
	const date = col('date');
	const amount = col('amount');
	const order = col('orderId');
	if (!customer || !date) throw new Error('the mapping needs a customer id and a date column');
	const need =
		Math.max(...mapping.columns.filter((c) => c.role !== 'ignore').map((c) => c.index)) + 1;
	const d = mapping.delimiter;
	const cell = (index: number) => `f[${index + 1}]`;
	const clean = (index: number) => {
		const c = cell(index);
		return `(${c} <> '' AND NOT starts_with(${c}, ' ') AND NOT ends_with(${c}, ' '))`;
	};
	// The printable ASCII range, the delimiter allowed (a tab is not printable), no quote.
	const notPlain = d === '\t' ? `'[^\\t\\x20-\\x7e]|"'` : `'[^\\x20-\\x7e]|"'`;
	const conditions = [
		`strlen(line) <= ${MAX_CELL_CHARS}`,
		`NOT regexp_matches(line, ${notPlain})`,
		`len(f) >= ${need}`,
		clean(customer.index),
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
			`length(regexp_replace(${a}, '[^0-9]', '', 'g')) <= 15`,
			`abs(${amountValue}) <= ${MAX_AMOUNT}`
		);
		if (mapping.returns === 'drop') conditions.push(`NOT starts_with(${a}, '-')`);
	}
	if (order) conditions.push(clean(order.index));
	const fast = conditions.map((c) => `(${c})`).join('\n      AND ');
	return `CREATE TABLE staged AS
WITH l AS (
  SELECT line, string_split(line, ${sqlString(d)}) AS f
  FROM read_csv(${sqlString(file)}, columns = {'line': 'VARCHAR'}, delim = ${sqlString(LINE_DELIMITER)},
       quote = '', escape = '', header = false, skip = ${skip}, auto_detect = false,
       strict_mode = false, max_line_size = 1048576, new_line = '\\n')
  WHERE line IS NOT NULL
)
SELECT fast,
  CASE WHEN fast THEN ${cell(customer.index)} END AS customer_id,
  CASE WHEN fast THEN ${order ? cell(order.index) : 'CAST(NULL AS VARCHAR)'} END AS order_id,
  CASE WHEN fast THEN TRY_CAST(${cell(date.index)} AS DATE) END AS date,
  CASE WHEN fast THEN ${amountValue} END AS amount,
  CASE WHEN NOT fast THEN line END AS line
FROM (SELECT *, coalesce(${fast}, false) AS fast FROM l)`;
}
