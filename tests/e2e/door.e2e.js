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
	}
];
