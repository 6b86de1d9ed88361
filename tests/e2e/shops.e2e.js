// Shop exports (issue 23): each layout's sample, opened from the gallery, is recognised in the
// import step ("Recognised: …"), imports in one click, and its report shows the orders per
// status and what the status policy removed — in English and in Chinese.
import { assert, openBrowser, shot } from './harness.js';

const LAYOUTS = [
	['shopifyOrders', 'Shopify orders export', 'Shopify 订单导出'],
	['wooCommerceOrders', 'WooCommerce orders export', 'WooCommerce 订单导出'],
	['taobaoOrders', 'Taobao/Tmall order report', '淘宝/天猫订单报表'],
	['taobaoItems', 'Taobao/Tmall item-level order report', '淘宝/天猫订单明细报表'],
	['jdOrders', 'JD (京东) order export', '京东订单导出'],
	['youzanOrders', 'Youzan (有赞) order export', '有赞订单导出'],
	['posSales', 'ERP/POS sales export', 'ERP/收银销售导出']
];

// Every sample holds the same 304 orders of the retail sample's first 15 customers: 254
// purchases counted, 31 cancelled and 19 unpaid left out (see src/lib/data/orders/shopSamples.test.ts).
const COUNTED = '254';

async function importShopSample(page, baseUrl, lang, layout, name, suffix = '') {
	await page.goto(`${baseUrl}/?lang=${lang}`);
	if (layout === 'shopifyOrders') {
		await page.getByTestId('sample-card-shops').scrollIntoViewIfNeeded();
		await shot(page, `shops-gallery-${lang}${suffix}`);
	}
	await page.getByTestId(`shop-sample-${layout}`).click();
	await page.waitForURL(/\/data\/?/);
	const card = page.locator('article.job').last();
	const recognised = card.getByTestId('layout-recognised');
	await recognised.waitFor({ timeout: 30_000 });
	const text = await recognised.innerText();
	const expected = lang === 'zh' ? `已识别：${name}` : `Recognised: ${name}`;
	assert(text.trim() === expected, `${layout} ${lang}: "${text}" is not "${expected}"`);
	return card;
}

function run(lang) {
	return async ({ baseUrl }) => {
		const b = await openBrowser(baseUrl, { locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
		try {
			const { page } = b;
			for (const [layout, en, zh] of LAYOUTS) {
				const card = await importShopSample(page, baseUrl, lang, layout, lang === 'zh' ? zh : en);
				if (layout === 'shopifyOrders' || layout === 'taobaoOrders')
					await shot(page, `shops-${layout}-mapping-${lang}`);
				// One click: validated and imported.
				await card.getByTestId('layout-import').click();
				await card.locator('p.good[role="status"]').waitFor({ timeout: 60_000 });
				const report = card.getByTestId('order-report');
				await report.waitFor();
				const summary = await report.locator('p').first().innerText();
				assert(summary.includes(COUNTED), `${layout} ${lang}: ${summary}`);
				const cancelled = await card.getByTestId('order-state-cancelled').innerText();
				const pending = await card.getByTestId('order-state-pending').innerText();
				assert(
					/\b31\b/.test(cancelled) && /\b19\b/.test(pending),
					`${layout}: ${cancelled} / ${pending}`
				);
				const removed = await card.getByTestId('order-removed').innerText();
				assert(/31/.test(removed) && /19/.test(removed), `${layout} removed: ${removed}`);
				await shot(page, `shops-${layout}-report-${lang}`);
			}
			assert(b.foreign.length === 0, `requests left the origin: ${b.foreign.join(', ')}`);
			assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
		} finally {
			await b.close();
		}
	};
}

export const tests = [
	{ name: 'shop exports: every layout recognised and imported in one click (en)', run: run('en') },
	{ name: 'shop exports: every layout recognised and imported in one click (zh)', run: run('zh') },
	{
		name: 'shop exports: the status policy can be changed before import; narrow screen',
		async run({ baseUrl }) {
			const b = await openBrowser(baseUrl, { viewport: { width: 390, height: 844 } });
			try {
				const { page } = b;
				for (const lang of ['en', 'zh']) {
					const card = await importShopSample(
						page,
						baseUrl,
						lang,
						'shopifyOrders',
						lang === 'zh' ? 'Shopify 订单导出' : 'Shopify orders export',
						'-390'
					);
					await shot(page, `shops-mapping-390-${lang}`);
					await card.getByTestId('policy-cancelled').selectOption('include');
					await card.getByTestId('layout-import').click();
					await card.locator('p.good[role="status"]').waitFor({ timeout: 60_000 });
					const summary = await card.getByTestId('order-report').locator('p').first().innerText();
					// 254 + the 31 cancelled orders now counted.
					assert(summary.includes('285'), `policy changed: ${summary}`);
					await shot(page, `shops-report-390-${lang}`);
				}
			} finally {
				await b.close();
			}
		}
	}
];
