// The hostile-input corpus read in slices (issue 22): every file the pipeline accepts gives,
// with windows from one byte up, exactly what importBytes gives for the whole file.
import { describe, expect, it } from 'vitest';
import { smallCorpus } from '../../scripts/make-hostile';
import type { Mapping } from '../../src/lib/data/map/types';
import { importBytes } from '../../src/lib/data/pipeline/importBytes';
import { importSlicesPartial } from '../../src/lib/data/pipeline/importSlices';
import { previewFile } from '../../src/lib/data/pipeline/previewFile';
import type { ByteSource } from '../../src/lib/data/stream/linePieces';
import { completeDataset } from '../../src/lib/data/validate/DatasetBuilder';

const TODAY = 20_454; // 2026-01-01

function source(bytes: Uint8Array): ByteSource {
	return { size: bytes.length, read: async (from, to) => bytes.slice(from, to) };
}

describe('importSlices: the hostile corpus, a few windows', () => {
	const corpus = smallCorpus().filter((f) => f.bytes.length < 2_000_000);
	it.each(corpus.map((f) => [f.name, f.bytes] as const))('%s', async (_name, bytes) => {
		let mapping: Mapping;
		let whole;
		try {
			mapping = previewFile(bytes, 'file.csv').mapping;
			whole = importBytes(bytes, mapping, TODAY);
		} catch (e) {
			// Refused before any row (binary, too many columns, no roles): nothing to compare.
			expect(e).toBeInstanceOf(Error);
			return;
		}
		if (mapping.layout) return; // a shop export is read whole (importOrders)
		for (const window of [1, 7, 61, 1024, 1 << 16]) {
			if (window < 61 && bytes.length > 20_000) continue;
			const sliced = completeDataset(
				mapping,
				await importSlicesPartial(source(bytes), mapping, TODAY, { window })
			);
			expect(sliced, `window ${window}`).toEqual(whole);
		}
	});
});
