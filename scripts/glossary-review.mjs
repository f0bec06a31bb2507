#!/usr/bin/env node
/**
 * Lists every glossary link in the built site with the words around it, one per line (page, entry, context), so
 * a reviewer can spot a form linked in the wrong sense ("weight decay", "a temperature") and add an exception to
 * the entry. Run after `npm run build`: `node scripts/glossary-review.mjs [en|zh]` (English by default).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const edition = process.argv[2] === 'zh' ? 'zh' : 'en';

/** Every index.html under dir, as site paths. */
function pages(dir, path = '/') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? pages(join(dir, entry.name), `${path}${entry.name}/`)
      : entry.name === 'index.html'
        ? [path]
        : [],
  );
}

const LINK = /(.{0,40})<a href="[^"]*glossary\/#([a-z0-9-]+)" class="glossary-term">([^<]*)<\/a>(.{0,30})/g;
for (const path of pages('dist').filter((p) => p.startsWith('/zh/') === (edition === 'zh'))) {
  // Keep only the links, so the context reads as text.
  const html = readFileSync(join('dist', path, 'index.html'), 'utf8').replace(/<(?!a\b|\/a\b)[^>]*>/g, '');
  for (const [, before, id, text, after] of html.matchAll(LINK)) {
    const plain = (s) => s.replace(/<[^>]*>/g, '');
    console.log(`${path}\t${id}\t…${plain(before)}[${text}]${plain(after)}`);
  }
}
