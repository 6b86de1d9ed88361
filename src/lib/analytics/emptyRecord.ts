// A record for keys that come from user text (column names, labels, item names). It has no
// prototype, so `__proto__`, `constructor` or `toString` are ordinary keys: storing one does
// not replace the prototype, and reading one that was never stored gives undefined.
// (tests/unit/userKeyedRecords.test.ts forbids a plain `{}` for such records in data/, engine/ and
// analytics/.)
export function emptyRecord<T>(): Record<string, T> {
	return Object.create(null) as Record<string, T>;
}

/**
 * The value stored under a user key in a record that may have a prototype (one that came
 * through JSON, IndexedDB or a worker message, which rebuild plain objects).
 */
export function ownValue<T>(record: Record<string, T> | undefined, key: string): T | undefined {
	return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
