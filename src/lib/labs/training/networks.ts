/**
 * The networks a training-lab URL asks for. Each network is a list of hidden-layer activations:
 * `nets=relu|tanh,gelu` trains two networks, the first with ReLU in hidden layer 1 and tanh in every layer
 * after it (the last entry repeats for deeper layers), the second GELU throughout. Today's `fns=relu,gelu`
 * is the same grammar without `|`, so every old link keeps working. The token `custom` stands for the
 * reader's formula (`custom=<formula>`, URL-encoded). Pure; no DOM.
 */
import { getActivation, isActivationId, type ActivationId } from '../../activations';
import { training as trainingEn, type TrainingStrings } from '../../i18n/en/training';

/** A hidden layer's activation in the URL: a registry id or the reader's formula. */
export type LayerChoice = ActivationId | 'custom';
/** One network: its layers' activations; the last one repeats for deeper layers. Never empty. */
export type NetSpec = readonly LayerChoice[];

/** The per-layer entries read from a URL: the deepest network the lab offers. */
export const MAX_SPEC_LAYERS = 5;

const isChoice = (t: string): t is LayerChoice => t === 'custom' || isActivationId(t);

/** The activation of hidden layer l (0-based) of a network. */
export function layerChoice(spec: NetSpec, l: number): LayerChoice {
  return spec[Math.min(l, spec.length - 1)]!;
}

/** A network's activations for `layers` hidden layers. */
export function expandSpec(spec: NetSpec, layers: number): LayerChoice[] {
  return Array.from({ length: layers }, (_, l) => layerChoice(spec, l));
}

/** The shortest spec for the same layers: trailing repeats dropped (relu|tanh|tanh → relu|tanh). */
export function canonicalSpec(spec: NetSpec): LayerChoice[] {
  const out = [...spec];
  while (out.length > 1 && out[out.length - 1] === out[out.length - 2]) out.pop();
  return out;
}

/** A network's key, as in the URL and in data-id attributes: `relu|tanh`. */
export const specKey = (spec: NetSpec): string => spec.join('|');

/** Does any network use the reader's formula? */
export const usesCustom = (nets: readonly NetSpec[]): boolean => nets.some((s) => s.includes('custom'));

/**
 * Read a `nets` (or `fns`) value: networks split at commas, layers at `|`, ids trimmed and lower-cased.
 * Unknown ids are named in a notice and dropped; a network left empty is dropped; duplicates are merged.
 * At most `maxListed` networks and MAX_SPEC_LAYERS layers per network are read.
 */
export function parseNets(
  raw: string,
  maxListed: number,
  notices: string[],
  t: TrainingStrings['notices'] = trainingEn.notices,
): NetSpec[] {
  let groups = raw.split(',').filter((g) => g.trim() !== '');
  if (groups.length > maxListed) {
    notices.push(t.tooManyListed(maxListed, groups.length));
    groups = groups.slice(0, maxListed);
  }
  const unknown: string[] = [];
  const seen = new Set<string>();
  const nets: NetSpec[] = [];
  for (const group of groups) {
    const tokens = group.split('|').map((s) => s.trim().toLowerCase());
    if (tokens.length > MAX_SPEC_LAYERS) notices.push(t.tooManyLayers(MAX_SPEC_LAYERS));
    const layers = tokens.slice(0, MAX_SPEC_LAYERS).filter((s) => isChoice(s) || (unknown.push(s), false));
    const spec = canonicalSpec(layers as LayerChoice[]);
    if (spec.length === 0 || seen.has(specKey(spec))) continue;
    seen.add(specKey(spec));
    nets.push(spec);
  }
  const named = unknown.filter(Boolean);
  if (named.length > 0)
    notices.push(
      t.unknownFunctions(
        named.slice(0, 5).map((s) => s.slice(0, 40)),
        named.length > 5,
      ),
    );
  return nets;
}

/** The `nets`/`fns` value of a list of networks (commas and bars unescaped). */
export function serializeNets(nets: readonly NetSpec[]): string {
  return nets.map(specKey).join(',');
}

/** A layer's display name: the registry's, or "Custom" for the formula. */
export function choiceName(choice: LayerChoice, t: TrainingStrings = trainingEn): string {
  return choice === 'custom' ? t.customName : getActivation(choice).name;
}

/** A network's display name: its activations in order, `ReLU → tanh` (one name when all layers agree). */
export function netName(spec: NetSpec, t: TrainingStrings = trainingEn): string {
  return spec.map((c) => choiceName(c, t)).join(' → ');
}
