/**
 * Which activation well-known models use, and exactly where. Every row was checked by reading the linked
 * file at the linked commit (or, for Hugging Face files linked on `main`, the named symbol); a line anchor
 * is given only where that line was read. Rows we could not check are left out rather than guessed.
 */
import type { PageId, VariantId } from './ids';

/** One place in one model where an activation is applied. */
export interface ModelUse {
  /** The model or model family as people usually name it. */
  model: string;
  /** The block of the network where the function sits. */
  block: string;
  /** Our page for the function. */
  fn: PageId;
  /** The variant shown on that page, when the model uses one (GELU's tanh form, QuickGELU). */
  variantId?: VariantId;
  /** The exact form, in a few words: what is computed, with which constants. */
  variant: string;
  /** Public code or config that shows it. */
  source: { url: string; file: string; symbol: string };
}

const gh = (repo: string, commit: string, path: string, lines = '') =>
  `https://github.com/${repo}/blob/${commit}/${path}${lines}`;
const LLAMA = 'meta-llama/llama';
const LLAMA1 = '57b0eb62de0636e75af471e49e2f1862d908d9d8'; // branch llama_v1
const LLAMA2 = '689c7f261b9c5514636ecc3c5fefefcbb3e6eed7';
const LLAMA3 = 'a0940f9cf7065d45bb6675660f80d305c041a754';
const GEMMA = ['google-deepmind/gemma', '7691fd4e7f26c9ec5db38110dddb3addfab4d767'] as const;
const T5X = ['google-research/t5x', 'cc342d419ec3e3e9c4bf1df33c82330cafdc1e16'] as const;
const KERAS = ['keras-team/keras', '3422977a5e38fb2f7709aaa9a08e47f0c43d0f60'] as const;
const BIGVGAN = ['NVIDIA/BigVGAN', '7d2b454564a6c7d014227f635b7423881f14bdac'] as const;
const HF_MAIN = 'https://github.com/huggingface/transformers/blob/main/src/transformers/models';

const swigluFfn = 'SwiGLU: silu(x·W1) ⊙ (x·W3), then W2';
const attentionSoftmax = 'softmax over the keys of the scaled scores, computed in float32';

/** Meta's reference code: LLaMA 1 on the llama_v1 branch, Llama 2 on main, Llama 3 in its own repository. */
const llamas = [
  { model: 'LLaMA 1', repo: LLAMA, commit: LLAMA1, ffn: '#L175', attn: '#L144' },
  { model: 'Llama 2', repo: LLAMA, commit: LLAMA2, ffn: '#L348', attn: '#L301' },
  { model: 'Llama 3', repo: 'meta-llama/llama3', commit: LLAMA3, ffn: '#L219', attn: '#L187' },
];

export const modelUses: readonly ModelUse[] = [
  ...llamas.flatMap(({ model, repo, commit, ffn, attn }) => [
    {
      model,
      block: 'feed-forward (MLP)',
      fn: 'swiglu' as const,
      variant: swigluFfn,
      source: { url: gh(repo, commit, 'llama/model.py', ffn), file: 'llama/model.py', symbol: 'FeedForward.forward' },
    },
    {
      model,
      block: 'attention weights',
      fn: 'softmax' as const,
      variant: attentionSoftmax,
      source: { url: gh(repo, commit, 'llama/model.py', attn), file: 'llama/model.py', symbol: 'Attention.forward' },
    },
  ]),
  {
    model: 'Mistral 7B',
    block: 'feed-forward (MLP)',
    fn: 'swiglu',
    variant: swigluFfn,
    source: {
      url: gh(
        'mistralai/mistral-inference',
        '2557e12d0e1878a1562ece30434820f80aa3e12a',
        'src/mistral_inference/transformer_layers.py',
        '#L106',
      ),
      file: 'src/mistral_inference/transformer_layers.py',
      symbol: 'FeedForward.forward',
    },
  },
  {
    model: 'Gemma 2 and Gemma 3',
    block: 'feed-forward (MLP)',
    fn: 'geglu',
    variant: 'GeGLU with the tanh GELU (Flax nn.gelu, approximate=True by default): gelu(gate₀) ⊙ gate₁',
    source: {
      url: gh(...GEMMA, 'gemma/gm/nn/_modules.py', '#L380'),
      file: 'gemma/gm/nn/_modules.py',
      symbol: 'FeedForward.__call__',
    },
  },
  {
    model: 'Gemma 2',
    block: 'attention logit soft-capping',
    fn: 'tanh',
    variant: '50·tanh(logits / 50) before the attention softmax (attn_logits_soft_cap=50.0)',
    source: {
      url: gh(...GEMMA, 'gemma/gm/nn/_modules.py', '#L255-L256'),
      file: 'gemma/gm/nn/_modules.py',
      symbol: 'Attention.__call__',
    },
  },
  {
    model: 'Gemma 2',
    block: 'final logit soft-capping',
    fn: 'tanh',
    variant: '30·tanh(logits / 30) on the output logits (final_logit_softcap=30.0)',
    source: {
      url: gh(...GEMMA, 'gemma/gm/nn/_transformer.py', '#L268-L270'),
      file: 'gemma/gm/nn/_transformer.py',
      symbol: 'Transformer.__call__',
    },
  },
  {
    model: 'GPT-2',
    block: 'feed-forward (MLP)',
    fn: 'gelu',
    variantId: 'gelu-tanh',
    variant: 'tanh GELU: 0.5x(1 + tanh(√(2/π)(x + 0.044715x³)))',
    source: {
      url: gh('openai/gpt-2', '9b63575ef42771a015060c964af2c3da4cf7c8ab', 'src/model.py', '#L25-L26'),
      file: 'src/model.py',
      symbol: 'gelu, used in mlp',
    },
  },
  {
    model: 'BERT',
    block: 'feed-forward (intermediate layer)',
    fn: 'gelu',
    variantId: 'gelu-tanh',
    variant: 'tanh GELU in Google\'s original TensorFlow code (hidden_act="gelu")',
    source: {
      url: gh('google-research/bert', 'eedf5716ce1268e56f0a50264a88cafad334ac61', 'modeling.py', '#L264-L277'),
      file: 'modeling.py',
      symbol: 'gelu',
    },
  },
  {
    model: 'BERT',
    block: 'pooler (first-token projection)',
    fn: 'tanh',
    variant: 'tanh after a dense layer on the [CLS] vector',
    source: {
      url: gh('google-research/bert', 'eedf5716ce1268e56f0a50264a88cafad334ac61', 'modeling.py', '#L231'),
      file: 'modeling.py',
      symbol: 'BertModel.__init__ (pooler)',
    },
  },
  {
    model: 'T5 (v1.0)',
    block: 'feed-forward (MLP)',
    fn: 'relu',
    variant: "plain ReLU, not gated: mlp_activations = ('relu',)",
    source: {
      url: gh(...T5X, 't5x/examples/t5/t5_1_0/base.gin', '#L53'),
      file: 't5x/examples/t5/t5_1_0/base.gin',
      symbol: 'network.T5Config.mlp_activations',
    },
  },
  {
    model: 'T5 v1.1 and FLAN-T5',
    block: 'feed-forward (MLP)',
    fn: 'geglu',
    variant: "gated GELU, tanh form: mlp_activations = ('gelu', 'linear'); Flan-T5 checkpoints use the t5_1_1 configs",
    source: {
      url: gh(...T5X, 't5x/examples/t5/t5_1_1/base.gin', '#L53'),
      file: 't5x/examples/t5/t5_1_1/base.gin',
      symbol: 'network.T5Config.mlp_activations',
    },
  },
  {
    model: 'T5 v1.1 and FLAN-T5 (Hugging Face)',
    block: 'feed-forward (MLP)',
    fn: 'geglu',
    variant: 'feed_forward_proj="gated-gelu" is mapped to the gelu_new (tanh) activation',
    source: {
      url: `${HF_MAIN}/t5/configuration_t5.py`,
      file: 'src/transformers/models/t5/configuration_t5.py',
      symbol: 'T5Config.__init__',
    },
  },
  {
    model: 'CLIP (OpenAI)',
    block: 'feed-forward (MLP) of both encoders',
    fn: 'gelu',
    variantId: 'quick-gelu',
    variant: 'QuickGELU: x·σ(1.702x)',
    source: {
      url: gh('openai/CLIP', 'd05afc436d78f1c48dc0dbf8e5980a9d471f35f6', 'clip/model.py', '#L166-L168'),
      file: 'clip/model.py',
      symbol: 'QuickGELU, used in ResidualAttentionBlock',
    },
  },
  {
    model: 'ConvNeXt',
    block: 'inverted-bottleneck block (pointwise MLP)',
    fn: 'gelu',
    variant: 'exact GELU (torch.nn.GELU())',
    source: {
      url: gh('facebookresearch/ConvNeXt', '048efcea897d999aed302f2639b6270aedf8d4c8', 'models/convnext.py', '#L31'),
      file: 'models/convnext.py',
      symbol: 'Block.__init__',
    },
  },
  {
    model: 'ViT (Google, JAX)',
    block: 'feed-forward (MLP)',
    fn: 'gelu',
    variantId: 'gelu-tanh',
    variant: 'Flax nn.gelu, whose default is the tanh approximation',
    source: {
      url: gh(
        'google-research/vision_transformer',
        'c6de1e5378c9831a8477feb30994971bdc409e46',
        'vit_jax/models_vit.py',
        '#L90',
      ),
      file: 'vit_jax/models_vit.py',
      symbol: 'MlpBlock.__call__',
    },
  },
  {
    model: 'EfficientNet (Keras Applications)',
    block: 'MBConv blocks',
    fn: 'swish',
    variant: 'SiLU/Swish with β = 1 (activation="swish")',
    source: {
      url: gh(...KERAS, 'keras/src/applications/efficientnet.py', '#L446'),
      file: 'keras/src/applications/efficientnet.py',
      symbol: 'block',
    },
  },
  {
    model: 'EfficientNet (Keras Applications)',
    block: 'squeeze-and-excitation gate',
    fn: 'sigmoid',
    variant: 'sigmoid on the channel weights before they scale the feature map',
    source: {
      url: gh(...KERAS, 'keras/src/applications/efficientnet.py', '#L534'),
      file: 'keras/src/applications/efficientnet.py',
      symbol: 'block (se_expand)',
    },
  },
  {
    model: 'MobileNetV3 (Keras Applications)',
    block: 'inverted residual blocks (later stages)',
    fn: 'hard-swish',
    variant: 'hard swish: x·relu6(x + 3)/6',
    source: {
      url: gh(...KERAS, 'keras/src/applications/mobilenet_v3.py', '#L308'),
      file: 'keras/src/applications/mobilenet_v3.py',
      symbol: 'MobileNetV3 (activation = hard_swish)',
    },
  },
  {
    model: 'MobileNetV3 (Keras Applications)',
    block: 'squeeze-and-excitation gate',
    fn: 'hard-sigmoid',
    variant: 'hard sigmoid: relu6(x + 3)/6',
    source: {
      url: gh(...KERAS, 'keras/src/applications/mobilenet_v3.py', '#L588'),
      file: 'keras/src/applications/mobilenet_v3.py',
      symbol: '_se_block',
    },
  },
  {
    model: 'Nemotron-4 (Hugging Face Nemotron)',
    block: 'feed-forward (MLP), not gated',
    fn: 'squared-relu',
    variant: 'relu(x)² (hidden_act="relu2")',
    source: {
      url: `${HF_MAIN}/nemotron/configuration_nemotron.py`,
      file: 'src/transformers/models/nemotron/configuration_nemotron.py',
      symbol: 'NemotronConfig (hidden_act default)',
    },
  },
  {
    model: 'BigVGAN',
    block: 'generator AMP residual blocks (anti-aliased)',
    fn: 'snake',
    variant: 'SnakeBeta: x + (1/β)·sin²(αx), α and β learned per channel',
    source: {
      url: gh(...BIGVGAN, 'activations.py', '#L65'),
      file: 'activations.py',
      symbol: 'SnakeBeta (used by AMPBlock1/2)',
    },
  },
];

/** The rows whose function is `id`: a page id gives every row on that page, a variant id only its own rows. */
export function modelsUsing(id: PageId | VariantId): ModelUse[] {
  return modelUses.filter((use) => use.fn === id || use.variantId === id);
}
