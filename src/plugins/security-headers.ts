/** An Astro integration that writes dist/_headers from src/lib/site/security.ts once the build is done. */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/site/security';

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(new URL('_headers', dir), headersFile());
        logger.info('wrote _headers');
      },
    },
  };
}
