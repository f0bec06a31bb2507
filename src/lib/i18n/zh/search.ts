/** The search page and its client script: form, status lines, the honest "not covered" notice. */
import type { Strings } from '..';

export const search: Strings['search'] = {
  title: '搜索',
  description: '搜索《激活函数手册》的每个函数页面和指南。',
  label: '搜索函数和指南',
  /** Shown until the script runs (with links to the catalogue and the guides in between). */
  noScript: {
    before: '搜索需要JavaScript。你也可以浏览',
    catalogue: '函数目录',
    and: '和',
    guides: '指南',
    after: '。',
  },
  prompt: '输入关键词，搜索每个函数页面和指南。',
  searching: '正在搜索……',
  missingIndex: '缺少搜索索引：它由 `npm run build` 生成。',
  none: (query: string) => `没有找到与“${query}”相关的结果。`,
  results: (total: number, query: string, shown: number) =>
    `“${query}”共有${total}条结果${total > shown ? `，显示前${shown}条` : ''}。`,
  /** When even the best match is weak: say the site does not cover it, and offer what comes closest. */
  weak: (query: string) => `没有页面涉及“${query}”；最接近的页面：`,
};
