// Runs in the bench's DuckDB page: start-up (worker + WebAssembly instantiation), then on a
// file: read_csv into a table and the RFM GROUP BY with NTILE scores, timed in the page.
import * as duckdb from '/node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser.mjs';

const DIST = `${location.origin}/node_modules/@duckdb/duckdb-wasm/dist`;
const state = { marks: {}, error: null, done: false };
window.__duck = state;

const RFM = `
CREATE TABLE tx AS SELECT * FROM read_csv('tx.csv', header = true, columns = {
  'customer_id': 'VARCHAR', 'order_id': 'VARCHAR', 'date': 'DATE', 'amount': 'DOUBLE',
  'category': 'VARCHAR'});
CREATE TABLE rfm AS
WITH as_of AS (SELECT MAX(date) + 1 AS d FROM tx),
m AS (SELECT customer_id, SUM(amount) AS monetary FROM tx GROUP BY customer_id),
p AS (
  SELECT customer_id, (SELECT d FROM as_of) - MAX(date) AS recency,
         COUNT(DISTINCT order_id) AS frequency
  FROM tx WHERE amount >= 0 GROUP BY customer_id
)
SELECT p.customer_id, recency, frequency, monetary,
       NTILE(5) OVER (ORDER BY recency DESC) AS r,
       NTILE(5) OVER (ORDER BY frequency) AS f,
       NTILE(5) OVER (ORDER BY monetary) AS m
FROM p JOIN m USING (customer_id);`;

async function start() {
	state.marks.start = performance.now();
	const worker = new Worker(`${DIST}/duckdb-browser-eh.worker.js`);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(`${DIST}/duckdb-eh.wasm`);
	const conn = await db.connect();
	state.marks.ready = performance.now();
	return { db, conn };
}

const ready = start().catch((e) => {
	state.error = String(e);
});

document.getElementById('file').addEventListener('change', async (e) => {
	state.marks.drop = performance.now();
	try {
		const { db, conn } = await ready;
		const file = e.target.files[0];
		await db.registerFileHandle('tx.csv', file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
		await conn.query(RFM);
		state.marks.rfm = performance.now();
		const n = await conn.query('SELECT COUNT(*) AS n, SUM(r) AS r FROM rfm');
		state.rows = Number(n.toArray()[0].n);
		const t = await conn.query('SELECT COUNT(*) AS n FROM tx');
		state.txRows = Number(t.toArray()[0].n);
	} catch (err) {
		state.error = String(err);
	}
	state.done = true;
});
