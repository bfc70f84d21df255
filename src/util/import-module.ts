/**
 * `import(specifier)` of a package or of a module by URL (a format's streaming writer). When the CLI runs as its
 * CommonJS bundle (src/cache/code.ts), its code is compiled by `vm.Script` with V8's code cache, and such code has
 * no `import()` of its own: the CLI's entry (bin/ringfence.js) then lends its own. Elsewhere (the modules of
 * dist/src, worker threads, the GitHub Action's bundle) this is `import()`.
 *
 * A module this thread already has in another form can be provided under its URL (`provide`): the formats' modules
 * are loaded by URL so that worker threads can load them, and the bundle also holds them; the thread that runs the
 * bundle then uses its own copy (compiled with the code cache, and not loaded twice).
 */
const provided = new Map<string, () => Promise<unknown>>();

export function provide(specifier: string, load: () => Promise<unknown>): void {
  provided.set(specifier, load);
}

export function importModule<T = Record<string, unknown>>(specifier: string): Promise<T> {
  const own = provided.get(specifier);
  if (own) return own() as Promise<T>;
  const lent = (globalThis as Record<symbol, unknown>)[Symbol.for('ringfence.import')] as ((s: string) => Promise<T>) | undefined;
  return lent ? lent(specifier) : (import(specifier) as Promise<T>);
}
