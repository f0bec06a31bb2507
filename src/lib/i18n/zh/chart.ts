/** The function-page chart: axis titles, the x-range control and the notices about its URL. */
import type { Strings } from '..';

export const chart: Strings['chart'] = {
  // Axis titles are notation, the same in every language.
  xTitle: 'x',
  yTitle: 'f(x), f′(x)',
  xRange: 'x范围',
  xFrom: 'x从',
  xTo: '到',
  reset: '重置',
  /** A URL value that is not a number in range. */
  paramOutOfRange: (label: string, raw: string, min: number, max: number, used: string) =>
    `${label} = “${raw}”不是${min}到${max}之间的数；已改用${used}。`,
  /** A URL value between the slider's steps. */
  paramSnapped: (label: string, raw: string, used: string, step: number) =>
    `${label} = ${raw}不在滑块以${step}为步长的刻度上；已改用${used}。`,
  rangeOutOfBounds: (limit: number) => `x范围必须在−${limit}到${limit}之间；已改用默认范围。`,
  rangeTooNarrow: (minSpan: number) => `x范围的宽度至少为${minSpan}；已改用默认范围。`,
};
