// Per-customer predictions from a fitted bundle: expected purchases over the horizon, P(alive),
// expected spend and CLV. Customers sharing (x, t_x, T) share every purchase-model number, so
// the model is evaluated once per distinct row (predictRows) and CLV = margin · spend ·
// discounted purchases.
// Historical CLV needs the dated transactions: without them (a summary) it is NaN.
import {
	gammaGammaSpend,
	groupTransactionRows,
	historicalClv,
	predictRows
} from '../../analytics/clv';
import type { TransactionTable } from '../../analytics/types';
import type { ClvBundle } from './clvBundle';
import type { ClvFitResult, ClvSettings } from './clvResult';
import { clvForecastOptions, clvHorizon } from './clvHorizon';
import { monthlyDiscount } from './clvSettings';

export type ClvCustomers = NonNullable<ClvFitResult['customers']>;

export function clvPredictions(
	table: TransactionTable | null,
	b: ClvBundle,
	s: ClvSettings
): ClvCustomers | null {
	const fit = b.fit;
	if (!fit) return null;
	const sm = b.summary;
	const n = sm.length;
	const horizon = clvHorizon(s).units;
	const discount = monthlyDiscount(s);
	const margin = s.marginPct / 100;
	const rows = groupTransactionRows(sm.x, sm.tx, sm.T);
	// Per unique row; the horizon-dependent part is shared by rows with equal (x, T).
	const per = predictRows(fit, rows, horizon, clvForecastOptions(s, discount));
	const gExpected = per.expected;
	const gAlive = per.alive;
	const gDiscounted = per.discounted;
	const expectedPurchases = new Float64Array(n);
	const pAlive = new Float64Array(n);
	const expectedSpend = new Float64Array(n).fill(NaN);
	const clv = new Float64Array(n).fill(NaN);
	const gg = s.spend === 'gammagamma' ? b.spendFit : null;
	for (let i = 0; i < n; i++) {
		const g = rows.groupOf[i];
		expectedPurchases[i] = gExpected[g];
		pAlive[i] = gAlive[g];
		let spend = NaN;
		if (gg) spend = gammaGammaSpend(gg.params, sm.spendCount[i], sm.meanSpend[i]);
		else if (s.spend === 'observed' && sm.hasAmounts)
			spend = sm.calibrationSpend[i] / (sm.x[i] + 1);
		if (Number.isFinite(spend)) {
			expectedSpend[i] = spend;
			clv[i] = margin * spend * gDiscounted[g];
		}
	}
	const historical = new Float64Array(n).fill(NaN);
	const annual = Math.pow(1 + discount, 12) - 1;
	const h = table && historicalClv(table, { asOf: sm.calibrationEnd, margin, annualRate: annual });
	if (h) for (let i = 0; i < n; i++) historical[i] = h[sm.customer[i]];
	return {
		ids: sm.ids,
		x: sm.x,
		tx: sm.tx,
		T: sm.T,
		expectedPurchases,
		pAlive,
		expectedSpend,
		clv,
		historicalClv: historical
	};
}
