/** The English string table: one sub-table per feature, each in its own file beside this one. */
import { learn } from './learn';
import { site } from './site';

export const en = { site, learn };
