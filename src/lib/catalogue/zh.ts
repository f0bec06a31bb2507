/**
 * The Chinese edition of the catalogue's prose: the `block` and `variant` of every model row, the `note` of every
 * framework name and the framework labels that are descriptions rather than names. Keys are the English phrases
 * exactly as the data files hold them, so the data stays in one language and a new or reworded English phrase
 * without a Chinese entry fails the build (and tests/catalogue/zh.test.ts) instead of showing English on /zh/.
 * Formulas, code names and numbers inside a phrase are kept as they are.
 */
import type { Locale } from '../i18n/locale';
import { phraseIn } from '../i18n/phrases';

export const catalogueZh: Readonly<Record<string, string>> = {
  // models: blocks
  'feed-forward (MLP)': '前馈块（MLP）',
  'feed-forward (MLP), not gated': '前馈块（MLP），无门控',
  'feed-forward (MLP) of both encoders': '两个编码器的前馈块（MLP）',
  'feed-forward (intermediate layer)': '前馈块（中间层）',
  'attention weights': '注意力权重',
  'attention logit soft-capping': '注意力logit软上限',
  'final logit soft-capping': '最终输出logit软上限',
  'pooler (first-token projection)': '池化层（对首个token的投影）',
  'inverted-bottleneck block (pointwise MLP)': '倒瓶颈块（逐点MLP）',
  'MBConv blocks': 'MBConv块',
  'squeeze-and-excitation gate': '挤压-激励门控',
  'inverted residual blocks (later stages)': '倒残差块（靠后的阶段）',
  'generator AMP residual blocks (anti-aliased)': '生成器的AMP残差块（抗混叠）',
  // models: exact forms
  'SwiGLU: silu(x·W1) ⊙ (x·W3), then W2': 'SwiGLU：silu(x·W1) ⊙ (x·W3)，再经W2投影',
  'softmax over the keys of the scaled scores, computed in float32':
    '对缩放后的分数沿键（key）做softmax，以float32计算',
  'GeGLU with the tanh GELU (Flax nn.gelu, approximate=True by default): gelu(gate₀) ⊙ gate₁':
    '采用tanh形式GELU的GeGLU（Flax的nn.gelu，默认approximate=True）：gelu(gate₀) ⊙ gate₁',
  '50·tanh(logits / 50) before the attention softmax (attn_logits_soft_cap=50.0)':
    '在注意力softmax之前计算50·tanh(logits / 50)（attn_logits_soft_cap=50.0）',
  '30·tanh(logits / 30) on the output logits (final_logit_softcap=30.0)':
    '对输出logit计算30·tanh(logits / 30)（final_logit_softcap=30.0）',
  'tanh GELU: 0.5x(1 + tanh(√(2/π)(x + 0.044715x³)))': 'tanh形式的GELU：0.5x(1 + tanh(√(2/π)(x + 0.044715x³)))',
  'tanh GELU in Google\'s original TensorFlow code (hidden_act="gelu")':
    'Google原始TensorFlow代码中的tanh形式GELU（hidden_act="gelu"）',
  'tanh after a dense layer on the [CLS] vector': '[CLS]向量经过一个全连接层后取tanh',
  "plain ReLU, not gated: mlp_activations = ('relu',)": "普通ReLU，无门控：mlp_activations = ('relu',)",
  "gated GELU, tanh form: mlp_activations = ('gelu', 'linear'); Flan-T5 checkpoints use the t5_1_1 configs":
    "门控GELU，tanh形式：mlp_activations = ('gelu', 'linear')；Flan-T5的检查点使用t5_1_1配置",
  'feed_forward_proj="gated-gelu" is mapped to the gelu_new (tanh) activation':
    'feed_forward_proj="gated-gelu"映射到gelu_new（tanh形式）激活函数',
  'relu(x)² (hidden_act="relu2")': '即relu(x)²（hidden_act="relu2"）',
  'QuickGELU: x·σ(1.702x)': 'QuickGELU，即x·σ(1.702x)',
  'exact GELU (torch.nn.GELU())': '精确形式的GELU（torch.nn.GELU()）',
  'Flax nn.gelu, whose default is the tanh approximation': 'Flax的nn.gelu，默认为tanh近似',
  'SiLU/Swish with β = 1 (activation="swish")': 'β = 1的SiLU/Swish（activation="swish"）',
  'sigmoid on the channel weights before they scale the feature map': '对通道权重取sigmoid，再用它们缩放特征图',
  'hard swish: x·relu6(x + 3)/6': 'hard swish，即x·relu6(x + 3)/6',
  'hard sigmoid: relu6(x + 3)/6': 'hard sigmoid，即relu6(x + 3)/6',
  'SnakeBeta: x + (1/β)·sin²(αx), α and β learned per channel': 'SnakeBeta：x + (1/β)·sin²(αx)，α和β按通道学习',
  // names: framework labels that describe rather than name
  'Hugging Face transformers (ACT2FN key)': 'Hugging Face transformers（ACT2FN的键）',
  'Papers and model code': '论文与模型代码',
  // names: notes
  'threshold and value have no defaults: both must be given': 'threshold和value没有默认值，两者都必须给出',
  'returns x itself where βx > threshold (default 20)': '在βx > threshold（默认20）处直接返回x本身',
  "approximate='tanh' gives the tanh form": "approximate='tanh'时为tanh形式",
  'β fixed at 1': 'β固定为1',
  'splits the input in halves along dim (default -1)': '沿dim（默认-1）把输入分成两半',
  'log-softmax, shown on the softmax page': 'log-softmax，在softmax页面介绍',
  'softmax of −x, shown on the softmax page': '−x的softmax，在softmax页面介绍',
  'also takes negative_slope, max_value and threshold (all off by default)':
    '还接受negative_slope、max_value和threshold（默认均不启用）',
  'negative_slope defaults to 0.2 (ours 0.01)': 'negative_slope默认为0.2（本站为0.01）',
  'negative_slope defaults to 0.3 (ours 0.01)': 'negative_slope默认为0.3（本站为0.01）',
  'slopes start at 0 (alpha_initializer="Zeros"; ours 0.25)': '斜率初始为0（alpha_initializer="Zeros"；本站为0.25）',
  'threshold and default_value have no defaults': 'threshold和default_value没有默认值',
  'approximate=True gives the tanh form': 'approximate=True时为tanh形式',
  'alias of silu': 'silu的别名',
  'alias of hard_silu': 'hard_silu的别名',
  'the λ parameter is called threshold': 'λ参数名为threshold',
  'eˣ; no page': 'eˣ；本站无对应页面',
  'piecewise-linear sigmoid; no page': '分段线性的sigmoid；本站无对应页面',
  'approximate=True by default: the tanh form unless you pass approximate=False':
    '默认approximate=True：除非传入approximate=False，否则为tanh形式',
  'slope=0.1666667 and offset=0.5 can be changed': 'slope=0.1666667和offset=0.5可以修改',
  'exact GELU written with erf in Python': '用Python以erf写成的精确形式GELU',
  'the tanh form, written out in Python': '用Python写出的tanh形式',
  "the tanh form via torch's approximate='tanh'": "通过torch的approximate='tanh'实现的tanh形式",
  'the tanh form with √(2/π) rounded to 0.7978845608': '√(2/π)舍入为0.7978845608的tanh形式',
  'the tanh form': 'tanh形式',
  'x·σ(1.702x)': '即x·σ(1.702x)',
  'in recent releases': '见于较新的版本',
  'exact GELU clipped to [−10, 10]; no page': '截断到[−10, 10]的精确形式GELU；本站无对应页面',
  'a Gaussian-CDF-shaped curve from MEGA; no page': '来自MEGA、形如高斯CDF的曲线；本站无对应页面',
  'xIELU, with learned parameters; no page': 'xIELU，参数可学习；本站无对应页面',
  'in recent releases; no page': '见于较新的版本；本站无对应页面',
  'x·σ(1.702x), in OpenAI’s CLIP': '即x·σ(1.702x)，用于OpenAI的CLIP',
  'T5 v1.1 config value (feed_forward_proj)': 'T5 v1.1的配置取值（feed_forward_proj）',
  'also written squared ReLU': '也写作squared ReLU',
  'separate learned magnitude β, in BigVGAN': '另设可学习的幅度β，用于BigVGAN',
};

/** A catalogue phrase in `locale`; throws, naming the phrase, when the Chinese edition has no rendering of it. */
export function catalogueText(text: string, locale: Locale): string {
  return phraseIn(catalogueZh, text, locale, { kind: 'catalogue phrase', file: 'src/lib/catalogue/zh.ts' });
}

/** Framework labels that are names (shown as they are in every language); the others are phrases to translate. */
export const frameworkNameLabels: ReadonlySet<string> = new Set([
  'PyTorch',
  'Keras 3',
  'JAX',
  'PaddlePaddle',
  'MindSpore',
]);

/** A framework's label in `locale`: a name as it is, a descriptive label through `catalogueText`. */
export function frameworkLabel(label: string, locale: Locale): string {
  return frameworkNameLabels.has(label) ? label : catalogueText(label, locale);
}
