// Links made before the compact columns (format 1) still open: the committed link was made by
// the version-1 code (tests/fixtures/share-links/README.md) and must give back its workspace.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_LINK_INFLATED, unpackWorkspace } from './packWorkspace';
import { fromShareFragment } from './shareFragment';
import { snapshotFixture } from './snapshotFixture';

const link = new URL(readFileSync('tests/fixtures/share-links/v1-fixture.txt', 'utf8').trim());

describe('a share link of format 1', () => {
	it('is a version-1 container (the fixture is what it claims)', () => {
		const raw = gunzipSync(fromShareFragment(link.hash)!);
		const length = raw.readUInt32LE(8);
		const header = JSON.parse(raw.subarray(16, 16 + length).toString('utf8'));
		expect([header.version, header.datasets[0].columns[0].pack]).toEqual([1, undefined]);
	});

	it('opens with today’s code and gives back its workspace exactly', async () => {
		const back = await unpackWorkspace(fromShareFragment(link.hash)!, {
			limit: MAX_LINK_INFLATED,
			source: 'link'
		});
		const sent = snapshotFixture();
		expect(back.settings).toEqual([
			...sent.settings,
			{ key: 'view.ds-a', value: { segments: { bins: 4 } } }
		]);
		expect(back.datasets.map((d) => d.columns)).toEqual(sent.datasets.map((d) => d.columns));
		expect(back.datasets.map((d) => d.record.rows)).toEqual([5, 0]);
		expect([link.searchParams.get('lang'), link.searchParams.get('view')]).toEqual([
			'zh',
			'segments'
		]);
	});
});
