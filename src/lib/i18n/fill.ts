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

/**
 * The text a one-argument message puts before and after its argument, so a component can wrap the argument in its
 * own element (a `lang="en"` span around English names inside a Chinese sentence). The message is called once with
 * a private-use character that no string table contains; a message that drops its argument gives `after` = ''.
 */
export function aroundValue(message: (value: string) => string): readonly [before: string, after: string] {
  const mark = '\uE000';
  const [before = '', ...rest] = message(mark).split(mark);
  return [before, rest.join(mark)];
}
