// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = require("./shared-c7be4700.cjs").__commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	function ucs2length(str) {
		const len = str.length;
		let length = 0;
		let pos = 0;
		let value;
		while (pos < len) {
			length++;
			value = str.charCodeAt(pos++);
			if (value >= 55296 && value <= 56319 && pos < len) {
				value = str.charCodeAt(pos);
				if ((value & 64512) === 56320) pos++;
			}
		}
		return length;
	}
	exports.default = ucs2length;
	ucs2length.code = "require(\"ajv/dist/runtime/ucs2length\").default";
}));
Object.defineProperty(exports, "require_ucs2length", {
	enumerable: true,
	get: function() {
		return require_ucs2length;
	}
});
