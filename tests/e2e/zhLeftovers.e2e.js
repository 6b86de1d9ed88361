// No English left on a Chinese page: every route opened with the teaching sample (and its
// complaint log) in Chinese; the page's text, with data values removed (customer and order ids,
// dataset and file names, numbers), must hold no Latin word outside the allow list below.
// Money shows in 元 (the sample is in CNY): screenshots of each page at 1280 and 390 px.
import {
	assert,
	loadTeachingSample,
	openBrowser,
	settled as atRest,
	shot,
	VIEW_ROUTES,
	visit
} from './harness.js';

// The app's views (without /compare/, as this test has always walked them), a handout and the
// report.
const ROUTES = [
	...VIEW_ROUTES.filter((r) => r !== '/compare/'),
	'/learn/handout/?lesson=rfm',
	'/report/'
];

/**
 * Latin words a Chinese page may show, each for a reason: proper names and abbreviations the
 * Chinese textbooks and software also write in Latin letters, model notation, and the names of
 * the English-speaking sources the course cites.
 */
const ALLOWED = new Map([
	// Model and method names the Chinese literature writes as they are.
	['RFM', 'the RFM model (RFM 模型) keeps its letters in Chinese textbooks'],
	['R', 'R, F, M: the RFM dimensions'],
	['F', 'R, F, M: the RFM dimensions'],
	['M', 'R, F, M: the RFM dimensions'],
	['CLV', 'customer lifetime value, abbreviated as in the textbooks'],
	['NPS', 'Net Promoter Score, written NPS in Chinese practice'],
	['BG', 'BG/NBD: a model name'],
	['NBD', 'BG/NBD: a model name'],
	['Pareto', 'Pareto/NBD: a model name'],
	['Gamma', 'Gamma-Gamma: a model name'],
	['k', 'k-means: a method name; k clusters'],
	['means', 'k-means: a method name'],
	['AIC', 'an information criterion, written so everywhere'],
	['BIC', 'an information criterion, written so everywhere'],
	['ECSI', 'the European Customer Satisfaction Index, a named model'],
	['ACSI', 'the American Customer Satisfaction Index, a named model'],
	['IPA', 'importance–performance analysis, written IPA'],
	['KM', 'Kaplan–Meier (KM) curves'],
	['Kaplan', 'Kaplan–Meier: a method named after people'],
	['Meier', 'Kaplan–Meier: a method named after people'],
	['Cronbach', 'Cronbach’s α: named after a person'],
	['LICAL', 'the complaint-handling model the course names LICAL'],
	['CRM', 'customer relationship management, written CRM in the course'],
	// File formats and the app's own technical words.
	['CSV', 'a file format'],
	['PDF', 'a file format'],
	['SVG', 'a file format'],
	['PNG', 'a file format'],
	['JSON', 'a file format'],
	['UTF', 'UTF-8: an encoding name'],
	['GB', 'GB18030: an encoding name'],
	['Excel', 'a product name'],
	['WPS', 'a product name'],
	['App', 'the sample’s channel 手机App, written so in Chinese'],
	['CDNOW', 'a data set’s name'],
	['CNY', 'a currency code'],
	['USD', 'a currency code'],
	// Notation shown beside its Chinese explanation.
	['x', 'BG/NBD notation: repeat purchases'],
	['t', 'BG/NBD notation: t_x, the time of the last purchase'],
	['T', 'BG/NBD notation: time since the first purchase'],
	['p', 'a p-value'],
	['r', 'a correlation r, a model parameter'],
	['s', 'BG/NBD parameter s'],
	['a', 'BG/NBD parameter a'],
	['b', 'BG/NBD parameter b'],
	['d', 'the discount rate d in CLV = m·r / (1 + d − r)'],
	['m', 'the margin m in CLV = m·r / (1 + d − r)'],
	['n', 'a count n'],
	['Jones', 'Jones & Sasser: authors the course cites, written in Latin in the references'],
	['Sasser', 'Jones & Sasser: authors the course cites'],
	['Fader', 'Fader & Hardie: authors of the CLV models'],
	['Hardie', 'Fader & Hardie: authors of the CLV models'],
	['Lee', 'Fader, Hardie & Lee'],
	['Reichheld', 'the author of NPS'],
	['Zeithaml', 'Zeithaml, Rust & Lemon: authors of the customer pyramid the page cites'],
	['Rust', 'Zeithaml, Rust & Lemon'],
	['Lemon', 'Zeithaml, Rust & Lemon'],
	['Bruce', 'Bruce Hardie, who distributes the CDNOW data'],
	['Tenenhaus', 'the author of the ECSI data set’s source'],
	['seminr', 'an R package, named as it is'],
	['plspm', 'an R package, named as it is'],
	['rfm', 'the R package rfm, whose segments one preset follows'],
	['MBG', 'MBG/NBD: a model name'],
	['q', 'the Gamma-Gamma parameter q'],
	['MAE', 'mean absolute error, written MAE'],
	['RMSE', 'root mean squared error, written RMSE'],
	['Delta', 'the Delta method (Delta 方法), a method name'],
	['log', 'the logarithm in formulas and log axes'],
	// No 'rank': the log-rank test is written 对数秩检验, as in the Chinese statistics textbooks
	// (glossary.ts marks the Latin name as avoided).
	['BTYD', '“buy till you die” models, glossed 买到离开 beside it'],
	['ABC', 'ABC analysis, written so in Chinese'],
	['A', 'ABC classes; stores A and B in the accumulation lesson'],
	['B', 'ABC classes; stores A and B'],
	['C', 'ABC classes'],
	['I', 'the textbook’s exit patterns I–IV'],
	['II', 'exit pattern II'],
	['III', 'exit pattern III'],
	['IV', 'exit pattern IV'],
	['VIP', 'written VIP in Chinese retail'],
	['Shopify', 'a shop system’s name'],
	['WooCommerce', 'a shop system’s name'],
	['ERP', 'enterprise resource planning, written ERP in Chinese'],
	['CRLF', 'the line-ending name, written so in Chinese technical text'],
	['KB', 'a byte unit'],
	['MB', 'a byte unit'],
	['Letter', 'a paper size, named so in Chinese print dialogs (like A4)']
]);

/**
 * Whole phrases that stay English on purpose: the language switch names English in English
 * (a reader looking for it must recognise it), the handout's bilingual option names both
 * languages in both, and cited works keep their titles.
 */
const PHRASES = [
	'English and Chinese',
	'English',
	'PLS path modeling',
	'Computational Statistics & Data Analysis'
];

/** The page's text without data values: ids, numbers, dataset and file names. */
function leftovers(text, names) {
	let s = text;
	for (const n of [...names, ...PHRASES]) s = s.split(n).join(' ');
	s = s
		.replace(/\b[COS]\d{3,}\b/g, ' ') // customer (C00001), order (O000001) and survey ids
		.replace(/\b[\w.-]+\.(csv|txt|json|crmw|png|svg|pdf)\b/gi, ' ') // file names
		.replace(/(^|\s)\/[\w\-/?=#&.]*/g, ' ') // the app's own links printed on a handout
		.replace(/\d[\d,.]*/g, ' '); // numbers
	const words = s.match(/[A-Za-z][A-Za-z]*/g) ?? [];
	return [...new Set(words.filter((w) => !ALLOWED.has(w)))];
}

async function settled(page) {
	await page.locator('main').first().waitFor();
	await page.waitForFunction(
		() => {
			const t = document.body.innerText;
			return !t.includes('加载中…') && !t.includes('正在拟合模型') && !t.includes('正在计算');
		},
		null,
		{ timeout: 120_000 }
	);
	// And no analysis left running: the text read next is the page's last, not a passing one.
	await atRest(page);
}

export const tests = [
	{
		name: 'zh pages: no English left outside data and named abbreviations; money in 元',
		async run({ baseUrl }) {
			const b = await openBrowser(baseUrl, { locale: 'zh-CN' });
			const found = [];
			try {
				const { page } = b;
				await loadTeachingSample(page, baseUrl, { lang: 'zh' });
				// The walk moves inside the app (harness visit()): each analysis is computed once.
				await visit(page, '/churn/?lang=zh');
				// The complaint log is loaded from the churn page (samples.svelte.ts).
				// The teaching sample comes without it, so its button is there: waited for, not
				// read once (the page may still be drawing right after the visit).
				const complaints = page.getByTestId('load-complaints');
				await complaints.waitFor({ timeout: 90_000 });
				await complaints.click();
				await page.getByTestId('churn-pareto').waitFor({ timeout: 90_000 });
				const names = await page.evaluate(async () => {
					const r = indexedDB.open('crm-workbench');
					return new Promise((done) => {
						r.onsuccess = () => {
							const tx = r.result.transaction('datasets');
							const all = tx.objectStore('datasets').getAll();
							all.onsuccess = () =>
								done(all.result.flatMap((d) => [d.name, d.sourceName].filter(Boolean)));
						};
						r.onerror = () => done([]);
					});
				});
				// Money in 元: the sample is in CNY (docs/samples.md), so Chinese pages write 元. Checked
				// on these pages' own visit below.
				const MONEY = new Map([
					['/segments/', 'segments-table'],
					['/clv/', 'clv-export']
				]);
				for (const route of ROUTES) {
					const sep = route.includes('?') ? '&' : '?';
					await visit(page, `${route}${sep}lang=zh`);
					if (MONEY.has(route))
						await page.getByTestId(MONEY.get(route)).waitFor({ timeout: 120_000 });
					await settled(page);
					if (MONEY.has(route)) {
						const main = await page.locator('main').first().innerText();
						assert(/\d元/.test(main), `${route} shows money in 元`);
					}
					const text = await page.evaluate(() => document.body.innerText);
					const left = leftovers(text, names);
					// Each word with the line it stands in, so the message to fix is easy to find.
					for (const w of left) {
						const line = text.split('\n').find((l) => new RegExp(`\\b${w}\\b`).test(l)) ?? '';
						found.push(`${route} ${w}: ${line.trim().slice(0, 160)}`);
					}
					const stem = route.replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '') || 'home';
					await shot(page, `zh-leftovers-${stem}-1280`);
				}
				await page.setViewportSize({ width: 390, height: 720 });
				for (const route of ['/segments/', '/clv/', '/lifecycle/', '/churn/', '/data/']) {
					await visit(page, `${route}?lang=zh`);
					await settled(page);
					await shot(page, `zh-leftovers-${route.replace(/\//g, '')}-390`);
				}
				assert(found.length === 0, `English left on zh pages:\n${found.join('\n')}`);
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	}
];
