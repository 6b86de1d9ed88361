// The save behind an import (issue 22), end to end: the dataset is in use while IndexedDB writes;
// a save that fails (a disk error, injected into the import worker's first write of chunks) says
// so on the card and in the datasets list, keeps the data in use, guards the tab against closing,
// and "Try saving again" stores it whole. Every wait is on a state the page reaches.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { assert, shot } from './harness.js';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';

/** Prepended to the import worker: its first transaction's chunk writes fail as a bad disk does. */
const DISK_FAULT = `{
	const put = IDBObjectStore.prototype.put;
	let failed = null;
	IDBObjectStore.prototype.put = function (...args) {
		if (this.name === 'chunks' && (failed === null || failed === this.transaction)) {
			failed = this.transaction;
			throw new DOMException('The disk said no.', 'UnknownError');
		}
		return put.apply(this, args);
	};
}
`;

/** A small transactions file (one chunk). */
function smallFile() {
	const dir = mkdtempSync(join(tmpdir(), 'crm-save-'));
	const lines = ['customer_id,date,amount'];
	for (let i = 0; i < 2000; i++)
		lines.push(`C${i % 300},2024-0${(i % 9) + 1}-1${i % 10},${i % 97}`);
	const path = join(dir, 'shop.csv');
	writeFileSync(path, lines.join('\n') + '\n');
	return { path, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** What IndexedDB holds for datasets: ids with their rows and the rows in their chunks. */
function stored(page) {
	return page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const req = indexedDB.open('crm-workbench');
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const db = req.result;
					const tx = db.transaction(['datasets', 'chunks'], 'readonly');
					const records = tx.objectStore('datasets').getAll();
					const chunks = tx.objectStore('chunks').getAll();
					tx.oncomplete = () => {
						db.close();
						resolve(
							records.result.map((r) => ({
								rows: r.rows,
								inChunks: chunks.result
									.filter((c) => c.datasetId === r.id)
									.reduce((n, c) => n + c.rows, 0)
							}))
						);
					};
				};
			})
	);
}

export const tests = [
	{
		name: 'a failed save says so, keeps the data in use and guards the tab; the retry stores it',
		async run({ baseUrl }) {
			const file = smallFile();
			const dir = mkdtempSync(join(tmpdir(), 'crm-e2e-'));
			// The service worker would serve the worker script past the route below.
			const context = await chromium.launchPersistentContext(dir, {
				executablePath: findChromium(),
				args: CHROMIUM_ARGS,
				serviceWorkers: 'block',
				viewport: { width: 1280, height: 720 }
			});
			context.setDefaultTimeout(90_000);
			try {
				const page = context.pages()[0] ?? (await context.newPage());
				await context.route(/\/workers\/importWorker-[^/]+\.js$/, async (route) => {
					const response = await route.fetch();
					await route.fulfill({ response, body: DISK_FAULT + (await response.text()) });
				});
				await page.goto(baseUrl + '/data/?lang=en');
				await page.getByTestId('file-input').setInputFiles(file.path);
				const card = page.locator('article.job').last();
				await card.locator('button', { hasText: 'Check all rows' }).click();
				await card.locator('section.report').waitFor();
				await card.locator('button', { hasText: /^Import / }).click();
				const alert = card.locator('p.warn[role="alert"]');
				await alert.waitFor();
				const text = await alert.innerText();
				assert(
					/in use for this visit only — saving to this browser failed \(.*disk said no.*\)\. Nothing was stored/.test(
						text
					),
					`failure message: ${text}`
				);
				const row = page.locator('table.datasets tbody tr', { hasText: 'shop' });
				await row.locator('td', { hasText: /^Not saved$/ }).waitFor();
				assert((await stored(page)).length === 0, 'a failed save stored something');
				// Closing the tab now would lose the dataset: the page asks first.
				const asks = await page.evaluate(
					() => !window.dispatchEvent(new Event('beforeunload', { cancelable: true }))
				);
				assert(asks, 'closing the tab with an unsaved dataset does not ask');
				await shot(page, 'save-failed-en');
				await page.setViewportSize({ width: 390, height: 844 });
				await shot(page, 'save-failed-en-390');
				await page.getByRole('button', { name: '简体中文' }).click();
				await page.locator('main[lang="zh-CN"]').waitFor({ state: 'attached' });
				await card.locator('p.warn', { hasText: '保存到本浏览器失败' }).waitFor();
				await shot(page, 'save-failed-zh-390');
				await page.setViewportSize({ width: 1280, height: 720 });
				await shot(page, 'save-failed-zh');
				await page.getByRole('button', { name: 'English' }).click();
				await page.locator('main[lang="en"]').waitFor({ state: 'attached' });
				await card.locator('button', { hasText: 'Try saving again' }).click();
				await card.locator('p.good').waitFor();
				await row.locator('td', { hasText: /\d+(\.\d)? (KB|MB)$/ }).waitFor();
				const after = await stored(page);
				assert(
					after.length === 1 && after[0].rows === 2000 && after[0].inChunks === 2000,
					`after the retry: ${JSON.stringify(after)}`
				);
				const asksNow = await page.evaluate(
					() => !window.dispatchEvent(new Event('beforeunload', { cancelable: true }))
				);
				assert(!asksNow, 'the tab still asks before closing after the dataset was saved');
			} finally {
				await context.close();
				rmSync(dir, { recursive: true, force: true });
				file.done();
			}
		}
	}
];
