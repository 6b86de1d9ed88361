// Joins a cluster's trait keys into a readable name with the language's own separator,
// e.g. "recent, frequent, high spend" / "近期活跃、高频、高消费".
export function composeClusterName(parts: string[], messages: Record<string, string>): string {
	const separator = messages['segments.cluster.separator'] ?? ', ';
	return parts.map((p) => messages[`segments.cluster.${p}`] ?? p).join(separator);
}
