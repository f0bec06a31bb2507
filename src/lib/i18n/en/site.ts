/** The page shell and the site's own pages: header, footer, navigation, home, guides and labs lists, 404. */
export const site = {
  title: 'Activation Functions Handbook',
  skipLink: 'Skip to content',
  nav: {
    label: 'Main',
    learn: 'Learn',
    functions: 'Functions',
    compare: 'Compare',
    guides: 'Guides',
    labs: 'Labs',
  },
  /** The language switch: its landmark name, and a tooltip on the link to each other edition (whose text is that language’s own name). */
  languages: { label: 'Language', readIn: { en: 'Read this page in English', zh: 'Read this page in Chinese' } },
  searchForm: { label: 'Search the handbook', placeholder: 'Search…', button: 'Search' },
  footer:
    'Every curve, table and number on this site is computed by one tested module. Equations typeset with KaTeX; charts drawn with Chart.js.',
  /** The footer's links to the reference pages that belong to no section. */
  footerNav: { label: 'Reference', models: 'Models', names: 'Framework names' },
  /** Finding your way around a long page. */
  toc: { label: 'On this page', backToTop: 'Back to top' },
  pager: {
    functions: 'Previous and next function',
    guides: 'Previous and next guide',
    previous: 'Previous',
    next: 'Next',
  },
  home: {
    description:
      "A course and a reference for neural-network activation functions: the ones in PyTorch, Keras, JAX and today's models, each with formula, derivative, live chart, properties, pros and cons, and code.",
    heading: 'Activation functions, computed and explained',
    lead: 'Each function gets its formula and derivative, a live chart, the properties that matter, when to use it, and the same function in PyTorch, TensorFlow and JAX. Every number comes from one tested module.',
    startLabel: 'Tools',
    start: {
      choosing: 'How to choose an activation',
      compare: 'Compare functions side by side',
      gradientFlow: 'Watch gradients flow through depth',
      training: 'Train networks side by side',
      models: 'Activations in well-known models',
      names: 'Framework names for every function',
    },
    coming: '(page coming)',
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist in the Activation Functions Handbook.',
    text: 'There is no page at this address. It may have moved, or the link may have a typo.',
    links: {
      home: 'Browse every activation function',
      compare: 'Compare functions side by side',
      guides: 'Read the guides',
      search: 'Search the handbook',
    },
  },
  guides: {
    title: 'Guides',
    description:
      'Longer explanations that connect the activation functions: how to choose one, vanishing gradients, dying ReLU, output layers, gated units.',
    kicker: 'Guides',
    functions: 'Functions in this guide',
    sources: 'Sources',
  },
  labs: {
    title: 'Labs',
    description:
      'Interactive labs that compute in your browser: gradient flow through depth, training networks with different activations side by side, and floating-point precision.',
    intro: 'Every lab computes live in your browser, from the same tested module that draws every chart on this site.',
    gradientFlow: {
      title: 'Gradient flow through depth',
      text: 'A real forward and backward pass through a deep network for each activation: see gradients vanish, hold steady, or self-normalise, layer by layer.',
    },
    training: {
      title: 'Training side by side',
      text: 'Train the same small network on 2-D data with several activations at once, from the same initial weights: loss curves, decision boundaries, dead units.',
    },
  },
};
