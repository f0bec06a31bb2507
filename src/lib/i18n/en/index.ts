/** The English string table: one sub-table per feature, each in its own file beside this one. */
import { gated } from './gated';
import { site } from './site';
import { sparsemax } from './sparsemax';

export const en = { site, gated, sparsemax };
