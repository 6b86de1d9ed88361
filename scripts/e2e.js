// `npm run e2e [-- <filter>] [-- playwright options]`: the end-to-end tests through Playwright's
// runner (playwright.config.js). A first argument that is not an option keeps the old meaning:
// run the tests whose "file › name" contains it (as plain text, not a regular expression).
// Anything else goes to `playwright test` as is, e.g. --update-snapshots, --workers 1.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const grep = [];
if (args.length && !args[0].startsWith('-')) {
	const filter = args.shift();
	grep.push('--grep', filter.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
}
const r = spawnSync('npx', ['playwright', 'test', ...grep, ...args], {
	stdio: 'inherit',
	env: { ...process.env, TZ: 'UTC' }
});
process.exit(r.status ?? 1);
