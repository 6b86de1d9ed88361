// Vite plugin: each interface language as its own module, `virtual:crm-messages/en` and
// `virtual:crm-messages/zh`, so the browser loads only the language it shows (the other is
// fetched when the user switches). Every message module exports `{ en, zh }` side by side
// (one file per topic keeps a key's two texts together for whoever edits them); here those
// modules are bundled with esbuild, run once in Node, and only the asked language's merged
// dictionary is written out as JSON. The same merge as src/lib/i18n/messages/index.ts, which
// Node code and the tests keep using.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const PREFIX = 'virtual:crm-messages/';
const LANGS = ['en', 'zh'];

/** The message modules: every .ts file of the folder except tests and the index. */
export function messageModules(dir) {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
		.sort()
		.map((f) => join(dir, f));
}

/** Both dictionaries, merged in file order like messages/index.ts. */
export async function mergedMessages(folder) {
	const dir = resolve(folder);
	const files = messageModules(dir);
	const entry = files.map((f, i) => `export * as m${i} from ${JSON.stringify(f)};`).join('\n');
	const out = await build({
		stdin: { contents: entry, resolveDir: dir, loader: 'ts' },
		bundle: true,
		platform: 'node',
		format: 'esm',
		write: false,
		tsconfigRaw: {},
		logLevel: 'silent'
	});
	const code = out.outputFiles[0].text;
	const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
	const dict = { en: Object.create(null), zh: Object.create(null) };
	for (const k of Object.keys(mod).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))))
		for (const v of Object.values(mod[k]))
			if (v && typeof v === 'object' && 'en' in v && 'zh' in v)
				for (const lang of LANGS) Object.assign(dict[lang], v[lang]);
	// Inputs esbuild read (message modules and what they import), for the dev server's watcher.
	return { dict, files };
}

export function messagesPlugin(root = process.cwd()) {
	const dir = resolve(root, 'src/lib/i18n/messages');
	return {
		name: 'crm-messages',
		resolveId(id) {
			if (id.startsWith(PREFIX) && LANGS.includes(id.slice(PREFIX.length))) return `\0${id}`;
		},
		async load(id) {
			if (!id.startsWith(`\0${PREFIX}`)) return;
			const lang = id.slice(PREFIX.length + 1);
			const { dict, files } = await mergedMessages(dir);
			for (const f of files) this.addWatchFile(f);
			return `export default JSON.parse(${JSON.stringify(JSON.stringify(dict[lang]))});`;
		},
		handleHotUpdate(ctx) {
			// A changed message file changes both language modules: reload them.
			if (!ctx.file.startsWith(dir)) return;
			for (const lang of LANGS) {
				const m = ctx.server.moduleGraph.getModuleById(`\0${PREFIX}${lang}`);
				if (m) ctx.server.moduleGraph.invalidateModule(m);
			}
		}
	};
}
