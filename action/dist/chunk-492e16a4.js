// dist/src/load/pointer.js
function escapePointerToken(token) {
	if (!token.includes("~") && !token.includes("/")) return token;
	return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function unescapePointerToken(token) {
	if (!token.includes("~")) return token;
	return token.replace(/~1/g, "/").replace(/~0/g, "~");
}
function pointerTokens(pointer) {
	if (pointer === "") return [];
	return pointer.slice(1).split("/").map(unescapePointerToken);
}
function joinPointer(base, token) {
	return `${base}/${escapePointerToken(String(token))}`;
}
function ancestors(pointer) {
	const out = [];
	let p = pointer;
	while (p !== "") {
		p = p.slice(0, p.lastIndexOf("/"));
		out.push(p);
	}
	return out;
}
function indexPointers(value, pointers = new WeakMap(), pointer = "") {
	if (value !== null && typeof value === "object") {
		if (pointers.has(value)) return pointers;
		pointers.set(value, pointer);
		if (Array.isArray(value)) value.forEach((v, i) => indexPointers(v, pointers, `${pointer}/${i}`));
		else for (const [k, v] of Object.entries(value)) indexPointers(v, pointers, joinPointer(pointer, k));
	}
	return pointers;
}
function resolvesPointer(value, pointer) {
	let node = value;
	for (const token of pointerTokens(pointer)) if (Array.isArray(node)) {
		if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) >= node.length) return false;
		node = node[Number(token)];
	} else if (node !== null && typeof node === "object") {
		if (!Object.prototype.hasOwnProperty.call(node, token)) return false;
		node = node[token];
	} else return false;
	return true;
}
function yamlPath(pointer, value) {
	if (pointer === "") return "the document";
	let out = "";
	let node = value;
	const known = arguments.length > 1;
	for (const token of pointerTokens(pointer)) {
		if (known && node !== void 0 ? Array.isArray(node) : /^(0|[1-9]\d*)$/.test(token)) out += `[${token}]`;
		else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(token)) out += out === "" ? token : `.${token}`;
		else out += `[${JSON.stringify(token)}]`;
		node = node !== null && typeof node === "object" && Object.prototype.hasOwnProperty.call(node, token) ? node[token] : void 0;
	}
	return out;
}
export { pointerTokens as a, joinPointer as i, escapePointerToken as n, resolvesPointer as o, indexPointers as r, yamlPath as s, ancestors as t };
