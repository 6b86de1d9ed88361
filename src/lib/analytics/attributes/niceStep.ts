// A readable step (1, 2 or 5 × 10^k) that splits `span` into about `target` parts.
export function niceStep(span: number, target: number): number {
	if (!(span > 0) || !(target > 0)) return 1;
	const raw = span / target;
	const power = 10 ** Math.floor(Math.log10(raw));
	for (const mult of [1, 2, 5, 10]) if (mult * power >= raw * (1 - 1e-12)) return mult * power;
	return 10 * power;
}
