/** Fills {name} placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function format(template: string, values: Record<string, unknown> = {}): string {
	return template.replace(/\{(\w+)\}/g, (m, k: string) =>
		k in values && values[k] !== undefined ? String(values[k]) : m
	);
}
