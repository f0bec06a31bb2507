/**
 * <site-search>: queries the Pagefind index (built into dist/pagefind by `npm run build`) as the reader
 * types, keeps the query in the URL (capped, see lib/site/search-query.ts), and lists the results as links
 * with highlighted excerpts. When even the best result does not contain the words asked for, it says so
 * and offers the nearest pages instead of presenting them as answers.
 */
import { search as searchEn } from '../../lib/i18n/en/search';
import { search as searchZh } from '../../lib/i18n/zh/search';
import { localeOf } from '../../lib/i18n/locale';
import { coversQuery, MAX_QUERY_LENGTH, queryFromSearch } from '../../lib/site/search-query';

interface PagefindResult {
  url: string;
  excerpt: string;
  content: string;
  meta: { title?: string };
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

const MAX_RESULTS = 12;
/** How many of the nearest pages to offer when no page covers the query. */
const NEAREST = 5;
const INDEX_URL = '/pagefind/pagefind.js';
const tables = { en: searchEn, zh: searchZh };

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #latest = 0;
  #t = tables[localeOf(document.documentElement.lang)];

  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>('input[name=q]')!;
    const query = queryFromSearch(location.search);
    input.value = query;
    this.#status(query ? this.#t.searching : this.#t.prompt);
    input.addEventListener('input', () => void this.#run(input.value));
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#run(input.value);
    });
    if (query) void this.#run(query);
  }

  #status(text: string) {
    this.querySelector('.status')!.textContent = text;
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= import(/* @vite-ignore */ INDEX_URL).then(async (module: Pagefind) => {
      await module.init();
      return module;
    });
    return this.#pagefind;
  }

  async #run(typed: string) {
    const query = typed.slice(0, MAX_QUERY_LENGTH);
    const ticket = ++this.#latest;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    const list = this.querySelector('.results')!;
    if (query.trim() === '') {
      list.replaceChildren();
      this.#status(this.#t.prompt);
      return;
    }
    let pagefind: Pagefind;
    try {
      pagefind = await this.#load();
    } catch {
      this.#status(this.#t.missingIndex);
      return;
    }
    const search = await pagefind.search(query);
    if (ticket !== this.#latest || !search) return; // a newer query has started
    const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (ticket !== this.#latest) return;
    const best = results[0];
    const weak = best !== undefined && !coversQuery(query, `${best.meta.title ?? ''} ${best.content}`);
    const shown = weak ? results.slice(0, NEAREST) : results;
    list.innerHTML = shown
      .map((r) => `<li><a href="${r.url}">${r.meta.title ?? r.url}</a><p>${r.excerpt}</p></li>`)
      .join('');
    const total = search.results.length;
    if (total === 0) this.#status(this.#t.none(query));
    else if (weak) this.#status(this.#t.weak(query));
    else this.#status(this.#t.results(total, query, MAX_RESULTS));
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
