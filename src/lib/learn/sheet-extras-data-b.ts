/**
 * Typical use and framework calls, part 2: smooth, shrinkage, periodic, gated and output functions.
 * How the cells were chosen: sheet-extras-data.ts.
 */
import type { CatalogueId } from '../activations';
import type { SheetExtras } from './sheet-extras';

export const smoothToOutput = {
  softplus: {
    use: { en: 'positive outputs (scales, rates); inside Mish', zh: '必须为正的输出（尺度、速率）；Mish的构件' },
    calls: {
      pytorch: 'nn.Softplus · F.softplus',
      tensorflow: 'tf.math.softplus',
      jax: 'jax.nn.softplus',
      paddle: 'nn.Softplus · F.softplus',
      mindspore: 'ops.softplus',
    },
  },
  squareplus: {
    use: { en: 'softplus stand-in without transcendental functions', zh: '无需超越函数的softplus替代品' },
    calls: { tensorflow: 'keras.activations.squareplus', jax: 'jax.nn.squareplus' },
  },
  'sparse-plus': {
    use: {
      en: 'binary Fenchel–Young loss; a softplus with exact zeros',
      zh: '二分类Fenchel–Young损失；能恰好取零的softplus',
    },
    calls: { tensorflow: 'keras.activations.sparse_plus', jax: 'jax.nn.sparse_plus' },
  },
  gelu: {
    use: { en: 'transformer feed-forward blocks (BERT, GPT-2, ViT)', zh: 'Transformer的前馈模块（BERT、GPT-2、ViT）' },
    calls: {
      pytorch: 'nn.GELU · F.gelu',
      tensorflow: 'tf.nn.gelu',
      jax: 'jax.nn.gelu',
      paddle: 'nn.GELU · F.gelu',
      mindspore: 'ops.gelu',
    },
  },
  swish: {
    use: { en: 'CNN hidden layers (EfficientNet); SwiGLU blocks', zh: '卷积网络隐藏层（EfficientNet）；SwiGLU模块' },
    calls: {
      pytorch: 'nn.SiLU · F.silu',
      tensorflow: 'tf.nn.silu',
      jax: 'jax.nn.silu',
      paddle: 'nn.Silu · F.silu',
      mindspore: 'nn.SiLU · ops.silu',
    },
  },
  mish: {
    use: { en: 'CNN hidden layers in YOLOv4-style recipes', zh: 'YOLOv4式方案中卷积网络的隐藏层' },
    calls: {
      pytorch: 'nn.Mish · F.mish',
      tensorflow: 'tf.keras.activations.mish',
      jax: 'jax.nn.mish',
      paddle: 'nn.Mish · F.mish',
      mindspore: 'nn.Mish · ops.mish',
    },
  },
  'hard-swish': {
    use: { en: 'MobileNetV3; CPU, mobile and quantised inference', zh: 'MobileNetV3；CPU、移动端和量化推理' },
    calls: {
      pytorch: 'nn.Hardswish · F.hardswish',
      tensorflow: 'tf.keras.activations.hard_silu',
      jax: 'jax.nn.hard_swish',
      paddle: 'nn.Hardswish · F.hardswish',
      mindspore: 'nn.HSwish · ops.hardswish',
    },
  },
  softshrink: {
    use: { en: 'soft thresholding in unrolled sparse coding (ISTA)', zh: '展开式稀疏编码（ISTA）中的软阈值' },
    calls: {
      pytorch: 'nn.Softshrink · F.softshrink',
      tensorflow: 'keras.activations.soft_shrink',
      paddle: 'paddle.nn.Softshrink · F.softshrink',
      mindspore: 'nn.SoftShrink · ops.softshrink',
    },
  },
  hardshrink: {
    use: { en: 'zeroing small values, keeping the rest unbiased', zh: '把小值置零，其余保持无偏' },
    calls: {
      pytorch: 'nn.Hardshrink · F.hardshrink',
      tensorflow: 'keras.activations.hard_shrink',
      paddle: 'paddle.nn.Hardshrink · F.hardshrink',
      mindspore: 'nn.HShrink · ops.hardshrink',
    },
  },
  tanhshrink: {
    use: { en: 'smooth soft-threshold substitute in sparse coding', zh: '稀疏编码中光滑的软阈值替代品' },
    calls: {
      pytorch: 'nn.Tanhshrink · F.tanhshrink',
      tensorflow: 'keras.activations.tanh_shrink',
      paddle: 'paddle.nn.Tanhshrink · F.tanhshrink',
      mindspore: 'nn.Tanhshrink · ops.tanhshrink',
    },
  },
  snake: {
    use: { en: 'audio generators, vocoders and neural codecs', zh: '波形生成器、声码器和神经音频编解码器' },
    // x + sin²(αx)/α written out in every framework.
    calls: {},
  },
  sine: {
    use: { en: 'SIREN: signals as functions of coordinates', zh: 'SIREN：把信号表示为坐标的函数' },
    // The sine itself is the built-in; ω multiplies the input before the call.
    calls: { pytorch: 'torch.sin', tensorflow: 'tf.sin', jax: 'jnp.sin', paddle: 'paddle.sin', mindspore: 'ops.sin' },
  },
  glu: {
    use: { en: 'gated convolutions for sequences and audio', zh: '序列与音频的门控卷积' },
    calls: {
      pytorch: 'nn.GLU · F.glu',
      tensorflow: 'keras.activations.glu',
      jax: 'jax.nn.glu',
      paddle: 'paddle.nn.GLU · F.glu',
      mindspore: 'nn.GLU · ops.glu',
    },
  },
  reglu: {
    use: { en: 'cheap gated feed-forward block with exact zeros', zh: '廉价的门控前馈模块，门控可给出精确的零' },
    // Split, ReLU of the gate, product: composed in every framework.
    calls: {},
  },
  geglu: {
    use: { en: 'feed-forward blocks of T5 v1.1, FLAN-T5 and Gemma', zh: 'T5 v1.1、FLAN-T5和Gemma的前馈网络模块' },
    // Split, GELU of the gate, product: composed in every framework.
    calls: {},
  },
  swiglu: {
    use: { en: 'feed-forward blocks of LLaMA-style transformers', zh: 'LLaMA式Transformer的前馈网络模块' },
    // Only Paddle and MindSpore (Ascend) ship the gated unit; both take the gate as the FIRST half.
    calls: { paddle: 'F.swiglu', mindspore: 'ops.swiglu' },
  },
  softmax: {
    use: { en: 'multi-class output; attention weights', zh: '多分类输出；注意力权重' },
    calls: {
      pytorch: 'nn.Softmax · torch.softmax',
      tensorflow: 'tf.keras.layers.Softmax · tf.nn.softmax',
      jax: 'jax.nn.softmax',
      paddle: 'nn.Softmax · F.softmax',
      mindspore: 'nn.Softmax · ops.softmax',
    },
  },
  sparsemax: {
    use: { en: 'sparse attention; multi-label outputs with exact zeros', zh: '稀疏注意力；带精确零的多标签输出' },
    calls: { tensorflow: 'keras.activations.sparsemax' },
  },
} satisfies Partial<Record<CatalogueId, SheetExtras>>;
