// Texts for the tenure the exit pattern reads beside the stage walk (analytics/lifecycle/
// exitPatternOf): how many periods the customer kept buying, shown on one customer's timeline.

const en = {
	'lifecycleTenure.timeline.tenure': 'bought over {n, plural, one {# period} other {# periods}}'
} as const;

const zh: Record<keyof typeof en, string> = {
	'lifecycleTenure.timeline.tenure': '购买持续 {n} 期'
};

export default { en, zh };
