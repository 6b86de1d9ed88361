// The layer table: which folder of src/ may import which. One table read by ESLint (the
// `local/layers` rule in eslint.config.js) and by the import-graph test
// (tests/unit/importGraph.test.ts), so the wall the linter enforces and the wall the real graph
// is checked against cannot drift apart. docs/design.md draws the same table.
import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

/** Layers a layer may import with values (itself always allowed). Order: top to bottom. */
export const LAYERS = {
	routes: ['views', 'state', 'charts', 'ui', 'i18n', 'engine', 'data', 'analytics'],
	views: ['state', 'charts', 'ui', 'i18n', 'engine', 'data', 'analytics'],
	cli: ['engine', 'data', 'i18n', 'analytics'],
	state: ['engine', 'data', 'i18n', 'analytics'],
	charts: ['ui', 'i18n', 'data'],
	ui: ['i18n'],
	engine: ['data', 'analytics'],
	data: ['analytics'],
	i18n: ['analytics'],
	analytics: []
};

/** Layers a layer may import types from, beyond LAYERS (types carry no code at run time). */
export const TYPE_ONLY = {
	i18n: ['data', 'engine'],
	charts: ['analytics'],
	ui: ['data']
};

/**
 * IndexedDB stays behind data/db/: its modules may be imported with values only from these
 * layers (the engine worker reads stored datasets back; state/ opens the workspace). Any
 * layer above may still import its record types.
 */
export const DB_VALUE_IMPORTERS = ['data', 'engine', 'state'];

/** npm packages kept to one place: package → layers (or `data/db`, `data/parse`) allowed. */
export const PACKAGES = {
	dexie: ['data/db'],
	papaparse: [],
	'@duckdb/node-api': ['cli'],
	'@duckdb/duckdb-wasm': [],
	// SheetJS (workbooks, issue 17): loaded on demand by data/workbook/ and the CLI only.
	'@e965/xlsx': ['data/workbook', 'cli']
};

/** Layers that run outside the page (worker, Node): no Svelte, no SvelteKit. */
export const NO_SVELTE = ['analytics', 'data', 'engine', 'cli'];

/** The layer of a path relative to the repository root, or null outside the walls. */
export function layerOf(rel) {
	const p = rel.split(sep).join('/');
	if (p.startsWith('src/routes/')) return 'routes';
	if (p.startsWith('src/cli/')) return 'cli';
	const m = /^src\/lib\/([^/]+)\//.exec(p);
	return m && m[1] in LAYERS ? m[1] : null;
}

const isTest = (rel) => /\.test\.[jt]s$/.test(rel);

/**
 * Why an import breaks the walls, or null when it may stand.
 * @param {string} root repository root (absolute)
 * @param {string} file importing file (absolute)
 * @param {string} spec the import specifier as written
 * @param {boolean} typeOnly `import type` / `export type`
 */
export function wallBroken(root, file, spec, typeOnly) {
	const fromRel = relative(root, file).split(sep).join('/');
	const from = layerOf(fromRel);
	if (!from) return null;
	let target;
	if (spec.startsWith('$lib/')) target = `src/lib/${spec.slice(5)}`;
	else if (spec.startsWith('.')) target = relative(root, resolve(dirname(file), spec));
	else if (spec.startsWith('$app/') || spec === 'svelte' || spec.startsWith('svelte/'))
		return NO_SVELTE.includes(from) ? `${from}/ runs outside the page: no Svelte.` : null;
	else {
		const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
		const allowed = PACKAGES[pkg];
		if (!allowed || isTest(fromRel)) return null;
		const place = fromRel.startsWith('src/lib/data/db/')
			? 'data/db'
			: fromRel.startsWith('src/lib/data/workbook/')
				? 'data/workbook'
				: from;
		return allowed.includes(place)
			? null
			: `${pkg} is imported only in ${allowed.join(', ') || 'tests'}.`;
	}
	target = target.split(sep).join('/');
	if (target.startsWith('tests/') && isTest(fromRel)) return null;
	const to = layerOf(target);
	// The CLI reads its own version from package.json; nothing else reaches outside src/.
	if (!to)
		return target.startsWith('src/') || (from === 'cli' && target === 'package.json')
			? null
			: `${from}/ reaches outside src/ (${spec}).`;
	if (
		to === 'data' &&
		target.startsWith('src/lib/data/db/') &&
		!typeOnly &&
		!DB_VALUE_IMPORTERS.includes(from)
	)
		return `IndexedDB stays behind data/db/: ${from}/ may import only its types.`;
	const layerOk =
		to === from || LAYERS[from].includes(to) || (typeOnly && (TYPE_ONLY[from] ?? []).includes(to));
	if (!layerOk) return `${from}/ may not import ${to}/ (layers: scripts/layers.js).`;
	// `x.svelte` is a component; `x.svelte.ts` modules (runes) are imported as `x.svelte` too.
	if (NO_SVELTE.includes(from) && target.endsWith('.svelte') && existsSync(resolve(root, target)))
		return `${from}/ runs outside the page: no Svelte components.`;
	return null;
}

/** The ESLint rule over the same table. */
export const layersRule = {
	meta: { type: 'problem', schema: [], messages: { wall: '{{why}}' } },
	create(context) {
		const root = context.cwd;
		const check = (node, source, typeOnly) => {
			if (!source || typeof source.value !== 'string') return;
			const why = wallBroken(root, context.filename, source.value, typeOnly);
			if (why) context.report({ node, messageId: 'wall', data: { why } });
		};
		const allTypes = (node) =>
			node.importKind === 'type' ||
			(node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type'));
		return {
			ImportDeclaration: (n) => check(n, n.source, allTypes(n)),
			ExportNamedDeclaration: (n) => check(n, n.source, n.exportKind === 'type'),
			ExportAllDeclaration: (n) => check(n, n.source, n.exportKind === 'type'),
			ImportExpression: (n) => check(n, n.source, false)
		};
	}
};
