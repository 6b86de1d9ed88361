// The migration flow's series from the segments migration analysis: the earlier date's
// segments (and "new since then") on the left, the analysis date's on the right, each node
// named and coloured as in the other segment charts, the links as the analysis gives them.
import type { FlowLink, FlowNode } from '$lib/charts/flowLayout';
import type { MigrationView } from '$lib/engine/segments/segmentsResult';

export interface MigrationFlowText {
	/** A left node's name: a segment, or "new since then" for the key 'new'. */
	from: (key: string) => string;
	segment: (key: string) => string;
	/** A segment's colour (the same in every segment chart). */
	color: (key: string) => string;
	/** The colour of the customers who are new since the earlier date. */
	newColor: string;
}

export function migrationFlowChart(
	mg: Pick<MigrationView, 'nodes' | 'links'>,
	text: MigrationFlowText
): { left: FlowNode[]; right: FlowNode[]; links: FlowLink[] } {
	const left = mg.nodes
		.filter((n) => n.side === 'a')
		.map((n) => ({
			id: n.id,
			label: text.from(n.key),
			value: n.customers,
			color: n.key === 'new' ? text.newColor : text.color(n.key)
		}));
	const right = mg.nodes
		.filter((n) => n.side === 'b')
		.map((n) => ({
			id: n.id,
			label: text.segment(n.key),
			value: n.customers,
			color: text.color(n.key)
		}));
	return { left, right, links: mg.links };
}
