/**
 * Web Worker for the gradient-flow lab: runs the forward and backward pass of one function's network per
 * message, off the main thread, so a 64-layer, 256-wide network never freezes the page. Each answer carries
 * its job id and index, so the page matches it to the config it was for (lib/labs/gradient-flow/scheduler.ts)
 * and can drop the rest of a job that newer settings replaced.
 */
import type { Task } from '../../../lib/labs/gradient-flow/scheduler';
import { gradientFlow, type GradientFlowConfig, type LayerFlow } from '../../../lib/nn';

export type FlowRequest = Task<GradientFlowConfig>;
export type FlowResponse =
  | { readonly id: number; readonly index: number; readonly layers: LayerFlow[] }
  | { readonly id: number; readonly index: number; readonly error: string };

self.onmessage = (event: MessageEvent<FlowRequest>) => {
  const { id, index, config } = event.data;
  try {
    self.postMessage({ id, index, layers: gradientFlow(config) } satisfies FlowResponse);
  } catch (error) {
    self.postMessage({ id, index, error: (error as Error).message } satisfies FlowResponse);
  }
};
