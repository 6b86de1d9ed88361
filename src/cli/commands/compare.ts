// `cli compare <file> [--calibration-end D] [--unit week]`: BG/NBD, MBG/NBD and Pareto/NBD fitted
// to the same calibration period, with in-sample fit (logLik, AIC, BIC) and the holdout forecast
// (total, error %, MAE, RMSE, by calibration frequency) side by side; Gamma-Gamma for spend.
// Runs the engine registry's `clvCompareReport` (compareModels, as the page's clvCompare).
// The two thresholds are imported only to quote them in the help text.
import { HOLDOUT_MISS, ONE_TIMER_FACTOR } from '../../lib/analytics/clv';
import { isoFromDay } from '../../lib/analytics/dates';
import { runAnalysis } from '../../lib/engine/registry';
import { CliError } from '../args';
import { loadBehaviour } from '../loadFile';
import { nodeContext } from '../nodeContext';
import { clvIssueText, orCliError, parseCalibrationEnd, parseUnit, printedModel } from './fit';

export const COMPARE_HELP = `usage: cli compare <file> [--calibration-end YYYY-MM-DD] [--unit day|week|month]
Fits BG/NBD, MBG/NBD and Pareto/NBD to the purchases up to the calibration end (default: the
one the Lifetime value page proposes, leaving the later part as holdout) and compares them:
logLik, AIC and BIC in sample; over the holdout, actual and predicted repeat purchases in
total, the error in % and per customer (MAE, RMSE), and by calibration repeat purchases
x = 0…6, 7+. A model "misses" when its total is off by more than ${HOLDOUT_MISS * 100} % or its
one-time buyers by more than a factor of ${ONE_TIMER_FACTOR}. Gamma-Gamma (spend) is fitted separately.
Prints {calibrationEnd, unit, customers, holdoutLength, models: [{model, params, logLik, aic, bic,
holdout: {actual, predicted, errorPct, mae, rmse} | null, byFrequency: [{x, customers, actual,
predicted}], misses}], bestByHoldout, bestByBic, allMiss, spend: {params, logLik} | null, warnings}.`;

export async function compareCommand(file: string, options: Record<string, string>) {
	const unit = parseUnit(options.unit);
	const data = loadBehaviour(file, options, unit);
	if (data.kind !== 'transactions')
		throw new CliError('compare needs a transaction file: a customer summary has no holdout');
	const given = parseCalibrationEnd(options['calibration-end']);
	const r = await orCliError(() =>
		runAnalysis(nodeContext(data), 'clvCompareReport', { id: file, unit, calibrationEnd: given })
	);
	const c = r.comparison;
	const calibrationEnd = r.calibrationEnd;
	if (c.models.length === 0) throw new CliError(clvIssueText(c.failed[0].issues[0]));
	const warnings = [
		...r.issues.map(clvIssueText),
		...(c.holdoutLength === 0
			? ['no holdout after the calibration end: only logLik, AIC and BIC compare the models']
			: []),
		...c.failed.map((f) => `${printedModel(f.model)}: ${clvIssueText(f.issues[0])}`),
		...c.models.flatMap((m) => m.issues.map((i) => `${printedModel(m.model)}: ${clvIssueText(i)}`)),
		...(r.spendIssue ? [`gamma-gamma: ${clvIssueText(r.spendIssue)}`] : [])
	];
	return {
		calibrationEnd: isoFromDay(calibrationEnd),
		unit,
		customers: c.customers,
		holdoutLength: c.holdoutLength,
		models: c.models.map((m) => ({
			model: printedModel(m.model),
			params: m.params,
			logLik: m.logLik,
			aic: m.aic,
			bic: m.bic,
			holdout: m.holdout,
			byFrequency: m.byFrequency,
			misses: m.misses
		})),
		bestByHoldout: c.bestByHoldout && printedModel(c.bestByHoldout),
		bestByBic: c.bestByBic && printedModel(c.bestByBic),
		allMiss: c.allMiss,
		spend: r.spend,
		warnings
	};
}
