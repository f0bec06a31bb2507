import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
const files = execSync('find dist -name index.html').toString().trim().split('\n');
const prefix = process.argv[2] ?? 'dist/';
for (const f of files.filter((f) => f.startsWith(prefix) && (process.argv[2] || !f.startsWith('dist/zh/')))) {
  const html = readFileSync(f, 'utf8').replace(/<(?!a\b|\/a\b)[^>]*>/g, '');
  for (const m of html.matchAll(/(.{0,40})<a href="[^"]*glossary\/#([a-z0-9-]+)" class="glossary-term">([^<]*)<\/a>(.{0,30})/g))
    console.log(`${f.replace('dist', '').replace('index.html', '')}\t${m[2]}\t…${m[1].replace(/<[^>]*>/g, '')}[${m[3]}]${m[4].replace(/<[^>]*>/g, '')}`);
}
