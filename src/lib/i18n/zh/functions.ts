/** A function page: section headings, notes around the equations, the properties table, code and the worked example. */
import type { Strings } from '..';

export const functions: Strings['functions'] = {
  /** Before the links to the learning-path chapters that use this function. */
  taughtIn: '学习路径中讲到它的章节：',
  aliases: '又称：',
  aliasSeparator: '、',
  families: {
    classic: '经典饱和型',
    rectifier: '整流函数',
    exponential: '指数型',
    smooth: '光滑自门控型',
    shrinkage: '收缩函数',
    periodic: '周期函数',
    gated: '门控型（两个输入）',
    output: '输出层函数',
  },
  frameworkNames: (names: string) => `在各框架中也叫${names}。`,
  headings: {
    definition: '定义与导数',
    chart: '看一看',
    explorer: '试一试',
    properties: '性质',
    code: '代码',
    example: '计算示例',
    models: '使用它的模型',
    related: '相关函数',
    guides: (name: string) => `讨论${name}的指南`,
    sources: '参考文献',
  },
  withValues: '代入下方滑块的取值（初始为默认值）：',
  kinkAt: (x: number) => `在x = ${x}处：`,
  equationLabels: {
    f: (id: string) => `${id}的定义`,
    df: (id: string) => `${id}的导数`,
    fWithValues: (id: string) => `代入取值后${id}的定义`,
    dfWithValues: (id: string) => `代入取值后${id}的导数`,
    range: (id: string) => `${id}的值域`,
  },
  openInCompare: '在对比页中与相关函数一起打开',
  models: {
    intro: '知名模型在哪个模块、以哪种确切形式使用它：',
    source: '来源',
    punctuation: { afterModel: '，', afterBlock: '：', open: '（', close: '）' },
  },
  properties: {
    caption: (name: string) => `${name}在默认参数下的性质`,
    range: '值域',
    monotonic: '单调',
    smoothness: '光滑性',
    zeroCentred: '零中心（奇函数）',
    bounded: '有界',
    boundedValue: (below: string, above: string) => `有下界：${below}；有上界：${above}`,
    saturating: '饱和',
    saturation: {
      both: '两侧：x → ±∞时f′ → 0',
      negative: '仅负半轴：x → −∞时f′ → 0',
      positive: '仅正半轴：x → +∞时f′ → 0',
      none: '否',
    },
    maxSlope: '最大|f′(x)|',
    cost: '相对计算成本',
  },
  code: {
    differ: '各框架的差异',
    // Framework names are proper names, written as the frameworks write them.
    frameworks: {
      pytorch: 'PyTorch',
      tensorflow: 'TensorFlow / Keras',
      jax: 'JAX',
      paddle: 'PaddlePaddle',
      mindspore: 'MindSpore',
    },
  },
  example: {
    caption: (name: string) => `将${name}逐元素作用于`,
    // Column headings are notation.
    headings: { x: 'x', f: 'f(x)', df: 'f′(x)' },
  },
  /** Wording of each property, shared by the properties table and the comparison page's matrix. */
  labels: {
    smoothness: {
      discontinuous: '不连续',
      C0: '连续，有折点（C⁰）',
      C1: '一阶连续可微（C¹）',
      'C∞': '无穷次可微（C∞）',
    },
    cost: {
      minimal: '极低（比较运算和一次乘法）',
      low: '低（一次exp或除法）',
      moderate: '中等（erf或多次exp）',
      high: '高',
    },
    yes: '是',
    no: '否',
    saturation: { both: '两侧', negative: '负半轴', positive: '正半轴', none: '否' },
    compact: {
      discontinuous: '不连续',
      cost: { minimal: '极低', low: '低', moderate: '中等', high: '高' },
    },
    bounded: { both: '上下均有界', below: '有下界', above: '有上界', none: '否' },
    columns: {
      name: '函数',
      range: '值域',
      monotonic: '单调',
      smoothness: '光滑性',
      zeroCentred: '零中心',
      bounded: '有界',
      saturates: '饱和',
      maxSlope: '最大|f′|',
      cost: '计算成本',
    },
  },
};
