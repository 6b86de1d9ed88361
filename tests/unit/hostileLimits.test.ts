// Limits checked before the work they protect, each with the message a user reads. Every
// case failed before the limit existed: the wide file was "header but no data rows", the
// bombs inflated in full (then "not a workspace file"), the long link was decoded first.
import { describe, expect, it } from 'vitest';
import { TODAY } from './helpers/checkOutcome';
import { runPipeline } from './helpers/runPipeline';
import { checkMapping } from '../../src/lib/data/pipeline/importBytes';
import {
	FileProblemError,
	MAX_SURVEY_ITEMS,
	MAX_TABLE_COLUMNS
} from '../../src/lib/data/pipeline/problems';
import type { Mapping } from '../../src/lib/data/map/types';
import { describeFileProblem } from '../../src/lib/i18n/describeFileProblem';
import { gunzip, gzip, InflateLimitError } from '../../src/lib/data/workspaceFile/gzip';
import {
	MAX_FILE_INFLATED,
	MAX_LINK_INFLATED,
	unpackWorkspace
} from '../../src/lib/data/workspaceFile/packWorkspace';
import { MAGIC } from '../../src/lib/data/workspaceFile/format';
import {
	fromShareFragment,
	MAX_FRAGMENT_CHARS
} from '../../src/lib/data/workspaceFile/shareFragment';
import { WorkspaceFileProblem } from '../../src/lib/data/workspaceFile/WorkspaceFileProblem';
import { decodeWorkspace } from '../../src/lib/data/workspaceFile/decodeWorkspace';
import { concatBytes, encodeWorkspace } from '../../src/lib/data/workspaceFile/encodeWorkspace';
import { snapshotFixture } from '../../src/lib/data/workspaceFile/snapshotFixture';
import { crc32 } from '../../src/lib/data/workspaceFile/crc32';

const utf8 = (s: string) => new TextEncoder().encode(s);

function wide(columns: number, rows: number): Uint8Array {
	const head = ['customer_id', ...Array.from({ length: columns - 1 }, (_, i) => `c${i}`)];
	const lines = [head.join(',')];
	for (let r = 0; r < rows; r++)
		lines.push([`A${r}`, ...Array.from({ length: columns - 1 }, (_, i) => `x${i % 10}`)].join(','));
	return utf8(lines.join('\n') + '\n');
}

async function problemOf(p: Promise<unknown>): Promise<Record<string, unknown> | null> {
	try {
		await p;
		return null;
	} catch (e) {
		if (!(e instanceof WorkspaceFileProblem)) throw e;
		const { detail: _d, ...values } = e.values;
		return { code: e.code, ...values };
	}
}

describe('table width', () => {
	const cases = [
		{ name: 'a one-row file with a 100,000-column header', columns: 100_000, rows: 1 },
		{ name: 'a header longer than the sample and 2 rows', columns: 60_000, rows: 2 },
		{ name: '12,000 short columns inside the sample', columns: 12_000, rows: 1 }
	];
	it.each(cases)('$name: too many columns', ({ columns, rows }) => {
		const r = runPipeline(wide(columns, rows), 'wide.csv', TODAY);
		expect(r.outcome === 'refused' && r.problem).toEqual({
			code: 'too_many_columns',
			columns,
			limit: MAX_TABLE_COLUMNS
		});
	});

	it('says so in both languages, with the counts', () => {
		const p = { code: 'too_many_columns', columns: 100_000, limit: MAX_TABLE_COLUMNS } as const;
		expect(describeFileProblem(p, 'wide.csv', 'en')).toBe(
			'wide.csv has 100,000 columns; this app reads at most 10,000 columns in a table. Remove the columns you do not need (or split the file) and import it again.'
		);
		expect(describeFileProblem(p, 'wide.csv', 'zh')).toContain('100,000 列');
	});

	it('keeps a file of exactly the limit', () => {
		const r = runPipeline(wide(MAX_TABLE_COLUMNS, 2), 'limit.csv', TODAY);
		expect(r.outcome === 'refused' ? r.problem : r.outcome).toBe('report');
	});

	it('still calls a 10 MB line without a break "header only"', () => {
		const r = runPipeline(utf8('a,'.repeat(400_000)), 'line.csv', TODAY);
		expect(r.outcome === 'refused' && r.problem.code).toBe('header_only');
	});
});

describe('survey items', () => {
	const survey = (items: number): Mapping => ({
		encoding: 'utf-8',
		delimiter: ',',
		hasHeader: true,
		kind: 'survey',
		returns: 'net',
		dropDuplicates: false,
		columns: Array.from({ length: items }, (_, index) => ({
			index,
			header: `q${index}`,
			role: 'item' as const,
			type: 'number' as const
		}))
	});
	it('refuses one item more than the limit, before reading a row', () => {
		let problem: unknown = null;
		try {
			checkMapping(survey(MAX_SURVEY_ITEMS + 1));
		} catch (e) {
			problem = e instanceof FileProblemError ? e.problem : e;
		}
		expect(problem).toEqual({
			code: 'too_many_items',
			items: MAX_SURVEY_ITEMS + 1,
			limit: MAX_SURVEY_ITEMS
		});
		expect(() => checkMapping(survey(MAX_SURVEY_ITEMS))).not.toThrow();
	});

	it('refuses a restored survey with too many items', () => {
		const snap = snapshotFixture();
		const d = snap.datasets[1];
		d.columns = {};
		d.record.fields = [];
		for (let i = 0; i <= MAX_SURVEY_ITEMS; i++) {
			d.columns[`q${i}`] = { type: 'number', values: new Float64Array(0) };
			d.record.fields.push({ key: `q${i}`, header: `q${i}`, role: 'item', type: 'number' });
		}
		let code = '';
		try {
			decodeWorkspace(concatBytes(encodeWorkspace(snap)));
		} catch (e) {
			code = e instanceof WorkspaceFileProblem ? e.code : String(e);
		}
		expect(code).toBe('too_many_items');
	});
});

describe('inflated size of files and links', () => {
	// 8 MB of zeros behind the container's magic: gzip packs it into about 8 KB.
	const bomb = () => {
		const inner = new Uint8Array(8 * 1024 * 1024);
		inner.set(MAGIC);
		return gzip([inner]);
	};

	it('stops inflating at the limit', async () => {
		const packed = await bomb();
		expect(packed.length).toBeLessThan(16 * 1024);
		await expect(gunzip(packed, 1024 * 1024)).rejects.toBeInstanceOf(InflateLimitError);
		expect((await gunzip(packed, 8 * 1024 * 1024)).length).toBe(8 * 1024 * 1024);
	});

	it('refuses a file or link past its limit with a message naming it', async () => {
		const packed = await bomb();
		expect(await problemOf(unpackWorkspace(packed, { limit: 1024 * 1024 }))).toEqual({
			code: 'too_large',
			limit: 1024 * 1024,
			source: 'file'
		});
		expect(
			await problemOf(unpackWorkspace(packed, { limit: 2 * 1024 * 1024, source: 'link' }))
		).toEqual({ code: 'too_large', limit: 2 * 1024 * 1024, source: 'link' });
	});

	it('has the documented limits', () => {
		expect([MAX_FILE_INFLATED, MAX_LINK_INFLATED]).toEqual([512 * 2 ** 20, 64 * 2 ** 20]);
	});
});

describe('link length', () => {
	it('refuses a fragment longer than any link this app makes, before decoding it', () => {
		const hash = `#data=${'A'.repeat(MAX_FRAGMENT_CHARS)}`;
		let problem: unknown = null;
		try {
			fromShareFragment(hash);
		} catch (e) {
			problem = e instanceof WorkspaceFileProblem ? { code: e.code, ...e.values } : e;
		}
		expect(problem).toEqual({
			code: 'link_too_long',
			size: hash.length,
			limit: MAX_FRAGMENT_CHARS
		});
	});
	it('ignores a long fragment that carries no data', () => {
		expect(fromShareFragment(`#view=${'x'.repeat(MAX_FRAGMENT_CHARS)}`)).toBeNull();
	});
});

describe('packed columns (format 2) from a hostile link', () => {
	/** The fixture's container with its header edited and the header checksum made right. */
	function forged(edit: (h: { datasets: Record<string, unknown>[] }) => void): Uint8Array {
		const bytes = concatBytes(encodeWorkspace(snapshotFixture()));
		const view = new DataView(bytes.buffer, bytes.byteOffset);
		const length = view.getUint32(8, true);
		const header = JSON.parse(new TextDecoder().decode(bytes.subarray(16, 16 + length)));
		edit(header);
		const next = utf8(JSON.stringify(header));
		const pre = bytes.slice(0, 16);
		new DataView(pre.buffer).setUint32(8, next.length, true);
		new DataView(pre.buffer).setUint32(12, crc32(next), true);
		return concatBytes([pre, next, bytes.subarray(16 + length)]);
	}
	type Entry = {
		record: { rows: number; report: Record<string, number> };
		columns: Record<string, unknown>[];
	};
	const rows = (n: number) => (h: { datasets: Record<string, unknown>[] }) => {
		const d = h.datasets[0] as unknown as Entry;
		d.record.rows = n;
		d.record.report.rowsRead = n;
		d.record.report.accepted = n;
	};

	const cases = [
		{ name: '2^40 rows declared', edit: rows(2 ** 40) },
		{ name: '2^27 rows declared (allocatable, 1 GiB of Float64)', edit: rows(2 ** 27) },
		{
			name: '2^40 numbered labels declared',
			edit: (h: { datasets: Record<string, unknown>[] }) => {
				const c = (h.datasets[0] as unknown as Entry).columns[0];
				c.pack = { type: 'dict', codes: 'plain', labels: { prefix: 'C', width: 5, ints: 'plain' } };
				c.count = 2 ** 40;
			}
		},
		{
			name: 'a packing this version does not know',
			edit: (h: { datasets: Record<string, unknown>[] }) => {
				(h.datasets[0] as unknown as Entry).columns[2].pack = { type: 'number', values: 'zstd' };
			}
		}
	];
	it.each(cases)('$name: refused as invalid content, nothing large allocated', ({ edit }) => {
		const before = process.memoryUsage().arrayBuffers;
		let problem: unknown = null;
		try {
			decodeWorkspace(forged(edit));
		} catch (e) {
			problem = e instanceof WorkspaceFileProblem ? e.code : e;
		}
		expect(problem).toBe('invalid_content');
		expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 2 ** 20);
	});

	it('a link cut short or with a flipped bit: damaged, said so', async () => {
		const packed = await gzip(encodeWorkspace(snapshotFixture()));
		const cut = packed.subarray(0, packed.length - 12);
		const flipped = packed.slice();
		flipped[Math.floor(packed.length / 2)] ^= 0x10;
		for (const bytes of [cut, flipped])
			expect(
				await problemOf(unpackWorkspace(bytes, { limit: MAX_LINK_INFLATED, source: 'link' }))
			).toEqual({ code: 'corrupt_file' });
	});
});
