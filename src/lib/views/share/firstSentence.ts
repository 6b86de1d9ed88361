// A slide's one-line takeaway is the first sentence of the view's words for its chart. English
// ends a sentence with . ! ? before a space or the end ("1.5 %" and "log₁₀(1 + x)" stay whole);
// Chinese with 。！？ and no space after them.

export function firstSentence(text: string): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	const m = clean.match(/^.+?(?:[.!?](?=\s|$)|[。！？])/);
	return m ? m[0] : clean;
}
