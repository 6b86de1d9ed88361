// ln B(a, b) = lnΓ(a) + lnΓ(b) - lnΓ(a+b), for a, b > 0.
import { logGamma } from './logGamma';

export function logBeta(a: number, b: number): number {
	return logGamma(a) + logGamma(b) - logGamma(a + b);
}
