#!/usr/bin/env node
// `crm-workbench` / `npx crm-workbench`: runs the built CLI (dist/cli/main.js, made by
// scripts/buildCli.js when `npm ci` or `npm install` runs the `prepare` script).
import { existsSync } from 'node:fs';

// Dates are whole days in UTC throughout the engine; pin the zone as `npm run cli` does.
process.env.TZ = 'UTC';
const built = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(built)) {
	process.stderr.write(
		'error: the CLI is not built yet: run `npm run build:cli` (npm ci and npm install do it)\n'
	);
	process.exit(1);
}
await import(built.href);
