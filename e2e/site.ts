/** Helpers shared by the end-to-end specs: the built pages and their HTML, and a console-error collector. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';

/** Every HTML page in dist/, as a URL path ("/functions/relu/"). */
export function builtPages(dist = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const rel = relative(dist, path).split(sep).join('/');
        pages.push('/' + rel.replace(/index\.html$/, ''));
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/** The HTML of a built page, by the URL path builtPages() gives ("/functions/relu/" or "/404.html"). */
export function builtHtml(path: string, dist = 'dist'): string {
  return readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path.replace(/^\//, '')), 'utf8');
}

/** Collects console errors and warnings, uncaught exceptions and failed requests while a page is used. */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}
