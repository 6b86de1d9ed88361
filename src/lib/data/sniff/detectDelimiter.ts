// Finds the field delimiter from the first lines: the candidate that splits the lines into the
// same number of fields (outside quotes) most consistently. Columns aligned with runs of
// spaces (CDNOW_sample.txt) are recognised when no single character does.

export type Delimiter = ',' | ';' | '\t' | '|' | 'whitespace';

export const DELIMITERS: Delimiter[] = [',', ';', '\t', '|', 'whitespace'];

function countOutsideQuotes(line: string, ch: string): number {
	let n = 0;
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (c === '"') quoted = !quoted;
		else if (c === ch && !quoted) n++;
	}
	return n;
}

/** Lines of a sample, without a possibly cut-off last line. */
export function sampleLines(text: string, max = 50): string[] {
	const lines = text.split(/\r\n|\n|\r/);
	if (lines.length > 1) lines.pop();
	return lines.filter((l) => l.trim() !== '').slice(0, max);
}

export function detectDelimiter(text: string): Delimiter {
	const lines = sampleLines(text);
	if (lines.length === 0) return ',';
	let best: { d: Delimiter; score: number } = { d: ',', score: -1 };
	for (const d of [',', ';', '\t', '|'] as const) {
		const counts = lines.map((l) => countOutsideQuotes(l, d));
		const first = counts[0];
		if (first === 0) continue;
		const same = counts.filter((c) => c === first).length / counts.length;
		// Prefer consistent splits; break ties by more fields.
		const score = same * 1000 + Math.min(first, 999);
		if (same >= 0.8 && score > best.score) best = { d, score };
	}
	if (best.score >= 0) return best.d;
	const ws = lines.map((l) => l.trim().split(/\s+/).length);
	if (ws[0] > 1 && ws.filter((c) => c === ws[0]).length / ws.length >= 0.8) return 'whitespace';
	return ',';
}
