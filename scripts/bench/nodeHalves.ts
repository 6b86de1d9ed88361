// The whole-file two-part road of the import worker (files of 4–64 MB, e.g. the 1M-row file)
// step by step in Node, in one thread: the cut, each half, the join, the save's encoding and
// the columns packed for the engine — CPU time per step, for before/after comparisons of the
// join and the hand-over (issue 22). The halves run one after the other here (two workers in
// the browser). The second run of each process is the one to read (the first is cold code).
//   npx tsx scripts/bench/nodeHalves.ts [file] [runs] [srcRoot]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const path = process.argv[2] ?? 'bench-data/transactions-1m.csv';
const runs = Number(process.argv[3] ?? 3);
const root = resolve(process.argv[4] ?? 'src');
const mod = (p: string) => import(pathToFileURL(`${root}/lib/data/${p}.ts`).href);
const { previewFile } = await mod('pipeline/previewFile');
const { importPartBytes } = await mod('pipeline/importBytes');
const { joinParts, secondPartMapping, PARTS_MIN_BYTES } = await mod('pipeline/importInParts');
const { splitForParts } = await mod('pipeline/splitForParts');
const { prepareDataset } = await mod('db/datasetStore');
const { packColumns } = await mod('tables/packColumns');
const { packLabels, unpackLabels } = await mod('tables/packLabels');
const { releaseLookups } = await mod('tables/lazyLabels');
// Present from the change that sizes the halves for the whole file on.
const partCapacities = (await mod('pipeline/importInParts')).partCapacities;

const file = new Uint8Array(readFileSync(path));
const { mapping } = previewFile(file.subarray(0, 256 * 1024 + 1), path, {});
const today = 30_000;

const cpu = () => {
	const c = process.cpuUsage();
	return (c.user + c.system) / 1000;
};
for (let r = 0; r < runs; r++) {
	const steps: [string, number][] = [];
	let c = cpu();
	const step = (name: string) => {
		const now = cpu();
		steps.push([name, now - c]);
		c = now;
	};
	const bytes = file.slice();
	const cut = splitForParts(bytes, mapping, PARTS_MIN_BYTES);
	const caps = partCapacities?.(bytes, cut) ?? {};
	const secondBytes = bytes.slice(cut.at);
	step('cut + copy of the second half');
	const first = importPartBytes(bytes.subarray(0, cut.at), mapping, today, undefined, caps.first);
	step('first half');
	const part = importPartBytes(
		secondBytes,
		secondPartMapping(mapping),
		today,
		undefined,
		caps.second
	);
	// As the helper does: lookups released, labels packed, then unpacked by the import worker.
	const { columns: cols, dictionaries: _d, ...rest } = part;
	for (const col of Object.values(cols) as { type: string }[])
		if (col.type === 'dict') releaseLookups(col);
	const packed = packColumns({ rows: part.report.accepted, fields: part.fields, columns: cols });
	const second = {
		...rest,
		columns: unpackLabels({ rows: 0, fields: part.fields, columns: packed.columns }).columns
	};
	step('second half (+ pack, unpack)');
	const parsed = joinParts(mapping, first, second, cut);
	step('join');
	for (const col of Object.values(parsed.columns) as { type: string }[])
		if (col.type === 'dict') releaseLookups(col);
	prepareDataset(parsed, { id: 'x', name: 'x', importedAt: '2026-01-01', mapping });
	step('prepare the save (encode chunks)');
	const engine = packColumns({ rows: parsed.rows, fields: parsed.fields, columns: parsed.columns });
	structuredClone(engine);
	step('pack for the engine + a structured clone');
	void packLabels;
	console.log(
		`run ${r + 1}: ${parsed.rows} rows; ` +
			steps.map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', ') +
			` (CPU ms); total ${steps.reduce((s, [, ms]) => s + ms, 0).toFixed(0)}`
	);
}
