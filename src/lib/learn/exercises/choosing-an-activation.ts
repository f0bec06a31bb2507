/** Chapter 11: choosing an activation (the capstone). */
import { initVariance } from '../../nn';
import { formatNumber } from '../../format/number';
import type { Exercise } from './types';

/** He's n·Var[w] for a ReLU layer, from the engine's initialiser (any fan-in gives the same product). */
const gain = 256 * initVariance('he-normal', 256, 256);

export const exercises: readonly Exercise[] = [
  {
    id: 'choosing-an-activation/multi-label',
    kind: 'choice',
    question: {
      en: 'A photo can show any number of 20 objects at once (a cat and a dog and a sofa). What goes on the output layer?',
      zh: '一张照片中可以同时出现20种物体中的任意几种（一只猫、一只狗和一张沙发）。输出层该用什么？',
    },
    choices: [
      { en: 'A softmax over the 20 logits', zh: '对20个logit做softmax' },
      { en: 'One sigmoid per object, each with binary cross-entropy', zh: '每种物体一个Sigmoid，各自配二元交叉熵' },
      { en: 'ReLU', zh: 'ReLU函数' },
    ],
    answer: 1,
    hint: {
      en: 'Softmax makes the classes compete for one unit of probability. Do these labels compete?',
      zh: 'softmax让各类别争夺同一份总量为1的概率。这些标签之间存在竞争吗？',
    },
    explanation: {
      en: 'Independent yes/no questions get independent sigmoids; softmax is for exactly one of K.',
      zh: '相互独立的是/否问题用相互独立的Sigmoid；softmax用于K个中恰好选一个的情形。',
    },
    worked: {
      en: 'The second option: 20 independent yes/no questions, each a sigmoid on its own logit with binary cross-entropy (in practice a loss that takes logits, such as BCEWithLogitsLoss). A softmax would force the probabilities to sum to 1, so a cat would make a dog less likely.',
      zh: '第二项：20个相互独立的是/否问题，每个在自己的logit上用Sigmoid，配二元交叉熵（实践中用接收logit的损失函数，例如BCEWithLogitsLoss）。softmax会强制各概率之和为1，于是出现猫就会让狗变得不太可能。',
    },
  },
  {
    id: 'choosing-an-activation/transformer',
    kind: 'choice',
    question: {
      en: 'You are building a new decoder-only language model. Which feed-forward block matches current practice?',
      zh: '你正在构建一个新的仅解码器语言模型。哪种前馈模块符合当前的做法？',
    },
    choices: [
      { en: 'Sigmoid hidden units with Glorot initialisation', zh: '使用Sigmoid隐藏单元，配合Glorot初始化' },
      {
        en: 'A gated block such as SwiGLU, with the hidden width cut to about 2/3 of 4d',
        zh: 'SwiGLU这样的门控模块，隐藏宽度缩减到4d的约2/3',
      },
      { en: 'SELU with alpha dropout', zh: 'SELU配合alpha dropout' },
    ],
    answer: 1,
    hint: { en: 'Which chapter was about today’s transformers?', zh: '哪一章讲的是当今的Transformer？' },
    explanation: {
      en: 'Gated units (SwiGLU, GEGLU) are the common choice in recent open models, at the same parameter count.',
      zh: '在参数量相同的条件下，门控单元（SwiGLU、GEGLU）是近期开源模型的常见选择。',
    },
    worked: {
      en: 'The second option. GELU was the choice of BERT and GPT-2; many later models (PaLM, LLaMA) use SwiGLU, with the hidden width reduced so the three matrices cost what two did.',
      zh: '第二项。GELU是BERT和GPT-2的选择；此后的许多模型（PaLM、LLaMA）使用SwiGLU，并缩减隐藏宽度，使三个矩阵的开销与原来两个矩阵相同。',
    },
  },
  {
    id: 'choosing-an-activation/he-gain',
    kind: 'numeric',
    question: {
      en: 'You switch a deep MLP from tanh to ReLU. For the forward signal to keep its size, what should n·Var[w] (fan-in times weight variance) be for the ReLU layers?',
      zh: '你把一个深层MLP的激活函数从tanh换成ReLU。为使前向信号保持大小，ReLU层的n·Var[w]（扇入乘以权重方差）应为多少？',
    },
    answer: gain,
    tolerance: { abs: 1e-9 },
    hint: {
      en: 'Chapter 4: ReLU keeps half of a symmetric input’s second moment.',
      zh: '第4章：对于对称分布的输入，ReLU保留其二阶矩的一半。',
    },
    explanation: {
      en: 'He initialisation: the weights double the variance that ReLU halves.',
      zh: 'He初始化：权重把ReLU减半的方差再加倍。',
    },
    worked: {
      en: `n·Var[w] = ${formatNumber(gain)}, He initialisation; tanh near 0 needs 1 (LeCun, or Glorot’s compromise).`,
      zh: `n·Var[w] = ${formatNumber(gain)}，即He初始化；tanh在0附近需要1（LeCun初始化，或Glorot的折中方案）。`,
    },
  },
];
