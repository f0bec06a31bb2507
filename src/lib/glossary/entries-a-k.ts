/** Glossary entries A–K (activation function … kink); see entries.ts. */
import type { GlossaryEntry } from './types';

export const entriesAToK: readonly GlossaryEntry[] = [
  {
    id: 'activation-function',
    term: { en: 'activation function', zh: '激活函数' },
    forms: { en: ['activation functions', 'activation function'], zh: ['激活函数'] },
    definition: {
      en: 'The fixed function f that a unit applies to its pre-activation z, so that the unit outputs f(z). Without a nonlinear activation function between them, any stack of layers collapses into a single affine map, and depth adds no expressive power.',
      zh: '单元作用在预激活值z上的固定函数f，单元的输出就是f(z)。层与层之间若没有非线性的激活函数，再多的层叠起来也只等于一个仿射映射，加深网络并不能增加表达能力。',
    },
    taughtIn: '/learn/what-a-neuron-computes/#one-neuron',
  },
  {
    id: 'affine-map',
    term: { en: 'affine map', zh: '仿射映射' },
    forms: { en: ['affine maps', 'affine map', 'affine'], zh: ['仿射映射', '仿射'] },
    definition: {
      en: 'A map of the form x ↦ Wx + b: a linear map (a matrix W times the input) followed by a shift b. A layer without an activation function is affine, and a composition of affine maps is again affine.',
      zh: '形如x ↦ Wx + b的映射：先做线性映射（矩阵W乘以输入），再平移b。不带激活函数的层就是仿射的，而仿射映射的复合仍然是仿射映射。',
    },
    taughtIn: '/learn/what-a-neuron-computes/',
  },
  {
    id: 'backpropagation',
    term: { en: 'backpropagation', zh: '反向传播' },
    forms: { en: ['backpropagation', 'backpropagated', 'backpropagate'], zh: ['反向传播'] },
    definition: {
      en: 'The algorithm that computes the gradient of the loss with respect to every weight by applying the chain rule layer by layer, from the output back to the input. A forward pass stores each layer’s pre-activations and outputs; a backward pass then multiplies the returning signal by one layer’s derivative factor at a time, at a cost of a small constant multiple of the forward pass.',
      zh: '利用链式法则，从输出端逐层往回计算损失对每个权重的梯度的算法。前向传播时保存每层的预激活值和输出；反向时每经过一层，就把传回的信号乘上该层的导数因子，总计算量只是前向传播的一个小常数倍。',
    },
    taughtIn: '/learn/backpropagation-and-initialisation/#backpropagation-in-one-page',
  },
  {
    id: 'catastrophic-cancellation',
    term: { en: 'catastrophic cancellation', zh: '灾难性抵消' },
    forms: { en: ['catastrophic cancellation'], zh: ['灾难性抵消'] },
    definition: {
      en: 'The loss of accuracy when two nearly equal floating-point numbers are subtracted: the subtraction itself is exact, but the leading digits cancel and what remains is mostly the rounding error the operands already carried. Computing eˣ − 1 directly for small x is the classic case; expm1(x) avoids it.',
      zh: '两个几乎相等的浮点数相减时的精度损失：减法本身是精确的，但前面相同的数字相互抵消，剩下的主要是两个操作数原本带有的舍入误差。对很小的x直接计算eˣ − 1是典型例子，改用expm1(x)即可避免。',
    },
    taughtIn: '/learn/numbers-on-a-machine/#cancellation',
  },
  {
    id: 'cross-entropy',
    term: { en: 'cross-entropy', zh: '交叉熵' },
    forms: { en: ['cross-entropy', 'cross entropy'], zh: ['交叉熵'] },
    definition: {
      en: 'The standard classification loss: the negative logarithm of the probability p that the model gives the true class, L = −log p. Paired with a sigmoid or softmax output, its gradient with respect to the logits is simply the predicted probabilities minus the one-hot target, so a confidently wrong prediction still receives a large gradient.',
      zh: '分类任务的标准损失：取模型赋予真实类别的概率p的负对数，即L = −log p。与Sigmoid或softmax输出搭配时，它对logit的梯度恰好是预测概率减去one-hot目标，因此自信却错误的预测仍会得到很大的梯度。',
    },
    taughtIn: '/learn/output-layers-and-losses/#cross-entropy-and-its-clean-gradient',
  },
  {
    id: 'dead-unit',
    term: { en: 'dead unit', zh: '死亡单元' },
    forms: {
      en: ['dead units', 'dead unit', 'dead neurons', 'dead neuron', 'dying ReLU'],
      zh: ['死亡单元', '死亡 ReLU', 'ReLU 死亡', '神经元死亡', '死神经元'],
    },
    definition: {
      en: 'A ReLU unit whose pre-activation is negative for every input in the training set. It then always outputs 0, its weights and bias receive exactly zero gradient, and gradient descent has no signal to move them; when many units end up this way, people speak of the dying ReLU problem.',
      zh: '对训练集中的每一个输入，预激活值都为负的ReLU单元。它的输出恒为0，权重和偏置得到的梯度恰好为零，梯度下降因此没有任何信号去调整它们；大量单元陷入这种状态，就是所谓的死亡 ReLU问题。',
    },
    taughtIn: '/learn/dead-units-and-leaky-relus/#what-a-dead-unit-is',
  },
  {
    id: 'derivative',
    term: { en: 'derivative', zh: '导数' },
    forms: { en: ['derivatives', 'derivative'], zh: ['导数'] },
    definition: {
      en: 'The rate of change f′(x) of a function of one variable: the slope of its graph at x. An activation’s derivative is the factor by which it scales a gradient passing back through it, so where the derivative is near 0, learning stalls.',
      zh: '单变量函数的变化率f′(x)，即其图像在x处的斜率。激活函数的导数就是梯度反向穿过它时所乘的因子，因此在导数接近0的地方，学习会停滞。',
    },
    taughtIn: '/learn/sigmoid-and-tanh/#slope-and-saturation',
  },
  {
    id: 'exploding-gradient',
    term: { en: 'exploding gradient', zh: '梯度爆炸' },
    forms: { en: ['exploding gradients', 'exploding gradient'], zh: ['梯度爆炸'] },
    definition: {
      en: 'The failure in which the backward signal grows geometrically with depth because every layer multiplies it by a factor above 1 (a weight times an activation’s slope): updates become huge and training diverges. Fifty factors of 1.1 already multiply the gradient by about 117.',
      zh: '反向传回的信号在每一层都乘上一个大于1的因子（权重乘以激活函数的斜率），于是随深度按几何级数增长：参数更新变得极大，训练发散。五十个1.1相乘，梯度就已放大约117倍。',
    },
    taughtIn: '/learn/backpropagation-and-initialisation/#why-products-vanish-or-explode',
  },
  {
    id: 'fan-in',
    term: { en: 'fan-in', zh: '扇入' },
    forms: { en: ['fan-in', 'fan-out'], zh: ['扇入', '扇出'] },
    definition: {
      en: 'A unit’s fan-in is the number of inputs it receives; its fan-out is the number of units in the next layer that read its output. Initialisation rules scale the weights’ variance by these counts; for a convolution, the fan-in is input channels × kernel area.',
      zh: '一个单元的扇入是它接收的输入个数，扇出是下一层中读取它输出的单元个数。初始化规则按这两个数确定权重的方差；对卷积层而言，扇入等于输入通道数×卷积核面积。',
    },
    taughtIn: '/learn/backpropagation-and-initialisation/#initialisation-keeping-the-signals-spread',
  },
  {
    id: 'floating-point-number',
    term: { en: 'floating-point number', zh: '浮点数' },
    forms: {
      en: ['floating-point numbers', 'floating-point number', 'floating-point', 'floating point'],
      zh: ['浮点数', '浮点'],
    },
    definition: {
      en: 'How computers store real numbers (standardised in IEEE 754): a sign, an exponent and a significand, like scientific notation in base 2. The exponent bits fix the range and the significand bits the precision: float32 keeps about 7 decimal digits and reaches about 3.4 × 10³⁸, float16 about 3 digits and only 65504.',
      zh: '计算机存储实数的方式（由IEEE 754标准化）：由符号、指数和有效数字组成，相当于以2为底的科学记数法。指数位数决定表示范围，有效数字位数决定精度：float32约保留7位十进制数字，最大约3.4 × 10³⁸；float16约3位，最大只有65504。',
    },
    taughtIn: '/learn/numbers-on-a-machine/#how-a-computer-stores-a-real-number',
  },
  {
    id: 'gate',
    term: { en: 'gate', zh: '门控' },
    forms: {
      en: ['gated linear units', 'gated linear unit', 'gating', 'gates', 'gated', 'gate'],
      zh: ['门控线性单元', '门控单元', '门控'],
    },
    definition: {
      en: 'A factor between 0 and 1, usually the sigmoid of some input, that multiplies a signal to decide how much of it passes. In a gated linear unit (GLU) one linear projection of the input gates another, (xW) ⊗ σ(xV); a self-gated function such as SiLU lets the input gate itself, x·σ(x).',
      zh: '取值在0到1之间、通常由某个输入经Sigmoid得到的因子，乘到信号上，决定让多少信号通过。在门控线性单元（GLU）中，输入的一个线性投影为另一个投影做门控：(xW) ⊗ σ(xV)；SiLU这类自门控函数则由输入为自身做门控：x·σ(x)。',
    },
    taughtIn: '/learn/gated-units-in-transformers/#glu-one-projection-gates-another',
  },
  {
    id: 'glorot-initialisation',
    term: { en: 'Glorot (Xavier) initialisation', zh: 'Glorot（Xavier）初始化' },
    forms: {
      en: [
        'Glorot initialisation',
        'Glorot initialization',
        'Xavier initialisation',
        'Xavier initialization',
        'Xavier',
      ],
      zh: ['Glorot初始化', 'Xavier初始化', 'Xavier'],
    },
    definition: {
      en: 'Drawing the initial weights with variance 2/(fan_in + fan_out), a compromise between keeping the forward signal’s variance (which needs 1/fan_in) and the backward gradient’s (which needs 1/fan_out). It assumes independent zero-mean weights and an activation that is roughly linear near 0, such as tanh; Glorot and Bengio proposed it in 2010, and Xavier is Glorot’s first name.',
      zh: '按方差2/(fan_in + fan_out)抽取初始权重：这是保持前向信号方差（需要1/fan_in）与保持反向梯度方差（需要1/fan_out）之间的折中。它假设权重相互独立、均值为零，且激活函数在0附近近似线性（如tanh）；由Glorot和Bengio于2010年提出，Xavier是Glorot的名字。',
    },
    taughtIn: '/learn/backpropagation-and-initialisation/#initialisation-keeping-the-signals-spread',
  },
  {
    id: 'gradient',
    term: { en: 'gradient', zh: '梯度' },
    forms: { en: ['gradients', 'gradient'], zh: ['梯度'] },
    definition: {
      en: 'For a loss L and a weight w, the partial derivative ∂L/∂w: how much the loss changes per unit change of that weight, all other weights held fixed. Taken over all weights, these partial derivatives form the gradient vector, which points in the direction in which the loss increases fastest.',
      zh: '对损失L和某个权重w，偏导数∂L/∂w表示在其他权重不变时，该权重每变化一个单位，损失变化多少。把所有权重的偏导数合在一起就是梯度向量，它指向损失增长最快的方向。',
    },
    taughtIn: '/learn/backpropagation-and-initialisation/#learning-is-walking-downhill',
  },
  {
    id: 'gradient-descent',
    term: { en: 'gradient descent', zh: '梯度下降' },
    forms: { en: ['gradient descent'], zh: ['梯度下降'] },
    definition: {
      en: 'The basic training rule: move every weight a small step against its gradient, w ← w − η·∂L/∂w, where η is the learning rate, and repeat. The steps walk downhill on the loss; a weight whose gradient is zero does not move at all.',
      zh: '最基本的训练规则：让每个权重沿其梯度的反方向移动一小步，w ← w − η·∂L/∂w（η是学习率），并不断重复。这些步子沿着损失的下坡走；梯度为零的权重则完全不动。',
    },
    taughtIn: '/learn/backpropagation-and-initialisation/#learning-is-walking-downhill',
  },
  {
    id: 'he-initialisation',
    term: { en: 'He initialisation', zh: 'He初始化' },
    forms: {
      en: ['He initialisation', 'He initialization', 'He init', 'Kaiming'],
      zh: ['He初始化', 'Kaiming初始化', 'Kaiming'],
    },
    definition: {
      en: 'Drawing the initial weights with variance 2/fan_in, which keeps the pre-activations’ variance the same from layer to layer in a ReLU network, assuming independent zero-mean weights symmetric about 0 and zero biases. The factor 2 makes up for ReLU zeroing the negative half of its inputs; He, Zhang, Ren and Sun derived it in 2015, and it is also called Kaiming initialisation.',
      zh: '按方差2/fan_in抽取初始权重，使ReLU网络中预激活值的方差逐层保持不变；前提是权重相互独立、均值为零且关于0对称，偏置为零。因子2弥补了ReLU把负的那一半输入置零的影响；该方法由He、Zhang、Ren和Sun于2015年推导，也称Kaiming初始化。',
    },
    taughtIn: '/learn/backpropagation-and-initialisation/#initialisation-keeping-the-signals-spread',
  },
  {
    id: 'hidden-layer',
    term: { en: 'hidden layer', zh: '隐藏层' },
    forms: { en: ['hidden layers', 'hidden layer'], zh: ['隐藏层'] },
    definition: {
      en: 'Any layer between a network’s input and its output layer. Its outputs are never compared with targets, only passed on to the next layer, which is why activations for hidden layers are chosen by different rules from the output layer’s.',
      zh: '网络输入与输出层之间的任何一层。它的输出从不直接与目标比较，只交给下一层使用，因此隐藏层的激活函数与输出层的激活函数要按不同的原则选择。',
    },
    taughtIn: '/learn/what-a-neuron-computes/',
  },
  {
    id: 'jacobian',
    term: { en: 'Jacobian', zh: '雅可比矩阵' },
    forms: { en: ['Jacobians', 'Jacobian'], zh: ['雅可比矩阵', '雅可比'] },
    definition: {
      en: 'For a function from n inputs to m outputs, the m × n matrix of all its partial derivatives, entry (i, j) being the derivative of output i with respect to input j. Backpropagation passes the gradient through each layer’s Jacobian; for an element-wise activation it is diagonal, with f′(z) on the diagonal, whereas the softmax’s Jacobian couples all entries.',
      zh: '对n个输入、m个输出的函数，由全部偏导数组成的m × n矩阵，第(i, j)个元素是第i个输出对第j个输入的偏导数。反向传播让梯度依次经过各层的雅可比矩阵；逐元素激活函数的雅可比矩阵是对角阵，对角线上是f′(z)，而softmax的雅可比矩阵把所有分量联系在一起。',
    },
    taughtIn: '/functions/softmax/',
  },
  {
    id: 'kink',
    term: { en: 'kink', zh: '折点' },
    forms: { en: ['kinks', 'kinked', 'kink'], zh: ['折点'] },
    definition: {
      en: 'A point where a function is continuous but its slope jumps, like ReLU’s corner at 0. The function has no derivative there, so frameworks fix a value by convention, usually one of the two one-sided slopes.',
      zh: '函数连续、但斜率发生跳变的点，例如ReLU在0处的拐角。函数在折点处没有导数，各框架会约定一个取值，通常是两侧斜率之一。',
    },
    taughtIn: '/learn/relu/#relus-remaining-flaws',
  },
];
