// Damaged and forged inputs under fast-check: the import pipeline answers every random file
// (a report or a refusal, never a crash, every row accounted for); the workspace decoder and
// the link decoder either give a snapshot that meets the import's rules or refuse with a
// WorkspaceFileProblem — never another exception, whatever bytes are flipped, cut or added,
// and whatever a forged header says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatBytes, encodeWorkspace } from '../../../src/lib/data/workspaceFile/encodeWorkspace';
import { crc32 } from '../../../src/lib/data/workspaceFile/crc32';
import { MAGIC, PREAMBLE_BYTES } from '../../../src/lib/data/workspaceFile/format';
import { normaliseDataset } from '../../../src/lib/data/workspaceFile/normaliseDataset';
import { packWorkspace, unpackWorkspace } from '../../../src/lib/data/workspaceFile/packWorkspace';
import { fromShareFragment } from '../../../src/lib/data/workspaceFile/shareFragment';
import { snapshotFixture } from '../../../src/lib/data/workspaceFile/snapshotFixture';
import { WorkspaceFileProblem } from '../../../src/lib/data/workspaceFile/WorkspaceFileProblem';
import { TODAY } from '../helpers/checkOutcome';
import { runPipeline } from '../helpers/runPipeline';
import { runs } from './fuzzRuns';

/** Resolves to 'ok' or the problem code; any other exception fails the property. */
async function outcome(bytes: Uint8Array): Promise<string> {
	try {
		const snap = await unpackWorkspace(bytes, { limit: 4 * 1024 * 1024 });
		// What came through meets the import's rules (normaliseDataset throws otherwise).
		for (const d of snap.datasets) normaliseDataset(d.record, d.columns);
		return 'ok';
	} catch (e) {
		if (e instanceof WorkspaceFileProblem) return e.code;
		throw e;
	}
}

function withHeaderText(text: string, payload: Uint8Array): Uint8Array {
	const header = new TextEncoder().encode(text);
	const pre = new Uint8Array(PREAMBLE_BYTES);
	pre.set(MAGIC);
	new DataView(pre.buffer).setUint32(8, header.length, true);
	new DataView(pre.buffer).setUint32(12, crc32(header), true);
	return concatBytes([pre, header, payload]);
}

describe('decoders (property-based)', () => {
	it('the import pipeline answers any bytes, accounting for every row', () => {
		const csvish = fc
			.array(
				fc.oneof(
					fc.constantFrom('customer_id', 'date', 'amount', ',', '\n', '"', '2024-01-05', '12.5'),
					fc.string({ unit: 'binary', maxLength: 8 })
				),
				{ maxLength: 120 }
			)
			.map((parts) => new TextEncoder().encode(parts.join('')));
		fc.assert(
			fc.property(fc.oneof(fc.uint8Array({ maxLength: 3000 }), csvish), (bytes) => {
				const r = runPipeline(bytes, 'random.csv', TODAY);
				if (r.outcome === 'crash') throw new Error(r.message);
				if (r.outcome === 'report') {
					const rep = r.dataset.report;
					expect(rep.accepted + rep.rejected.total).toBe(rep.rowsRead);
				}
			}),
			runs(150)
		);
	});

	it('a workspace file with bytes flipped, cut or added is read or refused', async () => {
		const plain = concatBytes(encodeWorkspace(snapshotFixture()));
		const packed = await packWorkspace(snapshotFixture());
		await fc.assert(
			fc.asyncProperty(
				fc.boolean(),
				fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { maxLength: 4 }),
				fc.option(fc.nat()),
				fc.uint8Array({ maxLength: 8 }),
				async (gz, flips, cut, tail) => {
					const base = (gz ? packed : plain).slice();
					for (const [at, x] of flips) base[at % base.length] ^= x;
					const cutAt = cut === null ? base.length : cut % (base.length + 1);
					await outcome(concatBytes([base.subarray(0, cutAt), tail]));
				}
			),
			runs(200)
		);
	});

	it('a forged header (any JSON, correct checksum) is read or refused', async () => {
		const plain = concatBytes(encodeWorkspace(snapshotFixture()));
		const length = new DataView(plain.buffer).getUint32(8, true);
		const header = JSON.parse(
			new TextDecoder().decode(plain.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + length))
		);
		const payload = plain.subarray(PREAMBLE_BYTES + length);
		// Paths into the good header, replaced by any JSON value (or removed).
		const paths = [
			['datasets', 0, 'record', 'rows'],
			['datasets', 0, 'record', 'report'],
			['datasets', 0, 'record', 'report', 'rejected'],
			['datasets', 0, 'record', 'fields', 1],
			['datasets', 0, 'record', 'mapping', 'columns', 0],
			['datasets', 0, 'record', 'stats'],
			['datasets', 0, 'columns', 0, 'count'],
			['datasets', 0, 'columns', 2, 'values'],
			['datasets', 1],
			['settings'],
			['mappings', 0, 'mapping'],
			['version']
		];
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom(...paths),
				fc.option(fc.jsonValue({ maxDepth: 3 })),
				async (path, value) => {
					const h = structuredClone(header);
					let at = h;
					for (const k of path.slice(0, -1)) at = at[k];
					if (value === null) delete at[path[path.length - 1]];
					else at[path[path.length - 1]] = value;
					await outcome(withHeaderText(JSON.stringify(h), payload));
				}
			),
			runs(300)
		);
	});

	it('any fragment is a link, no link, or a refusal', async () => {
		const fragment = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 200 }),
			fc.string({ maxLength: 200 }).map((s) => `#data=${s}`),
			fc
				.base64String({ maxLength: 400 })
				.map((s) => `#data=${s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`)
		);
		await fc.assert(
			fc.asyncProperty(fragment, async (hash) => {
				try {
					const bytes = fromShareFragment(hash);
					if (bytes) await outcome(bytes);
				} catch (e) {
					if (!(e instanceof WorkspaceFileProblem)) throw e;
				}
			}),
			runs(300)
		);
	});
});
