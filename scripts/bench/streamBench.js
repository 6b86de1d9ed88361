// Larger than memory: times `crm-workbench summarize` (the built CLI, DuckDB) on a generated
// transaction file of a given size and writes the results into docs/benchmarks.md (between the
// bench:stream markers, next to the figures of the earlier hash-partitioning version). Not a test.
//   npm run bench -- --cli --size 1GB,5GB [--what btyd,rfm] [--memory-mb MB] [--no-write] [--delete]
// Without --memory-mb the CLI's own default is measured (a quarter of the machine's memory).
//                      [--data-dir /tmp/crm-bench]   (where the generated files go; default bench-data)
//   node scripts/bench/streamBench.js --size 5GB …   (the same)
// The file (bench-data/stream-<size>.csv) is made once and reused: same seed, same bytes. Rows
// use the format of makeTransactions.js (customer_id,order_id,date,amount,category; each row
// its own order, ~2 % returns) for a fixed population of 1M customers, so a larger file is a
// longer history, not more customers. --delete removes the file afterwards. GB = 10^9 bytes.
import { spawn, spawnSync } from 'node:child_process';
import {
	closeSync,
	existsSync,
	mkdirSync,
	openSync,
	readFileSync,
	rmSync,
	statSync
} from 'node:fs';
import { writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { rng } from './makeTransactions.js';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : fallback;
};
const DIR = arg('data-dir', 'bench-data');
const DOC = 'docs/benchmarks.md';
const START = '<!-- bench:stream:start -->';
const END = '<!-- bench:stream:end -->';
const CUSTOMERS = 1_000_000;
const CATEGORIES = ['books', 'music', 'toys', 'garden', 'kitchen', 'sports', 'beauty', 'tools'];
const FIRST_DAY = Date.UTC(2021, 0, 1) / 86_400_000;
const SPAN_DAYS = 3 * 365;
/** Average bytes of a row below; only spreads the dates over the span. */
const ROW_BYTES = 44;

function parseSize(text) {
	const m = /^(\d+(?:\.\d+)?)\s*(GB|MB)$/i.exec(text ?? '');
	if (!m) throw new Error('--size takes e.g. 1GB, 5GB or 200MB');
	return {
		label: `${m[1]}${m[2].toUpperCase()}`,
		bytes: Number(m[1]) * (m[2].toUpperCase() === 'GB' ? 1e9 : 1e6)
	};
}

/** Writes rows in date order until the file reaches `bytes`; returns the number of rows. */
function generate(path, bytes, seed = 20240601) {
	const rand = rng(seed);
	const width = String(CUSTOMERS).length + 1;
	const perDay = bytes / ROW_BYTES / SPAN_DAYS;
	const fd = openSync(path, 'w');
	let written = 0;
	let rows = 0;
	let chunk = 'customer_id,order_id,date,amount,category\n';
	let day = -1;
	let iso = '';
	while (written + chunk.length < bytes) {
		const d = FIRST_DAY + Math.floor(rows / perDay);
		if (d !== day) {
			day = d;
			iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
		}
		// u² skews towards low ids: a minority of customers makes most purchases.
		const u = rand();
		const c = Math.floor(u * u * CUSTOMERS);
		const amount = Math.round(Math.exp(3 + rand() * 1.6) * 100) / 100;
		const signed = rand() < 0.02 ? -amount : amount;
		const cat = CATEGORIES[Math.floor(rand() * CATEGORIES.length)];
		chunk += `C${String(c).padStart(width, '0')},${100000 + rows},${iso},${signed.toFixed(2)},${cat}\n`;
		rows++;
		if (chunk.length > 1 << 22) {
			written += writeSync(fd, chunk);
			chunk = '';
		}
	}
	written += writeSync(fd, chunk);
	closeSync(fd);
	return rows;
}

function ensureFile(size) {
	mkdirSync(DIR, { recursive: true });
	const path = join(DIR, `stream-${size.label.toLowerCase()}.csv`);
	// A file within one row of the size was made by this generator (or by an interrupted run: redo).
	if (existsSync(path) && Math.abs(statSync(path).size - size.bytes) < 100) return path;
	console.log(`generating ${path} (${size.label})…`);
	const t0 = performance.now();
	const rows = generate(path, size.bytes);
	console.log(
		`  ${rows.toLocaleString('en-US')} rows in ${((performance.now() - t0) / 1000).toFixed(0)} s`
	);
	return path;
}

/** Runs the CLI under /usr/bin/time -v when present: wall time, peak RSS (kB) and its JSON line. */
function runCli(cliArgs) {
	const timeV = existsSync('/usr/bin/time');
	const bin = [process.execPath, 'bin/crm-workbench.js'];
	const cmd = timeV ? '/usr/bin/time' : bin[0];
	const full = timeV ? ['-v', ...bin, ...cliArgs] : [bin[1], ...cliArgs];
	return new Promise((resolve, reject) => {
		const t0 = performance.now();
		const child = spawn(cmd, full, { env: { ...process.env, TZ: 'UTC' } });
		let out = '';
		let err = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => {
			err += d;
			// The CLI's own lines; time -v's report is parsed below.
			for (const line of String(d).split('\n'))
				if (/^(summarize|error|internal error)/.test(line)) console.log(`  ${line}`);
		});
		child.on('error', reject);
		child.on('close', (code) => {
			const seconds = (performance.now() - t0) / 1000;
			if (code !== 0) return reject(new Error(`cli exited ${code}`));
			// time -v reports the largest resident set among the processes it waited for.
			const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
			const user = /User time \(seconds\): ([\d.]+)/.exec(err);
			const sys = /System time \(seconds\): ([\d.]+)/.exec(err);
			const cpu = user && sys ? Number(user[1]) + Number(sys[1]) : null;
			const report = JSON.parse(out.trim().split('\n').pop());
			const peakRssBytes = kb ? Number(kb[1]) * 1024 : report.peakRssMB * 1e6;
			resolve({ seconds, cpu, peakRssBytes, report });
		});
	});
}

function rowsOf(doc) {
	const start = doc.indexOf(START);
	const end = doc.indexOf(END);
	if (start < 0 || end < start) throw new Error(`${DOC} has no ${START} … ${END} section`);
	const lines = doc
		.slice(start, end)
		.split('\n')
		.filter((l) => /^\| \d/.test(l));
	return lines.map((l) =>
		l
			.split('|')
			.slice(1, -1)
			.map((c) => c.trim())
	);
}

const HEADER = [
	'file',
	'rows',
	'summary',
	'engine',
	'customers',
	'wall time',
	'MB/s',
	'CPU time',
	'peak RSS'
];

/** A Markdown table padded the way prettier writes it, so `npm run lint` stays quiet. */
function markdownTable(header, rows) {
	const widths = header.map((h, i) => Math.max(3, h.length, ...rows.map((r) => r[i].length)));
	const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
	return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function writeDoc(results, note) {
	const doc = readFileSync(DOC, 'utf8');
	const keep = rowsOf(doc).filter((r) => !results.some((x) => x[0] === r[0] && x[2] === r[2]));
	const all = [...keep, ...results].sort(
		(a, b) => parseSize(a[0]).bytes - parseSize(b[0]).bytes || a[2].localeCompare(b[2])
	);
	const body = `${START}\n\n${markdownTable(HEADER, all)}\n\n${note}\n\n${END}`;
	const start = doc.indexOf(START);
	const end = doc.indexOf(END) + END.length;
	writeFileSync(DOC, doc.slice(0, start) + body + doc.slice(end));
}

const sizes = (arg('size') ?? '').split(',').map(parseSize);
const kinds = (arg('what', 'btyd,rfm') ?? '').split(',');
// null: the CLI's default, which the JSON report names (memoryUsed).
const memoryMb = arg('memory-mb', null);
let memoryUsed = memoryMb;
const results = [];
// The built CLI, as users run it (npm ci builds it; rebuilt here so it is the tree's code).
spawnSync(process.execPath, ['scripts/buildCli.js'], { stdio: 'inherit' });
for (const size of sizes) {
	const file = ensureFile(size);
	const bytes = statSync(file).size;
	for (const what of kinds) {
		const out = join(DIR, `stream-${size.label.toLowerCase()}-${what}.csv`);
		console.log(
			`summarize --what ${what} on ${file} (${(bytes / 1e9).toFixed(2)} GB, --memory-mb ${memoryMb ?? 'default'})`
		);
		let r;
		try {
			r = await runCli([
				'summarize',
				file,
				'--what',
				what,
				'--out',
				out,
				...(memoryMb === null ? [] : ['--memory-mb', memoryMb]),
				'--verbose'
			]);
			memoryUsed = r.report.memoryMb ?? memoryUsed;
		} catch (e) {
			// A failed run is a result too (e.g. DuckDB out of its memory limit): say so, go on.
			console.log(`  ${e.message}`);
			results.push([size.label, '', what, `failed: ${e.message}`, '', '', '', '', '']);
			continue;
		}
		const mbps = bytes / 1e6 / r.seconds;
		console.log(
			`  ${r.seconds.toFixed(1)} s, ${mbps.toFixed(1)} MB/s, peak RSS ${(r.peakRssBytes / 2 ** 20).toFixed(0)} MiB`
		);
		results.push([
			size.label,
			r.report.rowsRead.toLocaleString('en-US'),
			what,
			r.report.reader,
			r.report.customers.toLocaleString('en-US'),
			`${r.seconds.toFixed(1)} s`,
			mbps.toFixed(1),
			r.cpu === null ? 'n/a' : `${r.cpu.toFixed(1)} s`,
			`${(r.peakRssBytes / 2 ** 20).toFixed(0)} MiB`
		]);
		rmSync(out, { force: true });
	}
}
if (!args.includes('--no-write')) {
	const cpus = os.availableParallelism?.() ?? os.cpus().length;
	const note =
		`Measured by \`npm run bench -- --cli --size ${sizes.map((x) => x.label).join(',')}\` with --memory-mb ${memoryMb ?? `left to the CLI's default (${memoryUsed})`}, ` +
		`Node ${process.version}, ${cpus} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM. Wall time ` +
		'includes Node start-up (the built CLI, no tsx); CPU time (user + system, all threads) and peak RSS are ' +
		'`/usr/bin/time -v`’s. The machine was shared with other work: ' +
		`load average ${os.loadavg()[0].toFixed(1)} at the end of this run, so wall times vary.`;
	writeDoc(results, note);
	console.log(`wrote ${DOC}`);
}
