/**
 * The cheat sheet's typical use and framework calls for every function with a page, in catalogue order. Each `use`
 * condenses the page's "When to use it" section (and its Chinese twin); each call is copied from the page's snippet
 * for that framework. A framework is left out when its snippet composes the function from other operations, or
 * names only a third-party package (entmax, Flax, Hugging Face). Where a snippet shows more than two forms, the
 * cell keeps the module or layer first and prefers the portable call to one documented for Ascend only.
 */
import type { CatalogueId } from '../activations';
import type { SheetExtras } from './sheet-extras';

export const sheetExtras: Readonly<Record<CatalogueId, SheetExtras>> = {
  identity: {
    use: {
      en: 'regression outputs; logits for a fused loss; residuals',
      zh: '回归输出；交给融合损失的logit；残差捷径',
    },
    calls: {
      pytorch: 'nn.Identity',
      tensorflow: 'tf.keras.layers.Identity · tf.keras.activations.linear',
      jax: 'jax.nn.identity',
      paddle: 'nn.Identity',
      mindspore: 'nn.Identity',
    },
  },
  'binary-step': {
    use: { en: 'historical perceptron; not trainable by gradient', zh: '经典感知机；无法用梯度训练' },
    // The step is a comparison everywhere; these four name it as a Heaviside function. TensorFlow has none.
    calls: { pytorch: 'torch.heaviside', jax: 'jnp.heaviside', paddle: 'paddle.heaviside', mindspore: 'ops.heaviside' },
  },
  sigmoid: {
    use: { en: 'binary and multi-label outputs; LSTM/GRU gates', zh: '二分类与多标签输出；LSTM/GRU的门控' },
    calls: {
      pytorch: 'nn.Sigmoid · torch.sigmoid',
      tensorflow: 'tf.math.sigmoid',
      jax: 'jax.nn.sigmoid',
      paddle: 'nn.Sigmoid · F.sigmoid',
      mindspore: 'nn.Sigmoid · ops.sigmoid',
    },
  },
  'log-sigmoid': {
    use: {
      en: 'log-probabilities in losses over logits (ranking, DPO)',
      zh: '基于logit的损失中的对数概率（排序、DPO）',
    },
    calls: {
      pytorch: 'nn.LogSigmoid · F.logsigmoid',
      tensorflow: 'tf.math.log_sigmoid',
      jax: 'jax.nn.log_sigmoid',
      paddle: 'paddle.nn.LogSigmoid · F.log_sigmoid',
      mindspore: 'nn.LogSigmoid · ops.logsigmoid',
    },
  },
  tanh: {
    use: { en: 'LSTM/GRU cells; bounded symmetric outputs', zh: 'LSTM/GRU单元；对称有界的输出' },
    calls: {
      pytorch: 'nn.Tanh · torch.tanh',
      tensorflow: 'tf.math.tanh',
      jax: 'jax.nn.tanh',
      paddle: 'nn.Tanh · paddle.tanh',
      mindspore: 'nn.Tanh · ops.tanh',
    },
  },
  softsign: {
    use: { en: 'gentler tanh for small nets without normalisation', zh: '不用归一化的小型网络中替换tanh' },
    calls: {
      pytorch: 'nn.Softsign · F.softsign',
      tensorflow: 'tf.nn.softsign',
      jax: 'jax.nn.soft_sign',
      paddle: 'nn.Softsign · F.softsign',
      mindspore: 'nn.Softsign · ops.softsign',
    },
  },
  'hard-sigmoid': {
    use: {
      en: 'cheap gates in mobile networks (SE blocks, hard swish)',
      zh: '移动端网络中的廉价门控（挤压-激励模块、hard swish）',
    },
    calls: {
      pytorch: 'nn.Hardsigmoid · F.hardsigmoid',
      tensorflow: 'tf.keras.activations.hard_sigmoid',
      jax: 'jax.nn.hard_sigmoid',
      paddle: 'nn.Hardsigmoid · F.hardsigmoid',
      mindspore: 'nn.HSigmoid · ops.hardsigmoid',
    },
  },
  'hard-tanh': {
    use: { en: 'cheap bounded clamp; surrogate gradient for binary nets', zh: '廉价的有界截断；二值化网络的替代梯度' },
    calls: {
      pytorch: 'nn.Hardtanh · F.hardtanh',
      tensorflow: 'tf.keras.activations.hard_tanh',
      jax: 'jax.nn.hard_tanh',
      paddle: 'nn.Hardtanh · F.hardtanh',
      mindspore: 'nn.Hardtanh · ops.hardtanh',
    },
  },
  relu: {
    use: { en: 'hidden layers of CNNs and MLPs (the default)', zh: '卷积网络和多层感知机的隐藏层（默认选择）' },
    calls: {
      pytorch: 'nn.ReLU · F.relu',
      tensorflow: 'tf.nn.relu',
      jax: 'jax.nn.relu',
      paddle: 'nn.ReLU · F.relu',
      mindspore: 'nn.ReLU · ops.relu',
    },
  },
  relu6: {
    use: { en: 'mobile CNNs with 8-bit or fixed-point inference', zh: '采用8位或定点推理的移动端卷积网络' },
    calls: {
      pytorch: 'nn.ReLU6 · F.relu6',
      tensorflow: 'tf.nn.relu6',
      jax: 'jax.nn.relu6',
      paddle: 'nn.ReLU6 · F.relu6',
      mindspore: 'nn.ReLU6 · ops.relu6',
    },
  },
  'leaky-relu': {
    use: { en: 'ReLU stand-in when units die; GAN discriminators', zh: '单元死亡时替换ReLU；GAN判别器' },
    calls: {
      pytorch: 'nn.LeakyReLU · F.leaky_relu',
      tensorflow: 'tf.keras.layers.LeakyReLU · tf.nn.leaky_relu',
      jax: 'jax.nn.leaky_relu',
      paddle: 'nn.LeakyReLU · F.leaky_relu',
      mindspore: 'nn.LeakyReLU · ops.leaky_relu',
    },
  },
  prelu: {
    use: {
      en: 'CNNs on large datasets (a learned slope per channel)',
      zh: '大数据集上的卷积网络（每个通道学习一个斜率）',
    },
    calls: {
      pytorch: 'nn.PReLU · F.prelu',
      tensorflow: 'tf.keras.layers.PReLU',
      paddle: 'nn.PReLU · F.prelu',
      mindspore: 'nn.PReLU · ops.prelu',
    },
  },
  rrelu: {
    use: { en: 'CNNs on small or medium data, against overfitting', zh: '中小数据集上的卷积网络，抑制过拟合' },
    calls: { pytorch: 'nn.RReLU · F.rrelu', paddle: 'nn.RReLU · F.rrelu', mindspore: 'nn.RReLU' },
  },
  'squared-relu': {
    use: { en: 'feed-forward blocks of Primer and Nemotron-4', zh: 'Primer和Nemotron-4的前馈模块' },
    // Every snippet squares a ReLU; no framework has it built in.
    calls: {},
  },
  threshold: {
    use: { en: 'zero-bias autoencoders; sparsifying activations', zh: '零偏置自编码器；稀疏化激活值' },
    calls: {
      pytorch: 'nn.Threshold · F.threshold',
      tensorflow: 'keras.activations.threshold',
      paddle: 'paddle.nn.ThresholdedReLU · F.thresholded_relu',
      mindspore: 'nn.Threshold · ops.threshold',
    },
  },
  elu: {
    use: { en: 'hidden layers of deep nets trained without batch norm', zh: '不用批归一化训练的深层网络的隐藏层' },
    calls: {
      pytorch: 'nn.ELU · F.elu',
      tensorflow: 'tf.keras.layers.ELU · tf.nn.elu',
      jax: 'jax.nn.elu',
      paddle: 'nn.ELU · F.elu',
      mindspore: 'nn.ELU · ops.elu',
    },
  },
  selu: {
    use: { en: 'self-normalising deep MLPs on tabular data', zh: '表格数据上自归一化的深层多层感知机' },
    calls: {
      pytorch: 'nn.SELU · F.selu',
      tensorflow: 'tf.nn.selu',
      jax: 'jax.nn.selu',
      paddle: 'nn.SELU · F.selu',
      mindspore: 'nn.SeLU · ops.selu',
    },
  },
  celu: {
    use: { en: 'ELU with a tuned or learned α ≠ 1', zh: '需要调出或学出 α ≠ 1 的ELU时' },
    calls: {
      pytorch: 'nn.CELU · F.celu',
      tensorflow: 'tf.keras.activations.celu',
      jax: 'jax.nn.celu',
      paddle: 'nn.CELU · F.celu',
      mindspore: 'nn.CELU · ops.celu',
    },
  },
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
};
