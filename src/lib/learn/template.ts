/** String templates for client scripts, which receive strings as JSON and so cannot receive functions. */

/** `template` with every `{name}` replaced by `values[name]`; unknown names are left as they are. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
