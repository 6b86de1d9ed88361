// `cli summarize --what btyd`: docs/sql/btyd.duckdb.sql run in DuckDB on the validated rows —
// the SQL whose equality with the app's clvSummary tests/unit/sqlEquality.test.ts checks — in
// the chosen time unit, written as the customer summary the app imports.
import { unitDays } from '../../lib/analytics/clv/unitDays';
import { clvIssue, type ClvUnit } from '../../lib/analytics/clv/clvTypes';
import { isoFromDay } from '../../lib/analytics/dates';
import type { Day } from '../../lib/analytics/types';
import { CliError } from '../args';
import { eachCustomerRange } from '../duck/customerRanges';
import { docSql } from '../duck/docSql';
import { eachChunk } from '../duck/readColumns';
import { clvIssueText } from './fit';
import type { SummaryInput, SummaryResult } from './summarizeTypes';

/** The header of a customer summary the app recognises (x, t_x, T, mean repeat spend). */
export const BTYD_COLUMNS = ['customer_id', 'frequency', 'recency', 'T', 'monetary'];

/** The SQL of docs/sql/btyd.duckdb.sql (in weeks) for another unit: the same division. */
export function btydSql(calibrationEnd: Day, unit: ClvUnit): string {
	const u = unitDays(unit);
	const divisor = Number.isInteger(u) ? u.toFixed(1) : String(u);
	return docSql('btyd.duckdb', { calibration_end: isoFromDay(calibrationEnd) }).replaceAll(
		'/ 7.0',
		`/ ${divisor}`
	);
}

export async function summarizeBtyd(
	input: SummaryInput,
	o: { calibrationEnd: Day; unit: ClvUnit }
): Promise<SummaryResult> {
	const { con, sink } = input;
	sink.header(BTYD_COLUMNS);
	let customers = 0;
	const sql = `SELECT customer_id, x::DOUBLE, t_x::DOUBLE, T::DOUBLE, mean_repeat_spend::DOUBLE
		 FROM (${btydSql(o.calibrationEnd, o.unit)})`;
	// One range of customers at a time when the file is large (its rows come sorted by id).
	await eachCustomerRange(con, { passes: input.passes, rows: input.report.accepted }, () =>
		eachChunk(con, sql, async (c, n) => {
			// No positive repeat spend: the mean is unknown (blank), as SQL's AVG gives NULL.
			for (let i = 0; i < n; i++)
				sink.row([
					c[0][i] as string,
					c[1][i] as number,
					c[2][i] as number,
					c[3][i] as number,
					c[4][i] as number | null
				]);
			customers += n;
			await sink.drain();
		})
	);
	if (customers === 0) throw new CliError(clvIssueText(clvIssue('no_customers')));
	// The notes clvSummary gives: returns left out, repeat days without a positive total. Such a
	// day's amounts are all 0 (returns are left out, so none is negative): only customers with
	// a zero amount can have one, and only their days are grouped — not every customer's again.
	const notes = (
		await con.runAndReadAll(
			`WITH zero AS (SELECT DISTINCT customer_id FROM transactions WHERE amount = 0),
			 days AS (
			   SELECT customer_id, date AS day, SUM(amount) AS spend, bool_or(amount IS NOT NULL) AS has
			   FROM transactions
			   WHERE (amount IS NULL OR amount >= 0) AND customer_id IN (SELECT customer_id FROM zero)
			   GROUP BY 1, 2),
			 f AS (SELECT customer_id, MIN(day) AS first FROM days GROUP BY 1)
			 SELECT (SELECT count(*) FROM transactions WHERE amount < 0)::DOUBLE AS returns,
			        (SELECT count(*) FROM days JOIN f USING (customer_id)
			         WHERE day > first AND day <= DATE '${isoFromDay(o.calibrationEnd)}'
			           AND has AND NOT (spend > 0))::DOUBLE AS nonpositive`
		)
	).getRowObjectsJS()[0] as { returns: number; nonpositive: number };
	const warnings: string[] = [];
	if (notes.returns > 0)
		warnings.push(clvIssueText(clvIssue('returns_excluded', 'warning', { count: notes.returns })));
	if (notes.nonpositive > 0)
		warnings.push(
			clvIssueText(clvIssue('nonpositive_spends_excluded', 'warning', { count: notes.nonpositive }))
		);
	return { rows: customers, customers, warnings };
}
