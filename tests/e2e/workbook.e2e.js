// Workbooks in (issue 17): a two-sheet Excel workbook (an empty sheet first) opens on its first
// sheet with data; the user picks the other sheet from the picker's previews, checks all rows
// and imports it, then the first sheet as a second dataset. A damaged, a password-protected and an empty workbook each get their message.
// English and Chinese, wide and narrow.
import { assert, openBrowser, shot } from './harness.js';

const DIR = 'tests/fixtures/workbooks/';

async function pickAndImport(baseUrl, lang, viewport, tag) {
	const b = await openBrowser(baseUrl, { viewport });
	try {
		const { page } = b;
		await page.goto(`${baseUrl}/data/?lang=${lang}`);
		await page.getByTestId('file-input').setInputFiles(DIR + 'two-sheets.xlsx');
		const card = page.locator('article.job').last();
		const picker = card.getByTestId('sheet-picker');
		// The empty first sheet is skipped: the Chinese transactions sheet is read, its title
		// rows skipped, its date serials shown as dates.
		await picker.locator('button[data-sheet="交易记录"][aria-pressed="true"]').waitFor();
		assert(
			await picker.locator('button[data-sheet="空白"]').isDisabled(),
			'the empty sheet cannot be chosen'
		);
		await card.locator('td', { hasText: '2024-01-05' }).first().waitFor();
		const said = await card.getByTestId('sheet-read').innerText();
		assert(/3/.test(said) && /2/.test(said), `header row 3, two rows skipped: ${said}`);
		await shot(page, `workbook-picker-${tag}`);
		await picker.locator('button[data-sheet="Customers"]').click();
		await picker.locator('button[data-sheet="Customers"][aria-pressed="true"]').waitFor();
		// The two-row merged header is one name per column.
		await card.locator('th .head', { hasText: 'Customer ID' }).waitFor();
		await card.locator('td', { hasText: 'Chen' }).first().waitFor();
		await shot(page, `workbook-customers-${tag}`);
		const check = card.locator('button', { hasText: /Check all rows|检查全部行/ });
		await check.click();
		await card.locator('section.report').waitFor({ timeout: 60_000 });
		await card.locator('button', { hasText: /^Import 3|^导入 3/ }).click();
		const done = await card.locator('p.good').innerText({ timeout: 60_000 });
		assert(/3/.test(done), `three customers imported: ${done}`);
		await page.locator('text=two-sheets – Customers').first().waitFor();
		// The same workbook again, its default sheet this time: a second dataset, the same checks
		// a CSV gets (five rows, the return among them, nothing rejected).
		await page.getByTestId('file-input').setInputFiles(DIR + 'two-sheets.xlsx');
		const again = page.locator('article.job').last();
		await again.locator('button[data-sheet="交易记录"][aria-pressed="true"]').waitFor();
		await again.locator('button', { hasText: /Check all rows|检查全部行/ }).click();
		await again.locator('section.report').waitFor({ timeout: 60_000 });
		const rejected = await again.locator('section.report dd').nth(2).innerText();
		assert(rejected.trim() === '0', `no row of the sheet rejected: ${rejected}`);
		await again.locator('button', { hasText: /^Import 5|^导入 5/ }).click();
		await again.locator('p.good').waitFor({ timeout: 60_000 });
		await page.locator('text=two-sheets – 交易记录').first().waitFor();
		await shot(page, `workbook-imported-${tag}`);
	} finally {
		await b.close();
	}
}

async function refused(baseUrl, lang, viewport, tag) {
	const b = await openBrowser(baseUrl, { viewport });
	try {
		const { page } = b;
		await page.goto(`${baseUrl}/data/?lang=${lang}`);
		const cases = [
			['corrupt.xlsx', lang === 'en' ? /could not be read as a workbook/ : /无法作为工作簿读取/],
			['encrypted.xlsx', lang === 'en' ? /password-protected/ : /设有密码/],
			['empty.xlsx', lang === 'en' ? /every sheet in it is empty/ : /每个工作表都是空的/]
		];
		for (const [file, message] of cases) {
			await page.getByTestId('file-input').setInputFiles(DIR + file);
			const alert = page.locator('article.job').last().locator('p.bad[role="alert"]');
			const text = await alert.innerText({ timeout: 60_000 });
			assert(message.test(text), `${file}: ${text}`);
		}
		await shot(page, `workbook-refused-${tag}`);
	} finally {
		await b.close();
	}
}

export const tests = [
	{
		name: 'workbook: pick the second sheet of a two-sheet workbook and import it (en)',
		async run({ baseUrl }) {
			await pickAndImport(baseUrl, 'en', { width: 1280, height: 720 }, 'en');
			await pickAndImport(baseUrl, 'en', { width: 390, height: 844 }, 'en-narrow');
		}
	},
	{
		name: 'workbook: pick the second sheet of a two-sheet workbook and import it (zh)',
		async run({ baseUrl }) {
			await pickAndImport(baseUrl, 'zh', { width: 1280, height: 720 }, 'zh');
			await pickAndImport(baseUrl, 'zh', { width: 390, height: 844 }, 'zh-narrow');
		}
	},
	{
		name: 'workbook: a damaged, a password-protected and an empty workbook get their message (en, zh)',
		async run({ baseUrl }) {
			await refused(baseUrl, 'en', { width: 1280, height: 720 }, 'en');
			await refused(baseUrl, 'zh', { width: 390, height: 844 }, 'zh-narrow');
		}
	}
];
