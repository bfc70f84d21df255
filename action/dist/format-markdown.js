export { t as markdown, n as markdownStream, r as markdownStreamOf, i as md, a as renderMarkdown } from "./chunk-46d3f340.js";
