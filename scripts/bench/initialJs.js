// The JavaScript the home page loads before anything is clicked, gzipped here in Node (the
// static server sends it uncompressed): what a first visit costs on a slow connection.
import { gzipSync } from 'node:zlib';
import { openBrowser } from '../../tests/e2e/harness.js';

export async function initialJs(baseUrl) {
	const b = await openBrowser(baseUrl);
	try {
		const { page } = b;
		const bodies = [];
		page.on('response', (r) => {
			const u = new URL(r.url());
			if (u.pathname.endsWith('.js') || r.request().resourceType() === 'script') bodies.push(r);
		});
		await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
		let raw = 0;
		let gzip = 0;
		const files = [];
		for (const r of bodies) {
			const body = await r.body();
			const gz = gzipSync(body).length;
			raw += body.length;
			gzip += gz;
			files.push({ url: new URL(r.url()).pathname, raw: body.length, gzip: gz });
		}
		return { raw, gzip, files: files.sort((a, b) => b.gzip - a.gzip) };
	} finally {
		await b.close();
	}
}
