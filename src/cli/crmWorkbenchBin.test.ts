// The installed command as a user runs it: bin/crm-workbench.js over the bundle that
// scripts/buildCli.js makes (what `npm ci` runs as `prepare`), with plain Node — no tsx.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SAMPLE = 'static/samples/retail/transactions.csv';

function cli(...args: string[]) {
	const r = spawnSync(process.execPath, ['bin/crm-workbench.js', ...args], {
		encoding: 'utf8',
		// No TZ: the bin pins UTC itself, as `npx crm-workbench` gets no npm script around it.
		env: { ...process.env, TZ: 'America/Los_Angeles' }
	});
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const BIG = join(mkdtempSync(join(tmpdir(), 'crm-bin-')), 'big.csv');

beforeAll(() => {
	writeFileSync(BIG, 'customer_id,date,amount\n');
	truncateSync(BIG, 2.2e9);
	const r = spawnSync(process.execPath, ['scripts/buildCli.js'], { encoding: 'utf8' });
	expect(r.stderr).toBe('');
	expect(r.status).toBe(0);
}, 60_000);
afterAll(() => rmSync(dirname(BIG), { recursive: true, force: true }));

describe('crm-workbench (built)', () => {
	it('--version prints package.json’s version', () => {
		const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
		expect(cli('--version')).toEqual({ code: 0, stdout: pkg.version + '\n', stderr: '' });
	});

	it.each([['--help'], ['-h'], ['rfm', '--help'], ['summarize', '-h'], ['help', 'inspect']])(
		'%s %s: help on stdout, exit 0',
		(...args) => {
			const r = cli(...args);
			expect(r.code).toBe(0);
			expect(r.stderr).toBe('');
			expect(r.stdout).toMatch(/^usage: crm-workbench /);
		}
	);

	it('rfm on the teaching sample: the same JSON as the source (tsx-free)', () => {
		const r = cli('rfm', SAMPLE, '--as-of', '2025-01-01');
		expect(r.code).toBe(0);
		const out = JSON.parse(r.stdout);
		expect(out.asOf).toBe('2025-01-01');
		expect(out.customers.length).toBeGreaterThan(4000);
	});

	it.each([
		[['rfm', SAMPLE, '--as-off', '2025-01-01'], /did you mean --as-of\?/],
		[['rmf', SAMPLE], /did you mean rfm\?/],
		[['rfm', 'no/such/file.csv'], /cannot read no\/such\/file\.csv/],
		[[], /^usage: crm-workbench/],
		// A sparse 2.2 GB file: no disk used, but more than a command reads whole.
		[['rfm', BIG], /is 2\.2 GB, more than this command reads into memory: crm-workbench summarize/]
	])('%j: exit 2, one message on stderr', (args, message) => {
		const r = cli(...args);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(message);
	});
});
