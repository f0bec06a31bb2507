/**
 * Every name the frameworks give our functions, with the defaults that differ from ours (our defaults follow
 * PyTorch). Checked against: Keras at keras-team/keras@3422977 (keras/src/activations/activations.py,
 * keras/src/layers/activations/), JAX at jax-ml/jax@cec06d1 (jax/_src/nn/functions.py, jax/nn/__init__.py),
 * Hugging Face transformers src/transformers/activations.py (ACT2CLS), PyTorch torch/nn/modules/activation.py,
 * and the PaddlePaddle and MindSpore API pages linked in `frameworks`. A name we could not check is left out.
 */
import type { PageId, VariantId } from './ids';

export const frameworkKeys = ['pytorch', 'keras', 'jax', 'paddle', 'mindspore', 'transformers', 'papers'] as const;
export type Framework = (typeof frameworkKeys)[number];

/** Each framework's display name and where its names were checked. */
export const frameworks: Record<Framework, { label: string; source?: string }> = {
  pytorch: { label: 'PyTorch', source: 'https://github.com/pytorch/pytorch/blob/main/torch/nn/modules/activation.py' },
  keras: {
    label: 'Keras 3',
    source:
      'https://github.com/keras-team/keras/blob/3422977a5e38fb2f7709aaa9a08e47f0c43d0f60/keras/src/activations/activations.py',
  },
  jax: {
    label: 'JAX',
    source: 'https://github.com/jax-ml/jax/blob/cec06d116c05f0d52adfceee3d3b730fdbcb0ce5/jax/_src/nn/functions.py',
  },
  paddle: {
    label: 'PaddlePaddle',
    source: 'https://www.paddlepaddle.org.cn/documentation/docs/en/api/paddle/nn/functional/hardsigmoid_en.html',
  },
  mindspore: {
    label: 'MindSpore',
    source: 'https://www.mindspore.cn/docs/zh-CN/stable/api_python/ops/mindspore.ops.silu.html',
  },
  transformers: {
    label: 'Hugging Face transformers (ACT2FN key)',
    source: 'https://github.com/huggingface/transformers/blob/main/src/transformers/activations.py',
  },
  papers: { label: 'Papers and model code' },
};

/** One framework name. `fn` is null when we have no page for what it computes. */
export interface FrameworkName {
  framework: Framework;
  name: string;
  fn: PageId | null;
  variantId?: VariantId;
  /** Defaults or behaviour that differ from our page, or what it is when there is no page. */
  note?: string;
}

type Row = readonly [name: string, fn: PageId | null, note?: string, variantId?: VariantId];
const rows = (framework: Framework, list: readonly Row[]): FrameworkName[] =>
  list.map(([name, fn, note, variantId]) => ({
    framework,
    name,
    fn,
    ...(note === undefined ? {} : { note }),
    ...(variantId === undefined ? {} : { variantId }),
  }));

/** PyTorch: a module in torch.nn and a function in torch.nn.functional (or torch) for each. */
const torchPairs: readonly (readonly [string, string, PageId, string?])[] = [
  ['Identity', '', 'identity'],
  ['Sigmoid', 'torch.sigmoid', 'sigmoid'],
  ['LogSigmoid', 'logsigmoid', 'log-sigmoid'],
  ['Tanh', 'torch.tanh', 'tanh'],
  ['Softsign', 'softsign', 'softsign'],
  ['Hardsigmoid', 'hardsigmoid', 'hard-sigmoid'],
  ['Hardtanh', 'hardtanh', 'hard-tanh'],
  ['ReLU', 'relu', 'relu'],
  ['ReLU6', 'relu6', 'relu6'],
  ['LeakyReLU', 'leaky_relu', 'leaky-relu'],
  ['PReLU', 'prelu', 'prelu'],
  ['RReLU', 'rrelu', 'rrelu'],
  ['Threshold', 'threshold', 'threshold', 'threshold and value have no defaults: both must be given'],
  ['ELU', 'elu', 'elu'],
  ['SELU', 'selu', 'selu'],
  ['CELU', 'celu', 'celu'],
  ['Softplus', 'softplus', 'softplus', 'returns x itself where βx > threshold (default 20)'],
  ['GELU', 'gelu', 'gelu', "approximate='tanh' gives the tanh form"],
  ['SiLU', 'silu', 'swish', 'β fixed at 1'],
  ['Mish', 'mish', 'mish'],
  ['Hardswish', 'hardswish', 'hard-swish'],
  ['Softshrink', 'softshrink', 'softshrink'],
  ['Hardshrink', 'hardshrink', 'hardshrink'],
  ['Tanhshrink', 'tanhshrink', 'tanhshrink'],
  ['GLU', 'glu', 'glu', 'splits the input in halves along dim (default -1)'],
  ['Softmax', 'softmax', 'softmax'],
  ['LogSoftmax', 'log_softmax', 'softmax', 'log-softmax, shown on the softmax page'],
  ['Softmin', 'softmin', 'softmax', 'softmax of −x, shown on the softmax page'],
];
const pytorch: FrameworkName[] = torchPairs.flatMap(([module, fn, id, note]) => {
  const names = [`torch.nn.${module}`];
  if (fn !== '') names.push(fn.startsWith('torch.') ? fn : `torch.nn.functional.${fn}`);
  return rows(
    'pytorch',
    names.map((name): Row => (note === undefined ? [name, id] : [name, id, note])),
  );
});

const keras = rows('keras', [
  ['keras.activations.linear', 'identity'],
  ['keras.activations.sigmoid', 'sigmoid'],
  ['keras.activations.log_sigmoid', 'log-sigmoid'],
  ['keras.activations.tanh', 'tanh'],
  ['keras.activations.softsign', 'softsign'],
  ['keras.activations.hard_sigmoid', 'hard-sigmoid'],
  ['keras.activations.hard_tanh', 'hard-tanh'],
  ['keras.activations.relu', 'relu', 'also takes negative_slope, max_value and threshold (all off by default)'],
  ['keras.layers.ReLU', 'relu'],
  ['keras.activations.relu6', 'relu6'],
  ['keras.activations.leaky_relu', 'leaky-relu', 'negative_slope defaults to 0.2 (ours 0.01)'],
  ['keras.layers.LeakyReLU', 'leaky-relu', 'negative_slope defaults to 0.3 (ours 0.01)'],
  ['keras.layers.PReLU', 'prelu', 'slopes start at 0 (alpha_initializer="Zeros"; ours 0.25)'],
  ['keras.activations.threshold', 'threshold', 'threshold and default_value have no defaults'],
  ['keras.activations.elu', 'elu'],
  ['keras.layers.ELU', 'elu'],
  ['keras.activations.selu', 'selu'],
  ['keras.activations.celu', 'celu'],
  ['keras.activations.softplus', 'softplus'],
  ['keras.activations.squareplus', 'squareplus'],
  ['keras.activations.sparse_plus', 'sparse-plus'],
  ['keras.activations.gelu', 'gelu', 'approximate=True gives the tanh form'],
  ['keras.activations.silu', 'swish'],
  ['keras.activations.swish', 'swish', 'alias of silu'],
  ['keras.activations.mish', 'mish'],
  ['keras.activations.hard_silu', 'hard-swish'],
  ['keras.activations.hard_swish', 'hard-swish', 'alias of hard_silu'],
  ['keras.activations.soft_shrink', 'softshrink', 'the λ parameter is called threshold'],
  ['keras.activations.hard_shrink', 'hardshrink', 'the λ parameter is called threshold'],
  ['keras.activations.tanh_shrink', 'tanhshrink'],
  ['keras.activations.glu', 'glu'],
  ['keras.activations.softmax', 'softmax'],
  ['keras.layers.Softmax', 'softmax'],
  ['keras.activations.log_softmax', 'softmax', 'log-softmax, shown on the softmax page'],
  ['keras.activations.sparsemax', 'sparsemax'],
  ['keras.activations.exponential', null, 'eˣ; no page'],
  ['keras.activations.sparse_sigmoid', null, 'piecewise-linear sigmoid; no page'],
]);

const jax = rows('jax', [
  ['jax.nn.identity', 'identity'],
  ['jax.nn.sigmoid', 'sigmoid'],
  ['jax.nn.log_sigmoid', 'log-sigmoid'],
  ['jax.nn.tanh', 'tanh'],
  ['jax.nn.soft_sign', 'softsign'],
  ['jax.nn.hard_sigmoid', 'hard-sigmoid'],
  ['jax.nn.hard_tanh', 'hard-tanh'],
  ['jax.nn.relu', 'relu'],
  ['jax.nn.relu6', 'relu6'],
  ['jax.nn.leaky_relu', 'leaky-relu'],
  ['jax.nn.elu', 'elu'],
  ['jax.nn.selu', 'selu'],
  ['jax.nn.celu', 'celu'],
  ['jax.nn.softplus', 'softplus'],
  ['jax.nn.squareplus', 'squareplus'],
  ['jax.nn.sparse_plus', 'sparse-plus'],
  ['jax.nn.gelu', 'gelu', 'approximate=True by default: the tanh form unless you pass approximate=False', 'gelu-tanh'],
  ['jax.nn.silu', 'swish'],
  ['jax.nn.swish', 'swish', 'alias of silu'],
  ['jax.nn.mish', 'mish'],
  ['jax.nn.hard_silu', 'hard-swish'],
  ['jax.nn.hard_swish', 'hard-swish', 'alias of hard_silu'],
  ['jax.nn.glu', 'glu'],
  ['jax.nn.softmax', 'softmax'],
  ['jax.nn.log_softmax', 'softmax', 'log-softmax, shown on the softmax page'],
  ['jax.nn.sparse_sigmoid', null, 'piecewise-linear sigmoid; no page'],
]);

const paddle = rows('paddle', [
  ['paddle.nn.functional.hardsigmoid', 'hard-sigmoid', 'slope=0.1666667 and offset=0.5 can be changed'],
  ['paddle.nn.Swish', 'swish'],
  ['paddle.nn.Mish', 'mish'],
]);

const mindspore = rows('mindspore', [
  ['mindspore.nn.SiLU', 'swish'],
  ['mindspore.ops.silu', 'swish'],
  ['mindspore.mint.nn.SiLU', 'swish'],
  ['mindspore.mint.nn.functional.silu', 'swish'],
]);

const transformers = rows('transformers', [
  ['linear', 'identity'],
  ['sigmoid', 'sigmoid'],
  ['tanh', 'tanh'],
  ['relu', 'relu'],
  ['relu6', 'relu6'],
  ['leaky_relu', 'leaky-relu'],
  ['prelu', 'prelu'],
  ['relu2', 'squared-relu'],
  ['gelu', 'gelu'],
  ['gelu_python', 'gelu', 'exact GELU written with erf in Python'],
  ['gelu_new', 'gelu', 'the tanh form, written out in Python', 'gelu-tanh'],
  ['gelu_pytorch_tanh', 'gelu', "the tanh form via torch's approximate='tanh'", 'gelu-tanh'],
  ['gelu_python_tanh', 'gelu', 'the tanh form, written out in Python', 'gelu-tanh'],
  ['gelu_fast', 'gelu', 'the tanh form with √(2/π) rounded to 0.7978845608', 'gelu-tanh'],
  ['gelu_accurate', 'gelu', 'the tanh form', 'gelu-tanh'],
  ['quick_gelu', 'gelu', 'x·σ(1.702x)', 'quick-gelu'],
  ['silu', 'swish'],
  ['swish', 'swish'],
  ['mish', 'mish'],
  ['hardswish', 'hard-swish', 'in recent releases'],
  ['gelu_10', null, 'exact GELU clipped to [−10, 10]; no page'],
  ['laplace', null, 'a Gaussian-CDF-shaped curve from MEGA; no page'],
  ['xielu', null, 'xIELU, with learned parameters; no page'],
  ['sqrtsoftplus', null, 'in recent releases; no page'],
]);

/** Names used in papers and model code rather than in a framework's API (see /models/ for where). */
const papers = rows('papers', [
  ['QuickGELU', 'gelu', 'x·σ(1.702x), in OpenAI’s CLIP', 'quick-gelu'],
  ['SwiGLU', 'swiglu'],
  ['GeGLU', 'geglu'],
  ['ReGLU', 'reglu'],
  ['gated-gelu', 'geglu', 'T5 v1.1 config value (feed_forward_proj)'],
  ['ReLU²', 'squared-relu', 'also written squared ReLU'],
  ['Snake', 'snake'],
  ['SnakeBeta', 'snake', 'separate learned magnitude β, in BigVGAN'],
]);

/** Every name, grouped by framework in the order of `frameworkKeys`. */
export const frameworkNames: readonly FrameworkName[] = [
  ...pytorch,
  ...keras,
  ...jax,
  ...paddle,
  ...mindspore,
  ...transformers,
  ...papers,
];

/**
 * The names frameworks give the function on page `id` (its variants included), as search terms: each full
 * name, and the short forms people type (`F.gelu`, `nn.GELU`, the last dotted part). Sorted, no duplicates.
 */
export function frameworkNamesFor(id: PageId): string[] {
  const terms = new Set<string>();
  for (const entry of frameworkNames) {
    if (entry.fn !== id) continue;
    terms.add(entry.name);
    const parts = entry.name.split('.');
    const last = parts.at(-1);
    if (last !== undefined && parts.length > 1) terms.add(last);
    if (entry.name.startsWith('torch.nn.functional.')) terms.add(`F.${last}`);
    else if (entry.name.startsWith('torch.nn.')) terms.add(`nn.${last}`);
  }
  return [...terms].sort((a, b) => a.localeCompare(b, 'en'));
}
