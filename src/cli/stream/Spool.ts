// A temp file of text records written now and read back in order later (e.g. RFM rows waiting
// for scores that need every customer). Records are separated by NUL, which no decoded cell
// contains, so they may hold commas, quotes and line breaks.
import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';

const FLUSH_CHARS = 1 << 20;

export class Spool {
	private fd: number | null;
	private buffer = '';
	count = 0;

	constructor(private path: string) {
		this.fd = openSync(path, 'w');
	}

	push(record: string): void {
		this.buffer += record + '\u0000';
		this.count++;
		if (this.buffer.length >= FLUSH_CHARS) this.flush();
	}

	/** Closes the file and yields the records in the order they were pushed. */
	async *records(): AsyncGenerator<string> {
		this.flush();
		if (this.fd !== null) closeSync(this.fd);
		this.fd = null;
		let carry = '';
		for await (const chunk of createReadStream(this.path, { encoding: 'utf8' })) {
			const text = carry + (chunk as string);
			let start = 0;
			for (;;) {
				const end = text.indexOf('\u0000', start);
				if (end < 0) break;
				yield text.slice(start, end);
				start = end + 1;
			}
			carry = text.slice(start);
		}
	}

	private flush(): void {
		if (this.buffer === '' || this.fd === null) return;
		writeSync(this.fd, this.buffer);
		this.buffer = '';
	}
}
