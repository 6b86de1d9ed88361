// The published CDNOW fits the "Reproduce the textbook result" button compares against:
// calibration to 1997-09-30, weeks, 2,357 customers (Fader, Hardie & Lee 2005; Schmittlein et
// al. via BTYD/CLVTools; Fader & Hardie's Gamma-Gamma note) — /work/shared/REFERENCES.md.
export const PUBLISHED_CDNOW: Record<
	'bgnbd' | 'paretonbd' | 'gammagamma',
	{ params: Record<string, number>; logLik: number }
> = {
	bgnbd: { params: { r: 0.2426, alpha: 4.4136, a: 0.793, b: 2.4262 }, logLik: -9582.43 },
	paretonbd: { params: { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.669 }, logLik: -9594.98 },
	gammagamma: { params: { p: 6.2496, q: 3.7442, gamma: 15.4435 }, logLik: -4055.92 }
};
