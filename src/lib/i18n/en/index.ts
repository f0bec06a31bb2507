/** The English string table: one sub-table per feature, each in its own file beside this one. */
import { catalogue } from './catalogue';
import { chart } from './chart';
import { compare } from './compare';
import { gradientFlow, gradientFlowPage } from './gradientFlow';
import { site } from './site';
import { softmax } from './softmax';
import { url } from './url';

export const en = { catalogue, chart, compare, gradientFlow, gradientFlowPage, site, softmax, url };
