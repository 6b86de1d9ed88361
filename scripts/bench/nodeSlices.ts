// Times one half of a large file on the sliced byte road in Node (what each import worker does
// for a 10M-row file), then the join and prepareDataset, for profiling with --cpu-prof:
//   npx tsx scripts/bench/nodeSlices.ts [file] [MB to read, default all] [srcRoot]
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/bench/nodeSlices.ts …
// CPU time is printed beside wall time: on a shared machine it moves less with the load.
import { openSync, readSync, fstatSync, closeSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const path = process.argv[2] ?? 'bench-data/transactions-10m.csv';
const mb = Number(process.argv[3] ?? 0);
const root = resolve(process.argv[4] ?? 'src');
const imp = (p: string) => import(pathToFileURL(`${root}/lib/data/${p}.ts`).href);
const { previewFile, SAMPLE_BYTES } = await imp('pipeline/previewFile');
const { readBytePart } = await imp('pipeline/importSlices');
const { joinParts, secondPartMapping } = await imp('pipeline/importInParts');
const { prepareDataset } = await imp('db/datasetStore');
const { releaseLookups } = await imp('tables/lazyLabels');
const { expectedRows } = await imp('worker/validateSlices').catch(() => ({ expectedRows: null }));

const fd = openSync(path, 'r');
const size = mb > 0 ? Math.min(mb * 2 ** 20, fstatSync(fd).size) : fstatSync(fd).size;
const src = {
	size,
	read: async (from: number, to: number) => {
		const out = new Uint8Array(to - from);
		readSync(fd, out, 0, out.length, from);
		return out;
	}
};
const head = new Uint8Array(readFileSync(path).subarray(0, SAMPLE_BYTES));
const { mapping } = previewFile(head, path, {});
const today = 30_000;
const clock = () => ({ t: performance.now(), c: process.cpuUsage() });
const since = (s: ReturnType<typeof clock>) => {
	const c = process.cpuUsage(s.c);
	return `${(performance.now() - s.t).toFixed(0)} ms (cpu ${((c.user + c.system) / 1000).toFixed(0)} ms)`;
};
// The cut as validateSliced finds it: after the first line feed past the middle.
const mid = Math.floor(size / 2);
const look = await src.read(mid, Math.min(size, mid + (1 << 20)));
const cut = mid + look.indexOf(0x0a) + 1;

let s = clock();
// Sized as validateSliced sizes them (when the tree has expectedRows).
const headOf = await src.read(0, Math.min(size, SAMPLE_BYTES));
const cap = (from: number, to: number) =>
	expectedRows ? expectedRows(headOf, from, to) : undefined;
const first = await readBytePart(src, mapping, today, { to: cut, capacity: cap(0, size) });
console.log(`first half: ${since(s)}, ${first.report.accepted} rows`);
s = clock();
const second = await readBytePart(src, secondPartMapping(mapping), today, {
	from: cut,
	capacity: cap(cut, size)
});
for (const c of Object.values(second.columns) as { type: string }[])
	if (c.type === 'dict') releaseLookups(c as never);
console.log(`second half: ${since(s)}, ${second.report.accepted} rows`);
s = clock();
const parsed = joinParts(mapping, first, second, { at: cut, records: first.records });
console.log(`join: ${since(s)}; rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
for (const c of Object.values(parsed.columns) as { type: string }[])
	if (c.type === 'dict') releaseLookups(c as never);
s = clock();
const prepared = prepareDataset(parsed, {
	id: 'x',
	name: 'x',
	importedAt: '2026-01-01T00:00:00Z',
	mapping,
	sourceName: path,
	sourceBytes: size
});
console.log(
	`prepareDataset: ${since(s)}, ${prepared.chunks.length} chunks, ${prepared.record.storedBytes} bytes`
);
closeSync(fd);
