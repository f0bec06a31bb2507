/**
 * Which edition a content file belongs to: English entries sit at the root of content/<collection>/, their
 * Chinese twins in its zh/ folder (src/content.config.ts). Undefined for anything else the Markdown pipeline
 * renders. Shared by the rehype plugins that treat the editions differently.
 */
const CONTENT_FILE = /[\\/]content[\\/](?:functions|guides|learn)[\\/](zh[\\/])?/;

/** @returns {'en' | 'zh' | undefined} */
export function contentEdition(file) {
  const match = CONTENT_FILE.exec(file.path ?? file.history?.[0] ?? '');
  if (match === null) return undefined;
  return match[1] === undefined ? 'en' : 'zh';
}
