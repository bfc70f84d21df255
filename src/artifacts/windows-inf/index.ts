import type { Problem, Range } from '../../model/problem.js';
import { artifactProblem, type ArtifactFile, type ArtifactReader, type ManifestView, type Observation } from '../types.js';
import { entriesOf, parseInf, valueRange, type InfDocument } from './parse.js';

/**
 * Windows driver packages: the INF's service installs, set beside the manifest's components. What an INF says is
 * what Windows does with the driver — the service control manager reads StartType, ServiceType and
 * LoadOrderGroup from it at install — so a manifest that calls a boot-start kernel driver a user service, or lists
 * no component for a driver the package installs, is contradicted by the vendor's own package.
 *
 * Which component a service is: the component whose `binary` is the service's binary file name, else the one
 * whose `id` is the service name (both case-insensitive). A kernel service no component names is a contradiction
 * of the component list itself.
 */

/** One AddService directive of the INF, with its service-install section read. */
export interface InfService {
  name: string;
  at: Range;
  serviceType?: { value: number; at: Range };
  startType?: { value: number; at: Range };
  loadOrderGroup?: { value: string; at: Range };
  /** The binary's file name (from ServiceBinary, e.g. %12%\aegisflt.sys → aegisflt.sys). */
  binary?: { value: string; at: Range };
  /** A minifilter's altitude (an AddReg "Altitude" value), when the package registers one. */
  altitude?: { value: string; at: Range };
}

export interface InfFacts {
  file: string;
  catalogFile?: { value: string; at: Range };
  /** [Version] Class, e.g. AntiMalware, for messages. */
  className?: string;
  services: InfService[];
}

const serviceTypeWords: Record<number, string> = {
  1: 'kernel driver',
  2: 'file system driver',
  16: 'user-mode service (own process)',
  32: 'user-mode service (shared process)',
};
const startTypeWords: Record<number, string> = { 0: 'boot start', 1: 'system start', 2: 'auto start', 3: 'demand start', 4: 'disabled' };

export function readInf(file: ArtifactFile): { facts?: InfFacts; problems: Problem[] } {
  const doc = parseInf(file.file, file.bytes);
  const problems = [...doc.problems];
  if (problems.some((p) => p.severity === 'error')) return { problems };
  if (!doc.sections.has('version')) {
    problems.push(artifactProblem(file.file, 'artifact-format', 'not a driver package INF: it has no [Version] section'));
    return { problems };
  }
  const facts: InfFacts = { file: file.file, services: [] };
  const catalog = entriesOf(doc, 'version', 'CatalogFile')[0] ?? entriesOf(doc, 'version', 'CatalogFile.NT')[0];
  if (catalog?.fields[0]) facts.catalogFile = { value: catalog.fields[0], at: valueRange(catalog) };
  const cls = entriesOf(doc, 'version', 'Class')[0];
  if (cls?.fields[0]) facts.className = cls.fields[0];
  const altitudes = minifilterAltitudes(doc);
  for (const section of doc.sections.values()) {
    for (const e of section.entries) {
      if (e.key?.toLowerCase() !== 'addservice') continue;
      const [name, , install] = e.fields;
      if (!name) {
        problems.push(artifactProblem(file.file, 'artifact-syntax', 'AddService without a service name', valueRange(e)));
        continue;
      }
      const service: InfService = { name, at: valueRange(e) };
      if (!install) {
        // AddService = name, 0x2 (SPSVCINST_ASSOCSERVICE) with no install section only associates a service.
        continue;
      }
      if (!doc.sections.has(install.toLowerCase())) {
        problems.push(artifactProblem(file.file, 'artifact-syntax', `AddService ${name} names the section [${install}], which the INF does not have`, valueRange(e)));
        continue;
      }
      const num = (key: string): { value: number; at: Range } | undefined => {
        const x = entriesOf(doc, install, key)[0];
        if (!x) return undefined;
        const v = parseNumber(x.fields[0] ?? '');
        if (v === undefined) {
          problems.push(artifactProblem(file.file, 'artifact-syntax', `${key} in [${install}] is "${clip(x.raw)}", not a number`, valueRange(x)));
          return undefined;
        }
        return { value: v, at: valueRange(x) };
      };
      const serviceType = num('ServiceType');
      const startType = num('StartType');
      if (serviceType) service.serviceType = serviceType;
      if (startType) service.startType = startType;
      const group = entriesOf(doc, install, 'LoadOrderGroup')[0];
      if (group?.fields[0]) service.loadOrderGroup = { value: group.fields[0], at: valueRange(group) };
      const binary = entriesOf(doc, install, 'ServiceBinary')[0];
      if (binary?.fields[0]) service.binary = { value: baseName(binary.fields[0]), at: valueRange(binary) };
      const altitude = altitudes.get(name.toLowerCase()) ?? (altitudes.size === 1 ? [...altitudes.values()][0] : undefined);
      if (altitude && (serviceType?.value === 2 || serviceType?.value === 1)) service.altitude = altitude;
      facts.services.push(service);
    }
  }
  if (facts.services.length === 0) problems.push(artifactProblem(file.file, 'artifact-empty', 'the INF installs no service (no AddService with an install section), so it says nothing about the components', undefined, 'warning'));
  return { facts, problems };
}

/** `Altitude` values registered by AddReg lines (HKR,"Instances\…","Altitude",0x00000000,"385100"), by the AddReg's service when it can be told. */
function minifilterAltitudes(doc: InfDocument): Map<string, { value: string; at: Range }> {
  const out = new Map<string, { value: string; at: Range }>();
  for (const section of doc.sections.values()) {
    for (const e of section.entries) {
      if (e.key !== undefined) continue;
      const fields = e.fields;
      if (fields.length < 5 || fields[2]?.toLowerCase() !== 'altitude') continue;
      // The AddReg section is usually named after the service (e.g. [AegisFlt.AddRegistry]); key by its first word.
      const owner = section.name.split('.')[0]!.toLowerCase();
      if (!out.has(owner)) out.set(owner, { value: fields[4]!, at: { startLine: e.line, startColumn: e.column, endLine: e.line, endColumn: e.column + e.raw.length } });
    }
  }
  return out;
}

function parseNumber(s: string): number | undefined {
  const t = s.trim();
  if (/^0x[0-9a-f]+$/i.test(t)) return Number.parseInt(t.slice(2), 16);
  if (/^\d+$/.test(t)) return Number.parseInt(t, 10);
  return undefined;
}

function baseName(p: string): string {
  const parts = p.split(/[\\/]/);
  return parts[parts.length - 1]!;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

const kernelTypes = new Set([1, 2]);
const isElam = (s: InfService) => s.loadOrderGroup?.value.toLowerCase() === 'early-launch';

/** Sets each service of the INF beside the component it installs. */
export function observeInf(facts: InfFacts, manifest: ManifestView): Observation[] {
  const out: Observation[] = [];
  const title = inf.title;
  const at = (range: Range) => ({ kind: inf.kind, title, at: { file: facts.file, region: range } });
  const components = Array.isArray((manifest.value as Record<string, unknown> | null)?.['components']) ? ((manifest.value as Record<string, unknown>)['components'] as unknown[]) : [];
  for (const s of facts.services) {
    const kernel = s.serviceType !== undefined && kernelTypes.has(s.serviceType.value);
    const index = components.findIndex((c) => {
      const o = c as Record<string, unknown> | null;
      if (o === null || typeof o !== 'object') return false;
      const bin = typeof o['binary'] === 'string' ? o['binary'].toLowerCase() : undefined;
      if (bin !== undefined && s.binary && bin === s.binary.value.toLowerCase()) return true;
      return typeof o['id'] === 'string' && o['id'].toLowerCase() === s.name.toLowerCase();
    });
    const described = `service ${s.name}${s.binary ? ` (${s.binary.value})` : ''}${s.serviceType ? `, ServiceType ${s.serviceType.value} (${serviceTypeWords[s.serviceType.value] ?? 'other'})` : ''}${s.startType ? `, StartType ${s.startType.value} (${startTypeWords[s.startType.value] ?? 'other'})` : ''}${s.loadOrderGroup ? `, LoadOrderGroup ${s.loadOrderGroup.value}` : ''}`;
    if (index < 0) {
      if (kernel) out.push({ claim: '/components', result: 'contradicted', observed: `the package installs ${described}, and no component has its binary or id`, artifact: at(s.at) });
      continue;
    }
    const c = components[index] as Record<string, unknown>;
    const base = `/components/${index}`;
    const say = (field: string, ok: boolean, words: string, range: Range) => {
      if (c[field] === undefined) return;
      out.push({ claim: `${base}/${field}`, result: ok ? 'observed' : 'contradicted', observed: words, artifact: at(range) });
    };
    say('platform', c['platform'] === 'windows', `a Windows driver package installs ${described}`, s.at);
    if (s.serviceType) {
      const kind = !kernel ? 'user_service' : isElam(s) ? 'elam_driver' : 'kernel_driver';
      say('kind', c['kind'] === kind, `ServiceType ${s.serviceType.value} (${serviceTypeWords[s.serviceType.value] ?? 'other'})${s.loadOrderGroup ? `, LoadOrderGroup ${s.loadOrderGroup.value}` : ''}: ${kind}`, isElam(s) && s.loadOrderGroup ? s.loadOrderGroup.at : s.serviceType.at);
      say('privilege', kernel ? c['privilege'] === 'kernel' || c['privilege'] === 'boot' : c['privilege'] === 'user', `ServiceType ${s.serviceType.value} (${serviceTypeWords[s.serviceType.value] ?? 'other'}): runs in ${kernel ? 'kernel mode' : 'user mode'}`, s.serviceType.at);
    }
    if (s.startType) {
      const boot = s.startType.value === 0 || s.startType.value === 1 || (s.loadOrderGroup !== undefined && isElam(s));
      say('bootStart', c['bootStart'] === boot, `StartType ${s.startType.value} (${startTypeWords[s.startType.value] ?? 'other'}): ${boot ? 'starts at boot' : 'does not start at boot'}`, s.startType.at);
    }
    const signing = c['signing'] as Record<string, unknown> | undefined;
    const win = signing && typeof signing === 'object' ? signing['windows'] : undefined;
    if (kernel && (win === 'whql' || win === 'attestation')) {
      out.push(
        facts.catalogFile
          ? { claim: `${base}/signing/windows`, result: 'observed', observed: `CatalogFile ${facts.catalogFile.value}: the package carries a signed catalog`, artifact: at(facts.catalogFile.at) }
          : { claim: `${base}/signing/windows`, result: 'contradicted', observed: 'no CatalogFile in [Version]: the package has no catalog for Microsoft to sign', artifact: at(s.at) },
      );
    }
  }
  return out;
}

export const inf: ArtifactReader<InfFacts> = {
  title: 'Windows driver package (INF)',
  kind: 'windows-inf',
  recognise: (name) => /\.inf$/i.test(name),
  read: readInf,
  observe: observeInf,
};
