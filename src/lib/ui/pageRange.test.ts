import { describe, expect, it } from 'vitest';
import { pageRange } from './pageRange';

describe('pageRange', () => {
	it.each([
		// offset, size, total → from, to, prev, next
		{ offset: 0, size: 50, total: 0, expected: { from: 0, to: 0, prev: null, next: null } },
		{ offset: 0, size: 50, total: 50, expected: { from: 1, to: 50, prev: null, next: null } },
		{ offset: 0, size: 50, total: 51, expected: { from: 1, to: 50, prev: null, next: 50 } },
		{ offset: 50, size: 50, total: 51, expected: { from: 51, to: 51, prev: 0, next: null } },
		{ offset: 50, size: 50, total: 175, expected: { from: 51, to: 100, prev: 0, next: 100 } },
		{ offset: 150, size: 50, total: 175, expected: { from: 151, to: 175, prev: 100, next: null } },
		// An offset not on a page boundary goes back to the first row, not below it.
		{ offset: 20, size: 50, total: 175, expected: { from: 21, to: 70, prev: 0, next: 70 } }
	])('offset $offset of $total by $size', ({ offset, size, total, expected }) => {
		expect(pageRange(offset, size, total)).toEqual(expected);
	});
});
