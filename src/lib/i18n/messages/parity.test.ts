// Every message exists in both languages, is not empty, and uses the same placeholders.
import { describe, expect, it } from 'vitest';
import { dictionaries } from './index';

// A plural block ({n, plural, one {…} other {…}}) names its value once, like {n}; a branch
// ("one {is}") is text, not a placeholder.
const placeholders = (s: string) =>
	[
		...new Set(
			[...s.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+)\s*)\{(\w+)(?:\}|,\s*plural,)/g)].map(
				(m) => m[1]
			)
		)
	].sort();

describe('messages', () => {
	const en = dictionaries.en;
	const zh = dictionaries.zh;
	it('has the same keys in English and Chinese', () => {
		expect(Object.keys(zh).filter((k) => !(k in en))).toEqual([]);
		expect(Object.keys(en).filter((k) => !(k in zh))).toEqual([]);
	});
	it('has no empty message and the same placeholders', () => {
		const bad = Object.keys(en).filter(
			(k) =>
				!en[k]?.trim() ||
				!zh[k]?.trim() ||
				placeholders(en[k]).join() !== placeholders(zh[k]).join()
		);
		expect(bad).toEqual([]);
	});
});
