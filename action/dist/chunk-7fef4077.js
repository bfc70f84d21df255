// dist/src/util/detach.js
function detach(s) {
	return JSON.parse(JSON.stringify(s));
}
export { detach as t };
