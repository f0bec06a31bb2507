/** Source links are pinned to the commit that was read; see models.ts for how rows were checked. */
import { gh } from './ids';
import type { ModelUse } from './models';

const KERAS = ['keras-team/keras', '3422977a5e38fb2f7709aaa9a08e47f0c43d0f60'] as const;
const BIGVGAN = ['NVIDIA/BigVGAN', '7d2b454564a6c7d014227f635b7423881f14bdac'] as const;

/** Vision and audio models: image encoders, convolutional networks, a neural vocoder. */
export const visionAudioModelUses: readonly ModelUse[] = [
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
