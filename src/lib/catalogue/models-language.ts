/** Source links are pinned to the commit that was read; see models.ts for how rows were checked. */
import { gh } from './ids';
import type { ModelUse } from './models';

const LLAMA = 'meta-llama/llama';
const LLAMA1 = '57b0eb62de0636e75af471e49e2f1862d908d9d8'; // branch llama_v1
const LLAMA2 = '689c7f261b9c5514636ecc3c5fefefcbb3e6eed7';
const LLAMA3 = 'a0940f9cf7065d45bb6675660f80d305c041a754';
const GEMMA = ['google-deepmind/gemma', '7691fd4e7f26c9ec5db38110dddb3addfab4d767'] as const;
const T5X = ['google-research/t5x', 'cc342d419ec3e3e9c4bf1df33c82330cafdc1e16'] as const;
const HF_MAIN = 'https://github.com/huggingface/transformers/blob/main/src/transformers/models';

const swigluFfn = 'SwiGLU: silu(x·W1) ⊙ (x·W3), then W2';
const attentionSoftmax = 'softmax over the keys of the scaled scores, computed in float32';

/** Meta's reference code: LLaMA 1 on the llama_v1 branch, Llama 2 on main, Llama 3 in its own repository. */
const llamas = [
  { model: 'LLaMA 1', repo: LLAMA, commit: LLAMA1, ffn: '#L175', attn: '#L144' },
  { model: 'Llama 2', repo: LLAMA, commit: LLAMA2, ffn: '#L348', attn: '#L301' },
  { model: 'Llama 3', repo: 'meta-llama/llama3', commit: LLAMA3, ffn: '#L219', attn: '#L187' },
];

/** Language models: feed-forward activations, attention softmax, logit soft-capping. */
export const languageModelUses: readonly ModelUse[] = [
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
];
