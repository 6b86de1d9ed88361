// Per-customer predictions from a fitted bundle: expected purchases over the horizon, P(alive),
// expected spend and CLV. Customers sharing (x, t_x, T) share every purchase-model number, so
// the model is evaluated once per distinct row and CLV = margin · spend · discounted purchases.
import {
	clvForecast,
	conditionalPurchases,
	gammaGammaSpend,
	groupTransactionRows,
	historicalClv,
	probabilityAlive,
	unitsPerMonth
} from '../../../analytics/clv';
import type { TransactionTable } from '../../../analytics/types';
import type { ClvBundle } from './clvBundle';
import type { ClvFitResult, ClvSettings } from './clvResult';
import { monthlyDiscount } from './clvSettings';

export type ClvCustomers = NonNullable<ClvFitResult['customers']>;

export function clvPredictions(
	table: TransactionTable,
	b: ClvBundle,
	s: ClvSettings
): ClvCustomers | null {
	const fit = b.fit;
	if (!fit) return null;
	const sm = b.summary;
	const n = sm.length;
	const horizon = s.horizonMonths * unitsPerMonth(s.unit);
	const discount = monthlyDiscount(s);
	const margin = s.marginPct / 100;
	const rows = groupTransactionRows(sm.x, sm.tx, sm.T);
	const gExpected = new Float64Array(rows.length);
	const gAlive = new Float64Array(rows.length);
	const gDiscounted = new Float64Array(rows.length);
	for (let g = 0; g < rows.length; g++) {
		const [x, tx, T] = [rows.x[g], rows.tx[g], rows.T[g]];
		gExpected[g] = conditionalPurchases(fit, x, tx, T, horizon);
		gAlive[g] = probabilityAlive(fit, x, tx, T);
		gDiscounted[g] = clvForecast(fit, x, tx, T, 1, {
			months: s.horizonMonths,
			unit: s.unit,
			discountRate: discount,
			discountPer: 'month'
		});
	}
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
	const h = historicalClv(table, { asOf: sm.calibrationEnd, margin, annualRate: annual });
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
