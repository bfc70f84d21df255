import { t as didYouMean } from "./chunk-f4e99a2c.js";
import { t as UsageError } from "./chunk-2a83795e.js";
import { parseArgs } from "node:util";
// dist/src/cli/args.js
function parse(args, options) {
	try {
		return parseArgs({
			args,
			options,
			allowPositionals: true,
			strict: true
		});
	} catch (error) {
		throw new UsageError(usageMessage(error, options));
	}
}
function usageMessage(error, options) {
	const names = Object.keys(options).map((n) => `--${n}`);
	const quoted = /'([^']*)'/.exec(error.message)?.[1];
	if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && quoted !== void 0) {
		const given = quoted.split("=")[0];
		const hint = given.startsWith("--") ? didYouMean(given, names) : void 0;
		return `unknown option ${given}${hint ? `; did you mean ${hint}?` : `; the options are ${[...names].sort().join(", ")}`} (a value that starts with - goes after --)`;
	}
	if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && quoted !== void 0) {
		const name = /--[A-Za-z0-9-]+/.exec(quoted)?.[0] ?? quoted.split(" ")[0];
		return /argument missing/.test(error.message) ? `${name} needs a value` : `${name} takes no value`;
	}
	if (error.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL" && quoted !== void 0) return `unexpected argument "${quoted}": this command takes none`;
	return error.message;
}
function useColor(stream, flag) {
	if (flag !== void 0) return flag;
	if (process.env["NO_COLOR"] !== void 0 && process.env["NO_COLOR"] !== "") return false;
	if (process.env["FORCE_COLOR"] !== void 0 && process.env["FORCE_COLOR"] !== "0") return true;
	return stream.isTTY === true;
}
export { useColor as n, parse as t };
