import { describe, expect, it } from 'vitest';
import { emptyRecord, ownValue } from './emptyRecord';

const KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'a'];

describe('emptyRecord', () => {
	it.each(KEYS)('keeps %s as an ordinary key', (key) => {
		const r = emptyRecord<number>();
		expect(r[key]).toBeUndefined();
		r[key] = 7;
		expect(Object.keys(r)).toEqual([key]);
		expect(r[key]).toBe(7);
		// A structured clone (IndexedDB, postMessage) keeps the key as an own property.
		expect(ownValue(structuredClone(r), key)).toBe(7);
	});
});

describe('ownValue', () => {
	it.each(KEYS)('reads nothing for %s on a plain object that lacks it', (key) => {
		expect(ownValue({} as Record<string, unknown>, key)).toBeUndefined();
	});
	it('reads nothing from undefined', () => {
		expect(ownValue(undefined, 'a')).toBeUndefined();
	});
});
