import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
// dist/reporters/stream-kit.js
function nested(value, depth) {
	let wrapped = value;
	for (let i = 0; i < depth; i++) wrapped = [wrapped];
	const text = JSON.stringify(wrapped, null, 2);
	const before = depth * depth + 3 * depth;
	const after = depth * (depth + 1);
	return depth === 0 ? text : text.slice(before, text.length - after);
}
function members(object, depth) {
	const pad = "  ".repeat(depth + 1);
	return Object.entries(object).filter(([, v]) => v !== void 0).map(([k, v]) => `${pad}${JSON.stringify(k)}: ${nested(v, depth + 1)}`);
}
function headerOf(report) {
	return {
		reportVersion: report.reportVersion,
		tool: report.tool,
		asOf: report.asOf,
		...report.about ? { about: report.about } : {},
		standard: report.standard
	};
}
function footerOf(report) {
	return {
		problems: report.problems,
		waivers: report.waivers,
		gate: report.gate,
		...report.baseline ? { baseline: report.baseline } : {},
		documents: report.subjects.length
	};
}
function utf8(text) {
	const bytes = new Uint8Array(Buffer.byteLength(text));
	Buffer.from(bytes.buffer).write(text);
	return bytes;
}
function asText(chunk) {
	return typeof chunk === "string" ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("utf8");
}
function renderWhole(report, options, reporter) {
	const header = headerOf(report);
	const writer = reporter.writer(header, options);
	const part = reporter.part(header, options);
	const out = [];
	const put = (c) => {
		for (const x of eachChunk(c)) out.push(asText(x));
	};
	put(writer.begin());
	const schemaProblems = new Map();
	for (const p of report.problems) {
		if (p.code !== "schema" || p.file === void 0) continue;
		const key = `${p.file}#${p.documentIndex ?? 0}`;
		schemaProblems.set(key, [...schemaProblems.get(key) ?? [], p]);
	}
	for (const s of report.subjects) {
		put(writer.add(part(s, schemaProblems.get(`${s.file}#${s.documentIndex}`) ?? [])));
		if (writer.feedback && part.feedback) part.feedback(writer.feedback());
	}
	put(writer.end(footerOf(report)));
	return out.join("");
}
function eachChunk(chunks) {
	return typeof chunks === "string" || chunks instanceof Uint8Array ? [chunks] : chunks;
}
var Spool = class {
	inMemory;
	held = [];
	heldBytes = 0;
	lengths = [];
	file;
	noFile = false;
	constructor(inMemory = 8 << 20) {
		this.inMemory = inMemory;
	}
	add(bytes) {
		this.lengths.push(bytes.byteLength);
		if (!this.file && (this.heldBytes + bytes.byteLength <= this.inMemory || this.noFile || !this.openFile())) {
			this.held.push(bytes);
			this.heldBytes += bytes.byteLength;
			return;
		}
		this.write(bytes);
	}
	openFile() {
		let dir;
		try {
			dir = mkdtempSync(path.join(os.tmpdir(), "ringfence-spool-"));
			const fd = openSync(path.join(dir, "spool"), "w+");
			try {
				rmSync(dir, { recursive: true });
			} catch {}
			this.file = {
				fd,
				dir,
				size: 0
			};
		} catch {
			if (dir) rmSync(dir, {
				recursive: true,
				force: true
			});
			this.noFile = true;
			return false;
		}
		for (const b of this.held.splice(0)) this.write(b);
		this.heldBytes = 0;
		return true;
	}
	write(bytes) {
		const f = this.file;
		for (let at = 0; at < bytes.byteLength;) at += writeSync(f.fd, bytes, at, bytes.byteLength - at, f.size + at);
		f.size += bytes.byteLength;
	}
	chunks() {
		const total = this.lengths.reduce((a, b) => a + b, 0);
		const sizes = Array.from({ length: Math.ceil(total / (1 << 20)) }, (_, i) => Math.min(1 << 20, total - i * (1 << 20)));
		return this.read(sizes, false);
	}
	records() {
		return this.read(this.lengths.slice(), true);
	}
	*read(sizes, records) {
		this.lengths.length = 0;
		this.heldBytes = 0;
		const file = this.file;
		this.file = void 0;
		if (!file) {
			const held = this.held.splice(0);
			yield* records ? held : held.filter((b) => b.byteLength > 0);
			return;
		}
		try {
			let at = 0;
			for (const size of sizes) {
				const piece = new Uint8Array(size);
				for (let got = 0; got < size;) {
					const n = readSync(file.fd, piece, got, size - got, at + got);
					if (n === 0) throw new Error("the report spool ended early");
					got += n;
				}
				at += size;
				yield piece;
			}
		} finally {
			closeSync(file.fd);
			rmSync(file.dir, {
				recursive: true,
				force: true
			});
		}
	}
};
export { renderWhole as a, nested as i, eachChunk as n, utf8 as o, members as r, Spool as t };
