// dist/reporters/compare/types.js
const rankLabel = (e) => `${Number(e.rank)}${e.tied ? "=" : ""}`;
const rankingRule = "ranked by grade (which carries the critical cap), then backing (computed assurance, verified coverage, linked coverage), then score and level; equal entries tie";
const pct = (x) => x === null || x === void 0 ? "n/a" : `${Math.round(x * 100)}%`;
const rankHead = (e, name) => `${Number(e.rank)}${e.tied ? "=" : "."} ${name}`;
export { rankingRule as i, rankHead as n, rankLabel as r, pct as t };
