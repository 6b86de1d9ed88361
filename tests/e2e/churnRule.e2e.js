// One alive/churned rule across pages: on the teaching sample the Lifecycle page (where the rule
// is edited) and the Lifetime value page (which names it) show the same number of live
// customers, in English and Chinese, wide and narrow; changing the rule on one page changes it
// on the other.
import { join } from 'node:path';
import { SHOTS, assert, openBrowser, shot } from './harness.js';

/** Unfolds the Lifecycle page's date and churn rule panel (folded to one line, issue 16). */
async function unfold(page) {
	const panel = page.getByTestId('lifecycle-settings');
	await panel.waitFor();
	// Only the user opens or closes it, so one read is enough: an in-app link back to the same
	// page keeps it as it was (open after the first unfold).
	if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
	await page.locator('[data-testid="lifecycle-settings"][open]').waitFor();
}

/** The live-customer count on a page; `open` first unfolds the panel it is in, if any (the
    Lifecycle panel's form mounts when first opened). */
async function liveOn(page, url, scope, open = async () => {}) {
	await page.goto(url);
	await open(page);
	const el = page.getByTestId(scope).getByTestId('live-count');
	await el.waitFor({ state: 'attached', timeout: 120_000 });
	return Number(await el.textContent());
}

export const tests = [
	{
		name: 'churn rule: Lifecycle and Lifetime value show the same live customers (en, zh)',
		async run({ baseUrl }) {
			const b = await openBrowser(baseUrl, { viewport: { width: 1280, height: 720 } });
			try {
				const { page } = b;
				await page.goto(baseUrl + '/?lang=en');
				await page.getByTestId('load-sample').click();
				await page.locator('p.good[role="status"]').waitFor({ timeout: 90_000 });
				for (const lang of ['en', 'zh']) {
					const lc = await liveOn(
						page,
						`${baseUrl}/lifecycle/?lang=${lang}`,
						'churn-counts',
						unfold
					);
					const explain = await page.getByTestId('churn-rule-explain').innerText();
					assert(/MBG\/NBD/.test(explain), `model named: ${explain}`);
					await shot(page, `churn-rule-lifecycle-${lang}`);
					const clv = await liveOn(page, `${baseUrl}/clv/?lang=${lang}`, 'churn-badge');
					await shot(page, `churn-rule-clv-${lang}`);
					// 1,920 of 4,927 buyers have P(alive) ≥ 0.5 under MBG/NBD (churnRule test).
					assert(lc === 1920 && clv === lc, `${lang}: lifecycle ${lc}, clv ${clv}`);
				}
				// The gap rule chosen on the Lifecycle page is what the Lifetime value page shows.
				await page.goto(`${baseUrl}/lifecycle/?lang=en`);
				await unfold(page);
				await page.getByTestId('churn-method').selectOption('gap');
				await page
					.getByTestId('churn-rule-explain')
					.filter({ hasText: /median gap/ })
					.waitFor({ timeout: 60_000 });
				const gapLc = Number(await page.getByTestId('live-count').first().textContent());
				await page
					.getByRole('link', { name: /Lifetime value/ })
					.first()
					.click();
				const badge = page.getByTestId('churn-badge');
				await badge.filter({ hasText: /own purchase gap/ }).waitFor({ timeout: 60_000 });
				const gapClv = Number(await badge.getByTestId('live-count').textContent());
				assert(gapLc === gapClv && gapLc !== 1920, `gap rule: ${gapLc} vs ${gapClv}`);
				await page.setViewportSize({ width: 390, height: 800 });
				await shot(page, 'churn-rule-clv-narrow-en');
				// The rule's editor on a phone, in both languages (in-app navigation keeps the rule).
				for (const [lang, name] of [
					['en', /Lifecycle/],
					['zh', /生命周期/]
				]) {
					await page.getByRole('button', { name: lang === 'en' ? 'English' : '简体中文' }).click();
					// The language's texts load on first use: wait for the switch.
					await page
						.locator(`main[lang="${lang === 'en' ? 'en' : 'zh-CN'}"]`)
						.waitFor({ state: 'attached' });
					await page.getByRole('button', { name: /Menu|菜单/ }).click();
					await page.getByRole('link', { name }).first().click();
					await unfold(page);
					const editor = page.getByTestId('churn-rule');
					await editor.getByTestId('churn-counts').waitFor({ timeout: 60_000 });
					await editor.screenshot({ path: join(SHOTS, `churn-rule-editor-narrow-${lang}.png`) });
				}
				assert(b.foreign.length === 0, `requests left the origin: ${b.foreign.join(', ')}`);
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	}
];
