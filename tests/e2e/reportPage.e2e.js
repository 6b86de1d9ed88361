// The report's paper and orientation are settings like its section ticks (issue 16): each
// choice is one undo step (Ctrl+Z / Ctrl+Shift+Z), the page rule that printing uses follows
// every step, and the choice left standing is stored and read back after a reload.
import { assert, openBrowser, poll, shot } from './harness.js';

/** Waits until the print page rule (a <style data-print> the report writes) asks for `size`. */
async function pageRule(page, size) {
	await page.waitForFunction(
		(size) => document.head.querySelector('style[data-print]')?.textContent?.includes(size),
		`size: ${size}`
	);
}

/** Waits until both selects show the setup (they follow the settings model, not the DOM). */
async function selects(page, paper, orientation) {
	const value = (id) =>
		page
			.getByTestId(id)
			.inputValue({ timeout: 5_000 })
			.catch(() => null);
	await poll(
		async () => [await value('report-paper'), await value('report-orientation')],
		([p, o]) => p === paper && o === orientation,
		`selects at ${paper} ${orientation}`
	);
}

/** The page setup stored in IndexedDB, as the next page load will read it. */
function storedPage(page) {
	return page.evaluate(
		() =>
			new Promise((resolve) => {
				const req = indexedDB.open('crm-workbench');
				req.onerror = () => resolve(null);
				req.onsuccess = () => {
					const db = req.result;
					const get = db.transaction('settings').objectStore('settings').get('report.page');
					get.onsuccess = () => {
						db.close();
						resolve(get.result?.value ?? null);
					};
					get.onerror = () => resolve(null);
				};
			})
	);
}

export const tests = [
	{
		name: 'report page: paper and orientation are one undo step each and survive reload',
		async run({ baseUrl }) {
			const b = await openBrowser(baseUrl);
			try {
				const { page } = b;
				await page.goto(`${baseUrl}/?sample=retail&lang=en&view=report`);
				await page.waitForURL(/\/report\/$/, { timeout: 60_000 });
				await page.locator('[data-testid="report-include-segments"]:checked').waitFor();
				await page.locator('[data-testid="settings-undo"]:disabled').waitFor();
				await pageRule(page, 'A4 portrait');
				const sheet = page.getByTestId('report-sheet');

				await page.getByTestId('report-paper').selectOption('Letter');
				await pageRule(page, 'Letter portrait');
				await page.getByTestId('report-orientation').selectOption('landscape');
				await pageRule(page, 'Letter landscape');
				await page.locator('[data-testid="report-sheet"].landscape').waitFor();

				// Back one step at a time (a select is no text field: the keys are the app's).
				await page.keyboard.press('Control+z');
				await pageRule(page, 'Letter portrait');
				await sheet.and(page.locator(':not(.landscape)')).waitFor();
				await selects(page, 'Letter', 'portrait');
				await page.keyboard.press('Control+z');
				await pageRule(page, 'A4 portrait');
				await selects(page, 'A4', 'portrait');
				await page.locator('[data-testid="settings-undo"]:disabled').waitFor();
				await page.keyboard.press('Control+Shift+z');
				await pageRule(page, 'Letter portrait');
				await selects(page, 'Letter', 'portrait');

				// Stored, then read back after a reload.
				await poll(
					() => storedPage(page),
					(v) => v?.paper === 'Letter' && v?.orientation === 'portrait',
					'the page setup in IndexedDB'
				);
				await page.reload();
				await pageRule(page, 'Letter portrait');
				await selects(page, 'Letter', 'portrait');
				await shot(page, 'report-page-after-reload-en');
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
				assert(b.foreign.length === 0, `requests left the origin: ${b.foreign.join(', ')}`);
			} finally {
				await b.close();
			}
		}
	}
];
