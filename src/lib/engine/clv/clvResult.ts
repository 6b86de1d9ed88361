// Shapes the lifetime-value analyses exchange with the page: the settings (plain JSON in) and
// the results (structured-cloneable out). Typed arrays travel as they are.
import type { ClvIssue, ClvUnit, TransactionModelName } from '../../analytics/clv';

export type SpendBasis = 'gammagamma' | 'observed';

/** What the customers' behaviour is read from: transactions, or an imported summary (no dates). */
export type ClvSource = 'transactions' | 'summary';

/** What the Lifetime value view lets the user choose (a type, so it passes as engine params). */
export type ClvSettings = {
	/** Transactions or summary dataset (see `source`). */
	id: string;
	source: ClvSource;
	model: TransactionModelName;
	/** Expected spend per purchase: the Gamma-Gamma model or the customer's own average. */
	spend: SpendBasis;
	/** Model time unit; for a summary, the unit its recency and T are in. */
	unit: ClvUnit;
	/** Last calibration day (inclusive); null = the engine's default (last third is holdout). */
	calibrationEnd: number | null;
	/** CLV horizon in calendar months (used when horizonIn is 'months'). */
	horizonMonths: number;
	/**
	 * 'months': horizonMonths calendar months, discounted month by month; 'units': horizonUnits
	 * model units exactly, as `cli predict --horizon N` (engine/clv/clvHorizon).
	 */
	horizonIn: 'months' | 'units';
	/** CLV horizon in model units (used when horizonIn is 'units'). */
	horizonUnits: number;
	/** Profit share of spend, 0–100. */
	marginPct: number;
	/** Discount rate in percent per `discountPer`. */
	discountPct: number;
	discountPer: 'month' | 'year';
};

export interface FitSummary {
	model: string;
	params: Record<string, number>;
	standardErrors: Record<string, number | null>;
	logLik: number;
	converged: boolean;
	customers: number;
	repeaters: number;
	issues: ClvIssue[];
}

/** One customer's purchases up to the calibration end, for the recency lesson. */
export interface RecencyExample {
	id: string;
	days: number[];
	calibrationEnd: number;
	x: number;
	tx: number;
	T: number;
}

export interface ClvFitResult {
	settings: ClvSettings & { calibrationEnd: number };
	data: {
		/** A summary has no dates: the day fields below are 0 and nothing needs a holdout. */
		source: ClvSource;
		/** Summary rows left out as impossible (0 for transactions). */
		dropped: number;
		/** Summary repeat buyers without a positive mean spend, left out of Gamma-Gamma. */
		repeatersWithoutSpend: number;
		firstDay: number;
		lastDay: number;
		defaultCalibrationEnd: number;
		holdoutEnd: number;
		/** Holdout length in model units. */
		holdoutLength: number;
		customers: number;
		excludedLate: number;
		hasAmounts: boolean;
		nonPositiveSpends: number;
	};
	/** Problems of the data itself (e.g. spends left out, no holdout). */
	issues: ClvIssue[];
	fit: FitSummary | null;
	/** Why the purchase model could not be fitted (then everything below is empty). */
	fitError: ClvIssue | null;
	spendFit: FitSummary | null;
	spendError: ClvIssue | null;
	spendCorrelation: { r: number; n: number; issue: ClvIssue | null } | null;
	example: RecencyExample | null;
	tracking: {
		periodStart: Int32Array;
		actual: Float64Array;
		expected: Float64Array;
		actualCumulative: Float64Array;
		expectedCumulative: Float64Array;
		calibrationPeriods: number;
	} | null;
	holdout: {
		bins: string[];
		customers: Float64Array;
		actualMean: Float64Array;
		expectedMean: Float64Array;
		mae: number;
		rmse: number;
	} | null;
	matrix: {
		x: Float64Array;
		tx: Float64Array;
		expected: Float64Array;
		pAlive: Float64Array;
		T: number;
		horizonUnits: number;
	} | null;
	/** Per customer (summary order). Spend and CLV are NaN when they cannot be computed. */
	customers: {
		ids: string[];
		x: Float64Array;
		tx: Float64Array;
		T: Float64Array;
		expectedPurchases: Float64Array;
		pAlive: Float64Array;
		expectedSpend: Float64Array;
		clv: Float64Array;
		historicalClv: Float64Array;
	} | null;
}

export interface PAliveHistoryResult {
	customerId: string;
	unit: ClvUnit;
	/** Model units since the first purchase. */
	t: Float64Array;
	pAlive: Float64Array;
	/** Repeat purchase times, same scale. */
	purchases: number[];
	/** Where calibration ends on the same scale. */
	calibrationT: number;
}

export interface ClvValues {
	ids: string[];
	clv: number[];
	basis: 'clv';
	model: TransactionModelName;
	/** Predictions are as of this day (the calibration end). */
	asOf: number;
	horizonMonths: number;
}

export interface TextbookFit {
	model: 'bgnbd' | 'paretonbd' | 'gammagamma';
	params: Record<string, number>;
	logLik: number;
	customers: number;
	repeaters: number;
}
