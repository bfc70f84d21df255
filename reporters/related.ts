import type { Finding, RelatedLocation } from '../src/model/report.js';

/**
 * "also at line 12: declared here: privilege user" for each related position of a finding (the other side of a
 * contradiction), as plain text: each reporter escapes it for its format. The file is named only when it differs
 * from the finding's own (a deployment config's finding that points into its vendor manifest).
 */
export function alsoAt(f: Finding): string[] {
  return (f.related ?? []).map((r) => `also at ${placeOf(f, r)}: ${r.message}`);
}

function placeOf(f: Finding, r: RelatedLocation): string {
  const line = r.location.region.startLine;
  return r.location.file === f.location.file && r.location.documentIndex === f.location.documentIndex ? `line ${line}` : `${r.location.file}:${line}`;
}
