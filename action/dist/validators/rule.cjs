"use strict";
const require_ucs2length$1 = require("./shared-5ab0ab80.cjs");
const require_formats$1 = require("./shared-7d2e0bb5.cjs");
// dist/validators/rule.cjs
module.exports = validate20;
module.exports.default = validate20;
const schema31 = {
	"$schema": "https://json-schema.org/draft/2020-12/schema",
	"$id": "urn:ringfence:schema:rule",
	"title": "Rule",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"name",
		"title",
		"appliesTo",
		"assert",
		"message",
		"rationale",
		"remediation",
		"tests"
	],
	"properties": {
		"$schema": { "type": "string" },
		"name": {
			"type": "string",
			"pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
		},
		"title": {
			"type": "string",
			"minLength": 1
		},
		"description": { "type": "string" },
		"appliesTo": { "enum": ["VendorManifest", "DeploymentConfig"] },
		"forEach": { "type": "string" },
		"as": {
			"type": "string",
			"pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
		},
		"when": { "type": "string" },
		"evidence": {
			"type": "array",
			"items": { "type": "string" }
		},
		"assert": { "type": "string" },
		"judges": { "const": "document" },
		"at": { "type": "string" },
		"related": {
			"type": "array",
			"maxItems": 32,
			"items": {
				"type": "object",
				"additionalProperties": false,
				"required": ["at", "message"],
				"properties": {
					"forEach": { "type": "string" },
					"as": {
						"type": "string",
						"pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
					},
					"when": { "type": "string" },
					"at": { "type": "string" },
					"message": {
						"type": "string",
						"minLength": 1
					}
				}
			}
		},
		"message": { "type": "string" },
		"params": { "type": "object" },
		"rationale": { "type": "string" },
		"remediation": { "type": "string" },
		"references": {
			"type": "array",
			"items": {
				"type": "object",
				"additionalProperties": false,
				"required": ["title"],
				"properties": {
					"title": { "type": "string" },
					"url": { "type": "string" }
				}
			}
		},
		"tests": {
			"type": "array",
			"minItems": 1,
			"items": {
				"type": "object",
				"additionalProperties": false,
				"required": [
					"name",
					"doc",
					"expect"
				],
				"properties": {
					"name": { "type": "string" },
					"doc": { "type": "object" },
					"vendor": { "type": "object" },
					"backing": { "type": "object" },
					"params": { "type": "object" },
					"asOf": {
						"type": "string",
						"format": "date"
					},
					"related": {
						"type": "array",
						"items": { "type": "string" }
					},
					"expect": { "oneOf": [{ "$ref": "#/$defs/outcome" }, {
						"type": "array",
						"items": { "$ref": "#/$defs/outcome" }
					}] }
				}
			}
		}
	},
	"dependentSchemas": { "judges": {
		"title": "a rule that judges the document itself (judges: document) has no forEach and no evidence: it reads no claim",
		"not": { "anyOf": [{
			"properties": { "forEach": true },
			"required": ["forEach"]
		}, {
			"properties": { "evidence": true },
			"required": ["evidence"]
		}] }
	} },
	"$defs": { "outcome": { "enum": [
		"pass",
		"fail",
		"not_applicable",
		"missing_evidence",
		"error"
	] } }
};
const schema32 = { "enum": [
	"pass",
	"fail",
	"not_applicable",
	"missing_evidence",
	"error"
] };
const func1 = Object.prototype.hasOwnProperty;
const func2 = require_ucs2length$1.require_ucs2length().default;
const pattern4 = new RegExp("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", "u");
const pattern5 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const formats0 = require_formats$1.require_formats().fullFormats.date;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate20.evaluated;
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
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.title === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "title" },
				message: "must have required property 'title'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.appliesTo === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "appliesTo" },
				message: "must have required property 'appliesTo'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.assert === void 0) {
			const err3 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "assert" },
				message: "must have required property 'assert'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		if (data.message === void 0) {
			const err4 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "message" },
				message: "must have required property 'message'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err4];
			else vErrors.push(err4);
			errors++;
		}
		if (data.rationale === void 0) {
			const err5 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "rationale" },
				message: "must have required property 'rationale'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err5];
			else vErrors.push(err5);
			errors++;
		}
		if (data.remediation === void 0) {
			const err6 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "remediation" },
				message: "must have required property 'remediation'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err6];
			else vErrors.push(err6);
			errors++;
		}
		if (data.tests === void 0) {
			const err7 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "tests" },
				message: "must have required property 'tests'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err7];
			else vErrors.push(err7);
			errors++;
		}
		for (const key0 in data) if (!func1.call(schema31.properties, key0)) {
			const err8 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err8];
			else vErrors.push(err8);
			errors++;
		}
		if (data.$schema !== void 0) {
			let data0 = data.$schema;
			if (typeof data0 !== "string") {
				const err9 = {
					instancePath: instancePath + "/$schema",
					schemaPath: "#/properties/%24schema/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.$schema.type,
					parentSchema: schema31.properties.$schema,
					data: data0
				};
				if (vErrors === null) vErrors = [err9];
				else vErrors.push(err9);
				errors++;
			}
		}
		if (data.name !== void 0) {
			let data1 = data.name;
			if (typeof data1 === "string") {
				if (!pattern4.test(data1)) {
					const err10 = {
						instancePath: instancePath + "/name",
						schemaPath: "#/properties/name/pattern",
						keyword: "pattern",
						params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" },
						message: "must match pattern \"^[a-z][a-z0-9]*(-[a-z0-9]+)*$\"",
						schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$",
						parentSchema: schema31.properties.name,
						data: data1
					};
					if (vErrors === null) vErrors = [err10];
					else vErrors.push(err10);
					errors++;
				}
			} else {
				const err11 = {
					instancePath: instancePath + "/name",
					schemaPath: "#/properties/name/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.name.type,
					parentSchema: schema31.properties.name,
					data: data1
				};
				if (vErrors === null) vErrors = [err11];
				else vErrors.push(err11);
				errors++;
			}
		}
		if (data.title !== void 0) {
			let data2 = data.title;
			if (typeof data2 === "string") {
				if (func2(data2) < 1) {
					const err12 = {
						instancePath: instancePath + "/title",
						schemaPath: "#/properties/title/minLength",
						keyword: "minLength",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 characters",
						schema: 1,
						parentSchema: schema31.properties.title,
						data: data2
					};
					if (vErrors === null) vErrors = [err12];
					else vErrors.push(err12);
					errors++;
				}
			} else {
				const err13 = {
					instancePath: instancePath + "/title",
					schemaPath: "#/properties/title/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.title.type,
					parentSchema: schema31.properties.title,
					data: data2
				};
				if (vErrors === null) vErrors = [err13];
				else vErrors.push(err13);
				errors++;
			}
		}
		if (data.description !== void 0) {
			let data3 = data.description;
			if (typeof data3 !== "string") {
				const err14 = {
					instancePath: instancePath + "/description",
					schemaPath: "#/properties/description/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.description.type,
					parentSchema: schema31.properties.description,
					data: data3
				};
				if (vErrors === null) vErrors = [err14];
				else vErrors.push(err14);
				errors++;
			}
		}
		if (data.appliesTo !== void 0) {
			let data4 = data.appliesTo;
			if (!(data4 === "VendorManifest" || data4 === "DeploymentConfig")) {
				const err15 = {
					instancePath: instancePath + "/appliesTo",
					schemaPath: "#/properties/appliesTo/enum",
					keyword: "enum",
					params: { allowedValues: schema31.properties.appliesTo.enum },
					message: "must be equal to one of the allowed values",
					schema: schema31.properties.appliesTo.enum,
					parentSchema: schema31.properties.appliesTo,
					data: data4
				};
				if (vErrors === null) vErrors = [err15];
				else vErrors.push(err15);
				errors++;
			}
		}
		if (data.forEach !== void 0) {
			let data5 = data.forEach;
			if (typeof data5 !== "string") {
				const err16 = {
					instancePath: instancePath + "/forEach",
					schemaPath: "#/properties/forEach/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.forEach.type,
					parentSchema: schema31.properties.forEach,
					data: data5
				};
				if (vErrors === null) vErrors = [err16];
				else vErrors.push(err16);
				errors++;
			}
		}
		if (data.as !== void 0) {
			let data6 = data.as;
			if (typeof data6 === "string") {
				if (!pattern5.test(data6)) {
					const err17 = {
						instancePath: instancePath + "/as",
						schemaPath: "#/properties/as/pattern",
						keyword: "pattern",
						params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
						message: "must match pattern \"^[A-Za-z_][A-Za-z0-9_]*$\"",
						schema: "^[A-Za-z_][A-Za-z0-9_]*$",
						parentSchema: schema31.properties.as,
						data: data6
					};
					if (vErrors === null) vErrors = [err17];
					else vErrors.push(err17);
					errors++;
				}
			} else {
				const err18 = {
					instancePath: instancePath + "/as",
					schemaPath: "#/properties/as/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.as.type,
					parentSchema: schema31.properties.as,
					data: data6
				};
				if (vErrors === null) vErrors = [err18];
				else vErrors.push(err18);
				errors++;
			}
		}
		if (data.when !== void 0) {
			let data7 = data.when;
			if (typeof data7 !== "string") {
				const err19 = {
					instancePath: instancePath + "/when",
					schemaPath: "#/properties/when/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.when.type,
					parentSchema: schema31.properties.when,
					data: data7
				};
				if (vErrors === null) vErrors = [err19];
				else vErrors.push(err19);
				errors++;
			}
		}
		if (data.evidence !== void 0) {
			let data8 = data.evidence;
			if (Array.isArray(data8)) {
				const len0 = data8.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data9 = data8[i0];
					if (typeof data9 !== "string") {
						const err20 = {
							instancePath: instancePath + "/evidence/" + i0,
							schemaPath: "#/properties/evidence/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema31.properties.evidence.items.type,
							parentSchema: schema31.properties.evidence.items,
							data: data9
						};
						if (vErrors === null) vErrors = [err20];
						else vErrors.push(err20);
						errors++;
					}
				}
			} else {
				const err21 = {
					instancePath: instancePath + "/evidence",
					schemaPath: "#/properties/evidence/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.evidence.type,
					parentSchema: schema31.properties.evidence,
					data: data8
				};
				if (vErrors === null) vErrors = [err21];
				else vErrors.push(err21);
				errors++;
			}
		}
		if (data.assert !== void 0) {
			let data10 = data.assert;
			if (typeof data10 !== "string") {
				const err22 = {
					instancePath: instancePath + "/assert",
					schemaPath: "#/properties/assert/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.assert.type,
					parentSchema: schema31.properties.assert,
					data: data10
				};
				if (vErrors === null) vErrors = [err22];
				else vErrors.push(err22);
				errors++;
			}
		}
		if (data.judges !== void 0) {
			let data11 = data.judges;
			if ("document" !== data11) {
				const err23 = {
					instancePath: instancePath + "/judges",
					schemaPath: "#/properties/judges/const",
					keyword: "const",
					params: { allowedValue: "document" },
					message: "must be equal to constant",
					schema: "document",
					parentSchema: schema31.properties.judges,
					data: data11
				};
				if (vErrors === null) vErrors = [err23];
				else vErrors.push(err23);
				errors++;
			}
		}
		if (data.at !== void 0) {
			let data12 = data.at;
			if (typeof data12 !== "string") {
				const err24 = {
					instancePath: instancePath + "/at",
					schemaPath: "#/properties/at/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.at.type,
					parentSchema: schema31.properties.at,
					data: data12
				};
				if (vErrors === null) vErrors = [err24];
				else vErrors.push(err24);
				errors++;
			}
		}
		if (data.related !== void 0) {
			let data13 = data.related;
			if (Array.isArray(data13)) {
				if (data13.length > 32) {
					const err25 = {
						instancePath: instancePath + "/related",
						schemaPath: "#/properties/related/maxItems",
						keyword: "maxItems",
						params: { limit: 32 },
						message: "must NOT have more than 32 items",
						schema: 32,
						parentSchema: schema31.properties.related,
						data: data13
					};
					if (vErrors === null) vErrors = [err25];
					else vErrors.push(err25);
					errors++;
				}
				const len1 = data13.length;
				for (let i1 = 0; i1 < len1; i1++) {
					let data14 = data13[i1];
					if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
						if (data14.at === void 0) {
							const err26 = {
								instancePath: instancePath + "/related/" + i1,
								schemaPath: "#/properties/related/items/required",
								keyword: "required",
								params: { missingProperty: "at" },
								message: "must have required property 'at'",
								schema: schema31.properties.related.items.required,
								parentSchema: schema31.properties.related.items,
								data: data14
							};
							if (vErrors === null) vErrors = [err26];
							else vErrors.push(err26);
							errors++;
						}
						if (data14.message === void 0) {
							const err27 = {
								instancePath: instancePath + "/related/" + i1,
								schemaPath: "#/properties/related/items/required",
								keyword: "required",
								params: { missingProperty: "message" },
								message: "must have required property 'message'",
								schema: schema31.properties.related.items.required,
								parentSchema: schema31.properties.related.items,
								data: data14
							};
							if (vErrors === null) vErrors = [err27];
							else vErrors.push(err27);
							errors++;
						}
						for (const key1 in data14) if (!(key1 === "forEach" || key1 === "as" || key1 === "when" || key1 === "at" || key1 === "message")) {
							const err28 = {
								instancePath: instancePath + "/related/" + i1,
								schemaPath: "#/properties/related/items/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key1 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema31.properties.related.items,
								data: data14
							};
							if (vErrors === null) vErrors = [err28];
							else vErrors.push(err28);
							errors++;
						}
						if (data14.forEach !== void 0) {
							let data15 = data14.forEach;
							if (typeof data15 !== "string") {
								const err29 = {
									instancePath: instancePath + "/related/" + i1 + "/forEach",
									schemaPath: "#/properties/related/items/properties/forEach/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema31.properties.related.items.properties.forEach.type,
									parentSchema: schema31.properties.related.items.properties.forEach,
									data: data15
								};
								if (vErrors === null) vErrors = [err29];
								else vErrors.push(err29);
								errors++;
							}
						}
						if (data14.as !== void 0) {
							let data16 = data14.as;
							if (typeof data16 === "string") {
								if (!pattern5.test(data16)) {
									const err30 = {
										instancePath: instancePath + "/related/" + i1 + "/as",
										schemaPath: "#/properties/related/items/properties/as/pattern",
										keyword: "pattern",
										params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
										message: "must match pattern \"^[A-Za-z_][A-Za-z0-9_]*$\"",
										schema: "^[A-Za-z_][A-Za-z0-9_]*$",
										parentSchema: schema31.properties.related.items.properties.as,
										data: data16
									};
									if (vErrors === null) vErrors = [err30];
									else vErrors.push(err30);
									errors++;
								}
							} else {
								const err31 = {
									instancePath: instancePath + "/related/" + i1 + "/as",
									schemaPath: "#/properties/related/items/properties/as/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema31.properties.related.items.properties.as.type,
									parentSchema: schema31.properties.related.items.properties.as,
									data: data16
								};
								if (vErrors === null) vErrors = [err31];
								else vErrors.push(err31);
								errors++;
							}
						}
						if (data14.when !== void 0) {
							let data17 = data14.when;
							if (typeof data17 !== "string") {
								const err32 = {
									instancePath: instancePath + "/related/" + i1 + "/when",
									schemaPath: "#/properties/related/items/properties/when/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema31.properties.related.items.properties.when.type,
									parentSchema: schema31.properties.related.items.properties.when,
									data: data17
								};
								if (vErrors === null) vErrors = [err32];
								else vErrors.push(err32);
								errors++;
							}
						}
						if (data14.at !== void 0) {
							let data18 = data14.at;
							if (typeof data18 !== "string") {
								const err33 = {
									instancePath: instancePath + "/related/" + i1 + "/at",
									schemaPath: "#/properties/related/items/properties/at/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema31.properties.related.items.properties.at.type,
									parentSchema: schema31.properties.related.items.properties.at,
									data: data18
								};
								if (vErrors === null) vErrors = [err33];
								else vErrors.push(err33);
								errors++;
							}
						}
						if (data14.message !== void 0) {
							let data19 = data14.message;
							if (typeof data19 === "string") {
								if (func2(data19) < 1) {
									const err34 = {
										instancePath: instancePath + "/related/" + i1 + "/message",
										schemaPath: "#/properties/related/items/properties/message/minLength",
										keyword: "minLength",
										params: { limit: 1 },
										message: "must NOT have fewer than 1 characters",
										schema: 1,
										parentSchema: schema31.properties.related.items.properties.message,
										data: data19
									};
									if (vErrors === null) vErrors = [err34];
									else vErrors.push(err34);
									errors++;
								}
							} else {
								const err35 = {
									instancePath: instancePath + "/related/" + i1 + "/message",
									schemaPath: "#/properties/related/items/properties/message/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema31.properties.related.items.properties.message.type,
									parentSchema: schema31.properties.related.items.properties.message,
									data: data19
								};
								if (vErrors === null) vErrors = [err35];
								else vErrors.push(err35);
								errors++;
							}
						}
					} else {
						const err36 = {
							instancePath: instancePath + "/related/" + i1,
							schemaPath: "#/properties/related/items/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema31.properties.related.items.type,
							parentSchema: schema31.properties.related.items,
							data: data14
						};
						if (vErrors === null) vErrors = [err36];
						else vErrors.push(err36);
						errors++;
					}
				}
			} else {
				const err37 = {
					instancePath: instancePath + "/related",
					schemaPath: "#/properties/related/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.related.type,
					parentSchema: schema31.properties.related,
					data: data13
				};
				if (vErrors === null) vErrors = [err37];
				else vErrors.push(err37);
				errors++;
			}
		}
		if (data.message !== void 0) {
			let data20 = data.message;
			if (typeof data20 !== "string") {
				const err38 = {
					instancePath: instancePath + "/message",
					schemaPath: "#/properties/message/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.message.type,
					parentSchema: schema31.properties.message,
					data: data20
				};
				if (vErrors === null) vErrors = [err38];
				else vErrors.push(err38);
				errors++;
			}
		}
		if (data.params !== void 0) {
			let data21 = data.params;
			if (!(data21 && typeof data21 == "object" && !Array.isArray(data21))) {
				const err39 = {
					instancePath: instancePath + "/params",
					schemaPath: "#/properties/params/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema31.properties.params.type,
					parentSchema: schema31.properties.params,
					data: data21
				};
				if (vErrors === null) vErrors = [err39];
				else vErrors.push(err39);
				errors++;
			}
		}
		if (data.rationale !== void 0) {
			let data22 = data.rationale;
			if (typeof data22 !== "string") {
				const err40 = {
					instancePath: instancePath + "/rationale",
					schemaPath: "#/properties/rationale/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.rationale.type,
					parentSchema: schema31.properties.rationale,
					data: data22
				};
				if (vErrors === null) vErrors = [err40];
				else vErrors.push(err40);
				errors++;
			}
		}
		if (data.remediation !== void 0) {
			let data23 = data.remediation;
			if (typeof data23 !== "string") {
				const err41 = {
					instancePath: instancePath + "/remediation",
					schemaPath: "#/properties/remediation/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.remediation.type,
					parentSchema: schema31.properties.remediation,
					data: data23
				};
				if (vErrors === null) vErrors = [err41];
				else vErrors.push(err41);
				errors++;
			}
		}
		if (data.references !== void 0) {
			let data24 = data.references;
			if (Array.isArray(data24)) {
				const len2 = data24.length;
				for (let i2 = 0; i2 < len2; i2++) {
					let data25 = data24[i2];
					if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
						if (data25.title === void 0) {
							const err42 = {
								instancePath: instancePath + "/references/" + i2,
								schemaPath: "#/properties/references/items/required",
								keyword: "required",
								params: { missingProperty: "title" },
								message: "must have required property 'title'",
								schema: schema31.properties.references.items.required,
								parentSchema: schema31.properties.references.items,
								data: data25
							};
							if (vErrors === null) vErrors = [err42];
							else vErrors.push(err42);
							errors++;
						}
						for (const key2 in data25) if (!(key2 === "title" || key2 === "url")) {
							const err43 = {
								instancePath: instancePath + "/references/" + i2,
								schemaPath: "#/properties/references/items/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key2 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema31.properties.references.items,
								data: data25
							};
							if (vErrors === null) vErrors = [err43];
							else vErrors.push(err43);
							errors++;
						}
						if (data25.title !== void 0) {
							let data26 = data25.title;
							if (typeof data26 !== "string") {
								const err44 = {
									instancePath: instancePath + "/references/" + i2 + "/title",
									schemaPath: "#/properties/references/items/properties/title/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema31.properties.references.items.properties.title.type,
									parentSchema: schema31.properties.references.items.properties.title,
									data: data26
								};
								if (vErrors === null) vErrors = [err44];
								else vErrors.push(err44);
								errors++;
							}
						}
						if (data25.url !== void 0) {
							let data27 = data25.url;
							if (typeof data27 !== "string") {
								const err45 = {
									instancePath: instancePath + "/references/" + i2 + "/url",
									schemaPath: "#/properties/references/items/properties/url/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema31.properties.references.items.properties.url.type,
									parentSchema: schema31.properties.references.items.properties.url,
									data: data27
								};
								if (vErrors === null) vErrors = [err45];
								else vErrors.push(err45);
								errors++;
							}
						}
					} else {
						const err46 = {
							instancePath: instancePath + "/references/" + i2,
							schemaPath: "#/properties/references/items/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema31.properties.references.items.type,
							parentSchema: schema31.properties.references.items,
							data: data25
						};
						if (vErrors === null) vErrors = [err46];
						else vErrors.push(err46);
						errors++;
					}
				}
			} else {
				const err47 = {
					instancePath: instancePath + "/references",
					schemaPath: "#/properties/references/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.references.type,
					parentSchema: schema31.properties.references,
					data: data24
				};
				if (vErrors === null) vErrors = [err47];
				else vErrors.push(err47);
				errors++;
			}
		}
		if (data.tests !== void 0) {
			let data28 = data.tests;
			if (Array.isArray(data28)) {
				if (data28.length < 1) {
					const err48 = {
						instancePath: instancePath + "/tests",
						schemaPath: "#/properties/tests/minItems",
						keyword: "minItems",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 items",
						schema: 1,
						parentSchema: schema31.properties.tests,
						data: data28
					};
					if (vErrors === null) vErrors = [err48];
					else vErrors.push(err48);
					errors++;
				}
				const len3 = data28.length;
				for (let i3 = 0; i3 < len3; i3++) {
					let data29 = data28[i3];
					if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
						if (data29.name === void 0) {
							const err49 = {
								instancePath: instancePath + "/tests/" + i3,
								schemaPath: "#/properties/tests/items/required",
								keyword: "required",
								params: { missingProperty: "name" },
								message: "must have required property 'name'",
								schema: schema31.properties.tests.items.required,
								parentSchema: schema31.properties.tests.items,
								data: data29
							};
							if (vErrors === null) vErrors = [err49];
							else vErrors.push(err49);
							errors++;
						}
						if (data29.doc === void 0) {
							const err50 = {
								instancePath: instancePath + "/tests/" + i3,
								schemaPath: "#/properties/tests/items/required",
								keyword: "required",
								params: { missingProperty: "doc" },
								message: "must have required property 'doc'",
								schema: schema31.properties.tests.items.required,
								parentSchema: schema31.properties.tests.items,
								data: data29
							};
							if (vErrors === null) vErrors = [err50];
							else vErrors.push(err50);
							errors++;
						}
						if (data29.expect === void 0) {
							const err51 = {
								instancePath: instancePath + "/tests/" + i3,
								schemaPath: "#/properties/tests/items/required",
								keyword: "required",
								params: { missingProperty: "expect" },
								message: "must have required property 'expect'",
								schema: schema31.properties.tests.items.required,
								parentSchema: schema31.properties.tests.items,
								data: data29
							};
							if (vErrors === null) vErrors = [err51];
							else vErrors.push(err51);
							errors++;
						}
						for (const key3 in data29) if (!(key3 === "name" || key3 === "doc" || key3 === "vendor" || key3 === "backing" || key3 === "params" || key3 === "asOf" || key3 === "related" || key3 === "expect")) {
							const err52 = {
								instancePath: instancePath + "/tests/" + i3,
								schemaPath: "#/properties/tests/items/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key3 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema31.properties.tests.items,
								data: data29
							};
							if (vErrors === null) vErrors = [err52];
							else vErrors.push(err52);
							errors++;
						}
						if (data29.name !== void 0) {
							let data30 = data29.name;
							if (typeof data30 !== "string") {
								const err53 = {
									instancePath: instancePath + "/tests/" + i3 + "/name",
									schemaPath: "#/properties/tests/items/properties/name/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema31.properties.tests.items.properties.name.type,
									parentSchema: schema31.properties.tests.items.properties.name,
									data: data30
								};
								if (vErrors === null) vErrors = [err53];
								else vErrors.push(err53);
								errors++;
							}
						}
						if (data29.doc !== void 0) {
							let data31 = data29.doc;
							if (!(data31 && typeof data31 == "object" && !Array.isArray(data31))) {
								const err54 = {
									instancePath: instancePath + "/tests/" + i3 + "/doc",
									schemaPath: "#/properties/tests/items/properties/doc/type",
									keyword: "type",
									params: { type: "object" },
									message: "must be object",
									schema: schema31.properties.tests.items.properties.doc.type,
									parentSchema: schema31.properties.tests.items.properties.doc,
									data: data31
								};
								if (vErrors === null) vErrors = [err54];
								else vErrors.push(err54);
								errors++;
							}
						}
						if (data29.vendor !== void 0) {
							let data32 = data29.vendor;
							if (!(data32 && typeof data32 == "object" && !Array.isArray(data32))) {
								const err55 = {
									instancePath: instancePath + "/tests/" + i3 + "/vendor",
									schemaPath: "#/properties/tests/items/properties/vendor/type",
									keyword: "type",
									params: { type: "object" },
									message: "must be object",
									schema: schema31.properties.tests.items.properties.vendor.type,
									parentSchema: schema31.properties.tests.items.properties.vendor,
									data: data32
								};
								if (vErrors === null) vErrors = [err55];
								else vErrors.push(err55);
								errors++;
							}
						}
						if (data29.backing !== void 0) {
							let data33 = data29.backing;
							if (!(data33 && typeof data33 == "object" && !Array.isArray(data33))) {
								const err56 = {
									instancePath: instancePath + "/tests/" + i3 + "/backing",
									schemaPath: "#/properties/tests/items/properties/backing/type",
									keyword: "type",
									params: { type: "object" },
									message: "must be object",
									schema: schema31.properties.tests.items.properties.backing.type,
									parentSchema: schema31.properties.tests.items.properties.backing,
									data: data33
								};
								if (vErrors === null) vErrors = [err56];
								else vErrors.push(err56);
								errors++;
							}
						}
						if (data29.params !== void 0) {
							let data34 = data29.params;
							if (!(data34 && typeof data34 == "object" && !Array.isArray(data34))) {
								const err57 = {
									instancePath: instancePath + "/tests/" + i3 + "/params",
									schemaPath: "#/properties/tests/items/properties/params/type",
									keyword: "type",
									params: { type: "object" },
									message: "must be object",
									schema: schema31.properties.tests.items.properties.params.type,
									parentSchema: schema31.properties.tests.items.properties.params,
									data: data34
								};
								if (vErrors === null) vErrors = [err57];
								else vErrors.push(err57);
								errors++;
							}
						}
						if (data29.asOf !== void 0) {
							let data35 = data29.asOf;
							if (typeof data35 === "string") {
								if (!formats0.validate(data35)) {
									const err58 = {
										instancePath: instancePath + "/tests/" + i3 + "/asOf",
										schemaPath: "#/properties/tests/items/properties/asOf/format",
										keyword: "format",
										params: { format: "date" },
										message: "must match format \"date\"",
										schema: "date",
										parentSchema: schema31.properties.tests.items.properties.asOf,
										data: data35
									};
									if (vErrors === null) vErrors = [err58];
									else vErrors.push(err58);
									errors++;
								}
							} else {
								const err59 = {
									instancePath: instancePath + "/tests/" + i3 + "/asOf",
									schemaPath: "#/properties/tests/items/properties/asOf/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema31.properties.tests.items.properties.asOf.type,
									parentSchema: schema31.properties.tests.items.properties.asOf,
									data: data35
								};
								if (vErrors === null) vErrors = [err59];
								else vErrors.push(err59);
								errors++;
							}
						}
						if (data29.related !== void 0) {
							let data36 = data29.related;
							if (Array.isArray(data36)) {
								const len4 = data36.length;
								for (let i4 = 0; i4 < len4; i4++) {
									let data37 = data36[i4];
									if (typeof data37 !== "string") {
										const err60 = {
											instancePath: instancePath + "/tests/" + i3 + "/related/" + i4,
											schemaPath: "#/properties/tests/items/properties/related/items/type",
											keyword: "type",
											params: { type: "string" },
											message: "must be string",
											schema: schema31.properties.tests.items.properties.related.items.type,
											parentSchema: schema31.properties.tests.items.properties.related.items,
											data: data37
										};
										if (vErrors === null) vErrors = [err60];
										else vErrors.push(err60);
										errors++;
									}
								}
							} else {
								const err61 = {
									instancePath: instancePath + "/tests/" + i3 + "/related",
									schemaPath: "#/properties/tests/items/properties/related/type",
									keyword: "type",
									params: { type: "array" },
									message: "must be array",
									schema: schema31.properties.tests.items.properties.related.type,
									parentSchema: schema31.properties.tests.items.properties.related,
									data: data36
								};
								if (vErrors === null) vErrors = [err61];
								else vErrors.push(err61);
								errors++;
							}
						}
						if (data29.expect !== void 0) {
							let data38 = data29.expect;
							const _errs80 = errors;
							let valid14 = false;
							let passing0 = null;
							const _errs81 = errors;
							if (!(data38 === "pass" || data38 === "fail" || data38 === "not_applicable" || data38 === "missing_evidence" || data38 === "error")) {
								const err62 = {
									instancePath: instancePath + "/tests/" + i3 + "/expect",
									schemaPath: "#/$defs/outcome/enum",
									keyword: "enum",
									params: { allowedValues: schema32.enum },
									message: "must be equal to one of the allowed values",
									schema: schema32.enum,
									parentSchema: schema32,
									data: data38
								};
								if (vErrors === null) vErrors = [err62];
								else vErrors.push(err62);
								errors++;
							}
							var _valid0 = _errs81 === errors;
							if (_valid0) {
								valid14 = true;
								passing0 = 0;
							}
							const _errs83 = errors;
							if (Array.isArray(data38)) {
								const len5 = data38.length;
								for (let i5 = 0; i5 < len5; i5++) {
									let data39 = data38[i5];
									if (!(data39 === "pass" || data39 === "fail" || data39 === "not_applicable" || data39 === "missing_evidence" || data39 === "error")) {
										const err63 = {
											instancePath: instancePath + "/tests/" + i3 + "/expect/" + i5,
											schemaPath: "#/$defs/outcome/enum",
											keyword: "enum",
											params: { allowedValues: schema32.enum },
											message: "must be equal to one of the allowed values",
											schema: schema32.enum,
											parentSchema: schema32,
											data: data39
										};
										if (vErrors === null) vErrors = [err63];
										else vErrors.push(err63);
										errors++;
									}
								}
							} else {
								const err64 = {
									instancePath: instancePath + "/tests/" + i3 + "/expect",
									schemaPath: "#/properties/tests/items/properties/expect/oneOf/1/type",
									keyword: "type",
									params: { type: "array" },
									message: "must be array",
									schema: schema31.properties.tests.items.properties.expect.oneOf[1].type,
									parentSchema: schema31.properties.tests.items.properties.expect.oneOf[1],
									data: data38
								};
								if (vErrors === null) vErrors = [err64];
								else vErrors.push(err64);
								errors++;
							}
							var _valid0 = _errs83 === errors;
							if (_valid0 && valid14) {
								valid14 = false;
								passing0 = [passing0, 1];
							} else if (_valid0) {
								valid14 = true;
								passing0 = 1;
							}
							if (!valid14) {
								const err65 = {
									instancePath: instancePath + "/tests/" + i3 + "/expect",
									schemaPath: "#/properties/tests/items/properties/expect/oneOf",
									keyword: "oneOf",
									params: { passingSchemas: passing0 },
									message: "must match exactly one schema in oneOf",
									schema: schema31.properties.tests.items.properties.expect.oneOf,
									parentSchema: schema31.properties.tests.items.properties.expect,
									data: data38
								};
								if (vErrors === null) vErrors = [err65];
								else vErrors.push(err65);
								errors++;
							} else {
								errors = _errs80;
								if (vErrors !== null) {
									if (_errs80) vErrors.length = _errs80;
									else vErrors = null;
								}
							}
						}
					} else {
						const err66 = {
							instancePath: instancePath + "/tests/" + i3,
							schemaPath: "#/properties/tests/items/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema31.properties.tests.items.type,
							parentSchema: schema31.properties.tests.items,
							data: data29
						};
						if (vErrors === null) vErrors = [err66];
						else vErrors.push(err66);
						errors++;
					}
				}
			} else {
				const err67 = {
					instancePath: instancePath + "/tests",
					schemaPath: "#/properties/tests/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.tests.type,
					parentSchema: schema31.properties.tests,
					data: data28
				};
				if (vErrors === null) vErrors = [err67];
				else vErrors.push(err67);
				errors++;
			}
		}
		if (data.judges !== void 0) {
			const _errs88 = errors;
			const _errs89 = errors;
			const _errs90 = errors;
			let valid21 = false;
			const _errs91 = errors;
			if (data && typeof data == "object" && !Array.isArray(data)) {
				if (data.forEach === void 0 && "forEach") {
					const err68 = {};
					if (vErrors === null) vErrors = [err68];
					else vErrors.push(err68);
					errors++;
				}
			}
			var _valid1 = _errs91 === errors;
			valid21 = valid21 || _valid1;
			if (_valid1) {
				var props0 = {};
				props0.forEach = true;
			}
			const _errs92 = errors;
			if (data && typeof data == "object" && !Array.isArray(data)) {
				if (data.evidence === void 0 && "evidence") {
					const err69 = {};
					if (vErrors === null) vErrors = [err69];
					else vErrors.push(err69);
					errors++;
				}
			}
			var _valid1 = _errs92 === errors;
			valid21 = valid21 || _valid1;
			if (_valid1) {
				if (props0 !== true) {
					props0 = props0 || {};
					props0.evidence = true;
				}
			}
			if (!valid21) {
				const err70 = {};
				if (vErrors === null) vErrors = [err70];
				else vErrors.push(err70);
				errors++;
			} else {
				errors = _errs90;
				if (vErrors !== null) {
					if (_errs90) vErrors.length = _errs90;
					else vErrors = null;
				}
			}
			if (_errs89 === errors) {
				const err71 = {
					instancePath,
					schemaPath: "#/dependentSchemas/judges/not",
					keyword: "not",
					params: {},
					message: "must NOT be valid",
					schema: schema31.dependentSchemas.judges.not,
					parentSchema: schema31.dependentSchemas.judges,
					data
				};
				if (vErrors === null) vErrors = [err71];
				else vErrors.push(err71);
				errors++;
			} else {
				errors = _errs88;
				if (vErrors !== null) {
					if (_errs88) vErrors.length = _errs88;
					else vErrors = null;
				}
			}
		}
	} else {
		const err72 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema31.type,
			parentSchema: schema31,
			data
		};
		if (vErrors === null) vErrors = [err72];
		else vErrors.push(err72);
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
module.exports.schemaDigest = "66b5549a6fd780c86e3ffc7026643af3a3d6548f10ea444732958a3f2083536a";
