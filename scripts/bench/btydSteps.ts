// Where `summarize --what btyd` spends its CPU: the load step and candidate BTYD queries timed one
// by one in one process (process.cpuUsage counts DuckDB's threads too), each query's result
// reduced to a checksum in DuckDB so that only the query itself is timed. Not a test; the figures
// in docs/benchmarks.md ("Larger than memory: the CLI") come from it.
//   npx tsx scripts/bench/btydSteps.ts /tmp/crm-bench/stream-200mb.csv [--memory-mb 256] [--only a,b]
//     [--old-sql an/earlier/btyd.duckdb.sql]   (times that file's statement too, as `old`)
import { dayFromISO, isoFromDay } from '../../src/lib/analytics/dates';
import { loadTransactions } from '../../src/cli/duck/loadTransactions';
import { openDuck } from '../../src/cli/duck/openDuck';
import { headMapping } from '../../src/cli/stream/headMapping';
import { tempFolder } from '../../src/cli/stream/tempFolder';
import { btydSql } from '../../src/cli/commands/summarizeBtyd';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

const args = process.argv.slice(2);
const file = args[0];
const opt = (name: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
};
const memoryMb = Number(opt('memory-mb') ?? 256);
const only = opt('only')?.split(',');

function clock() {
	const c = process.cpuUsage();
	const w = performance.now();
	return () => {
		const d = process.cpuUsage(c);
		return { cpu: (d.user + d.system) / 1e6, wall: (performance.now() - w) / 1000 };
	};
}
const fmt = (t: { cpu: number; wall: number }) =>
	`cpu ${t.cpu.toFixed(2)} s  wall ${t.wall.toFixed(2)} s  load ${loadavg()[0].toFixed(1)}`;

const CENTS = `CASE WHEN abs(amount * 100 - round(amount * 100)) <= 1e-6 + round(amount * 100) * 4.5e-16
  THEN round(amount * 100) ELSE amount * 100 END`;

/** Days merged once, then one GROUP BY customer: the first day's spend by arg_min. */
function oneGroup(cal: string, filterFirst: boolean): string {
	const calFilter = filterFirst ? `AND date <= DATE '${cal}'` : '';
	const inCal = filterFirst ? '' : `FILTER (WHERE day <= DATE '${cal}')`;
	return `WITH days AS (
  SELECT customer_id, date AS day, SUM(${CENTS}) AS cents
  FROM transactions WHERE (amount IS NULL OR amount >= 0) ${calFilter}
  GROUP BY customer_id, date
), c AS (
  SELECT customer_id, min(day) AS first, max(day) ${inCal} AS last, count(*) ${inCal} AS days,
         arg_min_null(cents, day) AS first_cents, sum(cents) ${inCal} AS cents,
         count(*) FILTER (WHERE cents > 0 ${filterFirst ? '' : `AND day <= DATE '${cal}'`}) AS spend_days
  FROM days GROUP BY customer_id
)
SELECT customer_id, days - 1 AS x, (last - first) / 7.0 AS t_x, (DATE '${cal}' - first) / 7.0 AS T,
  (cents - coalesce(first_cents, 0)) / 100
    / nullif(spend_days - CASE WHEN first_cents > 0 THEN 1 ELSE 0 END, 0) AS mean_repeat_spend
FROM c WHERE first <= DATE '${cal}'`;
}

/** Customers by a 64-bit hash of the id, a collision seen as min(id) <> max(id). */
function hashed(cal: string): string {
	return `WITH days AS (
  SELECT hash(customer_id) AS h, date AS day, min(customer_id) AS lo, max(customer_id) AS hi,
         SUM(${CENTS}) AS cents
  FROM transactions WHERE (amount IS NULL OR amount >= 0) AND date <= DATE '${cal}'
  GROUP BY 1, 2
), c AS (
  SELECT h, min(lo) AS lo, max(hi) AS hi, min(day) AS first, max(day) AS last, count(*) AS days,
         arg_min_null(cents, day) AS first_cents, sum(cents) AS cents,
         count(*) FILTER (WHERE cents > 0) AS spend_days
  FROM days GROUP BY h
)
SELECT lo AS customer_id, days - 1 + CASE WHEN lo <> hi THEN 1e9 ELSE 0 END AS x,
  (last - first) / 7.0 AS t_x, (DATE '${cal}' - first) / 7.0 AS T,
  (cents - coalesce(first_cents, 0)) / 100
    / nullif(spend_days - CASE WHEN first_cents > 0 THEN 1 ELSE 0 END, 0) AS mean_repeat_spend
FROM c`;
}

const tmp = tempFolder('crm-btyd-steps-');
const duck = await openDuck(tmp.path, memoryMb);
const con = duck.con;
try {
	const head = headMapping(file, {});
	let t = clock();
	const loaded = await loadTransactions(con, {
		file,
		mapping: head.mapping,
		headText: head.headText,
		columns: head.preview.headers.length,
		today: dayFromISO('2030-01-01'),
		chunkBytes: 256 * 1024,
		orderIds: false
	});
	console.log(`load (${loaded.road}, ${loaded.report.accepted} rows): ${fmt(t())}`);
	const cal = loaded.report.lastDay!;
	const queries: Record<string, string> = {
		docs: btydSql(cal, 'week'),
		...(opt('old-sql')
			? {
					old: readFileSync(opt('old-sql')!, 'utf8')
						.replaceAll('{{calibration_end}}', isoFromDay(cal))
						.trim()
						.replace(/;$/, '')
				}
			: {}),
		oneGroup: oneGroup(isoFromDay(cal), false),
		oneGroupCal: oneGroup(isoFromDay(cal), true),
		hashed: hashed(isoFromDay(cal)),
		floatSums: oneGroup(isoFromDay(cal), true).replace(CENTS, 'amount * 100'),
		roundOnly: oneGroup(isoFromDay(cal), true).replace(CENTS, 'round(amount * 100)'),
		daysOnly: `SELECT customer_id, 0 AS x, 0 AS t_x, 0 AS mean_repeat_spend FROM (SELECT customer_id, date, sum(amount) FROM transactions GROUP BY 1, 2)`,
		customersOnly: `SELECT customer_id, count(*) AS x, min(date) - DATE '2000-01-01' AS t_x, sum(amount) AS mean_repeat_spend FROM transactions GROUP BY 1`
	};
	for (const [name, sql] of Object.entries(queries)) {
		if (only && !only.includes(name)) continue;
		t = clock();
		const r = (
			await con.runAndReadAll(
				`SELECT count(*)::DOUBLE AS n, sum(x)::DOUBLE AS x, sum(t_x)::DOUBLE AS tx,
				        sum(mean_repeat_spend)::DOUBLE AS m FROM (${sql})`
			)
		).getRowObjectsJS()[0];
		console.log(`${name}: ${fmt(t())}  ${JSON.stringify(r)}`);
	}
} finally {
	duck.close();
	tmp.remove();
}
