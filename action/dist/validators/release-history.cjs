"use strict";
const require_ucs2length$1 = require("./shared-5ab0ab80.cjs");
const require_formats$1 = require("./shared-7d2e0bb5.cjs");
// dist/validators/release-history.cjs
module.exports = validate20;
module.exports.default = validate20;
const schema31 = {
	"$schema": "https://json-schema.org/draft/2020-12/schema",
	"$id": "urn:ringfence:schema:release-history",
	"title": "ReleaseHistory",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"apiVersion",
		"kind",
		"metadata"
	],
	"properties": {
		"$schema": { "type": "string" },
		"apiVersion": { "const": "ringfence.dev/v1" },
		"kind": { "const": "ReleaseHistory" },
		"metadata": {
			"type": "object",
			"title": "ReleaseHistoryMetadata",
			"additionalProperties": false,
			"required": ["vendor", "product"],
			"properties": {
				"vendor": {
					"type": "string",
					"minLength": 1,
					"maxLength": 200
				},
				"product": {
					"type": "string",
					"minLength": 1,
					"maxLength": 200
				},
				"generatedBy": {
					"type": "string",
					"maxLength": 200
				},
				"generatedAt": {
					"type": "string",
					"format": "date-time"
				}
			}
		},
		"releases": {
			"type": "array",
			"maxItems": 1e5,
			"items": { "$ref": "#/$defs/Release" }
		}
	},
	"$defs": {
		"Timestamp": {
			"type": "string",
			"format": "date-time",
			"maxLength": 64
		},
		"Release": {
			"title": "Release",
			"type": "object",
			"additionalProperties": false,
			"required": [
				"id",
				"channel",
				"rings"
			],
			"properties": {
				"id": {
					"type": "string",
					"minLength": 1,
					"maxLength": 200
				},
				"channel": {
					"type": "string",
					"minLength": 1,
					"maxLength": 200
				},
				"emergency": { "type": "boolean" },
				"description": {
					"type": "string",
					"maxLength": 2e3
				},
				"rings": {
					"type": "array",
					"maxItems": 100,
					"items": { "$ref": "#/$defs/RingRun" }
				}
			}
		},
		"RingRun": {
			"title": "RingRun",
			"type": "object",
			"additionalProperties": false,
			"required": ["name", "start"],
			"properties": {
				"name": {
					"type": "string",
					"minLength": 1,
					"maxLength": 200
				},
				"start": { "$ref": "#/$defs/Timestamp" },
				"end": { "$ref": "#/$defs/Timestamp" },
				"hostsReached": {
					"type": "integer",
					"minimum": 0
				},
				"gates": {
					"type": "array",
					"maxItems": 1e3,
					"items": { "$ref": "#/$defs/GateEvaluation" }
				},
				"halt": { "$ref": "#/$defs/Halt" },
				"rollback": { "$ref": "#/$defs/RollbackRun" }
			}
		},
		"GateEvaluation": {
			"title": "GateEvaluation",
			"type": "object",
			"additionalProperties": false,
			"required": ["at", "verdict"],
			"properties": {
				"at": { "$ref": "#/$defs/Timestamp" },
				"verdict": { "enum": [
					"pass",
					"breach",
					"inconclusive"
				] },
				"signal": {
					"type": "string",
					"maxLength": 200
				},
				"value": { "type": "number" },
				"breachStartedAt": { "$ref": "#/$defs/Timestamp" }
			}
		},
		"Halt": {
			"title": "Halt",
			"type": "object",
			"additionalProperties": false,
			"required": ["at"],
			"properties": {
				"at": { "$ref": "#/$defs/Timestamp" },
				"reason": {
					"type": "string",
					"maxLength": 2e3
				}
			}
		},
		"RollbackRun": {
			"title": "RollbackRun",
			"type": "object",
			"additionalProperties": false,
			"required": ["at"],
			"properties": {
				"at": { "$ref": "#/$defs/Timestamp" },
				"completedAt": { "$ref": "#/$defs/Timestamp" }
			}
		}
	}
};
const func1 = require_ucs2length$1.require_ucs2length().default;
const formats0 = require_formats$1.require_formats().fullFormats["date-time"];
const schema32 = {
	"title": "Release",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"id",
		"channel",
		"rings"
	],
	"properties": {
		"id": {
			"type": "string",
			"minLength": 1,
			"maxLength": 200
		},
		"channel": {
			"type": "string",
			"minLength": 1,
			"maxLength": 200
		},
		"emergency": { "type": "boolean" },
		"description": {
			"type": "string",
			"maxLength": 2e3
		},
		"rings": {
			"type": "array",
			"maxItems": 100,
			"items": { "$ref": "#/$defs/RingRun" }
		}
	}
};
const schema33 = {
	"title": "RingRun",
	"type": "object",
	"additionalProperties": false,
	"required": ["name", "start"],
	"properties": {
		"name": {
			"type": "string",
			"minLength": 1,
			"maxLength": 200
		},
		"start": { "$ref": "#/$defs/Timestamp" },
		"end": { "$ref": "#/$defs/Timestamp" },
		"hostsReached": {
			"type": "integer",
			"minimum": 0
		},
		"gates": {
			"type": "array",
			"maxItems": 1e3,
			"items": { "$ref": "#/$defs/GateEvaluation" }
		},
		"halt": { "$ref": "#/$defs/Halt" },
		"rollback": { "$ref": "#/$defs/RollbackRun" }
	}
};
const schema34 = {
	"type": "string",
	"format": "date-time",
	"maxLength": 64
};
const schema36 = {
	"title": "GateEvaluation",
	"type": "object",
	"additionalProperties": false,
	"required": ["at", "verdict"],
	"properties": {
		"at": { "$ref": "#/$defs/Timestamp" },
		"verdict": { "enum": [
			"pass",
			"breach",
			"inconclusive"
		] },
		"signal": {
			"type": "string",
			"maxLength": 200
		},
		"value": { "type": "number" },
		"breachStartedAt": { "$ref": "#/$defs/Timestamp" }
	}
};
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate23.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.at === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "at" },
				message: "must have required property 'at'",
				schema: schema36.required,
				parentSchema: schema36,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.verdict === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "verdict" },
				message: "must have required property 'verdict'",
				schema: schema36.required,
				parentSchema: schema36,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "at" || key0 === "verdict" || key0 === "signal" || key0 === "value" || key0 === "breachStartedAt")) {
			const err2 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema36,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.at !== void 0) {
			let data0 = data.at;
			if (typeof data0 === "string") {
				if (func1(data0) > 64) {
					const err3 = {
						instancePath: instancePath + "/at",
						schemaPath: "#/$defs/Timestamp/maxLength",
						keyword: "maxLength",
						params: { limit: 64 },
						message: "must NOT have more than 64 characters",
						schema: 64,
						parentSchema: schema34,
						data: data0
					};
					if (vErrors === null) vErrors = [err3];
					else vErrors.push(err3);
					errors++;
				}
				if (!formats0.validate(data0)) {
					const err4 = {
						instancePath: instancePath + "/at",
						schemaPath: "#/$defs/Timestamp/format",
						keyword: "format",
						params: { format: "date-time" },
						message: "must match format \"date-time\"",
						schema: "date-time",
						parentSchema: schema34,
						data: data0
					};
					if (vErrors === null) vErrors = [err4];
					else vErrors.push(err4);
					errors++;
				}
			} else {
				const err5 = {
					instancePath: instancePath + "/at",
					schemaPath: "#/$defs/Timestamp/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema34.type,
					parentSchema: schema34,
					data: data0
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.verdict !== void 0) {
			let data1 = data.verdict;
			if (!(data1 === "pass" || data1 === "breach" || data1 === "inconclusive")) {
				const err6 = {
					instancePath: instancePath + "/verdict",
					schemaPath: "#/properties/verdict/enum",
					keyword: "enum",
					params: { allowedValues: schema36.properties.verdict.enum },
					message: "must be equal to one of the allowed values",
					schema: schema36.properties.verdict.enum,
					parentSchema: schema36.properties.verdict,
					data: data1
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
		}
		if (data.signal !== void 0) {
			let data2 = data.signal;
			if (typeof data2 === "string") {
				if (func1(data2) > 200) {
					const err7 = {
						instancePath: instancePath + "/signal",
						schemaPath: "#/properties/signal/maxLength",
						keyword: "maxLength",
						params: { limit: 200 },
						message: "must NOT have more than 200 characters",
						schema: 200,
						parentSchema: schema36.properties.signal,
						data: data2
					};
					if (vErrors === null) vErrors = [err7];
					else vErrors.push(err7);
					errors++;
				}
			} else {
				const err8 = {
					instancePath: instancePath + "/signal",
					schemaPath: "#/properties/signal/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema36.properties.signal.type,
					parentSchema: schema36.properties.signal,
					data: data2
				};
				if (vErrors === null) vErrors = [err8];
				else vErrors.push(err8);
				errors++;
			}
		}
		if (data.value !== void 0) {
			let data3 = data.value;
			if (!(typeof data3 == "number" && isFinite(data3))) {
				const err9 = {
					instancePath: instancePath + "/value",
					schemaPath: "#/properties/value/type",
					keyword: "type",
					params: { type: "number" },
					message: "must be number",
					schema: schema36.properties.value.type,
					parentSchema: schema36.properties.value,
					data: data3
				};
				if (vErrors === null) vErrors = [err9];
				else vErrors.push(err9);
				errors++;
			}
		}
		if (data.breachStartedAt !== void 0) {
			let data4 = data.breachStartedAt;
			if (typeof data4 === "string") {
				if (func1(data4) > 64) {
					const err10 = {
						instancePath: instancePath + "/breachStartedAt",
						schemaPath: "#/$defs/Timestamp/maxLength",
						keyword: "maxLength",
						params: { limit: 64 },
						message: "must NOT have more than 64 characters",
						schema: 64,
						parentSchema: schema34,
						data: data4
					};
					if (vErrors === null) vErrors = [err10];
					else vErrors.push(err10);
					errors++;
				}
				if (!formats0.validate(data4)) {
					const err11 = {
						instancePath: instancePath + "/breachStartedAt",
						schemaPath: "#/$defs/Timestamp/format",
						keyword: "format",
						params: { format: "date-time" },
						message: "must match format \"date-time\"",
						schema: "date-time",
						parentSchema: schema34,
						data: data4
					};
					if (vErrors === null) vErrors = [err11];
					else vErrors.push(err11);
					errors++;
				}
			} else {
				const err12 = {
					instancePath: instancePath + "/breachStartedAt",
					schemaPath: "#/$defs/Timestamp/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema34.type,
					parentSchema: schema34,
					data: data4
				};
				if (vErrors === null) vErrors = [err12];
				else vErrors.push(err12);
				errors++;
			}
		}
	} else {
		const err13 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema36.type,
			parentSchema: schema36,
			data
		};
		if (vErrors === null) vErrors = [err13];
		else vErrors.push(err13);
		errors++;
	}
	validate23.errors = vErrors;
	return errors === 0;
}
validate23.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const schema39 = {
	"title": "Halt",
	"type": "object",
	"additionalProperties": false,
	"required": ["at"],
	"properties": {
		"at": { "$ref": "#/$defs/Timestamp" },
		"reason": {
			"type": "string",
			"maxLength": 2e3
		}
	}
};
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate25.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.at === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "at" },
				message: "must have required property 'at'",
				schema: schema39.required,
				parentSchema: schema39,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "at" || key0 === "reason")) {
			const err1 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema39,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.at !== void 0) {
			let data0 = data.at;
			if (typeof data0 === "string") {
				if (func1(data0) > 64) {
					const err2 = {
						instancePath: instancePath + "/at",
						schemaPath: "#/$defs/Timestamp/maxLength",
						keyword: "maxLength",
						params: { limit: 64 },
						message: "must NOT have more than 64 characters",
						schema: 64,
						parentSchema: schema34,
						data: data0
					};
					if (vErrors === null) vErrors = [err2];
					else vErrors.push(err2);
					errors++;
				}
				if (!formats0.validate(data0)) {
					const err3 = {
						instancePath: instancePath + "/at",
						schemaPath: "#/$defs/Timestamp/format",
						keyword: "format",
						params: { format: "date-time" },
						message: "must match format \"date-time\"",
						schema: "date-time",
						parentSchema: schema34,
						data: data0
					};
					if (vErrors === null) vErrors = [err3];
					else vErrors.push(err3);
					errors++;
				}
			} else {
				const err4 = {
					instancePath: instancePath + "/at",
					schemaPath: "#/$defs/Timestamp/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema34.type,
					parentSchema: schema34,
					data: data0
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
		}
		if (data.reason !== void 0) {
			let data1 = data.reason;
			if (typeof data1 === "string") {
				if (func1(data1) > 2e3) {
					const err5 = {
						instancePath: instancePath + "/reason",
						schemaPath: "#/properties/reason/maxLength",
						keyword: "maxLength",
						params: { limit: 2e3 },
						message: "must NOT have more than 2000 characters",
						schema: 2e3,
						parentSchema: schema39.properties.reason,
						data: data1
					};
					if (vErrors === null) vErrors = [err5];
					else vErrors.push(err5);
					errors++;
				}
			} else {
				const err6 = {
					instancePath: instancePath + "/reason",
					schemaPath: "#/properties/reason/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema39.properties.reason.type,
					parentSchema: schema39.properties.reason,
					data: data1
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
		}
	} else {
		const err7 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema39.type,
			parentSchema: schema39,
			data
		};
		if (vErrors === null) vErrors = [err7];
		else vErrors.push(err7);
		errors++;
	}
	validate25.errors = vErrors;
	return errors === 0;
}
validate25.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const schema41 = {
	"title": "RollbackRun",
	"type": "object",
	"additionalProperties": false,
	"required": ["at"],
	"properties": {
		"at": { "$ref": "#/$defs/Timestamp" },
		"completedAt": { "$ref": "#/$defs/Timestamp" }
	}
};
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate27.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.at === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "at" },
				message: "must have required property 'at'",
				schema: schema41.required,
				parentSchema: schema41,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "at" || key0 === "completedAt")) {
			const err1 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema41,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.at !== void 0) {
			let data0 = data.at;
			if (typeof data0 === "string") {
				if (func1(data0) > 64) {
					const err2 = {
						instancePath: instancePath + "/at",
						schemaPath: "#/$defs/Timestamp/maxLength",
						keyword: "maxLength",
						params: { limit: 64 },
						message: "must NOT have more than 64 characters",
						schema: 64,
						parentSchema: schema34,
						data: data0
					};
					if (vErrors === null) vErrors = [err2];
					else vErrors.push(err2);
					errors++;
				}
				if (!formats0.validate(data0)) {
					const err3 = {
						instancePath: instancePath + "/at",
						schemaPath: "#/$defs/Timestamp/format",
						keyword: "format",
						params: { format: "date-time" },
						message: "must match format \"date-time\"",
						schema: "date-time",
						parentSchema: schema34,
						data: data0
					};
					if (vErrors === null) vErrors = [err3];
					else vErrors.push(err3);
					errors++;
				}
			} else {
				const err4 = {
					instancePath: instancePath + "/at",
					schemaPath: "#/$defs/Timestamp/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema34.type,
					parentSchema: schema34,
					data: data0
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
		}
		if (data.completedAt !== void 0) {
			let data1 = data.completedAt;
			if (typeof data1 === "string") {
				if (func1(data1) > 64) {
					const err5 = {
						instancePath: instancePath + "/completedAt",
						schemaPath: "#/$defs/Timestamp/maxLength",
						keyword: "maxLength",
						params: { limit: 64 },
						message: "must NOT have more than 64 characters",
						schema: 64,
						parentSchema: schema34,
						data: data1
					};
					if (vErrors === null) vErrors = [err5];
					else vErrors.push(err5);
					errors++;
				}
				if (!formats0.validate(data1)) {
					const err6 = {
						instancePath: instancePath + "/completedAt",
						schemaPath: "#/$defs/Timestamp/format",
						keyword: "format",
						params: { format: "date-time" },
						message: "must match format \"date-time\"",
						schema: "date-time",
						parentSchema: schema34,
						data: data1
					};
					if (vErrors === null) vErrors = [err6];
					else vErrors.push(err6);
					errors++;
				}
			} else {
				const err7 = {
					instancePath: instancePath + "/completedAt",
					schemaPath: "#/$defs/Timestamp/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema34.type,
					parentSchema: schema34,
					data: data1
				};
				if (vErrors === null) vErrors = [err7];
				else vErrors.push(err7);
				errors++;
			}
		}
	} else {
		const err8 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema41.type,
			parentSchema: schema41,
			data
		};
		if (vErrors === null) vErrors = [err8];
		else vErrors.push(err8);
		errors++;
	}
	validate27.errors = vErrors;
	return errors === 0;
}
validate27.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate22.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.name === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "name" },
				message: "must have required property 'name'",
				schema: schema33.required,
				parentSchema: schema33,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.start === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "start" },
				message: "must have required property 'start'",
				schema: schema33.required,
				parentSchema: schema33,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "name" || key0 === "start" || key0 === "end" || key0 === "hostsReached" || key0 === "gates" || key0 === "halt" || key0 === "rollback")) {
			const err2 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema33,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.name !== void 0) {
			let data0 = data.name;
			if (typeof data0 === "string") {
				if (func1(data0) > 200) {
					const err3 = {
						instancePath: instancePath + "/name",
						schemaPath: "#/properties/name/maxLength",
						keyword: "maxLength",
						params: { limit: 200 },
						message: "must NOT have more than 200 characters",
						schema: 200,
						parentSchema: schema33.properties.name,
						data: data0
					};
					if (vErrors === null) vErrors = [err3];
					else vErrors.push(err3);
					errors++;
				}
				if (func1(data0) < 1) {
					const err4 = {
						instancePath: instancePath + "/name",
						schemaPath: "#/properties/name/minLength",
						keyword: "minLength",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 characters",
						schema: 1,
						parentSchema: schema33.properties.name,
						data: data0
					};
					if (vErrors === null) vErrors = [err4];
					else vErrors.push(err4);
					errors++;
				}
			} else {
				const err5 = {
					instancePath: instancePath + "/name",
					schemaPath: "#/properties/name/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema33.properties.name.type,
					parentSchema: schema33.properties.name,
					data: data0
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.start !== void 0) {
			let data1 = data.start;
			if (typeof data1 === "string") {
				if (func1(data1) > 64) {
					const err6 = {
						instancePath: instancePath + "/start",
						schemaPath: "#/$defs/Timestamp/maxLength",
						keyword: "maxLength",
						params: { limit: 64 },
						message: "must NOT have more than 64 characters",
						schema: 64,
						parentSchema: schema34,
						data: data1
					};
					if (vErrors === null) vErrors = [err6];
					else vErrors.push(err6);
					errors++;
				}
				if (!formats0.validate(data1)) {
					const err7 = {
						instancePath: instancePath + "/start",
						schemaPath: "#/$defs/Timestamp/format",
						keyword: "format",
						params: { format: "date-time" },
						message: "must match format \"date-time\"",
						schema: "date-time",
						parentSchema: schema34,
						data: data1
					};
					if (vErrors === null) vErrors = [err7];
					else vErrors.push(err7);
					errors++;
				}
			} else {
				const err8 = {
					instancePath: instancePath + "/start",
					schemaPath: "#/$defs/Timestamp/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema34.type,
					parentSchema: schema34,
					data: data1
				};
				if (vErrors === null) vErrors = [err8];
				else vErrors.push(err8);
				errors++;
			}
		}
		if (data.end !== void 0) {
			let data2 = data.end;
			if (typeof data2 === "string") {
				if (func1(data2) > 64) {
					const err9 = {
						instancePath: instancePath + "/end",
						schemaPath: "#/$defs/Timestamp/maxLength",
						keyword: "maxLength",
						params: { limit: 64 },
						message: "must NOT have more than 64 characters",
						schema: 64,
						parentSchema: schema34,
						data: data2
					};
					if (vErrors === null) vErrors = [err9];
					else vErrors.push(err9);
					errors++;
				}
				if (!formats0.validate(data2)) {
					const err10 = {
						instancePath: instancePath + "/end",
						schemaPath: "#/$defs/Timestamp/format",
						keyword: "format",
						params: { format: "date-time" },
						message: "must match format \"date-time\"",
						schema: "date-time",
						parentSchema: schema34,
						data: data2
					};
					if (vErrors === null) vErrors = [err10];
					else vErrors.push(err10);
					errors++;
				}
			} else {
				const err11 = {
					instancePath: instancePath + "/end",
					schemaPath: "#/$defs/Timestamp/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema34.type,
					parentSchema: schema34,
					data: data2
				};
				if (vErrors === null) vErrors = [err11];
				else vErrors.push(err11);
				errors++;
			}
		}
		if (data.hostsReached !== void 0) {
			let data3 = data.hostsReached;
			if (!(typeof data3 == "number" && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
				const err12 = {
					instancePath: instancePath + "/hostsReached",
					schemaPath: "#/properties/hostsReached/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema33.properties.hostsReached.type,
					parentSchema: schema33.properties.hostsReached,
					data: data3
				};
				if (vErrors === null) vErrors = [err12];
				else vErrors.push(err12);
				errors++;
			}
			if (typeof data3 == "number" && isFinite(data3)) {
				if (data3 < 0 || isNaN(data3)) {
					const err13 = {
						instancePath: instancePath + "/hostsReached",
						schemaPath: "#/properties/hostsReached/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema33.properties.hostsReached,
						data: data3
					};
					if (vErrors === null) vErrors = [err13];
					else vErrors.push(err13);
					errors++;
				}
			}
		}
		if (data.gates !== void 0) {
			let data4 = data.gates;
			if (Array.isArray(data4)) {
				if (data4.length > 1e3) {
					const err14 = {
						instancePath: instancePath + "/gates",
						schemaPath: "#/properties/gates/maxItems",
						keyword: "maxItems",
						params: { limit: 1e3 },
						message: "must NOT have more than 1000 items",
						schema: 1e3,
						parentSchema: schema33.properties.gates,
						data: data4
					};
					if (vErrors === null) vErrors = [err14];
					else vErrors.push(err14);
					errors++;
				}
				const len0 = data4.length;
				for (let i0 = 0; i0 < len0; i0++) if (!validate23(data4[i0], {
					instancePath: instancePath + "/gates/" + i0,
					parentData: data4,
					parentDataProperty: i0,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
					errors = vErrors.length;
				}
			} else {
				const err15 = {
					instancePath: instancePath + "/gates",
					schemaPath: "#/properties/gates/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema33.properties.gates.type,
					parentSchema: schema33.properties.gates,
					data: data4
				};
				if (vErrors === null) vErrors = [err15];
				else vErrors.push(err15);
				errors++;
			}
		}
		if (data.halt !== void 0) {
			if (!validate25(data.halt, {
				instancePath: instancePath + "/halt",
				parentData: data,
				parentDataProperty: "halt",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
				errors = vErrors.length;
			}
		}
		if (data.rollback !== void 0) {
			if (!validate27(data.rollback, {
				instancePath: instancePath + "/rollback",
				parentData: data,
				parentDataProperty: "rollback",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
				errors = vErrors.length;
			}
		}
	} else {
		const err16 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema33.type,
			parentSchema: schema33,
			data
		};
		if (vErrors === null) vErrors = [err16];
		else vErrors.push(err16);
		errors++;
	}
	validate22.errors = vErrors;
	return errors === 0;
}
validate22.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate21.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.id === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "id" },
				message: "must have required property 'id'",
				schema: schema32.required,
				parentSchema: schema32,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.channel === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "channel" },
				message: "must have required property 'channel'",
				schema: schema32.required,
				parentSchema: schema32,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.rings === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "rings" },
				message: "must have required property 'rings'",
				schema: schema32.required,
				parentSchema: schema32,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "id" || key0 === "channel" || key0 === "emergency" || key0 === "description" || key0 === "rings")) {
			const err3 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema32,
				data
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		if (data.id !== void 0) {
			let data0 = data.id;
			if (typeof data0 === "string") {
				if (func1(data0) > 200) {
					const err4 = {
						instancePath: instancePath + "/id",
						schemaPath: "#/properties/id/maxLength",
						keyword: "maxLength",
						params: { limit: 200 },
						message: "must NOT have more than 200 characters",
						schema: 200,
						parentSchema: schema32.properties.id,
						data: data0
					};
					if (vErrors === null) vErrors = [err4];
					else vErrors.push(err4);
					errors++;
				}
				if (func1(data0) < 1) {
					const err5 = {
						instancePath: instancePath + "/id",
						schemaPath: "#/properties/id/minLength",
						keyword: "minLength",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 characters",
						schema: 1,
						parentSchema: schema32.properties.id,
						data: data0
					};
					if (vErrors === null) vErrors = [err5];
					else vErrors.push(err5);
					errors++;
				}
			} else {
				const err6 = {
					instancePath: instancePath + "/id",
					schemaPath: "#/properties/id/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema32.properties.id.type,
					parentSchema: schema32.properties.id,
					data: data0
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
		}
		if (data.channel !== void 0) {
			let data1 = data.channel;
			if (typeof data1 === "string") {
				if (func1(data1) > 200) {
					const err7 = {
						instancePath: instancePath + "/channel",
						schemaPath: "#/properties/channel/maxLength",
						keyword: "maxLength",
						params: { limit: 200 },
						message: "must NOT have more than 200 characters",
						schema: 200,
						parentSchema: schema32.properties.channel,
						data: data1
					};
					if (vErrors === null) vErrors = [err7];
					else vErrors.push(err7);
					errors++;
				}
				if (func1(data1) < 1) {
					const err8 = {
						instancePath: instancePath + "/channel",
						schemaPath: "#/properties/channel/minLength",
						keyword: "minLength",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 characters",
						schema: 1,
						parentSchema: schema32.properties.channel,
						data: data1
					};
					if (vErrors === null) vErrors = [err8];
					else vErrors.push(err8);
					errors++;
				}
			} else {
				const err9 = {
					instancePath: instancePath + "/channel",
					schemaPath: "#/properties/channel/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema32.properties.channel.type,
					parentSchema: schema32.properties.channel,
					data: data1
				};
				if (vErrors === null) vErrors = [err9];
				else vErrors.push(err9);
				errors++;
			}
		}
		if (data.emergency !== void 0) {
			let data2 = data.emergency;
			if (typeof data2 !== "boolean") {
				const err10 = {
					instancePath: instancePath + "/emergency",
					schemaPath: "#/properties/emergency/type",
					keyword: "type",
					params: { type: "boolean" },
					message: "must be boolean",
					schema: schema32.properties.emergency.type,
					parentSchema: schema32.properties.emergency,
					data: data2
				};
				if (vErrors === null) vErrors = [err10];
				else vErrors.push(err10);
				errors++;
			}
		}
		if (data.description !== void 0) {
			let data3 = data.description;
			if (typeof data3 === "string") {
				if (func1(data3) > 2e3) {
					const err11 = {
						instancePath: instancePath + "/description",
						schemaPath: "#/properties/description/maxLength",
						keyword: "maxLength",
						params: { limit: 2e3 },
						message: "must NOT have more than 2000 characters",
						schema: 2e3,
						parentSchema: schema32.properties.description,
						data: data3
					};
					if (vErrors === null) vErrors = [err11];
					else vErrors.push(err11);
					errors++;
				}
			} else {
				const err12 = {
					instancePath: instancePath + "/description",
					schemaPath: "#/properties/description/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema32.properties.description.type,
					parentSchema: schema32.properties.description,
					data: data3
				};
				if (vErrors === null) vErrors = [err12];
				else vErrors.push(err12);
				errors++;
			}
		}
		if (data.rings !== void 0) {
			let data4 = data.rings;
			if (Array.isArray(data4)) {
				if (data4.length > 100) {
					const err13 = {
						instancePath: instancePath + "/rings",
						schemaPath: "#/properties/rings/maxItems",
						keyword: "maxItems",
						params: { limit: 100 },
						message: "must NOT have more than 100 items",
						schema: 100,
						parentSchema: schema32.properties.rings,
						data: data4
					};
					if (vErrors === null) vErrors = [err13];
					else vErrors.push(err13);
					errors++;
				}
				const len0 = data4.length;
				for (let i0 = 0; i0 < len0; i0++) if (!validate22(data4[i0], {
					instancePath: instancePath + "/rings/" + i0,
					parentData: data4,
					parentDataProperty: i0,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
					errors = vErrors.length;
				}
			} else {
				const err14 = {
					instancePath: instancePath + "/rings",
					schemaPath: "#/properties/rings/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema32.properties.rings.type,
					parentSchema: schema32.properties.rings,
					data: data4
				};
				if (vErrors === null) vErrors = [err14];
				else vErrors.push(err14);
				errors++;
			}
		}
	} else {
		const err15 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema32.type,
			parentSchema: schema32,
			data
		};
		if (vErrors === null) vErrors = [err15];
		else vErrors.push(err15);
		errors++;
	}
	validate21.errors = vErrors;
	return errors === 0;
}
validate21.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate20.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.apiVersion === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "apiVersion" },
				message: "must have required property 'apiVersion'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.kind === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "kind" },
				message: "must have required property 'kind'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.metadata === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "metadata" },
				message: "must have required property 'metadata'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "$schema" || key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "releases")) {
			const err3 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		if (data.$schema !== void 0) {
			let data0 = data.$schema;
			if (typeof data0 !== "string") {
				const err4 = {
					instancePath: instancePath + "/$schema",
					schemaPath: "#/properties/%24schema/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.$schema.type,
					parentSchema: schema31.properties.$schema,
					data: data0
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
		}
		if (data.apiVersion !== void 0) {
			let data1 = data.apiVersion;
			if ("ringfence.dev/v1" !== data1) {
				const err5 = {
					instancePath: instancePath + "/apiVersion",
					schemaPath: "#/properties/apiVersion/const",
					keyword: "const",
					params: { allowedValue: "ringfence.dev/v1" },
					message: "must be equal to constant",
					schema: "ringfence.dev/v1",
					parentSchema: schema31.properties.apiVersion,
					data: data1
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.kind !== void 0) {
			let data2 = data.kind;
			if ("ReleaseHistory" !== data2) {
				const err6 = {
					instancePath: instancePath + "/kind",
					schemaPath: "#/properties/kind/const",
					keyword: "const",
					params: { allowedValue: "ReleaseHistory" },
					message: "must be equal to constant",
					schema: "ReleaseHistory",
					parentSchema: schema31.properties.kind,
					data: data2
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
		}
		if (data.metadata !== void 0) {
			let data3 = data.metadata;
			if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
				if (data3.vendor === void 0) {
					const err7 = {
						instancePath: instancePath + "/metadata",
						schemaPath: "#/properties/metadata/required",
						keyword: "required",
						params: { missingProperty: "vendor" },
						message: "must have required property 'vendor'",
						schema: schema31.properties.metadata.required,
						parentSchema: schema31.properties.metadata,
						data: data3
					};
					if (vErrors === null) vErrors = [err7];
					else vErrors.push(err7);
					errors++;
				}
				if (data3.product === void 0) {
					const err8 = {
						instancePath: instancePath + "/metadata",
						schemaPath: "#/properties/metadata/required",
						keyword: "required",
						params: { missingProperty: "product" },
						message: "must have required property 'product'",
						schema: schema31.properties.metadata.required,
						parentSchema: schema31.properties.metadata,
						data: data3
					};
					if (vErrors === null) vErrors = [err8];
					else vErrors.push(err8);
					errors++;
				}
				for (const key1 in data3) if (!(key1 === "vendor" || key1 === "product" || key1 === "generatedBy" || key1 === "generatedAt")) {
					const err9 = {
						instancePath: instancePath + "/metadata",
						schemaPath: "#/properties/metadata/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema31.properties.metadata,
						data: data3
					};
					if (vErrors === null) vErrors = [err9];
					else vErrors.push(err9);
					errors++;
				}
				if (data3.vendor !== void 0) {
					let data4 = data3.vendor;
					if (typeof data4 === "string") {
						if (func1(data4) > 200) {
							const err10 = {
								instancePath: instancePath + "/metadata/vendor",
								schemaPath: "#/properties/metadata/properties/vendor/maxLength",
								keyword: "maxLength",
								params: { limit: 200 },
								message: "must NOT have more than 200 characters",
								schema: 200,
								parentSchema: schema31.properties.metadata.properties.vendor,
								data: data4
							};
							if (vErrors === null) vErrors = [err10];
							else vErrors.push(err10);
							errors++;
						}
						if (func1(data4) < 1) {
							const err11 = {
								instancePath: instancePath + "/metadata/vendor",
								schemaPath: "#/properties/metadata/properties/vendor/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema31.properties.metadata.properties.vendor,
								data: data4
							};
							if (vErrors === null) vErrors = [err11];
							else vErrors.push(err11);
							errors++;
						}
					} else {
						const err12 = {
							instancePath: instancePath + "/metadata/vendor",
							schemaPath: "#/properties/metadata/properties/vendor/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema31.properties.metadata.properties.vendor.type,
							parentSchema: schema31.properties.metadata.properties.vendor,
							data: data4
						};
						if (vErrors === null) vErrors = [err12];
						else vErrors.push(err12);
						errors++;
					}
				}
				if (data3.product !== void 0) {
					let data5 = data3.product;
					if (typeof data5 === "string") {
						if (func1(data5) > 200) {
							const err13 = {
								instancePath: instancePath + "/metadata/product",
								schemaPath: "#/properties/metadata/properties/product/maxLength",
								keyword: "maxLength",
								params: { limit: 200 },
								message: "must NOT have more than 200 characters",
								schema: 200,
								parentSchema: schema31.properties.metadata.properties.product,
								data: data5
							};
							if (vErrors === null) vErrors = [err13];
							else vErrors.push(err13);
							errors++;
						}
						if (func1(data5) < 1) {
							const err14 = {
								instancePath: instancePath + "/metadata/product",
								schemaPath: "#/properties/metadata/properties/product/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema31.properties.metadata.properties.product,
								data: data5
							};
							if (vErrors === null) vErrors = [err14];
							else vErrors.push(err14);
							errors++;
						}
					} else {
						const err15 = {
							instancePath: instancePath + "/metadata/product",
							schemaPath: "#/properties/metadata/properties/product/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema31.properties.metadata.properties.product.type,
							parentSchema: schema31.properties.metadata.properties.product,
							data: data5
						};
						if (vErrors === null) vErrors = [err15];
						else vErrors.push(err15);
						errors++;
					}
				}
				if (data3.generatedBy !== void 0) {
					let data6 = data3.generatedBy;
					if (typeof data6 === "string") {
						if (func1(data6) > 200) {
							const err16 = {
								instancePath: instancePath + "/metadata/generatedBy",
								schemaPath: "#/properties/metadata/properties/generatedBy/maxLength",
								keyword: "maxLength",
								params: { limit: 200 },
								message: "must NOT have more than 200 characters",
								schema: 200,
								parentSchema: schema31.properties.metadata.properties.generatedBy,
								data: data6
							};
							if (vErrors === null) vErrors = [err16];
							else vErrors.push(err16);
							errors++;
						}
					} else {
						const err17 = {
							instancePath: instancePath + "/metadata/generatedBy",
							schemaPath: "#/properties/metadata/properties/generatedBy/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema31.properties.metadata.properties.generatedBy.type,
							parentSchema: schema31.properties.metadata.properties.generatedBy,
							data: data6
						};
						if (vErrors === null) vErrors = [err17];
						else vErrors.push(err17);
						errors++;
					}
				}
				if (data3.generatedAt !== void 0) {
					let data7 = data3.generatedAt;
					if (typeof data7 === "string") {
						if (!formats0.validate(data7)) {
							const err18 = {
								instancePath: instancePath + "/metadata/generatedAt",
								schemaPath: "#/properties/metadata/properties/generatedAt/format",
								keyword: "format",
								params: { format: "date-time" },
								message: "must match format \"date-time\"",
								schema: "date-time",
								parentSchema: schema31.properties.metadata.properties.generatedAt,
								data: data7
							};
							if (vErrors === null) vErrors = [err18];
							else vErrors.push(err18);
							errors++;
						}
					} else {
						const err19 = {
							instancePath: instancePath + "/metadata/generatedAt",
							schemaPath: "#/properties/metadata/properties/generatedAt/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema31.properties.metadata.properties.generatedAt.type,
							parentSchema: schema31.properties.metadata.properties.generatedAt,
							data: data7
						};
						if (vErrors === null) vErrors = [err19];
						else vErrors.push(err19);
						errors++;
					}
				}
			} else {
				const err20 = {
					instancePath: instancePath + "/metadata",
					schemaPath: "#/properties/metadata/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema31.properties.metadata.type,
					parentSchema: schema31.properties.metadata,
					data: data3
				};
				if (vErrors === null) vErrors = [err20];
				else vErrors.push(err20);
				errors++;
			}
		}
		if (data.releases !== void 0) {
			let data8 = data.releases;
			if (Array.isArray(data8)) {
				if (data8.length > 1e5) {
					const err21 = {
						instancePath: instancePath + "/releases",
						schemaPath: "#/properties/releases/maxItems",
						keyword: "maxItems",
						params: { limit: 1e5 },
						message: "must NOT have more than 100000 items",
						schema: 1e5,
						parentSchema: schema31.properties.releases,
						data: data8
					};
					if (vErrors === null) vErrors = [err21];
					else vErrors.push(err21);
					errors++;
				}
				const len0 = data8.length;
				for (let i0 = 0; i0 < len0; i0++) if (!validate21(data8[i0], {
					instancePath: instancePath + "/releases/" + i0,
					parentData: data8,
					parentDataProperty: i0,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
					errors = vErrors.length;
				}
			} else {
				const err22 = {
					instancePath: instancePath + "/releases",
					schemaPath: "#/properties/releases/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.releases.type,
					parentSchema: schema31.properties.releases,
					data: data8
				};
				if (vErrors === null) vErrors = [err22];
				else vErrors.push(err22);
				errors++;
			}
		}
	} else {
		const err23 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema31.type,
			parentSchema: schema31,
			data
		};
		if (vErrors === null) vErrors = [err23];
		else vErrors.push(err23);
		errors++;
	}
	validate20.errors = vErrors;
	return errors === 0;
}
validate20.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
module.exports.schemaDigest = "99067cac14c67c124a1ba33933cc7c9307b8f1039e2e1ec68fec3ffd7171db30";
