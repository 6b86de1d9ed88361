// A share link speaks the language of the interface it was made in, unless the user picks
// another one for it: a Chinese class gets a Chinese link without touching the setting.
import { assert, openBrowser, shot } from './harness.js';

const linkLang = async (page) =>
	new URL(await page.getByTestId('share-plain-link').inputValue()).searchParams.get('lang');

export const tests = [
	{
		name: 'the share link follows the interface language until one is picked',
		async run({ baseUrl }) {
			const b = await openBrowser(baseUrl);
			try {
				const { page } = b;
				await page.goto(`${baseUrl}/data/?lang=zh`);
				await page.getByTestId('share-plain-link').waitFor();
				await page.locator('main[lang="zh-CN"]').waitFor();
				assert((await linkLang(page)) === 'zh', `zh interface, link lang ${await linkLang(page)}`);
				await shot(page, 'share-link-lang-zh');
				await page.getByRole('button', { name: 'English' }).click();
				await page.locator('main[lang="en"]').waitFor();
				assert((await linkLang(page)) === 'en', `en interface, link lang ${await linkLang(page)}`);
				// A language picked for the link stays when the interface changes.
				await page.getByTestId('share-lang').selectOption('zh');
				await page.getByRole('button', { name: '简体中文' }).click();
				await page.locator('main[lang="zh-CN"]').waitFor();
				await page.getByRole('button', { name: 'English' }).click();
				await page.locator('main[lang="en"]').waitFor();
				assert((await linkLang(page)) === 'zh', `picked zh, link lang ${await linkLang(page)}`);
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	}
];
