/**
 * <learn-progress> on /learn/: fills in each chapter's state (read, exercises solved) and the overall count,
 * and offers "reset progress". <learn-continue> on the home page: points the "start here" link at the first
 * chapter not yet read. Both redraw on every `learn-progress` event and when another tab saves (storage).
 */
import { localeOf } from '../../lib/i18n/locale';
import { localePath } from '../../lib/i18n/paths';
import { chapterProgress, nextChapter } from '../../lib/learn/progress';
import { fillTemplate } from '../../lib/learn/template';
import { loadProgress, resetProgress } from './store';

interface Chapter {
  slug: string;
  title: string;
  exercises: string[];
}

interface ProgressStrings {
  readState: string;
  unreadState: string;
  solvedCount: string;
  overall: string;
  resetDone: string;
  continueAt: string;
  allRead: string;
}

function onChange(render: () => void) {
  addEventListener('learn-progress', render);
  addEventListener('storage', render);
  render();
}

class LearnProgress extends HTMLElement {
  connectedCallback() {
    const chapters = JSON.parse(this.dataset.chapters ?? '[]') as Chapter[];
    const t = JSON.parse(this.dataset.strings ?? '{}') as ProgressStrings;
    const summary = this.querySelector('.overall');
    const status = this.querySelector('[role="status"]');
    this.querySelector('button.reset')?.addEventListener('click', () => {
      resetProgress();
      if (status) status.textContent = t.resetDone;
    });
    onChange(() => {
      const progress = loadProgress();
      for (const chapter of chapters) {
        const state = chapterProgress(progress, chapter.slug, chapter.exercises);
        const slot = this.querySelector(`[data-state-for="${chapter.slug}"]`);
        if (!slot) continue;
        slot.textContent = `· ${state.read ? t.readState : t.unreadState} · ${fillTemplate(t.solvedCount, { solved: state.solved, total: state.total })}`;
        slot.classList.toggle('done', state.read);
      }
      const read = chapters.filter((c) => progress.read.includes(c.slug)).length;
      if (summary) summary.textContent = fillTemplate(t.overall, { read, total: chapters.length });
    });
  }
}

class LearnContinue extends HTMLElement {
  connectedCallback() {
    const chapters = JSON.parse(this.dataset.chapters ?? '[]') as Chapter[];
    const t = JSON.parse(this.dataset.strings ?? '{}') as ProgressStrings;
    const link = this.querySelector('a');
    const label = this.querySelector('.continue');
    const original = link ? { href: link.getAttribute('href') ?? '/learn/', text: link.textContent } : null;
    onChange(() => {
      const progress = loadProgress();
      if (!link || !label || !original) return;
      const started = progress.read.length > 0 || progress.solved.length > 0;
      const slug = nextChapter(
        progress,
        chapters.map((c) => c.slug),
      );
      const next = chapters.find((c) => c.slug === slug);
      if (started && next) {
        label.textContent = t.continueAt;
        link.setAttribute('href', localePath(localeOf(document.documentElement.lang), `/learn/${next.slug}/`));
        link.textContent = next.title;
      } else {
        label.textContent = started ? t.allRead : '';
        link.setAttribute('href', original.href);
        link.textContent = original.text;
      }
    });
  }
}

customElements.define('learn-progress', LearnProgress);
customElements.define('learn-continue', LearnContinue);
