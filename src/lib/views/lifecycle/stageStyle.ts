// Names and colours of the stages and exit patterns, the same in every lifecycle chart. The
// five-stage naming (acquisition, growth, maturity, decline, churn) relabels the same stages.
import { FIVE_STAGE_NAMES, type CustomerPattern, type Stage } from '$lib/analytics/lifecycle';
import { t } from '$lib/i18n/i18n.svelte';

export type StageNaming = 'four' | 'five';

export const STAGE_COLORS: Record<Stage, string> = {
	exploration: '#1E9AC9',
	formation: '#009E73',
	stability: '#0072B2',
	decline: '#C28133',
	churned: '#918F8E'
};

export const PATTERN_COLORS: Record<CustomerPattern, string> = {
	I: '#D55E00',
	II: '#C28133',
	III: '#C475A4',
	IV: '#0072B2',
	active: '#918F8E'
};

export function stageName(stage: Stage, naming: StageNaming): string {
	return naming === 'five'
		? t(`lifecycle.fiveStage.${FIVE_STAGE_NAMES[stage]}`)
		: t(`lifecycle.stage.${stage}`);
}
