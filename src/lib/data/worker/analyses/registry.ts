// Every analysis the app can run in the engine worker, by name. Each module registers its
// own file here; the page calls them through state/engine.svelte.ts.
import type { Analysis } from './context';
import { datasetRows } from './datasetRows';
import { clvFit } from './clvFit';
import { clvHistory } from './clvHistory';
import { clvValues } from './clvValues';
import { clvTextbook } from './clvTextbook';
import { satisfactionSurvey } from './satisfactionSurvey';
import { satisfactionZones } from './satisfactionZones';
import { satisfactionBehaviour } from './satisfactionBehaviour';
import { lifecycleCohorts } from './lifecycleCohorts';
import { lifecycleSurvival } from './lifecycleSurvival';
import { lifecycleSbg } from './lifecycleSbg';
import { lifecycleStages } from './lifecycleStages';
import { lifecycleTransitions } from './lifecycleTransitions';
import { lifecycleTimeline } from './lifecycleTimeline';
import { lifecycleOverview } from './lifecycleOverview';
import { segmentsRfm } from './segmentsRfm';
import { rfmCore } from './rfmCore';
import { segmentsValue } from './segmentsValue';
import { segmentsClusters } from './segmentsClusters';
import { segmentsAttributes } from './segmentsAttributes';
import { segmentsMigration } from './segmentsMigration';
import { segmentsCustomers } from './segmentsCustomers';
import { segmentsCustomer } from './segmentsCustomer';

export const analyses: Record<string, Analysis> = {
	datasetRows,
	clvFit,
	clvHistory,
	clvValues,
	clvTextbook,
	satisfactionSurvey,
	satisfactionZones,
	satisfactionBehaviour,
	lifecycleCohorts,
	lifecycleSurvival,
	lifecycleSbg,
	lifecycleStages,
	lifecycleTransitions,
	lifecycleTimeline,
	lifecycleOverview,
	segmentsRfm,
	rfmCore,
	segmentsValue,
	segmentsClusters,
	segmentsAttributes,
	segmentsMigration,
	segmentsCustomers,
	segmentsCustomer
};
