// Trust at the door (issue 14): a US-date export whose first 500 rows fit either date order is
// read day-first by the preview; after "Check all rows" the report says how many rows only
// month-first reads and offers the switch as its first action; one click and every row is in.
// Importing with many rows rejected asks first. English and Chinese, wide and narrow.
import { assert, openBrowser, shot } from './harness.js';

const US_DATES = 'tests/fixtures/door/us-dates.csv';

async function checkAllRows(card) {
	const check = card.locator('button', { hasText: /Check all rows|检查全部行/ });
	await check.waitFor();
	await check.click();
	await card.locator('section.report').waitFor({ timeout: 60_000 });
}

async function run(baseUrl, lang, viewport, tag) {
	const b = await openBrowser(baseUrl, { viewport });
	try {
		const { page } = b;
		await page.goto(`${baseUrl}/data/?lang=${lang}`);
		await page.getByTestId('file-input').setInputFiles(US_DATES);
		const card = page.locator('article.job').last();
		await checkAllRows(card);
		const sentence = await card.getByTestId('date-order').innerText();
		assert(/1,000/.test(sentence), `the report names the 1,000 month-first rows: ${sentence}`);
		const switchButton = card.getByTestId('switch-date-order');
		assert((await switchButton.getAttribute('class'))?.includes('primary'), 'switch is primary');
		const commit = card.locator('button', { hasText: /^Import |^导入 / });
		assert(!(await commit.getAttribute('class'))?.includes('primary'), 'import is not primary');
		await shot(page, `door-date-order-${tag}`);
		// Importing as is would lose 1,000 of 1,500 rows: it asks first, naming the count.
		await commit.click();
		const question = await card.locator('.confirm').innerText();
		assert(
			/1,000/.test(question) && /500/.test(question),
			`confirmation names counts: ${question}`
		);
		await shot(page, `door-confirm-${tag}`);
		await card.locator('.confirm button', { hasText: /Go back|返回/ }).click();
		// One click on the suggested switch: checked again month-first, nothing rejected.
		await switchButton.click();
		await card.locator('section.report').waitFor({ timeout: 60_000 });
		await card.getByTestId('switch-date-order').waitFor({ state: 'detached' });
		const rejected = await card.locator('section.report dd').nth(2).innerText();
		assert(rejected.trim() === '0', `no row rejected after the switch: ${rejected}`);
		await shot(page, `door-switched-${tag}`);
		await card.locator('button', { hasText: /^Import 1,500|^导入 1,500/ }).click();
		const done = await card.locator('p.good').innerText({ timeout: 60_000 });
		assert(/1,500/.test(done), `all 1,500 rows imported: ${done}`);
	} finally {
		await b.close();
	}
}

const MIXED = 'tests/fixtures/door/mixed-utf8-gb18030.csv';
const UTF16 = 'tests/fixtures/door/utf16le-no-bom.csv';

async function encodings(baseUrl, lang, viewport, tag) {
	const b = await openBrowser(baseUrl, { viewport });
	try {
		const { page } = b;
		await page.goto(`${baseUrl}/data/?lang=${lang}`);
		await page.getByTestId('file-input').setInputFiles(MIXED);
		const card = page.locator('article.job').last();
		const notice = card.getByTestId('encoding-notice');
		await notice.waitFor();
		const said = await notice.innerText();
		assert(/42, 43, 44/.test(said), `the GB18030 lines are named: ${said}`);
		await shot(page, `door-encoding-mixed-${tag}`);
		// The first offer reads each line in its own encoding: the preview shows real city names.
		await notice.locator('button').first().click();
		await card.locator('td', { hasText: '北京' }).first().waitFor();
		await checkAllRows(card);
		const after = await card.getByTestId('encoding-notice').innerText();
		assert(/GB18030/.test(after) && /42/.test(after), `per-line reading reported: ${after}`);
		await shot(page, `door-encoding-per-line-${tag}`);
		await card.locator('button', { hasText: /^Import |^导入 / }).click();
		await card.locator('p.good').waitFor({ timeout: 60_000 });
		// UTF-16 without a byte order mark: read, not refused as binary.
		await page.getByTestId('file-input').setInputFiles(UTF16);
		const card16 = page.locator('article.job').last();
		await checkAllRows(card16);
		const enc = await card16.locator('select').first().inputValue();
		assert(enc === 'utf-16le', `UTF-16LE recognised: ${enc}`);
		await card16.locator('td', { hasText: '北京' }).first().waitFor();
	} finally {
		await b.close();
	}
}

export const tests = [
	{
		name: 'door: a US-date file is imported whole after one click on the suggested switch (en)',
		async run({ baseUrl }) {
			await run(baseUrl, 'en', { width: 1280, height: 720 }, 'en');
			await run(baseUrl, 'en', { width: 390, height: 844 }, 'en-narrow');
		}
	},
	{
		name: 'door: a US-date file is imported whole after one click on the suggested switch (zh)',
		async run({ baseUrl }) {
			await run(baseUrl, 'zh', { width: 1280, height: 720 }, 'zh');
			await run(baseUrl, 'zh', { width: 390, height: 844 }, 'zh-narrow');
		}
	},
	{
		name: 'door: mixed UTF-8 / GB18030 lines are named and read line by line; UTF-16 without BOM',
		async run({ baseUrl }) {
			await encodings(baseUrl, 'en', { width: 1280, height: 720 }, 'en');
			await encodings(baseUrl, 'zh', { width: 390, height: 844 }, 'zh-narrow');
		}
	},
	{
		name: 'door: a file of returns only says returns alone make no customer (en, zh)',
		async run({ baseUrl }) {
			for (const lang of ['en', 'zh']) {
				const b = await openBrowser(baseUrl);
				try {
					const { page } = b;
					await page.goto(`${baseUrl}/data/?lang=${lang}`);
					await page
						.getByTestId('file-input')
						.setInputFiles('tests/fixtures/door/returns-only.csv');
					const card = page.locator('article.job').last();
					await checkAllRows(card);
					const said = await card.getByTestId('returns-only').innerText();
					assert(/customer|客户/.test(said), `returns-only message: ${said}`);
					await shot(page, `door-returns-only-${lang}`);
				} finally {
					await b.close();
				}
			}
		}
	}
];
