/**
 * Web Worker for the gradient-flow lab: runs the forward and backward passes off the main thread, so a
 * 64-layer, 256-wide network never freezes the page. Answers each request with its id, one function at a
 * time, so the page can show progress and drop answers to requests that a newer one replaced.
 */
import { gradientFlow, type GradientFlowConfig, type LayerFlow } from '../../../lib/nn';

export interface FlowRequest {
  readonly id: number;
  readonly configs: readonly GradientFlowConfig[];
}
export type FlowResponse =
  | { readonly id: number; readonly index: number; readonly layers: LayerFlow[] }
  | { readonly id: number; readonly error: string };

self.onmessage = (event: MessageEvent<FlowRequest>) => {
  const { id, configs } = event.data;
  try {
    configs.forEach((config, index) => {
      const response: FlowResponse = { id, index, layers: gradientFlow(config) };
      self.postMessage(response);
    });
  } catch (error) {
    self.postMessage({ id, error: (error as Error).message } satisfies FlowResponse);
  }
};
