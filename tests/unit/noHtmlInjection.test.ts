// User text is only ever rendered as text, and no code is built from strings: src/ has no
// {@html}, no innerHTML-style sinks, no eval or Function constructor, no string timers and no
// javascript: URLs. Svelte escapes every {expression}, so with these sinks absent a payload
// such as <img src=x onerror=…> in a CSV cell stays text. An exception needs an entry in
// ALLOWED with the reason it is safe.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SINKS: [string, RegExp][] = [
	['{@html}', /\{@html\b/],
	['innerHTML', /\binnerHTML\b/],
	['outerHTML', /\bouterHTML\b/],
	['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
	['document.write', /\bdocument\.write(ln)?\s*\(/],
	['createContextualFragment', /\bcreateContextualFragment\b/],
	['srcdoc', /\bsrcdoc\b/],
	['eval', /(^|[^\w.$])eval\s*\(/],
	['new Function', /\bnew\s+Function\s*\(/],
	['Function constructor', /(^|[^\w.$])Function\s*\(\s*['"`]/],
	['string timer', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
	['javascript: URL', /javascript:/i]
];

/** file (relative to src/) → sink names allowed there, with why. */
const ALLOWED: Record<string, { sinks: string[]; why: string }> = {
	'lib/charts/plot/Points.svelte': {
		sinks: ['{@html}'],
		why:
			'a scatter of thousands of circles as one string of markup (issue 22: one reactive block ' +
			'per point was a long main-thread task); only numbers and the chart’s own colours go in, ' +
			'each stripped of quotes, & and <, so no user text can reach it or leave its attribute'
	},
	'lib/charts/plot/Cells.svelte': {
		sinks: ['{@html}'],
		why:
			'a heat map’s or matrix’s cells as one string of markup (issue 22: a keyed block per cell ' +
			'was a long main-thread task); the names in titles and cell texts are user text, and each ' +
			'goes through escapeMarkup (& < > " \' as entities) into a quoted attribute or text ' +
			'content; plot.test.ts renders hostile names and finds them as text'
	}
};

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return walk(path);
		return /\.(svelte|ts|js)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
	});
}

describe('no HTML or code built from strings in src/', () => {
	const files = walk('src');

	it('scans the whole source tree', () => {
		// The app has views, workers and the analytics engine: far more than 100 files.
		expect(files.length).toBeGreaterThan(100);
		expect(files.some((f) => f.endsWith('.svelte'))).toBe(true);
	});

	it.each(SINKS)('%s appears nowhere outside the allow-list', (sink, pattern) => {
		const found = files
			.filter((f) => !ALLOWED[f.replace(/^src\//, '')]?.sinks.includes(sink))
			.flatMap((f) =>
				readFileSync(f, 'utf8')
					.split('\n')
					.map((line, i) => ({ f, line, i }))
					.filter(({ line }) => pattern.test(line))
					.map(({ f, i, line }) => `${f}:${i + 1}: ${line.trim()}`)
			);
		expect(found).toEqual([]);
	});

	it('the patterns catch what they are meant to catch', () => {
		// Hand-written offenders, one per sink, so a broken pattern cannot pass silently.
		const offenders: Record<string, string> = {
			'{@html}': '<p>{@html row.name}</p>',
			innerHTML: 'el.innerHTML = name;',
			outerHTML: 'el.outerHTML = name;',
			insertAdjacentHTML: "el.insertAdjacentHTML('beforeend', name);",
			'document.write': 'document.write(name);',
			createContextualFragment: 'range.createContextualFragment(name);',
			srcdoc: '<iframe srcdoc={name}></iframe>',
			eval: 'const v = eval(code);',
			'new Function': "const f = new Function('a', code);",
			'Function constructor': "const f = Function('return 1');",
			'string timer': "setTimeout('run()', 10);",
			'javascript: URL': '<a href="javascript:run()">x</a>'
		};
		for (const [sink, pattern] of SINKS) expect(pattern.test(offenders[sink])).toBe(true);
		// And not what is harmless.
		expect(SINKS.some(([, p]) => p.test('const evaluation = evaluate(x); retrieval(y);'))).toBe(
			false
		);
	});
});
