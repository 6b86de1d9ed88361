import { describe, expect, it } from 'vitest';
import { packWorkspace, unpackWorkspace } from './packWorkspace';
import { concatBytes, encodeWorkspace } from './encodeWorkspace';
import { gzip } from './gzip';
import { snapshotFixture } from './snapshotFixture';
import { WorkspaceFileProblem } from './WorkspaceFileProblem';
import { fromShareFragment, toShareFragment } from './shareFragment';

async function codeOf(p: Promise<unknown>): Promise<string | null> {
	try {
		await p;
		return null;
	} catch (e) {
		return e instanceof WorkspaceFileProblem ? e.code : `raw ${e}`;
	}
}

describe('packWorkspace / unpackWorkspace', () => {
	it('round-trips through gzip and starts with the gzip magic', async () => {
		const packed = await packWorkspace(snapshotFixture());
		expect([packed[0], packed[1]]).toEqual([0x1f, 0x8b]);
		const back = await unpackWorkspace(packed);
		expect(back.datasets[0].columns).toEqual(snapshotFixture().datasets[0].columns);
	});

	it('compresses repetitive columns', async () => {
		const snap = snapshotFixture();
		const rows = 100_000;
		const codes = new Int32Array(rows).map((_, i) => i % 3);
		const record = snap.datasets[0].record;
		record.rows = rows;
		// The report must agree with the rows (a restore checks it as an import would).
		record.report = { ...record.report, rowsRead: rows, accepted: rows };
		snap.datasets[0].columns = {
			customerId: { type: 'dict', codes, labels: ['a', 'b', 'c'] },
			date: { type: 'day', values: new Int32Array(rows).fill(19000) },
			amount: { type: 'number', values: new Float64Array(rows).fill(9.99) }
		};
		const raw = concatBytes(encodeWorkspace(snap)).length;
		const packed = (await packWorkspace(snap)).length;
		// Version 1 stored 16 bytes a row (code 4, day 4, amount 8); version 2 packs them into
		// 3 before gzip (a byte each: the code, a day delta of 0, an amount delta of 0 cents),
		// and gzip then folds the repetition.
		expect(raw).toBeLessThan(4 * rows);
		expect(packed).toBeLessThan(raw / 50);
		const back = await unpackWorkspace(await packWorkspace(snap));
		expect(back.datasets[0].columns.customerId).toEqual(snap.datasets[0].columns.customerId);
	});

	it('also reads an uncompressed container', async () => {
		const back = await unpackWorkspace(concatBytes(encodeWorkspace(snapshotFixture())));
		expect(back.datasets).toHaveLength(2);
	});

	const foreign = [
		{
			name: 'a PNG',
			bytes: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
		},
		{ name: 'a zip', bytes: () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]) },
		{ name: 'nothing', bytes: () => new Uint8Array(0) },
		{ name: 'a gzipped CSV', bytes: () => gzip([new TextEncoder().encode('id,date\n1,2\n')]) }
	];
	it.each(foreign)('says $name is not a workspace file', async ({ bytes }) => {
		expect(await codeOf(unpackWorkspace(await bytes()))).toBe('not_workspace_file');
	});

	const damaged = [
		{ name: 'cut in half', edit: (b: Uint8Array) => b.subarray(0, b.length >> 1) },
		{ name: 'missing its gzip trailer', edit: (b: Uint8Array) => b.subarray(0, b.length - 4) },
		{
			name: 'with a flipped bit in the deflate data',
			edit: (b: Uint8Array) => {
				const c = b.slice();
				c[c.length >> 1] ^= 0x10;
				return c;
			}
		}
	];
	it.each(damaged)('says a file $name is damaged', async ({ edit }) => {
		const packed = await packWorkspace(snapshotFixture());
		expect(await codeOf(unpackWorkspace(edit(packed)))).toBe('corrupt_file');
	});
});

describe('share fragment', () => {
	it('carries the packed bytes through a URL fragment', async () => {
		const packed = await packWorkspace(snapshotFixture());
		const url = new URL(`https://example.org/app/?view=clv#${toShareFragment(packed)}`);
		expect(url.hash.length).toBeGreaterThan(10);
		expect(fromShareFragment(url.hash)).toEqual(packed);
	});

	const cases = [
		{ hash: '', expected: null },
		{ hash: '#', expected: null },
		{ hash: '#section-2', expected: null },
		{ hash: '#data=Zm9v', expected: [0x66, 0x6f, 0x6f] },
		{ hash: '#x=1&data=Zm9v', expected: [0x66, 0x6f, 0x6f] }
	];
	it.each(cases)('reads "$hash"', ({ hash, expected }) => {
		const got = fromShareFragment(hash);
		expect(got === null ? null : Array.from(got)).toEqual(expected);
	});

	const broken = ['#data=', '#data=Zm9v!', '#data=Z'];
	it.each(broken)('says "%s" is a damaged link', (hash) => {
		let code = '';
		try {
			fromShareFragment(hash);
		} catch (e) {
			code = (e as WorkspaceFileProblem).code;
		}
		expect(code).toBe('link_damaged');
	});
});
