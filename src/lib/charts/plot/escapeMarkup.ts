// Text made safe for SVG/HTML markup built as a string: inside a double-quoted attribute value
// or as an element's text content, the five characters that could end the value, open a tag or
// start an entity are written as entities, so a name such as `"><img onerror=…>` stays text.
const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

export function escapeMarkup(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
