/**
 * <learn-mark-read>, placed at the end of a chapter: marks it read when the reader presses the button, or when
 * they have scrolled and the end of the chapter comes into view.
 */
import { markRead } from '../../lib/learn/progress';
import { loadProgress, updateProgress } from './store';

class LearnMarkRead extends HTMLElement {
  connectedCallback() {
    const chapter = this.dataset.chapter;
    const button = this.querySelector('button');
    if (!chapter || !button) return;
    const marked = this.dataset.marked ?? '';
    const show = () => {
      if (loadProgress().read.includes(chapter)) {
        button.textContent = marked;
      }
    };
    const mark = () => {
      updateProgress((p) => markRead(p, chapter));
      show();
    };
    show();
    button.addEventListener('click', mark);
    // Reaching the end counts only after the reader has scrolled: a short chapter on a tall screen is not read
    // just because its end is visible on arrival.
    let visible = false;
    const observer = new IntersectionObserver((entries) => {
      visible = entries.some((e) => e.isIntersecting);
    });
    const onScroll = () => {
      if (!visible) return;
      mark();
      removeEventListener('scroll', onScroll);
      observer.disconnect();
    };
    addEventListener('scroll', onScroll, { passive: true });
    observer.observe(this);
  }
}

customElements.define('learn-mark-read', LearnMarkRead);
