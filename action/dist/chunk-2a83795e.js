// dist/src/cli/usage-error.js
var UsageError = class extends Error {};
export { UsageError as t };
