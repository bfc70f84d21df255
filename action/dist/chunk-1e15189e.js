import { createHash } from "node:crypto";
// dist/src/engine/fingerprint.js
function fingerprint(controlId, file, documentIndex, pointer) {
	return createHash("sha256").update(`${controlId}\0${file}\0${documentIndex}\0${pointer}`).digest("hex");
}
export { fingerprint as t };
