/**
 * <site-search>: queries the Pagefind index (built into dist/pagefind by `npm run build`) as the reader
 * types, keeps the query in the URL, and lists the results as links with highlighted excerpts.
 */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

const MAX_RESULTS = 12;
const INDEX_URL = '/pagefind/pagefind.js';

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #latest = 0;

  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>('input[name=q]')!;
    const query = new URLSearchParams(location.search).get('q') ?? '';
    input.value = query;
    this.#status(query ? 'Searching…' : 'Type to search every function page and guide.');
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

  async #run(query: string) {
    const ticket = ++this.#latest;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    const list = this.querySelector('.results')!;
    if (query.trim() === '') {
      list.replaceChildren();
      this.#status('Type to search every function page and guide.');
      return;
    }
    let pagefind: Pagefind;
    try {
      pagefind = await this.#load();
    } catch {
      this.#status('The search index is missing: it is built by `npm run build`.');
      return;
    }
    const search = await pagefind.search(query);
    if (ticket !== this.#latest || !search) return; // a newer query has started
    const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (ticket !== this.#latest) return;
    list.innerHTML = results
      .map((r) => `<li><a href="${r.url}">${r.meta.title ?? r.url}</a><p>${r.excerpt}</p></li>`)
      .join('');
    const total = search.results.length;
    this.#status(
      total === 0
        ? `No results for “${query}”.`
        : `${total} result${total === 1 ? '' : 's'} for “${query}”${total > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : ''}.`,
    );
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
