import type { ObservedRollout, Subject } from '../src/model/report.js';
import { esc } from './html-kit.js';

/**
 * The observed timeline of a vendor manifest's rollouts (Subject.observedRollouts, from a release history among
 * the artifacts): one chart per channel, the population each release reached over the hours since its first ring
 * started, on a logarithmic scale (first rings are hundredths of a percent, the last is 100). Inline SVG labelled by
 * its own <title> and <desc>, the same numbers in a table beside it; no script, no external asset. Every string
 * is the vendor's and escaped.
 */
export function rolloutTimelineSection(x: Pick<Subject, 'observedRollouts' | 'name' | 'file'>, p: string, h = 3): string {
  const rollouts = x.observedRollouts ?? [];
  if (rollouts.length === 0) return '';
  const byChannel = new Map<string, ObservedRollout[]>();
  for (const r of rollouts) byChannel.set(r.channel, [...(byChannel.get(r.channel) ?? []), r]);
  const parts: string[] = [`<h${h} id="${p}-rh">Observed rollouts</h${h}>`, '<p class="small muted">From the vendor\'s release history: the share of each channel\'s hosts each release had reached, over the hours since its first ring started (logarithmic scale; a cross marks a halt).</p>'];
  let k = 0;
  for (const [channel, list] of byChannel) {
    const id = `${p}-rt${k++}`;
    parts.push(`<div class="chart">${chart(id, `Observed rollouts of channel ${channel}`, list)}</div>`);
    parts.push(table(list));
  }
  return parts.join('');
}

const palette = ['#1d4f91', '#b4531c', '#2f7d4f', '#7a3e9d', '#a1223b', '#33707a', '#6b5d1e', '#4a5563'];
const n = (v: number) => (Math.round(v * 10) / 10).toString();
const ms = (s: string) => Date.parse(s);
const pctText = (v: number | null) => (v === null ? 'unknown' : `${v < 1 ? Number(v.toPrecision(2)) : Math.round(v * 10) / 10}%`);
const hoursText = (h: number) => (h < 48 ? `${Math.round(h * 10) / 10} h` : `${Math.round((h / 24) * 10) / 10} d`);

/** Points (hours since the first start, percent) of one release: the population steps up over each ring's deployment. */
function steps(r: ObservedRollout): { t: number; pct: number }[] {
  const t0 = ms(r.rings[0]!.start);
  const out: { t: number; pct: number }[] = [];
  let before = 0;
  for (const ring of r.rings) {
    if (ring.pct === null) continue;
    const a = (ms(ring.start) - t0) / 3_600_000;
    const b = ring.end ? (ms(ring.end) - t0) / 3_600_000 : a;
    out.push({ t: a, pct: before }, { t: b, pct: ring.pct });
    before = ring.pct;
  }
  return out;
}

function chart(id: string, title: string, list: ObservedRollout[]): string {
  const width = 640;
  const height = 240;
  const left = 52;
  const right = 16;
  const top = 12;
  const bottom = 34;
  const lines = list.map(steps);
  const span = Math.max(1, ...lines.flat().map((q) => q.t), ...list.map((r) => (r.halted ? (ms(r.halted) - ms(r.rings[0]!.start)) / 3_600_000 : 0)));
  const minPct = 0.01;
  const y = (pct: number) => {
    const v = Math.log10(Math.max(minPct, pct));
    return top + ((2 - v) / (2 - Math.log10(minPct))) * (height - top - bottom);
  };
  const xOf = (t: number) => left + (t / span) * (width - left - right);
  const out: string[] = [];
  out.push(`<svg class="rollouts" style="max-width:100%;height:auto;font-family:inherit" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-t ${id}-d">`);
  out.push(`<title id="${id}-t">${esc(title)}</title>`);
  out.push(
    `<desc id="${id}-d">${list
      .map((r) => `${esc(r.release)}${r.emergency ? ' (emergency)' : ''}: ${r.rings.map((g) => `${esc(g.name)} ${pctText(g.pct)} at ${hoursText((ms(g.end ?? g.start) - ms(r.rings[0]!.start)) / 3_600_000)}`).join(', ')}${r.halted ? `; halted at ${hoursText((ms(r.halted) - ms(r.rings[0]!.start)) / 3_600_000)}` : ''}`)
      .join('; ')}</desc>`,
  );
  for (const pct of [0.01, 0.1, 1, 10, 100]) {
    out.push(`<line x1="${left}" y1="${n(y(pct))}" x2="${width - right}" y2="${n(y(pct))}" stroke="#d5dae1" stroke-width="1"${pct === 100 ? '' : ' stroke-dasharray="2 3"'}/>`);
    out.push(`<text x="${left - 6}" y="${n(y(pct) + 3.5)}" text-anchor="end" font-size="10" fill="#4a5563">${pct}%</text>`);
  }
  for (let i = 0; i <= 4; i++) {
    const t = (span * i) / 4;
    out.push(`<text x="${n(xOf(t))}" y="${height - bottom + 14}" text-anchor="middle" font-size="10" fill="#4a5563">${hoursText(t)}</text>`);
  }
  out.push(`<text x="${n(left + (width - left - right) / 2)}" y="${height - 4}" text-anchor="middle" font-size="10" fill="#4a5563">time since the first ring started</text>`);
  list.forEach((r, i) => {
    const colour = palette[i % palette.length]!;
    const pts = lines[i]!;
    if (pts.length) {
      // The population holds between rings: each step's level continues to the next ring's start.
      const d = pts.map((q, j) => `${j === 0 ? 'M' : 'L'}${n(xOf(q.t))} ${n(y(q.pct))}`).join(' ');
      out.push(`<path d="${d}" fill="none" stroke="${colour}" stroke-width="2"${r.emergency ? ' stroke-dasharray="5 3"' : ''}/>`);
    }
    if (r.halted) {
      const hx = xOf((ms(r.halted) - ms(r.rings[0]!.start)) / 3_600_000);
      const hy = y(pts.length ? pts[pts.length - 1]!.pct : minPct);
      out.push(`<path d="M${n(hx - 4)} ${n(hy - 4)} L${n(hx + 4)} ${n(hy + 4)} M${n(hx - 4)} ${n(hy + 4)} L${n(hx + 4)} ${n(hy - 4)}" stroke="#a1223b" stroke-width="2"/>`);
    }
  });
  out.push('</svg>');
  return out.join('');
}

function table(list: ObservedRollout[]): string {
  const rows = list.map((r, i) => {
    const t0 = ms(r.rings[0]!.start);
    const rings = r.rings.map((g) => `${esc(g.name)} ${pctText(g.pct)}${g.declaredPct ? ' (declared)' : ''} by ${hoursText((ms(g.end ?? g.start) - t0) / 3_600_000)}`).join(' → ');
    const swatch = `<span aria-hidden="true" style="color:${palette[i % palette.length]}">■</span> `;
    const outcome = r.halted ? `halted at ${hoursText((ms(r.halted) - t0) / 3_600_000)}${r.rolledBack ? ', rolled back' : ''}` : '';
    return `<tr><td>${swatch}<code>${esc(r.release)}</code>${r.emergency ? ' <span class="small muted">emergency</span>' : ''}</td><td>${esc(r.rings[0]!.start.replace('T', ' ').replace(/:00\.000Z$/, 'Z'))}</td><td>${rings}</td><td>${outcome}</td></tr>`;
  });
  return `<details><summary>The releases (${list.length}, from <code>${esc(list[0]!.artifact)}</code>)</summary><table><thead><tr><th>Release</th><th>Started (UTC)</th><th>Rings: population reached</th><th>Outcome</th></tr></thead><tbody>${rows.join('')}</tbody></table></details>`;
}
