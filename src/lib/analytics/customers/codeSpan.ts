// How many dictionary codes a column uses (largest code + 1). Counting arrays sized by it do
// not need the labels themselves — which a stored dataset may only decode when shown.

export function codeSpan(codes: Int32Array): number {
	let max = -1;
	for (let i = 0; i < codes.length; i++) if (codes[i] > max) max = codes[i];
	return max + 1;
}
