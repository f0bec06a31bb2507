/** The /models/ and /names/ pages: titles, teaching intros, table headings. */
export const catalogue = {
  models: {
    title: 'Activations in well-known models',
    description:
      'Which activation function LLaMA, Gemma, GPT-2, BERT, T5, CLIP, ConvNeXt, EfficientNet, MobileNetV3 and others use, in which block, in which exact form, with a link to the code that shows it.',
    intro:
      'A model rarely uses one activation everywhere. The feed-forward block has one, attention turns its scores into weights with softmax, a squeeze-and-excitation gate squashes channel weights into (0, 1), and some models cap their logits with tanh. Each row names the block, the exact form, and the public code or config that shows it.',
    exactVsTanh:
      'Why the exact form matters: GELU is x·Φ(x) with Φ the normal CDF (the exact form), but much code computes 0.5x(1 + tanh(√(2/π)(x + 0.044715x³))) instead (the tanh form), and CLIP uses x·σ(1.702x) (QuickGELU). The three curves differ by less than 0.02 but a checkpoint is trained with one of them; swap it for another and the outputs drift.',
    gated:
      'Gated units (SwiGLU, GeGLU) take two projections of the input and multiply one, passed through the activation, by the other: silu(xW₁) ⊙ xW₃.',
    caption: 'Where each model applies which activation',
    headings: { model: 'Model', block: 'Block', fn: 'Function', variant: 'Exact form', source: 'Source' },
  },
  names: {
    title: 'Framework names for every function',
    description:
      'Every name PyTorch, Keras, JAX, PaddlePaddle, MindSpore and Hugging Face transformers give each activation function, mapped to its page, with the defaults that differ.',
    intro:
      'The same curve goes by different names. Frameworks grew up at different times and followed different papers: Swish and SiLU are one function, GELU has an exact and a tanh form behind one name, and Hugging Face configs name activations with strings such as gelu_new or relu2. Look a name up here to find the page that explains it.',
    defaults:
      'Our defaults follow PyTorch. Where a framework starts from another value (Keras’s LeakyReLU slope, JAX’s GELU form), the last column says so.',
    checked: 'Checked against',
    headings: { name: 'Name', fn: 'Our page', note: 'Differs from ours / what it is' },
    noPage: 'no page yet',
  },
};
