import { a as renderWhole, i as nested, o as utf8, r as members } from "./chunk-3fec7d06.js";
// dist/reporters/json.js
function subjectChunks(subject) {
	const pad = "      ";
	const entries = Object.entries(subject).filter(([, v]) => v !== void 0);
	const chunks = [];
	let text = "{\n";
	entries.forEach(([k, v], i) => {
		const end = i < entries.length - 1 ? ",\n" : "\n";
		if (k === "controls" && Array.isArray(v) && v.length > 0) {
			chunks.push(utf8(`${text}${pad}"controls": [\n`));
			v.forEach((c, j) => chunks.push(utf8(`${pad}  ${nested(c, 4)}${j < v.length - 1 ? "," : ""}\n`)));
			text = `${pad}]${end}`;
		} else text += `${pad}${JSON.stringify(k)}: ${nested(v, 3)}${end}`;
	});
	chunks.push(utf8(`${text}    }`));
	return chunks;
}
const jsonStream = {
	part: () => subjectChunks,
	writer: (header) => {
		let subjects = 0;
		return {
			begin: () => `{\n${members({ ...header }, 0).join(",\n")},\n  "subjects": [`,
			add: (part) => [subjects++ ? ",\n    " : "\n    ", ...part],
			end: (footer) => {
				const { problems, waivers, gate, baseline, shard } = footer;
				return `${subjects ? "\n  ]" : "]"},\n${members({
					problems,
					waivers,
					gate,
					baseline,
					shard
				}, 0).join(",\n")}\n}\n`;
			}
		};
	}
};
const json = (report, options) => renderWhole(report, options, jsonStream);
export { json, jsonStream };
