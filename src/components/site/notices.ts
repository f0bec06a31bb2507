/** Show the corrections a page made to its URL state (or hide the box when there are none). */
export function showNotices(box: Element, notices: readonly string[]): void {
  box.textContent = notices.join(' ');
  box.toggleAttribute('hidden', notices.length === 0);
}
