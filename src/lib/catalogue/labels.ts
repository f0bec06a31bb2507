/** Display names and links for catalogue tables, shared by the models and names pages. */
import { getActivation, isActivationId, softmaxInfo } from '../activations';
import { upcomingNames, type PageId } from './ids';

/** The display name of the function on page `id`. */
export function pageName(id: PageId): string {
  if (isActivationId(id)) return getActivation(id).name;
  if (id === softmaxInfo.id) return softmaxInfo.name;
  return upcomingNames[id] ?? id;
}

/** The link to page `id`, or undefined while that page does not exist yet (then show plain text). */
export function pageHref(id: PageId, existing: ReadonlySet<string>): string | undefined {
  return existing.has(id) ? `/functions/${id}/` : undefined;
}
