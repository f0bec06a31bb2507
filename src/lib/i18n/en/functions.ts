/** A function page: section headings, notes around the equations, the properties table, code and the worked example. */
import type { Family } from '../../activations/types';

export const functions = {
  /** Before the links to the learning-path chapters that use this function. */
  taughtIn: 'Taught in the learning path:',
  /** Ends with the space before the list (a Chinese full-width colon needs none). */
  aliases: 'Also called: ',
  /** Between the names of a list of aliases written in this language (a guide's). */
  aliasSeparator: ', ',
  /** Family names, for the function page's kicker, the home page's groups and the comparison page's pickers. */
  families: {
    classic: 'Classic, saturating',
    rectifier: 'Rectifiers',
    exponential: 'Exponential',
    smooth: 'Smooth, self-gated',
    shrinkage: 'Shrinkage',
    periodic: 'Periodic',
    gated: 'Gated (two inputs)',
    output: 'Output',
  } satisfies Record<Family, string> as Record<Family, string>,
  frameworkNames: (names: string) => `Also known in frameworks as ${names}.`,
  headings: {
    definition: 'Definition and derivative',
    chart: 'See it',
    explorer: 'Try it',
    properties: 'Properties',
    code: 'In code',
    example: 'Worked example',
    models: 'Models that use it',
    related: 'Related functions',
    guides: (name: string) => `Guides that discuss ${name}`,
    sources: 'Sources',
  },
  withValues: 'With the slider values below (defaults to start):',
  /** Ends with the space before the note (a Chinese full-width colon needs none). */
  kinkAt: (x: number) => `At x = ${x}: `,
  equationLabels: {
    f: (id: string) => `${id} definition`,
    df: (id: string) => `${id} derivative`,
    fWithValues: (id: string) => `${id} definition with values`,
    dfWithValues: (id: string) => `${id} derivative with values`,
    range: (id: string) => `${id} range`,
  },
  openInCompare: 'Open in Compare with its related functions',
  models: {
    intro: 'Where well-known models apply it, in which block and exact form:',
    source: 'source',
    /** Between the parts of a line "Model, block: exact form (source)". */
    punctuation: { afterModel: ', ', afterBlock: ': ', open: ' (', close: ')' },
  },
  properties: {
    caption: (name: string) => `Properties of ${name} at default parameters`,
    range: 'Range',
    monotonic: 'Monotonic',
    smoothness: 'Smoothness',
    zeroCentred: 'Zero-centred (odd)',
    bounded: 'Bounded',
    boundedValue: (below: string, above: string) => `Below: ${below}; above: ${above}`,
    saturating: 'Saturating',
    saturation: {
      both: 'Both sides: f′ → 0 as x → ±∞',
      negative: 'Negative side only: f′ → 0 as x → −∞',
      positive: 'Positive side only: f′ → 0 as x → +∞',
      none: 'No',
    },
    maxSlope: 'Max |f′(x)|',
    cost: 'Relative cost',
  },
  code: {
    differ: 'Where the frameworks differ',
    frameworks: {
      pytorch: 'PyTorch',
      tensorflow: 'TensorFlow / Keras',
      jax: 'JAX',
      paddle: 'PaddlePaddle',
      mindspore: 'MindSpore',
    },
  },
  example: {
    caption: (name: string) => `${name} applied element-wise to`,
    headings: { x: 'x', f: 'f(x)', df: 'f′(x)' },
  },
  /** Wording of each property, shared by the properties table and the comparison page's matrix. */
  labels: {
    smoothness: {
      discontinuous: 'Discontinuous',
      C0: 'Continuous, with kinks (C⁰)',
      C1: 'Once continuously differentiable (C¹)',
      'C∞': 'Infinitely differentiable (C∞)',
    },
    cost: {
      minimal: 'Minimal (comparisons, a multiply)',
      low: 'Low (one exp or division)',
      moderate: 'Moderate (erf, or several exps)',
      high: 'High',
    },
    yes: 'Yes',
    no: 'No',
    saturation: { both: 'Both sides', negative: 'Negative side', positive: 'Positive side', none: 'No' },
    /** The comparison matrix's short cells: smoothness classes other than notation (C⁰, C¹, C∞), and cost. */
    compact: {
      discontinuous: 'discontinuous',
      cost: { minimal: 'minimal', low: 'low', moderate: 'moderate', high: 'high' },
    },
    bounded: { both: 'Both', below: 'Below', above: 'Above', none: 'No' },
    columns: {
      name: 'Function',
      range: 'Range',
      monotonic: 'Monotonic',
      smoothness: 'Smoothness',
      zeroCentred: 'Zero-centred',
      bounded: 'Bounded',
      saturates: 'Saturates',
      maxSlope: 'Max |f′|',
      cost: 'Cost',
    },
  },
};
