// Registers every test of tests/e2e/*.e2e.js as a Playwright test titled "file › name" (the
// key of weights.json), heaviest first: with fullyParallel the workers take tests in this
// order, so the longest start first and no worker is left with a long tail while the other
// idles. A test not in the table counts as DEFAULT_MS. Only the order depends on the table.
// A new *.e2e.js file is picked up without any change here.
import { readdirSync, readFileSync } from 'node:fs';
import { test as base } from '@playwright/test';
import { closeSharedBrowser, finishBrowsers, startTest } from './harness.js';

const DEFAULT_MS = 15_000;

// The worker's shared Chromium (harness openBrowser()) is closed when the worker stops: a
// worker-scoped fixture, since afterAll would run after every test under fullyParallel (each
// test is a group of its own) and relaunch the browser for the next one.
const test = base.extend({
	sharedChromium: [
		// eslint-disable-next-line no-empty-pattern -- Playwright requires the fixtures argument as a pattern
		async ({}, use) => {
			await use(null);
			await closeSharedBrowser();
		},
		{ scope: 'worker', auto: true }
	]
});
const dir = new URL('./', import.meta.url);
const weights = JSON.parse(readFileSync(new URL('weights.json', dir), 'utf8'));
const files = readdirSync(dir)
	.filter((f) => f.endsWith('.e2e.js'))
	.sort();

const all = [];
for (const f of files) {
	const { tests } = await import(new URL(f, dir).href);
	for (const t of tests) {
		const key = `${f} › ${t.name}`;
		all.push({ key, t, expected: weights[key] ?? DEFAULT_MS });
	}
}
// Heaviest first; equal weights keep file order (sort is stable).
all.sort((a, b) => b.expected - a.expected);

for (const { key, t } of all) {
	// eslint-disable-next-line no-empty-pattern -- Playwright requires the fixtures argument as a pattern
	test(key, async ({}, testInfo) => {
		startTest(testInfo.retry);
		const baseUrl = process.env.E2E_BASE_URL;
		if (!baseUrl)
			throw new Error('E2E_BASE_URL is not set: run the tests with npx playwright test');
		await t.run({ baseUrl });
	});
}

// The browsers the test opened: on failure their traces go to tests/.artifacts/traces/ and
// into the report; then they are closed.
// eslint-disable-next-line no-empty-pattern -- Playwright requires the fixtures argument as a pattern
test.afterEach(async ({}, testInfo) => {
	await finishBrowsers(testInfo);
});
