// Builds the GitHub Action's bundle, action/dist: the Action's two steps (src/cli/github-action.ts and
// github-action-gate.ts), the CLI they run, the worker thread's script, the streaming formats and the precompiled
// schema validators — with every production dependency inside, so that the Action runs from a checkout of this
// repository with no `npm ci` and no TypeScript compile. The bundle is committed (see .gitattributes) and must
// stay byte-for-byte what this script builds from the sources: test/cli/action-bundle.test.ts rebuilds it and
// compares. The standards, schemas, rules and templates it reads are the repository's own folders.
//
//   node scripts/bundle-action.mjs [OUT]      (after `npm run build`; OUT defaults to action/dist)
//
// It bundles the built JavaScript (dist/src, dist/reporters, dist/validators), so run `npm run build` first.
// Two things differ from the npm package: src/layout-action.ts stands in for src/layout.ts (the bundle finds its
// worker, formats, validators and build id among its own files, never in dist/), and the interactive view
// (ink and React, for terminals only) is left out: `--interactive` says it is not in the Action.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const out = path.resolve(process.argv[2] ?? path.join(root, 'action', 'dist'));
const fail = (message) => {
  process.stderr.write(`bundle-action: ${message}\n`);
  process.exit(2);
};
const posix = (p) => p.split(path.sep).join('/');

for (const f of ['src/cli/github-action.js', 'src/layout-action.js', 'src/cache/code-action.js', 'validators/rule.cjs']) {
  if (!existsSync(path.join(dist, f))) fail(`dist/${f} is missing; run \`npm run build\` first`);
}

// The formats that stream (reporters/index.ts), each an entry of its own: check-command and the worker threads
// load them by URL (layout-action.ts names them format-NAME.js).
const formats = [...readFileSync(path.join(root, 'reporters', 'index.ts'), 'utf8').matchAll(/^ {2}(\w+): \{ module: reporterModule\('(\w+)'\)/gm)].map((m) => m[2]);
if (formats.length === 0) fail('found no streaming formats in reporters/index.ts');

const layout = path.join(dist, 'src', 'layout.js');
const interactive = path.join(dist, 'reporters', 'interactive', 'run.js');
// V8's code cache is for the CLI's runs on one machine: the Action requires its modules as they are.
const codeCache = path.join(dist, 'src', 'cache', 'code.js');

/**
 * ringfence loads a few packages lazily with `createRequire(import.meta.url)(name)` (the TypeScript parser, yaml,
 * ajv, re2js): a bundler cannot follow that. Here it becomes a plain `require(name)`, which rolldown bundles and
 * still runs only when called. A module of ours that keeps a createRequire is an error, not a silent miss.
 */
const ownModules = {
  name: 'ringfence-action',
  load(id) {
    if (id === layout) return readFileSync(path.join(dist, 'src', 'layout-action.js'), 'utf8');
    if (id === codeCache) return readFileSync(path.join(dist, 'src', 'cache', 'code-action.js'), 'utf8');
    if (id === interactive) {
      return "export async function runInteractive() { throw new Error('the interactive view is not part of the GitHub Action; run ringfence from npm for it'); }\n";
    }
    return null;
  },
  transform(code, id) {
    if (!id.startsWith(dist + path.sep) || !code.includes('createRequire')) return null;
    let result = code.replace(/^const require = createRequire\(import\.meta\.url\);\n/m, '').replace(/createRequire\(import\.meta\.url\)\(/g, 'require(');
    result = result.replace(/^import \{ createRequire \} from 'node:module';\n/m, '');
    if (result.includes('createRequire')) this.error(`${posix(path.relative(root, id))}: a createRequire the Action bundle cannot follow`);
    return { code: result, map: null };
  },
  // CommonJS packages (TypeScript) read __filename and __dirname, which ES modules do not have: the chunk's own.
  renderChunk(code, chunk) {
    if (!/\b__(filename|dirname)\b/.test(code)) return null;
    if (/\b(var|let|const) __(filename|dirname)\b/.test(code)) this.error(`${chunk.fileName} declares __filename or __dirname itself`);
    const polyfill = "import { fileURLToPath as __ringfenceFileURLToPath } from 'node:url';\nconst __filename = __ringfenceFileURLToPath(import.meta.url);\nconst __dirname = __ringfenceFileURLToPath(new URL('.', import.meta.url));\n";
    return { code: polyfill + code, map: null };
  },
};

const common = {
  cwd: root,
  platform: 'node',
  logLevel: 'warn',
  // Nothing is external but Node's own modules: the Action has no node_modules.
  external: (id) => id.startsWith('node:'),
};
const output = {
  // ASCII, no comments, no minification: the committed files stay readable and diff-free between machines.
  charset: 'ascii',
  comments: { legal: true, annotation: false, jsdoc: false },
  hashCharacters: 'hex',
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

try {
  const esm = await rolldown({
    ...common,
    input: {
      'github-action': path.join(dist, 'src', 'cli', 'github-action.js'),
      'github-action-gate': path.join(dist, 'src', 'cli', 'github-action-gate.js'),
      ringfence: path.join(dist, 'src', 'cli', 'main.js'),
      worker: path.join(dist, 'src', 'engine', 'worker.js'),
      ...Object.fromEntries(formats.map((f) => [`format-${f}`, path.join(dist, 'reporters', `${f}.js`)])),
    },
    plugins: [ownModules],
  });
  await esm.write({ ...output, dir: out, format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunk-[hash].js' });
  await esm.close();

  // The precompiled validators, CommonJS as validate.ts requires them, with ajv's runtime helpers inside.
  const validators = readdirSync(path.join(dist, 'validators')).filter((f) => f.endsWith('.cjs') && f !== 'formats.cjs').sort();
  const cjs = await rolldown({ ...common, input: Object.fromEntries(validators.map((f) => [f.slice(0, -4), path.join(dist, 'validators', f)])) });
  await cjs.write({ ...output, dir: path.join(out, 'validators'), format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'shared-[hash].cjs', exports: 'auto' });
  await cjs.close();
} catch (error) {
  rmSync(out, { recursive: true, force: true });
  fail(`bundling failed: ${error?.message ?? error}`);
}

// The chunks are ES modules wherever the folder is copied; a folder with a package.json but no schemas/ is not
// taken for the package root (src/paths.ts).
writeFileSync(path.join(out, 'package.json'), '{ "type": "module", "private": true }\n');

// The build id keys the compiled-rule cache (src/standard/rule-cache.ts): a digest of the bundle's code.
const hash = createHash('sha256');
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (name.endsWith('.js') || name.endsWith('.cjs')) hash.update(posix(path.relative(out, full))).update('\0').update(readFileSync(full)).update('\0');
    else if (!name.includes('.')) walk(full);
  }
};
walk(out);
writeFileSync(path.join(out, 'build-id'), `action-${hash.digest('hex')}\n`);
