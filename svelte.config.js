import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// A static SPA: one index.html fallback, so any static host (or a sub-path) serves it.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		// Relative asset paths keep the build working under any sub-path or from a local folder.
		paths: { relative: true },
		// Only the app's own origin: SvelteKit hashes its one inline boot script; no eval, no
		// WebAssembly, workers only from our own files. Styles allow inline attributes (charts
		// set style="…"); images allow data: and blob: URLs for chart PNG/SVG export.
		// tests/e2e/hostile.e2e.js checks the built pages and a full session against it.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
