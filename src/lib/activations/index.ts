/**
 * The activation registry: one explicit table, no registration by side effect. Everything the site shows
 * (pages, charts, tables, labs) computes from here.
 */
import { binaryStep, hardSigmoid, hardTanh, identity, logSigmoid, sigmoid, softsign, tanh } from './classic';
import { celu, elu, selu } from './exponential';
import { geluTanh, quickGelu } from './gelu-approximations';
import { snake, sine } from './periodic';
import { leakyRelu, prelu, relu, relu6, rrelu, squaredRelu, threshold } from './rectifiers';
import { hardshrink, softshrink, tanhshrink } from './shrinkage';
import { gelu, hardSwish, mish, softplus, swish } from './smooth';
import { sparsePlus, squareplus } from './smooth-rectifiers';
import type { Activation, Family } from './types';
import { getGated, isGatedId } from './gated';
import { softmaxInfo } from './softmax';
import { sparsemaxInfo } from './sparsemax';

export type {
  Activation,
  BoundActivation,
  Cost,
  Family,
  Formulas,
  Kink,
  Params,
  ParamSpec,
  Properties,
  Smoothness,
} from './types';
export { families } from './types';
export { resolveParams } from './define';
export { logSoftmax, softmax, softmaxInfo, softmaxJacobian, softmin } from './softmax';
export { sparsemax, sparsemaxInfo, sparsemaxJacobian } from './sparsemax';
export { gatedIds, getGated, isGatedId, swigluHiddenWidth } from './gated';
export type { GatedActivation, GatedFormulas, GatedId } from './gated';

/** Every scalar activation id, in catalogue order (by family, as in the design). */
export const activationIds = [
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
  'gelu-tanh',
  'quick-gelu',
  'swish',
  'mish',
  'hard-swish',
  'softshrink',
  'hardshrink',
  'tanhshrink',
  'snake',
  'sine',
] as const;
export type ActivationId = (typeof activationIds)[number];

/** Scalar ids without a page of their own: GELU's approximations, shown on GELU's page. */
type SharedPageId = 'gelu-tanh' | 'quick-gelu';
const isOwnPage = (id: ActivationId): id is Exclude<ActivationId, SharedPageId> =>
  id !== 'gelu-tanh' && id !== 'quick-gelu';

/**
 * Every id that has a page, in catalogue order: the scalar activations but GELU's approximations, then the
 * gated units, then the vector-valued outputs.
 */
export const catalogueIds = [
  ...activationIds.filter(isOwnPage),
  'glu',
  'reglu',
  'geglu',
  'swiglu',
  'softmax',
  'sparsemax',
] as const;
export type CatalogueId = (typeof catalogueIds)[number];

/** Whether `id` names a page of the catalogue. */
export function isCatalogueId(id: string): id is CatalogueId {
  return (catalogueIds as readonly string[]).includes(id);
}

const byId: { readonly [Id in ActivationId]: Activation<Id> } = {
  identity,
  'binary-step': binaryStep,
  sigmoid,
  'log-sigmoid': logSigmoid,
  tanh,
  softsign,
  'hard-sigmoid': hardSigmoid,
  'hard-tanh': hardTanh,
  relu,
  relu6,
  'leaky-relu': leakyRelu,
  prelu,
  rrelu,
  'squared-relu': squaredRelu,
  threshold,
  elu,
  selu,
  celu,
  softplus,
  squareplus,
  'sparse-plus': sparsePlus,
  gelu,
  'gelu-tanh': geluTanh,
  'quick-gelu': quickGelu,
  swish,
  mish,
  'hard-swish': hardSwish,
  softshrink,
  hardshrink,
  tanhshrink,
  snake,
  sine,
};

/** Every scalar activation, in catalogue order. */
export const activations: readonly Activation<ActivationId>[] = activationIds.map((id) => byId[id]);

export function isActivationId(id: string): id is ActivationId {
  return Object.hasOwn(byId, id);
}

/** The activation with this id; throws an error listing the valid ids for anything else. */
export function getActivation<Id extends ActivationId>(id: Id): Activation<Id>;
export function getActivation(id: string): Activation<ActivationId>;
export function getActivation(id: string): Activation<ActivationId> {
  if (!isActivationId(id)) {
    throw new Error(`Unknown activation id "${id}". Valid ids: ${activationIds.join(', ')}.`);
  }
  return byId[id];
}

/** What every page of the catalogue has, whatever kind of function it teaches. */
export interface CatalogueEntry {
  readonly id: CatalogueId;
  readonly name: string;
  readonly family: Family;
  readonly aliases: readonly string[];
}

/** Name, family and aliases of any page of the catalogue: a scalar activation, a gated unit or a vector function. */
export function catalogueEntry(id: CatalogueId): CatalogueEntry {
  const source = isActivationId(id)
    ? getActivation(id)
    : isGatedId(id)
      ? getGated(id)
      : id === 'sparsemax'
        ? sparsemaxInfo
        : softmaxInfo;
  return { id, name: source.name, family: source.family, aliases: source.aliases };
}

/** The page that teaches a scalar activation: its own, or GELU's for GELU's approximations. */
export function pageOf(id: ActivationId): CatalogueId {
  return isOwnPage(id) ? id : 'gelu';
}
