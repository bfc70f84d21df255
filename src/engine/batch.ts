import { defaultLimits } from '../load/limits.js';
import { displayPath, loadInputText, readTextFile, type InputDocument } from '../load/read-inputs.js';
import { capProblem, type Problem } from '../model/problem.js';
import type { Subject } from '../model/report.js';
import type { Standard } from '../standard/standard.js';
import { asOfDate, type CheckOptions } from './options.js';
import { evaluateSubject, pairingNote } from './subject.js';
import { defaultBudget, oneLine } from './evaluate.js';
import { detach } from '../util/detach.js';
import { HintTable } from './vendor-scan.js';
import { documentsOfImport, isImportedEntry, type ImportedGroup } from '../import/index.js';

/** Where a vendor manifest is, and what a deployment config is matched on. */
export interface VendorEntry {
  fileIndex: number;
  documentIndex: number;
  product: string;
  vendor?: string;
}

export interface OrderedSubject {
  order: [number, number];
  subject: Subject;
  /** The document's schema problems (messages capped), which the text report lists before its findings. */
  problems: readonly Problem[];
}

const none: readonly VendorEntry[] = Object.freeze([]);

/** A file's vendor manifests: the entry itself when it holds one (most do; kept for the whole run), or a list. */
type Manifests = VendorEntry | readonly VendorEntry[];
const entriesOf = (m: Manifests | undefined): readonly VendorEntry[] => (m === undefined ? none : 'fileIndex' in m ? [m] : m);

/**
 * A batch evaluated file by file, in input order: each file is parsed, its documents evaluated and let go. A
 * deployment config is evaluated in place with the first vendor manifest of its product in the whole batch,
 * wherever that is: manifests of files already read are indexed as they pass, and later files are first looked
 * at with a text scan (vendor-scan.ts), so that only a file that may hold the manifest is parsed ahead of its
 * turn. Any range of files can be evaluated on its own (a worker thread evaluates the chunks it is given), with
 * the same result as in a single pass.
 */
export class Batch {
  readonly problems: Problem[] = [];
  private readonly asOfMs: number;
  private readonly budget: number;
  /** The manifests of each file parsed so far (`none` for a file without); undefined: not parsed yet. */
  private readonly manifests: (Manifests | undefined)[];
  /** What a file not parsed yet may hold, from its text. */
  private readonly hints: HintTable;
  /** The vendor manifest of each (product, vendor) asked for: null when the batch holds none. */
  private readonly resolved = new Map<string, VendorEntry | null>();
  /** pairingNote's answers, by (product, vendor). */
  private readonly notes = new Map<string, string | undefined>();
  /** Product and vendor names kept once (see name()). */
  private readonly names = new Map<string, string>();
  /** Parsed files kept for pairing, most recent last; a few suffice, since fleets share few vendors. */
  private readonly recent = new Map<number, { documents: InputDocument[]; problems: Problem[] }>();

  constructor(
    private readonly standard: Standard,
    private readonly options: Pick<CheckOptions, 'asOf' | 'budget' | 'limits' | 'evidence' | 'declaredValues'>,
    private readonly files: readonly string[],
    private readonly explicit: ReadonlySet<string>,
    /** Shared with the other threads of the batch (see HintTable). */
    hints?: SharedArrayBuffer,
    /** The groups of foreign files the import stage mapped, by their entry in `files` (src/import). */
    private readonly imported?: Readonly<Record<string, ImportedGroup>>,
  ) {
    this.asOfMs = Date.parse(`${asOfDate(options.asOf)}T00:00:00Z`);
    this.budget = options.budget ?? defaultBudget;
    this.manifests = new Array<Manifests | undefined>(files.length);
    // An imported group holds DeploymentConfigs only: no vendor manifest to find in it.
    this.hints = new HintTable(files, (file) => (isImportedEntry(file) ? '' : readTextFile(file, options.limits ?? defaultLimits).text), hints);
  }

  /** A batch entry as reports name it (an imported group by its first source). */
  private displayName(fileIndex: number): string {
    const file = this.files[fileIndex]!;
    return isImportedEntry(file) ? (this.imported?.[file]?.documents[0]?.sources[0] ?? 'imported files') : displayPath(file);
  }

  /** Parses one file of the batch and indexes its vendor manifests. */
  private load(fileIndex: number): { documents: InputDocument[]; problems: Problem[] } {
    const cached = this.recent.get(fileIndex);
    if (cached) return cached;
    const file = this.files[fileIndex]!;
    const limits = this.options.limits ?? defaultLimits;
    const group = isImportedEntry(file) ? this.imported?.[file] : undefined;
    let loaded: { documents: InputDocument[]; problems: Problem[] };
    if (group) loaded = { documents: documentsOfImport(group), problems: [] };
    else {
      const { text, problem } = readTextFile(file, limits);
      loaded = problem ? { documents: [], problems: [problem] } : loadInputText(text!, displayPath(file), limits, !this.explicit.has(file));
    }
    if (this.manifests[fileIndex] === undefined) {
      const entries: VendorEntry[] = [];
      for (const doc of loaded.documents) {
        if (doc.kind !== 'VendorManifest') continue;
        const meta = metadata(doc);
        if (typeof meta['product'] !== 'string') continue;
        entries.push({ fileIndex, documentIndex: doc.documentIndex, product: this.name(meta['product']), ...(typeof meta['vendor'] === 'string' ? { vendor: this.name(meta['vendor']) } : {}) });
      }
      // Kept for the whole run, one per manifest of the batch: the entry alone, or an array of its own length (one
      // grown by push has room for 17), its names shared.
      this.manifests[fileIndex] = entries.length === 0 ? none : entries.length === 1 ? entries[0]! : entries.slice();
    }
    return loaded;
  }

  /**
   * A name to keep, detached from the text it was read from: one copy of each of the first thousand names (the
   * products and vendors of a fleet repeat), then a copy each (a name that never repeats costs less than its entry).
   */
  private name(s: string): string {
    const known = this.names.get(s);
    if (known !== undefined) return known;
    const kept = detach(s);
    if (this.names.size < 1000) this.names.set(kept, kept);
    return kept;
  }

  /** Keeps a parsed file that holds vendor manifests, for the deployments that come with it. */
  private remember(fileIndex: number, loaded: { documents: InputDocument[]; problems: Problem[] }): void {
    if (this.manifests[fileIndex] === none) return;
    this.recent.delete(fileIndex);
    this.recent.set(fileIndex, loaded);
    if (this.recent.size > 4) this.recent.delete(this.recent.keys().next().value!);
  }

  /** The first vendor manifest of the batch, in input order, of this product (and vendor, when named). */
  private vendorOf(product: string, vendor: string | undefined): VendorEntry | undefined {
    const key = JSON.stringify([product, vendor ?? null]);
    const known = this.resolved.get(key);
    if (known !== undefined) return known ?? undefined;
    let found: VendorEntry | null = null;
    for (let i = 0; i < this.files.length && !found; i++) {
      let entries = this.manifests[i];
      if (entries === undefined) {
        if (!this.hints.mayHold(i, product, vendor)) continue;
        const loaded = this.load(i);
        this.remember(i, loaded);
        entries = this.manifests[i]!;
      }
      found = entriesOf(entries).find((v) => v.product === product && (vendor === undefined || v.vendor === vendor)) ?? null;
    }
    this.resolved.set(key, found);
    return found ?? undefined;
  }

  /**
   * Why a deployment found no vendor manifest (pairingNote), from every manifest of the batch: a failed pairing is
   * rare and its answer is kept, so the files that may hold a manifest of any product are indexed once.
   */
  private pairingNote(meta: Record<string, unknown>): string | undefined {
    const key = JSON.stringify([meta['product'], meta['vendor'] ?? null]);
    if (this.notes.has(key)) return this.notes.get(key);
    // A deployment that names its vendor, where the batch has a manifest of its product by some vendor: the note
    // names the first such manifest's vendor (pairingNote's first case), whatever the other manifests are. Only
    // the files the scan says may hold that product are parsed to find it, in input order — not every manifest.
    const product = meta['product'];
    if (typeof product === 'string' && typeof meta['vendor'] === 'string') {
      for (let i = 0; i < this.files.length; i++) {
        if (this.manifests[i] === undefined) {
          if (!this.hints.mayHold(i, product, undefined)) continue;
          this.load(i);
        }
        const first = entriesOf(this.manifests[i]).find((v) => v.product === product && v.vendor !== undefined);
        if (first) {
          const note = pairingNote(meta, [{ product: first.product, vendor: first.vendor }]);
          this.notes.set(key, note);
          return note;
        }
      }
    }
    const all: Record<string, unknown>[] = [];
    for (let i = 0; i < this.files.length; i++) {
      if (this.manifests[i] === undefined) {
        if (!this.hints.mayHoldAny(i)) continue;
        this.load(i);
      }
      for (const v of entriesOf(this.manifests[i])) all.push({ product: v.product, ...(v.vendor !== undefined ? { vendor: v.vendor } : {}) });
    }
    const note = pairingNote(meta, all);
    this.notes.set(key, note);
    return note;
  }

  private vendorDocument(entry: VendorEntry): InputDocument | undefined {
    const loaded = this.load(entry.fileIndex);
    this.remember(entry.fileIndex, loaded);
    return loaded.documents.find((d) => d.documentIndex === entry.documentIndex);
  }

  /**
   * Evaluates the documents of one file, in order; its problems are recorded here. Whatever goes wrong with one
   * document — reading its file, evaluating it, or what `emit` does with it (finishing and rendering) — is a
   * problem of that document, positioned on it: the other documents and files are evaluated and written as usual.
   */
  evaluateFile(fileIndex: number, emit: (s: OrderedSubject) => void): void {
    // Not remembered: a file is kept only once a deployment asks for its manifest (vendorDocument), so that
    // the documents of every other file die young, before the garbage collector has to copy them.
    let loaded: { documents: InputDocument[]; problems: Problem[] };
    try {
      loaded = this.load(fileIndex);
    } catch (error) {
      this.problems.push(documentFailure('read', { file: this.displayName(fileIndex) }, error));
      return;
    }
    this.problems.push(...loaded.problems);
    for (const doc of loaded.documents) {
      let r: { subject: Subject; problems: Problem[] };
      try {
        let vendor: InputDocument | undefined;
        let pairing: string | undefined;
        if (doc.kind === 'DeploymentConfig') {
          const meta = metadata(doc);
          if (typeof meta['product'] === 'string') {
            const entry = this.vendorOf(meta['product'], typeof meta['vendor'] === 'string' ? meta['vendor'] : undefined);
            vendor = entry && this.vendorDocument(entry);
            if (!vendor) pairing = this.pairingNote(meta);
          }
        }
        r = evaluateSubject(this.standard, doc, vendor, this.asOfMs, this.budget, this.options.evidence, pairing, this.options.declaredValues === true);
      } catch (error) {
        this.problems.push(documentFailure('evaluated', { file: doc.file, documentIndex: doc.documentIndex, range: doc.locations.get('')?.value }, error));
        continue;
      }
      this.problems.push(...r.problems);
      try {
        emit({ order: [fileIndex, doc.documentIndex], subject: r.subject, problems: r.problems.filter((p) => p.code === 'schema').map(capProblem) });
      } catch (error) {
        this.problems.push(documentFailure('written', { file: doc.file, documentIndex: doc.documentIndex, range: doc.locations.get('')?.value }, error));
      }
    }
  }
}

/**
 * The problem of a document (or file) that could not be read, evaluated or written because something failed
 * unexpectedly (an exception, memory): an error, so the run is never a pass, but the run's alone.
 */
export function documentFailure(stage: 'read' | 'evaluated' | 'written', where: { file: string; documentIndex?: number; range?: Problem['range'] }, error: unknown): Problem {
  const cause = oneLine(String((error as Error)?.message ?? error)).slice(0, 300);
  const what = where.documentIndex === undefined ? 'this file' : 'this document';
  const consequence = stage === 'written' ? 'it was evaluated but is left out of every output' : 'it is in no report';
  return {
    severity: 'error',
    code: 'document-failed',
    file: where.file,
    ...(where.documentIndex !== undefined ? { documentIndex: where.documentIndex } : {}),
    ...(where.range ? { range: where.range } : {}),
    message: `${what} could not be ${stage} (${cause || 'unknown error'}); ${consequence}, and the run is incomplete`,
  };
}

function metadata(doc: InputDocument): Record<string, unknown> {
  const v = doc.value as Record<string, unknown>;
  const m = Object.hasOwn(v, 'metadata') ? v['metadata'] : undefined;
  return m !== null && typeof m === 'object' && !Array.isArray(m) ? (m as Record<string, unknown>) : {};
}
