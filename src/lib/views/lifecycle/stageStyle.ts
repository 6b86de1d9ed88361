// Names and colours of the stages and exit patterns, the same in every lifecycle chart. The
// five-stage naming (acquisition, growth, maturity, decline, churn) relabels the same stages.
import { FIVE_STAGE_NAMES, type CustomerPattern, type Stage } from '$lib/analytics/lifecycle';
import { t } from '$lib/i18n/i18n.svelte';

export type StageNaming = 'four' | 'five';

export const STAGE_COLORS: Record<Stage, string> = {
	exploration: '#56B4E9',
	formation: '#009E73',
	stability: '#0072B2',
	decline: '#E69F00',
	churned: '#999999'
};

export const PATTERN_COLORS: Record<CustomerPattern, string> = {
	I: '#D55E00',
	II: '#E69F00',
	III: '#CC79A7',
	IV: '#0072B2',
	active: '#999999'
};

export function stageName(stage: Stage, naming: StageNaming): string {
	return naming === 'five'
		? t(`lifecycle.fiveStage.${FIVE_STAGE_NAMES[stage]}`)
		: t(`lifecycle.stage.${stage}`);
}
