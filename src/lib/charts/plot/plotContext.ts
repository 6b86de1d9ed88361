// The shared state of one plot: its measured box and the scales built from it once, handed to
// the layers inside it by Svelte context. Layers (axes, points, cells, bars, labels) only draw
// from it; the container (Plot.svelte) is the one place that measures and scales.
import type { ScaleBand, ScaleLinear } from 'd3';
import { getContext, setContext } from 'svelte';

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/**
 * A band axis over the indices 0 … bands − 1 (rows of a grid, categories of a bar chart):
 * indices, not names, so two categories with the same name still get two bands. `padding` is
 * d3's proportional padding; `gap` instead keeps a fixed gap in pixels between bands (and half
 * of it at the ends), whatever the width.
 */
export interface Band {
	bands: number;
	padding?: number;
	gap?: number;
}
/**
 * A linear axis is its [min, max]; a band axis is a `Band`; `'px'` is the inner box's own
 * pixels (an identity scale, y top-down), for charts whose layout is not two data axes — a
 * treemap's tiles, a flow's columns — and which still take their box from the container.
 */
export type Domain = [number, number] | Band | 'px';
export type LinearScale = ScaleLinear<number, number>;
export type BandScale = ScaleBand<number>;
export type PlotScale = LinearScale | BandScale;
/** The scale a domain gives: a band scale for a `Band`, a linear scale otherwise. */
export type ScaleOf<D extends Domain> = D extends Band ? BandScale : LinearScale;

export interface PlotState<X extends PlotScale = LinearScale, Y extends PlotScale = LinearScale> {
	/** x grows to the right; a linear y grows upwards, a band y lists its bands top-down. */
	readonly x: X;
	readonly y: Y;
	/** Inner width and height: the drawing area inside the margins. */
	readonly w: number;
	readonly h: number;
	readonly width: number;
	readonly height: number;
	readonly margin: Margin;
	/** The canvas under the SVG when the plot has one (many marks); undefined otherwise. */
	readonly canvas: HTMLCanvasElement | undefined;
}

export function isBand(scale: PlotScale): scale is BandScale {
	return 'bandwidth' in scale;
}

const KEY = Symbol('plot');

export function providePlot(state: PlotState<PlotScale, PlotScale>): void {
	setContext(KEY, state);
}

/** The enclosing plot, whatever its scales. */
export function usePlot(): PlotState<PlotScale, PlotScale> {
	const state = getContext<PlotState<PlotScale, PlotScale> | undefined>(KEY);
	// A layer outside a container has no scales: say so instead of drawing at NaN.
	if (!state) throw new Error('a plot layer is used outside <Plot>');
	return state;
}

/** The enclosing plot's x or y scale, which this layer needs to be linear. */
export function linearOf(plot: PlotState<PlotScale, PlotScale>, axis: 'x' | 'y'): LinearScale {
	const s = plot[axis];
	if (isBand(s)) throw new Error(`this layer needs a linear ${axis} scale, the plot has bands`);
	return s;
}

/** The enclosing plot's x or y scale, which this layer needs to be a band scale. */
export function bandOf(plot: PlotState<PlotScale, PlotScale>, axis: 'x' | 'y'): BandScale {
	const s = plot[axis];
	if (!isBand(s)) throw new Error(`this layer needs a band ${axis} scale, the plot's is linear`);
	return s;
}
