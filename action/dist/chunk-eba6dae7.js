// dist/reporters/compare/json.js
const compareJson = (c) => `${JSON.stringify(c, null, 2)}\n`;
export { compareJson };
