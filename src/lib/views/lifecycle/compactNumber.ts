// Axis numbers short enough for a 60-pixel margin; the one rule for every chart lives in
// i18n/format.ts (12k / 1.5M, 1.2万 / 150万). Hover texts and tables keep full numbers.
export { compactNumber } from '$lib/i18n/format';
