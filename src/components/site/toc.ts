/**
 * Open the on-page table of contents on wide screens, where it has a column of its own, and leave it closed
 * on phones, where it sits above the text. Follows the width when the window is resized.
 */
const wideScreen = window.matchMedia('(min-width: 72rem)');

function openTocOnWideScreens() {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('.page-toc details'))
    details.open = wideScreen.matches;
}

openTocOnWideScreens();
wideScreen.addEventListener('change', openTocOnWideScreens);

export {};
