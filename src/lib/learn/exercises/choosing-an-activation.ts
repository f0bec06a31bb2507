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
    question:
      'A photo can show any number of 20 objects at once (a cat and a dog and a sofa). What goes on the output layer?',
    choices: ['A softmax over the 20 logits', 'One sigmoid per object, each with binary cross-entropy', 'ReLU'],
    answer: 1,
    hint: 'Softmax makes the classes compete for one unit of probability. Do these labels compete?',
    explanation: 'Independent yes/no questions get independent sigmoids; softmax is for exactly one of K.',
    worked:
      'The second option: 20 independent yes/no questions, each a sigmoid on its own logit with binary cross-entropy (in practice a loss that takes logits, such as BCEWithLogitsLoss). A softmax would force the probabilities to sum to 1, so a cat would make a dog less likely.',
  },
  {
    id: 'choosing-an-activation/transformer',
    kind: 'choice',
    question: 'You are building a new decoder-only language model. Which feed-forward block matches current practice?',
    choices: [
      'Sigmoid hidden units with Glorot initialisation',
      'A gated block such as SwiGLU, with the hidden width cut to about 2/3 of 4d',
      'SELU with alpha dropout',
    ],
    answer: 1,
    hint: 'Which chapter was about today’s transformers?',
    explanation:
      'Gated units (SwiGLU, GEGLU) are the common choice in recent open models, at the same parameter count.',
    worked:
      'The second option. GELU was the choice of BERT and GPT-2; many later models (PaLM, LLaMA) use SwiGLU, with the hidden width reduced so the three matrices cost what two did.',
  },
  {
    id: 'choosing-an-activation/he-gain',
    kind: 'numeric',
    question:
      'You switch a deep MLP from tanh to ReLU. For the forward signal to keep its size, what should n·Var[w] (fan-in times weight variance) be for the ReLU layers?',
    answer: gain,
    tolerance: { abs: 1e-9 },
    hint: 'Chapter 4: ReLU keeps half of a symmetric input’s second moment.',
    explanation: 'He initialisation: the weights double the variance that ReLU halves.',
    worked: `n·Var[w] = ${formatNumber(gain)}, He initialisation; tanh near 0 needs 1 (LeCun, or Glorot’s compromise).`,
  },
];
