import { describe, expect, it } from 'vitest';
import { ResultCache } from './resultCache';
import { runKey } from './runQueue';

// Keys as the engine worker makes them: the analysis and its parameters (dataset ids, the
// workspace filter, the page's settings).
const base = {
	transactionsId: 'd1',
	customersId: 'c1',
	filters: { from: null, to: null, where: [] },
	s: { asOf: 20000, bins: 5 }
};
const key = (params: unknown) => runKey('filterOptions', params);

describe('ResultCache', () => {
	it.each<[string, unknown, boolean]>([
		['the same request, keys in another order', { ...base, s: { bins: 5, asOf: 20000 } }, true],
		[
			'another dataset version (a re-import has a new id)',
			{ ...base, transactionsId: 'd2' },
			false
		],
		['another customers dataset', { ...base, customersId: null }, false],
		['another setting', { ...base, s: { asOf: 20000, bins: 4 } }, false],
		['another analysis date', { ...base, s: { asOf: 20001, bins: 5 } }, false],
		['another workspace filter', { ...base, filters: { from: 18000, to: null, where: [] } }, false]
	])('%s → hit: %s', (_name, params, hit) => {
		const c = new ResultCache();
		c.set(key(base), { options: 1 }, c.ticket());
		expect(c.has(key(params))).toBe(hit);
		expect(c.get(key(params))).toEqual(hit ? { options: 1 } : undefined);
	});

	it('a dataset imported, replaced or deleted (clear) misses everything', () => {
		const c = new ResultCache();
		c.set(key(base), 1, c.ticket());
		c.set(runKey('lifecycleChurnRule', base), 2, c.ticket());
		c.clear();
		expect(c.has(key(base))).toBe(false);
		expect(c.has(runKey('lifecycleChurnRule', base))).toBe(false);
		expect(c.size).toBe(0);
	});

	it('a result computed while the datasets changed is not kept', () => {
		const c = new ResultCache();
		const ticket = c.ticket();
		c.clear(); // the dataset was replaced while the analysis ran
		c.set(key(base), 1, ticket);
		expect(c.has(key(base))).toBe(false);
		c.set(key(base), 2, c.ticket());
		expect(c.get(key(base))).toBe(2);
	});

	it('keeps the most recently used results up to its limit', () => {
		const c = new ResultCache(2);
		c.set('a', 1, c.ticket());
		c.set('b', 2, c.ticket());
		c.get('a'); // a used again: b is now the oldest
		c.set('c', 3, c.ticket());
		expect([c.has('a'), c.has('b'), c.has('c')]).toEqual([true, false, true]);
	});

	it.each<[string, unknown, boolean]>([
		['false', false, true],
		['0', 0, true],
		['null', null, true],
		['undefined (would read as a miss)', undefined, false]
	])('a result of %s is kept: %s', (_name, value, kept) => {
		const c = new ResultCache();
		c.set('k', value, c.ticket());
		expect(c.has('k')).toBe(kept);
	});
});
