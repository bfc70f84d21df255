// dist/src/expr/ir.js
const libraryFunctions = [
	"count",
	"sum",
	"min",
	"max",
	"unique",
	"flat",
	"includesAll",
	"daysSince",
	"daysBetween",
	"matches",
	"keys",
	"values",
	"isDefined",
	"closest"
];
const arrayMethods = [
	"every",
	"some",
	"filter",
	"map",
	"find",
	"findIndex",
	"includes",
	"indexOf",
	"slice",
	"join"
];
const stringMethods = [
	"startsWith",
	"endsWith",
	"includes",
	"toLowerCase",
	"toUpperCase",
	"trim",
	"slice"
];
const callbackMethods = new Set([
	"every",
	"some",
	"filter",
	"map",
	"find",
	"findIndex"
]);
const callbackFunctions = new Set([
	"count",
	"sum",
	"min",
	"max"
]);
// dist/src/expr/simple-regex.js
const maxLength = 256;
const maxRepeat = 32;
const maxWays = 64;
const maxSimpleWork = 4096;
const maxPatternSize = 4096;
function patternSize(pattern) {
	const stack = [];
	let f = {
		done: 0,
		seq: 0,
		last: 0
	};
	const item = (n) => {
		f.seq += n;
		f.last = n;
	};
	const repeat = (times, plus) => {
		const next = f.last * times + plus;
		f.seq += next - f.last;
		f.last = next;
	};
	const counted = /\{(\d+)(?:(,)(\d*))?\}/y;
	let i = 0;
	let m;
	while (i < pattern.length) {
		const c = pattern[i];
		if (c === "\\") {
			const e = pattern[i + 1];
			if (e === "Q") {
				const end = pattern.indexOf("\\E", i + 2);
				const stop = end < 0 ? pattern.length : end;
				for (let k = i + 2; k < stop; k++) item(1);
				i = end < 0 ? pattern.length : end + 2;
				continue;
			}
			if ((e === "p" || e === "P" || e === "x") && pattern[i + 2] === "{") {
				const close = pattern.indexOf("}", i + 3);
				i = close < 0 ? pattern.length : close + 1;
			} else i += 2;
			item(1);
			continue;
		}
		if (c === "[") {
			let j = i + 1;
			if (pattern[j] === "^") j++;
			if (pattern[j] === "]") j++;
			while (j < pattern.length && pattern[j] !== "]") if (pattern[j] === "\\") j += 2;
			else if (pattern[j] === "[" && pattern[j + 1] === ":") {
				const close = pattern.indexOf(":]", j + 2);
				j = close < 0 ? j + 1 : close + 2;
			} else j++;
			i = j + 1;
			item(1);
			continue;
		}
		if (c === "(") {
			stack.push(f);
			f = {
				done: 0,
				seq: 0,
				last: 0
			};
			if (pattern[i + 1] === "?") {
				let j = i + 2;
				while (j < pattern.length && !":)>".includes(pattern[j])) j++;
				i = pattern[j] === ")" ? j : j + 1;
				continue;
			}
		} else if (c === ")" && stack.length > 0) {
			const size = f.done + f.seq;
			f = stack.pop();
			item(size);
		} else if (c === "|") {
			f.done += f.seq;
			f.seq = 0;
			f.last = 0;
		} else if (c === "*" || c === "+" || c === "?") repeat(1, 1);
		else if (c === "{" && (counted.lastIndex = i, m = counted.exec(pattern))) {
			const lo = Number(m[1]);
			const hi = m[3] ? Number(m[3]) : m[2] ? lo + 1 : lo;
			repeat(Math.max(1, lo, hi), 0);
			i = counted.lastIndex;
			continue;
		} else item(1);
		i++;
	}
	while (stack.length > 0) {
		const size = f.done + f.seq;
		f = stack.pop();
		item(size);
	}
	return Math.max(f.done + f.seq, pattern.length);
}
function patternProblem(pattern, size = patternSize(pattern)) {
	if (size <= 4096) return void 0;
	return `regular expression ${pattern.length > 80 ? `${JSON.stringify(pattern.slice(0, 80))}\u2026 (${pattern.length.toLocaleString("en-US")} characters)` : JSON.stringify(pattern)} is too large: it compiles to about ${size >= 0x38d7ea4c68000 ? "more than 10^15" : size.toLocaleString("en-US")} instructions (counted repetitions multiply when nested), over the limit of ${maxPatternSize.toLocaleString("en-US")}`;
}
const syntax = new Set([..."^$\\.*+?()[]{}|/"]);
const classEscapes = new Set([..."dDwW"]);
var NotSimple = class extends Error {};
function simpleRegExp(pattern) {
	if (pattern.length > maxLength || !/^[\x20-\x7e]*$/.test(pattern)) return void 0;
	let i = 0;
	const fail = () => {
		throw new NotSimple();
	};
	const alternation = () => {
		let ways = sequence();
		while (pattern[i] === "|") {
			i++;
			ways += sequence();
			if (ways > maxWays) fail();
		}
		return ways;
	};
	const sequence = () => {
		let ways = 1;
		while (i < pattern.length && pattern[i] !== "|" && pattern[i] !== ")") {
			ways *= quantified();
			if (ways > maxWays) fail();
		}
		return ways;
	};
	const quantified = () => {
		const c = pattern[i];
		if (c === "^" || c === "$") {
			i++;
			if (isQuantifier()) fail();
			return 1;
		}
		const ways = atom();
		if (pattern[i] === "?") {
			i++;
			if (isQuantifier()) fail();
			return ways + 1;
		}
		if (pattern[i] === "{") {
			const m = /^\{(\d{1,2})(?:,(\d{1,2}))?\}/.exec(pattern.slice(i));
			if (!m) fail();
			const lo = Number(m[1]);
			const hi = m[2] === void 0 ? lo : Number(m[2]);
			if (hi < lo || hi > maxRepeat) fail();
			i += m[0].length;
			if (isQuantifier()) fail();
			let total = 0;
			for (let k = lo; k <= hi; k++) total += ways ** k;
			return total;
		}
		if (isQuantifier()) fail();
		return ways;
	};
	const isQuantifier = () => i < pattern.length && "?*+{".includes(pattern[i]);
	const atom = () => {
		const c = pattern[i];
		if (c === "(") {
			i++;
			if (pattern[i] === "?") {
				if (pattern[i + 1] !== ":") fail();
				i += 2;
			}
			const ways = alternation();
			if (pattern[i] !== ")") fail();
			i++;
			return ways;
		}
		if (c === "[") {
			characterClass();
			return 1;
		}
		if (c === "\\") {
			const e = pattern[i + 1];
			if (e === void 0 || e === "/" || !(syntax.has(e) || classEscapes.has(e))) fail();
			i += 2;
			return 1;
		}
		if (syntax.has(c) && c !== "/") fail();
		i++;
		return 1;
	};
	const characterClass = () => {
		i++;
		if (pattern[i] === "^") i++;
		let first = true;
		while (pattern[i] !== "]") {
			const c = pattern[i];
			if (c === void 0) fail();
			if (c === "\\") {
				const e = pattern[i + 1];
				if (e === void 0 || !(classEscapes.has(e) || "\\]-.^[".includes(e))) fail();
				i += 2;
			} else if (/[A-Za-z0-9]/.test(c) && pattern[i + 1] === "-" && pattern[i + 2] !== void 0 && pattern[i + 2] !== "]") {
				const to = pattern[i + 2];
				if (!(/[0-9]/.test(c) && /[0-9]/.test(to) || /[a-z]/.test(c) && /[a-z]/.test(to) || /[A-Z]/.test(c) && /[A-Z]/.test(to)) || to < c) fail();
				i += 3;
			} else if (c === "-") {
				if (!first && pattern[i + 1] !== "]") fail();
				i++;
			} else if (/[A-Za-z0-9 _.:/@#%&=,;!~'"`<>*+?$|(){}]/.test(c)) i++;
			else fail();
			first = false;
		}
		if (first) fail();
		i++;
	};
	try {
		const ways = alternation();
		if (i !== pattern.length || ways * patternSize(pattern) > maxSimpleWork) return void 0;
		return new RegExp(pattern, "u");
	} catch {
		return;
	}
}
export { callbackFunctions as a, stringMethods as c, arrayMethods as i, patternSize as n, callbackMethods as o, simpleRegExp as r, libraryFunctions as s, patternProblem as t };
