/** The precision lab: controls, chart labels, notices, findings and the table of formats (its script loads this). */
import type { Strings } from '..';

export const precision: Strings['precision'] = {
  controlsLabel: '函数、格式和误差度量',
  fn: '函数',
  format: '格式',
  measure: '误差度量',
  measures: { ulps: '该格式的ulp数', relative: '相对误差' },
  xFrom: 'x从',
  xTo: '到',
  defaultRange: '默认范围',
  softmaxCase: 'softmax([x, x − 1, x − 2])的最大分量',
  /**
   * How notices name the query parameters (fn, format, measure). These are display names only: the URL keeps its
   * own parameter names (see state.ts), so they are translated.
   */
  urlNames: { fn: '函数', format: '格式', measure: '误差度量' },
  rangeOutOfLimits: (limit: number) => `x范围必须在−${limit}到${limit}之间；已改用默认范围。`,
  // xmin and xmax are the URL's parameter names, which the reader sees in the address.
  rangeSwapped: 'xmin大于xmax，因此两者已互换。',
  rangeTooNarrow: (span: number) => `x范围的宽度至少为${span}；已改用默认范围。`,
  defaultView: '显示的是默认视图，在构建网站时算出。更改任意设置即可重新计算。',
  computed: (ms: number) => `已在601个点上、以全部四种格式重新计算两个公式，用时${ms} ms。`,
  /** Labels inside the chart. */
  naive: '教科书公式',
  stable: '稳定公式',
  infRow: '∞或NaN',
  zeroRow: '精确（0）',
  /** The bottom row's label in float64, e.g. "≤ 4 ulps" (notation only). */
  floorRow: (error: string) => `≤ ${error}`,
  floorNote: (ulps: number) => `在float64中，参考值本身只精确到约${ulps} ulps，所以更小的误差画在最底下那条线上。`,
  boundLine: (ulps: string) => `失效界限，${ulps} ulps`,
  yTitle: { ulps: '以ulp计的误差（对数刻度）', relative: '相对误差（对数刻度）' },
  thresholdLine: '阈值（点线）',
  // NaN is notation, the same in every language.
  classes: { overflow: '上溢', underflow: '下溢', cancellation: '抵消', nan: 'NaN' },
  caption: (name: string, format: string, measure: string, from: string, to: string) =>
    `x从${from}到${to}时，教科书${name}与稳定${name}在${format}中的误差，以${measure}表示，采用对数刻度。`,
  /** One sentence per failure region of the textbook formula. */
  region: {
    overflow: '上溢',
    underflow: '下溢',
    cancellation: '因抵消而损失一半以上的有效位',
    nan: '返回NaN',
  },
  regionSentence: (name: string, format: string, verb: string, where: string) =>
    `在${format}中，教科书${name}${where}${verb}。`,
  whereAbove: (from: string, to: string) => `当x ≥ ${from}时（直到所示范围的终点${to}）`,
  whereBelow: (to: string, from: string) => `当x ≤ ${to}时（直到所示范围的起点${from}）`,
  whereBetween: (from: string, to: string) => `当x从${from}到${to}时`,
  whereEverywhere: '在所示范围内处处',
  /** The same, briefly, in a table cell. */
  briefAll: '所有x',
  noRegions: (name: string, format: string) => `在${format}中，教科书${name}在此范围内处处不超过失效界限。`,
  stableSummary: (name: string, error: string) => `稳定${name}在此处的最大误差为${error}。`,
  boundExplained: (format: string, bits: number, ulps: string) =>
    `当一个采样点的误差超过2^(p/2) ulps，即${bits}个有效位中超过一半是错的时，就算作失效：在${format}中为${ulps} ulps。`,
  /** The table of all four formats. */
  tableCaption: (name: string) => `${name}在每种格式中的表现（各自取默认范围）`,
  tableHead: ['格式', 'x范围', '教科书公式失效之处', '最大误差（教科书）', '最大误差（稳定）'],
  tableRegion: '全部四种格式',
  none: '无',
  // The unit and NaN are notation, the same in every language.
  ulpsUnit: 'ulps',
  nanAt: 'NaN',
};
