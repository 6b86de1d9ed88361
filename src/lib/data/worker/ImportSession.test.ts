import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ImportSession, type SessionPhase } from './ImportSession';
import type { ImportRequest, ImportResponse } from './protocol';
import type { Mapping } from '../map/types';
import { openWorkbenchDb } from '../db/openWorkbenchDb';
import { dayFromYMD } from '../../analytics/dates';

const TODAY = dayFromYMD(2025, 1, 1);
const csv = (text: string) => new Blob([new TextEncoder().encode(text)]);
// 13/01/2024 reads only day-first: the two mappings below accept 3 and 2 of its rows.
const FILE_A = csv(
	'customer_id,date,amount\nC1,05/01/2024,10.00\nC2,13/01/2024,20.50\nC1,01/03/2024,5\n'
);
const FILE_B = csv('customer_id,date,amount\nX9,2024-06-01,1\n');

/** A session over a recording host: no worker, the database (when asked) fake-indexeddb's. */
function session(persist = false) {
	const posted: ImportResponse[] = [];
	let dbs = 0;
	const s = new ImportSession({
		post: (m) => posted.push(m),
		openDb: persist ? () => openWorkbenchDb(`session-${Date.now()}-${++dbs}`) : async () => null,
		startHelper: () => Promise.reject(new Error('no helper worker in Node'))
	});
	const last = <T extends ImportResponse['type']>(type: T) =>
		posted.filter((m): m is Extract<ImportResponse, { type: T }> => m.type === type).at(-1);
	return { s, posted, last };
}

const preview = (file: Blob, name = 'a.csv'): Extract<ImportRequest, { type: 'preview' }> => ({
	type: 'preview',
	file,
	name,
	overrides: {}
});

/** The preview's own mapping with the date column read day-first or month-first. */
function withDates(m: Mapping, dateFormat: 'dmy' | 'mdy'): Mapping {
	return { ...m, columns: m.columns.map((c) => (c.role === 'date' ? { ...c, dateFormat } : c)) };
}

/** Previews FILE_A and validates it under the preview's own mapping. */
async function previewAndValidate({ s, last }: ReturnType<typeof session>) {
	await s.preview(preview(FILE_A));
	await s.validate({ type: 'validate', mapping: last('preview')!.preview.mapping, today: TODAY });
}

const commit = (persist: boolean): Extract<ImportRequest, { type: 'commit' }> => ({
	type: 'commit',
	meta: { id: 'd1', name: 'A', importedAt: '2025-01-01T00:00:00.000Z' },
	persist
});

describe('ImportSession: state transitions', () => {
	const cases: {
		name: string;
		steps: (t: ReturnType<typeof session>) => Promise<void>;
		phase: SessionPhase;
		holdsBytes: boolean;
	}[] = [
		{
			name: 'a new session holds nothing',
			steps: async () => {},
			phase: 'empty',
			holdsBytes: false
		},
		{
			name: 'a preview keeps the file and starts reading it',
			steps: async ({ s }) => s.preview(preview(FILE_A)),
			phase: 'previewed',
			holdsBytes: true
		},
		{
			name: 'validation takes the bytes (they are not kept for a second validation)',
			steps: async (t) => {
				await previewAndValidate(t);
			},
			phase: 'validated',
			holdsBytes: false
		},
		{
			name: 'a new file resets everything: the validated dataset of the last one is gone',
			steps: async (t) => {
				await previewAndValidate(t);
				await t.s.preview(preview(FILE_B, 'b.csv'));
			},
			phase: 'previewed',
			holdsBytes: true
		},
		{
			name: 'the same file previewed again (another choice) must be validated again',
			steps: async (t) => {
				await previewAndValidate(t);
				await t.s.preview({ ...preview(FILE_A), overrides: { delimiter: ',' } });
			},
			phase: 'previewed',
			holdsBytes: true
		},
		{
			name: 'cancel after validation forgets file, bytes and dataset',
			steps: async (t) => {
				await previewAndValidate(t);
				t.s.cancel();
			},
			phase: 'empty',
			holdsBytes: false
		},
		{
			name: 'cancel while the file is being read',
			steps: async ({ s }) => {
				await s.preview(preview(FILE_A));
				s.cancel();
			},
			phase: 'empty',
			holdsBytes: false
		},
		{
			name: 'a commit hands the dataset over and leaves nothing behind',
			steps: async (t) => {
				await previewAndValidate(t);
				await t.s.commit(commit(false));
			},
			phase: 'empty',
			holdsBytes: false
		}
	];
	for (const c of cases)
		it(c.name, async () => {
			const t = session();
			await c.steps(t);
			expect({ phase: t.s.phase, holdsBytes: t.s.holdsBytes }).toEqual({
				phase: c.phase,
				holdsBytes: c.holdsBytes
			});
			expect(t.posted.filter((m) => m.type === 'error' || m.type === 'problem')).toEqual([]);
		});

	it('nothing to validate or commit after a new file or a cancel', async () => {
		const { s, last } = session();
		await s.preview(preview(FILE_A));
		const mapping = last('preview')!.preview.mapping;
		await s.validate({ type: 'validate', mapping, today: TODAY });
		await s.preview(preview(FILE_B, 'b.csv'));
		await expect(s.commit(commit(false))).rejects.toThrow('nothing to commit');
		s.cancel();
		await expect(s.validate({ type: 'validate', mapping, today: TODAY })).rejects.toThrow(
			'no file'
		);
		await expect(s.commit(commit(false))).rejects.toThrow('nothing to commit');
	});

	it('re-mapping keeps the file: validated again under the new mapping, which the commit uses', async () => {
		const { s, last } = session();
		await s.preview(preview(FILE_A));
		const mapping = last('preview')!.preview.mapping;
		await s.validate({ type: 'validate', mapping: withDates(mapping, 'dmy'), today: TODAY });
		expect(last('report')!.report.accepted).toBe(3);
		// No second preview: the session reads its file again for the new mapping.
		await s.validate({ type: 'validate', mapping: withDates(mapping, 'mdy'), today: TODAY });
		expect(last('report')!.report.accepted).toBe(2);
		await s.commit(commit(false));
		const ready = last('ready')!;
		expect(ready.record.rows).toBe(2);
		expect(ready.record.sourceName).toBe('a.csv');
		expect(ready.record.sourceBytes).toBe(FILE_A.size);
		expect(ready.record.mapping.columns.find((c) => c.role === 'date')?.dateFormat).toBe('mdy');
		expect(last('committed')).toEqual({ type: 'committed', persisted: false });
	});

	// CSV files are read in slices (validateSlices: their limit is the columns they make, checked
	// at validation); a workbook is still read whole, so its size is refused at the preview.
	it('a workbook over the browser limit is refused before anything is read', async () => {
		const { s, posted } = session();
		const zipHead = new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])]);
		const huge = { size: 3 * 1024 ** 3, slice: () => zipHead } as unknown as Blob;
		await expect(s.preview(preview(huge, 'huge.xlsx'))).rejects.toMatchObject({
			problem: { code: 'too_large' }
		});
		expect(posted).toEqual([]);
		expect(s.phase).toBe('empty');
	});

	it('a persisted commit stores the dataset and remembers its mapping for the next preview', async () => {
		const { s, last } = session(true);
		await s.preview(preview(FILE_A));
		expect(last('preview')!.remembered).toBeNull();
		const mapping = withDates(last('preview')!.preview.mapping, 'dmy');
		await s.validate({ type: 'validate', mapping, today: TODAY });
		await s.commit(commit(true));
		const committed = last('committed')!;
		expect(committed.persisted).toBe(true);
		expect(committed.record?.rows).toBe(3);
		// The same export again, in the same session (same database): one click.
		await s.preview(preview(csv(await FILE_A.text()), 'a (2).csv'));
		expect(last('preview')!.remembered?.columns).toEqual(mapping.columns);
	});
});
