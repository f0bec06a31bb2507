/**
 * Give every h2 and h3 of a Markdown or MDX body a "#" link to itself, the same markup as the
 * SectionHeading component: the heading inside a wrapper, then the link, named by the heading
 * (aria-labelledby) so it needs no words of its own. Runs after rehypeHeadingIds, which sets the ids.
 */
import { visit, SKIP } from 'unist-util-visit';

/** @param {import('hast').Element} heading */
const anchorFor = (heading) => ({
  type: 'element',
  tagName: 'a',
  properties: {
    className: ['heading-anchor'],
    href: `#${heading.properties.id}`,
    ariaLabelledBy: String(heading.properties.id),
  },
  children: [{ type: 'text', value: '#' }],
});

export default function rehypeHeadingAnchors() {
  /** @param {import('hast').Root} tree */
  return (tree) => {
    visit(tree, 'element', (node, index, parent) => {
      if ((node.tagName !== 'h2' && node.tagName !== 'h3') || !node.properties.id) return;
      if (!parent || index === undefined) return;
      /** @type {import('hast').Element} */
      const wrapper = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-anchored'] },
        children: [node, anchorFor(node)],
      };
      parent.children[index] = wrapper;
      return SKIP;
    });
  };
}
