/**
 * A copy of a string in one piece of its own. V8 keeps a slice as a view of the whole string it was cut from, and a
 * string built with `+` or a template literal as a tree of its pieces; either can hold several times its own size.
 * Use it for what a run keeps until it ends (what a batch learnt about every file, one gate reason or SARIF subject
 * line per document), not for what dies young.
 */
export function detach(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}
