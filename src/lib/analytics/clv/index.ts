// Public API of the lifetime-value engine.
export * from './clvTypes';
export { clvSummary, type ClvSummary, type ClvSummaryOptions } from './clvSummary';
export { defaultCalibrationEnd } from './defaultCalibrationEnd';
export { groupTransactionRows, groupSpendRows } from './groupRows';
export { unitDays, unitsPerMonth, DAYS_PER_MONTH } from './unitDays';
export { logGamma, gammaSign } from './logGamma';
export { digamma } from './digamma';
export { logBeta } from './logBeta';
export { hyp2f1, logHyp2f1 } from './hyp2f1';
export { bgnbdLogLik, mbgnbdLogLik } from './betaGeoLogLik';
export { paretoNbdLogLik } from './paretoNbdLogLik';
export { gammaGammaLogLik } from './gammaGammaLogLik';
export { minimizeBfgs } from './minimizeBfgs';
export {
	fitTransactionModel,
	checkTransactionData,
	type TransactionFit,
	type FitOutcome
} from './fitTransactionModel';
export { fitGammaGamma, type GammaGammaFit } from './fitGammaGamma';
export {
	expectedPurchases,
	conditionalPurchases,
	conditionalIfAlive,
	probabilityAlive
} from './transactionPredict';
export { gammaGammaSpend } from './gammaGammaSpend';
export { clvForecast, discountedIfAlive, type ClvForecastOptions } from './clvForecast';
export { predictRows, type RowPredictions } from './predictRows';
export { pAliveHistory } from './pAliveHistory';
export { frequencyRecencyMatrix } from './frequencyRecencyMatrix';
export { trackingSeries } from './trackingSeries';
export { holdoutByFrequency, predictionErrors } from './holdoutByFrequency';
export { spendFrequencyCorrelation } from './spendFrequencyCorrelation';
export { historicalClv } from './historicalClv';
export { retentionClv } from './retentionClv';
export { fitReport, fitSummaryReport, type FitReport, type FitReportOptions } from './fitReport';
export { predictReport, type PredictReport, type PredictReportOptions } from './predictReport';
export {
	compareModels,
	COMPARED_MODELS,
	HOLDOUT_MISS,
	ONE_TIMER_FACTOR,
	type ComparedModel,
	type ModelComparison
} from './compareModels';
export {
	clvIntervals,
	DEFAULT_DRAWS,
	type ClvIntervals,
	type ClvIntervalOptions
} from './clvIntervals';
export { parameterDraws, cholesky } from './parameterDraws';
export { clvDeltaIntervals } from './clvDeltaIntervals';
