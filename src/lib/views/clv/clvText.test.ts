// Unit words take their plural form from pluralCategory (Intl.PluralRules): English has two,
// Chinese one. The words themselves are messages/clvView.ts's clvView.unit.*.
import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import { unitWord } from './clvText';

describe('unitWord', () => {
	afterAll(() => i18n.set('en'));
	const cases = [
		{ lang: 'en', unit: 'day', count: 0, want: 'days' },
		{ lang: 'en', unit: 'day', count: 1, want: 'day' },
		{ lang: 'en', unit: 'week', count: 2, want: 'weeks' },
		{ lang: 'en', unit: 'month', count: 1, want: 'month' },
		{ lang: 'en', unit: 'month', count: undefined, want: 'months' },
		{ lang: 'zh', unit: 'day', count: 1, want: '天' },
		{ lang: 'zh', unit: 'week', count: 2, want: '周' },
		{ lang: 'zh', unit: 'month', count: 0, want: '月' }
	] as const;
	it.each(cases)('$lang: $count $unit → $want', async ({ lang, unit, count, want }) => {
		await i18n.set(lang);
		expect(unitWord(unit, count)).toBe(want);
	});
});
