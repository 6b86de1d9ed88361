import { describe, expect, it } from 'vitest';
import { fitNumber, textWidth } from './textWidth';

describe('fitNumber', () => {
	// Widths at 11 px: a Latin character 6.38 px, a CJK one 11 px.
	it.each([
		// value, formatted, max px, lang, expected
		[981, '981', 30, 'en', '981'],
		[1234, '1,234', 30, 'en', '1.2K'],
		[1234, '1234', 30, 'en', '1234'],
		[35000, '35,000', 30, 'en', '35K'],
		[12345, '12,345', 32, 'zh', '1.2万'],
		[1234, '1,234', 20, 'en', ''],
		// Not a plain number: never shortened into a different one.
		[0.123, '12.3%', 20, 'en', ''],
		[4851, 'CN¥4,851', 30, 'en', ''],
		[0.5, '0.50', 40, 'en', '0.50']
	] as const)('%d shown as %j in %d px (%s) → %j', (value, formatted, max, lang, expected) => {
		const out = fitNumber(value, formatted, max, lang, 11);
		expect(out).toBe(expected);
		expect(textWidth(out, 11)).toBeLessThanOrEqual(max);
	});
});
