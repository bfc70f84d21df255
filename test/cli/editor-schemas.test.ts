import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { root, runCli, tempDir } from '../helpers.js';

/** The schema a yaml-language-server modeline names, resolved the way the language server resolves it. */
function modelineSchema(text: string, file: string | undefined): string {
  const m = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
  expect(m, text.slice(0, 200)).not.toBeNull();
  const ref = m![1]!;
  if (ref.startsWith('file:')) return fileURLToPath(ref);
  expect(ref).not.toMatch(/^[a-z][a-z0-9+.-]*:\/\//i);
  if (path.isAbsolute(ref)) return ref;
  expect(file, `a relative $schema (${ref}) needs a file to be relative to`).toBeDefined();
  return path.resolve(path.dirname(file!), ref);
}

describe('editor schemas without a network', () => {
  it('the templates name their schema relative to themselves, inside the package', () => {
    for (const [template, schema] of [['vendor-manifest.yaml', 'vendor-manifest.schema.json'], ['deployment-config.yaml', 'deployment-config.schema.json']]) {
      const file = path.join(root, 'templates', template!);
      expect(modelineSchema(readFileSync(file, 'utf8'), file)).toBe(path.join(root, 'schemas', schema!));
    }
  });

  it('init -o writes a modeline relative to the written file, to this installation’s schema, at any depth', () => {
    const dir = tempDir('init-modeline');
    mkdirSync(path.join(dir, 'deep', 'er'), { recursive: true });
    for (const [kind, schema, out] of [
      ['vendor', 'vendor-manifest.schema.json', path.join(dir, 'vendor.yaml')],
      ['deployment', 'deployment-config.schema.json', path.join(dir, 'deep', 'er', 'deployment.yaml')],
    ] as const) {
      const w = runCli(['init', kind, '-o', out]);
      expect(w.code, w.stderr).toBe(0);
      const text = readFileSync(out, 'utf8');
      expect(text).toMatch(/^# yaml-language-server: \$schema=\.\.\/[^\s]*\n/);
      expect(modelineSchema(text, out)).toBe(path.join(root, 'schemas', schema));
      // The rest of the template is as shipped.
      const shipped = readFileSync(path.join(root, 'templates', `${kind === 'vendor' ? 'vendor-manifest' : 'deployment-config'}.yaml`), 'utf8');
      expect(text.slice(text.indexOf('\n'))).toBe(shipped.slice(shipped.indexOf('\n')));
    }
    // Relative to the working directory, as a user types it.
    const rel = runCli(['init', 'vendor', '-o', 'v.yaml'], { cwd: path.join(dir, 'deep') });
    expect(rel.code, rel.stderr).toBe(0);
    expect(modelineSchema(readFileSync(path.join(dir, 'deep', 'v.yaml'), 'utf8'), path.join(dir, 'deep', 'v.yaml'))).toBe(path.join(root, 'schemas', 'vendor-manifest.schema.json'));
  });

  it('init to standard output names the schema by its absolute path, which works wherever the text is saved', () => {
    const r = runCli(['init', 'deployment']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# yaml-language-server: \$schema=\/\S+\/schemas\/deployment-config\.schema\.json\n/);
    expect(modelineSchema(r.stdout, undefined)).toBe(path.join(root, 'schemas', 'deployment-config.schema.json'));
  });

  it('schema --write DIR writes every bundled schema, byte for byte; init --schema-dir points at that copy', () => {
    const dir = tempDir('schema-write');
    const target = path.join(dir, 'editor', 'schemas');
    const w = runCli(['schema', '--write', target]);
    expect(w.code, w.stderr).toBe(0);
    const bundled = readdirSync(path.join(root, 'schemas')).filter((f) => f.endsWith('.schema.json')).sort();
    expect(bundled.length).toBeGreaterThanOrEqual(9);
    expect(readdirSync(target).sort()).toEqual(bundled);
    for (const f of bundled) expect(readFileSync(path.join(target, f), 'utf8')).toBe(readFileSync(path.join(root, 'schemas', f), 'utf8'));
    expect(w.stderr).toBe(bundled.map((f) => `wrote ${path.join(target, f)}\n`).join(''));
    // Again: ringfence's own schemas are replaced without --force.
    expect(runCli(['schema', '--write', target]).code).toBe(0);

    const out = path.join(dir, 'project', 'vendor.yaml');
    mkdirSync(path.dirname(out));
    const init = runCli(['init', 'vendor', '--schema-dir', target, '-o', out]);
    expect(init.code, init.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../editor/schemas/vendor-manifest.schema.json');
    expect(modelineSchema(text, out)).toBe(path.join(target, 'vendor-manifest.schema.json'));
    // The file validates against the schema it names (no schema problems).
    const check = runCli(['check', out, '--as-of', '2026-11-25']);
    expect(check.stdout + check.stderr).not.toMatch(/\[schema\]/);
  });

  it('a path with a space is named by a file: URL, since a space ends the modeline’s value', () => {
    const dir = tempDir('schema space');
    const target = path.join(dir, 'my schemas');
    expect(runCli(['schema', '--write', target]).code).toBe(0);
    const out = path.join(dir, 'v.yaml');
    expect(runCli(['init', 'vendor', '--schema-dir', target, '-o', out]).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=file:\/\/\/\S+\/my%20schemas\/vendor-manifest\.schema\.json$/);
    expect(modelineSchema(text, out)).toBe(path.join(target, 'vendor-manifest.schema.json'));
  });

  it('refuses what would lose a user’s file or point nowhere, in one line, exit 2', () => {
    const dir = tempDir('schema-refuse');
    const missing = runCli(['init', 'vendor', '--schema-dir', path.join(dir, 'nothing'), '-o', path.join(dir, 'v.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`ringfence: ${path.join(dir, 'nothing')} has no vendor-manifest.schema.json; write the schemas there first with \`ringfence schema --write ${path.join(dir, 'nothing')}\`\n`);
    expect(readdirSync(dir)).toEqual([]);

    const target = path.join(dir, 'schemas');
    mkdirSync(target);
    writeFileSync(path.join(target, 'rule.schema.json'), '{"$id": "https://schemas.example.org/mine.json"}\n');
    const refused = runCli(['schema', '--write', target]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`ringfence: ${path.join(target, 'rule.schema.json')} exists and is not a ringfence schema; use --force to overwrite it\n`);
    // Nothing was written: the refusal comes before any file.
    expect(readdirSync(target)).toEqual(['rule.schema.json']);
    expect(runCli(['schema', '--write', target, '--force']).code).toBe(0);
    expect(readFileSync(path.join(target, 'rule.schema.json'), 'utf8')).toBe(readFileSync(path.join(root, 'schemas', 'rule.schema.json'), 'utf8'));

    writeFileSync(path.join(dir, 'a-file'), 'x');
    const file = runCli(['schema', '--write', path.join(dir, 'a-file')]);
    expect(file.code).toBe(2);
    expect(file.stderr).toBe(`ringfence: ${path.join(dir, 'a-file')} is a file, not a folder\n`);
    const noFolder = runCli(['init', 'vendor', '-o', path.join(dir, 'no', 'such', 'v.yaml')]);
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toBe(`ringfence: cannot write ${path.join(dir, 'no', 'such', 'v.yaml')}: ENOENT\n`);

    const both = runCli(['schema', 'vendor', '--write', target]);
    expect(both.code).toBe(2);
    expect(both.stderr).toBe('ringfence: schema --write writes every schema; leave out the kind (given: vendor)\n');
  });
});
