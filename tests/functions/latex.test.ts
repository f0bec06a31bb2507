import { describe, expect, test } from 'vitest';
import { getActivation } from '../../src/lib/activations';
import { instantiateLatex } from '../../src/lib/functions/latex';

describe('instantiateLatex', () => {
  test('puts each parameter value in place of its symbol, tagged for the sliders', () => {
    const leaky = getActivation('leaky-relu');
    const latex = instantiateLatex(leaky.latex.f, leaky.params);
    expect(latex).not.toContain('\\alpha');
    expect(latex).toContain('\\htmlData{param=alpha}{0.01}\\,x');
  });

  test('replaces a one-letter symbol only where it stands alone', () => {
    const prelu = getActivation('prelu');
    const latex = instantiateLatex(prelu.latex.f, prelu.params, { alpha: 0.5 });
    expect(latex).toContain('\\begin{cases}'); // the "a" in "cases" is untouched
    expect(latex).toContain('\\htmlData{param=alpha}{0.5}\\,x');
  });

  test('handles two parameters and rounds to four significant digits', () => {
    const rrelu = getActivation('rrelu');
    const latex = instantiateLatex(rrelu.latex.df, rrelu.params);
    expect(latex).toContain('\\tfrac{\\htmlData{param=lower}{0.125} + \\htmlData{param=upper}{0.3333}}{2}');
  });

  test('leaves formulas without parameters unchanged', () => {
    const relu = getActivation('relu');
    expect(instantiateLatex(relu.latex.f, relu.params)).toBe(relu.latex.f);
  });
});
