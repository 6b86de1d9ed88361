// Faults, end to end in Chromium: the import worker killed mid-import, the tab closed
// mid-import, the storage quota exceeded, IndexedDB unavailable, and two tabs on one
// workspace. After each, IndexedDB is read directly: a dataset is either absent or whole
// (its chunks hold exactly its rows), and no chunk or dictionary is left without its record.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { assert, openBrowser, poll, settled, shot, workspaceReady } from './harness.js';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';

/** Prepended to the import worker: every write to the chunks store fails as a full disk does. */
const QUOTA_FAULT = `{
	const put = IDBObjectStore.prototype.put;
	IDBObjectStore.prototype.put = function (...args) {
		if (this.name === 'chunks')
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		return put.apply(this, args);
	};
}
`;

/**
 * The page's CPU slowed down this many times (Chromium's DevTools protocol), so the fault tests
 * hold on a slow, busy machine: a test that only passes when things happen fast fails here.
 * FAULTS_CPU_RATE=1 turns it off.
 */
const CPU_RATE = Number(process.env.FAULTS_CPU_RATE) || 4;

async function throttle(context, page) {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
}

/** The harness's browser with every page of it slowed down. */
async function openSlow(baseUrl) {
	const b = await openBrowser(baseUrl);
	await throttle(b.context, b.page);
	b.context.on('page', (p) => void throttle(b.context, p).catch(() => {}));
	return b;
}

/** A browser without the service worker, so routes see the worker scripts. */
async function launch() {
	const dir = mkdtempSync(join(tmpdir(), 'crm-e2e-'));
	const context = await chromium.launchPersistentContext(dir, {
		executablePath: findChromium(),
		args: CHROMIUM_ARGS,
		serviceWorkers: 'block',
		viewport: { width: 1280, height: 800 }
	});
	const errors = [];
	const page = context.pages()[0] ?? (await context.newPage());
	await throttle(context, page);
	page.on('pageerror', (e) => errors.push(String(e)));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	return {
		context,
		page,
		errors,
		async close() {
			await context.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** A transactions CSV of `rows` rows (about 23 bytes a row). */
function bigFile(name, rows) {
	const dir = mkdtempSync(join(tmpdir(), 'crm-faults-'));
	const lines = ['customer_id,date,amount'];
	for (let i = 0; i < rows; i++)
		lines.push(`C${i % 40000},2024-0${(i % 9) + 1}-1${i % 10},${(i % 997) / 10}`);
	const path = join(dir, name);
	writeFileSync(path, lines.join('\n') + '\n');
	return path;
}

/** What IndexedDB holds, read without the app: records, rows in chunks, orphans. */
async function stored(page) {
	return page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const req = indexedDB.open('crm-workbench');
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const db = req.result;
					if (!db.objectStoreNames.contains('datasets')) {
						db.close();
						return resolve({ datasets: [], whole: true, orphans: 0 });
					}
					const tx = db.transaction(['datasets', 'chunks', 'dicts'], 'readonly');
					const records = tx.objectStore('datasets').getAll();
					const chunkRows = {};
					const cursor = tx.objectStore('chunks').openCursor();
					cursor.onsuccess = () => {
						const c = cursor.result;
						if (!c) return;
						chunkRows[c.value.datasetId] = (chunkRows[c.value.datasetId] ?? 0) + c.value.rows;
						c.continue();
					};
					const dictKeys = tx.objectStore('dicts').getAllKeys();
					tx.oncomplete = () => {
						const ids = new Set(records.result.map((r) => r.id));
						const datasets = records.result.map((r) => ({
							id: r.id,
							name: r.name,
							rows: r.rows,
							inChunks: chunkRows[r.id] ?? 0
						}));
						const orphans =
							Object.keys(chunkRows).filter((id) => !ids.has(id)).length +
							dictKeys.result.filter((k) => !ids.has(k[0])).length;
						db.close();
						resolve({ datasets, whole: datasets.every((d) => d.rows === d.inChunks), orphans });
					};
				};
			})
	);
}

/**
 * What IndexedDB holds once nothing is writing to it any more: a save cut off by Cancel or by a
 * closed tab may still be committing or rolling back when the page first reads. Read until two
 * reads in a row, 300 ms apart, agree.
 */
async function storedAtRest(page) {
	let last = null;
	const { now } = await poll(
		async () => {
			const prev = last;
			last = await stored(page);
			return { prev, now: last };
		},
		({ prev, now }) => prev !== null && JSON.stringify(prev) === JSON.stringify(now),
		'what IndexedDB holds stops changing',
		{ every: 300 }
	);
	return now;
}

function assertConsistent(state, where) {
	assert(state.whole, `${where}: a dataset with missing rows: ${JSON.stringify(state.datasets)}`);
	assert(
		state.orphans === 0,
		`${where}: ${state.orphans} chunks or dictionaries without a dataset`
	);
}

function datasetRows(page) {
	return page.locator('table[aria-label="Datasets"] tbody tr');
}

async function validate(page, path) {
	await page.getByTestId('file-input').setInputFiles(path);
	const card = page.locator('article.job').last();
	await card.locator('button', { hasText: 'Check all rows' }).click();
	return card;
}

export const tests = [
	{
		name: 'the import worker killed during validation or commit leaves nothing partial',
		async run({ baseUrl }) {
			const path = bigFile('orders.csv', 400_000);
			const b = await openSlow(baseUrl);
			try {
				const { page } = b;
				await page.goto(baseUrl + '/data/?lang=en');
				// During validation: Cancel terminates the worker. The workers are not slowed by the
				// CPU throttle, so validation can end before a click sent from here arrives (CI saw
				// the Cancel button gone). The page itself presses Cancel the moment the card says
				// "validating": the press lands inside validation however fast or busy the machine is.
				await page.evaluate(() => {
					const watch = new MutationObserver(() => {
						const last = [...document.querySelectorAll('article.job')].at(-1);
						if (last?.getAttribute('data-status') !== 'validating') return;
						const cancel = [...last.querySelectorAll('button')].find(
							(b) => b.textContent?.trim() === 'Cancel'
						);
						if (!cancel) return;
						watch.disconnect();
						cancel.click();
					});
					watch.observe(document.body, {
						subtree: true,
						childList: true,
						attributes: true,
						attributeFilter: ['data-status']
					});
				});
				let card = await validate(page, path);
				await card.locator('text=/cancelled/').waitFor();
				let state = await stored(page);
				assert(state.datasets.length === 0, 'nothing stored after cancelling validation');
				// During the commit: Cancel right after Import. The save is one transaction, so it
				// either never happened or completed just before — and the card must say which.
				card = await validate(page, path);
				await card.locator('section.report').waitFor({ timeout: 60_000 });
				await card.locator('button', { hasText: /^Import / }).click();
				await card
					.locator('button', { hasText: 'Cancel' })
					.click({ timeout: 5000 })
					.catch(() => {});
				await page.waitForFunction(
					() =>
						['cancelled', 'done'].includes(
							document.querySelector('article.job:last-of-type')?.dataset.status
						),
					null,
					{ timeout: 30_000 }
				);
				const said = await card.getAttribute('data-status');
				state = await storedAtRest(page);
				assertConsistent(state, 'cancel during commit');
				const whole = state.datasets.length === 1 && state.datasets[0].rows === 400_000;
				assert(
					(said === 'cancelled' && state.datasets.length === 0) || (said === 'done' && whole),
					`the card says ${said}; the database holds ${JSON.stringify(state.datasets)}`
				);
				await page.reload();
				await page.locator('h1').waitFor();
				await workspaceReady(page);
				assert((await datasetRows(page).count()) === state.datasets.length, 'list = database');
				console.log(
					`      cancel during commit: ${said === 'done' ? 'the save had completed; the card says so' : 'nothing stored'}`
				);
			} finally {
				await b.close();
			}
		}
	},
	{
		name: 'closing the tab during validation or commit leaves no partial dataset',
		async run({ baseUrl }) {
			const path = bigFile('orders.csv', 400_000);
			const b = await openSlow(baseUrl);
			try {
				const { context } = b;
				let tab = await context.newPage();
				await tab.goto(baseUrl + '/data/?lang=en');
				let card = await validate(tab, path);
				// Closed while the rows are checked, or — when the workers finished before a poll
				// could see the progress bar (CI once waited 90 s for a bar already gone) — right
				// after: either way nothing may be stored. The log says which one happened.
				await card.locator('progress').or(card.locator('section.report')).first().waitFor();
				const during = (await card.locator('progress').count()) > 0;
				console.log(
					`      closed ${during ? 'during validation' : 'after validation (it was quick)'}`
				);
				await tab.close();
				tab = await context.newPage();
				await tab.goto(baseUrl + '/data/?lang=en');
				await tab.locator('h1').waitFor();
				let state = await stored(tab);
				assert(state.datasets.length === 0, 'nothing after closing during validation');
				card = await validate(tab, path);
				await card.locator('section.report').waitFor({ timeout: 60_000 });
				await card.locator('button', { hasText: /^Import / }).click();
				await tab.close();
				tab = await context.newPage();
				await tab.goto(baseUrl + '/data/?lang=en');
				await tab.locator('h1').waitFor();
				state = await storedAtRest(tab);
				assertConsistent(state, 'closed during commit');
				assert(
					state.datasets.length <= 1 && state.datasets.every((d) => d.rows === 400_000),
					`either nothing or the whole dataset: ${JSON.stringify(state.datasets)}`
				);
				await workspaceReady(tab);
				assert((await datasetRows(tab).count()) === state.datasets.length, 'list = database');
				console.log(
					`      closed during commit: ${state.datasets.length ? 'the commit had finished (whole)' : 'nothing stored'}`
				);
			} finally {
				await b.close();
			}
		}
	},
	{
		name: 'storage full: the message says how much is needed and what to delete; nothing is stored',
		async run({ baseUrl }) {
			const medium = bigFile('medium.csv', 300_000);
			const large = bigFile('large.csv', 300_000);
			// Chromium's quota cannot be lowered from a test (the DevTools override is not enforced
			// for IndexedDB), so the fault is injected where it happens: the import worker's
			// IndexedDB refuses the chunk writes with a QuotaExceededError, and the page's storage
			// estimate reports 2 MB free.
			const b = await launch();
			try {
				const { page, context } = b;
				await context.addInitScript(() => {
					const real = navigator.storage.estimate.bind(navigator.storage);
					navigator.storage.estimate = async () => {
						const e = await real();
						return { ...e, quota: e.usage + 2 * 1048576 };
					};
				});
				await page.goto(baseUrl + '/data/?lang=en');
				let card = await validate(page, medium);
				await card.locator('section.report').waitFor({ timeout: 60_000 });
				await card.locator('button', { hasText: /^Import / }).click();
				await card.locator('p.good').waitFor({ timeout: 60_000 });
				await context.route(/\/workers\/importWorker-[^/]+\.js$/, async (route) => {
					const response = await route.fetch();
					await route.fulfill({ response, body: QUOTA_FAULT + (await response.text()) });
				});
				card = await validate(page, large);
				await card.locator('section.report').waitFor({ timeout: 60_000 });
				// Every text the card ever shows is recorded: under load the storage-full message
				// once named the dataset being imported ("Deleting “large” (5.1 MB)"), because that
				// dataset left the list only after its (empty) deletion had finished in IndexedDB.
				await card.evaluate((el) => {
					const seen = (window.__quotaTexts = []);
					new MutationObserver(() => {
						const a = el.querySelector('p.bad[role="alert"]');
						if (a) seen.push(a.innerText);
					}).observe(el, { subtree: true, childList: true, characterData: true });
				});
				await card.locator('button', { hasText: /^Import / }).click();
				const alert = card.locator('p.bad[role="alert"]');
				await alert.waitFor({ timeout: 60_000 });
				// Waits on state: the advice is there once it names a dataset to delete.
				await page.waitForFunction(() => /medium|large/.test(window.__quotaTexts.at(-1) ?? ''));
				const message = await alert.innerText();
				const texts = await page.evaluate(() => window.__quotaTexts);
				assert(
					texts.every((t) => !t.includes('“large”')),
					`a message named the dataset being imported: ${texts.find((t) => t.includes('“large”'))}`
				);
				await shot(page, 'faults-quota-en');
				// Stored compactly (columnCodec), per row: customer codes 0…39,999 in 16 bits (2 bytes),
				// dates 2024-01-10…2024-09-19 (span 253 days) in 8 bits (1), amounts with one decimal
				// as integer cents (4) → 300,000 × 7 = 2,100,000; plus the ids "C0"…"C39999" joined by
				// NUL: 10×2 + 90×3 + 900×4 + 9,000×5 + 30,000×6 = 228,890 chars + 39,999 separators =
				// 268,889. Total 2,368,889 bytes ≈ 2.3 MB; the first dataset is the same size.
				assert(
					/Not enough storage space for large\.csv: it needs about 2\.3 MB, and about 2\.0 MB is free\. Nothing was stored\./.test(
						message
					),
					`quota message: ${message}`
				);
				assert(
					/Deleting “medium” \(2\.3 MB\) on this page would free about 2\.3 MB/.test(message),
					`deletion advice: ${message}`
				);
				const state = await stored(page);
				assertConsistent(state, 'after quota');
				assert(
					state.datasets.length === 1 && state.datasets[0].name === 'medium',
					`only the first dataset: ${JSON.stringify(state.datasets)}`
				);
				assert((await datasetRows(page).count()) === 1, 'the list shows only the first dataset');
				// The Chinese message says the same.
				await page.getByRole('button', { name: '简体中文' }).click();
				// The language's texts load on first use: wait for the switch.
				await page.locator('main[lang="zh-CN"]').waitFor({ state: 'attached' });
				const zh = await alert.innerText();
				assert(
					/存储空间不足.*约需 2\.3 MB.*删除 “medium” \(2\.3 MB\)/.test(zh),
					`zh quota message: ${zh}`
				);
				await shot(page, 'faults-quota-zh');
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	},
	{
		name: 'without IndexedDB the app works in memory and says so',
		async run({ baseUrl }) {
			const b = await openSlow(baseUrl);
			try {
				const { page, context } = b;
				await context.addInitScript(() => {
					const refuse = () => {
						throw new DOMException('IndexedDB is disabled', 'SecurityError');
					};
					Object.defineProperty(window, 'indexedDB', {
						configurable: true,
						get: () => ({ open: refuse, deleteDatabase: refuse, cmp: refuse, databases: refuse })
					});
				});
				await page.goto(baseUrl + '/?lang=en');
				const banner = page.locator('p.banner', { hasText: 'Storage is not available' });
				await banner.waitFor();
				await page.getByTestId('load-sample').click();
				await page.locator('p.good[role="status"]').waitFor({ timeout: 60_000 });
				// Client-side navigation keeps the in-memory workspace.
				await page.locator('nav a', { hasText: 'Data' }).click();
				await page.locator('table[aria-label="Datasets"]').waitFor();
				assert((await datasetRows(page).count()) === 3, 'three sample datasets in memory');
				await page.locator('td.actions button', { hasText: 'View' }).first().click();
				await page.locator('text=/Rows 1–50 of/').waitFor();
				await page.locator('nav a', { hasText: 'Segments' }).click();
				await page.locator('h1').first().waitFor();
				await settled(page);
				await shot(page, 'faults-no-indexeddb-en');
				assert(await banner.isVisible(), 'the banner stays');
				await page.reload();
				await banner.waitFor();
				await page.goto(baseUrl + '/data/?lang=en');
				await page.locator('h1').waitFor();
				await workspaceReady(page);
				assert((await datasetRows(page).count()) === 0, 'memory only: gone after a reload');
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	},
	{
		name: 'two tabs: changes show in the other; a dataset deleted in one never breaks the other',
		async run({ baseUrl }) {
			const b = await openSlow(baseUrl);
			try {
				const { context } = b;
				const a = b.page;
				const other = await context.newPage();
				await other.goto(baseUrl + '/data/?lang=en');
				await other.locator('h1').waitFor();
				await a.goto(baseUrl + '/?lang=en');
				await a.getByTestId('load-sample').click();
				await a.locator('p.good[role="status"]').waitFor({ timeout: 60_000 });
				// The other tab hears of the three datasets without a reload.
				await other.waitForFunction(
					() => document.querySelectorAll('table[aria-label="Datasets"] tbody tr').length === 3,
					null,
					{ timeout: 15_000 }
				);
				// The first cell is the "in use" radio; the name is the second.
				const name = await datasetRows(other).first().locator('td').nth(1).innerText();
				await datasetRows(other).first().locator('button', { hasText: 'View' }).click();
				await other.locator('text=/Rows 1–50 of/').waitFor();
				// Tab A deletes the dataset that tab B is looking at.
				await a.goto(baseUrl + '/data/?lang=en');
				await datasetRows(a).first().locator('button', { hasText: 'Delete' }).click();
				await a.locator('[role="alertdialog"] button', { hasText: 'Confirm' }).click();
				await other.waitForFunction(
					() => document.querySelectorAll('table[aria-label="Datasets"] tbody tr').length === 2,
					null,
					{ timeout: 15_000 }
				);
				const gone = other.locator('text=/This dataset has been deleted/');
				await gone.waitFor({ timeout: 10_000 });
				await shot(other, 'faults-two-tabs-deleted-en');
				// Paging the stale table does not crash either.
				const next = other.locator('button', { hasText: 'Next' });
				if ((await next.count()) && (await next.isEnabled())) await next.click();
				await settled(other);
				await other.locator('button', { hasText: 'Close table' }).click();
				for (const path of ['/segments/', '/clv/', '/lifecycle/', '/satisfaction/']) {
					await other
						.locator('nav a[href$="' + path.slice(1) + '"]')
						.first()
						.click();
					await other.locator('h1').first().waitFor();
					await settled(other);
				}
				const state = await stored(a);
				assertConsistent(state, 'after delete');
				assert(
					state.datasets.length === 2 && !state.datasets.some((d) => d.name === name),
					`deleted ${name}: ${JSON.stringify(state.datasets)}`
				);
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	}
];
