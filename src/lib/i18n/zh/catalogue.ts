/** The /models/ and /names/ pages: titles, teaching intros, table headings. */
import type { Strings } from '..';

export const catalogue: Strings['catalogue'] = {
  models: {
    title: '知名模型中的激活函数',
    description:
      'LLaMA、Gemma、GPT-2、BERT、T5、CLIP、ConvNeXt、EfficientNet、MobileNetV3等模型分别使用哪种激活函数、用在哪个模块、采用哪种确切形式，并附上能看到这一点的代码链接。',
    intro:
      '一个模型很少处处使用同一种激活函数（activation function）。前馈网络（feed-forward network）模块有自己的激活函数，注意力（attention）用softmax把打分变成权重，squeeze-and-excitation门控把通道权重压缩到(0, 1)之间，有些模型还用tanh给logit设上限。每一行都写明模块、确切形式，以及能看到它的公开代码或配置。',
    exactVsTanh:
      '确切形式为什么重要：GELU是x·Φ(x)，其中Φ是标准正态分布的累积分布函数（精确形式）；但很多代码改算0.5x(1 + tanh(√(2/π)(x + 0.044715x³)))（tanh形式），而CLIP使用x·σ(1.702x)（QuickGELU）。三条曲线相差不到0.02，但一个检查点是用其中某一种训练出来的；换成另一种，输出就会漂移。',
    gated: '门控单元（SwiGLU、GeGLU）对输入做两次投影，把其中一个经过激活函数后与另一个逐元素相乘：silu(xW₁) ⊙ xW₃。',
    caption: '各模型在何处使用哪种激活函数',
    headings: { model: '模型', block: '模块', fn: '函数', variant: '确切形式', source: '来源' },
  },
  names: {
    title: '各框架中每个函数的名称',
    description:
      'PyTorch、Keras、JAX、PaddlePaddle、MindSpore和Hugging Face transformers给每个激活函数起的所有名称，对应到本站的函数页面，并注明默认值不同之处。',
    intro:
      '同一条曲线有不同的名字。各框架诞生于不同时期、参照了不同的论文：Swish和SiLU是同一个函数，GELU的一个名字背后有精确和tanh两种形式，Hugging Face的配置则用gelu_new或relu2这样的字符串来命名激活函数。在这里查一个名字，就能找到解释它的页面。',
    defaults:
      '本站的默认值以PyTorch为准。某个框架的起始值不同时（如Keras的LeakyReLU斜率、JAX的GELU形式），最后一列会注明。',
    checked: '核对依据',
    headings: { name: '名称', fn: '本站页面', note: '与本站的差异 / 含义' },
    noPage: '暂无页面',
  },
};
