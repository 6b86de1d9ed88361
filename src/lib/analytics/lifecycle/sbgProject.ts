// Projection of a cohort under a fitted shifted-beta-geometric model: expected survivors and the
// retention rates, which rise with tenure because the churn-prone leave first.
import { sbgRetention, sbgSurvival } from './sbgLogLik';

export interface SbgProjection {
	/** Expected survivors after t = 0..periods periods, for a cohort of `size`. */
	survivors: number[];
	/** Retention rate in period t = 1..periods (index 0 = period 1). */
	retention: number[];
}

export function sbgProject(
	alpha: number,
	beta: number,
	size: number,
	periods: number
): SbgProjection {
	return {
		survivors: Array.from(sbgSurvival(alpha, beta, periods), (s) => s * size),
		retention: Array.from(sbgRetention(alpha, beta, periods))
	};
}
