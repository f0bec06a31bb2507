import type { Strings } from '..';

export const glossaryPage: Strings['glossaryPage'] = {
  title: '术语表',
  description:
    '各章和函数页面用到的术语，从预激活值、扇入到饱和、logit和bfloat16，每条用几句话解释，并链接到讲解它的章节。',
  lead: '各章、指南和函数页面用到的术语，用平实的话解释。页面第一次用到其中某个术语时，该词会链接到这里；每个词条再链接到详细讲解它的章节。',
  taughtIn: '详见',
  otherTerm: (term) => `（${term}）`,
  termCount: (n) => `共${n}个术语。`,
  /** On the learning path's index page. */
  indexLink: '术语表',
  indexNote: '各章用到的术语，每条用几句话解释清楚。',
};
