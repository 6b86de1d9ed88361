// The course's language end to end: in Chinese the Segments page opens on the eight-class RFM
// model (重要价值客户 …) with its cut stated and its table drawn; English keeps the R package's
// segments. Screenshots at 1280×720 and 390 px in both languages.
import { assert, openBrowser, shot } from './harness.js';

async function loadSample(page, baseUrl, lang) {
	await page.goto(`${baseUrl}/?lang=${lang}`);
	await page.getByTestId('load-sample').click();
	await page.locator('p.good[role="status"]').waitFor({ timeout: 90_000 });
}

async function segmentNames(page) {
	const table = page.getByTestId('segments-table');
	await table.locator('tbody tr').first().waitFor({ timeout: 60_000 });
	return table.locator('tbody tr td:first-child').allInnerTexts();
}

/** A guided lesson from its first to its last step, in one language at one width. */
async function lessonRun(baseUrl, lang, width, lesson) {
	const b = await openBrowser(baseUrl, {
		locale: lang === 'zh' ? 'zh-CN' : 'en-US',
		viewport: { width, height: 720 }
	});
	try {
		const { page } = b;
		await loadSample(page, baseUrl, lang);
		await page.goto(`${baseUrl}/learn/?lang=${lang}`);
		await page.getByTestId(`lesson-start-${lesson}`).click();
		const panel = page.getByTestId('lesson-panel');
		await panel.waitFor();
		let n = 1;
		for (;;) {
			const stepText = await page.getByTestId('lesson-step').innerText();
			assert(stepText.includes(String(n)), `step ${n}: ${stepText}`);
			// What to look at gets outlined once its view has drawn it.
			await page.locator('.lesson-highlight').first().waitFor({ timeout: 60_000 });
			const qs = await page.getByTestId('lesson-questions').locator('li').count();
			assert(qs >= 1 && qs <= 2, `one or two questions, got ${qs}`);
			await page.screenshot({
				path: `tests/.artifacts/screenshots/course-lesson-${lesson}-${lang}-${width}-${n}.png`
			});
			if ((await page.getByTestId('lesson-next').count()) === 0) break;
			await page.getByTestId('lesson-next').click();
			n++;
			await page.waitForFunction(
				(k) =>
					document.querySelector('[data-testid="lesson-step"]')?.textContent?.includes(String(k)),
				n
			);
		}
		assert(n >= 3, `${lesson} has ${n} steps`);
		if (lesson === 'rfm') {
			const names = await page.getByTestId('segments-table').innerText();
			assert(/重要价值客户/.test(names), 'the rfm lesson shows the eight classes');
		}
		await page.getByTestId('lesson-finish').click();
		await panel.waitFor({ state: 'detached' });
		if (width === 1280) {
			await page.goto(`${baseUrl}/learn/handout/?lesson=${lesson}&lang=${lang}`);
			await page.getByTestId('handout-both').check();
			// The other language's texts load when both are asked for: wait for them.
			await page
				.getByTestId('handout')
				.filter({ hasText: lang === 'zh' ? /customer/i : /客户/ })
				.waitFor({ timeout: 30_000 });
			const text = await page.getByTestId('handout').innerText();
			assert(/客户/.test(text) && /customer/i.test(text), 'handout in both languages');
			await shot(page, `course-handout-${lesson}-${lang}`);
		}
		assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
	} finally {
		await b.close();
	}
}

export const tests = [
	{
		name: 'course language: the eight-class RFM is the Chinese default, English keeps its own',
		async run({ baseUrl }) {
			for (const [lang, width] of [
				['zh', 1280],
				['zh', 390],
				['en', 1280],
				['en', 390]
			]) {
				const b = await openBrowser(baseUrl, {
					locale: lang === 'zh' ? 'zh-CN' : 'en-US',
					viewport: { width, height: 720 }
				});
				try {
					const { page } = b;
					await loadSample(page, baseUrl, lang);
					await page.goto(`${baseUrl}/segments/?lang=${lang}`);
					const names = (await segmentNames(page)).map((s) => s.trim());
					const preset = await page.getByTestId('segments-preset').inputValue();
					if (lang === 'zh') {
						assert(preset === 'cn8', `zh default preset: ${preset}`);
						for (const n of ['重要价值客户', '重要发展客户', '一般挽留客户'])
							assert(names.includes(n), `zh table has ${n}: ${names.join(', ')}`);
						const cut = await page.getByTestId('segments-centre').innerText();
						assert(/平均值/.test(cut) && /为高/.test(cut), `cut stated: ${cut}`);
					} else {
						assert(preset === 'rfmVignette', `en default preset: ${preset}`);
						assert(names.includes('Champions'), `en table: ${names.join(', ')}`);
					}
					await page.getByTestId('segments-table').scrollIntoViewIfNeeded();
					await page.screenshot({
						path: `tests/.artifacts/screenshots/course-segments-${lang}-${width}.png`
					});
					if (width === 1280) await shot(page, `course-segments-${lang}-full`);
					assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
				} finally {
					await b.close();
				}
			}
		}
	},
	// One test per lesson (each its own browser), so the two lanes can share them out.
	...[
		['zh', 1280, 'rfm'],
		['zh', 390, 'lifecycle'],
		['en', 1280, 'value'],
		['en', 390, 'satisfaction']
	].map(([lang, width, lesson]) => ({
		name: `course language: a guided lesson runs from its first to its last step (${lesson}, ${lang}, ${width} px)`,
		run: ({ baseUrl }) => lessonRun(baseUrl, lang, width, lesson)
	}))
];
