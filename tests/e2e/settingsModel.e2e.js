// Settings are data (issue 16), end to end in real Chromium, in English and Chinese: a segment
// rule and a custom segment name edited on the teaching sample survive a reload and a workspace
// file round trip into a fresh profile; a rule edit is undone and redone by keyboard and by the
// header buttons; a saved view brings its settings back after they were changed. The report's
// choices are settings too: a section ticked and unticked, undone and redone; a note typed is one
// undo step, and survives a reload.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, openBrowser, poll, shot, SHOTS } from './harness.js';
import { unfoldSettings } from './clvPage.js';

const NAME = { en: 'Teachers pick', zh: '老师的选择' };
const VIEW = { en: 'Lesson view', zh: '课堂视图' };

const rules = (page) => page.getByTestId('segments-rules');
const firstRow = (page) => rules(page).locator('tbody tr').first();
/** Rule 1's "R from" input (the first score input of the row). */
const rFrom = (page) => firstRow(page).locator('.range input').first();

/** Waits until an input shows `value` (the element may be re-created on the way). */
async function waitValue(locator, value, what) {
	await poll(
		() => locator.inputValue({ timeout: 5_000 }).catch(() => null),
		(v) => v === value,
		`${what}: expected ${value}`,
		{ timeout: 60_000 }
	);
}

/** Sets rule 1's "R from" to `value` the way a user does (type, then leave the field). */
async function setRFrom(page, value) {
	const input = rFrom(page);
	await input.fill(String(value));
	await input.press('Tab');
	await waitValue(input, String(value), 'R from after the edit');
}

async function onSegments(page, baseUrl) {
	await page.goto(`${baseUrl}/segments/`);
	await firstRow(page).locator('.range input').first().waitFor({ timeout: 90_000 });
}

async function exportWorkspace(page, baseUrl, file) {
	await page.goto(`${baseUrl}/data/`);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('workspace-export').click()
	]);
	await download.saveAs(file);
}

async function run(baseUrl, lang) {
	const dir = mkdtempSync(join(tmpdir(), 'crm-settings-'));
	const file = join(dir, 'workspace.crmwb');
	const a = await openBrowser(baseUrl, { locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
	let rBefore;
	let rAfter;
	try {
		const { page } = a;
		await page.goto(`${baseUrl}/?lang=${lang}`);
		await page.getByTestId('load-sample').click();
		await page.locator('p.good[role="status"]').waitFor({ timeout: 90_000 });
		await onSegments(page, baseUrl);
		const undo = page.getByTestId('settings-undo');
		const redo = page.getByTestId('settings-redo');
		await page.locator('[data-testid="settings-undo"]:disabled').waitFor();

		// A rule edit, then back and forth by keyboard (focus outside any text field) and buttons.
		rBefore = await rFrom(page).inputValue();
		rAfter = rBefore === '1' ? '2' : '1';
		await setRFrom(page, rAfter);
		await page.locator('h1').click();
		await page.keyboard.press('Control+z');
		await waitValue(rFrom(page), rBefore, 'Ctrl+Z undid the edit');
		await page.keyboard.press('Control+Shift+z');
		await waitValue(rFrom(page), rAfter, 'Ctrl+Shift+Z redid it');
		await undo.click();
		await waitValue(rFrom(page), rBefore, 'the Undo button undid it');
		await redo.click();
		await waitValue(rFrom(page), rAfter, 'the Redo button redid it');
		await undo.click();
		await page.keyboard.press('Control+y');
		await waitValue(rFrom(page), rAfter, 'Ctrl+Y redid it');
		await page.locator('[data-testid="settings-redo"]:disabled').waitFor();
		// In a text field the keys belong to the field: the settings stay as they are.
		await page.getByTestId('saved-views-toggle').click();
		await page.getByTestId('saved-view-name').pressSequentially('x');
		await page.keyboard.press('Control+z');
		await page.getByTestId('saved-views-toggle').click();
		// The rule edit is still the step to undo (the field's Ctrl+Z did not take it).
		await undo.click();
		await waitValue(rFrom(page), rBefore, 'Undo after Ctrl+Z in a text field');
		await redo.click();
		await waitValue(rFrom(page), rAfter, 'and Redo');

		// A custom segment name on rule 1.
		await firstRow(page).locator('select').first().selectOption('__custom');
		const custom = firstRow(page).locator('input.custom');
		await custom.fill(NAME[lang]);
		await custom.press('Tab');
		await page
			.getByTestId('segments-table')
			.getByText(NAME[lang])
			.first()
			.waitFor({ timeout: 60_000 });
		await shot(page, `settings-rules-${lang}`);

		// Reload: the rule and the name are still there.
		await page.reload();
		await firstRow(page).locator('input.custom').waitFor({ timeout: 90_000 });
		await waitValue(firstRow(page).locator('input.custom'), NAME[lang], 'name after reload');
		await waitValue(rFrom(page), rAfter, 'rule after reload');

		// A saved view: save, change the settings, reopen it.
		await page.getByTestId('saved-views-toggle').click();
		await page.getByTestId('saved-view-name').fill(VIEW[lang]);
		await page.getByTestId('saved-view-save').click();
		await page.getByTestId('saved-view-list').getByText(VIEW[lang]).waitFor();
		await page.screenshot({ path: join(SHOTS, `settings-saved-views-${lang}.png`) });
		await page.getByTestId('saved-views-toggle').click();
		await setRFrom(page, rBefore);
		await firstRow(page).locator('select').first().selectOption({ index: 0 });
		await page.locator(`[data-testid="segments-rules"] tbody tr:first-child input.custom`).waitFor({
			state: 'detached'
		});
		await page.getByTestId('saved-views-toggle').click();
		await page
			.getByTestId('saved-view-list')
			.locator('button.link', { hasText: VIEW[lang] })
			.click();
		await waitValue(firstRow(page).locator('input.custom'), NAME[lang], 'name from the saved view');
		await waitValue(rFrom(page), rAfter, 'rule from the saved view');

		await exportWorkspace(page, baseUrl, file);
		assert(a.errors.length === 0, `page errors: ${a.errors.join(' | ')}`);
		assert(a.foreign.length === 0, `requests left the origin: ${a.foreign.join(', ')}`);
	} finally {
		await a.close();
	}

	// A fresh profile restores the file: rules, name and the saved view come with it.
	const b = await openBrowser(baseUrl, { locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
	try {
		const { page } = b;
		await page.goto(`${baseUrl}/data/?lang=${lang}`);
		await page.locator('h1').waitFor();
		await page.getByTestId('workspace-file-input').setInputFiles(file);
		await page.getByTestId('restore-confirm').click();
		await page.getByTestId('workspace-restored').waitFor({ timeout: 90_000 });
		await onSegments(page, baseUrl);
		await waitValue(firstRow(page).locator('input.custom'), NAME[lang], 'name after restore');
		await waitValue(rFrom(page), rAfter, 'rule after restore');
		await page.getByTestId('saved-views-toggle').click();
		await page.getByTestId('saved-view-list').getByText(VIEW[lang]).waitFor();
		await page.getByTestId('saved-views-toggle').click();
		await shot(page, `settings-restored-${lang}`);
		assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
	} finally {
		await b.close();
	}
}

/** A small sample (CDNOW) through a share link with data: its settings and saved views come too. */
async function shareLinkCarriesSettings(baseUrl) {
	let link;
	const a = await openBrowser(baseUrl);
	try {
		const { page } = a;
		await page.goto(`${baseUrl}/?lang=en`);
		await page.getByTestId('sample-load-cdnow').click();
		await page
			.getByTestId('sample-card-cdnow')
			.locator('[role="status"]')
			.waitFor({ timeout: 90_000 });
		await page.goto(`${baseUrl}/clv/`);
		await unfoldSettings(page);
		await page.getByTestId('clv-unit').selectOption('month');
		await page.getByTestId('saved-views-toggle').click();
		await page.getByTestId('saved-view-name').fill('Monthly CLV');
		await page.getByTestId('saved-view-save').click();
		await page.getByTestId('saved-view-list').getByText('Monthly CLV').waitFor();
		await page.getByTestId('saved-views-toggle').click();
		await page.goto(`${baseUrl}/data/`);
		await page.getByTestId('share-with-data').check();
		await page.locator('.workspace-panel select').first().selectOption('clv');
		await page.getByTestId('share-make-link').click();
		link = await page.getByTestId('share-data-link').inputValue();
		assert(a.errors.length === 0, `page errors: ${a.errors.join(' | ')}`);
	} finally {
		await a.close();
	}
	const b = await openBrowser(baseUrl);
	try {
		const { page } = b;
		await page.goto(link);
		await page.getByTestId('restore-confirm').click();
		await page.getByTestId('link-restored').waitFor({ timeout: 60_000 });
		await unfoldSettings(page);
		await page.getByTestId('clv-unit').waitFor({ timeout: 60_000 });
		await waitValue(page.getByTestId('clv-unit'), 'month', 'CLV unit from the link');
		await page.getByTestId('saved-views-toggle').click();
		await page.getByTestId('saved-view-list').getByText('Monthly CLV').waitFor();
		assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
	} finally {
		await b.close();
	}
}

/** The report's stored record in IndexedDB, as the next page load will read it. */
async function storedReportNote(page, section) {
	return page.evaluate(
		(section) =>
			new Promise((resolve) => {
				const req = indexedDB.open('crm-workbench');
				req.onerror = () => resolve(null);
				req.onsuccess = () => {
					const db = req.result;
					const get = db.transaction('settings').objectStore('settings').get('report.config');
					get.onsuccess = () => {
						db.close();
						const s = get.result?.value?.sections?.find((x) => x.id === section);
						resolve(s ? s.note : null);
					};
					get.onerror = () => resolve(null);
				};
			}),
		section
	);
}

async function reportUndo(baseUrl, lang) {
	const NOTE = { en: 'Week 3: talk about Champions', zh: '第三周：讲重要价值客户' };
	const b = await openBrowser(baseUrl, { locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
	try {
		const { page } = b;
		await page.goto(`${baseUrl}/?sample=retail&lang=${lang}&view=report`);
		await page.waitForURL(/\/report\/$/, { timeout: 60_000 });
		const tick = '[data-testid="report-include-quality"]';
		await page.locator(`${tick}:checked`).waitFor({ timeout: 60_000 });
		const section = page.locator('[data-testid="report-sheet"] [data-section="quality"]');
		await section.waitFor();
		await page.locator('[data-testid="settings-undo"]:disabled').waitFor();

		// Untick, then back and forth by keyboard (a checkbox is no text field) and by buttons.
		await page.locator(tick).uncheck();
		await section.waitFor({ state: 'detached' });
		await page.keyboard.press('Control+z');
		await page.locator(`${tick}:checked`).waitFor();
		await section.waitFor();
		await page.keyboard.press('Control+Shift+z');
		await page.locator(`${tick}:not(:checked)`).waitFor();
		await page.getByTestId('settings-undo').click();
		await page.locator(`${tick}:checked`).waitFor();
		await page.getByTestId('settings-redo').click();
		await page.locator(`${tick}:not(:checked)`).waitFor();
		await page.getByTestId('settings-undo').click();
		await page.locator(`${tick}:checked`).waitFor();

		// A note typed key by key is one step: one Undo empties it, Redo brings it back whole.
		const note = page.getByTestId('report-note-quality');
		await note.pressSequentially(NOTE[lang]);
		await section.locator('.note-text', { hasText: NOTE[lang] }).waitFor();
		await page.locator('h1').first().click();
		await page.getByTestId('settings-undo').click();
		await waitValue(note, '', 'one Undo takes the whole note back');
		await section.locator('.note-text').waitFor({ state: 'detached' });
		await page.locator(`${tick}:checked`).waitFor();
		await page.getByTestId('settings-redo').click();
		await waitValue(note, NOTE[lang], 'Redo brings the whole note back');

		// Stored, then read back after a reload.
		await poll(
			() => storedReportNote(page, 'quality'),
			(v) => v === NOTE[lang],
			'the note in IndexedDB'
		);
		await page.reload();
		await waitValue(page.getByTestId('report-note-quality'), NOTE[lang], 'note after reload');
		await section.locator('.note-text', { hasText: NOTE[lang] }).waitFor();
		await shot(page, `settings-report-note-${lang}`);
		assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
		assert(b.foreign.length === 0, `requests left the origin: ${b.foreign.join(', ')}`);
	} finally {
		await b.close();
	}
}

export const tests = [
	{
		name: 'settings model (en): report sections and notes undo, redo and survive reload',
		run: ({ baseUrl }) => reportUndo(baseUrl, 'en')
	},
	{
		name: 'settings model (zh): report sections and notes undo, redo and survive reload',
		run: ({ baseUrl }) => reportUndo(baseUrl, 'zh')
	},
	{
		name: 'settings model: a share link with data brings the settings and the saved views',
		run: ({ baseUrl }) => shareLinkCarriesSettings(baseUrl)
	},
	{
		name: 'settings model (en): rule and name survive reload and workspace file; undo/redo; saved view',
		run: ({ baseUrl }) => run(baseUrl, 'en')
	},
	{
		name: 'settings model (zh): rule and name survive reload and workspace file; undo/redo; saved view',
		run: ({ baseUrl }) => run(baseUrl, 'zh')
	},
	{
		name: 'settings toolbar at 390 px: saved views fit the phone, no page-wide scroll from the header',
		async run({ baseUrl }) {
			for (const lang of ['en', 'zh']) {
				const b = await openBrowser(baseUrl, { viewport: { width: 390, height: 844 } });
				try {
					const { page } = b;
					await page.goto(`${baseUrl}/?lang=${lang}`);
					await page.getByTestId('load-sample').click();
					await page.locator('p.good[role="status"]').waitFor({ timeout: 90_000 });
					await onSegments(page, baseUrl);
					await page.getByTestId('saved-views-toggle').click();
					const panel = page.getByTestId('saved-views');
					await panel.waitFor();
					const box = await panel.boundingBox();
					assert(
						box && box.x >= 0 && box.x + box.width <= 390,
						`panel inside: ${JSON.stringify(box)}`
					);
					const header = await page.locator('header').evaluate((h) => h.scrollWidth);
					assert(header <= 390, `header ${header} px wide`);
					await page.screenshot({ path: join(SHOTS, `settings-saved-views-390-${lang}.png`) });
				} finally {
					await b.close();
				}
			}
		}
	}
];
