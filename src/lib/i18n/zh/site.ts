/** The page shell and the site's own pages: header, footer, navigation, home, guides and labs lists, 404. */
import type { Strings } from '..';

export const site: Strings['site'] = {
  title: '激活函数手册',
  skipLink: '跳到正文',
  nav: {
    label: '主导航',
    learn: '学习',
    functions: '函数',
    compare: '对比',
    guides: '指南',
    labs: '交互实验',
  },
  /** The language switch: its landmark name, and a tooltip on the link to each other edition (whose text is that language’s own name). */
  languages: { label: '语言', readIn: { en: '阅读本页的英文版', zh: '阅读本页的中文版' } },
  searchForm: { label: '搜索本手册', placeholder: '搜索……', button: '搜索' },
  footer: '本站的每条曲线、每张表格和每个数字都由同一个经过测试的模块计算得出。公式用KaTeX排版，图表用Chart.js绘制。',
  /** The footer's links to the reference pages that belong to no section. */
  footerNav: { label: '参考', models: '模型', names: '框架中的名称' },
  /** Finding your way around a long page. */
  toc: { label: '本页目录', backToTop: '回到顶部' },
  pager: {
    functions: '上一个和下一个函数',
    guides: '上一篇和下一篇指南',
    previous: '上一个',
    next: '下一个',
  },
  home: {
    description:
      '一门关于神经网络激活函数的课程兼参考手册：涵盖PyTorch、Keras、JAX和当今模型中的激活函数，每个函数都有公式、导数、实时图表、性质、优缺点和代码。',
    heading: '激活函数：算清楚，讲明白',
    lead: '每个函数都配有公式和导数、实时图表、关键性质、适用场景，以及同一函数在PyTorch、TensorFlow和JAX中的写法。每个数字都来自同一个经过测试的模块。',
    startLabel: '工具',
    start: {
      choosing: '如何选择激活函数',
      compare: '并排对比函数',
      gradientFlow: '观察梯度如何逐层传播',
      training: '并排训练网络',
      models: '知名模型中的激活函数',
      names: '各框架中每个函数的名称',
    },
    coming: '（页面即将推出）',
  },
  notFound: {
    title: '页面不存在',
    description: '《激活函数手册》中没有这个页面。',
    text: '这个地址没有页面。它可能已经移走，或者链接有拼写错误。',
    links: {
      home: '浏览所有激活函数',
      compare: '并排对比函数',
      guides: '阅读指南',
      search: '搜索本手册',
    },
  },
  guides: {
    title: '指南',
    description: '把各个激活函数串联起来的深入讲解：如何选择激活函数、梯度消失、死亡 ReLU、输出层、门控单元。',
    kicker: '指南',
    functions: '本指南涉及的函数',
    sources: '参考文献',
  },
  labs: {
    title: '交互实验',
    description: '在浏览器中实时计算的交互实验：梯度在深度方向上的传播、用不同激活函数并排训练网络，以及浮点精度。',
    intro: '每个交互实验都在你的浏览器中实时计算，所用的正是绘制本站所有图表的那个经过测试的模块。',
    gradientFlow: {
      title: '梯度随深度的传播',
      text: '对每种激活函数，在一个深层网络中真实地做一次前向传播和反向传播：逐层观察梯度是消失、保持稳定，还是自归一化。',
    },
    training: {
      title: '并排训练',
      text: '在二维数据上，用几种激活函数同时训练同一个小网络，初始权重完全相同：看损失曲线、决策边界和死亡单元。',
    },
  },
};
