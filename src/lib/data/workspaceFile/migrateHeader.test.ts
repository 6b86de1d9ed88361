import { describe, expect, it } from 'vitest';
import { migrateHeader } from './migrateHeader';
import { MIGRATIONS, missingMigrations, type Migration } from './migrations';
import { CURRENT_VERSION, FORMAT_NAME } from './format';
import { WorkspaceFileProblem } from './WorkspaceFileProblem';

// A pretend history of three versions, to pin how the runner chains steps:
// v1 called the list `tables`; v2 renamed it `datasets`; v3 added `mappings`.
const history: Record<number, Migration> = {
	1: ({ tables, ...rest }) => ({ ...rest, datasets: tables }),
	2: (h) => ({ ...h, mappings: [] })
};
const base = { format: FORMAT_NAME, createdAt: '2025-01-01T00:00:00Z' };

const upgrades = [
	{
		name: 'v1 runs both steps',
		input: { ...base, version: 1, tables: ['a'] },
		expected: { ...base, version: 3, datasets: ['a'], mappings: [] }
	},
	{
		name: 'v2 runs the second step only',
		input: { ...base, version: 2, datasets: ['b'] },
		expected: { ...base, version: 3, datasets: ['b'], mappings: [] }
	},
	{
		name: 'v3 is left as it is',
		input: { ...base, version: 3, datasets: [], mappings: [{ signature: 's' }] },
		expected: { ...base, version: 3, datasets: [], mappings: [{ signature: 's' }] }
	}
];

const refusals = [
	{ name: 'a newer version', input: { ...base, version: 4 }, code: 'newer_version' },
	{
		name: 'another format',
		input: { format: 'excalidraw', version: 2 },
		code: 'not_workspace_file'
	},
	{ name: 'no format', input: { version: 1 }, code: 'not_workspace_file' },
	{ name: 'a version as text', input: { ...base, version: '1' }, code: 'invalid_content' },
	{ name: 'version 0', input: { ...base, version: 0 }, code: 'invalid_content' },
	{ name: 'version 1.5', input: { ...base, version: 1.5 }, code: 'invalid_content' },
	{ name: 'an array', input: [base], code: 'invalid_content' },
	{ name: 'null', input: null, code: 'invalid_content' }
];

function codeOf(f: () => unknown): string | null {
	try {
		f();
		return null;
	} catch (e) {
		return e instanceof WorkspaceFileProblem ? e.code : 'raw error';
	}
}

describe('migrateHeader', () => {
	it.each(upgrades)('$name', ({ input, expected }) => {
		const frozen = structuredClone(input);
		expect(migrateHeader(input, history, 3)).toEqual(expected);
		expect(input).toEqual(frozen); // migrations build new records, never edit the old one
	});

	it.each(refusals)('refuses $name', ({ input, code }) => {
		expect(codeOf(() => migrateHeader(input, history, 3))).toBe(code);
	});

	it('names the version whose step is missing', () => {
		let problem: WorkspaceFileProblem | null = null;
		try {
			migrateHeader({ ...base, version: 1, tables: [] }, { 2: history[2] }, 3);
		} catch (e) {
			problem = e as WorkspaceFileProblem;
		}
		expect(problem?.code).toBe('missing_migration');
		expect(problem?.values.version).toBe(1);
	});

	it('tells which version a newer file has', () => {
		try {
			migrateHeader({ ...base, version: 9 }, history, 3);
		} catch (e) {
			expect((e as WorkspaceFileProblem).values).toEqual({ version: 9, supported: 3 });
		}
		expect.assertions(1);
	});
});

describe('migrations', () => {
	const gaps: { steps: Record<number, Migration>; current: number; expected: number[] }[] = [
		{ steps: history, current: 3, expected: [] },
		{ steps: { 2: history[2] }, current: 3, expected: [1] },
		{ steps: { 1: history[1] }, current: 4, expected: [2, 3] },
		{ steps: {}, current: 1, expected: [] }
	];
	it.each(gaps)('finds the gaps below version $current', ({ steps, current, expected }) => {
		expect(missingMigrations(steps, current)).toEqual(expected);
	});

	// The guard: raising CURRENT_VERSION without writing the step from the previous version
	// fails here.
	it('has a step from every older version to the current one', () => {
		expect(missingMigrations(MIGRATIONS, CURRENT_VERSION)).toEqual([]);
	});

	it('reads every version this build writes', () => {
		const h = migrateHeader({ format: FORMAT_NAME, version: CURRENT_VERSION });
		expect(h.version).toBe(CURRENT_VERSION);
	});
});

describe('1 → 2: raw columns become the raw packing', () => {
	// A real version-1 header's dataset entry (the fixture link's, trimmed to its columns).
	const v1 = {
		format: FORMAT_NAME,
		version: 1,
		datasets: [
			{
				record: { id: 'ds-a' },
				columns: [
					{ key: 'customerId', type: 'dict', codes: {}, labels: {}, count: 3 },
					{ key: 'date', type: 'day', values: {} },
					{ key: 'amount', type: 'number', values: {} },
					{ key: 'odd', type: 'blob' },
					'not a column'
				]
			},
			'not a dataset'
		]
	};
	it('names every column’s version-1 packing, and leaves the rest for the checks', () => {
		const h = migrateHeader(v1, MIGRATIONS, 2);
		expect(h.version).toBe(2);
		const [first, second] = h.datasets as { columns: { pack?: unknown }[] }[];
		expect(first.columns.map((c) => (typeof c === 'string' ? c : c.pack))).toEqual([
			{ type: 'dict', codes: 'i32', labels: 'text' },
			{ type: 'day', values: 'i32' },
			{ type: 'number', values: 'f64' },
			undefined,
			'not a column'
		]);
		expect(second).toBe('not a dataset');
	});
	it('leaves a header without datasets alone', () => {
		expect(migrateHeader({ format: FORMAT_NAME, version: 1 }, MIGRATIONS, 2)).toEqual({
			format: FORMAT_NAME,
			version: 2
		});
	});
});
