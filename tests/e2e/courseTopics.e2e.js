// Churn & complaints and Cross-buying & customer share end to end on the teaching sample (issue
// 18): every chart is drawn, a Pareto bar drills down to its customers, the iceberg and the
// retention curves need the complaint log (loaded from the page), and the numbers read in both
// languages. Screenshots at 1280×720 and 390 px wide, English and Chinese.
import { join } from 'node:path';
import { SHOTS, assert, loadTeachingSample, openBrowser, settled, shot, visit } from './harness.js';

async function noNaN(page) {
	const text = await page.locator('main').innerText();
	assert(
		!/\bNaN\b|Infinity|undefined|\{\w+\}|churnView\.|crossbuyView\.|referralView\./.test(text),
		'NaN, Infinity, undefined, a raw {placeholder} or a missing message key'
	);
}

async function loadRetail(page, baseUrl, lang) {
	await loadTeachingSample(page, baseUrl, { lang });
}

async function churnPage(page, baseUrl, lang) {
	// Views of the same language are reached inside the app (harness visit()): no reload,
	// the engine's results stay.
	await visit(page, `/churn/?lang=${lang}`);
	await page.getByTestId('churn-pareto').locator('svg').waitFor({ timeout: 90_000 });
	// Without a complaint log the iceberg says what it needs; the page offers the sample's log.
	const iceberg = await page.locator('figure[aria-label]', { has: page.locator('h3') }).count();
	assert(iceberg > 0, 'chart frames');
	const before = await page.locator('main').innerText();
	assert(
		before.includes(lang === 'en' ? 'No complaint log in the workspace' : '工作区中没有投诉记录'),
		'says the complaint log is missing'
	);
	await page.getByTestId('load-complaints').click();
	await page.getByTestId('churn-iceberg').locator('svg').waitFor({ timeout: 90_000 });
	await page.getByTestId('churn-km').locator('svg').waitFor({ timeout: 90_000 });
	await page.getByTestId('churn-logrank').waitFor({ timeout: 90_000 });
	await page.getByTestId('churn-heatmap').locator('svg').waitFor({ timeout: 90_000 });
	await page.getByTestId('churn-resolve').locator('svg').waitFor({ timeout: 90_000 });
	await settled(page);
}

/** Churn, cross-buying, referral and the value pyramid on the teaching sample in one language. */
async function topicsRun(baseUrl, lang) {
	const b = await openBrowser(baseUrl);
	try {
		const { page } = b;
		await loadRetail(page, baseUrl, lang);
		await churnPage(page, baseUrl, lang);
		const iceberg = await page.getByTestId('churn-iceberg').locator('..').innerText();
		assert(
			lang === 'en' ? /only 15 complained/.test(iceberg) : /只有 15 位投诉/.test(iceberg),
			`iceberg text (${lang}): ${iceberg.slice(0, 300)}`
		);
		// Drill down: the first Pareto bar (price) lists its customers.
		await page.getByTestId('churn-pareto').locator('svg g[role="button"]').first().click();
		const list = page.getByTestId('churn-customers');
		await list.locator('tbody tr').first().waitFor({ timeout: 90_000 });
		const listText = await list.innerText();
		assert(/C\d{5}/.test(listText), `drill-down lists customers: ${listText.slice(0, 200)}`);
		assert(
			lang === 'en' ? /price — 982 customers/.test(listText) : /价格 — 982 位客户/.test(listText),
			`drill-down title (${lang}): ${listText.slice(0, 200)}`
		);
		await noNaN(page);
		await shot(page, `churn-page-${lang}`);

		await visit(page, `/crossbuy/?lang=${lang}`);
		for (const id of [
			'crossbuy-distribution',
			'crossbuy-heatmap',
			'crossbuy-wallet',
			'crossbuy-wallet-tier'
		])
			await page.getByTestId(id).locator('svg, canvas').first().waitFor({ timeout: 90_000 });
		await page.getByTestId('crossbuy-suggestions').locator('tbody tr').first().waitFor();
		const first = await page.getByTestId('crossbuy-pairs').locator('tbody tr').first().innerText();
		// Books → Electronics has the highest lift (2.47, counted by hand from the CSV in
		// scripts/samples/pairCategories.test.ts).
		assert(/2[.,]47/.test(first), `top pair: ${first}`);
		// Wallet share is plotted against the Lifetime value page's predicted CLV.
		await page
			.getByTestId('crossbuy-wallet-basis')
			.filter({ hasText: /BG\/NBD|MBG\/NBD|Pareto\/NBD/ })
			.waitFor({ timeout: 90_000 });
		await page.getByTestId('crossbuy-heatmap').locator('svg rect').nth(1).click();
		await page.getByTestId('crossbuy-pair').waitFor({ timeout: 90_000 });
		await noNaN(page);
		await settled(page);
		await shot(page, `crossbuy-page-${lang}`);

		await visit(page, `/referral/?lang=${lang}`);
		await page
			.getByTestId('referral-scatter')
			.locator('svg, canvas')
			.first()
			.waitFor({ timeout: 90_000 });
		await page.getByTestId('loyalty-counts').locator('svg').waitFor({ timeout: 90_000 });
		const promoters = page.getByTestId('referral-promoters').locator('tbody tr');
		assert((await promoters.count()) > 0, 'buys little, promotes a lot: customers listed');
		// Editing a rule re-runs the assignment: monopoly at alternatives ≤ 1 assigns fewer.
		const assigned = () =>
			page
				.getByTestId('loyalty-rules')
				.locator('tbody tr')
				.first()
				.locator('td.num')
				.first()
				.innerText();
		const before = await assigned();
		const value = page
			.getByTestId('loyalty-rules')
			.locator('tbody tr')
			.first()
			.locator('input[type="number"]');
		await value.fill('1');
		await value.dispatchEvent('change');
		await page.waitForFunction(
			(b) =>
				document
					.querySelector('[data-testid="loyalty-rules"] tbody tr td.num')
					?.textContent?.trim() !== b,
			before,
			{ timeout: 90_000 }
		);
		const after = await assigned();
		assert(
			Number(after.replace(/[^\d]/g, '')) < Number(before.replace(/[^\d]/g, '')),
			`monopoly assigned ${before} → ${after}`
		);
		// Customer value is the Lifetime value page's predicted CLV, named in the header.
		await page
			.getByTestId('referral-promoters')
			.locator('th', {
				hasText: lang === 'zh' ? '预测终生价值' : 'Predicted lifetime value'
			})
			.waitFor({ timeout: 90_000 });
		const basisNote = await page.getByTestId('referral-value-basis').innerText();
		assert(/BG\/NBD|Pareto|MBG/.test(basisNote), `value basis named: ${basisNote}`);
		await noNaN(page);
		await settled(page);
		await shot(page, `referral-page-${lang}`);

		// Rules can be removed and added; the checks say which kind lost its rule.
		const ruleRows = page.getByTestId('loyalty-rules').locator('tbody tr');
		await ruleRows.first().getByTestId('loyalty-rule-remove').click();
		await page.getByTestId('loyalty-rule-problems').waitFor({ timeout: 90_000 });
		assert((await ruleRows.count()) === 6, 'a rule removed');
		const problem = await page.getByTestId('loyalty-rule-problems').innerText();
		assert(
			problem.includes(lang === 'zh' ? '垄断' : 'Monopoly'),
			`problem names the kind: ${problem}`
		);
		await page.getByTestId('loyalty-rules').scrollIntoViewIfNeeded();
		await shot(page, `referral-rules-removed-${lang}`);
		await page.getByTestId('loyalty-rule-add').click();
		await page.getByTestId('loyalty-rule-problems').waitFor({ state: 'detached' });
		assert((await ruleRows.count()) === 7, 'a rule added');
		assert(
			(await ruleRows.last().locator('select').first().inputValue()) === 'monopoly',
			'the new rule takes the kind no rule assigned'
		);

		// The value pyramid ranked by predicted CLV + referral value, its method stated.
		await visit(page, `/segments/?lang=${lang}`);
		await page.getByTestId('pyramid-basis').selectOption('clvReferral');
		await page
			.getByTestId('pyramid-basis-note')
			.filter({ hasText: lang === 'zh' ? '方法：' : 'Method:' })
			.waitFor({ timeout: 90_000 });
		await noNaN(page);
		await settled(page);
		await page
			.getByTestId('segments-value')
			.screenshot({ path: join(SHOTS, `segments-pyramid-clv-referral-${lang}.png`) });
		assert(b.foreign.length === 0, `requests left the origin: ${b.foreign.join(', ')}`);
		assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
	} finally {
		await b.close();
	}
}

/** Phones: 390 px wide, both views, Chinese (and the referral page and pyramid in English). */
async function topicsPhone(baseUrl) {
	const p = await openBrowser(baseUrl, { viewport: { width: 390, height: 844 } });
	try {
		await loadRetail(p.page, baseUrl, 'zh');
		await churnPage(p.page, baseUrl, 'zh');
		await shot(p.page, 'churn-page-390-zh');
		await p.page.goto(`${baseUrl}/crossbuy/?lang=en`);
		await p.page.getByTestId('crossbuy-heatmap').locator('svg').waitFor({ timeout: 90_000 });
		await settled(p.page);
		await shot(p.page, 'crossbuy-page-390-en');
		await p.page.goto(`${baseUrl}/referral/?lang=zh`);
		await p.page.getByTestId('loyalty-counts').locator('svg').waitFor({ timeout: 90_000 });
		await settled(p.page);
		await shot(p.page, 'referral-page-390-zh');
		await p.page
			.getByTestId('loyalty-rules')
			.screenshot({ path: join(SHOTS, 'referral-rules-390-zh.png') });
		const width = await p.page.evaluate(() => document.documentElement.scrollWidth);
		assert(width <= 392, `no sideways scrolling at 390 px (page is ${width} px wide)`);
		await p.page.goto(`${baseUrl}/referral/?lang=en`);
		await p.page.getByTestId('loyalty-counts').locator('svg').waitFor({ timeout: 90_000 });
		await settled(p.page);
		await shot(p.page, 'referral-page-390-en');
		for (const lang of ['en', 'zh']) {
			await p.page.goto(`${baseUrl}/segments/?lang=${lang}`);
			await p.page.getByTestId('pyramid-basis').selectOption('clvReferral');
			await p.page
				.getByTestId('pyramid-basis-note')
				.filter({ hasText: lang === 'zh' ? '方法：' : 'Method:' })
				.waitFor({ timeout: 90_000 });
			await settled(p.page);
			await p.page
				.getByTestId('segments-value')
				.screenshot({ path: join(SHOTS, `segments-pyramid-clv-referral-390-${lang}.png`) });
		}
	} finally {
		await p.close();
	}
}

export const tests = [
	{
		name: 'course topics: §6 and §8 cards link to the new views; the complaint iceberg simulation (en, zh)',
		async run({ baseUrl }) {
			const b = await openBrowser(baseUrl);
			try {
				const { page } = b;
				for (const lang of ['en', 'zh']) {
					await page.goto(`${baseUrl}/learn/?lang=${lang}`);
					const churn = page.locator('#concept-churn');
					await churn.locator('summary').click();
					assert((await churn.locator('a[href$="/churn/"]').count()) === 1, 'churn card → /churn/');
					const share = page.locator('#concept-customerShare');
					await share.locator('summary').click();
					assert(
						(await share.locator('a[href$="/crossbuy/"]').count()) === 1,
						'customer share card → /crossbuy/'
					);
					// Defaults: 1000 × 20 % dissatisfied, 4 % complain → 8 complaints, 192 silent = 24 each.
					const ratio = await page.getByTestId('iceberg-ratio').innerText();
					assert(/\b24\b/.test(ratio), `iceberg ratio: ${ratio}`);
					await page.locator('#sim-iceberg').scrollIntoViewIfNeeded();
					await settled(page);
					await page
						.locator('#sim-iceberg')
						.screenshot({ path: `${SHOTS}/learn-sim-iceberg-${lang}.png` });
				}
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	},
	// One test per language and one for phones (each its own browser), so the lanes can share
	// them out.
	...['en', 'zh'].map((lang) => ({
		name: `course topics: churn & complaints and cross-buying on the teaching sample (${lang})`,
		run: ({ baseUrl }) => topicsRun(baseUrl, lang)
	})),
	{
		name: 'course topics: churn, cross-buying, referral and the value pyramid at 390 px (zh, en)',
		run: ({ baseUrl }) => topicsPhone(baseUrl)
	}
];
