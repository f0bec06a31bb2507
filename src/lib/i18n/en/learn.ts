/** The learning path: chapter navigation, exercises, progress. */
export const learn = {
  pathLead:
    'From what a single neuron computes to choosing the activations of a transformer, one chapter at a time. Each chapter defines its terms as it goes, shows the functions moving, and ends with exercises that check your answers.',
  pathDescription:
    'A course on activation functions, from what a neuron computes to choosing activations for a transformer, with exercises that check themselves.',
  path: 'Learning path',
  pathNav: 'Chapters of the learning path',
  youAreHere: 'you are here',
  chapterOf: (n: number, total: number) => `Chapter ${n} of ${total}`,
  minutes: (n: number) => `${n} min read`,
  prev: 'Previous chapter',
  next: 'Next chapter',
  drawsOn: 'This chapter draws on',
  sideReadingFor: 'Side reading for the learning path:',
  functionsHeading: 'Function pages',
  guidesHeading: 'Side reading',
  labsHeading: 'Labs',
  prerequisites: 'Read first',
  sources: 'Sources',
  exercise: 'Exercise',
  yourAnswer: 'Your answer',
  check: 'Check',
  worked: 'Worked answer',
  right: 'Right.',
  wrong: 'Not yet.',
  invalid: 'Please enter a number, for example 0.25 or 1e-6.',
  chooseOne: 'Please choose one of the options.',
  solvedBefore: 'You solved this one before.',
  markRead: 'Mark as read',
  marked: 'Read ✓',
  progressHeading: 'Your progress',
  progressNote: 'Progress is kept in this browser only; nothing leaves your machine.',
  readState: 'read',
  unreadState: 'not read yet',
  /** Templates filled in the browser by fillTemplate (src/lib/learn/template.ts). */
  solvedCount: '{solved} of {total} exercises solved',
  overall: '{read} of {total} chapters read',
  reset: 'Reset progress',
  resetDone: 'Progress reset.',
  continueAt: 'Continue where you left off:',
  allRead: 'You have read every chapter. Revisit them any time:',
  startHere: 'Start here: the learning path',
  startHereNote: 'New to activation functions? Read the chapters in order, with exercises that check themselves.',
  labNames: { '/labs/gradient-flow/': 'Gradient-flow lab', '/labs/training/': 'Training lab' },
  xorTrain: 'Train both networks',
  xorTraining: 'Training…',
  xorAccuracy: '{name}: {accuracy} of the points classified correctly',
  /** The XOR demo's two networks, by hidden activation. */
  xorNetworks: { identity: 'Identity hidden layer', relu: 'ReLU hidden layer' },
  xorPointsLabel: (name: string) => `The XOR points: ${name}`,
  /** Under the XOR demo: width is the hidden layer's, count the number of points. */
  xorCaption: (width: number, epochs: number, count: number) =>
    `XOR: orange dots, in the two quadrants where x₁ and x₂ have the same sign, are class 0; blue dots, where the signs differ, are class 1. Both networks have one hidden layer of ${width} units and were trained for ${epochs} full-batch Adam steps on the same ${count} points. After training, the shading shows where each network predicts which class.`,
  /** The printable cheat sheet (/learn/cheat-sheet/), and the links to it. */
  cheatSheet: {
    title: 'Cheat sheet',
    description:
      'Every activation function of the site in one printable table: definition, derivative, range, key properties and default parameters.',
    lead: 'Every function of the catalogue on one page: its definition and derivative, its range at the default parameters, three properties that matter when you choose one and the parameter defaults (PyTorch’s); then what each is typically used for and how each framework calls it. Each name links to the function’s page.',
    printHint:
      'To print it, use your browser’s Print command (Ctrl+P, or ⌘P on a Mac): the site’s header and navigation are left out and the table is set in small type to fit a sheet of A4.',
    caption: 'Scalar activation functions by family, at their default parameters',
    defaults: 'Defaults',
    noParams: 'none',
    vectorHeading: 'Gated units and output functions',
    vectorLead:
      'These take two inputs (a gated unit: the value a and the gate b) or a whole vector (softmax, sparsemax), so they have partial derivatives instead of one f′(x).',
    vectorCaption: 'Gated units and vector-valued output functions',
    definition: 'Definition',
    derivatives: 'Derivatives',
    practiceHeading: 'Typical use and the call in each framework',
    practiceLead:
      'The names are those the function pages use in their code (module form first, then the function form). A dash means the framework has no built-in: the function page shows how to compose it from other operations.',
    practiceCaption:
      'Every function with its typical use and its call in PyTorch, TensorFlow, JAX, PaddlePaddle and MindSpore',
    typicalUse: 'Typical use',
    noBuiltin: 'no built-in; composed from other operations',
    /** On the learning path's index page. */
    indexLink: 'Cheat sheet',
    indexNote: 'Every function in one printable table, to keep beside you while you read.',
  },
};
