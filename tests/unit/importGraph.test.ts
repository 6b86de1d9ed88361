// The real import graph of src/ checked against the layer table (scripts/layers.js), and the
// ESLint rule over the same table proven to refuse a probe file for every kind of forbidden
// edge. Lint sees one file at a time; this test sees every edge, worker URLs included.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { wallBroken } from '../../scripts/layers.js';

const root = resolve(__dirname, '../..');

function sourceFiles(dir: string, out: string[] = []): string[] {
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) sourceFiles(p, out);
		else if (/\.(ts|js|svelte)$/.test(name)) out.push(p);
	}
	return out;
}

interface Edge {
	file: string;
	spec: string;
	typeOnly: boolean;
}

/** Every import, re-export, dynamic import and worker URL of a file's code. */
export function importsOf(file: string, text: string): Edge[] {
	const code = file.endsWith('.svelte')
		? [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n')
		: text;
	const edges: Edge[] = [];
	const statement = /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm;
	for (const m of code.matchAll(statement)) {
		const names = m[3];
		const allTypeNames =
			/^\{[^}]*\}$/.test(names.trim()) &&
			names
				.replace(/[{}]/g, '')
				.split(',')
				.filter((s) => s.trim())
				.every((s) => /^\s*type\s/.test(s));
		edges.push({ file, spec: m[4], typeOnly: !!m[2] || allTypeNames });
	}
	for (const m of code.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm))
		edges.push({ file, spec: m[1], typeOnly: false });
	for (const m of code.matchAll(/(?:import\(|new URL\()\s*['"]([^'"]+)['"]/g))
		edges.push({ file, spec: m[1], typeOnly: false });
	return edges;
}

describe('import graph', () => {
	const files = sourceFiles(join(root, 'src'));
	const edges = files.flatMap((f) => importsOf(f, readFileSync(f, 'utf8')));

	it('reads a plausible graph (guards the reader itself)', () => {
		expect(files.length).toBeGreaterThan(300);
		expect(edges.length).toBeGreaterThan(1500);
		expect(edges.some((e) => e.spec.includes('engineWorker'))).toBe(true);
		expect(edges.some((e) => e.typeOnly)).toBe(true);
	});

	it('has no edge the layer table forbids', () => {
		const broken = edges
			.map((e) => ({ ...e, why: wallBroken(root, e.file, e.spec, e.typeOnly) }))
			.filter((e) => e.why)
			.map((e) => `${e.file.slice(root.length + 1)} → ${e.spec}: ${e.why}`);
		expect(broken).toEqual([]);
	});
});

// One probe per kind of forbidden edge: a file placed in a layer, importing across a wall.
const probes: { file: string; code: string; expected: string | null }[] = [
	{
		file: 'src/lib/analytics/probe.ts',
		code: "import { x } from '$lib/data/map/x';",
		expected: 'analytics/ may not import data/'
	},
	{
		file: 'src/lib/analytics/probe.ts',
		code: "import { t } from '../i18n/i18n.svelte';",
		expected: 'analytics/ may not import i18n/'
	},
	{
		file: 'src/lib/analytics/probe.ts',
		code: "import { mount } from 'svelte';",
		expected: 'no Svelte'
	},
	{
		file: 'src/lib/data/probe.ts',
		code: "import { analyses } from '../engine/registry';",
		expected: 'data/ may not import engine/'
	},
	{
		file: 'src/lib/data/probe.ts',
		code: "import { engine } from '$lib/state/engine.svelte';",
		expected: 'data/ may not import state/'
	},
	{
		file: 'src/lib/data/map/probe.ts',
		code: "import Dexie from 'dexie';",
		expected: 'dexie is imported only in data/db'
	},
	{
		file: 'src/lib/engine/probe.ts',
		code: "import { workspace } from '$lib/state/workspace.svelte';",
		expected: 'engine/ may not import state/'
	},
	{
		file: 'src/lib/engine/probe.ts',
		code: "import { onMount } from 'svelte';",
		expected: 'engine/ runs outside the page: no Svelte'
	},
	{
		file: 'src/lib/state/probe.ts',
		code: "import X from '../views/data/ReportView.svelte';",
		expected: 'state/ may not import views/'
	},
	{
		file: 'src/lib/charts/probe.ts',
		code: "import { engine } from '$lib/state/engine.svelte';",
		expected: 'charts/ may not import state/'
	},
	{
		file: 'src/lib/ui/probe.ts',
		code: "import { toCsv } from '$lib/data/export/toCsv';",
		expected: 'ui/ may not import data/'
	},
	{
		file: 'src/lib/i18n/probe.ts',
		code: "import { analyses } from '$lib/engine/registry';",
		expected: 'i18n/ may not import engine/'
	},
	{
		file: 'src/lib/views/probe.ts',
		code: "import { WorkbenchDB } from '$lib/data/db/schema';",
		expected: 'IndexedDB stays behind data/db/'
	},
	{
		file: 'src/routes/probe.ts',
		code: "import { loadDataset } from '$lib/data/db/datasetStore';",
		expected: 'IndexedDB stays behind data/db/'
	},
	{
		file: 'src/cli/probe.ts',
		code: "import X from '$lib/views/clv/ClvView.svelte';",
		expected: 'cli/ may not import views/'
	},
	{
		file: 'src/cli/probe.ts',
		code: "import Papa from 'papaparse';",
		expected: 'papaparse is imported only in tests'
	},
	{
		file: 'src/lib/views/probe.ts',
		code: "import { DuckDBInstance } from '@duckdb/node-api';",
		expected: '@duckdb/node-api is imported only in cli'
	},
	// Allowed edges, so the rule is not simply refusing everything.
	{
		file: 'src/lib/views/probe.ts',
		code: "import type { DatasetRecord } from '$lib/data/db/records';",
		expected: null
	},
	{
		file: 'src/lib/engine/probe.ts',
		code: "import { loadDataset } from '$lib/data/db/datasetStore';",
		expected: null
	},
	{
		file: 'src/lib/i18n/probe.ts',
		code: "import type { FileProblem } from '$lib/data/pipeline/problems';",
		expected: null
	},
	{ file: 'src/lib/data/db/probe.ts', code: "import Dexie from 'dexie';", expected: null }
];

describe('the layers lint rule', () => {
	const eslint = new ESLint({ cwd: root });
	it.each(probes)(
		'$file: $code',
		async ({ file, code, expected }) => {
			const [result] = await eslint.lintText(`${code}\nexport const probe = 1;\n`, {
				filePath: join(root, file)
			});
			const walls = result.messages.filter((m) => m.ruleId === 'local/layers');
			if (expected === null) expect(walls).toEqual([]);
			else expect(walls.map((m) => m.message).join('\n')).toContain(expected);
		},
		60_000
	);
});
