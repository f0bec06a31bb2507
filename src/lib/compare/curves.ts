/**
 * The curves a comparison state draws, in order: each listed function's first curve followed by its copies,
 * then the reader's formulas. Labels tell copies apart by the parameter values that differ between them.
 */
import { getActivation, type ActivationId, type Params } from '../activations';
import { formatNumber } from '../format/number';
import { compare as compareEn } from '../i18n/en/compare';
import { curveStyles, type CurveStyle } from '../plot/palette';
import { paramsOf, type CompareState } from './state';

interface Common {
  /** Stable within a state: `relu`, `leaky-relu#2`, `custom#1`. Used for caching and legend toggles. */
  readonly key: string;
  readonly label: string;
  readonly style: CurveStyle;
}
export type CurveSource =
  | (Common & { readonly kind: 'fn'; readonly id: ActivationId; readonly params: Params; readonly copy: number })
  | (Common & { readonly kind: 'custom'; readonly index: number; readonly text: string });

/** The symbol of a parameter for a label: the first word of its slider label ("α (negative slope)" → "α"). */
const symbolOf = (label: string) => label.split(' ')[0] ?? label;

export function curveSources(state: CompareState, t: typeof compareEn = compareEn): CurveSource[] {
  const fnCurves = state.fns.flatMap((id) => {
    const all = [paramsOf(state, id), ...(state.copies?.[id] ?? [])];
    const specs = getActivation(id).params;
    // Name only the parameters whose values differ between this function's curves.
    const differing = specs.filter((p) => all.some((q) => q[p.name] !== all[0]![p.name]));
    return all.map((params, copy) => ({
      kind: 'fn' as const,
      id,
      params,
      copy,
      key: copy === 0 ? id : `${id}#${copy + 1}`,
      label:
        all.length > 1
          ? t.copyLabel(
              getActivation(id).name,
              differing.map((p) => `${symbolOf(p.label)} = ${formatNumber(params[p.name]!, 4)}`),
            )
          : getActivation(id).name,
    }));
  });
  const customCurves = (state.custom ?? []).map((text, index) => ({
    kind: 'custom' as const,
    index,
    text,
    key: `custom#${index + 1}`,
    label: text.trim(),
  }));
  const styles = curveStyles([...fnCurves.map((c) => c.id), ...customCurves.map((c) => c.key)]);
  return [...fnCurves, ...customCurves].map((c, i) => ({ ...c, style: styles[i]! }));
}
