// A large file is summarized in passes over ranges of customer ids (duck/customerRanges.ts).
// Each customer's numbers must not depend on the passes: on the teaching sample and the CDNOW
// file, the CSV written in 2, 3 and 7 passes is byte for byte the one written in one pass, for
// every summary, and so are the notes and counts of the JSON report. rfm's monetary too: it is
// summed in cents (docs/sql/rfm.duckdb.sql), so the order DuckDB's threads add in cannot show.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summarizeCommand } from './summarize';

const dir = mkdtempSync(join(tmpdir(), 'summarize-passes-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SAMPLE = 'static/samples/retail/transactions.csv';
const CDNOW = 'tests/fixtures/cdnow/cdnowElog.csv';

async function run(file: string, options: Record<string, string>, passes: number) {
	const out = join(dir, `out-${passes}-${Math.random().toString(36).slice(2)}.csv`);
	const r = await summarizeCommand(file, { ...options, out }, { passes });
	return {
		csv: readFileSync(out, 'utf8'),
		report: { ...r, out: null, seconds: 0, peakRssMB: 0 }
	};
}

const CASES: { file: string; options: Record<string, string> }[] = [
	{ file: SAMPLE, options: { what: 'btyd' } },
	{ file: SAMPLE, options: { what: 'btyd', unit: 'month', 'calibration-end': '2024-06-30' } },
	{ file: SAMPLE, options: { what: 'rfm' } },
	{ file: SAMPLE, options: { what: 'rfm', 'as-of': '2024-06-30', bins: '3' } },
	{ file: SAMPLE, options: { what: 'cohorts' } },
	{ file: SAMPLE, options: { what: 'cohorts', grain: 'week', 'as-of': '2023-07-15' } },
	{ file: CDNOW, options: { what: 'btyd' } },
	{ file: CDNOW, options: { what: 'rfm' } },
	{ file: CDNOW, options: { what: 'cohorts' } }
];

describe('summarize in passes over customer ranges gives the one-pass output', () => {
	it.each(CASES)(
		'$file $options',
		async ({ file, options }) => {
			const one = await run(file, options, 1);
			expect(one.csv.split('\n').length).toBeGreaterThan(10);
			for (const passes of [2, 3, 7]) {
				const many = await run(file, options, passes);
				expect(many.csv).toBe(one.csv);
				expect(many.report).toEqual(one.report);
			}
		},
		60_000
	);
});
