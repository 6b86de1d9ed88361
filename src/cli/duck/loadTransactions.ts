// Loads a transaction file of any size into DuckDB as the table `transactions(customer_id,
// order_id, date, amount)` that docs/sql reads, keeping exactly the rows the app keeps and
// counting the rejected ones by the app's reasons. Two roads, one set of rules:
//  - DuckDB reads the file itself (UTF-8, a one-character delimiter, no quote characters): the
//    plainly clean rows are accepted in SQL (fastRowsSql.ts); the others — typically a handful
//    — go through the app's DatasetBuilder here and are appended.
//  - Any other file (another encoding, whitespace-aligned columns, quoted fields that may hold
//    line breaks): the app's chunk decoder, record splitter and validator read it in JavaScript
//    and every accepted row is appended.
import { createReadStream } from 'node:fs';
import type { DuckDBConnection, DuckDBListValue } from '@duckdb/node-api';
import type { Mapping } from '../../lib/data/map/types';
import { ChunkDecoder } from '../../lib/data/stream/ChunkDecoder';
import { RecordSplitter, type RecordBatch } from '../../lib/data/stream/RecordSplitter';
import { StreamValidator, type StreamReport } from '../../lib/data/stream/StreamValidator';
import type { Role } from '../../lib/data/map/headerSynonyms';
import { CliError } from '../args';
import { appendBlock } from './appendBlock';
import { FAST_DELIMITERS, MAX_FAST_COLUMNS, fastRowsSql } from './fastRowsSql';
import { LineBreaks } from './LineBreaks';
import { linesBeforeData } from './linesBeforeData';

export interface LoadOptions {
	file: string;
	mapping: Mapping;
	/** The first bytes of the file as text (the sniffed head), for the header's position. */
	headText: string;
	/** Fields in the header (or the first rows) as sniffed. */
	columns: number;
	/** Rows dated after this day are rejected as typos, as at import. */
	today: number;
	chunkBytes: number;
	/** Whether the summary reads order ids (rfm); without, order_id is NULL and goes unchecked. */
	orderIds?: boolean;
	onProgress?: (bytesRead: number, rowsRead: number) => void;
}

export interface LoadResult {
	report: StreamReport;
	/** Which road the file took. */
	reader: 'duckdb' | 'javascript';
	/** Rows DuckDB accepted in SQL, and rows the app's validator looked at. */
	fastRows: number;
	checkedRows: number;
}

const KEEP: Role[] = ['customerId', 'date', 'amount', 'orderId'];
const keepRoles = (o: LoadOptions): Role[] =>
	o.orderIds === false ? KEEP.filter((r) => r !== 'orderId') : KEEP;
const SLOW_BATCH = 8192;

const TABLE = `CREATE TEMP TABLE checked (customer_id VARCHAR, order_id VARCHAR, date DATE, amount DOUBLE)`;

async function duckRoad(
	con: DuckDBConnection,
	o: LoadOptions,
	validator: StreamValidator
): Promise<number | null> {
	if (o.columns > MAX_FAST_COLUMNS) return null;
	try {
		await con.run(
			fastRowsSql(
				o.file,
				o.mapping,
				o.today,
				linesBeforeData(o.headText, o.mapping),
				o.columns,
				o.orderIds !== false
			)
		);
	} catch {
		// Invalid UTF-8, a line longer than DuckDB reads, …: the JavaScript road reads anything.
		return null;
	}
	const fast = Number(
		(
			await con.runAndReadAll('SELECT count(*) FILTER (WHERE fast)::DOUBLE FROM staged')
		).getRows()[0][0]
	);
	const appender = await con.createAppender('checked');
	const result = await con.stream('SELECT cells FROM staged WHERE NOT fast');
	let rows: string[][] = [];
	const flush = () => {
		if (rows.length === 0) return;
		const block = validator.add({ rows, firstRecord: 1, badRecords: [] });
		if (block) appendBlock(appender, block);
		rows = [];
	};
	let splittable = true;
	for (;;) {
		const chunk = await result.fetchChunk();
		if (!chunk || chunk.rowCount === 0) break;
		for (const value of chunk.getColumnValues(0)) {
			// The fields present: DuckDB pads a short row with NULLs.
			const items = (value as DuckDBListValue).items;
			const fields: string[] = [];
			for (const x of items) {
				if (x === null) break;
				fields.push(String(x));
			}
			// A quote may join lines into one record or hide a delimiter: the app's parser decides.
			if (fields.some((f) => f.includes('"'))) {
				splittable = false;
				break;
			}
			rows.push(fields);
			if (rows.length >= SLOW_BATCH) flush();
		}
		if (!splittable) break;
	}
	if (splittable) flush();
	appender.closeSync();
	if (!splittable) {
		await con.run('DROP TABLE staged');
		return null;
	}
	return fast;
}

async function javascriptRoad(
	con: DuckDBConnection,
	o: LoadOptions,
	validator: StreamValidator
): Promise<void> {
	const decoder = new ChunkDecoder(o.mapping.encoding);
	const splitter = new RecordSplitter({ delimiter: o.mapping.delimiter });
	const breaks = new LineBreaks();
	const appender = await con.createAppender('checked');
	const take = (batch: RecordBatch) => {
		const block = validator.add(batch);
		if (block) appendBlock(appender, block);
	};
	let bytesRead = 0;
	try {
		for await (const chunk of createReadStream(o.file, { highWaterMark: o.chunkBytes })) {
			const bytes = chunk as Buffer;
			bytesRead += bytes.length;
			take(splitter.push(breaks.push(decoder.decode(bytes))));
			o.onProgress?.(bytesRead, validator.report.rowsRead);
		}
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		if (code) throw new CliError(`cannot read ${o.file}: ${code}`);
		throw e;
	}
	take(splitter.push(breaks.push(decoder.end()) + breaks.end()));
	take(splitter.end());
	appender.flushSync();
	appender.closeSync();
}

export async function loadTransactions(con: DuckDBConnection, o: LoadOptions): Promise<LoadResult> {
	await con.run(TABLE);
	let fastRows: number | null = null;
	let validator: StreamValidator;
	if (o.mapping.encoding === 'utf-8' && FAST_DELIMITERS.includes(o.mapping.delimiter)) {
		// The lines DuckDB hands over are data rows: no header to skip.
		validator = new StreamValidator({ ...o.mapping, hasHeader: false }, o.today, keepRoles(o));
		fastRows = await duckRoad(con, o, validator);
	}
	if (fastRows === null) {
		validator = new StreamValidator(o.mapping, o.today, keepRoles(o));
		await con.run('DELETE FROM checked');
		await javascriptRoad(con, o, validator);
	}
	const v = validator!;
	const fast = fastRows ?? 0;
	await con.run(
		fastRows === null
			? 'CREATE TEMP VIEW transactions AS SELECT customer_id, order_id, date, amount FROM checked'
			: `CREATE TEMP VIEW transactions AS
			   SELECT customer_id, order_id, date, amount FROM staged WHERE fast
			   UNION ALL SELECT customer_id, order_id, date, amount FROM checked`
	);
	const days = (
		await con.runAndReadAll(
			`SELECT (max(date) - DATE '1970-01-01')::INTEGER AS last,
			        (min(date) FILTER (WHERE amount IS NULL OR amount >= 0) - DATE '1970-01-01')::INTEGER AS first
			 FROM transactions`
		)
	).getRowObjectsJS()[0] as { last: number | null; first: number | null };
	const r = v.report;
	return {
		report: {
			rowsRead: r.rowsRead + fast,
			accepted: r.accepted + fast,
			rejected: r.rejected,
			byReason: r.byReason,
			lastDay: days.last,
			firstPurchaseDay: days.first
		},
		reader: fastRows === null ? 'javascript' : 'duckdb',
		fastRows: fast,
		checkedRows: r.rowsRead
	};
}
