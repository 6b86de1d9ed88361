// A small static file server for the built site (used by `npm start` and the end-to-end
// tests): serves build/, answers unknown paths with the SPA fallback, binds to localhost.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.wasm': 'application/wasm'
};

export function serve(root = 'build', port = 4173, host = '127.0.0.1') {
	const base = resolve(root);
	const server = createServer(async (req, res) => {
		try {
			const url = new URL(req.url ?? '/', 'http://localhost');
			let path = normalize(join(base, decodeURIComponent(url.pathname)));
			if (!path.startsWith(base)) {
				res.writeHead(403).end();
				return;
			}
			let info = await stat(path).catch(() => null);
			if (info?.isDirectory()) {
				path = join(path, 'index.html');
				info = await stat(path).catch(() => null);
			}
			if (!info) {
				const html = await stat(path + '.html').catch(() => null);
				if (html) path = path + '.html';
				else {
					res.writeHead(404, { 'content-type': TYPES['.html'] });
					res.end(await readFile(join(base, '404.html')));
					return;
				}
			}
			const body = await readFile(path);
			const immutable = path.includes('/_app/immutable/');
			res.writeHead(200, {
				'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
				'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
			});
			res.end(body);
		} catch (e) {
			// A read can fail after the headers went out (a build rewriting build/): just end.
			if (res.headersSent) res.end();
			else res.writeHead(500).end(String(e));
		}
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => ok(server));
	});
}
