// What each character becomes, checked by hand. Hostile names drawn through Heatmap and Matrix
// (the markup as a whole) are in plot.test.ts.
import { describe, expect, it } from 'vitest';
import { escapeMarkup } from './escapeMarkup';

describe('escapeMarkup', () => {
	it.each([
		['plain', 'plain'],
		['', ''],
		['a & b', 'a &amp; b'],
		['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
		['"><script>', '&quot;&gt;&lt;script&gt;'],
		["it's", 'it&#39;s'],
		['&amp;', '&amp;amp;'],
		['重要价值客户 · 7.4%', '重要价值客户 · 7.4%']
	])('%j → %j', (input, out) => {
		expect(escapeMarkup(input)).toBe(out);
	});
});
