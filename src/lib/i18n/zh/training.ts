/** The training lab: controls, notices, explanations, export and CSV messages. */
import type { Strings } from '..';

/** A count and a noun. Chinese nouns have no plural, so `one` is used as is and a `many` form is not needed. */
const plural = (n: number, one: string) => `${n}个${one}`;

export const training: Strings['training'] = {
  customName: '自定义',
  /** A network's heading when it uses the reader's formula (notation only). */
  customFormula: (formula: string) => `f(x) = ${formula}`,
  // Notices about the URL name its parameters (nets, fns, custom, noise) as the reader sees them in the address.
  notices: {
    tooManyListed: (max: number, count: number) => `列出了${count}个网络，只读取了前${max}个。`,
    tooManyLayers: (max: number) => `一个网络最多列出${max}层的激活函数；其余的已忽略。`,
    unknownFunctions: (named: readonly string[], more: boolean) =>
      `已忽略未知函数：${named.join('、')}${more ? '等' : ''}。`,
    noNetwork: '没有列出可用的网络，因此训练默认的一组网络。',
    tooManyNetworks: (max: number) => `最多并排训练${max}个网络；只保留了前${max}个。`,
    bothLists: '同时给出了nets和fns；已采用nets。',
    badFormula: (message: string) => `未使用自定义公式：${message}。`,
    noFormula: '有网络用了“custom”，但没有给出公式（custom=…）；已将它略去。',
    noiseRange: (lo: number, hi: number, fallback: number) => `noise必须是${lo}到${hi}之间的数；已改用${fallback}。`,
    noiseRounded: (value: number) => `noise已舍入为${value}。`,
    chooseOne: '请至少选择一个网络；最后一个会保留。',
  },
  /** How notices name the settings (display names; the URL keeps its own parameter names). */
  names: {
    dataset: '数据集',
    layers: '层数',
    width: '宽度',
    optimizer: '优化器',
    learningRate: '学习率',
    batch: '批大小',
    epochs: '轮数',
    init: '初始化',
    seed: '随机种子',
    speed: '速度',
  },
  status: {
    done: (nets: number, epochs: number, seconds: string) => `已将${nets}个网络训练${epochs}轮，用时${seconds} s。`,
    playing: (nets: number) => `正在训练${nets}个网络……`,
    start: (nets: number) => `${nets}个网络处于第0轮。按“播放”开始训练。`,
    paused: (epoch: number, epochs: number) => `已暂停于第${epoch}轮（共${epochs}轮）。`,
    stopped: (error: string) => `训练已停止：${error}`,
    workerFailed: '训练用的Web Worker未能启动。',
  },
  csv: {
    fieldCount: (line: number, got: number) => `第${line}行：应有3个值（x₁, x₂, label），实际为${got}个。`,
    notNumber: (line: number) => `第${line}行：x₁和x₂必须是数。`,
    badLabel: (line: number, label: string) => `第${line}行：标签必须是0或1，而不是“${label}”。`,
    tooMany: (max: number) => `超过${max}行：本交互实验最多读取${max}行。`,
    tooFew: (min: number, got: number) => `至少需要${min}行，只找到${got}行。`,
    oneClass: '0和1两种标签都必须出现。',
  },
  tables: {
    network: '网络',
    resultsColumns: ['网络', '训练损失', '测试损失', '训练准确率', '测试准确率'],
    resultsCaption: (epoch: number) => `训练${epoch}轮后`,
    deadCaption: (epoch: number) => `训练${epoch}轮后每个隐藏层的死亡单元`,
    layer: (l: number) => `第${l}层`,
    diverged: '发散',
    boundaryAfter: (name: string, epoch: number, accuracy: string) =>
      `${name}网络训练${epoch}轮后的决策边界：测试准确率${accuracy}。`,
  },
  own: {
    tooLarge: '该文件大于2 MB；本交互实验最多读取几千行。',
    using: (n: number) => `正在用你的${n}个点训练（70%用于训练，30%留作测试，按随机种子划分）。`,
  },
  controls: {
    layerSelect: (net: number, layer: number) => `网络${net}，隐藏层${layer}`,
    remove: '删除',
    removeNet: (net: number) => `删除网络${net}`,
  },
  transport: {
    play: '播放',
    pause: '暂停',
    step: '单步',
    reset: '重置',
    group: '训练',
    progress: '训练进度',
  },
  epochOf: (epoch: number, epochs: number) => `第${epoch}轮，共${epochs}轮`,
  testAccuracy: (percent: number) => `测试准确率${percent}%`,
  boundary: (name: string) => `${name}网络的决策边界`,
  lossLabel: (names: readonly string[], epoch: number, epochs: number) =>
    `${names.join('、')}每轮的训练损失（对数刻度）：第${epoch}轮，共${epochs}轮。`,
  chart: {
    xTitle: '轮次',
    yTitle: '训练损失（对数刻度）',
    tooltipEpoch: (epoch: number) => `第${epoch}轮`,
  },
  formula: {
    error: (message: string, column: number, excerpt: string) => `在第${column}个字符处（“${excerpt}”）：${message}。`,
  },
  exporting: {
    done: (file: string, epoch: number) => `已保存${file}：训练了${epoch}轮的网络。`,
    refused: (reason: string) => `未导出：${reason}。`,
  },
  page: {
    title: '交互实验：并排训练',
    description:
      '在二维数据上用不同的激活函数（可逐层指定，也可用你自己的公式）训练同一个小网络，初始权重完全相同：损失曲线、决策边界、测试准确率和死亡单元都在浏览器中实时呈现；还可以把结果导出到PyTorch、Keras或JAX。',
    lead: '小型全连接网络，同样的数据点、同样的随机种子、同样的初始权重：唯一不同的是激活函数（activation function）。按“播放”，看损失曲线逐渐分道扬镳，决策边界逐渐成形。所有设置都写在地址里，所以一个链接就能重现这次运行。',
    noscript:
      '本交互实验在你的浏览器中训练网络，需要JavaScript。没有它，你仍能看到各数据集，以及默认网络在训练前的损失和准确率。',
    presetsHeading: '一键查看的案例',
    lookHeading: '要观察什么',
    settingsLabel: '数据、网络与训练设置',
  },
  /** One-click presets: each a link to a full lab URL. */
  presets: [
    {
      label: 'sigmoid在深层网络中的梯度消失',
      text: '五层sigmoid配合普通SGD，损失一直停在抛硬币的水平（ln 2 ≈ 0.69），而ReLU在学习：每个sigmoid层把反向信号至多乘上1/4。',
    },
    {
      label: '被大学习率杀死的ReLU',
      text: '学习率为1的普通SGD：大多数ReLU单元死亡；Leaky ReLU保留了一个小斜率，它的单元一个也没有死亡。',
    },
    {
      label: '保持分布宽度的SELU',
      text: '五层，全部使用LeCun初始化（SELU正是为它设计的）：SELU让激活值保持在均值0、方差1附近，最终损失最低。',
    },
    {
      label: '先ReLU，再tanh',
      text: '逐层指定激活函数：第一个隐藏层用ReLU，其余用tanh，并与各自单独使用时并排对比。',
    },
    {
      label: '你自己的公式',
      text: '把x·tanh(softplus(x))作为公式输入，训练结果与内置的Mish完全一样。',
    },
  ],
  look: [
    {
      title: '起点相同，路径不同：',
      text: '在同一种初始化方案下，每个网络都从完全相同的权重出发，所以损失曲线一开始是重合的（除去激活函数本身的影响），之后的任何差异都来自激活函数。选择“按激活函数选择”，让每个网络使用各自惯用的方案：随机抽样相同，只是缩放不同。',
    },
    {
      title: '饱和（saturation）：',
      text: 'sigmoid的导数至多为1/4，所以它的网络学得最慢，网络越深越明显。Adam按梯度最近的大小来缩放每一步，但在这些默认设置下，它并不能弥补sigmoid的差距。',
    },
    {
      title: '死亡单元（dead unit）：',
      text: '调高学习率，看ReLU的死亡单元比例上升，而斜率从不为0的Leaky ReLU让每个单元都在学习。死亡单元会停止学习，直到下面的层把它的输入重新移回它的激活区间。',
    },
    {
      title: '可重现：',
      text: '随机种子固定了数据点、训练/测试划分、初始权重和小批量的顺序，所以同一个链接会再次训练出同样的网络，在同一浏览器中精确到最后一位（其他浏览器引擎对Math.exp及其同类函数的最后一位可能舍入不同）。',
    },
  ],
  form: {
    data: '数据',
    noise: '噪声',
    datasets: { spiral: '螺旋', circles: '同心圆', xor: '异或（XOR）', moons: '双月' },
    activations: (max: number) => `激活函数（最多${max}个网络）`,
    network: '网络',
    layers: '隐藏层数',
    width: '宽度',
    init: '初始化',
    // Initialisation schemes are named after their authors, as in the literature.
    inits: {
      'he-normal': 'He（正态）',
      'he-uniform': 'He（均匀）',
      'xavier-normal': 'Xavier / Glorot（正态）',
      'xavier-uniform': 'Xavier / Glorot（均匀）',
      'lecun-normal': 'LeCun（正态）',
      auto: '按激活函数选择',
    },
    training: '训练',
    optimizer: '优化器',
    // SGD and Adam are the optimizers' names, written as in the literature.
    optimizers: { sgd: 'SGD', momentum: '带动量的SGD', adam: 'Adam' },
    learningRate: '学习率',
    batch: '批大小',
    fullBatch: '全批量',
    epochs: '轮数',
    seed: '随机种子',
    speed: '速度',
    speeds: (speed: number | 'max') => (speed === 'max' ? '尽可能快' : `每秒${speed}轮`),
    layersHeading: '逐层的激活函数',
    layersHelp:
      '每个网络的各隐藏层，从第一层到最后一层。改动其中一层即可混用激活函数，例如先ReLU再tanh；上面的复选框用于添加或删除全程只用一种激活函数的网络。',
    outputNote:
      '每个网络都以一个输出单元结束：它的logit经过sigmoid得到P(类别1)，训练最小化二元交叉熵；交叉熵直接由logit计算，因此永远不会上溢。',
    formulaHeading: '你自己的激活函数',
    formulaLabel: 'f(x) =',
    // The formula's vocabulary (pi, exp, …) is what the parser reads, so it stays as written.
    formulaHelp:
      '可用：数字、x、+ − × / ^、括号、pi、e，以及exp、log、log1p、expm1、sqrt、abs、sin、cos、tanh、sigmoid、softplus、erf、erfc、sign、max、min。按Enter键开始训练。它的导数是精确的（符号求导）。在“按激活函数选择”下它的初始化为Xavier，因为对它的形状一无所知。',
    formulaBox: '用f(x)训练一个网络',
    ownHeading: '你自己的数据',
    ownHelp:
      '粘贴或拖入一个CSV文件，每行一个点：x₁, x₂, label（0或1），表头可有可无，最多5,000行。数据只留在你的浏览器中。所有点先平移，再按两个坐标轴共用的同一个因子缩放（因此形状保持比例），以放进从−1到1的正方形，然后按随机种子以70/30划分。你的数据无法放进链接：分享出去的地址会恢复内置数据集。',
    ownText: 'CSV文本',
    ownFile: '或选择文件',
    ownUse: '用这些点训练',
    ownClear: '回到内置数据',
  },
  explain: {
    heading: '各项设置',
    items: [
      {
        term: '初始化',
        text: '随机初始权重如何缩放，由一层的扇入n_in和扇出n_out决定。Xavier/Glorot：Var(w) = 2/(n_in + n_out)，适用于类tanh单元；He/Kaiming：2/n_in，之所以加倍，是因为ReLU会把一半的输入置零；LeCun：1/n_in，即SELU的自归一化所假定的尺度。正态变体从N(0, Var)中抽取，均匀变体从U(−a, a)中抽取，其中a = √(3·Var)。',
        // Citations stay as published; the links are external addresses.
        links: [
          { href: 'https://proceedings.mlr.press/v9/glorot10a.html', text: 'Glorot & Bengio, 2010' },
          { href: 'https://arxiv.org/abs/1502.01852', text: 'He et al., 2015' },
          { href: 'https://arxiv.org/abs/1706.02515', text: 'Klambauer et al., 2017' },
        ],
      },
      {
        term: '随机种子',
        text: '一个固定所有随机选择的数：数据点及其噪声、训练/测试划分、初始权重和小批量的打乱顺序。换一个种子，就能看出结果中有多少是运气。',
        links: [],
      },
      {
        term: '批大小',
        text: '每次权重更新对多少个训练点取平均；一轮（epoch）是把它们全部过一遍。小批量每轮走许多带噪声的步，全批量每轮只走一步精确的步。',
        links: [],
      },
      {
        term: '优化器与学习率',
        text: '更新规则：SGD沿梯度的反方向移动，步长为学习率乘以梯度的大小；动量法保持一个累积的方向；Adam按每个权重最近的梯度大小来缩放它的步长。',
        links: [{ href: 'https://arxiv.org/abs/1412.6980', text: 'Kingma & Ba, 2015' }],
      },
    ],
  },
  results: {
    decisionHeading: '决策边界',
    key: '颜色表示每个网络预测的类别，越不确定颜色越浅；实心点是训练点，圆环是测试点。',
    resultsHeading: '结果',
    resultsRegion: '损失与准确率',
    deadHeading: '死亡单元',
    deadText:
      '如果一个单元的导数对每个训练点都恰好为0，它就是死亡单元：没有梯度到达它的权重，所以它停止学习，直到下面的层把它的输入重新移回它的激活区间。只有带平坦段的激活函数（ReLU、ReLU6、各种hard函数）才会出现死亡单元。',
    deadNone: '所选的激活函数都没有平坦段。',
    deadRegion: '死亡单元',
    lossCaption: '每轮的训练损失（该轮各小批量的平均值；对数刻度）。',
    lossFallback: '下方的结果表列出了最新的损失。',
  },
  exportUi: {
    heading: '把网络带回家',
    help: '把训练好的网络下载为一个自包含的脚本（包括它的各层、训练得到的权重，以及一行在本交互实验的测试点上运行它并打印预测结果的代码），或下载为JSON。请在训练之后导出：文件保存的是此刻的权重。',
    network: '网络',
    // JSON is a format name, the same in every language.
    formats: { torch: 'PyTorch脚本', keras: 'Keras 3脚本', jax: 'JAX脚本', json: 'JSON' },
  },
  plural,
};
