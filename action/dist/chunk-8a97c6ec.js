import * as crypto from "node:crypto";
// dist/src/engine/fingerprint.js
const sha256Hex = typeof crypto.hash === "function" ? (text) => crypto.hash("sha256", text, "hex") : (text) => crypto.createHash("sha256").update(text).digest("hex");
function fingerprint(controlId, file, documentIndex, pointer) {
	return sha256Hex(`${controlId}\0${file}\0${documentIndex}\0${pointer}`);
}
export { fingerprint as t };
