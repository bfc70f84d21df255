export { t as code, n as markdown, r as markdownStream, i as markdownStreamOf, a as md, o as renderMarkdown } from "./chunk-5758f22d.js";
