/** Charts of one function (build-time SVG and the interactive chart): descriptions, toggles, the read-out. */
export const plot = {
  describe: (name: string, xmin: number, xmax: number) =>
    `${name}: f(x) and its derivative f′(x) for x from ${xmin} to ${xmax}.`,
  svgLabel: (name: string, derivative: boolean, xmin: number, xmax: number) =>
    `Plot of ${name}${derivative ? ' and its derivative' : ''} for x from ${xmin} to ${xmax}.`,
  fSolid: 'solid,',
  dfDashed: 'dashed.',
  hint: 'Hover or focus the chart and use ← → to read values.',
  seriesLegend: 'Curves shown',
  series: { f: 'f(x)', df: 'f′(x)' },
  /** The read-out under the chart: "x = 1.2: f(x) = 1.2, f′(x) = 1". */
  value: (label: string, value: string) => `${label} = ${value}`,
  readout: (x: string, values: readonly string[]) => `x = ${x}: ${values.join(', ')}`,
};
