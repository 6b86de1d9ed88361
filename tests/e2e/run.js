// Runs every tests/e2e/*.e2e.js file against the built site in real Chromium and prints
// "N passed, N failed". A test file exports `tests`: [{ name, run({ baseUrl }) }].
// Tests run side by side in E2E_WORKERS lanes (default 2, one per core of the CI machine; each
// test has its own browser profile, so lanes share nothing but the static server). Each lane
// takes the heaviest test left when it is done with one: expected times in ms come from
// weights.json, so the longest tests start first and no lane is left with a long tail while the
// other idles (tests of one file may run in both lanes at once: each has its own browser). A test
// not in the table counts as DEFAULT_MS. Only the order depends on the table, never a result.
// E2E_WORKERS=1 runs everything one after the other, heaviest first.
// E2E_TIMES=file.json writes this run's times in the table's shape, to refresh weights.json.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { startSite } from './harness.js';
import { findChromium } from './chromium.js';

const only = process.argv[2];
const lanes = Math.max(1, Number(process.env.E2E_WORKERS ?? 2) || 1);
const DEFAULT_MS = 15_000;
const weights = JSON.parse(readFileSync(new URL('./weights.json', import.meta.url), 'utf8'));
findChromium();
if (!existsSync('build/index.html') || process.env.E2E_BUILD === '1')
	execSync('npx vite build', { stdio: 'inherit' });
const { server, baseUrl } = await startSite();
let passed = 0;
let failed = 0;
const files = readdirSync('tests/e2e')
	.filter((f) => f.endsWith('.e2e.js'))
	.sort();

const queue = [];
for (const f of files) {
	const { tests } = await import(`./${f}`);
	for (const t of tests) {
		const key = `${f} › ${t.name}`;
		if (only && !`${f} ${t.name}`.includes(only)) continue;
		queue.push({ key, t, expected: weights[key] ?? DEFAULT_MS });
	}
}
// Heaviest first; equal weights keep file order (sort is stable).
queue.sort((a, b) => b.expected - a.expected);

const times = {};
async function runTest({ key, t }) {
	const started = Date.now();
	try {
		await t.run({ baseUrl });
		passed++;
		times[key] = Date.now() - started;
		console.log(`  ✓ ${key} (${times[key]} ms)`);
	} catch (e) {
		failed++;
		times[key] = Date.now() - started;
		console.log(
			`  ✗ ${key}\n      ${String(e?.stack ?? e)
				.split('\n')
				.slice(0, 6)
				.join('\n      ')}`
		);
	}
}

const started = Date.now();
const laneMs = await Promise.all(
	Array.from({ length: lanes }, async () => {
		let busy = 0;
		for (let u = queue.shift(); u !== undefined; u = queue.shift()) {
			const t0 = Date.now();
			await runTest(u);
			busy += Date.now() - t0;
		}
		return busy;
	})
);
server.close();
if (process.env.E2E_TIMES) {
	const rounded = Object.fromEntries(
		Object.entries(times)
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([k, ms]) => [k, Math.round(ms / 1000) * 1000])
	);
	writeFileSync(process.env.E2E_TIMES, JSON.stringify(rounded, null, '\t') + '\n');
}
console.log(
	`\ne2e: ${passed} passed, ${failed} failed in ${Math.round((Date.now() - started) / 1000)} s` +
		` (lanes busy ${laneMs.map((ms) => `${Math.round(ms / 1000)} s`).join(', ')})`
);
process.exit(failed ? 1 : 0);
