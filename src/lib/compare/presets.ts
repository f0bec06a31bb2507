/**
 * Comparisons "where the frameworks disagree", each one link. The values are the frameworks' documented
 * defaults, checked at the source (PyTorch, TensorFlow, Keras 3 and JAX documentation and code); the
 * wording lives in the string table (src/lib/i18n/en/compare.ts, `comparePage.presets`).
 */
import { comparePage } from '../i18n/en/compare';

export type PresetId = keyof typeof comparePage.presets;

export interface Preset {
  readonly id: PresetId;
  /** The query string, without "?". */
  readonly query: string;
}

export const presets: readonly Preset[] = [
  {
    id: 'leaky-slopes',
    query: 'fns=leaky-relu,leaky-relu(alpha=0.2),leaky-relu(alpha=0.3)&view=function&xmin=-6&xmax=3',
  },
  { id: 'gelu-exact-tanh', query: 'fns=gelu,gelu-tanh&view=both&xmin=-4&xmax=4' },
  {
    id: 'hard-sigmoid',
    query: 'fns=hard-sigmoid,sigmoid&view=function&xmin=-5&xmax=5&custom=max(0,min(1,0.2*x%2B0.5))',
  },
  { id: 'softplus-beta', query: 'fns=relu,softplus,softplus(beta=5)&view=function&xmin=-4&xmax=4' },
  { id: 'elu-celu', query: 'fns=elu(alpha=2),celu(alpha=2)&view=both&xmin=-6&xmax=3' },
  { id: 'swish-beta', query: 'fns=swish,swish(beta=1.702),gelu&view=function&xmin=-5&xmax=3' },
];

/** A preset's link on the comparison page. */
export const presetHref = (preset: Preset, base = '/compare/'): string => `${base}?${preset.query}`;
