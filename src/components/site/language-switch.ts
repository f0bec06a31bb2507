/**
 * The language switch leads to the same page in the other edition. Its href is fixed at build time; the
 * comparison page and the labs keep their state in the query string and hash, which change as the reader
 * works, so the current ones are added just before the link is followed (or copied, or opened in a new tab).
 */
function carryState(link: HTMLAnchorElement) {
  const target = new URL(link.href);
  target.search = location.search;
  target.hash = location.hash;
  link.href = target.href;
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) {
  for (const type of ['pointerdown', 'focus', 'mouseenter', 'contextmenu'] as const)
    link.addEventListener(type, () => carryState(link));
}
