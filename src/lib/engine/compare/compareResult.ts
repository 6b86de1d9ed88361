// What the Compare page gets from the engine for two transaction datasets: per dataset its
// customers, revenue, segment sizes (both scored on the same edges and rules) and its survival
// curve under the shared alive/churned rule; between them the log-rank test.
import type { KaplanMeierCurve, LogRank, SurvivalMedian } from '../../analytics/lifecycle';
import type { ChurnRuleSummary } from '../lifecycle/lifecycleResult';

export interface CompareSegment {
	key: string;
	customers: number;
	/** Share of the dataset's customers, 0–1. */
	share: number;
	/** Net revenue; null without amounts. */
	revenue: number | null;
}

export interface CompareSide {
	id: string;
	/** RFM analysis date: the day after the dataset's last purchase. */
	asOf: number;
	firstDay: number;
	lastDay: number;
	customers: number;
	/** Net revenue in the dataset's own currency; null without amounts. */
	revenue: number | null;
	segments: CompareSegment[];
	survival: {
		/** The day after the last purchase, as the Lifecycle page's default. */
		asOf: number;
		curve: KaplanMeierCurve;
		median: SurvivalMedian;
		churnRule: ChurnRuleSummary | null;
		churned: number;
		active: number;
	};
}

/** Where each dimension's edges came from: the user's thresholds, both datasets pooled, or each its own. */
export type EdgeSource = 'custom' | 'pooled' | 'own';

export interface CompareResult {
	a: CompareSide;
	b: CompareSide;
	bins: number;
	monetaryBasis: 'total' | 'average';
	/** The edges both datasets were scored on (monetary: null when each used its own). */
	edges: { recency: number[]; frequency: number[]; monetary: number[] | null };
	edgeSource: { recency: EdgeSource; frequency: EdgeSource; monetary: EdgeSource };
	/** Log-rank test of the two survival curves; null when it cannot be computed. */
	logRank: LogRank | null;
}
