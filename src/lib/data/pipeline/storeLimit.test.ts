import { describe, expect, it } from 'vitest';
import { estimateStore, MAX_STORE_BYTES, worthEstimating } from './storeLimit';

/** The head of the 20M-row benchmark file, as the app measured it. */
const BENCH_HEAD = { bytes: 262_108, records: 6_808, rows: 6_807, storeBytes: 262_000 };

describe('estimateStore', () => {
	// Hand-computed: rows = records × file / head; bytes = rows × store per row.
	const cases: [
		string,
		number,
		Parameters<typeof estimateStore>[1],
		{ rows: number; bytes: number }
	][] = [
		[
			'the benchmark file: 38.5 bytes a line, 38.5 store bytes a row, 20M rows',
			770_000_000,
			BENCH_HEAD,
			// 262,108 / 6,808 = 38.5 bytes a line exactly → 20,000,000 rows; × 262,000 / 6,807 = 769,795,798.4
			{ rows: 20_000_000, bytes: 769_795_798 }
		],
		[
			'a head that is the whole file',
			1_000,
			{ bytes: 1_000, records: 11, rows: 10, storeBytes: 200 },
			{ rows: 11, bytes: 220 }
		],
		[
			'no rows accepted in the head',
			5_000,
			{ bytes: 1_000, records: 11, rows: 0, storeBytes: 0 },
			{ rows: 55, bytes: 0 }
		],
		[
			'an empty head',
			5_000,
			{ bytes: 0, records: 0, rows: 0, storeBytes: 0 },
			{ rows: 0, bytes: 0 }
		]
	];
	it.each(cases)('%s', (_name, fileBytes, head, expected) => {
		expect(estimateStore(fileBytes, head)).toEqual(expected);
	});

	it('the 20M-row benchmark file fits under the limit, as estimated in the app; 45M do not', () => {
		// What the app estimated from that file's head: 20,716,808 rows, 1.1 GB.
		expect(1.1e9).toBeLessThan(MAX_STORE_BYTES);
		expect(estimateStore(1_732_500_000, BENCH_HEAD).bytes).toBeGreaterThan(MAX_STORE_BYTES);
	});

	it('only files past an eighth of the limit are measured', () => {
		expect(worthEstimating(100, 1_000)).toBe(false);
		expect(worthEstimating(126, 1_000)).toBe(true);
	});
});
