/** The sparsemax explorer on the sparsemax page. */
export const sparsemax = {
  logits: 'Logits z (comma-separated)',
  lineLabel: 'Number line of the logits with the threshold τ',
  barsLabel: 'Bar chart of sparsemax and softmax probabilities',
  keySparse: 'sparsemax',
  keySoft: 'softmax',
  /** Sent to the browser. */
  client: {
    lineCaption: 'logits z_i (filled: in the support, z_i > τ; hollow: p_i = 0)',
    tauLabel: 'τ = {tau}',
    barsCaption: 'logit z_i (bars: sparsemax solid, softmax light)',
    summary:
      'τ = {tau}. Support: logits {support} ({count} of {n}). Sparsemax gives {zeros} exact zeros; softmax’s smallest probability is {minSoft}.',
  },
};
