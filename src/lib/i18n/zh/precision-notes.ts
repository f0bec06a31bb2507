/** The precision lab page's prose: title, introduction, the formats explained, why formulas fail, how the lab emulates. */
import type { Strings } from '..';

export const precisionNotes: Strings['precisionNotes'] = {
  title: '交互实验：浮点精度',
  description:
    'float16、bfloat16、float32和float64对softplus、sigmoid、GELU、tanhshrink、log-sigmoid和softmax有什么影响：教科书公式与稳定改写式各自的误差，以及教科书公式发生上溢、下溢、抵消或返回NaN的区域。',
  indexTitle: '浮点精度',
  indexText:
    '在float64、float32、bfloat16和float16中，把softplus、sigmoid、GELU、tanhshrink、log-sigmoid和softmax的教科书公式与其稳定改写式相比较：看每个公式在哪里上溢、下溢、抵消或返回NaN。',
  lead: '同一个公式在float64中可能很精确，在float16中却毫无用处。选一个函数和一种数值格式：图表会显示在整个x轴上，教科书公式和数值稳定的改写式各自离真值有多远，并用阴影标出教科书公式失效的区域。',
  /** The formats explained. */
  formatsHeading: '四种格式',
  formatsHead: [
    '格式',
    '指数位数',
    '尾数位数（存储的）',
    '最大有限值',
    '最小正规数',
    '最小次正规数',
    'ε（1与下一个数的间距）',
  ],
  formatsCaption: '每个数值都由该格式的精度和指数范围算出。',
  formatNotes: {
    float64: 'IEEE双精度：JavaScript和NumPy默认的计算精度。',
    float32: 'IEEE单精度：PyTorch、JAX和Keras默认的浮点类型。',
    bfloat16: '沿用float32的指数字段，尾数短得多：范围与float32相同，精度却低得多。',
    float16: 'IEEE半精度（half precision）：尾数短、指数范围窄，所以指数函数很早就上溢到∞。',
  },
  /** Why the textbook formulas fail, and what the rewrites do. */
  whyHeading: '教科书公式为何失效，改写式又做了什么',
  textbookIs: '教科书公式：',
  stableIs: '稳定公式：',
  why: {
    softplus:
      'x很大时，尽管softplus(x) ≈ x并不大，exp(x)却已上溢到∞；x非常负时，1 + exp(x)被舍入为1，log返回0，而不是约等于exp(x)的值。改写式先分离出max(x, 0)，只对−|x| ≤ 0取指数，不可能上溢；再用log1p保住那个小项的精度。',
    sigmoid:
      'x非常负时，exp(−x)上溢，1/∞ = 0，尽管σ(x) ≈ exp(x)仍然可以表示。改写式对负的x使用exp(x)/(1 + exp(x))，使指数永远不为正。',
    gelu: '对负的x，1 + erf(x/√2)是两个接近1的数相减：高位相互抵消，剩下的主要是舍入误差。erfc(−x/√2)直接算出同一个小量，保有完整的相对精度。',
    tanhshrink:
      '在0附近tanh(x) ≈ x，所以x − tanh(x)是两个几乎相等的数相减，只剩下舍入误差。改写式在|x| < 1时用泰勒级数x³/3 − 2x⁵/15 + …，在此之外用(|x| − 1) + 2/(exp(2|x|) + 1)，即两个非负项之和。',
    'log-sigmoid':
      'x非常负时，exp(−x)上溢，1/∞ = 0，log 0 = −∞；x很大时，1/(1 + 极小量)被舍入为1，log返回0，而不是约等于−exp(−x)的值。改写式为−softplus(−x)，其中softplus采用稳定形式。',
    softmax:
      '所有logit同时平移同一个量时，softmax不变；可是教科书公式exp(xᵢ)/Σ exp(xⱼ)在logit很大时上溢为∞/∞ = NaN，在logit非常负时下溢为0/0 = NaN。先减去最大的logit，最大的指数项就成了exp(0) = 1。',
  },
  classExplained: {
    overflow: '上溢（overflow）：某个中间结果超过了最大有限值，变成了∞。',
    underflow: '下溢（underflow）：某个中间结果小于最小正规数，损失了精度或变成了0。',
    cancellation: '抵消：两个几乎相等的数相减（或一次加法吞掉了一个极小项），剩下的主要是舍入误差。',
    nan: 'NaN：未定义的运算，如∞/∞、0/0或∞ − ∞。',
  },
  /** How the lab computes, and how real hardware differs. */
  emulationHeading: '如何模拟窄格式',
  emulation:
    '每个运算都以双精度计算，结果立即舍入到所选格式（就近舍入，恰在中点时取偶），上溢为∞，并通过次正规数逐渐下溢。因此每个公式在每次运算后都经历一次舍入，就像在寄存器采用该格式的机器上一样。真值由精确的输入以双精度算出，远比三种窄格式的一个ulp精确；对float64而言它只精确到几个ulp，所以更小的float64误差只显示为一个上界。',
  hardwareIntro: '真实的硬件和框架与这种模拟有以下不同：',
  hardware: [
    '没有原生窄格式运算的GPU和CPU，通常在float32寄存器中计算float16和bfloat16的逐元素函数，最后只舍入一次，所以融合内核的行为相当于它的float32版本再加一次舍入；逐个算子执行的eager模式则在每个算子之后舍入，和这里一样。',
    '融合乘加a·b + c只舍入一次而不是两次，而编译器会随意把表达式收缩为FMA。',
    '库中的exp、log和erf很少是正确舍入的：在float32中1–4 ulps的误差很常见，GPU上的快速近似误差更大。这里它们是双精度结果舍入一次到目标格式：在窄格式中除了罕见的接近中点的情况外都是正确舍入的，在float64中误差约在一个ulp以内。',
    'bfloat16矩阵乘积在float32中累加，只对最终的和做舍入。',
    '有些硬件把次正规数清零，这会让下溢提前到最小正规数处发生。',
  ],
};
