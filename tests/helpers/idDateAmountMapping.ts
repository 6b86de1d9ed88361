// The mapping most storage and import tests use: a transactions CSV with the header
// `id,date,amount`, ISO dates, a point decimal, returns netted, duplicates kept. One copy here
// so a change to `Mapping` is made once for all of them.
import type { Mapping } from '../../src/lib/data/map/types';

export const idDateAmountMapping: Mapping = {
	encoding: 'utf-8',
	delimiter: ',',
	hasHeader: true,
	kind: 'transactions',
	returns: 'net',
	dropDuplicates: false,
	columns: [
		{ index: 0, header: 'id', role: 'customerId', type: 'id' },
		{ index: 1, header: 'date', role: 'date', type: 'date', dateFormat: 'ymd' },
		{ index: 2, header: 'amount', role: 'amount', type: 'number', decimal: '.' }
	]
};
