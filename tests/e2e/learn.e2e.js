// The Learn page in both languages: concept cards expand, sliders move, a "?" opens the concept
// dialog, the accumulation table reproduces the textbook (50/150, B/A = 3.00), and the Chinese
// page has no English left in its prose.
import { assert, openBrowser, shot } from './harness.js';

async function checkPage(b, baseUrl, lang) {
	const { page } = b;
	await page.goto(`${baseUrl}/learn/?lang=${lang}`);
	await page.locator('details.concept').first().waitFor();
	const cards = await page.locator('details.concept').count();
	assert(cards === 44, `44 concept cards, got ${cards}`);

	// The textbook accumulation table: period 50 reads 50 / 150 with B/A 3.00.
	const table = page.getByTestId('acc-table');
	const last = (await table.locator('tbody tr').last().innerText()).split(/\s+/);
	assert(
		last[0] === '50' && last[1] === '50' && last[2] === '150' && last[4] === '3.00',
		`period-50 row: ${last.join(' ')}`
	);
	const first = (await table.locator('tbody tr').first().innerText()).split(/\s+/);
	assert(
		first[1] === '100' && first[2] === '100' && first[4] === '1.00',
		`period-0 row: ${first.join(' ')}`
	);
	await shot(page, `learn-${lang}`);

	// Expand a card: its four sections and the link to the view that computes it.
	const rfm = page.locator('#concept-rfm');
	await rfm.locator('summary').click();
	assert(await rfm.evaluate((d) => d.open), 'RFM card opens');
	const rfmText = await rfm.innerText();
	assert(rfmText.split('\n').length >= 9, `RFM card sections: ${rfmText}`);
	assert((await rfm.locator('a[href$="/segments/"]').count()) === 1, 'RFM links to /segments/');
	await rfm.scrollIntoViewIfNeeded();
	await page.screenshot({ path: `tests/.artifacts/screenshots/learn-card-${lang}.png` });

	// Move a slider with the keyboard: 1 → 3 customers a period moves period 10 to 70/130.
	const moves = page.getByTestId('acc-moves');
	await moves.focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	assert((await moves.inputValue()) === '3', `slider at 3, got ${await moves.inputValue()}`);
	const row10 = (await table.locator('tbody tr').nth(10).innerText()).split(/\s+/);
	assert(row10[1] === '70' && row10[2] === '130', `period 10 after the slider: ${row10.join(' ')}`);
	await page
		.locator('#sim-accumulation')
		.screenshot({ path: `tests/.artifacts/screenshots/learn-accumulation-${lang}.png` });

	// The CLV calculator shows the ~4x ratio undiscounted.
	const ratio = await page.getByTestId('clv-ratio').innerText();
	assert(/4\.11/.test(ratio), `CLV ratio: ${ratio}`);

	// BG/NBD paradox table: P(alive) falls as x rises.
	const pAlive = await page
		.getByTestId('bg-paradox')
		.locator('tbody tr td:nth-child(4)')
		.allInnerTexts();
	const nums = pAlive.map((s) => Number(s.replace(/,/g, '')));
	assert(
		nums.length === 4 && nums.every((v, i) => i === 0 || v < nums[i - 1]),
		`P(alive) column ${pAlive}`
	);

	for (const id of ['clv', 'trap', 'exit', 'bgnbd', 'delivered'])
		await page
			.locator(`#sim-${id}`)
			.screenshot({ path: `tests/.artifacts/screenshots/learn-sim-${id}-${lang}.png` });

	// A "?" opens the concept dialog.
	await page.locator('#sim-trap button.help').click();
	const dialog = page.locator('dialog[open]');
	await dialog.waitFor();
	const title = await dialog.locator('h2').innerText();
	assert(title === (lang === 'zh' ? '客户满意陷阱' : 'Satisfaction trap'), `dialog title ${title}`);
	await page.screenshot({ path: `tests/.artifacts/screenshots/learn-dialog-${lang}.png` });
	if (lang === 'en') {
		// The dialog links to the full card on this page: the dialog closes and the card opens.
		await dialog.locator('a', { hasText: 'This card among all concept cards' }).click();
		await page.locator('#concept-satisfactionTrap[open]').waitFor();
		assert(
			(await page.locator('dialog[open]').count()) === 0,
			'dialog closed after following its link'
		);
	} else {
		await dialog.locator('button', { hasText: '关闭' }).click();
	}

	if (lang === 'zh') {
		const body = await page.locator('main').innerText();
		const english = body
			.replace(
				/CRM|RFM|NPS|CLV|BG\/NBD|Pareto\/NBD|Gamma-Gamma|CDNOW|ECSI|Kaplan–Meier|Cronbach|SVG|PNG|CSV|P\(alive\)|buy till you die/g,
				''
			)
			.replace(
				/Recency|Frequency|Monetary|Fader|Hardie|Lee|Zeithaml|Rust|Lemon|Jones|Sasser|Martilla|James|Johnson|Schmittlein|Morrison|Colombo/g,
				''
			)
			.match(/\b[A-Za-z]{4,}\b/g);
		assert(
			!english,
			`English words on the Chinese Learn page: ${english?.slice(0, 15).join(', ')}`
		);
	}
}

export const tests = [
	{
		name: 'Learn page in English and Chinese: cards, sliders, dialog, textbook table',
		async run({ baseUrl }) {
			const b = await openBrowser(baseUrl);
			try {
				await checkPage(b, baseUrl, 'en');
				await checkPage(b, baseUrl, 'zh');
				assert(b.foreign.length === 0, `requests left the origin: ${b.foreign.join(', ')}`);
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	},
	{
		name: 'Learn page on a phone: a deep link opens its card',
		async run({ baseUrl }) {
			const b = await openBrowser(baseUrl, { viewport: { width: 390, height: 844 } });
			try {
				const { page } = b;
				await page.goto(`${baseUrl}/learn/?lang=zh#concept-exitPatterns`);
				await page.locator('#concept-exitPatterns[open]').waitFor();
				await page.screenshot({ path: 'tests/.artifacts/screenshots/learn-phone-zh.png' });
				await page.locator('#sim-exit').scrollIntoViewIfNeeded();
				await page
					.locator('#sim-exit')
					.screenshot({ path: 'tests/.artifacts/screenshots/learn-phone-exit-zh.png' });
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	}
];
