import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Layering (DESIGN.md): imports only point down. analytics/ is pure; papaparse only in the
// parser modules; dexie only under data/db/.
const noUi = {
	group: ['svelte', 'svelte/*', '$app/*', '**/*.svelte'],
	message: 'analytics/ is pure: no Svelte.'
};
const noDexie = {
	group: ['dexie', 'dexie/*'],
	message: 'dexie is imported only under src/lib/data/db/.'
};
const noPapa = {
	group: ['papaparse'],
	message: 'papaparse is imported only by the parse modules.'
};
const noUpper = (names) => ({
	group: names.flatMap((n) => [`$lib/${n}/*`, `../${n}/*`, `../../${n}/*`, `../../../${n}/*`]),
	message: 'Imports point down the layers (DESIGN.md).'
});

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
		rules: {
			// Worker URLs and timestamps are read once, never reactive state.
			'svelte/prefer-svelte-reactivity': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			'no-restricted-imports': ['error', { patterns: [noDexie, noPapa] }]
		}
	},
	{
		files: ['src/lib/analytics/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						noUi,
						noDexie,
						noPapa,
						noUpper(['data', 'engine', 'state', 'charts', 'ui', 'i18n', 'cli', 'views'])
					]
				}
			],
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
		files: ['src/lib/data/**'],
		ignores: ['src/lib/data/db/**', 'src/lib/data/parse/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						noDexie,
						noPapa,
						noUi,
						noUpper(['engine', 'state', 'charts', 'ui', 'cli', 'views'])
					]
				}
			]
		}
	},
	{
		files: ['src/lib/data/db/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [noPapa, noUi, noUpper(['engine', 'state', 'charts', 'ui', 'cli', 'views'])] }
			]
		}
	},
	{
		files: ['src/lib/data/parse/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [noDexie, noUi, noUpper(['engine', 'state', 'charts', 'ui', 'cli', 'views'])] }
			]
		}
	},
	{
		// The engine layer: analyses over the data layer's tables, run by the engine worker (which
		// reads stored datasets back through data/db), the CLI and the tests through one registry.
		files: ['src/lib/engine/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [noDexie, noPapa, noUi, noUpper(['state', 'charts', 'ui', 'cli', 'views'])] }
			]
		}
	},
	{
		files: ['src/lib/charts/**', 'src/lib/ui/**'],
		rules: {
			'no-restricted-imports': ['error', { patterns: [noDexie, noPapa, noUpper(['state', 'cli'])] }]
		}
	},
	{
		files: ['src/cli/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [noDexie, noUi] }] }
	},
	{
		files: ['src/routes/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [noDexie, noPapa] }] }
	},
	{
		// Tests and benchmarks may reach any layer to set up or measure it.
		files: ['tests/**', 'scripts/**'],
		rules: { 'no-restricted-imports': 'off' }
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'static/',
			'tests/fixtures/',
			'docs/',
			'bench-data/',
			'dist/'
		]
	}
);
