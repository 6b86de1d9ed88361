// Two-sided 95 % Student t critical value t(0.975, df) for confidence intervals of means.
// Small df from the t table (6 decimals); df ≥ 10 by the Cornish–Fisher expansion around the
// normal quantile (Abramowitz & Stegun 26.7.5), which is within 1e-5 of the table there.

const SMALL_DF = [
	12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004, 2.262157
];
const Z975 = 1.959963984540054;

export function tCritical95(df: number): number {
	if (!(df >= 1)) return NaN;
	if (df < 10) return SMALL_DF[Math.floor(df) - 1];
	const z = Z975;
	const z2 = z * z;
	const g1 = (z2 * z + z) / 4;
	const g2 = (((5 * z2 + 16) * z2 + 3) * z) / 96;
	const g3 = ((((3 * z2 + 19) * z2 + 17) * z2 - 15) * z) / 384;
	const g4 = (((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z) / 92160;
	return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}
