import { describe, expect, it } from 'vitest';
import { idOf, memo } from './segmentsMemo';

describe('memo', () => {
	it('makes once per key and owner', () => {
		const owner = {};
		let made = 0;
		const make = () => ++made;
		expect([memo(owner, 'scores|a', make), memo(owner, 'scores|a', make)]).toEqual([1, 1]);
		expect(memo({}, 'scores|a', make)).toBe(2);
	});

	// "list" keeps 3 entries: after a, b, c, touching a, then d, the least recently used (b)
	// is remade on its next request while a, c and d are still there.
	it('drops the least recently used entry of a kind past its limit', () => {
		const owner = {};
		let made = 0;
		const get = (k: string) => memo(owner, `list|${k}`, () => `${k}${++made}`);
		['a', 'b', 'c'].forEach(get);
		get('a');
		get('d');
		expect(get('b')).toBe('b5');
		expect([get('d'), get('a')]).toEqual(['d4', 'a1']);
		// Another kind has its own limit: eight "pyramid" entries do not evict lists.
		for (let i = 0; i < 8; i++) memo(owner, `pyramid|${i}`, () => i);
		expect(get('d')).toBe('d4');
	});

	it('names objects with stable numbers', () => {
		const a = {};
		const b = {};
		expect(idOf(a)).toBe(idOf(a));
		expect(idOf(a)).not.toBe(idOf(b));
	});
});
