// Runs every tests/e2e/*.e2e.js file against the built site in real Chromium and prints
// "N passed, N failed". A test file exports `tests`: [{ name, run({ baseUrl }) }].
// Files run side by side in E2E_WORKERS lanes (default 2, one per core of the CI machine; each
// test has its own browser profile, so files share nothing but the static server); the tests of
// one file run in order. E2E_WORKERS=1 runs everything one after the other.
import { readdirSync, existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { startSite } from './harness.js';
import { findChromium } from './chromium.js';

const only = process.argv[2];
const lanes = Math.max(1, Number(process.env.E2E_WORKERS ?? 2) || 1);
findChromium();
if (!existsSync('build/index.html') || process.env.E2E_BUILD === '1')
	execSync('npx vite build', { stdio: 'inherit' });
const { server, baseUrl } = await startSite();
let passed = 0;
let failed = 0;
const files = readdirSync('tests/e2e')
	.filter((f) => f.endsWith('.e2e.js'))
	.sort();

async function runFile(f) {
	const { tests } = await import(`./${f}`);
	for (const t of tests) {
		if (only && !`${f} ${t.name}`.includes(only)) continue;
		const started = Date.now();
		try {
			await t.run({ baseUrl });
			passed++;
			console.log(`  ✓ ${f} › ${t.name} (${Date.now() - started} ms)`);
		} catch (e) {
			failed++;
			console.log(
				`  ✗ ${f} › ${t.name}\n      ${String(e?.stack ?? e)
					.split('\n')
					.slice(0, 6)
					.join('\n      ')}`
			);
		}
	}
}

// Each lane takes the next file when it is done with one.
const queue = [...files];
await Promise.all(
	Array.from({ length: lanes }, async () => {
		for (let f = queue.shift(); f !== undefined; f = queue.shift()) await runFile(f);
	})
);
server.close();
console.log(`\ne2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
