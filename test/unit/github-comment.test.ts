import { describe, expect, it } from 'vitest';
import { commentBody, marker, pullRequestNumber } from '../../src/cli/github-comment.js';

describe('the pull request comment body', () => {
  it('starts with a marker that cannot end the HTML comment early, whatever the category', () => {
    expect(marker('ringfence/fleet')).toBe('<!-- ringfence-report ringfence/fleet -->');
    expect(marker('x --> <img src=x>')).toBe('<!-- ringfence-report x_-___img_src_x_ -->');
  });

  it('is cut at a line end, under GitHub\'s limit, with a note, when the report is too long', () => {
    const line = `| ${'x'.repeat(97)} |\n`;
    const body = commentBody('ringfence', line.repeat(1000));
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.startsWith('<!-- ringfence-report ringfence -->\n| x')).toBe(true);
    expect(body).toMatch(/ \|\n\n… the report is longer than a comment can be; the full report is in the job summary\.\n$/);
    expect(commentBody('ringfence', 'short\n')).toBe('<!-- ringfence-report ringfence -->\nshort\n');
  });

  it('takes the pull request number only from a pull request event', () => {
    expect(pullRequestNumber({ pull_request: { number: 7 } })).toBe(7);
    expect(pullRequestNumber({ pull_request: { number: '7' } })).toBeUndefined();
    expect(pullRequestNumber({ pull_request: { number: -1 } })).toBeUndefined();
    expect(pullRequestNumber({ push: {} })).toBeUndefined();
    expect(pullRequestNumber(null)).toBeUndefined();
  });
});
