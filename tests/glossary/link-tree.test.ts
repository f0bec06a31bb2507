import { describe, expect, it } from 'vitest';
import { linkFirstUses, type TreeNode } from '../../src/lib/glossary/link-tree';
import { termFinder } from '../../src/lib/glossary/match';
import type { GlossaryEntry } from '../../src/lib/glossary/types';

const entry = (id: string, en: string[]): GlossaryEntry => ({
  id,
  term: { en: en[0]!, zh: id },
  forms: { en, zh: [] },
  definition: { en: 'x', zh: 'x' },
  taughtIn: '/learn/relu/',
});
const find = termFinder([entry('saturation', ['saturation', 'saturates']), entry('logit', ['logit', 'logits'])], 'en');
const href = (id: string) => `/glossary/#${id}`;

const text = (value: string): TreeNode => ({ type: 'text', value });
const el = (tagName: string, children: TreeNode[], className?: string[]): TreeNode => ({
  type: 'element',
  tagName,
  properties: className === undefined ? {} : { className },
  children,
});
/** The tree as compact HTML-like text, to compare with what a reader would see. */
function html(node: TreeNode): string {
  if (node.type === 'text') return node.value ?? '';
  const inner = (node.children ?? []).map(html).join('');
  if (node.type !== 'element') return inner;
  const href = node.properties?.['href'];
  return `<${node.tagName}${typeof href === 'string' ? ` href="${href}"` : ''}>${inner}</${node.tagName}>`;
}

describe('linkFirstUses', () => {
  it('links only the first use of each term on the page, in document order', () => {
    const tree = el('root', [
      el('p', [text('Sigmoid saturates; its logits are raw scores.')]),
      el('p', [text('Tanh saturates too, and logits again.')]),
    ]);
    expect(linkFirstUses(tree, find, href)).toEqual(['saturation', 'logit']);
    expect(html(tree)).toBe(
      '<root><p>Sigmoid <a href="/glossary/#saturation">saturates</a>; its <a href="/glossary/#logit">logits</a> are raw scores.</p>' +
        '<p>Tanh saturates too, and logits again.</p></root>',
    );
  });

  it('never links inside headings, links, code, maths or embedded components, and counts the next use instead', () => {
    const tree = el('root', [
      el('h2', [text('Saturation')]),
      el('p', [el('a', [text('saturation page')]), text(' '), el('code', [text('logits')])]),
      el('span', [text('saturation')], ['katex']),
      { type: 'mdxJsxFlowElement', children: [text('logit')] },
      el('p', [el('em', [text('saturation')]), text(' and logit')]),
    ]);
    expect(linkFirstUses(tree, find, href)).toEqual(['saturation', 'logit']);
    expect(html(tree)).toContain(
      '<em><a href="/glossary/#saturation">saturation</a></em> and <a href="/glossary/#logit">logit</a>',
    );
    expect(html(tree)).toContain('<h2>Saturation</h2>');
    expect(html(tree)).toContain('<code>logits</code>');
  });

  it('leaves a page without any term unchanged', () => {
    const tree = el('root', [el('p', [text('Nothing to define here.')])]);
    expect(linkFirstUses(tree, find, href)).toEqual([]);
    expect(html(tree)).toBe('<root><p>Nothing to define here.</p></root>');
  });
});
