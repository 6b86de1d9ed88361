import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from './base64url';

const ascii = (s: string) => Array.from(new TextEncoder().encode(s));

// RFC 4648 §10 test vectors without padding, plus bytes that use the two URL-safe letters
// (0xfb 0xff 0xbf = 111110 111111 111110 111111 → "-_-_", checked with Python's
// base64.urlsafe_b64encode).
const cases = [
	{ bytes: ascii(''), text: '' },
	{ bytes: ascii('f'), text: 'Zg' },
	{ bytes: ascii('fo'), text: 'Zm8' },
	{ bytes: ascii('foo'), text: 'Zm9v' },
	{ bytes: ascii('foob'), text: 'Zm9vYg' },
	{ bytes: ascii('fooba'), text: 'Zm9vYmE' },
	{ bytes: ascii('foobar'), text: 'Zm9vYmFy' },
	{ bytes: [0xfb, 0xff, 0xbf], text: '-_-_' },
	{ bytes: [0x00, 0x10, 0x83, 0x10, 0x51, 0x87], text: 'ABCDEFGH' }
];

describe('base64url', () => {
	it.each(cases)('encodes $text', ({ bytes, text }) => {
		expect(toBase64url(new Uint8Array(bytes))).toBe(text);
	});
	it.each(cases)('decodes $text', ({ bytes, text }) => {
		expect(Array.from(fromBase64url(text)!)).toEqual(bytes);
	});

	it('accepts trailing padding', () => {
		expect(Array.from(fromBase64url('Zg==')!)).toEqual(ascii('f'));
	});

	const bad = [
		{ text: 'Zm9v+', why: 'a "+" from standard base64' },
		{ text: 'Zm9v/', why: 'a "/" from standard base64' },
		{ text: 'Zm 9v', why: 'a space' },
		{ text: 'Z', why: 'one letter cannot end a group' },
		{ text: 'Zm9v中', why: 'a non-ASCII letter' }
	];
	it.each(bad)('refuses $why', ({ text }) => {
		expect(fromBase64url(text)).toBeNull();
	});

	it('round-trips every byte value and a long input', () => {
		const all = new Uint8Array(256 * 40 + 1);
		for (let i = 0; i < all.length; i++) all[i] = (i * 7 + (i >> 8)) & 255;
		expect(fromBase64url(toBase64url(all))).toEqual(all);
	});
});
