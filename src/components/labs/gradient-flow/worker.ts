/**
 * Web Worker for the gradient-flow lab: runs the forward and backward pass of one function's network per
 * message, off the main thread, so a 64-layer, 256-wide network never freezes the page. Each answer carries
 * its job id and index, so the page matches it to the config it was for (lib/labs/gradient-flow/scheduler.ts)
 * and can drop the rest of a job that newer settings replaced. A reader's formula arrives as text and is
 * parsed here (its exact derivative drives backprop); the parser loads only for such a message.
 */
import type { Task } from '../../../lib/labs/gradient-flow/scheduler';
import { engineConfig, type FlowConfig } from '../../../lib/labs/gradient-flow/state';
import { gradientFlow, type GradientFlowConfig, type LayerFlow } from '../../../lib/nn';

export type FlowRequest = Task<FlowConfig>;
export type FlowResponse =
  | { readonly id: number; readonly index: number; readonly layers: LayerFlow[] }
  | { readonly id: number; readonly index: number; readonly error: string };

/** The formula of a config, parsed and bound (exact f′ for backprop); undefined for a registry function. */
async function custom(config: FlowConfig): Promise<GradientFlowConfig['custom']> {
  if (config.activation !== 'custom') return undefined;
  const { parseFormula, bindFormula } = await import('../../../lib/formula');
  const parsed = parseFormula(config.formula ?? '');
  if (!parsed.ok) throw new Error(parsed.message);
  return { formula: parsed.normalized, bound: bindFormula(parsed) };
}

self.onmessage = async (event: MessageEvent<FlowRequest>) => {
  const { id, index, config } = event.data;
  try {
    self.postMessage({
      id,
      index,
      layers: gradientFlow(engineConfig(config, await custom(config))),
    } satisfies FlowResponse);
  } catch (error) {
    self.postMessage({ id, index, error: (error as Error).message } satisfies FlowResponse);
  }
};
