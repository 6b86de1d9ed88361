// The cohort triangle's title when its cells are shares: the cells write "97" without the sign
// (a 29 px cell had no room for "97 %"), so the title names the unit once, kept on the line of
// the measure by a no-break space.

const en = {
	'lifecycleView.cohortHeatmap.inPercent': '{measure}\u00a0(%)'
};

const zh: Record<keyof typeof en, string> = {
	'lifecycleView.cohortHeatmap.inPercent': '{measure}（%）'
};

export const cohortCellsMessages = { en, zh };
