// The Lifetime value page's horizon: N calendar months (discounted month by month, as the
// published CDNOW CLVs and `cli predict --horizon-months N`), or N model units exactly (39 weeks
// stay 39 weeks, as `cli predict --horizon N`). Every engine analysis of the page reads its
// horizon here, so the fit, the intervals and the value pyramid all forecast the same span.
import { unitsPerMonth, type ClvForecastOptions, type ClvUnit } from '../../analytics/clv';
import type { ClvSettings } from './clvResult';

export interface ClvHorizon {
	/** The span in model units (what E[Y(t)] is evaluated at). */
	units: number;
	/** Whole calendar months: the horizon itself, or the model units rounded (labels, summaries). */
	months: number;
	/** True when the horizon was given in model units and is summed unit by unit. */
	exact: boolean;
}

/** N model units as whole calendar months (at least 1 for a positive horizon). */
export function wholeMonths(n: number, unit: ClvUnit): number {
	return n > 0 ? Math.max(1, Math.round(n / unitsPerMonth(unit))) : 0;
}

export function clvHorizon(
	s: Pick<ClvSettings, 'horizonIn' | 'horizonUnits' | 'horizonMonths' | 'unit'>
): ClvHorizon {
	if (s.horizonIn === 'units')
		return { units: s.horizonUnits, months: wholeMonths(s.horizonUnits, s.unit), exact: true };
	return { units: s.horizonMonths * unitsPerMonth(s.unit), months: s.horizonMonths, exact: false };
}

/** The CLV forecast options for the settings' horizon, discounted per month at `monthlyRate`. */
export function clvForecastOptions(s: ClvSettings, monthlyRate: number): ClvForecastOptions {
	const h = clvHorizon(s);
	return {
		months: h.months,
		unit: s.unit,
		discountRate: monthlyRate,
		discountPer: 'month',
		...(h.exact ? { units: h.units } : {})
	};
}
