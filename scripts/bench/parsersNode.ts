// PapaParse against the app's own CSV readers, in Node, on the same texts (issue 20: the design
// card names PapaParse; the app parses with fastParse and keeps PapaParse as the tests' oracle).
//   npm run bench -- --parsers [runs]      (node --expose-gc --import tsx scripts/bench/parsersNode.ts)
// Two jobs, each text → string rows, every row checked equal to PapaParse's before timing:
//   whole text   Papa.parse(text)                     vs parse/parseText (fastParse)
//   1 MB chunks  Papa.parse(text, { chunkSize, chunk }) vs stream/RecordSplitter.push per chunk
// and, for context, the whole import to typed columns (what the app does with the rows):
//   PapaParse rows → DatasetBuilder  vs the app's text path (fastParse → the same builder)
//   vs the app's byte path (validate/readByteRows: a clean UTF-8 file never becomes strings)
// on the bench's 100k- and 1M-row files (scripts/bench/makeTransactions.js: no quotes) and on a
// quoted 100k file (every category quoted, a third with a comma inside, a tenth with "" escapes).
// CPU time (user + system) moves less than wall time on a shared machine; both are printed with
// the load average of the minute. The parsers alternate run by run so they share the same minutes.
import Papa from 'papaparse';
import os from 'node:os';
import { readFileSync } from 'node:fs';
import { parseText } from '../../src/lib/data/parse/parseText';
import { RecordSplitter } from '../../src/lib/data/stream/RecordSplitter';
import { previewFile } from '../../src/lib/data/pipeline/previewFile';
import { importPartBytes, importTextPartial } from '../../src/lib/data/pipeline/importBytes';
import { DatasetBuilder, type PartialDataset } from '../../src/lib/data/validate/DatasetBuilder';
import type { Mapping } from '../../src/lib/data/map/types';
import { ensureTransactions, SIZES } from './makeTransactions.js';

const runs = Math.max(1, Number(process.argv[2] ?? 5));
const CHUNK = 1 << 20;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

type Rows = string[][];
const parsers: Record<string, (text: string) => Rows> = {
	'PapaParse whole text': (text) =>
		Papa.parse<string[]>(text, { delimiter: ',', header: false, skipEmptyLines: false }).data,
	'fastParse (parseText)': (text) => {
		const rows: Rows = [];
		parseText(text, { delimiter: ',', onChunk: (c) => void rows.push(...c.rows) });
		return rows;
	},
	'PapaParse 1 MB chunks': (text) => {
		const rows: Rows = [];
		// A string is cut into chunkSize pieces too; @types/papaparse types `chunk` for files only.
		const config = {
			delimiter: ',',
			chunkSize: CHUNK,
			chunk: (r: Papa.ParseResult<string[]>) => void rows.push(...r.data)
		};
		Papa.parse<string[]>(text, config as Papa.ParseConfig<string[]>);
		return rows;
	},
	'RecordSplitter 1 MB chunks': (text) => {
		const rows: Rows = [];
		const s = new RecordSplitter({ delimiter: ',' });
		for (let at = 0; at < text.length; at += CHUNK)
			rows.push(...s.push(text.slice(at, at + CHUNK)).rows);
		rows.push(...s.end().rows);
		return rows;
	}
};

/** The 100k file with quoting PapaParse and fastParse must both undo. */
function quoted(text: string): string {
	let n = 0;
	return text.replace(/,([a-z]+)\n/g, (_, cat: string) => {
		n++;
		const v = n % 10 === 0 ? `${cat} ""best""` : n % 3 === 0 ? `${cat}, misc` : cat;
		return `,"${v}"\n`;
	});
}

function sameRows(a: Rows, b: Rows): string | null {
	// PapaParse keeps the empty last row after a final line break; the app's readers do too
	// (parseText) or not (RecordSplitter ends without one): compare up to the last non-empty row.
	const trim = (r: Rows) => (r.length && r.at(-1)!.join('') === '' ? r.slice(0, -1) : r);
	const x = trim(a);
	const y = trim(b);
	if (x.length !== y.length) return `${x.length} vs ${y.length} rows`;
	for (let i = 0; i < x.length; i++)
		if (x[i].length !== y[i].length || x[i].some((v, k) => v !== y[i][k]))
			return `row ${i + 1}: ${JSON.stringify(x[i])} vs ${JSON.stringify(y[i])}`;
	return null;
}

const TODAY = 30_000;
/** Bytes → validated columns, three ways; each gives the same accepted rows. */
const importers: Record<string, (bytes: Uint8Array, mapping: Mapping) => PartialDataset> = {
	'PapaParse rows → DatasetBuilder': (bytes, mapping) => {
		const text = new TextDecoder().decode(bytes);
		const rows = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: false }).data;
		const b = new DatasetBuilder(mapping, TODAY);
		b.addRows(rows.slice(1), 2);
		return b.partial();
	},
	'app text path (fastParse → DatasetBuilder)': (bytes, mapping) =>
		importTextPartial(new TextDecoder().decode(bytes), mapping, TODAY),
	'app byte path (readByteRows)': (bytes, mapping) => importPartBytes(bytes, mapping, TODAY)
};

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const load = () => os.loadavg()[0].toFixed(1);

/**
 * Times each job `runs` times, the jobs alternating so they share the same minutes; per job the
 * CPU median (min) and wall median as table cells, and the load average before–after.
 */
function timeJobs(jobs: Record<string, () => unknown>) {
	const cpu: Record<string, number[]> = {};
	const wall: Record<string, number[]> = {};
	const loadBefore = load();
	for (let r = 0; r < runs; r++)
		for (const [name, job] of Object.entries(jobs)) {
			gc();
			const c0 = process.cpuUsage();
			const t0 = performance.now();
			job();
			const ms = performance.now() - t0;
			const c = process.cpuUsage(c0);
			(cpu[name] ??= []).push((c.user + c.system) / 1000);
			(wall[name] ??= []).push(ms);
		}
	const loads = `${loadBefore}–${load()}`;
	return (name: string) =>
		`${median(cpu[name]).toFixed(0)} (${Math.min(...cpu[name]).toFixed(0)}) | ${median(wall[name]).toFixed(0)} | ${loads}`;
}

const files = [
	...['100k', '1M'].map((label) => {
		const size = ensureTransactions(
			'bench-data',
			SIZES.find((s: { label: string }) => s.label === label)
		);
		return { name: `${label} rows, no quotes`, text: readFileSync(size.path, 'utf8') };
	})
];
files.splice(1, 0, { name: '100k rows, quoted', text: quoted(files[0].text) });

console.log(`${runs} runs each, Node ${process.version}, ${os.availableParallelism()} CPUs`);
console.log(
	'| file | MB | parser | CPU median (min) ms | wall median ms | load avg | rows equal to PapaParse |'
);
console.log('| --- | --: | --- | --: | --: | --: | --- |');
for (const f of files) {
	const reference = parsers['PapaParse whole text'](f.text);
	const equal = Object.fromEntries(
		Object.entries(parsers).map(([name, p]) => [name, sameRows(reference, p(f.text)) ?? 'yes'])
	);
	const cells = timeJobs(
		Object.fromEntries(Object.entries(parsers).map(([name, p]) => [name, () => p(f.text)]))
	);
	for (const name of Object.keys(parsers))
		console.log(
			`| ${f.name} | ${(f.text.length / 1e6).toFixed(1)} | ${name} | ${cells(name)} | ${equal[name]} |`
		);
}

console.log('');
console.log(
	'| file | import to columns | CPU median (min) ms | wall median ms | load avg | accepted rows |'
);
console.log('| --- | --- | --: | --: | --: | --: |');
for (const f of files) {
	const bytes = new TextEncoder().encode(f.text);
	const { mapping } = previewFile(bytes, 'bench.csv', {});
	const accepted = Object.fromEntries(
		Object.entries(importers).map(([name, run]) => [name, run(bytes, mapping).report.accepted])
	);
	const cells = timeJobs(
		Object.fromEntries(
			Object.entries(importers).map(([name, run]) => [name, () => run(bytes, mapping)])
		)
	);
	for (const name of Object.keys(importers))
		console.log(`| ${f.name} | ${name} | ${cells(name)} | ${accepted[name]} |`);
}
