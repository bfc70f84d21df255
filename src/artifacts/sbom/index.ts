import type { Problem, Range } from '../../model/problem.js';
import { recogniseSbom } from '../kinds.js';
import { isObject, readJsonArtifact, typeOf, type JsonArtifact } from '../json-input.js';
import { artifactProblem, type ArtifactFile, type ArtifactReader, type ManifestView, type Observation } from '../types.js';
import { ecosystemLanguages, languageOf, parsePurl } from './purl.js';

/**
 * SBOMs: CycloneDX JSON (1.2–1.7; 1.4–1.6 are the versions in use) and SPDX JSON (2.2/2.3, and 3.0 JSON-LD), read
 * into one inventory: the document's subject (CycloneDX metadata.component, SPDX documentDescribes / DESCRIBES /
 * rootElement), and every package with its package URL, whose type names the ecosystem (cargo → Rust).
 *
 * Set beside a manifest:
 * - `/memorySafety/sbom/format`: an SBOM in the declared format supports it; one in the other format contradicts it.
 * - a component's language, only where the SBOM has an entry for the component itself — an SBOM lists mostly
 *   dependencies, and a Rust agent's SBOM full of C libraries says nothing about the agent's own language. The entry
 *   is the component's when its name, file name or reference (CycloneDX bom-ref, SPDX SPDXID without `SPDXRef-`)
 *   is the component's `binary` (with or without its extension) or `id`, case-insensitive. Its language is the one
 *   a `language` (or `ringfence:language`) property states, else its own package URL's ecosystem's (cargo → rust).
 *   A stated language other than `language.primary` contradicts it; an ecosystem language other than the primary
 *   one contradicts `language` only when the line counts (`language.loc`) do not name it either.
 */

/** The largest SBOM read (an SBOM of 10,000 components with hashes and licences is about 5 MB). */
export const maxSbomBytes = 32 * 1024 * 1024;
/** Most packages read (nested CycloneDX components included). */
export const maxSbomEntries = 100_000;
/** Most problems about single entries reported before the rest are counted in one. */
const maxEntryProblems = 20;

export interface SbomEntry {
  name: string;
  version?: string;
  /** CycloneDX bom-ref or SPDX SPDXID. */
  ref?: string;
  /** CycloneDX component type (application, library, device-driver…) or SPDX primaryPackagePurpose. */
  type?: string;
  /** SPDX packageFileName. */
  fileName?: string;
  /** The package URL, and its JSON Pointer in the SBOM. */
  purl?: { value: string; type: string; pointer: string };
  /** A language the entry states in a property named `language` or `ringfence:language`. */
  language?: { value: string; pointer: string };
  /** JSON Pointer of the entry's name in the SBOM (sbomRange gives its line and column). */
  pointer: string;
}

export interface SbomFacts {
  file: string;
  format: 'cyclonedx' | 'spdx';
  /** `1.6`, `2.3`, `3.0.1`. */
  version: string;
  /** Where the format is stated (bomFormat, spdxVersion, @context). */
  formatAt: Range;
  subject?: SbomEntry;
  entries: SbomEntry[];
  /** Package URL type → entries. */
  ecosystems: Record<string, number>;
  withoutPurl: number;
}

type Read = { facts?: SbomFacts; problems: Problem[] };

/**
 * Where each read SBOM's pointers are, by its facts. Positions are worked out only for the few values an
 * observation names — locating every package of a 10,000-component SBOM up front would cost more than reading it —
 * so the facts stay plain data (pointers) and the locator waits beside them.
 */
const locators = new WeakMap<SbomFacts, JsonArtifact>();

/** The line and column of a pointer of an SBOM read in this process (line 1 when it is not known). */
export function sbomRange(facts: SbomFacts, pointer: string): Range {
  return locators.get(facts)?.at(pointer) ?? { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 };
}

function located(json: JsonArtifact, r: Read): Read {
  if (r.facts) locators.set(r.facts, json);
  return r;
}

export function readSbom(file: ArtifactFile): Read {
  const r = readJsonArtifact(file.file, file.bytes, 'SBOM', { maxBytes: maxSbomBytes }, false);
  if (!r.json) return { problems: r.problems };
  const json = r.json;
  const v = json.value;
  if (!isObject(v)) return { problems: [artifactProblem(file.file, 'artifact-format', `not an SBOM: the document is ${typeOf(v)}, not a mapping`, json.at(''))] };
  if (v['bomFormat'] !== undefined) return located(json, readCycloneDx(file.file, json, v));
  if (v['spdxVersion'] !== undefined) return located(json, readSpdx2(file.file, json, v));
  if (v['@graph'] !== undefined && contextIsSpdx3(v['@context'])) return located(json, readSpdx3(file.file, json, v));
  return { problems: [artifactProblem(file.file, 'artifact-format', 'not an SBOM ringfence reads: no bomFormat (CycloneDX), spdxVersion (SPDX 2) or SPDX 3 @context and @graph', json.at(''))] };
}

/** Collects entries with bounded problems. */
class Inventory {
  readonly entries: SbomEntry[] = [];
  readonly problems: Problem[] = [];
  readonly ecosystems: Record<string, number> = {};
  withoutPurl = 0;
  private skipped = 0;
  tooMany = false;

  constructor(
    readonly file: string,
    readonly json: JsonArtifact,
  ) {}

  warn(message: string, pointer: string): void {
    if (this.problems.length < maxEntryProblems) this.problems.push(artifactProblem(this.file, 'artifact-entry', message, this.json.at(pointer), 'warning'));
    else this.skipped++;
  }

  /** Room for one more entry; false (once, with an error) past the limit. */
  room(): boolean {
    if (this.entries.length < maxSbomEntries) return true;
    if (!this.tooMany) {
      this.tooMany = true;
      this.problems.push(artifactProblem(this.file, 'artifact-too-large', `the SBOM lists more than ${maxSbomEntries} packages; ringfence reads at most ${maxSbomEntries}, so it was not used`));
    }
    return false;
  }

  /** Reads a purl value at `pointer`; a malformed one is a warning and not used. */
  purl(value: unknown, pointer: string): SbomEntry['purl'] {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      this.warn(`purl is ${typeOf(value)}, not a string; the entry is read without it`, pointer);
      return undefined;
    }
    const p = parsePurl(value);
    if (!p) {
      this.warn(`"${clip(value)}" is not a package URL (pkg:type/name@version); the entry is read without it`, pointer);
      return undefined;
    }
    return { value, type: p.type, pointer };
  }

  add(e: SbomEntry): void {
    this.entries.push(e);
    if (e.purl) this.ecosystems[e.purl.type] = (this.ecosystems[e.purl.type] ?? 0) + 1;
    else this.withoutPurl++;
  }

  done(): Problem[] {
    if (this.skipped > 0) this.problems.push(artifactProblem(this.file, 'artifact-entry', `${this.skipped} more entries of the SBOM have problems like the ones above`, undefined, 'warning'));
    return this.problems;
  }
}

function readCycloneDx(file: string, json: JsonArtifact, v: Record<string, unknown>): Read {
  const problems: Problem[] = [];
  if (v['bomFormat'] !== 'CycloneDX') return { problems: [artifactProblem(file, 'artifact-format', `bomFormat is ${clip(JSON.stringify(v['bomFormat']))}, not "CycloneDX"`, json.at('/bomFormat'))] };
  const spec = v['specVersion'];
  if (typeof spec !== 'string' || !/^1\.[2-7]$/.test(spec)) {
    return { problems: [artifactProblem(file, 'artifact-format', `specVersion is ${clip(JSON.stringify(spec ?? null))}; ringfence reads CycloneDX JSON 1.2 to 1.7`, json.at(spec === undefined ? '' : '/specVersion'))] };
  }
  const inv = new Inventory(file, json);
  const entryAt = (c: Record<string, unknown>, pointer: string): SbomEntry | undefined => {
    const name = c['name'];
    if (typeof name !== 'string' || name === '') {
      inv.warn(`a component needs a name (a non-empty string); this one has ${name === undefined ? 'none' : typeOf(name)} and is not read`, pointer);
      return undefined;
    }
    const e: SbomEntry = { name, pointer: `${pointer}/name` };
    if (typeof c['version'] === 'string') e.version = c['version'];
    if (typeof c['bom-ref'] === 'string') e.ref = c['bom-ref'];
    if (typeof c['type'] === 'string') e.type = c['type'];
    const purl = inv.purl(c['purl'], `${pointer}/purl`);
    if (purl) e.purl = purl;
    const props = c['properties'];
    if (props !== undefined && !Array.isArray(props)) inv.warn(`properties is ${typeOf(props)}, not a list`, `${pointer}/properties`);
    if (Array.isArray(props)) {
      const i = props.findIndex((p) => isObject(p) && typeof p['name'] === 'string' && ['language', 'ringfence:language'].includes(p['name'].toLowerCase()));
      const p = i >= 0 ? (props[i] as Record<string, unknown>) : undefined;
      if (p && typeof p['value'] === 'string') e.language = { value: p['value'], pointer: `${pointer}/properties/${i}/value` };
    }
    return e;
  };
  const meta = v['metadata'];
  let subject: SbomEntry | undefined;
  if (meta !== undefined && !isObject(meta)) problems.push(artifactProblem(file, 'artifact-format', `metadata is ${typeOf(meta)}, not a mapping`, json.at('/metadata'), 'warning'));
  if (isObject(meta) && meta['component'] !== undefined) {
    if (isObject(meta['component'])) subject = entryAt(meta['component'], '/metadata/component');
    else inv.warn(`metadata.component is ${typeOf(meta['component'])}, not a mapping`, '/metadata/component');
  }
  // Components nest (a component's own components); walked with an explicit stack, in document order.
  const stack: { list: unknown; pointer: string }[] = [];
  if (v['components'] !== undefined) {
    if (!Array.isArray(v['components'])) return { problems: [artifactProblem(file, 'artifact-format', `components is ${typeOf(v['components'])}, not a list`, json.at('/components'))] };
    stack.push({ list: v['components'], pointer: '/components' });
  }
  while (stack.length && !inv.tooMany) {
    const { list, pointer } = stack.pop()!;
    const items = list as unknown[];
    const nested: { list: unknown; pointer: string }[] = [];
    for (let i = 0; i < items.length; i++) {
      const c = items[i];
      const at = `${pointer}/${i}`;
      if (!isObject(c)) {
        inv.warn(`a component is ${typeOf(c)}, not a mapping; not read`, at);
        continue;
      }
      if (!inv.room()) break;
      const e = entryAt(c, at);
      if (e) inv.add(e);
      if (c['components'] !== undefined) {
        if (Array.isArray(c['components'])) nested.push({ list: c['components'], pointer: `${at}/components` });
        else inv.warn(`components is ${typeOf(c['components'])}, not a list`, `${at}/components`);
      }
    }
    for (let k = nested.length - 1; k >= 0; k--) stack.push(nested[k]!);
  }
  problems.push(...inv.done());
  if (inv.tooMany) return { problems };
  return { facts: { file, format: 'cyclonedx', version: spec, formatAt: json.at('/bomFormat'), ...(subject ? { subject } : {}), entries: inv.entries, ecosystems: inv.ecosystems, withoutPurl: inv.withoutPurl }, problems };
}

function readSpdx2(file: string, json: JsonArtifact, v: Record<string, unknown>): Read {
  const problems: Problem[] = [];
  const spec = v['spdxVersion'];
  if (typeof spec !== 'string' || !/^SPDX-2\.[0-3]$/.test(spec)) {
    return { problems: [artifactProblem(file, 'artifact-format', `spdxVersion is ${clip(JSON.stringify(spec))}; ringfence reads SPDX 2.0 to 2.3 JSON (and SPDX 3 JSON-LD)`, json.at('/spdxVersion'))] };
  }
  const packages = v['packages'] ?? [];
  if (!Array.isArray(packages)) return { problems: [artifactProblem(file, 'artifact-format', `packages is ${typeOf(packages)}, not a list`, json.at('/packages'))] };
  const inv = new Inventory(file, json);
  const byId = new Map<string, SbomEntry>();
  for (let i = 0; i < packages.length; i++) {
    const p = packages[i];
    const at = `/packages/${i}`;
    if (!isObject(p)) {
      inv.warn(`a package is ${typeOf(p)}, not a mapping; not read`, at);
      continue;
    }
    if (!inv.room()) break;
    const name = p['name'];
    if (typeof name !== 'string' || name === '') {
      inv.warn(`a package needs a name (a non-empty string); this one has ${name === undefined ? 'none' : typeOf(name)} and is not read`, at);
      continue;
    }
    const e: SbomEntry = { name, pointer: `${at}/name` };
    if (typeof p['versionInfo'] === 'string') e.version = p['versionInfo'];
    if (typeof p['SPDXID'] === 'string') e.ref = p['SPDXID'];
    if (typeof p['packageFileName'] === 'string') e.fileName = p['packageFileName'];
    if (typeof p['primaryPackagePurpose'] === 'string') e.type = p['primaryPackagePurpose'].toLowerCase();
    const refs = p['externalRefs'];
    if (refs !== undefined && !Array.isArray(refs)) inv.warn(`externalRefs is ${typeOf(refs)}, not a list`, `${at}/externalRefs`);
    if (Array.isArray(refs)) {
      const k = refs.findIndex((r) => isObject(r) && r['referenceType'] === 'purl');
      if (k >= 0) {
        const purl = inv.purl((refs[k] as Record<string, unknown>)['referenceLocator'], `${at}/externalRefs/${k}/referenceLocator`);
        if (purl) e.purl = purl;
      }
    }
    inv.add(e);
    if (e.ref) byId.set(e.ref, e);
  }
  problems.push(...inv.done());
  if (inv.tooMany) return { problems };
  // The subject: documentDescribes (SPDX 2.2), else the DESCRIBES relationship of the document (2.3).
  let subjectId: string | undefined;
  const describes = v['documentDescribes'];
  if (Array.isArray(describes) && typeof describes[0] === 'string') subjectId = describes[0];
  const rels = v['relationships'];
  if (subjectId === undefined && Array.isArray(rels)) {
    const doc = typeof v['SPDXID'] === 'string' ? v['SPDXID'] : 'SPDXRef-DOCUMENT';
    const d = rels.find((r) => isObject(r) && r['spdxElementId'] === doc && r['relationshipType'] === 'DESCRIBES' && typeof r['relatedSpdxElement'] === 'string') as Record<string, unknown> | undefined;
    if (d) subjectId = d['relatedSpdxElement'] as string;
  }
  const subject = subjectId !== undefined ? byId.get(subjectId) : undefined;
  return { facts: { file, format: 'spdx', version: spec.slice(5), formatAt: json.at('/spdxVersion'), ...(subject ? { subject } : {}), entries: inv.entries, ecosystems: inv.ecosystems, withoutPurl: inv.withoutPurl }, problems };
}

function contextIsSpdx3(c: unknown): boolean {
  const list = Array.isArray(c) ? c : [c];
  return list.some((x) => typeof x === 'string' && /^https:\/\/spdx\.org\/rdf\/3\./.test(x));
}

function readSpdx3(file: string, json: JsonArtifact, v: Record<string, unknown>): Read {
  const graph = v['@graph'];
  if (!Array.isArray(graph)) return { problems: [artifactProblem(file, 'artifact-format', `@graph is ${typeOf(graph)}, not a list`, json.at('/@graph'))] };
  const inv = new Inventory(file, json);
  const byId = new Map<string, SbomEntry>();
  let version: string | undefined;
  let roots: unknown;
  for (let i = 0; i < graph.length; i++) {
    const el = graph[i];
    const at = `/@graph/${i}`;
    if (!isObject(el)) {
      inv.warn(`an element is ${typeOf(el)}, not a mapping; not read`, at);
      continue;
    }
    const type = el['type'] ?? el['@type'];
    if (type === 'CreationInfo' && typeof el['specVersion'] === 'string') version ??= el['specVersion'];
    if ((type === 'SpdxDocument' || type === 'software_Sbom') && roots === undefined) roots = el['rootElement'];
    if (type !== 'software_Package') continue;
    if (!inv.room()) break;
    const name = el['name'];
    if (typeof name !== 'string' || name === '') {
      inv.warn(`a package needs a name (a non-empty string); this one has ${name === undefined ? 'none' : typeOf(name)} and is not read`, at);
      continue;
    }
    const e: SbomEntry = { name, pointer: `${at}/name` };
    if (typeof el['software_packageVersion'] === 'string') e.version = el['software_packageVersion'];
    const id = el['spdxId'] ?? el['@id'];
    if (typeof id === 'string') e.ref = id;
    if (typeof el['software_primaryPurpose'] === 'string') e.type = el['software_primaryPurpose'];
    if (el['software_packageUrl'] !== undefined) {
      const purl = inv.purl(el['software_packageUrl'], `${at}/software_packageUrl`);
      if (purl) e.purl = purl;
    } else if (Array.isArray(el['externalIdentifier'])) {
      const ids = el['externalIdentifier'] as unknown[];
      const k = ids.findIndex((x) => isObject(x) && x['externalIdentifierType'] === 'packageUrl');
      if (k >= 0) {
        const purl = inv.purl((ids[k] as Record<string, unknown>)['identifier'], `${at}/externalIdentifier/${k}/identifier`);
        if (purl) e.purl = purl;
      }
    }
    inv.add(e);
    if (e.ref) byId.set(e.ref, e);
  }
  const problems = inv.done();
  if (inv.tooMany) return { problems };
  const rootId = Array.isArray(roots) ? roots[0] : roots;
  const subject = typeof rootId === 'string' ? byId.get(rootId) : undefined;
  const ctx = Array.isArray(v['@context']) ? v['@context'].find((x) => typeof x === 'string') : v['@context'];
  version ??= /rdf\/(3\.[0-9.]+)\//.exec(String(ctx))?.[1] ?? '3';
  return { facts: { file, format: 'spdx', version, formatAt: json.at('/@context'), ...(subject ? { subject } : {}), entries: inv.entries, ecosystems: inv.ecosystems, withoutPurl: inv.withoutPurl }, problems };
}

const formatWords = { cyclonedx: 'CycloneDX', spdx: 'SPDX' } as const;

/** `CycloneDX 1.6 SBOM of aegis-sentinel-windows 9.4.0: 18 packages (cargo 12, conan 3, generic 3)`. */
export function describeSbom(f: SbomFacts): string {
  const eco = Object.entries(f.ecosystems)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 6)
    .map(([t, n]) => `${t} ${n}`);
  if (f.withoutPurl) eco.push(`no purl ${f.withoutPurl}`);
  const of = f.subject ? ` of ${f.subject.name}${f.subject.version ? ` ${f.subject.version}` : ''}` : '';
  return `${formatWords[f.format]} ${f.version} SBOM${of}: ${f.entries.length} package${f.entries.length === 1 ? '' : 's'}${eco.length ? ` (${eco.join(', ')})` : ''}`;
}

/** The names an SBOM entry may give a manifest component by (see the module comment), lower case. */
function namesOf(c: Record<string, unknown>): Set<string> {
  const names = new Set<string>();
  for (const k of ['binary', 'id']) {
    const v = c[k];
    if (typeof v !== 'string' || v === '') continue;
    names.add(v.toLowerCase());
    if (k === 'binary' && /\.[^.]+$/.test(v)) names.add(v.replace(/\.[^.]+$/, '').toLowerCase());
  }
  return names;
}

/** Whether an SBOM entry is the component with these names. */
function isComponent(e: SbomEntry, names: ReadonlySet<string>): boolean {
  if (names.has(e.name.toLowerCase())) return true;
  if (e.fileName !== undefined && names.has(e.fileName.toLowerCase())) return true;
  return e.ref !== undefined && names.has(e.ref.replace(/^SPDXRef-/, '').toLowerCase());
}

export function observeSbom(facts: SbomFacts, manifest: ManifestView): Observation[] {
  const out: Observation[] = [];
  const at = (range: Range) => ({ kind: sbom.kind, title: sbom.title, at: { file: facts.file, region: range } });
  const m = isObject(manifest.value) ? manifest.value : {};
  const ms = isObject(m['memorySafety']) ? m['memorySafety'] : undefined;
  const declared = ms && isObject(ms['sbom']) ? ms['sbom'] : undefined;
  const summary = describeSbom(facts);
  if (declared && typeof declared['format'] === 'string') {
    const ok = declared['format'] === facts.format;
    out.push({
      claim: '/memorySafety/sbom/format',
      result: ok ? 'observed' : 'contradicted',
      observed: ok ? summary : `the SBOM is ${formatWords[facts.format]} ${facts.version}, not ${declared['format'] === 'spdx' ? 'SPDX' : declared['format'] === 'cyclonedx' ? 'CycloneDX' : declared['format']}: ${summary}`,
      artifact: at(facts.formatAt),
    });
  }
  const components = Array.isArray(m['components']) ? (m['components'] as unknown[]) : [];
  const candidates = facts.subject ? [facts.subject, ...facts.entries] : facts.entries;
  components.forEach((c, i) => {
    if (!isObject(c) || !isObject(c['language'])) return;
    const lang = c['language'];
    const primary = typeof lang['primary'] === 'string' ? lang['primary'] : undefined;
    if (primary === undefined) return;
    const names = namesOf(c);
    if (names.size === 0) return;
    const e = candidates.find((x) => isComponent(x, names));
    if (!e) return;
    const who = `the SBOM's entry for ${String(c['id'] ?? c['binary'])} (${e.name}${e.version ? ` ${e.version}` : ''})`;
    if (e.language) {
      const stated = languageOf(e.language.value);
      if (stated === undefined) return;
      out.push({
        claim: `/components/${i}/language/primary`,
        result: stated === primary ? 'observed' : 'contradicted',
        observed: `${who} states language ${e.language.value}${stated === primary ? '' : `, not ${primary}`}`,
        artifact: at(sbomRange(facts, e.language.pointer)),
      });
      return;
    }
    if (!e.purl) return;
    const eco = ecosystemLanguages[e.purl.type];
    if (!eco) return;
    if (eco.language === primary) {
      out.push({ claim: `/components/${i}/language/primary`, result: 'observed', observed: `${who} is ${e.purl.value}, a ${eco.word} package (${e.purl.type})`, artifact: at(sbomRange(facts, e.purl.pointer)) });
      return;
    }
    const loc = isObject(lang['loc']) ? lang['loc'] : {};
    if (typeof loc[eco.language] === 'number' && (loc[eco.language] as number) > 0) return;
    out.push({
      claim: `/components/${i}/language`,
      result: 'contradicted',
      observed: `${who} is ${e.purl.value}, a ${eco.word} package (${e.purl.type}); the component's languages (primary ${primary}${Object.keys(loc).length ? `, lines in ${Object.keys(loc).join(', ')}` : ''}) do not include ${eco.language === 'other' ? eco.word : eco.language}`,
      artifact: at(sbomRange(facts, e.purl.pointer)),
    });
  });
  return out;
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}

export const sbom: ArtifactReader<SbomFacts> = {
  title: 'SBOM',
  kind: 'sbom',
  recognise: recogniseSbom,
  read: readSbom,
  observe: observeSbom,
};
