// The app is installable: every page links a manifest that the browser can read, naming icons
// the site serves, and carries a description for search and link previews.
import { assert, openBrowser } from './harness.js';

export const tests = [
	{
		name: 'every page links a readable web app manifest with served icons and a description',
		async run({ baseUrl }) {
			const b = await openBrowser(baseUrl);
			try {
				const { page } = b;
				for (const path of ['', 'segments/', 'report/']) {
					await page.goto(`${baseUrl}/${path}`);
					const href = await page.locator('link[rel="manifest"]').getAttribute('href');
					const description = await page
						.locator('meta[name="description"]')
						.getAttribute('content');
					assert(/browser/.test(description ?? ''), `${path}: description ${description}`);
					const found = await page.evaluate(async (h) => {
						const url = new URL(h, location.href);
						const manifest = await (await fetch(url)).json();
						const icons = [];
						for (const icon of manifest.icons) {
							const r = await fetch(new URL(icon.src, url));
							icons.push({ src: icon.src, ok: r.ok, type: r.headers.get('content-type') });
						}
						return { name: manifest.name, display: manifest.display, icons };
					}, href);
					assert(
						found.name === 'CRM Workbench' && found.display === 'standalone',
						JSON.stringify(found)
					);
					assert(
						found.icons.length >= 3 && found.icons.every((i) => i.ok),
						JSON.stringify(found.icons)
					);
					assert(
						found.icons.some((i) => /png/.test(i.type ?? '')),
						`png icons served: ${JSON.stringify(found.icons)}`
					);
				}
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	}
];
