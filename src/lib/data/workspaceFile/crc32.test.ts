import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';

const ascii = (s: string) => new TextEncoder().encode(s);

// Published check values of CRC-32/ISO-HDLC (the "check" of "123456789" is the catalogue's
// standard test vector; the others are the values zlib.crc32 and Python's binascii.crc32 print).
const cases = [
	{ input: ascii(''), expected: 0x00000000 },
	{ input: ascii('a'), expected: 0xe8b7be43 },
	{ input: ascii('abc'), expected: 0x352441c2 },
	{ input: ascii('123456789'), expected: 0xcbf43926 },
	{ input: ascii('The quick brown fox jumps over the lazy dog'), expected: 0x414fa339 },
	{ input: new Uint8Array(32), expected: 0x190a55ad },
	{ input: new Uint8Array(32).fill(0xff), expected: 0xff6cab0b }
];

describe('crc32', () => {
	it.each(cases)('crc32 #%# = $expected', ({ input, expected }) => {
		expect(crc32(input)).toBe(expected);
	});

	it('changes when one bit flips', () => {
		const a = ascii('123456789');
		const b = a.slice();
		b[4] ^= 0x01;
		expect(crc32(b)).not.toBe(crc32(a));
	});
});
