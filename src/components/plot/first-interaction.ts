/**
 * Resolves at the reader's first interaction with the page (pointer, key, wheel, touch, scroll or focus).
 * Charts wait for it before fetching Chart.js: the build-time SVG already shows the curve, so no script
 * beyond a few kilobytes loads until someone actually uses the page. Listening starts when this module
 * loads, so an interaction that happens before a chart asks is not missed.
 */
const events = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll', 'focusin'] as const;

const interacted = new Promise<void>((resolve) => {
  const done = () => {
    for (const type of events) window.removeEventListener(type, done, true);
    resolve();
  };
  for (const type of events) window.addEventListener(type, done, { capture: true, passive: true });
});

export function firstInteraction(): Promise<void> {
  return interacted;
}
