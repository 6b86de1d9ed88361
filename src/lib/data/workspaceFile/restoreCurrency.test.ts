import { describe, expect, it } from 'vitest';
import { decodeWorkspace } from './decodeWorkspace';
import { concatBytes, encodeWorkspace } from './encodeWorkspace';
import { crc32 } from './crc32';
import { MAGIC, PREAMBLE_BYTES } from './format';
import { snapshotFixture } from './snapshotFixture';
import { WorkspaceFileProblem } from './WorkspaceFileProblem';

/** The file with its first dataset record's `currency` set to `value` (absent for undefined). */
function withCurrency(value: unknown): Uint8Array {
	const bytes = concatBytes(encodeWorkspace(snapshotFixture()));
	const view = new DataView(bytes.buffer, bytes.byteOffset);
	const length = view.getUint32(8, true);
	const header = JSON.parse(
		new TextDecoder().decode(bytes.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + length))
	);
	const record = header.datasets[0].record;
	if (value === undefined) delete record.currency;
	else record.currency = value;
	const next = new TextEncoder().encode(JSON.stringify(header));
	const pre = new Uint8Array(PREAMBLE_BYTES);
	pre.set(MAGIC);
	new DataView(pre.buffer).setUint32(8, next.length, true);
	new DataView(pre.buffer).setUint32(12, crc32(next), true);
	return concatBytes([pre, next, bytes.subarray(PREAMBLE_BYTES + length)]);
}

function outcome(bytes: Uint8Array): string {
	try {
		return String(decodeWorkspace(bytes).datasets[0].record.currency);
	} catch (e) {
		if (!(e instanceof WorkspaceFileProblem)) throw e;
		return `${e.code} ${String(e.values.detail)}`;
	}
}

// The dataset's currency is optional: kept when on the known list, refused otherwise.
const cases: [string, unknown, string][] = [
	['yuan', 'CNY', 'CNY'],
	['dollars', 'USD', 'USD'],
	['absent (files from before currencies)', undefined, 'undefined'],
	['a code off the list', 'XYZ', 'invalid_content datasets[0].record.currency'],
	['lower case is not a code', 'cny', 'invalid_content datasets[0].record.currency'],
	['a symbol is not a code', '¥', 'invalid_content datasets[0].record.currency'],
	['not a string', 42, 'invalid_content datasets[0].record.currency'],
	['null', null, 'invalid_content datasets[0].record.currency']
];

describe('a workspace file: the dataset currency', () => {
	it.each(cases)('%s', (_, value, want) => {
		expect(outcome(withCurrency(value))).toBe(want);
	});

	it('round-trips through encode and decode', () => {
		const snap = snapshotFixture();
		snap.datasets[0].record.currency = 'EUR';
		const back = decodeWorkspace(concatBytes(encodeWorkspace(snap)));
		expect(back.datasets.map((d) => d.record.currency)).toEqual(['EUR', undefined]);
	});
});
