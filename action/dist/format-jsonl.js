import { a as renderWhole, o as utf8 } from "./chunk-3fec7d06.js";
// dist/reporters/jsonl.js
const jsonlStream = {
	part: () => (subject) => utf8(`${JSON.stringify({
		type: "subject",
		...subject
	})}\n`),
	writer: (header) => ({
		begin: () => `${JSON.stringify({
			type: "header",
			...header
		})}\n`,
		add: (part) => part,
		end: ({ documents, problems, waivers, gate, baseline }) => `${JSON.stringify({
			type: "summary",
			documents,
			problems,
			waivers,
			gate,
			...baseline ? { baseline } : {}
		})}\n`
	})
};
const jsonl = (report, options) => renderWhole(report, options, jsonlStream);
export { jsonl, jsonlStream };
