/**
 * The gradient-flow lab. `gradientFlow`: what its script writes at run time (captions, status lines, notices,
 * tables, chart labels). `gradientFlowPage`: the page's text and control labels, used at build time only, so the
 * script does not carry them. Entries ending in `Html` hold trusted markup (links, emphasis) written here.
 */
import type { Strings } from '..';

export const gradientFlow: Strings['gradientFlow'] = {
  /** The chart's caption and the y axis's description. */
  metricLabels: {
    gradient: '每层的权重梯度范数‖∂L/∂W‖',
    signal: '每层反向传播的信号‖∂L/∂z‖',
    std: '每层激活值的标准差',
    dead: '每层死亡单元的比例',
  },
  axisTitles: {
    gradient: '‖∂L/∂W‖（对数刻度）',
    signal: '‖∂L/∂z‖（对数刻度）',
    std: '激活值标准差（对数刻度）',
    dead: '死亡单元（比例）',
  },
  layerAxis: '层（1 = 最靠近输入）',
  layerTooltip: (layer: number) => `第${layer}层`,
  caption: (label: string, depth: number, width: number) => `${label}，${depth}层，每层${width}个单元。`,
  zeroNote: (names: readonly string[]) =>
    `${names.join('、')}：在坐标轴下方标有✕的层上，该值恰好为0（没有梯度）；对数刻度无法显示0。`,
  zeroTooltip: '恰好为0（没有梯度）',
  zeroMarkerLabel: (name: string) => `${name}：恰好为0`,
  // Status lines.
  showingDefault: '显示的是默认设置的结果，在构建网站时算出。更改任意设置即可重新计算。',
  computingFirst: '正在按这些设置计算……',
  computing: (depth: number, count: number) => `正在为${count}个函数计算穿过${depth}层的前向传播和反向传播……`,
  computedSome: (done: number, total: number) => `已算完${total}个函数中的${done}个……`,
  computed: (total: number, depth: number, width: number, ms: number) =>
    `已计算${total}个函数 × ${depth}层 × ${width}个单元，用时${ms.toFixed(0)} ms。`,
  couldNotCompute: (error: string) => `无法计算：${error}`,
  chooseOne: '请至少选择一个函数。',
  // URL notices.
  tooManyFunctions: (max: number) => `一次最多${max}个函数；只显示前${max}个。`,
  snapped: (name: string, raw: number, used: number, step: number) =>
    `${name}的值${raw}不在滑块以${step}为步长的刻度上；已改用${used}。`,
  // Tables.
  summaryHead: [
    '函数（初始化）',
    '第1层的‖∂L/∂W‖',
    '最后一层的‖∂L/∂W‖',
    '第一层 ÷ 最后一层',
    '最后一层的标准差',
    '单层死亡单元的最大比例',
  ],
  layer: '层',
  noGradient: '0（没有梯度）',
  // A dash in a table cell: the ratio is undefined (explained under the table by undefinedRatioNote).
  undefinedRatio: '—',
  /** The reader's formula in legends and tables (notation only). */
  customFormula: (formula: string) => `f(x) = ${formula}`,
  formulaError: (message: string, column: number, excerpt: string) =>
    `在第${column}个字符处（“${excerpt}”）：${message}。其他函数照常显示，不含它。`,
};

export const gradientFlowPage: Strings['gradientFlowPage'] = {
  title: '交互实验：梯度随深度的传播',
  description:
    '逐层观察梯度是消失还是保持稳定：对每种激活函数，在一个深层网络中真实地做一次前向传播和反向传播，并给出每一层的激活值统计。',
  leadHtml:
    '反向传播（backpropagation）在每一层都要乘上一个导数（derivative）。这里，一个按所选深度和宽度构建的深层全连接网络接收一批64个随机输入；对每种激活函数（activation function），一次真实的前向传播（forward pass）和反向传播会在每一层测出反向传播的信号‖∂L/∂z‖（到达该层预激活值（pre-activation）的梯度）以及该层权重的梯度‖∂L/∂W‖。背景知识见指南<a href="/zh/guides/vanishing-gradients/">梯度消失与梯度爆炸</a>。',
  lookForHeading: '要观察什么',
  lookForHtml: [
    '<strong>梯度消失（vanishing gradient）：</strong>选择<em>信号‖∂L/∂z‖</em>。使用<a href="/zh/functions/sigmoid/">sigmoid</a>时，每一层把信号乘上至多σ′(0) = 1/4再乘以权重的增益，因此信号在传向前面几层的途中缩小好几个数量级，这些层的权重梯度也一样：前面几层学得比最后几层慢得多。',
    '<strong>保持稳定：</strong><a href="/zh/functions/relu/">ReLU</a>配合He初始化（initialisation），信号的大小在各层间大致不变。换成Xavier：信号逐层缩小，而权重梯度曲线基本上整体下移（与信号相乘的激活值也在缩小），在默认深度下约下降三个数量级。',
    '<strong>自归一化（self-normalising）：</strong><a href="/zh/functions/selu/">SELU</a>配合LeCun初始化，能让每一层激活值的标准差都保持在1附近（选择<em>激活值标准差</em>）。',
    '<strong>死亡单元（dead unit）：</strong>选择<em>死亡单元</em>，查看对这批输入中每一个输入导数都为零的单元所占的比例；指南<a href="/zh/guides/dying-relu/">死亡 ReLU</a>解释了它为什么重要。',
  ],
  controlsLabel: '网络与激活函数',
  activations: '激活函数',
  depth: '深度',
  width: '宽度',
  initialisation: '初始化',
  formulaHeading: '你自己的激活函数',
  formulaLabel: 'f(x) =',
  // The formula's vocabulary (pi, exp, …) is what the parser reads, so it stays as written.
  formulaHelp:
    '可用：数字、x、+ − × / ^、括号、pi、e，以及exp、log、log1p、expm1、sqrt、abs、sin、cos、tanh、sigmoid、softplus、erf、erfc、sign、max、min。按Enter键加入它。反向传播使用它的精确（符号）导数。在“按函数选择”下它的初始化为Xavier，因为对它的形状一无所知。',
  formulaBox: '同时显示f(x)',
  // Initialisation schemes are named after their authors, as in the literature.
  inits: { auto: '按函数选择', xavier: 'Xavier / Glorot', he: 'He / Kaiming', lecun: 'LeCun' },
  seed: '随机种子',
  aboutControls: '关于这些设置',
  aboutControlsHtml: [
    '<strong>初始化</strong>根据每层的扇入（fan-in，每个单元的输入数）和扇出（fan-out，该层输出所连接的单元数）来设定随机初始权重的分布宽度。<em>Xavier/Glorot</em>（Glorot &amp; Bengio, 2010）以方差2/(fan-in + fan-out)抽取权重，即扇入与扇出平均值的倒数，适合tanh和sigmoid；<em>He/Kaiming</em>（He et al., 2015）使用2/fan-in，之所以加倍，是因为ReLU会把一半的输入置零；<em>LeCun</em>（LeCun et al., 1998）使用1/fan-in，这正是SELU的自归一化所假定的设置。<em>按函数选择</em>对整流函数和形似ReLU的光滑函数选He，对SELU选LeCun，其余选Xavier。权重从正态分布中抽取。',
    '<strong>随机种子</strong>固定了权重和输入背后的随机数：同一个种子给出同样的网络和同样的数字，所以分享出去的链接能重现这次运行；换一个种子，就能看出曲线中有多少是偶然。',
    '<a href="/zh/guides/vanishing-gradients/">梯度消失指南</a>解释了为什么这些选择决定了深层网络能否训练。',
  ],
  plot: '绘制',
  metricNames: {
    gradient: '权重梯度‖∂L/∂W‖',
    signal: '信号‖∂L/∂z‖',
    std: '激活值标准差',
    dead: '死亡单元',
  },
  defaultRunNote: '默认设置的结果，在构建网站时算出。',
  deadMeaning:
    '如果某个单元的导数对这批全部64个输入都恰好为0，就把它计为该层的死亡单元。输入越多，在每一个输入上都为零的单元就越少，所以这个比例高估了对所有输入都死亡的单元数：对默认设置下的ReLU，按20层取平均，约19 %的单元在全部64个输入上为零，而在全部4,096个输入上只有约11 %。',
  legendLabel: '图例',
  summaryLabel: '各函数汇总',
  layersLabel: '各层数值',
  everyLayer: '每一层的数值',
  undefinedRatioNote: '—：两个梯度都恰好为0，比值无定义；该函数的导数在其有定义处处处为0，所以没有梯度到达权重。',
};
