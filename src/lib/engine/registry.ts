// Every analysis the app can run in the engine worker, by name. Each module registers its
// own file here; the page calls them through state/engine.svelte.ts, whose `run` is typed from
// this table: a misspelt analysis name does not compile, and the result type follows the name.
import type { Analysis } from './context';
import { datasetRows } from './datasetRows';
import { clvFit } from './clv/clvFit';
import { clvHistory } from './clv/clvHistory';
import { clvValues } from './clv/clvValues';
import { clvTextbook } from './clv/clvTextbook';
import { clvCompare, clvIntervals } from './clv/clvDiagnostics';
import { clvFitReport } from './clv/clvFitReport';
import { clvPredictReport } from './clv/clvPredictReport';
import { clvPredictIntervals } from './clv/clvPredictIntervals';
import { clvCompareReport } from './clv/clvCompareReport';
import { satisfactionSurvey } from './satisfaction/satisfactionSurvey';
import { satisfactionZones } from './satisfaction/satisfactionZones';
import { satisfactionBehaviour } from './satisfaction/satisfactionBehaviour';
import { satisfactionNpsCompare } from './satisfaction/satisfactionNpsCompare';
import { satisfactionReport } from './satisfaction/satisfactionReport';
import { lifecycleCohorts } from './lifecycle/lifecycleCohorts';
import { lifecycleCohortsCompare } from './lifecycle/lifecycleCohortsCompare';
import { lifecycleSurvival } from './lifecycle/lifecycleSurvival';
import { lifecycleSbg } from './lifecycle/lifecycleSbg';
import { lifecycleStages } from './lifecycle/lifecycleStages';
import { lifecycleTransitions } from './lifecycle/lifecycleTransitions';
import { lifecycleTimeline } from './lifecycle/lifecycleTimeline';
import { lifecycleOverview } from './lifecycle/lifecycleOverview';
import { lifecycleChurnRule } from './lifecycle/lifecycleChurnRule';
import { lifecycleCustomers } from './lifecycle/lifecycleCustomers';
import { cohortCounts } from './lifecycle/cohortCounts';
import { segmentsRfm } from './segments/segmentsRfm';
import { rfmCore } from './segments/rfmCore';
import { rfmScoreTable } from './segments/rfmScoreTable';
import { segmentsValue } from './segments/segmentsValue';
import { segmentsClusters } from './segments/segmentsClusters';
import { segmentsAttributes } from './segments/segmentsAttributes';
import { segmentsMigration } from './segments/segmentsMigration';
import { segmentsCompare } from './segments/segmentsCompare';
import { segmentsCustomers } from './segments/segmentsCustomers';
import { segmentsCustomer } from './segments/segmentsCustomer';
import { churnAnalysis } from './churn/churnOverview';
import { crossbuyAnalysis } from './crossbuy/crossbuyOverview';
import { referralLoyaltyAnalysis } from './referral/referralLoyalty';
import { kpiStrip } from './kpi/kpiStrip';
import { kpiKeyFigure } from './kpi/kpiKeyFigure';
import { filterOptions } from './filter/filterOptions';
import { compareDatasets } from './compare/compareDatasets';

export const analyses = {
	datasetRows,
	clvFit,
	clvHistory,
	clvValues,
	clvTextbook,
	clvCompare,
	clvIntervals,
	clvFitReport,
	clvPredictReport,
	clvPredictIntervals,
	clvCompareReport,
	satisfactionSurvey,
	satisfactionZones,
	satisfactionBehaviour,
	satisfactionNpsCompare,
	satisfactionReport,
	lifecycleCohorts,
	lifecycleCohortsCompare,
	lifecycleSurvival,
	lifecycleSbg,
	lifecycleStages,
	lifecycleTransitions,
	lifecycleTimeline,
	lifecycleOverview,
	lifecycleChurnRule,
	lifecycleCustomers,
	cohortCounts,
	segmentsRfm,
	rfmCore,
	rfmScoreTable,
	segmentsValue,
	segmentsClusters,
	segmentsAttributes,
	segmentsMigration,
	segmentsCompare,
	segmentsCustomers,
	segmentsCustomer,
	churnAnalysis,
	crossbuyAnalysis,
	referralLoyaltyAnalysis,
	kpiStrip,
	kpiKeyFigure,
	filterOptions,
	compareDatasets
} satisfies Record<string, Analysis>;

export type AnalysisName = keyof typeof analyses;
/** What analysis K resolves to (unknown where the analysis does not declare it). */
export type AnalysisResult<K extends AnalysisName> = Awaited<ReturnType<(typeof analyses)[K]>>;
/** The parameters analysis K accepts. */
export type AnalysisParams<K extends AnalysisName> = Parameters<(typeof analyses)[K]>[1];

/**
 * Runs analysis K on a context: how the CLI (and tests) reach an analysis, so that Node and the
 * worker go through the same table and the result is typed by the name.
 */
export function runAnalysis<K extends AnalysisName>(
	ctx: Parameters<Analysis>[0],
	name: K,
	params: AnalysisParams<K>
): Promise<AnalysisResult<K>> {
	return (analyses[name] as Analysis)(ctx, params) as Promise<AnalysisResult<K>>;
}

/** The analysis called `name`, or undefined: names arrive as text over the worker boundary. */
export function analysisNamed(name: string): Analysis | undefined {
	return Object.hasOwn(analyses, name) ? analyses[name as AnalysisName] : undefined;
}
