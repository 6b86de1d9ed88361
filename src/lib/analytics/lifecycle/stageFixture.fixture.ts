// Test support only: five hand-built monthly histories (2023, asOf 2024-01-01) whose stages are
// worked out by hand in stageWalker.test.ts and reused by the other stage tests.
import { transactionsFromRows, type TransactionRow } from '../tableFromRows';
import { dayFromISO } from '../dates';

const month = (m: number) => `2023-${String(m).padStart(2, '0')}-15`;
const buys = (id: string, spend: [number, number][]): TransactionRow[] =>
	spend.map(([m, amount]) => ({ customerId: id, date: month(m), amount }));

/** S steady 100 every month; G grows and leaves; X buys once; R lapses and returns; L leaves after stability. */
export const stageRows: TransactionRow[] = [
	...buys(
		'S',
		[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => [m, 100])
	),
	...buys('G', [
		[1, 10],
		[2, 10],
		[3, 10],
		[4, 50],
		[5, 100],
		[6, 100]
	]),
	...buys('X', [[3, 40]]),
	...buys(
		'R',
		[1, 2, 3, 4, 9, 10, 11, 12].map((m) => [m, 20])
	),
	...buys(
		'L',
		[1, 2, 3, 4, 5, 6, 7, 8].map((m) => [m, 100])
	)
];
export const stageTx = transactionsFromRows(stageRows);
export const stageAsOf = dayFromISO('2024-01-01');
export const STAGE_THRESHOLD = 90;
