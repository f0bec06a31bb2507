/**
 * Wide display equations, code blocks and Markdown tables scroll sideways on narrow screens. A region that scrolls must be
 * reachable from the keyboard (WCAG 2.1.1), so each one that actually overflows gets tabindex="0"; one that
 * fits does not, and adds no needless tab stop. Re-checked when the layout width changes.
 */
const selector = '.katex-display, pre, .prose table';

function update() {
  for (const element of document.querySelectorAll<HTMLElement>(selector)) {
    const scrolls = element.scrollWidth > element.clientWidth + 1;
    if (scrolls) element.tabIndex = 0;
    else element.removeAttribute('tabindex');
  }
}

update();
new ResizeObserver(update).observe(document.documentElement);
