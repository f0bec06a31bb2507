/** The gated-unit explorer (GLU, ReGLU, GEGLU, SwiGLU pages) and the SwiGLU width calculator. */
export const gated = {
  heading: 'Output and slopes over value and gate',
  mapsLegend: 'Surface shown',
  maps: { f: 'output f(a, b)', dA: 'slope ∂f/∂a', dB: 'slope ∂f/∂b' },
  /** Template: {name} is the unit's name; {map} one of the `maps` labels. */
  imageLabel: '{name}: heat map of the {map} for value a and gate b from −4 to 4',
  caption:
    'Purple below zero, orange above, pale (dark in dark mode) near zero; the key gives the scale. Dashed lines mark a = 0 and b = 0.',
  tableSummary: 'The same surface as numbers',
  axes: { valueAxis: 'value a', gateAxis: 'gate b' },
  table: { corner: 'gate b down, value a across', column: 'a = {a}', row: 'b = {b}' },
  /** Sent to the browser: the read-out and the keyboard hint. */
  client: {
    readout: '{name} at a = {a}, b = {b}: f = {f}, ∂f/∂a = {dA}, ∂f/∂b = {dB}',
  },
  hint: 'Point at the map, or focus it and use the arrow keys (Page Up/Down: one unit of b; Home/End: ends of a), to read values.',
  calculator: {
    heading: 'Hidden width by LLaMA’s rule',
    d: 'Model width d',
    multipleOf: 'multiple_of',
    multiplier: 'ffn_dim_multiplier (optional)',
    /** Sent to the browser with the form. */
    client: {
      stepFour: 'Start from a plain block’s width: 4 × {d} = {value}.',
      stepTwoThirds: 'Take two thirds (three matrices instead of two): int(2 × {four} / 3) = int({exact}) = {value}.',
      stepMultiplier: 'Apply ffn_dim_multiplier: int({m} × {h}) = {value}.',
      stepRound: 'Round {h} up to a multiple of {multiple}: hidden width {value}.',
      paramsGated: 'Gated block: 3 × {d} × {h} = {value} weights.',
      paramsPlain: 'Plain 4d block (ReLU or GELU): 2 × {d} × {four} = {value} weights.',
      ratio: 'Ratio gated / plain: {ratio}.',
      wholeNumber: '{name} must be a whole number from 1 to {max}.',
      multiplier: '{name} must be a positive number up to 16, or empty.',
    },
  },
};
