// How many dictionary codes a column uses (largest code + 1). Counting arrays sized by it do
// not need the labels themselves — which a stored dataset may only decode when shown.
import { int32Max } from './int32Max';

export function codeSpan(codes: Int32Array): number {
	// Missing codes are -1, so an empty or all-missing column spans 0.
	return Math.max(int32Max(codes), -1) + 1;
}
