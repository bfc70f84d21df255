// Bundles the CLI (dist/src/cli/main.js and what it imports) into dist/cli/ as CommonJS, one chunk per lazily loaded
// command or format, and an entry of its own (boot.cjs, src/cache/code.ts) that loads the others with V8's code
// cache. Node's ES module loader spends about a millisecond per module file (resolving, reading asynchronously,
// linking), and a cold start compiles every function it calls; CommonJS code can be compiled with `vm.Script` and a
// code cache (Node 20 has no code cache for ES modules), which took a sixth off a one-file check. bin/ringfence.js
// uses the bundle when it is at least as new as dist/src, else the modules themselves. Run by `npm run build` after
// tsc. The bundle is an optimisation only: without rolldown (a development dependency, which needs Node 20.19 or
// newer), or if bundling fails, it leaves no bundle and the CLI runs unbundled.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const out = path.join(dist, 'cli');

let rolldown;
let parseAst;
const unbundled = (why) => {
  rmSync(out, { recursive: true, force: true });
  process.stderr.write(`bundle: ${why}; the CLI runs from dist/src unbundled\n`);
  process.exit(0);
};
try {
  ({ rolldown } = await import('rolldown'));
  ({ parseAst } = await import('rolldown/parseAst'));
} catch {
  unbundled('rolldown is not available');
}

/** Start and end of every `import.meta.url` in a module. */
function importMetaUrls(code) {
  const found = [];
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    if (node.type === 'MemberExpression' && !node.computed && node.object?.type === 'MetaProperty' && node.object.meta?.name === 'import' && node.property?.name === 'url') {
      found.push([node.start, node.end]);
      return;
    }
    for (const value of Object.values(node)) if (value !== null && typeof value === 'object') visit(value);
  };
  visit(parseAst(code));
  return found.sort((a, b) => b[0] - a[0]);
}

/**
 * Each module keeps its own import.meta.url: code that finds files next to itself (the package root, the
 * formats that worker threads load by URL, createRequire) sees the same paths bundled as unbundled.
 */
const ownUrls = {
  name: 'own-import-meta-url',
  transform(code, id) {
    if (!code.includes('import.meta')) return null;
    const relative = path.relative(out, id).split(path.sep).join('/');
    let result = code;
    for (const [start, end] of importMetaUrls(code)) result = `${result.slice(0, start)}new URL(${JSON.stringify(relative)}, import.meta.url).href${result.slice(end)}`;
    return { code: result, map: null };
  },
};

rmSync(out, { recursive: true, force: true });
try {
  const bundle = await rolldown({
    input: { main: path.join(dist, 'src', 'cli', 'main.js'), boot: path.join(dist, 'src', 'cache', 'code.js') },
    platform: 'node',
    // Packages and Node's modules stay imports; only ringfence's own modules are bundled.
    external: (id) => !id.startsWith('.') && !path.isAbsolute(id) && !id.startsWith('file:'),
    plugins: [ownUrls],
    logLevel: 'warn',
  });
  await bundle.write({
    dir: out,
    format: 'cjs',
    // import() of packages and of the formats' modules by URL stays import() (src/util/import-module.ts lends it).
    dynamicImportInCjs: true,
    entryFileNames: '[name].cjs',
    chunkFileNames: '[name]-[hash].cjs',
    // ASCII source stays a one-byte string in V8, which scans faster; comments are only weight here.
    charset: 'ascii',
    comments: false,
    // The engine, loading and standard modules and the helpers commands share in one chunk (a check needs nearly
    // all of them); each command and each format in its own.
    codeSplitting: {
      groups: [
        // The entry's own import, apart, so that help and unknown commands load nothing else.
        { name: 'usage-error', test: /[\\/]dist[\\/]src[\\/]cli[\\/]usage-error\.js$/, priority: 1 },
        // The code cache, its store and the package's paths, apart: boot.cjs needs them before anything else is loaded.
        { name: 'cache', test: /[\\/]dist[\\/]src[\\/](cache[\\/](store|code)|paths)\.js$/, priority: 1 },
        // The artifact readers (src/artifacts/<kind>/, and what only they use) and the importers (src/import/<kind>/)
        // stay out of it: each is its own chunk, loaded when an input of its kind is present.
        { name: 'core', test: /[\\/]dist[\\/](src[\\/](?!cli[\\/]|artifacts[\\/](?!kinds\.js$|types\.js$)|import[\\/](?!index\.js$|kinds\.js$|types\.js$|overlay[\\/]))|src[\\/]cli[\\/](args|format-problem|progress)\.js$|reporters[\\/]sanitize\.js$)/ },
      ],
    },
  });
  await bundle.close();
} catch (error) {
  unbundled(`bundling failed (${error?.message ?? error})`);
}
