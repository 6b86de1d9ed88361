// `node scripts/launchProbe.js` (after a build): what a fresh browser costs an end-to-end test,
// side by side, five times each: a Chromium launched with a fresh profile (launchPersistentContext,
// what openBrowser() did for every test) against a new context in one running Chromium (what it
// does now). Prints, in ms: open, first page (home page heading), close. Not part of npm test.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSite } from '../tests/e2e/harness.js';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium.js';
const { server, baseUrl } = await startSite();
const executablePath = findChromium();
const N = 5;
async function persistent() {
	const t0 = performance.now();
	const dir = mkdtempSync(join(tmpdir(), 'probe-'));
	const ctx = await chromium.launchPersistentContext(dir, {
		executablePath,
		args: CHROMIUM_ARGS,
		viewport: { width: 1280, height: 720 }
	});
	const page = ctx.pages()[0] ?? (await ctx.newPage());
	const t1 = performance.now();
	await page.goto(baseUrl + '/');
	await page.locator('main h1').first().waitFor();
	const t2 = performance.now();
	await ctx.close();
	rmSync(dir, { recursive: true, force: true });
	return [t1 - t0, t2 - t1, performance.now() - t2];
}
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
async function shared() {
	const t0 = performance.now();
	const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const page = await ctx.newPage();
	const t1 = performance.now();
	await page.goto(baseUrl + '/');
	await page.locator('main h1').first().waitFor();
	const t2 = performance.now();
	await ctx.close();
	return [t1 - t0, t2 - t1, performance.now() - t2];
}
for (let i = 0; i < N; i++) {
	console.log('persistent', (await persistent()).map(Math.round).join(' '));
	console.log('shared    ', (await shared()).map(Math.round).join(' '));
}
await browser.close();
server.close();
