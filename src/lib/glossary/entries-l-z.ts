/** Glossary entries L–Z (learning rate … zero-centred); see entries.ts. */
import type { GlossaryEntry } from './types';

export const entriesLToZ: readonly GlossaryEntry[] = [
  {
    id: 'learning-rate',
    term: { en: 'learning rate', zh: '学习率' },
    forms: { en: ['learning rates', 'learning rate'], zh: ['学习率'] },
    definition: {
      en: 'The step size η of gradient descent: each weight moves by η times its gradient. Too small and training crawls; too large and the loss oscillates or diverges, and in a ReLU network one large step can leave units dead.',
      zh: '梯度下降的步长η：每个权重移动η乘以其梯度那么远。太小则训练极慢；太大则损失振荡甚至发散，在ReLU网络中，一次过大的更新就可能让单元死亡。',
    },
    taughtIn: '/learn/backpropagation-and-initialisation/#learning-is-walking-downhill',
  },
  {
    id: 'lecun-initialisation',
    term: { en: 'LeCun initialisation', zh: 'LeCun初始化' },
    forms: {
      en: ['LeCun initialisation', 'LeCun initialization', 'LeCun-normal', 'LeCun normal'],
      zh: ['LeCun初始化', 'LeCun正态'],
    },
    definition: {
      en: 'Drawing the initial weights with variance 1/fan_in, which keeps the pre-activations’ variance the same from layer to layer when the activation behaves like the identity near 0 (tanh does), assuming independent zero-mean weights. Its normal-distribution version, LeCun normal, is part of SELU’s recipe; the rule comes from LeCun et al.’s Efficient BackProp (1998).',
      zh: '按方差1/fan_in抽取初始权重：假设权重相互独立、均值为零，且激活函数在0附近近似恒等（tanh即如此），预激活值的方差就能逐层保持不变。它的正态分布版本（LeCun正态）是SELU整套做法的一部分；这条规则出自LeCun等人的Efficient BackProp（1998）。',
    },
    taughtIn: '/learn/backpropagation-and-initialisation/#initialisation-keeping-the-signals-spread',
  },
  {
    id: 'log-sum-exp',
    term: { en: 'log-sum-exp', zh: 'log-sum-exp' },
    forms: { en: ['log-sum-exp'], zh: ['log-sum-exp'] },
    definition: {
      en: 'The quantity log Σⱼ exp(zⱼ), which the softmax and its cross-entropy need. Computed as written, exp overflows for large logits; subtracting the largest logit m first, m + log Σⱼ exp(zⱼ − m), makes every exponent at most 0, so nothing overflows and the sum is at least 1.',
      zh: '量log Σⱼ exp(zⱼ)，softmax及其交叉熵都要用到。照字面计算时，logit很大就会让exp上溢；先减去最大的logit m，写成m + log Σⱼ exp(zⱼ − m)，所有指数都不超过0，既不会上溢，求和结果也至少为1。',
    },
    taughtIn: '/learn/numbers-on-a-machine/#log-sum-exp',
  },
  {
    id: 'logit',
    term: { en: 'logit', zh: 'logit' },
    forms: { en: ['logits', 'logit'], zh: ['logit'] },
    definition: {
      en: 'A raw, unbounded score from a network’s last linear layer, before any sigmoid or softmax. For a single probability p the logit is log(p/(1 − p)), the logarithm of the odds, so the sigmoid turns a logit back into p; a logit of 0 means even odds.',
      zh: '网络最后一个线性层在经过Sigmoid或softmax之前输出的原始、无界的分数。对单个概率p，logit是log(p/(1 − p))，即几率的对数，Sigmoid则把logit变回p；logit为0表示两种结果的机会相等。',
    },
    taughtIn: '/learn/output-layers-and-losses/#logits-and-the-output-layer',
  },
  {
    id: 'loss-function',
    term: { en: 'loss function', zh: '损失函数' },
    forms: { en: ['loss functions', 'loss function'], zh: ['损失函数'] },
    definition: {
      en: 'The single number L that training minimises, measuring how far the network’s outputs are from the targets: squared error for regression, cross-entropy for classification. Every gradient in training is a derivative of this loss.',
      zh: '训练所要最小化的那个数L，衡量网络输出与目标的差距：回归常用平方误差，分类常用交叉熵。训练中的每一个梯度都是这个损失的导数。',
    },
    taughtIn: '/learn/backpropagation-and-initialisation/#learning-is-walking-downhill',
  },
  {
    id: 'mixed-precision',
    term: { en: 'mixed precision', zh: '混合精度' },
    forms: {
      en: ['mixed-precision', 'mixed precision', 'loss scaling', 'loss scale', 'half precision', 'bfloat16', 'float16'],
      zh: ['混合精度', '损失缩放', '半精度', 'bfloat16', 'float16'],
    },
    definition: {
      en: 'Training that computes in a 16-bit format (float16 or bfloat16) for speed and memory while keeping a float32 master copy of the weights for the updates. With float16, whose smallest positive value is about 6 × 10⁻⁸, the loss is also multiplied by a large loss scale so that small gradients do not underflow; bfloat16 has float32’s range and usually needs no scaling.',
      zh: '为了速度和内存而用16位格式（float16或bfloat16）计算、同时保留一份float32权重主副本用于更新的训练方式。float16最小的正数约为6 × 10⁻⁸，因此还要把损失乘以一个很大的损失缩放因子，免得小梯度下溢；bfloat16的范围与float32相同，通常无需缩放。',
    },
    taughtIn: '/learn/numbers-on-a-machine/#low-precision-in-training',
  },
  {
    id: 'monotonic',
    term: { en: 'monotonic', zh: '单调' },
    forms: { en: ['non-monotonic', 'monotonically', 'monotonic', 'monotone'], zh: ['非单调', '单调'] },
    definition: {
      en: 'An activation is monotonic if a larger input never gives a smaller output. ReLU, the sigmoid and tanh are; GELU, Swish and Mish are not, since each dips below zero for moderately negative inputs before returning towards 0.',
      zh: '如果更大的输入从不给出更小的输出，这个激活函数就是单调的。ReLU、Sigmoid和tanh是单调的；GELU、Swish和Mish则不是：它们在中等大小的负输入处先降到零以下，再向0回升。',
    },
    taughtIn: '/learn/smooth-self-gated/#what-the-smooth-shape-changes',
  },
  {
    id: 'normalisation',
    term: { en: 'normalisation', zh: '归一化' },
    forms: {
      en: [
        'batch normalisation',
        'batch normalization',
        'layer normalisation',
        'layer normalization',
        'normalisation',
        'normalization',
      ],
      zh: ['批归一化', '层归一化', '归一化层', '归一化'],
    },
    // Chinese also says 归一化 of the softmax ("normalised exponential") and of initialisation or inputs.
    except: { zh: ['归一化指数', '归一化初始化', '归一化为', '被归一化', '再归一化'] },
    definition: {
      en: 'Layers that standardise pre-activations to mean 0 and variance 1 and then apply a learned scale and shift. Batch normalisation computes the statistics for each unit over the mini-batch; layer normalisation computes them over the units of a single example, and is the kind transformers use.',
      zh: '把预激活值标准化为均值0、方差1，再施加可学习的缩放和平移的层。批归一化对每个单元在小批量上统计均值和方差；层归一化则在单个样本的所有单元上统计，Transformer用的是后者。',
    },
    taughtIn: '/learn/relu/#what-else-had-to-change',
  },
  {
    id: 'overflow',
    term: { en: 'overflow', zh: '上溢' },
    forms: { en: ['overflowing', 'overflowed', 'overflows', 'overflow'], zh: ['上溢'] },
    definition: {
      en: 'What happens when a result is too large for its floating-point format: it becomes infinity. exp(x) overflows in float32 for x above about 88.7 and in float16 above about 11.1, so formulas such as log(1 + eˣ) are rewritten to avoid the exponential of a large positive number.',
      zh: '运算结果超出浮点格式能表示的最大值，变成无穷大。float32中exp(x)在x大于约88.7时上溢，float16中x大于约11.1就会上溢，因此log(1 + eˣ)这类公式要改写，避免对很大的正数取指数。',
    },
    taughtIn: '/learn/numbers-on-a-machine/#overflow-exponentials-run-out-of-range',
  },
  {
    id: 'pre-activation',
    term: { en: 'pre-activation', zh: '预激活值' },
    forms: { en: ['pre-activations', 'pre-activation'], zh: ['预激活值'] },
    definition: {
      en: 'The weighted sum a unit computes before its activation function, z = w₁x₁ + … + wₙxₙ + b: each input times its weight, plus the bias. The activation function is then applied to z.',
      zh: '单元在施加激活函数之前算出的加权和z = w₁x₁ + … + wₙxₙ + b：每个输入乘以各自的权重，再加上偏置。随后激活函数作用在z上。',
    },
    taughtIn: '/learn/what-a-neuron-computes/#one-neuron',
  },
  {
    id: 'residual-connection',
    term: { en: 'residual connection', zh: '残差连接' },
    forms: {
      en: ['residual connections', 'residual connection', 'skip connections', 'skip connection'],
      zh: ['残差连接'],
    },
    definition: {
      en: 'A shortcut that adds a block’s input to its output, h + F(h). The block’s Jacobian is then the identity plus F’s, so the gradient reaches earlier layers through the identity term without being multiplied by every layer’s factors; this is what let networks of a hundred and more layers train.',
      zh: '把一个模块的输入直接加到其输出上的捷径：h + F(h)。这样模块的雅可比矩阵就是单位矩阵加上F的雅可比矩阵，梯度可以经由单位矩阵那一项传到前面的层，而不必乘上每一层的因子；上百层的网络正是靠它才训练得动。',
    },
    taughtIn: '/learn/relu/#what-else-had-to-change',
  },
  {
    id: 'saturation',
    term: { en: 'saturation', zh: '饱和' },
    forms: { en: ['saturating', 'saturation', 'saturates', 'saturated', 'saturate'], zh: ['饱和'] },
    definition: {
      en: 'The flat parts of a function such as the sigmoid or tanh far from 0, where the output barely changes and the derivative is close to 0. A saturated unit passes almost no gradient back, so its weights hardly move; ReLU does not saturate for positive inputs, where its slope is exactly 1.',
      zh: 'Sigmoid、tanh等函数在远离0处的平坦部分：输出几乎不变，导数接近0。处于饱和状态的单元几乎传不回梯度，权重也就几乎不动；ReLU对正输入不会饱和，那里的斜率恰好为1。',
    },
    taughtIn: '/learn/sigmoid-and-tanh/#slope-and-saturation',
  },
  {
    id: 'self-normalising',
    term: { en: 'self-normalising', zh: '自归一化' },
    forms: { en: ['self-normalising', 'self-normalizing'], zh: ['自归一化'] },
    definition: {
      en: 'Said of a network whose activations are pulled towards mean 0 and variance 1 by the activation function itself, without normalisation layers. SELU achieves this as an attracting fixed point, but only under its derivation’s conditions: standardised inputs, LeCun-normal weights, plain fully connected layers and alpha dropout.',
      zh: '指网络的激活值由激活函数本身（而非归一化层）拉向均值0、方差1。SELU以一个具有吸引性的不动点做到这一点，但只在其推导的条件下成立：输入已标准化、权重采用LeCun正态初始化、网络由普通全连接层组成，并使用alpha dropout。',
    },
    taughtIn: '/learn/exponential-units/#selu-scaled-so-the-network-normalises-itself',
  },
  {
    id: 'smoothness-class',
    term: { en: 'smoothness class (C⁰, C¹, C^∞)', zh: '光滑性等级（C⁰、C¹、C^∞）' },
    forms: {
      en: ['continuously differentiable', 'infinitely differentiable', 'differentiable', 'smoothness'],
      zh: ['连续可微', '无穷次可微', '可微', '光滑性'],
    },
    definition: {
      en: 'A function is C⁰ if it is continuous, C¹ if its derivative exists and is continuous too (no kinks), and C^∞, or smooth, if it has continuous derivatives of every order. ReLU is only C⁰; CELU, and ELU with α = 1, are C¹; GELU, Swish and softplus are C^∞.',
      zh: '函数连续，称为C⁰；导数存在且也连续（没有折点），称为C¹；各阶导数都存在且连续，称为C^∞，即光滑。ReLU只是C⁰；CELU以及α = 1时的ELU是C¹；GELU、Swish和softplus是C^∞。',
    },
    taughtIn: '/learn/exponential-units/#elu-an-exponential-below-zero',
  },
  {
    id: 'sparse',
    term: { en: 'sparse', zh: '稀疏' },
    forms: { en: ['sparsity', 'sparse'], zh: ['稀疏'] },
    definition: {
      en: 'Mostly zero. ReLU gives sparse activity: for inputs spread around 0, about half of a layer’s units output exactly 0 for any one example. Leaky variants give up this exact sparsity, because negative inputs no longer map to 0.',
      zh: '大部分为零。ReLU的激活是稀疏的：当输入分布在0两侧时，对任意一个样本，一层中约有一半单元的输出恰好为0。Leaky类变体放弃了这种精确的稀疏，因为负输入不再映射为0。',
    },
    taughtIn: '/learn/relu/#why-it-won',
  },
  {
    id: 'squashing-function',
    term: { en: 'squashing function', zh: '压缩函数' },
    forms: {
      en: ['squashing functions', 'squashing function', 'squashing', 'squashes', 'squashed'],
      zh: ['压缩函数'],
    },
    definition: {
      en: 'A function that maps every real number into a bounded interval, such as the sigmoid into (0, 1) or tanh into (−1, 1). Squashing turns logits into probabilities, and its flat ends are where saturation happens.',
      zh: '把任意实数映射到一个有界区间内的函数，例如Sigmoid映射到(0, 1)，tanh映射到(−1, 1)。压缩把logit变成概率，而压缩函数两端的平坦部分正是发生饱和的地方。',
    },
    taughtIn: '/learn/sigmoid-and-tanh/',
  },
  {
    id: 'straight-through-estimator',
    term: { en: 'straight-through estimator', zh: '直通估计器' },
    forms: { en: ['straight-through estimators', 'straight-through estimator'], zh: ['直通估计器'] },
    definition: {
      en: 'A training trick for functions whose derivative is zero almost everywhere, such as a step or a quantiser: keep the true function in the forward pass, but in the backward pass use a surrogate derivative, commonly hard tanh’s (1 for inputs within ±1, 0 outside), so that a gradient gets through.',
      zh: '用于导数几乎处处为零的函数（如阶跃函数或量化器）的训练技巧：前向传播保留真实函数，反向时改用一个替代导数，常用hard tanh的导数（输入在±1以内为1，以外为0），让梯度得以通过。',
    },
    taughtIn: '/functions/binary-step/',
  },
  {
    id: 'softmax-temperature',
    term: { en: 'temperature', zh: '温度' },
    forms: { en: ['temperatures', 'temperature'], zh: ['温度'] },
    // A regression target that happens to be a temperature is not the softmax's temperature.
    except: { en: ['a price, a temperature', 'on temperature', 'prices, temperatures'], zh: ['价格、温度'] },
    definition: {
      en: 'A positive number T by which the logits are divided before a softmax. T < 1 sharpens the distribution towards the largest logit, T > 1 flattens it towards uniform, and the ranking of the classes never changes; language models use it when sampling text.',
      zh: '在softmax之前用来除logit的正数T。T < 1使分布向最大的logit集中，T > 1使分布趋向均匀，而各类别的排序始终不变；语言模型在采样文本时会用到它。',
    },
    taughtIn: '/learn/output-layers-and-losses/#temperature',
  },
  {
    id: 'underflow',
    term: { en: 'underflow', zh: '下溢' },
    forms: { en: ['underflowing', 'underflowed', 'underflows', 'underflow'], zh: ['下溢'] },
    definition: {
      en: 'What happens when a nonzero result is too close to 0 for its floating-point format: it is rounded to 0. float16’s smallest positive value is about 6 × 10⁻⁸, so tiny gradients underflow there; tiny probabilities underflow too, which is why log-probabilities are computed directly rather than as the log of a probability.',
      zh: '非零结果离0太近、超出浮点格式的表示能力时，会被舍入为0。float16最小的正数约为6 × 10⁻⁸，很小的梯度在其中会下溢；极小的概率同样会下溢，所以对数概率要直接计算，而不是先算概率再取对数。',
    },
    taughtIn: '/learn/numbers-on-a-machine/#low-precision-in-training',
  },
  {
    id: 'vanishing-gradient',
    term: { en: 'vanishing gradient', zh: '梯度消失' },
    forms: { en: ['vanishing gradients', 'vanishing gradient'], zh: ['梯度消失'] },
    definition: {
      en: 'The failure in which the backward signal shrinks geometrically with depth because every layer multiplies it by a factor below 1, so the layers near the input barely learn. Fifty factors of 0.9 leave about 0.005 of the gradient; a sigmoid, whose derivative is at most 1/4, makes each factor small.',
      zh: '反向传回的信号在每一层都乘上一个小于1的因子，于是随深度按几何级数缩小，靠近输入的层几乎学不到东西。五十个0.9相乘只剩约0.005；Sigmoid的导数最大只有1/4，会让每个因子都很小。',
    },
    taughtIn: '/learn/backpropagation-and-initialisation/#why-products-vanish-or-explode',
  },
  {
    id: 'weights-and-biases',
    term: { en: 'weights and biases', zh: '权重与偏置' },
    forms: { en: ['weights', 'weight', 'biases', 'bias'], zh: ['权重', '偏置'] },
    // Weights of an average (attention, softmax) and a statistician's bias are other things.
    except: {
      en: [
        'weight decay',
        'bias shift',
        'inductive bias',
        'shrinkage bias',
        'avoids the bias',
        'weights that sum to 1',
        'returns weights',
        'small weights',
      ],
      zh: ['归纳偏置', '偏置偏移', '微小权重', '权重衰减'],
    },
    definition: {
      en: 'The numbers a network learns. A unit multiplies each input by its own weight and adds one bias, z = w₁x₁ + … + wₙxₙ + b; training adjusts the weights and biases, while the activation function stays fixed.',
      zh: '网络要学习的数。单元给每个输入乘上各自的权重，再加上一个偏置：z = w₁x₁ + … + wₙxₙ + b；训练调整的是权重和偏置，激活函数则保持不变。',
    },
    taughtIn: '/learn/what-a-neuron-computes/#one-neuron',
  },
  {
    id: 'zero-centred',
    term: { en: 'zero-centred', zh: '零中心' },
    forms: { en: ['zero-centred', 'zero-centered', 'zero-centring', 'zero-centering'], zh: ['零中心'] },
    definition: {
      en: 'Producing outputs that average to about 0 when the inputs are spread evenly around 0, as tanh does; the sigmoid and ReLU are not zero-centred, since their outputs are never negative. When a unit’s inputs are all positive, all its weights move in the same direction in each update, so gradient descent has to zig-zag.',
      zh: '当输入均匀分布在0两侧时，输出的平均值约为0；tanh如此，Sigmoid和ReLU则不然，因为它们的输出从不为负。如果一个单元的输入全为正，每次更新时它的所有权重都朝同一方向移动，梯度下降只能走锯齿形路线。',
    },
    taughtIn: '/learn/sigmoid-and-tanh/#tanh-the-same-shape-centred-on-zero',
  },
];
