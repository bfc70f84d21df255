// dist/src/model/problem.js
const maxMessageLength = 2e3;
function capMessage(s, max = maxMessageLength) {
	if (s.length <= max) return s;
	const end = /[\ud800-\udbff]/.test(s[max - 1]) ? max - 1 : max;
	return `${s.slice(0, end)}\u2026 (${s.length} characters in all)`;
}
function capProblem(p) {
	return p.message.length <= 2e3 ? p : {
		...p,
		message: capMessage(p.message)
	};
}
export { capProblem as n, maxMessageLength as r, capMessage as t };
