// The teaching sample in a share link: its length is held under a stated bound (so a change
// that makes links long again fails here), and the link gives back every column exactly.
// Measured lengths (Node's gzip; Chromium's differs by a few per cent) are in docs/design.md.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DatasetRecord } from '../db/records';
import { importBytes } from '../pipeline/importBytes';
import { previewFile } from '../pipeline/previewFile';
import type { WorkspaceSnapshot } from './format';
import { MAX_LINK_INFLATED, packWorkspace, unpackWorkspace } from './packWorkspace';
import { fromShareFragment, toShareFragment } from './shareFragment';

/** Format 1 made 940,756 characters of this fragment; format 2 makes about 361,600. */
const BOUND = 400_000;
/** 2025-01-01, the sample's analysis date: no row is "in the future". */
const TODAY = 20089;

/** The three retail files as the app loads them (samples.svelte.ts), through the same import. */
function retailSnapshot(): WorkspaceSnapshot {
	const files = [
		['customers.csv', 'Retail customers'],
		['transactions.csv', 'Retail transactions'],
		['survey.csv', 'Retail survey']
	];
	const datasets = files.map(([path, name], i) => {
		const bytes = new Uint8Array(readFileSync(`static/samples/retail/${path}`));
		const { mapping } = previewFile(bytes, path);
		const ds = importBytes(bytes, mapping, TODAY);
		const record: DatasetRecord = {
			id: `retail-${i}`,
			name,
			kind: ds.kind,
			rows: ds.rows,
			fields: ds.fields,
			stats: ds.stats,
			report: ds.report,
			mapping,
			sourceName: path,
			sourceBytes: bytes.length,
			storedBytes: 0,
			importedAt: '2026-12-06T08:00:00.000Z',
			currency: 'CNY'
		};
		return { record, columns: ds.columns };
	});
	return { createdAt: '2026-12-06T08:00:00.000Z', datasets, settings: [], mappings: [] };
}

describe('the teaching sample in a share link', () => {
	it(`takes at most ${BOUND} characters and comes back exactly`, async () => {
		const snap = retailSnapshot();
		expect(snap.datasets.map((d) => d.record.rows)).toEqual([5000, 57663, 1500]);
		const fragment = toShareFragment(await packWorkspace(snap));
		expect(fragment.length).toBeLessThanOrEqual(BOUND);
		const back = await unpackWorkspace(fromShareFragment(`#${fragment}`)!, {
			limit: MAX_LINK_INFLATED,
			source: 'link'
		});
		expect(back.datasets.map((d) => d.columns)).toEqual(snap.datasets.map((d) => d.columns));
	});
});
