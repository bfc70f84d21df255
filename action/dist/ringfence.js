import { t as UsageError } from "./chunk-2a83795e.js";
// dist/src/cli/main.js
const commands = {
	check: async () => (await import("./chunk-ca92f4e0.js")).runCheck,
	compare: async () => (await import("./chunk-2dcc73db.js")).runCompare,
	merge: async () => (await import("./chunk-f5fda0dc.js")).runMerge,
	explain: async () => (await import("./chunk-8aaa78ab.js")).runExplain,
	import: async () => (await import("./chunk-968087b8.js")).runImport,
	test: async () => (await import("./chunk-116ac02f.js")).runTest,
	"lint-standard": async () => (await import("./chunk-28bce0fa.js")).runLintStandard,
	schema: async () => (await import("./chunk-8f75ca74.js")).runSchema,
	init: async () => (await import("./chunk-213369c0.js")).runInit,
	docs: async () => (await import("./chunk-46f4c2bb.js")).runDocs,
	attest: async () => (await import("./chunk-8c00f509.js")).runAttest,
	verify: async () => (await import("./chunk-8c00f509.js")).runVerify,
	keygen: async () => (await import("./chunk-8c00f509.js")).runKeygen,
	vouch: async () => (await import("./chunk-da2636bd.js")).runVouch
};
async function main(argv) {
	const [first, ...rest] = argv;
	const help = () => import("./chunk-d811703d.js");
	if (first === void 0 || first === "--help" || first === "-h" || first === "help") {
		const topic = first === "help" ? rest[0] : void 0;
		const { helpText, commandHelp } = await help();
		process.stdout.write(topic && commandHelp[topic] ? commandHelp[topic] : helpText);
		return 0;
	}
	if (first === "--version" || first === "-v") {
		process.stdout.write(`${(await import("./chunk-a4945ecd.js")).toolVersion}\n`);
		return 0;
	}
	const load = commands[first];
	if (!load) {
		const hint = (await import("./chunk-ed189764.js")).didYouMean(first, Object.keys(commands));
		throw new UsageError(`unknown command "${first}"${hint ? `; did you mean "${hint}"?` : ""}; run \`ringfence --help\``);
	}
	if (rest.includes("--help") || rest.includes("-h")) {
		const { helpText, commandHelp } = await help();
		process.stdout.write(commandHelp[first] ?? helpText);
		return 0;
	}
	return (await load())(rest);
}
process.stdout.on("error", (error) => {
	if (error.code !== "EPIPE") process.stderr.write(`ringfence: cannot write to standard output: ${error.code ?? error.message}\n`);
	process.exit(error.code === "EPIPE" ? 141 : 2);
});
async function run() {
	try {
		process.exitCode = await main(process.argv.slice(2));
	} catch (error) {
		const { terminalSafe } = await import("./chunk-5738a07b.js");
		const { capMessage } = await import("./chunk-8f7963a4.js");
		const say = (text) => terminalSafe(capMessage(text));
		if (error instanceof UsageError) process.stderr.write(`ringfence: ${say(error.message)}\n`);
		else {
			process.stderr.write(`ringfence: internal error: ${say(error?.message ?? String(error))}\n`);
			if (process.env["RINGFENCE_DEBUG"]) process.stderr.write(`${error?.stack ?? ""}\n`);
		}
		process.exitCode = 2;
	}
}
run();
export {};
