import { describe, expect, it } from 'vitest';
import { LineBreaks } from './LineBreaks';

describe('LineBreaks', () => {
	it.each([
		{ chunks: ['a\r\nb\rc\nd'], want: 'a\nb\nc\nd' },
		// A CRLF cut between two chunks is one line break, not two.
		{ chunks: ['a\r', '\nb'], want: 'a\nb' },
		{ chunks: ['a\r', 'b\r'], want: 'a\nb\n' },
		{ chunks: ['a\r', '', '\r\n'], want: 'a\n\n' },
		{ chunks: ['no breaks', ' at all'], want: 'no breaks at all' }
	])('$chunks', ({ chunks, want }) => {
		const lb = new LineBreaks();
		expect(chunks.map((c) => lb.push(c)).join('') + lb.end()).toBe(want);
	});
});
