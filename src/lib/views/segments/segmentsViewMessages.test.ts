// Every message key the Segments & value page uses exists in English and Chinese: the literal
// t('…') keys of its components and the keys it builds from engine values.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaries } from '$lib/i18n/messages/index';
import { segmentsViewMessages } from '$lib/i18n/messages/segmentsView';

const dirs = [__dirname, join(__dirname, '../../../routes/segments')];
const sources = dirs.flatMap((d) =>
	readdirSync(d)
		.filter((f) => /\.(svelte|ts)$/.test(f) && !f.endsWith('.test.ts'))
		.map((f) => readFileSync(join(d, f), 'utf8'))
);
const literal = [
	...new Set(
		sources.flatMap((src) => [...src.matchAll(/\bt\(\s*'([A-Za-z0-9_.]+)'/g)].map((m) => m[1]))
	)
];
const built = [
	...['recency', 'frequency', 'monetary'].map((d) => `segmentsView.scoring.unit.${d}`),
	...['customers', 'revenue'].map((s) => `segmentsView.treemap.by.${s}`),
	...['total', 'average'].map((m) => `segmentsView.set.mFrom.${m}`),
	...['clv', 'margin', 'revenue'].map((b) => `segmentsView.value.basisWhy.${b}`),
	...['clv', 'margin', 'revenue'].map((b) => `segments.value.basis.${b}`),
	...['rfm', 'segments', 'value', 'pareto', 'clusters', 'attributes', 'migration'].map(
		(n) => `segmentsView.nav.${n}`
	),
	...['bgnbd', 'mbgnbd', 'paretonbd'].map((m) => `clv.model.${m}`)
];

describe('segments view messages', () => {
	it('finds the keys it checks', () => {
		expect(literal.length).toBeGreaterThan(150);
	});
	it.each([...literal, ...built])('%s exists in en and zh', (key) => {
		expect(dictionaries.en[key]?.trim(), `en ${key}`).toBeTruthy();
		expect(dictionaries.zh[key]?.trim(), `zh ${key}`).toBeTruthy();
	});
	it('the module has the same keys in both languages, none empty', () => {
		const m = segmentsViewMessages as { en: Record<string, string>; zh: Record<string, string> };
		expect(Object.keys(m.zh).sort()).toEqual(Object.keys(m.en).sort());
		for (const lang of ['en', 'zh'] as const)
			for (const [k, v] of Object.entries(m[lang])) expect(v.trim(), `${lang} ${k}`).not.toBe('');
	});
	it('the Chinese page text is Chinese', () => {
		const zh = segmentsViewMessages.zh as Record<string, string>;
		const latinOnly = Object.entries(zh).filter(
			([, v]) => !/[\u4e00-\u9fff]/.test(v) && /[A-Za-z]{4,}/.test(v.replace(/\{\w+\}/g, ''))
		);
		expect(latinOnly).toEqual([]);
	});
});
