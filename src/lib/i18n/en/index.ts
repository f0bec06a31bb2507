/** The English string table: one sub-table per feature, each in its own file beside this one. */
import { catalogue } from './catalogue';
import { compare } from './compare';
import { functions } from './functions';
import { plot } from './plot';
import { search } from './search';
import { site } from './site';
import { softmax } from './softmax';
import { url } from './url';

export const en = { catalogue, compare, functions, plot, search, site, softmax, url };
