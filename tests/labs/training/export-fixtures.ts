/** Small trained networks for the export tests: a few epochs of the lab's own run, per activation list. */
import { exportNetwork, type NetworkExport } from '../../../src/lib/labs/training/export/model';
import { netName, type NetSpec } from '../../../src/lib/labs/training/networks';
import { createTrainingRun } from '../../../src/lib/labs/training/run';
import { TRAINING_DEFAULTS, type TrainingLabState } from '../../../src/lib/labs/training/state';

/** Networks of `layers` hidden layers of 5 units, trained `epochs` epochs with Adam on the spiral. */
export function trainedExports(nets: NetSpec[], custom = '', epochs = 15, layers = 2): NetworkExport[] {
  const state: TrainingLabState = { ...TRAINING_DEFAULTS, nets, custom, width: 5, layers, init: 'auto', epochs };
  const run = createTrainingRun(state);
  for (let e = 0; e < epochs; e++) run.advance();
  return run.nets.map((net, i) => exportNetwork(net, netName(nets[i]!), run.test, run.epoch));
}
