// Text read in chunks with its line breaks made LF: CRLF and a lone CR (old Mac files, or
// mixed in one file) both end a line, as the app's parser has them after it unifies a file's
// line breaks. A CR at the end of a chunk waits for the next one, which may start with its LF.
export class LineBreaks {
	private pendingCr = false;

	push(text: string): string {
		let t = this.pendingCr ? '\r' + text : text;
		this.pendingCr = t.endsWith('\r');
		if (this.pendingCr) t = t.slice(0, -1);
		return t.includes('\r') ? t.replace(/\r\n?/g, '\n') : t;
	}

	end(): string {
		const t = this.pendingCr ? '\n' : '';
		this.pendingCr = false;
		return t;
	}
}
