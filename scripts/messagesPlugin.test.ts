// The per-language modules the browser loads hold exactly what the merged dictionaries of
// src/lib/i18n/messages/index.ts hold (the tests' and Node's view of the messages).
import { describe, expect, it } from 'vitest';
import en from 'virtual:crm-messages/en';
import zh from 'virtual:crm-messages/zh';
import { dictionaries } from '../src/lib/i18n/messages/index';
import { mergedMessages, messagesPlugin } from './messagesPlugin.js';

describe('messagesPlugin', () => {
	it.each([
		['en', en],
		['zh', zh]
	] as const)('%s: the virtual module equals the merged dictionary', (lang, dict) => {
		expect(Object.keys(dict).length).toBeGreaterThan(1000);
		expect({ ...dict }).toEqual({ ...dictionaries[lang] });
	});

	it('only the two languages resolve', () => {
		const p = messagesPlugin();
		expect(p.resolveId('virtual:crm-messages/zh')).toBe('\0virtual:crm-messages/zh');
		expect(p.resolveId('virtual:crm-messages/fr')).toBeUndefined();
		expect(p.resolveId('virtual:crm-messages/__proto__')).toBeUndefined();
	});

	it('the English module carries no Chinese text, and the Chinese one speaks Chinese', async () => {
		const { dict } = await mergedMessages('src/lib/i18n/messages');
		const cjk = /[\u4e00-\u9fff]/;
		const zhKeys = Object.keys(dict.zh);
		expect(zhKeys.filter((k) => cjk.test(dict.zh[k])).length / zhKeys.length).toBeGreaterThan(0.9);
		// English texts that name Chinese on purpose (the language switch, bilingual hints) are few.
		const enWithCjk = Object.keys(dict.en).filter((k) => cjk.test(dict.en[k]));
		expect(enWithCjk.length).toBeLessThan(40);
	});
});
