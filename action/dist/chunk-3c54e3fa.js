// dist/src/util/import-module.js
const provided = new Map();
function provide(specifier, load) {
	provided.set(specifier, load);
}
function importModule(specifier) {
	const own = provided.get(specifier);
	if (own) return own();
	const lent = globalThis[Symbol.for("ringfence.import")];
	return lent ? lent(specifier) : import(specifier);
}
export { provide as n, importModule as t };
