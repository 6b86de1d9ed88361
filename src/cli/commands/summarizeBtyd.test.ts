// The notes `summarize --what btyd` prints are clvSummary's: returns left out, and repeat days
// whose total is not positive. The second is computed in DuckDB only over customers with a zero
// amount (such a day's amounts are all 0); the cases below put zeros on first days, repeat
// days, after the calibration end and next to positive amounts on the same day, and compare the
// notes with the engine's issues on the same file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clvSummary } from '../../lib/analytics/clv/clvSummary';
import { dayFromISO } from '../../lib/analytics/dates';
import { importBytes } from '../../lib/data/pipeline/importBytes';
import { toTransactionTable } from '../../lib/data/tables/toTables';
import { mapBytes } from '../loadFile';
import { clvIssueText } from './fit';
import { summarizeCommand } from './summarize';

const dir = mkdtempSync(join(tmpdir(), 'summarize-btyd-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'customer_id,date,amount';
const cases = [
	{
		name: 'zero repeat days, one of two rows',
		rows: [
			'Z,2024-01-01,5',
			'Z,2024-02-01,0',
			'Z,2024-03-01,0',
			'Z,2024-03-01,0',
			'Z,2024-04-01,0',
			'Z,2024-04-01,2',
			'Y,2024-01-02,3',
			'Y,2024-02-02,4'
		],
		nonpositive: 2
	},
	{
		name: 'a zero first day is not a repeat; a zero after the calibration end is not counted',
		rows: [
			'W,2024-01-01,0',
			'W,2024-02-01,7',
			'W,2024-07-01,0',
			'V,2024-01-05,1',
			'V,2024-06-30,1'
		],
		nonpositive: 0
	},
	{
		name: 'returns beside zeros',
		rows: ['R,2024-01-01,5', 'R,2024-02-01,-5', 'R,2024-03-01,0', 'R,2024-03-01,-2'],
		nonpositive: 1
	}
];

describe('summarize --what btyd: the notes equal clvSummary’s issues', () => {
	it.each(cases)('$name', async ({ rows, nonpositive }) => {
		const file = join(dir, 'notes.csv');
		writeFileSync(file, [HEADER, ...rows].join('\n') + '\n');
		const bytes = new Uint8Array(readFileSync(file));
		const { mapping } = mapBytes(bytes, file, {}, 'transactions');
		const tx = toTransactionTable(importBytes(bytes, mapping, dayFromISO('2030-01-01')));
		const s = clvSummary(tx, { calibrationEnd: dayFromISO('2024-06-30'), unit: 'week' });
		const expected = s.issues.filter((i) => i.severity === 'warning').map(clvIssueText);
		const r = await summarizeCommand(file, {
			what: 'btyd',
			'calibration-end': '2024-06-30',
			out: join(dir, 'out.csv')
		});
		expect(r.reader).toBe('duckdb');
		expect([...r.warnings].sort()).toEqual([...expected].sort());
		const count = s.issues.find((i) => i.code === 'nonpositive_spends_excluded')?.values?.count;
		expect(count ?? 0).toBe(nonpositive);
	});
});
