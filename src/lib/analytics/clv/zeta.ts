// Riemann zeta at integers k >= 2, used once at load time for the Taylor series of log-gamma
// near 1 (where the shifted Stirling formula would lose relative accuracy).

/** B_2j / (2j)! for the Euler–Maclaurin tail. */
const EM = [1 / 12, -1 / 720, 1 / 30240, -1 / 1209600, 1 / 47900160, -691 / 1307674368000];

/** ζ(k) for k > 1 by a 12-term direct sum plus the Euler–Maclaurin tail (error < 1e-18). */
export function zeta(k: number): number {
	const N = 12;
	let sum = 0;
	// Small terms first so rounding does not swamp them.
	for (let n = N - 1; n >= 1; n--) sum += Math.pow(n, -k);
	let tail = Math.pow(N, 1 - k) / (k - 1) + Math.pow(N, -k) / 2;
	let rising = k; // k (k+1) … (k+2j-2)
	for (let j = 0; j < EM.length; j++) {
		tail += EM[j] * rising * Math.pow(N, -k - 2 * j - 1);
		rising *= (k + 2 * j + 1) * (k + 2 * j + 2);
	}
	return sum + tail;
}
