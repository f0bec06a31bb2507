/** The softmax explorer: its inputs, errors, the bar chart's captions and the Jacobian table. */
import type { Strings } from '..';

export const softmax: Strings['softmax'] = {
  logits: 'logit z（用逗号分隔）',
  temperature: '温度T',
  barsLabel: 'softmax概率的柱状图',
  jacobianRegion: '雅可比矩阵表',
  /** The heading is "雅可比矩阵 ∂pᵢ/∂zⱼ" with real subscripts: the parts around them. */
  jacobianHeading: { before: '雅可比矩阵 ∂p', middle: '/∂z' },
  errors: {
    empty: '请至少输入一个数，例如2, 1, 0.1。',
    tooMany: (max: number, count: number) => `最多输入${max}个数（你输入了${count}个）。`,
    notFinite: (part: string) => `“${part}”不是有限的数。`,
    /** Some z/T is ±∞ in double precision, though every z is finite. */
    overflow: (temperature: string) =>
      `这些logit除以T = ${temperature}后会上溢（某个z/T超出了±1.8 × 10³⁰⁸）；请用更小的logit或更大的T。`,
  },
  axisLabel: 'logit z_i（柱高：概率p_i）',
  corner: '第i行，第j列',
  // Column and row headings are notation, the same in every language.
  column: (j: number) => `j = ${j}`,
  row: (i: number) => `i = ${i}`,
  summary: (sum: string, index: number, largest: string) => `概率之和为${sum}；最大的是p${index} = ${largest}。`,
};
