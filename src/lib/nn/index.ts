/**
 * The neural-network engine behind the labs: pure TypeScript on Float64Arrays, seeded and deterministic.
 * Activations come from the registry in ../activations; nothing here re-implements one.
 */
export { backward } from './backward';
export {
  makeDataset,
  datasetIds,
  selectRows,
  trainTestSplit,
  type Dataset,
  type DatasetId,
  type DatasetOptions,
} from './datasets';
export { forward, softmaxRows } from './forward';
export { gradientFlow, type GradientFlowConfig, type LayerFlow } from './gradient-flow';
export { initFamilies, initSchemes, initVariance, initWeights, type InitFamily, type InitScheme } from './init';
export { columnSums, matmulAtB } from './gradient-kernels';
export { matmulABt, transpose } from './kernels';
export { binaryCrossEntropy, headLoss, softmaxCrossEntropy } from './loss';
export {
  cloneMlp,
  createMlp,
  defaultInit,
  hiddenActivation,
  parameterCount,
  type CustomLayer,
  type Head,
  type HiddenActivation,
  type LayerSpec,
  type Mlp,
  type MlpConfig,
} from './mlp';
export { createOptimizer, optimizerKinds, type Optimizer, type OptimizerConfig, type OptimizerKind } from './optim';
export { outputsPerExample, predict, predictGrid, type Bounds } from './predict';
export { createRng, mulberry32, shuffleInPlace, type Rng } from './random';
export { countDeadUnits, deadUnitShare, evaluate, meanStd, predictedClass, type Evaluation } from './stats';
export { createTrainer, type Trainer, type TrainerConfig } from './train';
export { createWorkspace, type Workspace } from './workspace';
