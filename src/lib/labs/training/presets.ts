/**
 * One-click stories: full lab URLs (every setting given, so they keep telling the same story if defaults
 * change). The wording is in the string table (training.presets), in the same order. What each shows was
 * checked by training it (tests/labs/training/presets.test.ts pins the outcomes).
 */
export const presetQueries = [
  // Five sigmoid layers, plain SGD: sigmoid stays at the loss of a coin flip (ln 2) while ReLU learns.
  'data=spiral&noise=0.05&fns=sigmoid,tanh,relu&layers=5&width=16&opt=sgd&lr=0.1&batch=16&epochs=300&init=xavier-normal&seed=1&speed=30',
  // SGD at learning rate 1: most ReLU units die; Leaky ReLU's never do.
  'data=spiral&noise=0.05&fns=relu,leaky-relu&layers=2&width=16&opt=sgd&lr=1&batch=16&epochs=200&init=he-normal&seed=1&speed=30',
  // The same LeCun initialisation at depth 5: SELU trains best.
  'data=spiral&noise=0.05&fns=selu,relu,tanh,sigmoid&layers=5&width=16&opt=sgd&lr=0.03&batch=16&epochs=300&init=lecun-normal&seed=1&speed=30',
  // An activation per layer.
  'data=spiral&noise=0.05&nets=relu|tanh,relu,tanh&layers=3&width=16&opt=adam&lr=0.03&batch=16&epochs=300&init=he-normal&seed=1&speed=30',
  // A formula that is Mish.
  'data=spiral&noise=0.05&fns=mish,custom&layers=2&width=16&opt=adam&lr=0.03&batch=16&epochs=300&init=he-normal&seed=1&custom=x*tanh(softplus(x))&speed=30',
] as const;
