/**
 * Decision-boundary heat-maps: a GRID_SIZE × GRID_SIZE canvas per network, painted with putImageData through
 * a colour table and scaled up smoothly by CSS, so a report rasterises only 1,600 pixels per network. The
 * points above it are SVG (training-lab-plot.ts), coloured by CSS.
 */
import { heatLut, parseColor } from '../../../lib/labs/training/plot';

/** The colour table from the CSS tokens on `element`, so the heat-maps follow the light and dark schemes. */
export function heatColors(element: Element): Uint8ClampedArray {
  const style = getComputedStyle(element);
  const token = (name: string) => parseColor(style.getPropertyValue(name));
  return heatLut(token('--class-0'), token('--class-1'), token('--bg'));
}

let image: ImageData | undefined;

/**
 * Paint one network's grid (quantised probabilities of class 1, one per canvas pixel: the canvas is
 * GRID_SIZE wide and high) onto its canvas.
 */
export function drawHeatmap(canvas: HTMLCanvasElement, grid: Uint8Array, lut: Uint8ClampedArray): void {
  const ctx = canvas.getContext('2d')!;
  image ??= ctx.createImageData(canvas.width, canvas.height);
  const { data } = image;
  for (let k = 0; k < grid.length; k++) {
    const q = 4 * grid[k]!;
    data[4 * k] = lut[q]!;
    data[4 * k + 1] = lut[q + 1]!;
    data[4 * k + 2] = lut[q + 2]!;
    data[4 * k + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
}
