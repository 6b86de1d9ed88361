// A small end-to-end harness: serves the built site on a free localhost port, launches
// Debian's Chromium through playwright-core with a fresh profile per test, records every
// request so tests can assert that nothing leaves the origin, and saves screenshots.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.js';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';

export const SHOTS = 'tests/.artifacts/screenshots';

export async function startSite() {
	const server = await serve('build', 0);
	const { port } = server.address();
	return { server, baseUrl: `http://127.0.0.1:${port}` };
}

/** A fresh browser with its own profile; `foreign` collects requests to other origins. */
export async function openBrowser(
	baseUrl,
	{ viewport = { width: 1280, height: 720 }, locale = 'en-US' } = {}
) {
	const executablePath = findChromium();
	const userDataDir = mkdtempSync(join(tmpdir(), 'crm-e2e-'));
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath,
		args: CHROMIUM_ARGS,
		viewport,
		locale,
		acceptDownloads: true
	});
	// Limits, not waits: two test files run side by side on the CI machine's two cores, so a
	// step that takes 10 s alone may take 40 s; every wait still ends as soon as its state holds.
	context.setDefaultTimeout(90_000);
	const origin = new URL(baseUrl).origin;
	const foreign = [];
	const errors = [];
	const watch = (page) => {
		page.on('request', (r) => {
			const u = r.url();
			if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))
				foreign.push(u);
		});
		page.on('pageerror', (e) => errors.push(String(e)));
		page.on('console', (m) => {
			if (m.type() === 'error') errors.push(m.text());
		});
	};
	context.on('page', watch);
	for (const p of context.pages()) watch(p);
	const page = context.pages()[0] ?? (await context.newPage());
	return {
		context,
		page,
		foreign,
		errors,
		async close() {
			await context.close();
			rmSync(userDataDir, { recursive: true, force: true });
		}
	};
}

export async function shot(page, name) {
	mkdirSync(SHOTS, { recursive: true });
	await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

export function assert(cond, message) {
	if (!cond) throw new Error(message);
}
