// The textbook retention-model CLV for a constant margin m per period, retention r and discount
// rate d, counting from the next period: CLV = m r / (1 + d - r) (Gupta & Lehmann 2003).

/** NaN-free: retention is clamped to [0, 1) and d to >= 0, so the denominator stays positive. */
export function retentionClv(margin: number, retention: number, discount: number): number {
	const r = Math.min(Math.max(retention, 0), 1 - 1e-12);
	const d = Math.max(discount, 0);
	return (margin * r) / (1 + d - r);
}
