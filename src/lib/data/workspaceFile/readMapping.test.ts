import { describe, expect, it } from 'vitest';
import { readMapping } from './readMapping';

const base = {
	encoding: 'utf-8',
	delimiter: ',',
	hasHeader: true,
	kind: 'transactions',
	returns: 'net',
	dropDuplicates: false,
	columns: []
};

// The sheet a workbook's dataset came from travels in the workspace file, and is optional.
const cases: { name: string; extra: Record<string, unknown>; sheet: string | undefined }[] = [
	{ name: 'a CSV dataset has none', extra: {}, sheet: undefined },
	{ name: 'a workbook sheet is kept', extra: { sheet: '交易记录' }, sheet: '交易记录' },
	{ name: 'anything else is dropped', extra: { sheet: 3 }, sheet: undefined }
];

describe('readMapping: sheet', () => {
	it.each(cases)('$name', ({ extra, sheet }) => {
		const m = readMapping({ ...base, ...extra }, 'mapping');
		expect(m.sheet).toBe(sheet);
		expect('sheet' in m).toBe(sheet !== undefined);
	});
});
