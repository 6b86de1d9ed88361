import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import { layersRule } from './scripts/layers.js';

// Layering: one table in scripts/layers.js says which folder of src/ may import which (and
// where dexie, papaparse and DuckDB may be imported); the `local/layers` rule enforces it file
// by file, tests/unit/importGraph.test.ts checks the whole real graph against the same table.
export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		plugins: { local: { rules: { layers: layersRule } } },
		rules: {
			// Worker URLs and timestamps are read once, never reactive state.
			'svelte/prefer-svelte-reactivity': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			'local/layers': 'error'
		}
	},
	{
		files: ['src/lib/analytics/**'],
		rules: {
			'no-restricted-globals': [
				'error',
				{ name: 'document', message: 'analytics/ is pure.' },
				{ name: 'window', message: 'analytics/ is pure.' },
				{ name: 'indexedDB', message: 'analytics/ is pure.' }
			],
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
					message: 'Pass asOf; never the wall clock in analytics.'
				},
				{
					selector: "NewExpression[callee.name='Date'][arguments.length=0]",
					message: 'Pass asOf; never the wall clock in analytics.'
				}
			]
		}
	},
	{
		files: ['src/lib/analytics/**/*.test.ts'],
		rules: { 'no-restricted-syntax': 'off' }
	},
	{
		// Tests and benchmarks may reach any layer to set up or measure it.
		files: ['tests/**', 'scripts/**'],
		rules: { 'local/layers': 'off' }
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'static/',
			'tests/fixtures/',
			// Playwright's reports and traces (written while the end-to-end tests run).
			'tests/.artifacts/',
			'test-results/',
			'docs/',
			'bench-data/',
			'dist/'
		]
	}
);
