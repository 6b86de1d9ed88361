// Times the import pipeline in Node on one file (no browser), for profiling with --cpu-prof:
//   npx tsx scripts/bench/nodeImport.ts [file] [runs] [srcRoot]
// srcRoot (default: this checkout's src) lets two versions of the pipeline be compared on
// the same machine minutes apart. CPU time is printed beside wall time: on a shared machine
// it moves less with the load.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const path = process.argv[2] ?? 'bench-data/transactions-1m.csv';
const runs = Number(process.argv[3] ?? 3);
const root = resolve(process.argv[4] ?? 'src');
const { previewFile } = await import(
	pathToFileURL(`${root}/lib/data/pipeline/previewFile.ts`).href
);
const { importBytes } = await import(
	pathToFileURL(`${root}/lib/data/pipeline/importBytes.ts`).href
);

const bytes = new Uint8Array(readFileSync(path));
const { mapping } = previewFile(bytes, path, {});
const today = 30_000;
for (let r = 0; r < runs; r++) {
	const t0 = performance.now();
	const c0 = process.cpuUsage();
	const ds = importBytes(bytes, mapping, today);
	const ms = performance.now() - t0;
	const cpu = process.cpuUsage(c0);
	const heap = process.memoryUsage().heapUsed / 2 ** 20;
	console.log(
		`run ${r + 1}: ${ms.toFixed(0)} ms (cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms), ` +
			`${ds.rows} rows, ${ds.stats.customers} customers, rejected ${ds.report.rejected.total}, ` +
			`heap ${heap.toFixed(0)} MiB`
	);
}
