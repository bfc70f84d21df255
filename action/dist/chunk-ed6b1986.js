import { n as defaultLimits } from "./chunk-9404d2c7.js";
import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import path from "node:path";
// dist/src/attest/subjects.js
function namedOutside(name) {
	return path.isAbsolute(name) || name.split(/[\\/]/).includes("..");
}
function inside(real, folder) {
	return real === folder || real.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);
}
function hashRegularFile(file, maxBytes = defaultLimits.maxFileBytes) {
	let fd;
	try {
		fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
	} catch (error) {
		const code = error.code;
		if (code === "ENOENT" || code === "ENOTDIR") return {
			state: "missing",
			message: "missing here"
		};
		return {
			state: "unreadable",
			message: `cannot be read (${code ?? error.message})`
		};
	}
	try {
		const st = fstatSync(fd);
		if (!st.isFile()) return {
			state: "not-file",
			message: "not a regular file (a folder, device, FIFO or socket); not read"
		};
		if (st.size > maxBytes) return {
			state: "too-large",
			message: `${st.size} bytes, over the ${maxBytes}-byte input limit; not read`
		};
		const hash = createHash("sha256");
		const buffer = Buffer.allocUnsafe(Math.min(65536, Math.max(1, st.size)));
		let total = 0;
		for (;;) {
			const n = readSync(fd, buffer, 0, buffer.length, null);
			if (n === 0) break;
			total += n;
			if (total > maxBytes) return {
				state: "too-large",
				message: `over the ${maxBytes}-byte input limit; not read`
			};
			hash.update(buffer.subarray(0, n));
		}
		return { sha256: hash.digest("hex") };
	} catch (error) {
		return {
			state: "unreadable",
			message: `cannot be read (${error.code ?? error.message})`
		};
	} finally {
		closeSync(fd);
	}
}
function locateSubject(name, folder, allowOutside) {
	const outside = "outside this folder; not read (--allow-outside reads files outside the folder verify runs in)";
	if (!allowOutside && namedOutside(name)) return { check: {
		state: "outside",
		message: outside
	} };
	let real;
	try {
		real = realpathSync(name);
	} catch (error) {
		const code = error.code;
		if (code === "ENOENT" || code === "ENOTDIR") return { check: {
			state: "missing",
			message: "missing here"
		} };
		return { check: {
			state: "unreadable",
			message: `cannot be read (${code ?? error.message})`
		} };
	}
	if (!allowOutside && !inside(real, folder)) return { check: {
		state: "outside",
		message: `a link to a file ${outside}`
	} };
	return { real };
}
function checkSubject(name, sha256, folder, allowOutside) {
	const { real, check } = locateSubject(name, folder, allowOutside);
	if (check) return check;
	const h = hashRegularFile(real);
	if (h.state) return {
		state: h.state,
		message: h.message
	};
	return h.sha256 === sha256 ? {
		state: "same",
		message: "the same bytes as attested"
	} : {
		state: "differs",
		message: "differs from the attested file"
	};
}
export { locateSubject as i, hashRegularFile as n, inside as r, checkSubject as t };
