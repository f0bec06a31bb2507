import { describe, expect, it } from 'vitest';
import { alternatePaths, basePath, localePath, pathLocale } from '../../src/lib/i18n/paths';

describe('edition paths', () => {
  it('reads the edition from the first segment only', () => {
    expect(pathLocale('/')).toBe('en');
    expect(pathLocale('/compare/')).toBe('en');
    expect(pathLocale('/zh/')).toBe('zh');
    expect(pathLocale('/zh')).toBe('zh');
    expect(pathLocale('/zh/functions/relu/')).toBe('zh');
    // A page whose slug merely starts with "zh" is English.
    expect(pathLocale('/zhang/')).toBe('en');
    expect(pathLocale('/functions/zh/')).toBe('en');
  });

  it('strips the prefix, keeping query and fragment', () => {
    expect(basePath('/zh/compare/?fns=relu#x')).toBe('/compare/?fns=relu#x');
    expect(basePath('/zh/')).toBe('/');
    expect(basePath('/zh')).toBe('/');
    expect(basePath('/learn/relu/')).toBe('/learn/relu/');
  });

  it('moves a path into an edition, idempotently', () => {
    expect(localePath('zh', '/')).toBe('/zh/');
    expect(localePath('zh', '/compare/?fns=relu,gelu')).toBe('/zh/compare/?fns=relu,gelu');
    expect(localePath('zh', '/zh/compare/')).toBe('/zh/compare/');
    expect(localePath('en', '/zh/labs/training/?a=1')).toBe('/labs/training/?a=1');
    expect(localePath('en', '/guides/')).toBe('/guides/');
  });

  it('leaves fragments, external and protocol-relative links alone', () => {
    expect(localePath('zh', '#sources')).toBe('#sources');
    expect(localePath('zh', 'https://arxiv.org/abs/1606.08415')).toBe('https://arxiv.org/abs/1606.08415');
    expect(localePath('zh', '//cdn.example/x.js')).toBe('//cdn.example/x.js');
  });

  it('gives every edition of a page', () => {
    expect(alternatePaths('/zh/functions/gelu/')).toEqual({ en: '/functions/gelu/', zh: '/zh/functions/gelu/' });
    expect(alternatePaths('/')).toEqual({ en: '/', zh: '/zh/' });
  });

  it('sends a not-found page to each edition’s home', () => {
    for (const path of ['/404.html', '/404/', '/404', '/zh/404.html', '/zh/404/'])
      expect(alternatePaths(path)).toEqual({ en: '/', zh: '/zh/' });
    // A page whose slug merely starts with 404 is an ordinary page.
    expect(alternatePaths('/404-guide/')).toEqual({ en: '/404-guide/', zh: '/zh/404-guide/' });
  });
});
