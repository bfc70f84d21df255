import { describe, expect, it } from 'vitest';
import { HclSyntaxError, parseHcl, type HclExpr } from '../../src/import/falcon/hcl.js';

function errorOf(text: string): { offset: number; message: string } {
  try {
    parseHcl(text);
  } catch (e) {
    if (e instanceof HclSyntaxError) return { offset: e.offset, message: e.message };
    throw e;
  }
  throw new Error('parsed without error');
}

function lineCol(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset).split('\n');
  return [before.length, before.at(-1)!.length + 1];
}

describe('the HCL reader', () => {
  it('reads blocks, labels, attributes and nested objects, with the offsets of each', () => {
    const text = [
      '# a comment',
      'resource "crowdstrike_content_update_policy" "dc" {',
      '  name = "Domain Controllers" // trailing comment',
      '  /* a block',
      '     comment */',
      '  system_critical = {',
      '    ring_assignment = "ga"',
      '    delay_hours     = 0',
      '  }',
      '  host_groups = [crowdstrike_host_group.dc.id, "literal"]',
      '}',
      '',
    ].join('\n');
    const body = parseHcl(text);
    const block = body.blocks[0]!;
    expect([block.type, ...block.labels]).toEqual(['resource', 'crowdstrike_content_update_policy', 'dc']);
    const sc = block.body.attributes.find((a) => a.name === 'system_critical')!.expr;
    expect(sc.kind).toBe('object');
    const delay = (sc as Extract<HclExpr, { kind: 'object' }>).items.find((i) => i.key === 'delay_hours')!.value;
    expect(delay).toMatchObject({ kind: 'literal', value: 0 });
    expect(lineCol(text, delay.start)).toEqual([8, 23]);
    const groups = block.body.attributes.find((a) => a.name === 'host_groups')!.expr as Extract<HclExpr, { kind: 'tuple' }>;
    expect(groups.items[0]).toMatchObject({ kind: 'traversal', parts: ['crowdstrike_host_group', 'dc', 'id'] });
    expect(groups.items[1]).toMatchObject({ kind: 'literal', value: 'literal' });
  });

  it('keeps "${x}" as the reference, and templates, calls, operators, conditionals and for-expressions as not evaluated', () => {
    const body = parseHcl(
      [
        'a = "${var.delay}"',
        'b = "x-${var.delay}"',
        'c = max(1, 2)',
        'd = var.x + 1',
        'e = var.on ? 0 : 24',
        'f = [for g in var.groups : g.id]',
        'g = { for k, v in var.m : k => v }',
        'h = -4',
        'i = <<-EOT',
        '    heredoc text',
        '    EOT',
        'j = "escaped $${not} \\u00e9"',
      ].join('\n'),
    );
    const kinds = Object.fromEntries(body.attributes.map((a) => [a.name, a.expr.kind === 'literal' ? a.expr.value : a.expr.kind]));
    expect(kinds).toEqual({ a: 'traversal', b: 'other', c: 'other', d: 'other', e: 'other', f: 'other', g: 'other', h: -4, i: 'heredoc text\n', j: 'escaped ${not} é' });
  });

  it.each([
    ['an unclosed string', 'name = "Domain\n', [1, 8], /string is never closed/],
    ['a missing "="', 'resource "x" "y" {\n  name "z"\n}\n', [2, 11], /expected "=" or "\{"/],
    ['an unclosed block', 'resource "x" "y" {\n  name = "z"\n', [3, 1], /never closed/],
    ['a stray "}"', 'a = 1\n}\n', [2, 1], /no block is open/],
    ['two values on one line', 'a = 1 b = 2\n', [1, 7], /new line after the value/],
    ['an attribute set twice', 'x {\n  delay_hours = 24\n  delay_hours = 0\n}\n', [3, 3], /set twice.*readers disagree/],
    ['a key set twice in an object', 'a = {\n  ring_assignment = "ga"\n  ring_assignment = "ea"\n}\n', [3, 3], /set twice/],
    ['an unterminated comment', 'a = 1\n/* open', [2, 1], /never closed/],
    ['a bad escape', 'a = "\\q"\n', [1, 6], /unknown escape/],
  ])('refuses %s with its position', (_what, text, position, message) => {
    const e = errorOf(text);
    expect(lineCol(text, e.offset)).toEqual(position);
    expect(e.message).toMatch(message);
  });

  it('refuses nesting deeper than its bound, at the place it is exceeded, without recursing further', () => {
    const deepBlocks = `${'a {\n'.repeat(100)}${'}\n'.repeat(100)}`;
    const e1 = errorOf(deepBlocks);
    expect(e1.message).toMatch(/nest more than 64 deep/);
    expect(lineCol(deepBlocks, e1.offset)[0]).toBe(65);
    const deepList = `a = ${'['.repeat(100_000)}`;
    expect(errorOf(deepList).message).toMatch(/nest more than 64 deep/);
    const deepUnary = `a = ${'!'.repeat(100_000)}true`;
    expect(errorOf(deepUnary).message).toMatch(/nest more than 64 deep/);
  });

  it('reads a large module linearly (20,000 resources)', () => {
    const one = 'resource "crowdstrike_host_group" "g" {\n  name = "G"\n  type = "dynamic"\n  assignment_rule = "tags:\'x\'"\n}\n';
    const text = one.repeat(20_000);
    const body = parseHcl(text);
    expect(body.blocks).toHaveLength(20_000);
    expect(body.blocks[19_999]!.body.attributes).toHaveLength(3);
  });
});
