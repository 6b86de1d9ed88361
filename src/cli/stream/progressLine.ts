// The one stderr line of a long CLI run: rewritten in place while reading (terminal only), then
// the summary — rows, rejected rows by reason, customers, throughput and peak memory. MB here is
// 10^6 bytes. With NO_COLOR set the line is redrawn with a carriage return and spaces only, no
// terminal control sequence.

export interface RunFacts {
	label: string;
	bytes: number;
	rows: number;
	rejected: number;
	byReason: Record<string, number>;
	customers: number;
	seconds: number;
	reader: 'duckdb' | 'javascript';
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const mb = (bytes: number) => bytes / 1e6;

/** Peak resident memory of this process so far, in bytes. */
export function peakRssBytes(): number {
	return process.resourceUsage().maxRSS * 1024;
}

export function summaryLine(f: RunFacts): string {
	const rate = f.seconds > 0 ? mb(f.bytes) / f.seconds : 0;
	const reasons = Object.entries(f.byReason)
		.map(([k, v]) => `${k} ${int(v)}`)
		.join(', ');
	return (
		`${f.label}: ${int(f.rows)} rows read (${int(f.rejected)} rejected${reasons ? `: ${reasons}` : ''}), ` +
		`${int(f.customers)} customers, ${mb(f.bytes).toFixed(1)} MB in ${f.seconds.toFixed(1)} s ` +
		`(${rate.toFixed(1)} MB/s), peak RSS ${int(mb(peakRssBytes()))} MB, read by ${f.reader}`
	);
}

export class ProgressLine {
	private last = 0;
	private shown = 0;

	constructor(
		/** Print the summary at the end (a terminal, or --verbose). */
		private enabled: boolean,
		/** Also redraw a progress line while reading (a terminal only). */
		private live: boolean,
		/** Terminal control sequences allowed (NO_COLOR unset). */
		private control = true
	) {}

	private write(text: string): void {
		if (this.control) process.stderr.write(`\r${text}\u001b[K`);
		// Spaces over what is left of a longer previous line.
		else process.stderr.write(`\r${text.padEnd(this.shown)}`);
		this.shown = text.length;
	}

	tick(label: string, done: number, total: number, rows: number, now: number): void {
		if (!this.live || now - this.last < 500) return;
		this.last = now;
		const pct = total > 0 ? Math.min(100, (100 * done) / total) : 100;
		this.write(
			done === 0 ? `${label}: reading…` : `${label}: ${pct.toFixed(0)} % read, ${int(rows)} rows`
		);
	}

	/** Erases the live line (before an error message, or the summary). */
	clear(): void {
		if (this.shown === 0) return;
		if (this.control) process.stderr.write('\r\u001b[K');
		else process.stderr.write(`\r${' '.repeat(this.shown)}\r`);
		this.shown = 0;
	}

	done(line: string): void {
		this.clear();
		if (this.enabled) process.stderr.write(line + '\n');
	}
}
