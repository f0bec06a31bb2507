/**
 * The Content-Security-Policy and hardening headers, in one place: BaseLayout puts the policy in a <meta>
 * (so it also holds under `astro preview` and in tests), and the headers integration writes dist/_headers
 * with the same policy plus what only a header can say (frame-ancestors).
 */

/** Directives valid in a <meta> policy. No 'unsafe-inline' for scripts: every script is a file of ours. */
export const cspDirectives: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  // Pagefind's search index is WebAssembly, which needs 'wasm-unsafe-eval' (not eval of JavaScript).
  'script-src': "'self' 'wasm-unsafe-eval'",
  // KaTeX positions glyphs with style attributes, so inline styles are allowed; scripts are not.
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

const serialize = (directives: Readonly<Record<string, string>>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

/** The policy for <meta http-equiv="Content-Security-Policy">. */
export const cspMeta = serialize(cspDirectives);

/** The policy as an HTTP header: a frame-ancestors directive is honoured only there. */
export const cspHeader = serialize({ ...cspDirectives, 'frame-ancestors': "'none'" });

/** Headers for every path on a static host that reads a Netlify/Cloudflare-style `_headers` file. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': cspHeader,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Frame-Options': 'DENY',
};

/** The `_headers` file: every header for every path. */
export function headersFile(): string {
  const lines = Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`);
  return `/*\n${lines.join('\n')}\n`;
}
