import { describe, expect, it } from 'vitest';
import { codeSpan } from './codeSpan';

const cases: [string, number[], number][] = [
	['empty', [], 0],
	['only missing (-1)', [-1, -1], 0],
	['codes 0…3 in any order', [3, 0, 2, 1], 4],
	['gaps count up to the largest', [0, 7, -1], 8]
];

describe('codeSpan', () => {
	it.each(cases)('%s', (_, codes, want) => {
		expect(codeSpan(Int32Array.from(codes))).toBe(want);
	});
});
