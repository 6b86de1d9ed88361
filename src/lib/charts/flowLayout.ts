// Where the nodes and bands of a two-column flow (Sankey) chart go in a box of width × height
// px: nodes stacked in each column in the order given, one px-per-unit scale for both columns
// (so a band is as thick as the part of the nodes it joins), and bands as closed Bézier paths
// that leave each source in the order of their targets and enter each target in the order of
// their sources, so they never cross inside a node. Bands take their source's colour.
import { colorAt } from './palette';

export interface FlowNode {
	id: string;
	label: string;
	value: number;
	color?: string;
}
export interface FlowLink {
	source: string;
	target: string;
	value: number;
}
export interface PlacedNode extends FlowNode {
	x: number;
	y: number;
	h: number;
	color: string;
}
export interface PlacedBand {
	link: FlowLink;
	h: number;
	/** Top of the band where it leaves its source and where it enters its target. */
	y0: number;
	y1: number;
	color: string;
	d: string;
}

/** Node width, gap between the nodes of a column, room above them for the column titles. */
export const FLOW_NODE = 14;
export const FLOW_GAP = 6;
export const FLOW_TOP = 24;

export function flowLayout(
	left: FlowNode[],
	right: FlowNode[],
	links: FlowLink[],
	width: number,
	height: number,
	/** Room beside each column for the node labels. */
	labelRoom: number
): { left: PlacedNode[]; right: PlacedNode[]; bands: PlacedBand[] } {
	const inner = height - FLOW_TOP - 6;
	const scale = (nodes: FlowNode[]) =>
		(inner - FLOW_GAP * Math.max(0, nodes.length - 1)) /
		(nodes.reduce((s, n) => s + n.value, 0) || 1);
	const k = Math.min(scale(left), scale(right));
	const column = (nodes: FlowNode[], x: number): PlacedNode[] => {
		let y = FLOW_TOP;
		return nodes.map((n, i) => {
			const h = Math.max(1, n.value * k);
			const out = { ...n, x, y, h, color: n.color ?? colorAt(i) };
			y += h + FLOW_GAP;
			return out;
		});
	};
	const l = column(left, labelRoom);
	const r = column(right, width - labelRoom - FLOW_NODE);
	const byId = new Map([...l, ...r].map((n) => [n.id, n]));
	const outY = new Map(l.map((n) => [n.id, n.y]));
	const inY = new Map(r.map((n) => [n.id, n.y]));
	const order = (id: string, side: FlowNode[]) => side.findIndex((n) => n.id === id);
	const sorted = [...links]
		.filter((x) => x.value > 0 && byId.has(x.source) && byId.has(x.target))
		.sort(
			(a, b) =>
				order(a.source, left) - order(b.source, left) ||
				order(a.target, right) - order(b.target, right)
		);
	const bands = sorted.map((link) => {
		const s = byId.get(link.source)!;
		const h = link.value * k;
		const y0 = outY.get(link.source)!;
		outY.set(link.source, y0 + h);
		return { link, h, y0, y1: 0, color: s.color };
	});
	for (const b of [...bands].sort(
		(a, c) =>
			order(a.link.target, right) - order(c.link.target, right) ||
			order(a.link.source, left) - order(c.link.source, left)
	)) {
		b.y1 = inY.get(b.link.target)!;
		inY.set(b.link.target, b.y1 + b.h);
	}
	const x0 = labelRoom + FLOW_NODE;
	const x1 = width - labelRoom - FLOW_NODE;
	const xm = (x0 + x1) / 2;
	return {
		left: l,
		right: r,
		bands: bands.map((b) => ({
			...b,
			d: `M${x0},${b.y0} C${xm},${b.y0} ${xm},${b.y1} ${x1},${b.y1} L${x1},${b.y1 + b.h} C${xm},${b.y1 + b.h} ${xm},${b.y0 + b.h} ${x0},${b.y0 + b.h} Z`
		}))
	};
}
