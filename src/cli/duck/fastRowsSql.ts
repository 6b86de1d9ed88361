// The SQL that reads a CSV file in DuckDB line by line and takes the rows that are plainly
// clean — rows the import's DatasetBuilder accepts as they are: printable ASCII ids without
// quotes or padding, every mapped field present, an ISO date between 1900 and today, a plain
// number for the amount, no quote in any other cell. Every other line keeps its text and goes
// through the app's own DatasetBuilder in JavaScript, the one place that decides rejections; so
// the accepted rows and the counts by reason are the app's.
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
 * The characters an id may have to be taken as it is: printable ASCII without the double quote
 * (the app removes control characters and trims Unicode spaces; a quote may change how the line
 * splits), and no space at either end (the app trims it). One regular expression per id cell:
 * measured cheaper than the separate strlen/length/starts_with/contains checks it replaces.
 */
export const PLAIN_ID = '[!#-~]([ !#-~]*[!#-~])?';

/**
 * The conditions under which a row is plainly clean: every one is a cheap vectorised check
 * (one regular expression per id and amount cell, a cast and its round trip for the date,
 * byte lengths), and together they imply that the app's DatasetBuilder would accept the row
 * with exactly the values the staging query takes (fastRowsSql.test.ts and
 * loadTransactions.test.ts compare them). A row they do not pass is not rejected here: it goes
 * to the app's own checks. Exported for the table-driven tests.
 */
export function fastConditions(
	mapping: Mapping,
	today: number,
	columns: number,
	withOrder = true
): FastConditions {
	const col = (role: string) => mapping.columns.find((c) => c.role === role) ?? null;
	const customer = col('customerId');
	const date = col('date');
	const amount = col('amount');
	// Without order ids (btyd, cohorts) the order column is like any other mapped column.
	const order = withOrder ? col('orderId') : null;
	if (!customer || !date) throw new Error('the mapping needs a customer id and a date column');
	const mapped = mapping.columns.filter((c) => c.role !== 'ignore').map((c) => c.index);
	const need = Math.max(...mapped) + 1;
	const n = Math.max(columns, need);
	const cell = (index: number) => `c${index}`;
	const id = (index: number) => `regexp_full_match(${cell(index)}, '${PLAIN_ID}')`;
	const conditions = [
		// A short row reads NULL past its last field (null_padding); an empty field reads ''.
		`${cell(need - 1)} IS NOT NULL`,
		// Bytes ≥ characters: a cell within the limit in bytes is within it in characters.
		...mapped.map((i) => `strlen(${cell(i)}) <= ${MAX_CELL_CHARS}`),
		id(customer.index)
	];
	const day = `TRY_CAST(${cell(date.index)} AS DATE)`;
	// Other date formats are read by the app's parseDate: such rows take the JavaScript road.
	if ((date.dateFormat ?? 'ymd') !== 'ymd') conditions.push('false');
	conditions.push(
		// DuckDB's own text of the date is the cell itself: exactly YYYY-MM-DD (the app's fast
		// ISO form), a real calendar day; no padding, no time, no other separator.
		`CAST(${day} AS VARCHAR) = ${cell(date.index)}`,
		`${day} BETWEEN DATE '1900-01-01' AND DATE '${isoFromDay(today)}'`
	);
	let amountValue = 'CAST(NULL AS DOUBLE)';
	if (amount) {
		const a = cell(amount.index);
		const point = amount.decimal === ',' ? ',' : '.';
		const text = point === ',' ? `replace(${a}, ',', '.')` : a;
		const value = `TRY_CAST(${text} AS DOUBLE)`;
		// "-0" is stored as 0, as the app stores it (1 / -0 is -Infinity downstream).
		amountValue = `CASE WHEN ${value} = 0 THEN 0.0 ELSE ${value} END`;
		conditions.push(
			// parseNumber's plain form: digits, one decimal mark between digits, a leading minus;
			// at most 15 characters, so at most 15 digits (an exact mantissa in the app).
			`regexp_full_match(${a}, '-?[0-9]+(\\${point}[0-9]+)?')`,
			`strlen(${a}) <= 15`,
			`abs(${value}) <= ${MAX_AMOUNT}`
		);
		if (mapping.returns === 'drop') conditions.push(`NOT starts_with(${a}, '-')`);
	}
	if (order) conditions.push(id(order.index));
	// A quote in any other cell may join lines or hide a delimiter for the app's parser: such a
	// row is not plain. (The id, date and amount checks above already refuse a quote.)
	const checked = new Set([customer.index, date.index, order?.index, amount?.index]);
	for (let i = 0; i < n; i++)
		if (!checked.has(i)) conditions.push(`NOT contains(coalesce(${cell(i)}, ''), '"')`);
	return { conditions, amountValue, day, columns: n };
}

export interface FastConditions {
	/** SQL conditions over the text cells c0…c(n-1); all true (not NULL) for a plain row. */
	conditions: string[];
	/** The amount as a DOUBLE (NULL without an amount column). */
	amountValue: string;
	/** The date as a DATE. */
	day: string;
	/** Cells read per line. */
	columns: number;
}

/** DuckDB's read_csv over the file's lines, every field as text, without quoting. */
export function plainCsvSql(file: string, mapping: Mapping, skip: number, n: number): string {
	const types = Array.from({ length: n }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
	return `read_csv(${sqlString(file)}, columns = {${types}}, delim = ${sqlString(mapping.delimiter)},
         quote = '', escape = '', header = false, skip = ${skip}, auto_detect = false,
         strict_mode = false, null_padding = true, nullstr = ${sqlString(NO_NULL)},
         max_line_size = 1048576, new_line = '\\n')`;
}

/**
 * The staging query for a file whose mapping DuckDB can read (UTF-8, a one-character
 * delimiter). DuckDB splits the fields itself without quoting (a quote anywhere sends the file
 * to the JavaScript reader, where quotes have their meaning); an empty field reads as '' and a
 * missing one as NULL, so a short row is told from one with empty cells. `skip` counts the
 * line breaks before the first data row (linesBeforeData); without `withOrder` the order ids
 * are neither checked nor kept (NULL). The table is TEMP: kept in DuckDB's
 * buffer pool and spilled to its temp directory past --memory-mb, which costs a fraction of
 * writing compressed blocks of a persistent table (measured in docs/benchmarks.md).
 */
export function fastRowsSql(
	file: string,
	mapping: Mapping,
	today: number,
	skip: number,
	columns: number,
	withOrder = true
): string {
	const f = fastConditions(mapping, today, columns, withOrder);
	const customer = mapping.columns.find((c) => c.role === 'customerId')!;
	const order = withOrder ? mapping.columns.find((c) => c.role === 'orderId') : undefined;
	const all = Array.from({ length: f.columns }, (_, i) => `c${i}`);
	const fast = f.conditions.map((c) => `(${c})`).join('\n      AND ');
	return `CREATE TEMP TABLE staged AS
SELECT fast,
  CASE WHEN fast THEN c${customer.index} END AS customer_id,
  CASE WHEN fast THEN ${order ? `c${order.index}` : 'CAST(NULL AS VARCHAR)'} END AS order_id,
  CASE WHEN fast THEN ${f.day} END AS date,
  CASE WHEN fast THEN ${f.amountValue} END AS amount,
  CASE WHEN NOT fast THEN [${all.join(', ')}] END AS cells
FROM (
  SELECT *, coalesce(${fast}, false) AS fast
  FROM ${plainCsvSql(file, mapping, skip, f.columns)}
)`;
}
