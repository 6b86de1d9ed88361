import { describe, expect, it } from 'vitest';
import { unwrapCell } from './unwrapCell';

describe('unwrapCell', () => {
	const cases: { input: string; value: string; guarded: boolean }[] = [
		{ input: '="3500000000000000000"', value: '3500000000000000000', guarded: true },
		{ input: ' ="00123" ', value: '00123', guarded: true },
		{ input: "'4001234567890123", value: '4001234567890123', guarded: true },
		{ input: '’12.50', value: '12.50', guarded: true },
		{ input: '="a""b"', value: 'a"b', guarded: true },
		{ input: '=SUM(A1)', value: '=SUM(A1)', guarded: false },
		{ input: "'", value: "'", guarded: false },
		{ input: '#1001', value: '#1001', guarded: false },
		{ input: '', value: '', guarded: false }
	];
	it.each(cases)('$input', ({ input, value, guarded }) => {
		expect(unwrapCell(input)).toEqual({ value, guarded });
	});
});
