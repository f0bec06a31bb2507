/** The English string table: one sub-table per feature, each in its own file beside this one. */
import { compare } from './compare';
import { site } from './site';
import { url } from './url';

export const en = { compare, site, url };
