// The one stderr line of a long CLI run: rewritten in place while reading (terminal only), then
// the summary — rows, customers, throughput and peak memory. MB here is 10^6 bytes.

export interface RunFacts {
	label: string;
	bytes: number;
	rows: number;
	rejected: number;
	customers: number;
	seconds: number;
	partitions: number;
	/** Peak resident memory when pass 1 ended, in bytes. */
	pass1PeakBytes: number;
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const mb = (bytes: number) => bytes / 1e6;

/** Peak resident memory of this process so far, in bytes. */
export function peakRssBytes(): number {
	return process.resourceUsage().maxRSS * 1024;
}

export function summaryLine(f: RunFacts): string {
	const rate = f.seconds > 0 ? mb(f.bytes) / f.seconds : 0;
	return (
		`${f.label}: ${int(f.rows)} rows read (${int(f.rejected)} rejected), ` +
		`${int(f.customers)} customers, ${mb(f.bytes).toFixed(1)} MB in ${f.seconds.toFixed(1)} s ` +
		`(${rate.toFixed(1)} MB/s), peak RSS ${int(mb(peakRssBytes()))} MB ` +
		`(${int(mb(f.pass1PeakBytes))} MB in pass 1), ${f.partitions} partitions`
	);
}

export class ProgressLine {
	private last = 0;
	private shown = false;

	constructor(
		/** Print the summary at the end (a terminal, or --verbose). */
		private enabled: boolean,
		/** Also redraw a progress line while reading (a terminal only). */
		private live: boolean
	) {}

	tick(label: string, done: number, total: number, rows: number, now: number): void {
		if (!this.live || now - this.last < 500) return;
		this.last = now;
		const pct = total > 0 ? Math.min(100, (100 * done) / total) : 100;
		process.stderr.write(`\r${label}: ${pct.toFixed(0)} % read, ${int(rows)} rows\u001b[K`);
		this.shown = true;
	}

	/** Erases the live line (before an error message, or the summary). */
	clear(): void {
		if (this.shown) process.stderr.write('\r\u001b[K');
		this.shown = false;
	}

	done(line: string): void {
		this.clear();
		if (this.enabled) process.stderr.write(line + '\n');
	}
}
