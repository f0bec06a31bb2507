/** The catalogue data points at pages of the catalogue: the module's ids, so a typo fails the type check. */
import { catalogueIds, isActivationId, pageOf, type ActivationId, type CatalogueId } from '../activations';

export type PageId = CatalogueId;
export const pageIds: readonly PageId[] = catalogueIds;

/** Variants shown on another function's page (GELU's approximations), and the page that shows them. */
export type VariantId = Exclude<ActivationId, CatalogueId>;
export const variantPages = {
  'gelu-tanh': pageOf('gelu-tanh'),
  'quick-gelu': pageOf('quick-gelu'),
} as const satisfies Record<VariantId, PageId>;

export function isPageId(id: string): id is PageId {
  return (pageIds as readonly string[]).includes(id) && (!isActivationId(id) || pageOf(id) === id);
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
