// The cut of the eight-class RFM model (重要价值客户 … 一般挽留客户): each of R, F and M is high
// or low against one value per dimension, usually its mean or median over the customers.
import { quantileSorted } from './quantileSorted';

export type CentreKind = 'mean' | 'median';

export interface CentreCuts {
	recency: CentreKind;
	frequency: CentreKind;
	monetary: CentreKind;
}

/** The mean or median of the finite values (NaN when there are none). */
export function centreCut(values: ArrayLike<number>, kind: CentreKind): number {
	const finite: number[] = [];
	for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) finite.push(values[i]);
	if (finite.length === 0) return NaN;
	if (kind === 'median') return quantileSorted(Float64Array.from(finite).sort(), 0.5);
	let sum = 0;
	for (const v of finite) sum += v;
	return sum / finite.length;
}
