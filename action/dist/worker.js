import { i as SubjectFinisher, l as Batch, n as loadRenderers, r as transferables } from "./chunk-56fbaf72.js";
import { parentPort, workerData } from "node:worker_threads";
// dist/src/engine/worker.js
const input = workerData;
const port = parentPort;
const batch = new Batch(input.standard, input.options, input.files, new Set(input.explicit), input.hints, input.imported);
const finisher = new SubjectFinisher(input.setup);
const render = await loadRenderers(input.render, input.setup.header);
const postEvery = 8;
port.on("message", (m) => {
	if (m.type === "finish") {
		port.postMessage({
			type: "tally",
			tally: finisher.tally()
		});
		return;
	}
	if (m.type === "feedback") {
		render?.feedback(m.value);
		return;
	}
	let parts = [];
	const post = () => {
		if (parts.length === 0) return;
		port.postMessage({
			type: "parts",
			chunk: m.chunk,
			parts
		}, transferables(parts.map((p) => p.part)));
		parts = [];
	};
	for (let i = m.from; i < m.to; i++) {
		if (input.owned && !input.owned[i]) continue;
		batch.evaluateFile(i, ({ order, subject, problems }) => {
			const reasons = finisher.finish(subject);
			try {
				parts.push({
					part: render ? render.render(subject, problems) : subject,
					reasons,
					entry: order[0],
					schema: [...problems]
				});
			} catch (error) {
				parts.push({
					reasons,
					entry: order[0],
					schema: []
				});
				throw error;
			}
			if (parts.length >= postEvery) post();
		});
	}
	post();
	port.postMessage({
		type: "chunk",
		chunk: m.chunk,
		problems: batch.problems.splice(0)
	});
});
export {};
