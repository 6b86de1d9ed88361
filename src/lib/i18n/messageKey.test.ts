// Probes for the typed message keys. The `@ts-expect-error` lines are checked by svelte-check
// (npm run check): if a misspelt key or a key missing in Chinese stopped being an error, the
// directive itself would fail. The runtime half checks the guard used for keys built at run time.
import { describe, expect, it } from 'vitest';
import { isMessageKey, t, tChecked } from './i18n.svelte';
import type { ChineseKeys, EnglishKeys, KeysUnder, MessageKey, NoKeys } from './messageKey';
import type { MessageModule } from './messageModules';

// Compile-time probes, inside a function that never runs (t would format them otherwise).
export function probes(grain: 'week' | 'month', anyText: string) {
	t('app.name');
	// @ts-expect-error a misspelt key does not compile
	t('app.nmae');
	// A template literal checks every member of the union it is built from …
	t(`lifecycle.grain.${grain}`);
	// @ts-expect-error … and a plain string could be anything
	t(`lifecycle.grain.${anyText}`);
	// @ts-expect-error a key of a family that lacks one member
	t(`lifecycle.grain.${grain === 'week' ? 'fortnight' : grain}`);
	const delimiter: KeysUnder<'import.delim.'> = 'comma';
	// @ts-expect-error KeysUnder holds only the ends of existing keys
	const wrong: KeysUnder<'import.delim.'> = 'colon';
	return [delimiter, wrong];
}

// A module whose Chinese texts lack a key English has, next to the real ones.
type Fake = {
	fakeMessages: { en: { 'probe.a': string; 'probe.b': string }; zh: { 'probe.a': string } };
};
type WithFake = MessageModule | Fake;
export type RealChineseComplete = NoKeys<Exclude<MessageKey, ChineseKeys<MessageModule>>>;
// @ts-expect-error 'probe.b' has no Chinese text, so this does not compile
export type FakeChineseComplete = NoKeys<Exclude<EnglishKeys<WithFake>, ChineseKeys<WithFake>>>;

describe('message keys', () => {
	it.each([
		{ key: 'app.name', known: true },
		{ key: 'lifecycle.grain.week', known: true },
		{ key: 'app.nmae', known: false },
		{ key: '__proto__', known: false },
		{ key: 'toString', known: false },
		{ key: '', known: false }
	])('isMessageKey($key) is $known', ({ key, known }) => {
		expect(isMessageKey(key)).toBe(known);
	});

	it('tChecked shows an unknown run-time key as it is, and a known one as its text', () => {
		expect(tChecked('clv.issue.no_such_code')).toBe('clv.issue.no_such_code');
		expect(tChecked('app.name')).toBe(t('app.name'));
		expect(t('app.name')).toBe('CRM Workbench');
	});
});
