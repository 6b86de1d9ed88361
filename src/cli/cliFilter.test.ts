// `--from/--to/--where` against the same analysis on a file filtered by hand: the pre-filtered
// files are written here by a plain loop over the sample's text lines (no module of the app),
// so the CLI's filter and this loop are two independent ways to the same rows.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from './args';
import { parseCommandLine } from './parse/parseCommandLine';
import { COMMANDS } from './runCommand';

const TX = 'static/samples/retail/transactions.csv';
const CU = 'static/samples/retail/customers.csv';
const SV = 'static/samples/retail/survey.csv';
const dir = mkdtempSync(join(tmpdir(), 'cli-filter-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The sample's CSVs have no quoted fields: a line is its comma-separated cells. */
function table(path: string): { header: string[]; rows: string[][] } {
	const [head, ...rest] = readFileSync(path, 'utf8')
		.split(/\r?\n/)
		.filter((l) => l !== '');
	return { header: head.split(','), rows: rest.map((l) => l.split(',')) };
}

function idsWhere(column: string, values: string[]): Set<string> {
	const cu = table(CU);
	const c = cu.header.indexOf(column);
	return new Set(cu.rows.filter((r) => values.includes(r[c])).map((r) => r[0]));
}

function writeFiltered(path: string, keep: (row: string[], header: string[]) => boolean): number {
	const t = table(path);
	const kept = t.rows.filter((r) => keep(r, t.header));
	const out = join(dir, `${kept.length}-${path.split('/').pop()}`);
	writeFileSync(out, [t.header.join(','), ...kept.map((r) => r.join(','))].join('\n') + '\n');
	filtered.set(out, kept.length);
	return kept.length;
}
const filtered = new Map<string, number>();
const lastFile = () => [...filtered.keys()].at(-1)!;

async function run(argv: string[]): Promise<Record<string, unknown>> {
	const line = parseCommandLine(argv, COMMANDS);
	if (line.action !== 'run') throw new Error('not a run');
	return (await line.command.run(line.file, line.options)) as Record<string, unknown>;
}

const north = idsWhere('region', ['North']);
const cases = [
	{
		name: 'rfm: one region and one year',
		command: 'rfm',
		args: [
			'--from',
			'2024-01-01',
			'--to',
			'2024-12-31',
			'--where',
			'region=North',
			'--customers',
			CU
		],
		keep: (r: string[]) => north.has(r[1]) && r[2] >= '2024-01-01' && r[2] <= '2024-12-31'
	},
	{
		name: 'rfm: two categories (a transaction column), from a day on',
		command: 'rfm',
		args: ['--from', '2023-07-01', '--where', 'category=Books,Toys'],
		keep: (r: string[]) => ['Books', 'Toys'].includes(r[4]) && r[2] >= '2023-07-01'
	},
	{
		name: 'pyramid: a region and a channel, up to a day',
		command: 'pyramid',
		args: [
			'--to',
			'2023-06-30',
			'--where',
			'region=North',
			'--where',
			'channel=web',
			'--customers',
			CU
		],
		keep: (r: string[]) => north.has(r[1]) && r[5] === 'web' && r[2] <= '2023-06-30'
	},
	{
		name: 'cohorts: one region',
		command: 'cohorts',
		args: ['--where', 'region=North', '--customers', CU],
		keep: (r: string[]) => north.has(r[1])
	}
];

describe('CLI filters equal the same analysis on a file filtered by hand', () => {
	it.each(cases)('$name', async ({ command, args, keep }) => {
		const kept = writeFiltered(TX, keep);
		const prefiltered = lastFile();
		const a = await run([command, TX, ...args]);
		const b = await run([command, prefiltered]);
		const { filters, ...rest } = a;
		expect(rest).toEqual(b);
		expect(b.filters).toBeUndefined();
		expect((filters as { rows: unknown }).rows).toEqual({ total: 57663, kept });
	});

	it('survey: answers of customers in one region', async () => {
		const kept = writeFiltered(SV, (r) => north.has(r[1]));
		const a = await run(['survey', SV, '--where', 'region=North', '--customers', CU]);
		const b = await run(['survey', lastFile()]);
		const { filters, ...rest } = a;
		expect(rest).toEqual(b);
		expect((filters as { rows: unknown }).rows).toEqual({ total: 1500, kept });
	});

	it('echoes the filters it applied', async () => {
		const a = await run([
			'rfm',
			TX,
			'--from',
			'2024-01-01',
			'--where',
			'region=North,South',
			'--customers',
			CU
		]);
		expect(a.filters).toMatchObject({
			from: '2024-01-01',
			to: null,
			where: [{ on: 'customers', column: 'region', header: 'region', values: ['North', 'South'] }],
			customers: CU
		});
	});
});

describe('CLI filter problems', () => {
	const problems = [
		{ args: ['--where', 'region=North'], message: /customer attributes need --customers/ },
		{ args: ['--where', 'regio=North', '--customers', CU], message: /no column "regio"/ },
		{
			args: ['--from', '2030-01-01'],
			message: /No transactions match the filters \(of 57663 rows\)/
		},
		{ args: ['--from', '2024-02-30'], message: /not a date/ },
		{
			args: ['--from', '2024-12-31', '--to', '2024-01-01'],
			message: /ends \(2024-01-01\) before it starts/
		},
		{ args: ['--where', 'region'], message: /COLUMN=VALUE/ },
		{ args: ['--where', 'age=old..', '--customers', CU], message: /"old" is not a number/ }
	];
	it.each(problems)('$args', async ({ args, message }) => {
		const e = await run(['rfm', TX, ...args]).catch((x) => x);
		expect(e).toBeInstanceOf(CliError);
		expect(String(e.message)).toMatch(message);
	});
});
