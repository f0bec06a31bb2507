/** The English string table: one sub-table per feature, each in its own file beside this one. */
import { catalogue } from './catalogue';
import { compare, comparePage } from './compare';
import { gated } from './gated';
import { learn } from './learn';
import { precision } from './precision';
import { precisionNotes } from './precision-notes';
import { site } from './site';
import { sparsemax } from './sparsemax';
import { url } from './url';

export const en = {
  catalogue,
  compare,
  comparePage,
  gated,
  learn,
  precision,
  precisionNotes,
  site,
  sparsemax,
  url,
};
