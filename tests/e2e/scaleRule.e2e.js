// Scales from the answers: the teaching survey imported as a plain file (not as the bundled
// sample, whose documentation declares recommend = 0–10) reads `recommend` as 1–10 — nobody
// answered 0 — so there is no NPS and the page says why; one click declares 0–10 and the NPS of
// docs/samples.md (+12.1) appears. English and Chinese, wide and narrow.
import { join } from 'node:path';
import { SHOTS, assert, openBrowser, shot } from './harness.js';

export const tests = [
	{
		name: 'scale rule: a 1–10 recommend item gets no NPS until 0–10 is declared (en, zh)',
		async run({ baseUrl }) {
			const b = await openBrowser(baseUrl, { viewport: { width: 1280, height: 720 } });
			try {
				const { page } = b;
				await page.goto(baseUrl + '/data/?lang=en');
				await page.getByTestId('file-input').setInputFiles('static/samples/retail/survey.csv');
				const card = page.locator('article.job').last();
				await card.locator('button', { hasText: /Check all rows/ }).click();
				await card.locator('section.report').waitFor({ timeout: 60_000 });
				await card.locator('button', { hasText: /^Import / }).click();
				await card.locator('p.good').waitFor({ timeout: 60_000 });
				for (const lang of ['en', 'zh']) {
					await page.goto(`${baseUrl}/satisfaction/?lang=${lang}`);
					const hint = page.getByTestId('scale-suggestion');
					await hint.waitFor({ timeout: 60_000 });
					const text = await hint.innerText();
					const why = lang === 'en' ? /from 1 to 10 and nobody answered 0/ : /没有人答 0 分/;
					assert(why.test(text), `${lang}: ${text}`);
					assert((await page.getByTestId('nps-score').count()) === 0, 'no NPS on 1–10');
					await hint.scrollIntoViewIfNeeded();
					await shot(page, `scale-rule-refused-${lang}`);
					// The mapping panel with the explanation, and the NPS card, close up.
					await hint.screenshot({ path: join(SHOTS, `scale-rule-hint-${lang}.png`) });
					const npsCard = page.locator('[data-shot="nps"]');
					if (await npsCard.count())
						await npsCard.screenshot({ path: join(SHOTS, `scale-rule-nps-card-${lang}.png`) });
				}
				await page.setViewportSize({ width: 390, height: 800 });
				await page.getByTestId('scale-suggestion').scrollIntoViewIfNeeded();
				await shot(page, 'scale-rule-refused-narrow-zh');
				await page
					.getByTestId('scale-suggestion')
					.screenshot({ path: join(SHOTS, 'scale-rule-hint-narrow-zh.png') });
				await page.setViewportSize({ width: 1280, height: 720 });
				await page.getByTestId('scale-suggestion').locator('button').click();
				await page.getByTestId('nps-score').waitFor({ timeout: 60_000 });
				const nps = await page.getByTestId('nps-score').innerText();
				assert(/\+12[.,]1/.test(nps), `NPS after declaring 0–10: ${nps}`);
				assert((await page.getByTestId('scale-suggestion').count()) === 0, 'suggestion gone');
				await shot(page, 'scale-rule-declared-zh');
				await page
					.locator('[data-shot="nps"]')
					.screenshot({ path: join(SHOTS, 'scale-rule-nps-declared-zh.png') });
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	}
];
