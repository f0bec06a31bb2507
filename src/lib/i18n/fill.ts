/**
 * Fills `{name}` placeholders in a string-table template. Client scripts receive their strings as JSON
 * (see index.ts), which cannot carry message functions, so messages that need numbers are templates.
 * An unknown placeholder is left as written, so a typo shows on the page instead of vanishing.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
