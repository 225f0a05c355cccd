/** A field as an editor reads it in the notice text: `channels[0].url.fr`. */
export function fieldLabel(parts: readonly PropertyKey[]): string {
  return parts
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
    .join('');
}

/** The raw value at a path of keys, or undefined where the path does not exist. */
export function valueAt(root: unknown, parts: readonly PropertyKey[]): unknown {
  let node = root;
  for (const part of parts) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}

/** A short quotation of a value for a message: long text is cut, lists and objects are shown as […] and {…}. */
export function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (Array.isArray(value)) return '[…]';
  if (value === null) return 'null';
  if (typeof value === 'object') return '{…}';
  return String(value);
}
