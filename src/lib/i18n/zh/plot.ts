/** Charts of one function (build-time SVG and the interactive chart): descriptions, toggles, the read-out. */
import type { Strings } from '..';

export const plot: Strings['plot'] = {
  describe: (name: string, xmin: number, xmax: number) => `${name}：x从${xmin}到${xmax}时的f(x)及其导数f′(x)。`,
  svgLabel: (name: string, derivative: boolean, xmin: number, xmax: number) =>
    `${name}${derivative ? '及其导数' : ''}在x从${xmin}到${xmax}上的图像。`,
  fSolid: '实线，',
  dfDashed: '虚线。',
  hint: '将指针悬停在图上或使图获得焦点，再用← →键读取数值。',
  seriesLegend: '显示的曲线',
  // Series names are notation, the same in every language.
  series: { f: 'f(x)', df: 'f′(x)' },
  /** The read-out under the chart: "x = 1.2: f(x) = 1.2, f′(x) = 1" (notation only, no words). */
  value: (label: string, value: string) => `${label} = ${value}`,
  readout: (x: string, values: readonly string[]) => `x = ${x}：${values.join('，')}`,
};
