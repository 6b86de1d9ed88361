// Acquisition cohorts for the Lifecycle view: every metric of the retention triangle at once
// (the view toggles between them without a new run), by first purchase or by signup date.
import { cohortTable, GRAINS, type Grain } from '../../analytics/lifecycle';
import type { AnalysisContext } from '../context';
import { alignedCustomers, baseParams, lifecycleData, lifecycleRun, memo } from './lifecycleBase';
import type { CohortAcquisition, CohortsResult } from './lifecycleResult';

export async function lifecycleCohorts(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<CohortsResult> {
	const p = baseParams(params);
	const grain: Grain = GRAINS.includes(params.grain as Grain) ? (params.grain as Grain) : 'month';
	const d = await lifecycleData(ctx, p);
	const customers = await alignedCustomers(ctx, d.tx, p.customersId);
	const signupAvailable = !!customers?.signup;
	const acquisition: CohortAcquisition =
		params.acquisition === 'signup' && signupAvailable ? 'signup' : 'firstPurchase';
	const key = `cohorts|${d.asOf}|${grain}|${acquisition}|${p.customersId ?? ''}`;
	const table = memo(d.tx, key, () =>
		lifecycleRun(() =>
			cohortTable(
				d.cd,
				acquisition === 'signup' && customers?.signup
					? {
							grain,
							acquisitionDays: customers.signup,
							nonBuyerAcquisitionDays: customers.nonBuyerSignup
						}
					: { grain }
			)
		)
	);
	return { asOf: d.asOf, acquisition, signupAvailable, hasAmount: d.cd.hasAmount, table };
}
