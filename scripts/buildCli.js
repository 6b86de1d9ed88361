// Builds the command-line tool: src/cli/main.ts and the modules it imports (the app's own
// engine, pipeline and messages) bundled into one JavaScript file, dist/cli/main.js, which
// bin/crm-workbench.js runs with plain Node (no tsx at run time). Run by `npm ci` / `npm
// install` through the `prepare` script, and by `npm run build:cli`. dist/ is git-ignored.
// DuckDB stays outside the bundle: a native module, loaded from node_modules at run time.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
	entryPoints: ['src/cli/main.ts'],
	outfile: 'dist/cli/main.js',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	external: ['@duckdb/node-api'],
	define: { __CRM_WORKBENCH_VERSION__: JSON.stringify(pkg.version) },
	// Bundled CommonJS modules may call require() for Node's built-ins.
	banner: {
		js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
	},
	// tsconfig.json extends .svelte-kit's, which a fresh clone has only after `svelte-kit sync`;
	// nothing in it changes how esbuild compiles these modules.
	tsconfigRaw: {},
	legalComments: 'none',
	logLevel: 'warning'
});
