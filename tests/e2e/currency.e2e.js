// A dataset's currency end to end: read from the amounts at import (¥ → yuan, shown as 元 on
// the Chinese pages), and a column naming two currencies reported, not guessed — the user picks
// one in the import step and the pages show it. Screenshots of the import step at 1280 and 390.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, openBrowser, SHOTS } from './harness.js';

/** Sixty purchases of twenty customers, amounts written by `amount(k)`. */
function orders(amount) {
	const lines = ['customer_id,date,amount'];
	for (let k = 0; k < 60; k++) {
		const day = new Date(Date.UTC(2024, 0, 1 + k * 5));
		lines.push(
			`K${String(k % 20).padStart(3, '0')},${day.toISOString().slice(0, 10)},${amount(k)}`
		);
	}
	return lines.join('\n') + '\n';
}

async function importFile(page, file, lang, width, choose) {
	await page.getByTestId('file-input').setInputFiles(file);
	const card = page.locator('article.job').last();
	const select = card.getByTestId('currency-choice');
	await select.waitFor({ timeout: 60_000 });
	await card.screenshot({ path: join(SHOTS, `currency-import-${lang}-${width}.png`) });
	const detected = await select.inputValue();
	const note = await select.locator('xpath=../..').innerText();
	if (choose) await select.selectOption(choose);
	await card.getByRole('button', { name: lang === 'zh' ? '检查全部行' : 'Check all rows' }).click();
	await card
		.getByRole('button', { name: lang === 'zh' ? /^导入/ : /^Import \d/ })
		.click({ timeout: 60_000 });
	// Stored before the test leaves the page: the save runs in the background after the import,
	// and leaving while it runs asks "leave the page?" (Playwright dismisses it, so the next
	// page.goto never happened: CI once waited 60 s for the Segments table on the Data page).
	await card.locator('p.good').waitFor({ timeout: 60_000 });
	return { detected, note };
}

export const tests = [
	{
		name: 'currency: ¥ amounts read as yuan and shown in 元; a mixed column is not guessed',
		async run({ baseUrl }) {
			const dir = mkdtempSync(join(tmpdir(), 'crm-currency-'));
			const yuan = join(dir, 'yuan.csv');
			writeFileSync(
				yuan,
				orders((k) => `¥${(12 + (k % 7) * 3.5).toFixed(2)}`)
			);
			const mixed = join(dir, 'mixed.csv');
			writeFileSync(
				mixed,
				orders((k) => (k % 3 ? `$${10 + k}` : `€${5 + k}`))
			);
			for (const [lang, width] of [
				['zh', 1280],
				['en', 390]
			]) {
				const b = await openBrowser(baseUrl, {
					locale: lang === 'zh' ? 'zh-CN' : 'en-US',
					viewport: { width, height: 720 }
				});
				try {
					const { page } = b;
					await page.goto(`${baseUrl}/data/?lang=${lang}`);
					if (lang === 'zh') {
						const { detected, note } = await importFile(page, yuan, lang, width, null);
						assert(detected === 'CNY', `¥ amounts read as CNY: ${detected}`);
						assert(note.includes('由金额列读出'), `says where it was read: ${note}`);
						await page.goto(`${baseUrl}/segments/?lang=zh`);
						const table = page.getByTestId('segments-table');
						await table.locator('tbody tr').first().waitFor({ timeout: 60_000 });
						const text = await table.innerText();
						assert(/\d元/.test(text), `segment revenue in 元: ${text.slice(0, 200)}`);
					} else {
						const { detected, note } = await importFile(page, mixed, lang, width, 'EUR');
						assert(detected === '', `a mixed column is not guessed: ${detected}`);
						assert(/USD/.test(note) && /EUR/.test(note), `both currencies reported: ${note}`);
						await page.goto(`${baseUrl}/segments/?lang=en`);
						const table = page.getByTestId('segments-table');
						await table.locator('tbody tr').first().waitFor({ timeout: 60_000 });
						const text = await table.innerText();
						assert(/€\d/.test(text), `the chosen currency is shown: ${text.slice(0, 200)}`);
					}
					assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
				} finally {
					await b.close();
				}
			}
		}
	}
];
