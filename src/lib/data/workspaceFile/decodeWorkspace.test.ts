import { describe, expect, it } from 'vitest';
import { decodeWorkspace } from './decodeWorkspace';
import { concatBytes, encodeWorkspace } from './encodeWorkspace';
import { crc32 } from './crc32';
import { CURRENT_VERSION, FORMAT_NAME, MAGIC, PREAMBLE_BYTES } from './format';
import { snapshotFixture } from './snapshotFixture';
import { WorkspaceFileProblem } from './WorkspaceFileProblem';
import { MAX_AMOUNT } from '../validate/DatasetBuilder';

/** A container with a rewritten header (payload kept), with a correct header checksum. */
function withHeader(bytes: Uint8Array, edit: (h: Record<string, unknown>) => unknown): Uint8Array {
	const view = new DataView(bytes.buffer, bytes.byteOffset);
	const length = view.getUint32(8, true);
	const header = JSON.parse(
		new TextDecoder().decode(bytes.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + length))
	);
	const next = new TextEncoder().encode(JSON.stringify(edit(header) ?? header));
	const pre = new Uint8Array(PREAMBLE_BYTES);
	pre.set(MAGIC);
	new DataView(pre.buffer).setUint32(8, next.length, true);
	new DataView(pre.buffer).setUint32(12, crc32(next), true);
	return concatBytes([pre, next, bytes.subarray(PREAMBLE_BYTES + length)]);
}

function problemOf(bytes: Uint8Array): { code: string; detail?: unknown } | null {
	try {
		decodeWorkspace(bytes);
		return null;
	} catch (e) {
		if (!(e instanceof WorkspaceFileProblem)) throw e;
		return { code: e.code, detail: e.values.detail };
	}
}

const good = () => concatBytes(encodeWorkspace(snapshotFixture()));
type H = Record<string, unknown> & { datasets: Record<string, unknown>[] };
const first = (h: Record<string, unknown>) => (h as H).datasets[0] as Record<string, unknown>;
const rec = (h: Record<string, unknown>) => first(h).record as Record<string, unknown>;
const cols = (h: Record<string, unknown>) => first(h).columns as Record<string, unknown>[];

describe('decodeWorkspace', () => {
	it('round-trips every column, label and setting exactly', () => {
		const snap = snapshotFixture();
		const back = decodeWorkspace(good());
		expect(back.createdAt).toBe(snap.createdAt);
		expect(back.settings).toEqual(snap.settings);
		expect(back.mappings).toEqual(snap.mappings);
		expect(back.datasets.map((d) => d.record.id)).toEqual(['ds-a', 'ds-b']);
		for (let i = 0; i < snap.datasets.length; i++) {
			// toEqual compares typed arrays element by element, NaN included.
			expect(back.datasets[i].columns).toEqual(snap.datasets[i].columns);
			const { storedBytes: _s, ...rest } = back.datasets[i].record;
			const { storedBytes: _t, ...orig } = snap.datasets[i].record;
			expect(rest).toEqual(orig);
		}
		const amount = back.datasets[0].columns.amount;
		expect(amount.type === 'number' && amount.values[4]).toBe(MAX_AMOUNT);
	});

	it('stores the typed arrays, not the buffers they view', () => {
		const snap = snapshotFixture();
		const big = new Int32Array(1000).fill(7);
		snap.datasets[0].columns.date = { type: 'day', values: big.subarray(10, 15) };
		const back = decodeWorkspace(concatBytes(encodeWorkspace(snap)));
		expect(Array.from((back.datasets[0].columns.date as { values: Int32Array }).values)).toEqual([
			7, 7, 7, 7, 7
		]);
	});

	it('writes the documented header', () => {
		const bytes = good();
		const length = new DataView(bytes.buffer).getUint32(8, true);
		const h = JSON.parse(
			new TextDecoder().decode(bytes.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + length))
		);
		expect([h.format, h.version, h.createdAt]).toEqual([
			FORMAT_NAME,
			CURRENT_VERSION,
			'2025-02-03T04:05:06.000Z'
		]);
		// Version 2 packs the columns (columnPack.ts), counted by hand:
		// codes 0,1,0,1,2 plain (zigzag + 1: 1,3,1,3,5) = 5 bytes;
		// labels "00017\0客户乙\0C3" as text (5+1+9+1+2 bytes UTF-8) = 18;
		// days 19000,19001,19005,19007,19010 as deltas (38001: 3 bytes, then 3,9,5,7) = 7;
		// amounts 10,-2.5,0,0.1,1e13 in tenths, plain: 201 (2), 50, 1, 3, 2e14+1 (7 bytes) = 12;
		// then the empty survey columns.
		expect(h.payloadBytes).toBe(5 + 18 + 7 + 12);
		expect(h.datasets[0].columns.map((c: { pack: unknown }) => c.pack)).toEqual([
			{ type: 'dict', codes: 'plain', labels: 'text' },
			{ type: 'day', values: 'delta' },
			{ type: 'number', values: { scale: 10, ints: 'plain' } }
		]);
	});

	it('fills defaults for bookkeeping fields a file lacks', () => {
		const bytes = withHeader(good(), (h) => {
			const r = rec(h);
			delete r.name;
			delete r.report;
			delete r.mapping;
			delete r.stats;
			delete r.importedAt;
			delete r.sourceName;
			delete h.settings;
			delete h.mappings;
		});
		const back = decodeWorkspace(bytes);
		const r = back.datasets[0].record;
		expect(r.name).toBe('ds-a');
		expect(r.report.accepted).toBe(5);
		expect(r.stats).toEqual({ customers: 0, firstDay: null, lastDay: null, revenue: null });
		expect(r.mapping.columns.map((c) => c.type)).toEqual(['text', 'date', 'number']);
		expect(r.importedAt).toBe('2025-02-03T04:05:06.000Z');
		expect(r.sourceName).toBe('');
		expect([back.settings, back.mappings]).toEqual([[], []]);
		// customerId: 5·4 code bytes + each label as 2 bytes a letter + 1 ('00017' 11, '客户乙' 7,
		// 'C3' 5); date 5·4; amount 5·8.
		expect(r.storedBytes).toBe(20 + 11 + 7 + 5 + 20 + 40);
	});

	// Each case damages a good file one way; the code is what the user is told.
	const damaged: {
		name: string;
		make: () => Uint8Array;
		code: string;
		detail?: RegExp;
	}[] = [
		{ name: 'an empty file', make: () => new Uint8Array(0), code: 'not_workspace_file' },
		{
			name: 'a CSV file',
			make: () => new TextEncoder().encode('customer_id,date\nA,2024-01-01\n'),
			code: 'not_workspace_file'
		},
		{
			name: 'the magic with CR LF turned into LF',
			make: () => {
				const b = good();
				return concatBytes([b.subarray(0, 6), b.subarray(7)]);
			},
			code: 'not_workspace_file'
		},
		{
			name: 'a file cut inside the preamble',
			make: () => good().subarray(0, 12),
			code: 'corrupt_file',
			detail: /preamble/
		},
		{
			name: 'a file cut inside the header',
			make: () => good().subarray(0, 40),
			code: 'corrupt_file',
			detail: /header/
		},
		{
			name: 'a flipped bit in the header',
			make: () => {
				const b = good();
				b[PREAMBLE_BYTES + 3] ^= 1;
				return b;
			},
			code: 'corrupt_file',
			detail: /header checksum/
		},
		{
			name: 'a flipped bit in a column',
			make: () => {
				const b = good();
				b[b.length - 1] ^= 0x40;
				return b;
			},
			code: 'corrupt_file',
			detail: /amount|values/
		},
		{
			name: 'a file cut in the payload',
			make: () => good().subarray(0, good().length - 8),
			code: 'corrupt_file',
			detail: /payload length/
		},
		{
			name: 'bytes appended after the payload',
			make: () => concatBytes([good(), new Uint8Array([0])]),
			code: 'corrupt_file',
			detail: /payload length/
		},
		{
			name: 'a header that is not JSON',
			make: () => {
				const text = new TextEncoder().encode('{"format": ');
				const pre = new Uint8Array(PREAMBLE_BYTES);
				pre.set(MAGIC);
				new DataView(pre.buffer).setUint32(8, text.length, true);
				new DataView(pre.buffer).setUint32(12, crc32(text), true);
				return concatBytes([pre, text]);
			},
			code: 'corrupt_file',
			detail: /JSON/
		},
		{
			name: 'another program’s format name',
			make: () => withHeader(good(), (h) => ({ ...h, format: 'excalidraw' })),
			code: 'not_workspace_file'
		},
		{
			name: 'a newer version',
			make: () => withHeader(good(), (h) => ({ ...h, version: CURRENT_VERSION + 1 })),
			code: 'newer_version'
		},
		{
			name: 'rows that disagree with the column length',
			make: () => withHeader(good(), (h) => void (rec(h).rows = 6)),
			code: 'invalid_content',
			detail: /columns\[0\]\.codes\.length/
		},
		{
			name: 'a number column typed as a day column',
			make: () =>
				withHeader(good(), (h) => {
					(rec(h).fields as Record<string, unknown>[])[2].type = 'day';
				}),
			code: 'invalid_content',
			detail: /columns\[2\]/
		},
		{
			name: 'an unknown kind',
			make: () => withHeader(good(), (h) => void (rec(h).kind = 'orders')),
			code: 'invalid_content',
			detail: /record\.kind/
		},
		{
			name: 'an unknown role',
			make: () =>
				withHeader(good(), (h) => {
					(rec(h).fields as Record<string, unknown>[])[0].role = 'owner';
				}),
			code: 'invalid_content',
			detail: /fields\[0\]\.role/
		},
		{
			name: 'two datasets with one id',
			make: () =>
				withHeader(good(), (h) => {
					((h as H).datasets[1].record as Record<string, unknown>).id = 'ds-a';
				}),
			code: 'invalid_content',
			detail: /datasets\[1\]\.record\.id/
		},
		{
			name: 'a missing column',
			make: () => withHeader(good(), (h) => void cols(h).pop()),
			code: 'invalid_content',
			detail: /columns$/
		},
		{
			name: 'a label count that disagrees with the labels',
			make: () => withHeader(good(), (h) => void (cols(h)[0].count = 2)),
			code: 'invalid_content',
			detail: /count/
		},
		{
			// count 2 hides label 2, so code 2 in row 5 points past the labels.
			name: 'codes that point past the labels',
			make: () =>
				withHeader(good(), (h) => {
					const c = cols(h)[0] as { labels: { length: number; crc32: number }; count: number };
					const kept = new TextEncoder().encode('00017\u0000客户乙');
					c.labels.length = kept.length;
					c.labels.crc32 = crc32(kept);
					c.count = 2;
				}),
			code: 'invalid_content',
			detail: /codes\[4\]/
		},
		{
			name: 'a slice past the end of the payload',
			make: () =>
				withHeader(good(), (h) => void ((cols(h)[2].values as { offset: number }).offset = 1e6)),
			code: 'corrupt_file',
			detail: /past the end/
		},
		{
			name: 'a negative row count',
			make: () => withHeader(good(), (h) => void (rec(h).rows = -1)),
			code: 'invalid_content',
			detail: /rows/
		},
		{
			name: 'datasets that are not a list',
			make: () => withHeader(good(), (h) => ({ ...h, datasets: {} })),
			code: 'invalid_content',
			detail: /^datasets$/
		},
		{
			name: 'a setting without a key',
			make: () => withHeader(good(), (h) => ({ ...h, settings: [{ value: 1 }] })),
			code: 'invalid_content',
			detail: /settings\[0\]\.key/
		}
	];

	it.each(damaged)('refuses $name', ({ make, code, detail }) => {
		const p = problemOf(make());
		expect(p?.code).toBe(code);
		if (detail) expect(String(p?.detail)).toMatch(detail);
	});
});
