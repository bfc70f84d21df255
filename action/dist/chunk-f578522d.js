import { n as lineRange, t as artifactProblem } from "./chunk-3517e1c0.js";
// dist/src/artifacts/linux-module/elf.js
const signatureMarker = "~Module signature appended~\n";
const moduleSignatureSize = 12;
const maxModuleBytes = 67108864;
const maxSections = 4096;
const maxModinfoEntries = 1024;
var ElfError = class extends Error {};
function readKernelModule(bytes) {
	if (bytes.length > 67108864) throw new ElfError(`the file is ${bytes.length} bytes; at most ${maxModuleBytes} are read`);
	const signature = appendedSignature(bytes);
	const image = signature ? bytes.subarray(0, signature.markerOffset - moduleSignatureSize - signature.length) : bytes;
	if (image.length < 4 || image[0] !== 127 || image[1] !== 69 || image[2] !== 76 || image[3] !== 70) throw new ElfError("not an ELF file (no \\x7fELF magic at the start)");
	if (image.length < 16) throw new ElfError(`truncated: the ELF identification needs 16 bytes, the file has ${image.length}`);
	const cls = image[4];
	const data = image[5];
	if (cls !== 1 && cls !== 2) throw new ElfError(`unknown ELF class ${cls} (1 is 32-bit, 2 is 64-bit)`);
	if (data !== 1 && data !== 2) throw new ElfError(`unknown ELF data encoding ${data} (1 is little-endian, 2 is big-endian)`);
	const bits = cls === 2 ? 64 : 32;
	const little = data === 1;
	const headerSize = bits === 64 ? 64 : 52;
	if (image.length < headerSize) throw new ElfError(`truncated: the ELF header needs ${headerSize} bytes, the file has ${image.length}`);
	const u16 = (o) => little ? image.readUInt16LE(o) : image.readUInt16BE(o);
	const u32 = (o) => little ? image.readUInt32LE(o) : image.readUInt32BE(o);
	const addr = (o) => {
		if (bits === 32) return u32(o);
		const v = little ? image.readBigUInt64LE(o) : image.readBigUInt64BE(o);
		if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ElfError(`an offset at byte ${o} is out of any file's range`);
		return Number(v);
	};
	const shoff = addr(bits === 64 ? 40 : 32);
	const shentsize = u16(bits === 64 ? 58 : 46);
	const shnum = u16(bits === 64 ? 60 : 48);
	const shstrndx = u16(bits === 64 ? 62 : 50);
	const entry = bits === 64 ? 64 : 40;
	if (shnum === 0) return {
		bits,
		endianness: little ? "little" : "big",
		modinfo: void 0,
		signature
	};
	if (shentsize < entry) throw new ElfError(`section header entries of ${shentsize} bytes; an ELF${bits} entry needs ${entry}`);
	if (shnum > maxSections) throw new ElfError(`${shnum} sections; at most ${maxSections} are read`);
	if (shoff > image.length || shoff + shnum * shentsize > image.length) throw new ElfError(`truncated: the section headers (${shnum} at byte ${shoff}) lie past the end of the file (${image.length} bytes)`);
	if (shstrndx >= shnum) throw new ElfError(`the section-name table index ${shstrndx} is not a section (there are ${shnum})`);
	const section = (i) => {
		const at = shoff + i * shentsize;
		return {
			name: u32(at),
			offset: addr(at + (bits === 64 ? 24 : 16)),
			size: addr(at + (bits === 64 ? 32 : 20)),
			type: u32(at + 4)
		};
	};
	const inFile = (s, what) => {
		if (s.type !== 8 && (s.offset > image.length || s.offset + s.size > image.length)) throw new ElfError(`truncated: ${what} (${s.size} bytes at byte ${s.offset}) lies past the end of the file (${image.length} bytes)`);
	};
	const names = section(shstrndx);
	inFile(names, "the section-name table");
	const nameAt = (o) => {
		if (o >= names.size) return "";
		const start = names.offset + o;
		const end = image.indexOf(0, start);
		return image.toString("latin1", start, end < 0 || end > names.offset + names.size ? names.offset + names.size : end);
	};
	let modinfo;
	for (let i = 0; i < shnum; i++) {
		const s = section(i);
		if (nameAt(s.name) !== ".modinfo") continue;
		inFile(s, "the .modinfo section");
		const entries = [];
		for (const raw of image.toString("utf8", s.offset, s.offset + s.size).split("\0")) {
			if (raw === "") continue;
			const eq = raw.indexOf("=");
			if (eq <= 0) continue;
			entries.push([raw.slice(0, eq), raw.slice(eq + 1).slice(0, 500)]);
			if (entries.length >= maxModinfoEntries) break;
		}
		modinfo = {
			entries,
			offset: s.offset
		};
		break;
	}
	return {
		bits,
		endianness: little ? "little" : "big",
		modinfo,
		signature
	};
}
function appendedSignature(bytes) {
	const marker = Buffer.from(signatureMarker, "latin1");
	if (bytes.length < marker.length + moduleSignatureSize) return void 0;
	const markerOffset = bytes.length - marker.length;
	if (!bytes.subarray(markerOffset).equals(marker)) return void 0;
	const struct = markerOffset - moduleSignatureSize;
	const length = bytes.readUInt32BE(struct + 8);
	if (bytes[struct + 2] !== 2 || length === 0 || length > struct) throw new ElfError(`the module ends with "~Module signature appended~" but the signature record before it does not add up (id_type ${bytes[struct + 2]}, ${length} bytes of signature)`);
	return {
		length,
		markerOffset
	};
}
// dist/src/artifacts/linux-module/index.js
function readModule(file) {
	let module;
	try {
		module = readKernelModule(file.bytes);
	} catch (error) {
		if (error instanceof ElfError) return { problems: [artifactProblem(file.file, "artifact-format", `not a readable kernel module: ${error.message}`, lineRange(1, 1, 1))] };
		throw error;
	}
	const get = (key) => module.modinfo?.entries.find(([k]) => k === key)?.[1];
	const facts = {
		file: file.file,
		fileName: file.file.slice(Math.max(file.file.lastIndexOf("/"), file.file.lastIndexOf("!")) + 1),
		signed: module.signature !== void 0,
		...module.signature ? { signatureBytes: module.signature.length } : {},
		...module.modinfo ? { modinfoOffset: module.modinfo.offset } : {}
	};
	for (const key of [
		"name",
		"license",
		"vermagic",
		"signer"
	]) {
		const v = get(key);
		if (v !== void 0) facts[key] = v;
	}
	const problems = [];
	if (!module.modinfo) problems.push(artifactProblem(file.file, "artifact-format", "the ELF file has no .modinfo section: it is not a kernel module (or its sections were stripped)", lineRange(1, 1, 1), "warning"));
	return {
		facts,
		problems
	};
}
function observeModule(facts, manifest) {
	const out = [];
	const at = {
		kind: linuxModule.kind,
		title: linuxModule.title,
		at: {
			file: facts.file,
			region: lineRange(1, 1, 1)
		}
	};
	const components = Array.isArray(manifest.value?.["components"]) ? manifest.value["components"] : [];
	const index = components.findIndex((c) => {
		const o = c;
		if (o === null || typeof o !== "object") return false;
		if (typeof o["binary"] === "string" && o["binary"] === facts.fileName) return true;
		return facts.name !== void 0 && typeof o["id"] === "string" && o["id"] === facts.name;
	});
	const described = `module ${facts.name ?? facts.fileName}${facts.vermagic ? ` (vermagic ${facts.vermagic})` : ""}${facts.modinfoOffset !== void 0 ? `, .modinfo at byte ${facts.modinfoOffset}` : ""}`;
	if (index < 0) {
		out.push({
			claim: "/components",
			result: "contradicted",
			observed: `the kernel ${described} is shipped, and no component has its binary (${facts.fileName}) or id`,
			artifact: at
		});
		return out;
	}
	const c = components[index];
	const base = `/components/${index}`;
	const say = (field, ok, words) => {
		if (c[field] !== void 0) out.push({
			claim: `${base}/${field}`,
			result: ok ? "observed" : "contradicted",
			observed: words,
			artifact: at
		});
	};
	say("platform", c["platform"] === "linux", `a Linux kernel ${described}`);
	say("kind", c["kind"] === "kernel_module", `a Linux kernel ${described}: kernel_module`);
	say("privilege", c["privilege"] === "kernel" || c["privilege"] === "boot", `a Linux kernel ${described}: runs in kernel mode`);
	const signing = c["signing"];
	const linux = signing && typeof signing === "object" ? signing["linux"] : void 0;
	if (linux === "module_signed" || linux === "unsigned") {
		const words = facts.signed ? `the module carries an appended signature (${facts.signatureBytes} bytes${facts.signer ? `, signer ${facts.signer}` : ""})` : "the module ends without \"~Module signature appended~\": it carries no signature";
		out.push({
			claim: `${base}/signing/linux`,
			result: linux === "module_signed" === facts.signed ? "observed" : "contradicted",
			observed: words,
			artifact: at
		});
	}
	return out;
}
const linuxModule = {
	title: "Linux kernel module",
	kind: "linux-module",
	recognise: (name, head) => /\.ko$/i.test(name) && head.startsWith("ELF"),
	read: readModule,
	observe: observeModule
};
export { linuxModule };
