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
import {
	HANDLED_ERRORS,
	REJECTS_SCAN,
	REJECTS_TABLE,
	typedRoadFits,
	typedRowsSql
} from './typedRowsSql';

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
	/** Which reader took the file. */
	reader: 'duckdb' | 'javascript';
	/** Which road: DuckDB's typed reader, DuckDB's text reader, or the app's own reader. */
	road: 'typed' | 'text' | 'javascript';
	/** Rows DuckDB accepted in SQL, and rows the app's validator looked at. */
	fastRows: number;
	checkedRows: number;
}

const KEEP: Role[] = ['customerId', 'date', 'amount', 'orderId'];
const keepRoles = (o: LoadOptions): Role[] =>
	o.orderIds === false ? KEEP.filter((r) => r !== 'orderId') : KEEP;
const SLOW_BATCH = 8192;
/** Lines the typed road's reader may set aside (held in memory) before the text road takes over. */
const MAX_REJECTED_LINES = 100_000;
/** DuckDB 1.5 cuts csv_line in its rejects table at this many bytes (measured). */
const CSV_LINE_CUT = 10_000;

const TABLE = `CREATE TEMP TABLE checked (customer_id VARCHAR, order_id VARCHAR, date DATE, amount DOUBLE)`;

/** Drops what a DuckDB road left behind, so the next road starts clean. */
async function abandon(con: DuckDBConnection): Promise<null> {
	await con.run('DROP TABLE IF EXISTS staged');
	await con.run(`DROP TABLE IF EXISTS ${REJECTS_TABLE}`);
	await con.run(`DROP TABLE IF EXISTS ${REJECTS_SCAN}`);
	await con.run('DELETE FROM checked');
	return null;
}

/** A road's staging query (both roads build it from the same options). */
function stagingSql(build: typeof fastRowsSql, o: LoadOptions): string {
	const skip = linesBeforeData(o.headText, o.mapping);
	return build(o.file, o.mapping, o.today, skip, o.columns, o.orderIds !== false);
}

/**
 * The typed road's staging (typedRowsSql.ts). Null when the road does not fit: a reader error
 * the validator cannot be given the line of (invalid UTF-8, an over-long line), or a row whose
 * date DuckDB read before 1900 (from a year of fewer than four digits the app calls a bad
 * date, or a real early day: which reason is the app's, the line's text would tell).
 */
async function typedStage(con: DuckDBConnection, o: LoadOptions): Promise<string[][] | null> {
	if (!typedRoadFits(o.mapping)) return null;
	try {
		await con.run(stagingSql(typedRowsSql, o));
	} catch {
		return abandon(con);
	}
	const [early, unhandled, lineCount, cut] = (
		await con.runAndReadAll(
			`SELECT (SELECT count(*) FROM staged WHERE early)::DOUBLE,
			        (SELECT count(*) FROM ${REJECTS_TABLE}
			         WHERE error_type::VARCHAR NOT IN (${HANDLED_ERRORS.map((e) => `'${e}'`).join(', ')}))::DOUBLE,
			        (SELECT count(DISTINCT line) FROM ${REJECTS_TABLE})::DOUBLE,
			        (SELECT count(*) FROM ${REJECTS_TABLE}
			         WHERE strlen(csv_line) >= ${CSV_LINE_CUT})::DOUBLE`
		)
	)
		.getRows()[0]
		.map(Number);
	// The rejected lines are read into memory at once: a file that is mostly rejected lines
	// takes the text road, which streams them. DuckDB keeps only a line's first 10,000 bytes
	// in its rejects table: a longer line's fields would be wrong.
	if (early > 0 || unhandled > 0 || cut > 0 || lineCount > MAX_REJECTED_LINES) return abandon(con);
	// One entry per error: a line with two bad cells is one line.
	const lines = (
		await con.runAndReadAll(
			`SELECT any_value(csv_line) FROM ${REJECTS_TABLE} GROUP BY file_id, line ORDER BY line`
		)
	).getRows();
	const d = o.mapping.delimiter;
	return lines.map((r) => String(r[0]).split(d));
}

/** The text road's staging (fastRowsSql.ts); null when DuckDB cannot read the file. */
async function textStage(con: DuckDBConnection, o: LoadOptions): Promise<string[][] | null> {
	try {
		await con.run(stagingSql(fastRowsSql, o));
	} catch {
		// Invalid UTF-8, a line longer than DuckDB reads, …: the JavaScript road reads anything.
		return abandon(con);
	}
	return [];
}

async function duckRoad(
	con: DuckDBConnection,
	o: LoadOptions,
	validator: StreamValidator,
	typed: boolean
): Promise<number | null> {
	if (o.columns > MAX_FAST_COLUMNS) return null;
	const rejected = typed ? await typedStage(con, o) : await textStage(con, o);
	if (rejected === null) return null;
	const fast = Number(
		(
			await con.runAndReadAll('SELECT count(*) FILTER (WHERE fast)::DOUBLE FROM staged')
		).getRows()[0][0]
	);
	const appender = await con.createAppender('checked');
	let rows: string[][] = [];
	const flush = () => {
		if (rows.length === 0) return;
		const block = validator.add({ rows, firstRecord: 1, badRecords: [] });
		if (block) appendBlock(appender, block);
		rows = [];
	};
	// A quote may join lines into one record or hide a delimiter: the app's parser decides.
	let splittable = !rejected.some((fields) => fields.some((f) => f.includes('"')));
	if (splittable) for (const fields of rejected) rows.push(fields);
	const result = await con.stream('SELECT cells FROM staged WHERE NOT fast');
	while (splittable) {
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
	if (!splittable) return abandon(con);
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
	let road: LoadResult['road'] = 'javascript';
	if (o.mapping.encoding === 'utf-8' && FAST_DELIMITERS.includes(o.mapping.delimiter)) {
		// The lines DuckDB hands over are data rows: no header to skip.
		for (const typed of [true, false]) {
			validator = new StreamValidator({ ...o.mapping, hasHeader: false }, o.today, keepRoles(o));
			fastRows = await duckRoad(con, o, validator, typed);
			if (fastRows !== null) {
				road = typed ? 'typed' : 'text';
				break;
			}
		}
	}
	if (fastRows === null) {
		validator = new StreamValidator(o.mapping, o.today, keepRoles(o));
		await con.run('DELETE FROM checked');
		await javascriptRoad(con, o, validator);
	}
	const v = validator!;
	const fast = fastRows ?? 0;
	// `loaded` is every accepted row; `transactions`, which docs/sql reads, is all of them too
	// until summarize narrows it to one range of customers per pass (customerRanges.ts).
	await con.run(
		fastRows === null
			? 'CREATE TEMP VIEW loaded AS SELECT customer_id, order_id, date, amount FROM checked'
			: `CREATE TEMP VIEW loaded AS
			   SELECT customer_id, order_id, date, amount FROM staged WHERE fast
			   UNION ALL SELECT customer_id, order_id, date, amount FROM checked`
	);
	await con.run('CREATE TEMP VIEW transactions AS SELECT * FROM loaded');
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
		road,
		fastRows: fast,
		checkedRows: r.rowsRead
	};
}
