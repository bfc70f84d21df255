// dist/reporters/interactive/run.js
async function runInteractive() {
	throw new Error("the interactive view is not part of the GitHub Action; run ringfence from npm for it");
}
export { runInteractive };
