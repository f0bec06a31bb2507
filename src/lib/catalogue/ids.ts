/**
 * The page ids the catalogue data may point at: today's pages plus the ones another engineer is adding.
 * TODO(merge): replace `PageId` with `CatalogueId` from src/lib/activations once those ids land there,
 * and `VariantId` with the registry's variant ids; the data files then type-check against the registry.
 */
export const pageIds = [
  'identity',
  'binary-step',
  'sigmoid',
  'log-sigmoid',
  'tanh',
  'softsign',
  'hard-sigmoid',
  'hard-tanh',
  'relu',
  'relu6',
  'leaky-relu',
  'prelu',
  'rrelu',
  'squared-relu',
  'threshold',
  'elu',
  'selu',
  'celu',
  'softplus',
  'squareplus',
  'sparse-plus',
  'gelu',
  'swish',
  'mish',
  'hard-swish',
  'softshrink',
  'hardshrink',
  'tanhshrink',
  'snake',
  'sine',
  'glu',
  'reglu',
  'geglu',
  'swiglu',
  'softmax',
  'sparsemax',
] as const;
export type PageId = (typeof pageIds)[number];

/** Variants shown on another function's page (both on GELU's), and the page that shows them. */
export const variantPages = { 'gelu-tanh': 'gelu', 'quick-gelu': 'gelu' } as const satisfies Record<string, PageId>;
export type VariantId = keyof typeof variantPages;

export function isPageId(id: string): id is PageId {
  return (pageIds as readonly string[]).includes(id);
}

/** Hosts a catalogue link may point at: public source code and the frameworks' own documentation. */
export const allowedHosts = ['github.com', 'www.paddlepaddle.org.cn', 'www.mindspore.cn'] as const;

/** True for an https URL on one of the allowed hosts. */
export function isAllowedUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && (allowedHosts as readonly string[]).includes(parsed.hostname);
}

/** A GitHub link to `path` at `commit`, with an optional line anchor such as `#L12-L14`. */
export const gh = (repo: string, commit: string, path: string, lines = '') =>
  `https://github.com/${repo}/blob/${commit}/${path}${lines}`;

/**
 * Display names for the ids the activation registry does not have yet, so tables can name them before their
 * pages land. TODO(merge): drop once every id is in the registry (use its `name`).
 */
export const upcomingNames: Partial<Record<PageId, string>> = {
  'log-sigmoid': 'Log-sigmoid',
  'squared-relu': 'Squared ReLU',
  threshold: 'Threshold',
  squareplus: 'Squareplus',
  'sparse-plus': 'SparsePlus',
  softshrink: 'Softshrink',
  hardshrink: 'Hardshrink',
  tanhshrink: 'Tanhshrink',
  snake: 'Snake',
  sine: 'Sine',
  glu: 'GLU',
  reglu: 'ReGLU',
  geglu: 'GeGLU',
  swiglu: 'SwiGLU',
  sparsemax: 'Sparsemax',
};
