// The default --memory-mb of `cli summarize`: a quarter of the machine's memory, 256 to 4096 MB.
import { describe, expect, it } from 'vitest';
import { CliError } from '../args';
import { defaultMemoryMb, parseMemory } from './summarizeOptions';

const GiB = 2 ** 30;

describe('defaultMemoryMb', () => {
	it.each([
		{ total: 0.5 * GiB, mb: 256 },
		{ total: 1 * GiB, mb: 256 },
		{ total: 2 * GiB, mb: 512 },
		{ total: 8 * GiB, mb: 2048 },
		// this machine: 24 GiB
		{ total: 24 * GiB, mb: 4096 },
		{ total: 256 * GiB, mb: 4096 },
		{ total: 3 * GiB + 12345, mb: 768 }
	])('$total bytes: $mb MB', ({ total, mb }) => {
		expect(defaultMemoryMb(total)).toBe(mb);
	});
});

describe('parseMemory', () => {
	it.each([
		{ value: undefined, total: 8 * GiB, mb: 2048 },
		{ value: '256', total: 8 * GiB, mb: 256 },
		{ value: '64', total: 8 * GiB, mb: 64 }
	])('$value on $total bytes: $mb', ({ value, total, mb }) => {
		expect(parseMemory(value, total)).toBe(mb);
	});

	it.each(['0', '-5', 'lots', '63'])('refuses %s', (value) => {
		expect(() => parseMemory(value)).toThrow(CliError);
	});
});
