// Writes the bundled teaching sample to static/samples/retail/ (English UTF-8 and Chinese
// GB18030 CSVs, answer key, manifest). Deterministic: the same seed gives the same bytes.
// Usage: npx tsx scripts/make-samples.ts [--seed N] [--customers N] [--out DIR]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateRetail } from './samples/generateRetail';
import { retailSpec } from './samples/retailSpec';

const { values } = parseArgs({
	options: {
		seed: { type: 'string', default: String(retailSpec.seed) },
		customers: { type: 'string', default: String(retailSpec.customers) },
		out: { type: 'string', default: 'static/samples/retail' }
	}
});

const sample = generateRetail({ seed: Number(values.seed), customers: Number(values.customers) });
mkdirSync(values.out, { recursive: true });
for (const file of sample.files) {
	writeFileSync(join(values.out, file.name), file.bytes);
	const rows = file.rows === null ? '' : `${file.rows} rows, `;
	console.log(`${file.name}: ${rows}${file.bytes.length} bytes (${file.encoding})`);
}
