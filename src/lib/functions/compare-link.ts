/** The link from a function page to the comparison page, preloaded with the function and its neighbours. */
import { isActivationId } from '../activations';

/**
 * `/compare/?fns=id,rel1,…` with the page's function first, then its related functions, in their order and
 * without repeats. The comparison page plots scalar functions only, so vector functions (softmax) are left
 * out; without a scalar function of its own the page gets no link (undefined).
 */
export function compareHref(id: string, related: readonly string[]): string | undefined {
  if (!isActivationId(id)) return undefined;
  const ids = [...new Set([id, ...related])].filter(isActivationId);
  return `/compare/?fns=${ids.join(',')}`;
}
