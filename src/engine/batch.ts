import { defaultLimits } from '../load/limits.js';
import { displayPath, loadInputText, readTextFile, type InputDocument } from '../load/read-inputs.js';
import type { Problem } from '../model/problem.js';
import type { Subject } from '../model/report.js';
import type { Standard } from '../standard/standard.js';
import type { CheckOptions } from './check.js';
import { evaluateSubject } from './check.js';
import { defaultBudget } from './evaluate.js';

/** Where a vendor manifest is, and what a deployment config is matched on. */
export interface VendorEntry {
  fileIndex: number;
  documentIndex: number;
  product: string;
  vendor?: string;
}

/** A deployment config whose vendor manifest comes later in the batch. */
export interface DeferredDeployment {
  fileIndex: number;
  documentIndex: number;
  product?: string;
  vendor?: string;
}

export interface OrderedSubject {
  order: [number, number];
  subject: Subject;
}

/**
 * The streaming evaluation of a batch of files (one Batch per thread). Pass one reads each file, evaluates its
 * documents and lets them go, keeping only a small index of vendor manifests and the deployment configs that
 * wait for a manifest further on. Pass two evaluates those, parsing their files (and the manifests') again.
 */
export class Batch {
  readonly subjects: OrderedSubject[] = [];
  readonly problems: Problem[] = [];
  readonly vendorIndex: VendorEntry[] = [];
  readonly deferred: DeferredDeployment[] = [];
  private readonly asOfMs: number;
  private readonly budget: number;
  /** Parsed files kept for pairing, most recent last; a few suffice, since fleets share few vendors. */
  private readonly recent = new Map<number, InputDocument[]>();

  constructor(
    private readonly standard: Standard,
    private readonly options: Pick<CheckOptions, 'asOf' | 'budget' | 'limits'>,
    private readonly files: readonly string[],
    private readonly explicit: ReadonlySet<string>,
    /** Receives each subject as it is evaluated instead of keeping it (a streamed batch). */
    private readonly sink?: (s: OrderedSubject) => void,
  ) {
    this.asOfMs = Date.parse(`${options.asOf ?? new Date().toISOString().slice(0, 10)}T00:00:00Z`);
    this.budget = options.budget ?? defaultBudget;
  }

  /** Parses one file of the batch; problems are recorded once, on the first pass. */
  private load(fileIndex: number, recordProblems: boolean): InputDocument[] {
    const cached = this.recent.get(fileIndex);
    if (cached) return cached;
    const file = this.files[fileIndex]!;
    const limits = this.options.limits ?? defaultLimits;
    const { text, problem } = readTextFile(file, limits);
    if (problem) {
      if (recordProblems) this.problems.push(problem);
      return [];
    }
    const loaded = loadInputText(text!, displayPath(file), limits, !this.explicit.has(file));
    if (recordProblems) this.problems.push(...loaded.problems);
    return loaded.documents;
  }

  private remember(fileIndex: number, documents: InputDocument[]): void {
    if (!documents.some((d) => d.kind === 'VendorManifest')) return;
    this.recent.delete(fileIndex);
    this.recent.set(fileIndex, documents);
    if (this.recent.size > 4) this.recent.delete(this.recent.keys().next().value!);
  }

  private evaluate(doc: InputDocument, fileIndex: number, vendor: InputDocument | undefined): void {
    const r = evaluateSubject(this.standard, doc, vendor, this.asOfMs, this.budget);
    this.problems.push(...r.problems);
    const ordered: OrderedSubject = { order: [fileIndex, doc.documentIndex], subject: r.subject };
    if (this.sink) this.sink(ordered);
    else this.subjects.push(ordered);
  }

  private vendorDocument(entry: VendorEntry): InputDocument | undefined {
    const docs = this.load(entry.fileIndex, false);
    this.remember(entry.fileIndex, docs);
    return docs.find((d) => d.documentIndex === entry.documentIndex);
  }

  passOne(fileIndex: number): void {
    const documents = this.load(fileIndex, true);
    for (const doc of documents) {
      if (doc.kind === 'VendorManifest') {
        const meta = metadata(doc);
        if (typeof meta['product'] === 'string') {
          this.vendorIndex.push({ fileIndex, documentIndex: doc.documentIndex, product: meta['product'], ...(typeof meta['vendor'] === 'string' ? { vendor: meta['vendor'] } : {}) });
        }
        this.evaluate(doc, fileIndex, undefined);
        continue;
      }
      const meta = metadata(doc);
      const product = typeof meta['product'] === 'string' ? meta['product'] : undefined;
      const vendorName = typeof meta['vendor'] === 'string' ? meta['vendor'] : undefined;
      // The vendor is the first matching manifest in input order: if one came before, it is that one.
      const earlier = product === undefined ? undefined : this.vendorIndex.find((v) => matches(v, product, vendorName));
      if (product === undefined || earlier) {
        this.evaluate(doc, fileIndex, earlier ? this.vendorDocument(earlier) : undefined);
        continue;
      }
      this.deferred.push({ fileIndex, documentIndex: doc.documentIndex, product, ...(vendorName !== undefined ? { vendor: vendorName } : {}) });
    }
    this.remember(fileIndex, documents);
  }

  /** Pairs each deferred deployment with its vendor manifest, now that every manifest is indexed. */
  resolveDeferred(index: readonly VendorEntry[]): { deployment: DeferredDeployment; vendor?: VendorEntry }[] {
    const sorted = [...index].sort((a, b) => a.fileIndex - b.fileIndex || a.documentIndex - b.documentIndex);
    return this.deferred.map((d) => {
      const vendor = sorted.find((v) => matches(v, d.product, d.vendor));
      return vendor ? { deployment: d, vendor } : { deployment: d };
    });
  }

  passTwo(work: readonly { deployment: DeferredDeployment; vendor?: VendorEntry }[]): void {
    for (const { deployment, vendor } of work) {
      const doc = this.load(deployment.fileIndex, false).find((d) => d.documentIndex === deployment.documentIndex);
      if (!doc) continue;
      this.evaluate(doc, deployment.fileIndex, vendor ? this.vendorDocument(vendor) : undefined);
    }
  }
}

function metadata(doc: InputDocument): Record<string, unknown> {
  const v = doc.value as Record<string, unknown>;
  const m = Object.hasOwn(v, 'metadata') ? v['metadata'] : undefined;
  return m !== null && typeof m === 'object' && !Array.isArray(m) ? (m as Record<string, unknown>) : {};
}

function matches(v: VendorEntry, product: string | undefined, vendor: string | undefined): boolean {
  return v.product === product && (vendor === undefined || v.vendor === vendor);
}
