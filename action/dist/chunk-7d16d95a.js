// dist/src/model/report.js
const severityOrder = [
	"critical",
	"high",
	"medium",
	"low"
];
export { severityOrder as t };
