/** The English string table: one sub-table per feature, each in its own file beside this one. */
import { catalogue } from './catalogue';
import { compare } from './compare';
import { site } from './site';
import { training } from './training';
import { url } from './url';

export const en = { catalogue, compare, site, training, url };
