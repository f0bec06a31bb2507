/** The English string table: one sub-table per feature, each in its own file beside this one. */
import { catalogue } from './catalogue';
import { chart } from './chart';
import { compare, comparePage } from './compare';
import { functions } from './functions';
import { gated } from './gated';
import { glossaryPage } from './glossaryPage';
import { gradientFlow, gradientFlowPage } from './gradientFlow';
import { learn } from './learn';
import { plot } from './plot';
import { precision } from './precision';
import { precisionNotes } from './precision-notes';
import { search } from './search';
import { site } from './site';
import { softmax } from './softmax';
import { sparsemax } from './sparsemax';
import { training } from './training';
import { url } from './url';

export const en = {
  catalogue,
  chart,
  compare,
  comparePage,
  functions,
  gated,
  glossaryPage,
  gradientFlow,
  gradientFlowPage,
  learn,
  plot,
  precision,
  precisionNotes,
  search,
  site,
  softmax,
  sparsemax,
  training,
  url,
};
