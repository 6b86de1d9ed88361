// The satisfaction–loyalty engine's public surface, for the worker, the CLI and the pages.
export { normalizeAnswer } from './normalizeAnswer';
export { detectScale, KNOWN_SCALES, type Scale, type ScaleDetection } from './detectScale';
export { detectScales, type ItemScale } from './detectScales';
export { reverseCode } from './reverseCode';
export { rescaleTo10 } from './rescaleTo10';
export {
	CONSTRUCTS,
	LOYALTY_MEASURES,
	LOYALTY_BLOCK,
	SATISFACTION_BLOCK,
	DETERMINANTS,
	isConstruct,
	type Construct,
	type LoyaltyMeasure,
	type Determinant
} from './constructs';
export { suggestConstruct, suggestConstructMap } from './suggestConstruct';
export { constructScores, type ConstructScores } from './constructScores';
export { blockScore } from './blockScore';
export { cronbachAlpha, type Reliability, type ItemReliability } from './cronbachAlpha';
export { nps, type NpsResult } from './nps';
export { npsByGroup } from './npsByGroup';
export {
	jonesSasser,
	ZONES,
	DEFAULT_QUADRANT_THRESHOLDS,
	type Zone,
	type QuadrantThresholds,
	type QuadrantResult
} from './jonesSasser';
export { jitter } from './jitter';
export { binnedMeans, type Bin } from './binnedMeans';
export { quadraticFit, type QuadraticFit } from './quadraticFit';
export {
	satisfactionLoyaltyCurve,
	type SatisfactionLoyaltyCurve,
	type Curvature
} from './satisfactionLoyaltyCurve';
export { satisfactionTrap, type TrapVerdict, type TrapOptions } from './satisfactionTrap';
export { expectationCurves, type ExpectationCurves } from './expectationCurves';
export {
	completelySatisfiedRatio,
	type CompletelySatisfiedRatio
} from './completelySatisfiedRatio';
export { topBox } from './topBox';
export { relativeWeights } from './relativeWeights';
export { ipaQuadrants, IPA_QUADRANTS, type IpaQuadrant } from './ipaQuadrants';
export { driverImportance, type DriverAnalysis, type Driver } from './driverImportance';
export { behaviourAfterSurvey, type Behaviour } from './behaviourAfterSurvey';
export { behaviouralLoyalty, type BehaviouralLoyalty } from './behaviouralLoyalty';
export { loyaltyByGroup, type GroupLoyalty } from './loyaltyByGroup';
export { determinantCorrelations, type DeterminantLink } from './determinantCorrelations';
export { surveyReport, type SurveyReport, type SurveyReportOptions } from './surveyReport';
export { surveyFromCsvText } from './surveyFromCsvText';
export {
	isSatisfactionIssue,
	SATISFACTION_ISSUE_CODES,
	type SatisfactionIssue,
	type SatisfactionIssueCode
} from './satisfactionIssue';
export { npsDifference, type NpsDifference } from './npsDifference';
export { trapBootstrap, type TrapInterval } from './trapBootstrap';
