// The value vector a pyramid or Pareto chart ranks by, with the basis named so the result can
// say what it measured: predicted CLV (supplied by the caller), margin or net revenue.
import type { CustomerMetrics } from '../customers/customerTable';
import { SegmentsError } from '../customers/segmentsIssue';

/** clvReferral: predicted CLV + referral value, supplied by the caller like clv. */
export type ValueBasisName = 'clv' | 'clvReferral' | 'margin' | 'revenue';

export interface ValueVector {
	basis: ValueBasisName;
	values: Float64Array;
}

export function valueBasis(
	table: CustomerMetrics,
	basis: ValueBasisName,
	clv?: Float64Array
): ValueVector {
	if (basis === 'clv' || basis === 'clvReferral') {
		if (!clv || clv.length !== table.length)
			throw new SegmentsError({
				code: 'length_mismatch',
				params: { expected: table.length, got: clv ? clv.length : 0 }
			});
		return { basis, values: clv };
	}
	const values = basis === 'margin' ? table.margin : table.monetary;
	if (!values)
		throw new SegmentsError({
			code: basis === 'margin' ? 'margin_unavailable' : 'monetary_unavailable'
		});
	return { basis, values };
}
