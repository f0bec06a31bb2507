/**
 * Typical use and framework calls, part 1: the classic, rectifier and exponential families.
 * How the cells were chosen: sheet-extras-data.ts.
 */
import type { CatalogueId } from '../activations';
import type { SheetExtras } from './sheet-extras';

export const classicToExponential = {
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
} satisfies Partial<Record<CatalogueId, SheetExtras>>;
