// Axis numbers short enough for a 60-pixel margin: 12k / 1.5M in English, 1.2万 / 150万 in
// Chinese (where 万 = 10,000 is the natural unit). Hover texts and tables keep full numbers.
export function compactNumber(v: number, lang: 'en' | 'zh'): string {
	const a = Math.abs(v);
	const trim = (x: number) => String(Math.round(x * 10) / 10);
	if (lang === 'zh') {
		if (a >= 1e8) return `${trim(v / 1e8)}亿`;
		if (a >= 1e4) return `${trim(v / 1e4)}万`;
	} else {
		if (a >= 1e6) return `${trim(v / 1e6)}M`;
		if (a >= 1e4) return `${trim(v / 1e3)}k`;
	}
	return String(Math.round(v * 100) / 100);
}
