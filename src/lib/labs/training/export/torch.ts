/**
 * A trained network as a self-contained PyTorch script (PyTorch ≥ 1.12, for GELU's approximate='tanh'):
 * the architecture as an nn.Module, the trained weights inline, and a run on the lab's test points that
 * prints P(class 1) for each, one per line, in float64 as the lab computes.
 */
import { activationPython } from './activations';
import type { NetworkExport } from './model';
import { describeActivation, ExportError, pyMatrix, pyList, unexportable } from './python';

/** The script's text; throws ExportError if the network cannot be written for PyTorch. */
export function torchScript(net: NetworkExport): string {
  const problem = unexportable(net);
  if (problem) throw new ExportError(problem);
  const hidden = net.activations.length;
  const linears = net.sizes.slice(1).map((out, l) => `torch.nn.Linear(${net.sizes[l]}, ${out})`);
  const steps = net.activations.flatMap((a, l) => [
    `        h = self.layers[${l}](${l === 0 ? 'x' : 'h'})`,
    `        h = ${activationPython(a, 'torch', 'h')}  # hidden layer ${l + 1}: ${describeActivation(a)}`,
  ]);
  const params = net.weights.flatMap((w, l) => [
    `    net.layers[${l}].weight.copy_(torch.tensor(${pyMatrix(w, '    ')}))`,
    `    net.layers[${l}].bias.copy_(torch.tensor(${pyList(net.biases[l]!)}))`,
  ]);
  return [
    `# ${net.name}: a network trained for ${net.epoch} epochs in the activation-functions training lab.`,
    '# Output: one logit through a sigmoid, P(class 1); it was trained with binary cross-entropy on that logit.',
    'import torch',
    'import torch.nn.functional as F',
    '',
    '# The lab computes in float64; so does this script.',
    'torch.set_default_dtype(torch.float64)',
    '',
    '',
    'class Net(torch.nn.Module):',
    '    def __init__(self):',
    '        super().__init__()',
    `        self.layers = torch.nn.ModuleList([${linears.join(', ')}])`,
    '',
    '    def forward(self, x):',
    ...steps,
    `        return torch.sigmoid(self.layers[${hidden}](h))`,
    '',
    '',
    'net = Net()',
    'with torch.no_grad():',
    ...params,
    '',
    "# The lab's test points (x1, x2).",
    `test_points = torch.tensor(${pyMatrix(
      net.testPoints.map((p) => [...p]),
      '',
    )})`,
    'with torch.no_grad():',
    '    for p in net(test_points).squeeze(1).tolist():',
    '        print(repr(p))',
    '',
  ].join('\n');
}
