// Teach and share, end to end in real Chromium: a Chinese deep link onto the lifecycle view,
// the workspace file (export → fresh profile → import → identical columns; damaged, foreign
// and newer files refused), a share link with data (served under a sub-path, the fragment
// never reaching the server), offline after the first visit (the service worker precaches
// the app shell; a sample is cached once used) and updates on reload, and the print/report
// view with presentation mode.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { crc32, gunzipSync, gzipSync } from 'node:zlib';
import { assert, openBrowser, poll, settled, shot, SHOTS, visit } from './harness.js';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8'
};

/**
 * build/ mounted at /sub/, like GitHub Pages serves a project site: unknown paths get
 * 404.html with status 404. `log` keeps every request line; `edit(path, body)` may rewrite a
 * response (to play a new deployment); `kill()` drops the server and its open connections.
 */
async function serveSub(prefix = '/sub') {
	const root = resolve('build');
	const log = [];
	const sockets = new Set();
	const state = { edit: null };
	const server = createServer(async (req, res) => {
		log.push(req.url);
		const url = new URL(req.url, 'http://x');
		if (url.pathname === prefix) {
			res.writeHead(301, { location: `${prefix}/${url.search}` }).end();
			return;
		}
		if (!url.pathname.startsWith(`${prefix}/`)) {
			res.writeHead(404).end('outside the mount');
			return;
		}
		let path = normalize(join(root, decodeURIComponent(url.pathname.slice(prefix.length))));
		if (!path.startsWith(root)) return res.writeHead(403).end();
		let info = await stat(path).catch(() => null);
		if (info?.isDirectory()) {
			path = join(path, 'index.html');
			info = await stat(path).catch(() => null);
		}
		if (!info) {
			res.writeHead(404, { 'content-type': TYPES['.html'] });
			res.end(await readFile(join(root, '404.html')));
			return;
		}
		let body = await readFile(path);
		if (state.edit) body = state.edit(path, body);
		res.writeHead(200, {
			'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
			'cache-control': 'no-cache'
		});
		res.end(body);
	});
	server.on('connection', (s) => {
		sockets.add(s);
		s.on('close', () => sockets.delete(s));
	});
	await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
	return {
		url: `http://127.0.0.1:${server.address().port}${prefix}/`,
		log,
		state,
		kill: () =>
			new Promise((ok) => {
				for (const s of sockets) s.destroy();
				server.close(() => ok());
			})
	};
}

/** Every dataset in IndexedDB: record facts and an FNV-1a hash of each column's bytes and labels. */
function digest(page) {
	return page.evaluate(async () => {
		const db = await new Promise((ok, fail) => {
			const r = indexedDB.open('crm-workbench');
			r.onsuccess = () => ok(r.result);
			r.onerror = () => fail(r.error);
		});
		const all = (store) =>
			new Promise((ok, fail) => {
				const r = db.transaction(store, 'readonly').objectStore(store).getAll();
				r.onsuccess = () => ok(r.result);
				r.onerror = () => fail(r.error);
			});
		const [datasets, chunks, dicts] = [
			await all('datasets'),
			await all('chunks'),
			await all('dicts')
		];
		db.close();
		const out = {};
		for (const d of datasets) {
			const cols = {};
			const mine = chunks.filter((c) => c.datasetId === d.id).sort((a, b) => a.index - b.index);
			for (const f of d.fields) {
				let h = 2166136261;
				for (const c of mine) {
					const a = c.columns[f.key];
					const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
					for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 16777619) >>> 0;
				}
				const dict = dicts.find((x) => x.datasetId === d.id && x.key === f.key);
				if (dict)
					for (let i = 0; i < dict.labels.length; i++)
						h = Math.imul(h ^ dict.labels.charCodeAt(i), 16777619) >>> 0;
				cols[f.key] = h;
			}
			out[d.id] = { name: d.name, kind: d.kind, rows: d.rows, stats: d.stats, cols };
		}
		return out;
	});
}

/** One workspace setting as IndexedDB holds it, read without the app (undefined when absent). */
function storedSetting(page, key) {
	return page.evaluate(async (key) => {
		const db = await new Promise((ok, fail) => {
			const r = indexedDB.open('crm-workbench');
			r.onsuccess = () => ok(r.result);
			r.onerror = () => fail(r.error);
		});
		const row = await new Promise((ok, fail) => {
			const r = db.transaction('settings', 'readonly').objectStore('settings').get(key);
			r.onsuccess = () => ok(r.result);
			r.onerror = () => fail(r.error);
		});
		db.close();
		return row?.value;
	}, key);
}

/** The paths in the app's cache (every version's), sorted. */
function cachedPaths(page) {
	return page.evaluate(async () => {
		const out = [];
		for (const key of await caches.keys())
			for (const r of await (await caches.open(key)).keys()) out.push(new URL(r.url).pathname);
		return out.sort();
	});
}

/** Waits until a service worker controls the page (first visit: after install and claim). */
function swControls(page) {
	return page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok));
		return (await caches.keys()).join(',');
	});
}

async function datasetRows(page) {
	await page.locator('table[aria-label="Datasets"], table[aria-label="数据集"]').waitFor();
	return page.locator('table.data tbody tr td:nth-child(4)').allInnerTexts();
}

/** A .crmwb file with its header edited (checksum recomputed), as another program might write. */
function rewriteHeader(file, edit) {
	const raw = gunzipSync(readFileSync(file));
	const length = raw.readUInt32LE(8);
	const header = JSON.parse(raw.subarray(16, 16 + length).toString('utf8'));
	const next = Buffer.from(JSON.stringify(edit(header)));
	const pre = Buffer.from(raw.subarray(0, 16));
	pre.writeUInt32LE(next.length, 8);
	pre.writeUInt32LE(crc32(next), 12);
	return gzipSync(Buffer.concat([pre, next, raw.subarray(16 + length)]));
}

async function loadFromGallery(page, id) {
	await page.getByTestId(`sample-load-${id}`).click();
	await page
		.getByTestId(`sample-card-${id}`)
		.locator('[role="status"]')
		.waitFor({ timeout: 90_000 });
}

export const tests = [
	{
		name: 'a Chinese deep link opens the lifecycle view on the teaching sample',
		async run({ baseUrl }) {
			const b = await openBrowser(baseUrl);
			try {
				const { page } = b;
				await page.goto(`${baseUrl}/?sample=retail&lang=zh&view=lifecycle`);
				// The sample imports first (three files), then the layout moves to the view.
				try {
					await page.locator('nav a[aria-current="page"]').waitFor({ timeout: 180_000 });
				} catch (e) {
					await shot(page, 'share-deeplink-failed');
					throw e;
				}
				assert(/\/lifecycle\/$/.test(page.url()), `the lifecycle view: ${page.url()}`);
				assert(
					(await page.locator('html').getAttribute('lang')) === 'zh-CN',
					'the page is in Chinese'
				);
				const current = await page.locator('nav a[aria-current="page"]').innerText();
				assert(current === '生命周期', `current nav item: ${current}`);
				const d = Object.values(await digest(page));
				assert(
					d.length === 3 &&
						d
							.map((x) => x.rows)
							.sort((a, b) => a - b)
							.join() === '1500,5000,57663',
					`retail sample stored: ${JSON.stringify(d.map((x) => x.rows))}`
				);
				await settled(page);
				await shot(page, 'share-deeplink-lifecycle-zh');
				// The gallery offers the same link for copying.
				await page.goto(`${baseUrl}/`);
				const card = page.getByTestId('sample-card-retail');
				await card.locator('summary').click();
				await card.locator('select').first().selectOption('lifecycle');
				await card.locator('select').nth(1).selectOption('zh');
				const link = await page.getByTestId('sample-link-retail').inputValue();
				assert(
					link === `${baseUrl}/?sample=retail&lang=zh&view=lifecycle`,
					`gallery link: ${link}`
				);
				await shot(page, 'share-gallery-zh');
				assert(b.foreign.length === 0, `requests left the origin: ${b.foreign.join(', ')}`);
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	},
	{
		name: 'workspace file: export, fresh profile, import → identical data; bad files refused',
		async run({ baseUrl }) {
			const dir = mkdtempSync(join(tmpdir(), 'crm-wb-'));
			const file = join(dir, 'workspace.crmwb');
			let before;
			let rowsBefore;
			const a = await openBrowser(baseUrl);
			try {
				const { page } = a;
				await page.goto(`${baseUrl}/?lang=en`);
				await shot(page, 'share-home-en');
				await page.getByTestId('load-sample').click();
				await page.locator('p.good[role="status"]').waitFor({ timeout: 90_000 });
				await loadFromGallery(page, 'ecsi');
				await page.goto(`${baseUrl}/data/`);
				rowsBefore = await datasetRows(page);
				before = await digest(page);
				assert(Object.keys(before).length === 4, 'retail (3) and ECSI (1) stored');
				const [download] = await Promise.all([
					page.waitForEvent('download'),
					page.getByTestId('workspace-export').click()
				]);
				await download.saveAs(file);
				assert(/\.crmwb$/.test(download.suggestedFilename()), download.suggestedFilename());
				await page.locator('p.good', { hasText: 'Saved' }).waitFor();
				// The retail transactions are too big for a comfortable link: a warning, still a link.
				await page.getByTestId('share-with-data').check();
				await page.getByTestId('share-make-link').click();
				await page.getByTestId('share-large').waitFor({ timeout: 30_000 });
				await page.locator('.workspace-panel').scrollIntoViewIfNeeded();
				await shot(page, 'share-panel-en');
				assert(a.errors.length === 0, `page errors: ${a.errors.join(' | ')}`);
			} finally {
				await a.close();
			}
			const bytes = readFileSync(file);
			assert(bytes[0] === 0x1f && bytes[1] === 0x8b, 'the file is gzip');
			const corrupt = join(dir, 'corrupt.crmwb');
			const flipped = Buffer.from(bytes);
			flipped[flipped.length >> 1] ^= 0x20;
			writeFileSync(corrupt, flipped);
			const newer = join(dir, 'newer.crmwb');
			writeFileSync(
				newer,
				rewriteHeader(file, (h) => ({ ...h, version: h.version + 1 }))
			);
			const csv = join(dir, 'orders.crmwb');
			writeFileSync(csv, 'customer_id,date,amount\nA,2024-01-01,5\n');

			const b = await openBrowser(baseUrl);
			try {
				const { page } = b;
				await page.goto(`${baseUrl}/data/?lang=en`);
				await page.locator('h1').waitFor();
				const input = page.getByTestId('workspace-file-input');
				const refused = async (path, code) => {
					await input.setInputFiles(path);
					const p = page.locator(`[data-testid="share-problem"][data-code="${code}"]`);
					await p.waitFor({ timeout: 30_000 });
					return p.innerText();
				};
				const corruptText = await refused(corrupt, 'corrupt_file');
				assert(/damaged/.test(corruptText), corruptText);
				await shot(page, 'share-file-corrupt-en');
				const newerText = await refused(newer, 'newer_version');
				// The file claims the version after this build's (format 2 since the compact columns).
				assert(/newer version/.test(newerText) && /format 3/.test(newerText), newerText);
				await refused(csv, 'not_workspace_file');
				await page.getByRole('button', { name: '简体中文' }).click();
				// The language's texts load on first use: wait for the switch.
				await page.locator('main[lang="zh-CN"]').waitFor({ state: 'attached' });
				const zh = await refused(corrupt, 'corrupt_file');
				assert(/文件已损坏/.test(zh), `Chinese message: ${zh}`);
				await shot(page, 'share-file-corrupt-zh');
				assert((await page.locator('table.data tbody tr').count()) === 0, 'nothing imported');
				await page.getByRole('button', { name: 'English' }).click();
				// The language's texts load on first use: wait for the switch.
				await page.locator('main[lang="en"]').waitFor({ state: 'attached' });

				await input.setInputFiles(file);
				const dialog = page.getByTestId('restore-dialog');
				const listed = page.getByTestId('restore-datasets').locator('li');
				await listed.first().waitFor();
				// The datasets' own list (the dialog also lists the file's remembered mappings).
				assert((await listed.count()) === 4, 'the dialog lists four datasets');
				await shot(page, 'share-restore-dialog-en');
				await page.getByTestId('restore-confirm').click();
				await page.getByTestId('workspace-restored').waitFor({ timeout: 60_000 });
				const rowsAfter = await datasetRows(page);
				const after = await digest(page);
				assert(
					JSON.stringify(after) === JSON.stringify(before),
					`restored data differ:\n${JSON.stringify(after).slice(0, 600)}\nvs\n${JSON.stringify(before).slice(0, 600)}`
				);
				assert(JSON.stringify(rowsAfter) === JSON.stringify(rowsBefore), `rows ${rowsAfter}`);
				// The engine reads the restored columns: the table view pages through them.
				await page.locator('td.actions button').first().click();
				await page.locator('text=/Rows 1–50 of/').waitFor({ timeout: 30_000 });
				await shot(page, 'share-restored-en');
				// Restoring again over a full workspace asks first; cancelling keeps everything.
				await input.setInputFiles(file);
				await dialog.locator('.warn').waitFor();
				await page.getByTestId('restore-cancel').click();
				assert(JSON.stringify(await digest(page)) === JSON.stringify(before), 'cancel kept all');
				assert(b.foreign.length === 0, `requests left the origin: ${b.foreign.join(', ')}`);
			} finally {
				await b.close();
			}
		}
	},
	{
		name: 'a share link with data round-trips under a sub-path; the data never reach the server',
		async run() {
			const site = await serveSub();
			try {
				let link;
				let before;
				const a = await openBrowser(site.url);
				try {
					const { page } = a;
					await page.goto(`${site.url}?lang=en`);
					await loadFromGallery(page, 'cdnow');
					await page.goto(`${site.url}data/`);
					before = await digest(page);
					await page.getByTestId('share-with-data').check();
					await page.locator('.workspace-panel select').first().selectOption('clv');
					await page.getByTestId('share-make-link').click();
					link = await page.getByTestId('share-data-link').inputValue();
					assert(
						(await page.getByTestId('share-large').count()) === 0,
						'CDNOW is small: no warning'
					);
					assert(a.errors.length === 0, `page errors: ${a.errors.join(' | ')}`);
				} finally {
					await a.close();
				}
				const url = new URL(link);
				assert(url.pathname === '/sub/' && url.search === '?lang=en&view=clv', link);
				assert(url.hash.startsWith('#data=H4sI'), 'gzip data in the fragment');
				assert(link.length < 200_000, `link length ${link.length}`);

				const b = await openBrowser(site.url);
				try {
					const { page } = b;
					const seen = site.log.length;
					await page.goto(link);
					const dialog = page.getByTestId('restore-dialog');
					await dialog.locator('li').first().waitFor({ timeout: 30_000 });
					assert(/CDNOW/.test(await dialog.innerText()), 'the dialog names the dataset');
					await shot(page, 'share-link-dialog-en');
					await page.getByTestId('restore-confirm').click();
					await page.getByTestId('link-restored').waitFor({ timeout: 30_000 });
					assert(JSON.stringify(await digest(page)) === JSON.stringify(before), 'same data');
					assert(/\/sub\/clv\/$/.test(page.url()), `the clv view opened: ${page.url()}`);
					await page.waitForFunction(() => !location.hash.includes('data='));
					await shot(page, 'share-link-restored-en');
					const sent = site.log.slice(seen);
					assert(
						sent.every((r) => !r.includes('data=') && !r.includes('H4sI')),
						'no request carried the data'
					);
					const missing = site.log.filter((r) => !r.startsWith('/sub'));
					assert(missing.length === 0, `requests outside the sub-path: ${missing.join(', ')}`);
					// A link cut short by a chat app: a clear message, nothing replaced.
					await page.goto(link.slice(0, link.length - 40));
					const problem = page.locator('[data-testid="share-problem"][data-code="link_damaged"]');
					await problem.waitFor({ timeout: 30_000 });
					await shot(page, 'share-link-damaged-en');
					assert(JSON.stringify(await digest(page)) === JSON.stringify(before), 'data kept');
					assert(b.foreign.length === 0, `requests left the origin: ${b.foreign.join(', ')}`);
				} finally {
					await b.close();
				}
			} finally {
				await site.kill();
			}
		}
	},
	{
		name: 'after the first visit the app reloads offline; a new deployment waits for "reload to update"',
		async run() {
			const site = await serveSub();
			const b = await openBrowser(site.url);
			try {
				const { page, context } = b;
				const failed = [];
				page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
				await page.goto(`${site.url}?lang=en`);
				const caches = await swControls(page);
				assert(/^crm-workbench-\d+$/.test(caches), `one versioned cache: ${caches}`);
				// The first visit precaches the app shell only: pages, scripts, icons, no sample.
				const shell = await cachedPaths(page);
				assert(!shell.some((p) => p.includes('/samples/')), `samples precached: ${shell}`);
				for (const p of [
					'/sub/',
					'/sub/data/',
					'/sub/manifest.webmanifest',
					'/sub/icons/icon-192.png'
				])
					assert(shell.includes(p), `${p} not precached`);
				await loadFromGallery(page, 'ecsi');
				// A sample is kept once it has been used (and only that one).
				const used = (await cachedPaths(page)).filter((p) => p.includes('/samples/'));
				assert(
					JSON.stringify(used) === JSON.stringify(['/sub/samples/ecsi/mobi.csv']),
					`samples cached after use: ${used}`
				);
				await page.goto(`${site.url}data/`);
				assert(failed.length === 0, `failed requests under /sub/: ${failed.join(', ')}`);
				const rows = await datasetRows(page);

				// Offline: the server is gone and the browser is offline.
				await site.kill();
				await context.setOffline(true);
				await page.reload();
				assert(
					JSON.stringify(await datasetRows(page)) === JSON.stringify(rows),
					'datasets listed offline'
				);
				await page.locator('td.actions button').first().click();
				await page.locator('text=/Rows 1–50 of 250/').waitFor({ timeout: 30_000 });
				await shot(page, 'share-offline-data-en');
				for (const path of ['', 'report/', 'learn/', 'satisfaction/']) {
					await page.goto(`${site.url}${path}?lang=zh`);
					await page.locator('main h1, main h2').first().waitFor({ timeout: 15_000 });
				}
				// The engine worker runs offline too: the satisfaction charts of the ECSI survey.
				await page.locator('main figure.chart svg').first().waitFor({ timeout: 60_000 });
				await shot(page, 'share-offline-satisfaction-zh');
				// The sample used online is served offline from the cache; one never used is not
				// (the app shell alone was precached) and the gallery says why.
				await page.goto(`${site.url}?lang=en`);
				const sizes = await page.evaluate(async () => {
					const size = (p) =>
						fetch(p).then(
							(r) => (r.ok ? r.blob().then((b) => b.size) : r.status),
							() => 'failed'
						);
					return [
						await size('samples/ecsi/mobi.csv'),
						await size('samples/cdnow/CDNOW_sample.txt')
					];
				});
				const mobi = statSync('build/samples/ecsi/mobi.csv').size;
				assert(sizes[0] === mobi && sizes[1] === 'failed', `offline sample fetches: ${sizes}`);
				await page.getByTestId('sample-load-cdnow').click();
				await page
					.locator('section.gallery [role="alert"]', {
						hasText: 'has not been used on this device'
					})
					.waitFor({ timeout: 30_000 });
				await shot(page, 'share-offline-home-en');
				await context.setOffline(false);
			} finally {
				await b.close();
			}

			// A new deployment: another version in the worker, a marker in the pages.
			const site2 = await serveSub();
			const c = await openBrowser(site2.url);
			try {
				const { page } = c;
				await page.goto(site2.url);
				const v1 = await swControls(page);
				// The version is in the worker and in one of the app's chunks: both change, as in a
				// real deployment.
				site2.state.edit = (path, body) => {
					if (path.endsWith('.js'))
						return Buffer.from(body.toString().replace(/`\d{10,}`|"\d{10,}"/g, '"e2e-v2"'));
					if (path.endsWith('.html'))
						return Buffer.from(
							body.toString().replace('<head>', '<head><meta name="x-build" content="v2">')
						);
					return body;
				};
				await page.reload();
				const marker = await page.locator('meta[name="x-build"]').getAttribute('content');
				assert(marker === 'v2', 'the reload shows the new pages');
				// The new worker installs and waits; this tab still runs the old build, so its
				// cache stays, and the page offers to update (issue 19: no skipWaiting on install).
				await page.getByTestId('update-banner').waitFor({ timeout: 30_000 });
				const both = await page.evaluate(async () => (await caches.keys()).sort().join());
				assert(both === [v1, 'crm-workbench-e2e-v2'].sort().join(), `both caches: ${both}`);
				await shot(page, 'share-update-banner-en');
				await page.getByTestId('update-reload').click();
				await page.waitForFunction(
					async () => (await caches.keys()).join() === 'crm-workbench-e2e-v2',
					null,
					{ timeout: 30_000 }
				);
				assert(v1 !== 'crm-workbench-e2e-v2', 'the version changed');
			} finally {
				await c.close();
				await site2.kill();
			}
		}
	},
	{
		name: 'the report view prints cleanly (A4, Letter) and presentation mode hides the navigation',
		async run({ baseUrl }) {
			const b = await openBrowser(baseUrl);
			try {
				const { page } = b;
				await page.goto(`${baseUrl}/?lang=en`);
				await loadFromGallery(page, 'cdnow');
				await loadFromGallery(page, 'ecsi');
				// Inside the app (harness visit()): no reload between the gallery and the report.
				await visit(page, '/report/');
				await page.getByTestId('report-quality').nth(1).waitFor();
				await page.locator('input[placeholder="Customer analysis report"]').fill('Week 3: CDNOW');
				await page
					.getByTestId('report-note-quality')
					.fill('CDNOW has no rejected rows; the survey has no dates.');
				const sheet = page.getByTestId('report-sheet');
				await sheet.locator('text=CDNOW has no rejected rows').waitFor();
				// A whole analysis view as a section: the ECSI survey's satisfaction charts. A new
				// report ticks every analysis the data allows; this one keeps to the survey.
				for (const id of ['segments', 'clv', 'lifecycle'])
					await page.getByTestId(`report-include-${id}`).uncheck();
				await page.getByTestId('report-include-satisfaction').check();
				await sheet.locator('figure.chart svg').first().waitFor({ timeout: 60_000 });
				await settled(page);
				await shot(page, 'share-report-en');
				await page.emulateMedia({ media: 'print' });
				assert(!(await page.locator('header.no-print').isVisible()), 'no header in print');
				assert(!(await page.locator('.builder').isVisible()), 'no controls in print');
				await shot(page, 'share-report-print-en');
				mkdirSync(SHOTS, { recursive: true });
				for (const format of ['A4', 'Letter']) {
					const pdf = await page.pdf({ format, path: join(SHOTS, `share-report-${format}.pdf`) });
					const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
					assert(pdf.length > 10_000 && pages >= 2 && pages <= 12, `${format}: ${pages} pages`);
				}
				await page.emulateMedia({ media: 'screen' });
				// Settings are kept with the workspace: written a moment after the last edit, so
				// reload once IndexedDB holds the report as it was last edited.
				await poll(
					() => storedSetting(page, 'report.config'),
					(c) =>
						c?.title === 'Week 3: CDNOW' &&
						c.sections.some(
							(x) => x.note === 'CDNOW has no rejected rows; the survey has no dates.'
						) &&
						c.sections.every((x) =>
							['segments', 'clv', 'lifecycle'].includes(x.id)
								? !x.include
								: x.id !== 'satisfaction' || x.include
						),
					'the report settings saved'
				);
				await page.reload();
				await page.locator('text=CDNOW has no rejected rows').first().waitFor();
				await page.getByRole('button', { name: '简体中文' }).click();
				// The language's texts load on first use: wait for the switch.
				await page.locator('main[lang="zh-CN"]').waitFor({ state: 'attached' });
				await sheet.locator('h2', { hasText: '数据质量' }).waitFor();
				await shot(page, 'share-report-zh');

				await page.getByTestId('present-toggle').click();
				assert(!(await page.locator('header nav').isVisible()), 'nav hidden when presenting');
				const size = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
				assert(size === '21px', `large type: ${size}`);
				await shot(page, 'share-present-zh');
				await page.keyboard.press('Escape');
				await page.locator('header nav').waitFor();
				assert(b.foreign.length === 0, `requests left the origin: ${b.foreign.join(', ')}`);
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
				// A picture of the A4 PDF for a person to look at (Chromium's PDF viewer, if any).
				const pdfPage = await b.context.newPage();
				try {
					await pdfPage.goto(`file://${resolve(SHOTS, 'share-report-A4.pdf')}`);
					// Chromium's viewer runs in its extension's frame; its toolbar's load progress
					// reaches 100 once the document is read.
					const viewer = await poll(
						() => pdfPage.frames().find((f) => f.url().startsWith('chrome-extension://')),
						Boolean,
						'the PDF viewer',
						{ timeout: 30_000 }
					);
					await viewer.waitForFunction(
						() =>
							document.querySelector('pdf-viewer')?.shadowRoot?.querySelector('viewer-toolbar')
								?.loadProgress === 100,
						null,
						{ timeout: 30_000 }
					);
					await pdfPage.screenshot({ path: join(SHOTS, 'share-report-A4-pdf.png') });
				} catch {
					// No PDF viewer in this Chromium: the PDF files are still saved beside the shots.
				}
			} finally {
				await b.close();
			}
		}
	}
];
