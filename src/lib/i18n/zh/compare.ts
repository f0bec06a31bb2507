/** The comparison page: controls, notices, captions and tables. */
import type { Strings } from '..';

type View = 'function' | 'derivative' | 'both';

export const compare: Strings['compare'] = {
  pickerLabel: '要对比的函数',
  selectAll: '全选 / 全不选',
  show: '显示',
  // The keys are the view values in the URL (view=…); f(x) and f′(x) are notation.
  views: { function: 'f(x)', derivative: 'f′(x)', both: '两者' },
  xFrom: 'x从',
  xTo: '到',
  copyLink: '复制链接',
  linkCopied: '链接已复制。',
  copyThisLink: (href: string) => `复制这个链接：${href}`,
  downloadPng: '下载PNG图片',
  dataTable: '图表的数据表',
  sampledValues: '采样值',
  derivativeSuffix: '（f′）',
  properties: '性质',
  matrixHint: '各行对应你选择的函数；可按任意一列排序。',
  chooseOne: '请至少选择一个要绘制的函数。',
  /** The chart's caption and accessible name. */
  caption: (view: View, names: readonly string[], xmin: number, xmax: number) =>
    `x从${xmin}到${xmax}时${names.join('、')}的${view === 'function' ? '曲线' : view === 'derivative' ? '导数' : '曲线及其导数'}。`,
  outOfRange: (name: string, limit: number) => `${name}必须是−${limit}到${limit}之间的数；已改用默认值。`,
  // xmin and xmax are the URL's parameter names, which the reader sees in the address.
  swapped: 'xmin大于xmax，因此两者已互换。',
  tooNarrow: (minSpan: number) => `x范围的宽度至少为${minSpan}；已改用默认范围。`,
  paramOutOfRange: (key: string, min: number, max: number, fallback: number) =>
    `${key}必须在${min}到${max}之间；已改用默认值${fallback}。`,
  unknownParam: (id: string, name: string, valid: readonly string[]) =>
    `${id}没有参数“${name}”${valid.length > 0 ? `（它的参数是${valid.join('、')}）` : ''}；已忽略。`,
  tooManyCurves: (max: number) => `最多绘制${max}条额外曲线（副本和公式）；链接的其余部分已忽略。`,
  formulaTooLong: (length: number, max: number, excerpt: string) =>
    `一个长${length}个字符的公式已被忽略（最多${max}个字符）：“${excerpt}”。`,
  /**
   * A curve's label when one function is drawn more than once: its name and the values that set it apart
   * (notation only, e.g. "Leaky ReLU（alpha = 0.2）").
   */
  copyLabel: (name: string, values: readonly string[]) => `${name}（${values.join('，')}）`,
  formulaLabel: (n: number) => `f(x)，公式${n}`,
  removeFormula: (n: number) => `删除公式${n}`,
  formulaError: (message: string) => `未绘制：${message}。`,
  removeCopy: (label: string) => `删除${label}`,
  /** The legend: a button toggles a curve (aria-pressed), a link opens its page. */
  functionPage: (name: string) => `${name}：函数页面`,
  /** The chart's axis titles (notation) and the exported picture. */
  axisX: 'x',
  axisY: (view: View) => (view === 'function' ? 'f(x)' : view === 'derivative' ? 'f′(x)' : 'f(x), f′(x)'),
  exportTitle: (view: View) =>
    view === 'function' ? '激活函数' : view === 'derivative' ? '激活函数的导数' : '激活函数及其导数',
  exportRange: (xmin: string, xmax: string) => `x从${xmin}到${xmax}`,
};

/** Wording only the server renders on the comparison page (kept out of the page's script). */
export const comparePage: Strings['comparePage'] = {
  title: '对比激活函数',
  description: '把任意激活函数及其导数叠加在一张图上，调整参数，并排对比它们的性质。每个视图都是一个可分享的链接。',
  /** The picker, collapsed on small screens. */
  chooseFunctions: '函数',
  /** The reader's own formulas. */
  formulaHeading: '你自己的函数',
  // The formula's vocabulary (pi, exp, …) is what the parser reads, so it stays as written.
  formulaHint:
    '可用：数字、x、+ − * / ^、括号、pi、e、exp、log、log1p、expm1、sqrt、abs、sin、cos、tanh、sigmoid、softplus、erf、max、min。按Enter键绘制。',
  addFormula: '添加公式',
  /** Copies of one function with other parameters. */
  addCopy: (name: string) => `再添加一条${name}`,
  /** Presets: where the frameworks disagree. */
  presetsHeading: '各框架的分歧之处',
  presetsIntro: '每个链接都会按所列设置打开对比页。',
  // The keys are preset ids (internal), not reader-facing.
  presets: {
    'leaky-slopes': {
      title: 'Leaky ReLU的斜率',
      note: 'PyTorch的nn.LeakyReLU为0.01，TensorFlow的tf.nn.leaky_relu为0.2，Keras的LeakyReLU层为0.3。',
    },
    'gelu-exact-tanh': {
      title: 'GELU：精确形式还是tanh形式',
      note: "PyTorch的GELU默认是精确形式（approximate='none'）；JAX的jax.nn.gelu默认使用tanh形式（approximate=True）。",
    },
    'hard-sigmoid': {
      title: 'Hard sigmoid的两种定义',
      note: 'PyTorch和Keras 3：relu6(x + 3)/6，折点在±3。Keras 2：clip(0.2x + 0.5, 0, 1)，折点在±2.5。',
    },
    'softplus-beta': {
      title: '带β与不带β的Softplus',
      note: 'PyTorch的Softplus接受β（默认为1），当βx > 20时直接返回x（threshold=20），造成的改变小于2 × 10⁻⁹/β；jax.nn.softplus没有β。',
    },
    'elu-celu': {
      title: 'α = 2时的ELU与CELU',
      note: '二者只在α = 1时相同：CELU在指数内把x除以α，所以它在0处的斜率始终为1。',
    },
    'swish-beta': {
      title: 'Swish的β与GELU',
      note: 'SiLU就是β = 1的Swish；x·σ(1.702x)是Hendrycks和Gimpel对GELU的sigmoid近似，即β = 1.702的Swish。',
    },
  },
};
