// The shared state of one plot: its measured box and the scales built from it once, handed to
// the layers inside it by Svelte context. Layers (axes, points, zones, labels) only draw from
// it; the container (Plot.svelte) is the one place that measures and scales.
import type { ScaleLinear } from 'd3';
import { getContext, setContext } from 'svelte';

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface PlotState {
	readonly x: ScaleLinear<number, number>;
	readonly y: ScaleLinear<number, number>;
	/** Inner width and height: the drawing area inside the margins. */
	readonly w: number;
	readonly h: number;
	readonly width: number;
	readonly height: number;
	readonly margin: Margin;
	/** The canvas under the SVG when the plot has one (many marks); undefined otherwise. */
	readonly canvas: HTMLCanvasElement | undefined;
}

const KEY = Symbol('plot');

export function providePlot(state: PlotState): void {
	setContext(KEY, state);
}

export function usePlot(): PlotState {
	const state = getContext<PlotState | undefined>(KEY);
	// A layer outside a container has no scales: say so instead of drawing at NaN.
	if (!state) throw new Error('a plot layer is used outside <Plot>');
	return state;
}
