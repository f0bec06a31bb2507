/**
 * Linking the first use of each glossary term in an HTML syntax tree (hast, as rehype hands it over). Only
 * running prose is touched: never headings (their text becomes the anchor id and the table of contents), links,
 * code, typeset maths (KaTeX's output, class `katex…`) or the components an MDX page embeds.
 */
import type { TermFinder } from './match';

/** The parts of a hast node this walk reads; other node types (comments, MDX expressions) pass through as they are. */
export interface TreeNode {
  type: string;
  value?: string;
  tagName?: string;
  properties?: { className?: unknown; [key: string]: unknown };
  children?: TreeNode[];
}

const SKIPPED_TAGS = new Set([
  'a',
  'code',
  'pre',
  'kbd',
  'samp',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'svg',
  'math',
  'script',
  'style',
  'button',
  'summary',
]);

/** Whether the walk must stay out of this node. */
function isSkipped(node: TreeNode): boolean {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return true;
  if (node.type !== 'element') return false;
  if (SKIPPED_TAGS.has(node.tagName ?? '')) return true;
  const className = node.properties?.className;
  return Array.isArray(className) && className.some((name) => String(name).startsWith('katex'));
}

/** A text node split around each first use it contains, every use wrapped in a link to its entry. */
function linkUses(value: string, find: TermFinder, linked: Set<string>, href: (id: string) => string): TreeNode[] {
  const parts: TreeNode[] = [];
  let rest = value;
  for (let use = find(rest, linked); use !== undefined; use = find(rest, linked)) {
    linked.add(use.id);
    if (use.start > 0) parts.push({ type: 'text', value: rest.slice(0, use.start) });
    parts.push({
      type: 'element',
      tagName: 'a',
      properties: { href: href(use.id), className: ['glossary-term'] },
      children: [{ type: 'text', value: rest.slice(use.start, use.end) }],
    });
    rest = rest.slice(use.end);
  }
  if (rest !== '') parts.push({ type: 'text', value: rest });
  return parts;
}

/**
 * Walks `tree` in document order and links the first use of every term `find` knows; returns the ids linked, in
 * order. `href` gives an entry's address (the plugin passes `/glossary/#<id>`).
 */
export function linkFirstUses(tree: TreeNode, find: TermFinder, href: (id: string) => string): string[] {
  const linked = new Set<string>();
  const walk = (parent: TreeNode) => {
    if (parent.children === undefined) return;
    parent.children = parent.children.flatMap((child) => {
      if (child.type === 'text') return linkUses(child.value ?? '', find, linked, href);
      if (!isSkipped(child)) walk(child);
      return [child];
    });
  };
  walk(tree);
  return [...linked];
}
