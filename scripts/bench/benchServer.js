// The DuckDB page's own little server: the page, its script, and the node_modules files it
// needs (DuckDB-WASM's dist, Apache Arrow, flatbuffers, tslib) — nothing from a CDN.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.wasm': 'application/wasm'
};
const ALLOWED = [
	'node_modules/@duckdb/duckdb-wasm/dist/',
	'node_modules/apache-arrow/',
	'node_modules/flatbuffers/mjs/',
	'node_modules/tslib/tslib.es6.mjs'
];
const HERE = 'scripts/bench';

export function serveDuckdb(port = 0) {
	const root = resolve('.');
	const server = createServer(async (req, res) => {
		try {
			const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1);
			let file = null;
			if (path === '' || path === 'index.html') file = join(HERE, 'duckdb.html');
			else if (path === 'duckdbPage.js') file = join(HERE, 'duckdbPage.js');
			else if (ALLOWED.some((a) => path.startsWith(a)) && !normalize(path).includes('..'))
				file = path;
			if (!file) {
				res.writeHead(404).end();
				return;
			}
			const body = await readFile(join(root, file));
			res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
			res.end(body);
		} catch {
			res.writeHead(404).end();
		}
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () =>
			ok({ server, baseUrl: `http://127.0.0.1:${server.address().port}` })
		);
	});
}
