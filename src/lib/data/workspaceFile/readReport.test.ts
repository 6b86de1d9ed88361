// A report or mapping from a file is checked whole: each case breaks one field of a good file
// and must be refused with the path. Before, a report passed when `rejected.examples` was a
// list (the rest was copied as is, and the report page threw on every visit), and a mapping
// passed when `columns` was a list (and was merged into the device's remembered mappings).
import { describe, expect, it } from 'vitest';
import { decodeWorkspace } from './decodeWorkspace';
import { concatBytes, encodeWorkspace } from './encodeWorkspace';
import type { WorkspaceSnapshot } from './format';
import { snapshotFixture } from './snapshotFixture';
import { WorkspaceFileProblem } from './WorkspaceFileProblem';

type Loose = Record<string, unknown>;

function fileWith(edit: (report: Loose, snap: WorkspaceSnapshot) => void): Uint8Array {
	const snap = snapshotFixture();
	edit(snap.datasets[0].record.report as unknown as Loose, snap);
	return concatBytes(encodeWorkspace(snap));
}

function detailOf(bytes: Uint8Array): string | null {
	try {
		decodeWorkspace(bytes);
		return null;
	} catch (e) {
		if (!(e instanceof WorkspaceFileProblem)) throw e;
		return `${e.code}: ${e.values.detail}`;
	}
}

const R = 'invalid_content: datasets[0].record.report';
const cases: { name: string; edit: (r: Loose, s: WorkspaceSnapshot) => void; expected: string }[] =
	[
		{
			name: 'a report with only rejected.examples',
			edit: (_r, s) => {
				(s.datasets[0].record as unknown as Loose).report = { rejected: { examples: [] } };
			},
			expected: `${R}.rowsRead`
		},
		{
			name: 'a report without byReason',
			edit: (r) => delete (r.rejected as Loose).byReason,
			expected: `${R}.rejected.byReason`
		},
		{
			name: 'a report without a count',
			edit: (r) => delete r.duplicates,
			expected: `${R}.duplicates`
		},
		{
			name: 'a count that is a string',
			edit: (r) => void (r.blankedCells = '3'),
			expected: `${R}.blankedCells`
		},
		{
			name: 'an unknown reason',
			edit: (r) => void ((r.rejected as Loose).byReason = { __proto__x: 1 }),
			expected: `${R}.rejected.byReason`
		},
		{
			name: 'reasons that do not add up to the total',
			edit: (r) => {
				r.rowsRead = 6;
				(r.rejected as Loose).total = 1;
			},
			expected: `${R}.rejected.total`
		},
		{
			name: 'rows read ≠ accepted + rejected',
			edit: (r) => void (r.rowsRead = 9),
			expected: `${R}.accepted`
		},
		{
			name: 'an accepted count that is not the rows stored',
			edit: (r) => {
				r.rowsRead = 4;
				r.accepted = 4;
			},
			expected: `${R}.accepted`
		},
		{
			name: 'an example without a line',
			edit: (r) => {
				r.rowsRead = 6;
				(r.rejected as Loose).total = 1;
				(r.rejected as Loose).byReason = { bad_date: 1 };
				(r.rejected as Loose).examples = [{ reason: 'bad_date', text: 'x' }];
			},
			expected: `${R}.rejected.examples[0].line`
		},
		{
			name: 'an infinite negative total',
			edit: (r) => void (r.negativeTotal = -Infinity),
			expected: `${R}.negativeTotal`
		},
		{
			name: 'a first day far outside the calendar',
			edit: (_r, s) => void (s.datasets[0].record.stats.firstDay = 1e12),
			expected: 'invalid_content: datasets[0].record.stats.firstDay'
		},
		{
			name: 'a dataset mapping with an unknown role',
			edit: (_r, s) => {
				const m = s.datasets[0].record.mapping as unknown as { columns: Loose[] };
				m.columns = [{ index: 0, header: 'a', role: 'owner', type: 'text' }];
			},
			expected: 'invalid_content: datasets[0].record.mapping.columns[0].role'
		},
		{
			name: 'a remembered mapping whose columns are not column specs',
			edit: (_r, s) => {
				(s.mappings[0].mapping as unknown as Loose).columns = [1, 2];
			},
			expected: 'invalid_content: mappings[0].mapping.columns[0]'
		},
		{
			name: 'a remembered mapping with an unknown encoding',
			edit: (_r, s) => {
				(s.mappings[0].mapping as unknown as Loose).encoding = 'ebcdic';
			},
			expected: 'invalid_content: mappings[0].mapping.encoding'
		}
	];

describe('readReport and readMapping (through decodeWorkspace)', () => {
	it.each(cases)('refuses $name', ({ edit, expected }) => {
		expect(detailOf(fileWith(edit))).toBe(expected);
	});

	it('keeps a complete report with rejections, examples and a column', () => {
		const bytes = fileWith((r) => {
			r.rowsRead = 7;
			r.negativeTotal = -2.5;
			r.rejected = {
				total: 2,
				byReason: { bad_date: 1, duplicate: 1 },
				examples: [
					{ line: 3, reason: 'bad_date', column: 'date', text: '2024-13-01' },
					{ line: 8, reason: 'duplicate', text: 'A,2024-01-01,5' }
				]
			};
		});
		const r = decodeWorkspace(bytes).datasets[0].record.report;
		expect(r.rejected.byReason).toEqual({ bad_date: 1, duplicate: 1 });
		expect(r.rejected.examples[0]).toEqual({
			line: 3,
			reason: 'bad_date',
			column: 'date',
			text: '2024-13-01'
		});
	});
});
