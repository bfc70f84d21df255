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
		"claims": {
			"type": "array",
			"maxItems": 32,
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
					"claims": {
						"type": "array",
						"items": { "type": "string" }
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
		"title": "a rule that judges the document itself (judges: document) has no forEach, no evidence and no claims: it reads no claim",
		"not": { "anyOf": [
			{
				"properties": { "forEach": true },
				"required": ["forEach"]
			},
			{
				"properties": { "evidence": true },
				"required": ["evidence"]
			},
			{
				"properties": { "claims": true },
				"required": ["claims"]
			}
		] }
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
		if (data.claims !== void 0) {
			let data10 = data.claims;
			if (Array.isArray(data10)) {
				if (data10.length > 32) {
					const err22 = {
						instancePath: instancePath + "/claims",
						schemaPath: "#/properties/claims/maxItems",
						keyword: "maxItems",
						params: { limit: 32 },
						message: "must NOT have more than 32 items",
						schema: 32,
						parentSchema: schema31.properties.claims,
						data: data10
					};
					if (vErrors === null) vErrors = [err22];
					else vErrors.push(err22);
					errors++;
				}
				const len1 = data10.length;
				for (let i1 = 0; i1 < len1; i1++) {
					let data11 = data10[i1];
					if (typeof data11 !== "string") {
						const err23 = {
							instancePath: instancePath + "/claims/" + i1,
							schemaPath: "#/properties/claims/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema31.properties.claims.items.type,
							parentSchema: schema31.properties.claims.items,
							data: data11
						};
						if (vErrors === null) vErrors = [err23];
						else vErrors.push(err23);
						errors++;
					}
				}
			} else {
				const err24 = {
					instancePath: instancePath + "/claims",
					schemaPath: "#/properties/claims/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.claims.type,
					parentSchema: schema31.properties.claims,
					data: data10
				};
				if (vErrors === null) vErrors = [err24];
				else vErrors.push(err24);
				errors++;
			}
		}
		if (data.assert !== void 0) {
			let data12 = data.assert;
			if (typeof data12 !== "string") {
				const err25 = {
					instancePath: instancePath + "/assert",
					schemaPath: "#/properties/assert/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.assert.type,
					parentSchema: schema31.properties.assert,
					data: data12
				};
				if (vErrors === null) vErrors = [err25];
				else vErrors.push(err25);
				errors++;
			}
		}
		if (data.judges !== void 0) {
			let data13 = data.judges;
			if ("document" !== data13) {
				const err26 = {
					instancePath: instancePath + "/judges",
					schemaPath: "#/properties/judges/const",
					keyword: "const",
					params: { allowedValue: "document" },
					message: "must be equal to constant",
					schema: "document",
					parentSchema: schema31.properties.judges,
					data: data13
				};
				if (vErrors === null) vErrors = [err26];
				else vErrors.push(err26);
				errors++;
			}
		}
		if (data.at !== void 0) {
			let data14 = data.at;
			if (typeof data14 !== "string") {
				const err27 = {
					instancePath: instancePath + "/at",
					schemaPath: "#/properties/at/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.at.type,
					parentSchema: schema31.properties.at,
					data: data14
				};
				if (vErrors === null) vErrors = [err27];
				else vErrors.push(err27);
				errors++;
			}
		}
		if (data.related !== void 0) {
			let data15 = data.related;
			if (Array.isArray(data15)) {
				if (data15.length > 32) {
					const err28 = {
						instancePath: instancePath + "/related",
						schemaPath: "#/properties/related/maxItems",
						keyword: "maxItems",
						params: { limit: 32 },
						message: "must NOT have more than 32 items",
						schema: 32,
						parentSchema: schema31.properties.related,
						data: data15
					};
					if (vErrors === null) vErrors = [err28];
					else vErrors.push(err28);
					errors++;
				}
				const len2 = data15.length;
				for (let i2 = 0; i2 < len2; i2++) {
					let data16 = data15[i2];
					if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
						if (data16.at === void 0) {
							const err29 = {
								instancePath: instancePath + "/related/" + i2,
								schemaPath: "#/properties/related/items/required",
								keyword: "required",
								params: { missingProperty: "at" },
								message: "must have required property 'at'",
								schema: schema31.properties.related.items.required,
								parentSchema: schema31.properties.related.items,
								data: data16
							};
							if (vErrors === null) vErrors = [err29];
							else vErrors.push(err29);
							errors++;
						}
						if (data16.message === void 0) {
							const err30 = {
								instancePath: instancePath + "/related/" + i2,
								schemaPath: "#/properties/related/items/required",
								keyword: "required",
								params: { missingProperty: "message" },
								message: "must have required property 'message'",
								schema: schema31.properties.related.items.required,
								parentSchema: schema31.properties.related.items,
								data: data16
							};
							if (vErrors === null) vErrors = [err30];
							else vErrors.push(err30);
							errors++;
						}
						for (const key1 in data16) if (!(key1 === "forEach" || key1 === "as" || key1 === "when" || key1 === "at" || key1 === "message")) {
							const err31 = {
								instancePath: instancePath + "/related/" + i2,
								schemaPath: "#/properties/related/items/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key1 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema31.properties.related.items,
								data: data16
							};
							if (vErrors === null) vErrors = [err31];
							else vErrors.push(err31);
							errors++;
						}
						if (data16.forEach !== void 0) {
							let data17 = data16.forEach;
							if (typeof data17 !== "string") {
								const err32 = {
									instancePath: instancePath + "/related/" + i2 + "/forEach",
									schemaPath: "#/properties/related/items/properties/forEach/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema31.properties.related.items.properties.forEach.type,
									parentSchema: schema31.properties.related.items.properties.forEach,
									data: data17
								};
								if (vErrors === null) vErrors = [err32];
								else vErrors.push(err32);
								errors++;
							}
						}
						if (data16.as !== void 0) {
							let data18 = data16.as;
							if (typeof data18 === "string") {
								if (!pattern5.test(data18)) {
									const err33 = {
										instancePath: instancePath + "/related/" + i2 + "/as",
										schemaPath: "#/properties/related/items/properties/as/pattern",
										keyword: "pattern",
										params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
										message: "must match pattern \"^[A-Za-z_][A-Za-z0-9_]*$\"",
										schema: "^[A-Za-z_][A-Za-z0-9_]*$",
										parentSchema: schema31.properties.related.items.properties.as,
										data: data18
									};
									if (vErrors === null) vErrors = [err33];
									else vErrors.push(err33);
									errors++;
								}
							} else {
								const err34 = {
									instancePath: instancePath + "/related/" + i2 + "/as",
									schemaPath: "#/properties/related/items/properties/as/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema31.properties.related.items.properties.as.type,
									parentSchema: schema31.properties.related.items.properties.as,
									data: data18
								};
								if (vErrors === null) vErrors = [err34];
								else vErrors.push(err34);
								errors++;
							}
						}
						if (data16.when !== void 0) {
							let data19 = data16.when;
							if (typeof data19 !== "string") {
								const err35 = {
									instancePath: instancePath + "/related/" + i2 + "/when",
									schemaPath: "#/properties/related/items/properties/when/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema31.properties.related.items.properties.when.type,
									parentSchema: schema31.properties.related.items.properties.when,
									data: data19
								};
								if (vErrors === null) vErrors = [err35];
								else vErrors.push(err35);
								errors++;
							}
						}
						if (data16.at !== void 0) {
							let data20 = data16.at;
							if (typeof data20 !== "string") {
								const err36 = {
									instancePath: instancePath + "/related/" + i2 + "/at",
									schemaPath: "#/properties/related/items/properties/at/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema31.properties.related.items.properties.at.type,
									parentSchema: schema31.properties.related.items.properties.at,
									data: data20
								};
								if (vErrors === null) vErrors = [err36];
								else vErrors.push(err36);
								errors++;
							}
						}
						if (data16.message !== void 0) {
							let data21 = data16.message;
							if (typeof data21 === "string") {
								if (func2(data21) < 1) {
									const err37 = {
										instancePath: instancePath + "/related/" + i2 + "/message",
										schemaPath: "#/properties/related/items/properties/message/minLength",
										keyword: "minLength",
										params: { limit: 1 },
										message: "must NOT have fewer than 1 characters",
										schema: 1,
										parentSchema: schema31.properties.related.items.properties.message,
										data: data21
									};
									if (vErrors === null) vErrors = [err37];
									else vErrors.push(err37);
									errors++;
								}
							} else {
								const err38 = {
									instancePath: instancePath + "/related/" + i2 + "/message",
									schemaPath: "#/properties/related/items/properties/message/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema31.properties.related.items.properties.message.type,
									parentSchema: schema31.properties.related.items.properties.message,
									data: data21
								};
								if (vErrors === null) vErrors = [err38];
								else vErrors.push(err38);
								errors++;
							}
						}
					} else {
						const err39 = {
							instancePath: instancePath + "/related/" + i2,
							schemaPath: "#/properties/related/items/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema31.properties.related.items.type,
							parentSchema: schema31.properties.related.items,
							data: data16
						};
						if (vErrors === null) vErrors = [err39];
						else vErrors.push(err39);
						errors++;
					}
				}
			} else {
				const err40 = {
					instancePath: instancePath + "/related",
					schemaPath: "#/properties/related/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.related.type,
					parentSchema: schema31.properties.related,
					data: data15
				};
				if (vErrors === null) vErrors = [err40];
				else vErrors.push(err40);
				errors++;
			}
		}
		if (data.message !== void 0) {
			let data22 = data.message;
			if (typeof data22 !== "string") {
				const err41 = {
					instancePath: instancePath + "/message",
					schemaPath: "#/properties/message/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.message.type,
					parentSchema: schema31.properties.message,
					data: data22
				};
				if (vErrors === null) vErrors = [err41];
				else vErrors.push(err41);
				errors++;
			}
		}
		if (data.params !== void 0) {
			let data23 = data.params;
			if (!(data23 && typeof data23 == "object" && !Array.isArray(data23))) {
				const err42 = {
					instancePath: instancePath + "/params",
					schemaPath: "#/properties/params/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema31.properties.params.type,
					parentSchema: schema31.properties.params,
					data: data23
				};
				if (vErrors === null) vErrors = [err42];
				else vErrors.push(err42);
				errors++;
			}
		}
		if (data.rationale !== void 0) {
			let data24 = data.rationale;
			if (typeof data24 !== "string") {
				const err43 = {
					instancePath: instancePath + "/rationale",
					schemaPath: "#/properties/rationale/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.rationale.type,
					parentSchema: schema31.properties.rationale,
					data: data24
				};
				if (vErrors === null) vErrors = [err43];
				else vErrors.push(err43);
				errors++;
			}
		}
		if (data.remediation !== void 0) {
			let data25 = data.remediation;
			if (typeof data25 !== "string") {
				const err44 = {
					instancePath: instancePath + "/remediation",
					schemaPath: "#/properties/remediation/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.remediation.type,
					parentSchema: schema31.properties.remediation,
					data: data25
				};
				if (vErrors === null) vErrors = [err44];
				else vErrors.push(err44);
				errors++;
			}
		}
		if (data.references !== void 0) {
			let data26 = data.references;
			if (Array.isArray(data26)) {
				const len3 = data26.length;
				for (let i3 = 0; i3 < len3; i3++) {
					let data27 = data26[i3];
					if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
						if (data27.title === void 0) {
							const err45 = {
								instancePath: instancePath + "/references/" + i3,
								schemaPath: "#/properties/references/items/required",
								keyword: "required",
								params: { missingProperty: "title" },
								message: "must have required property 'title'",
								schema: schema31.properties.references.items.required,
								parentSchema: schema31.properties.references.items,
								data: data27
							};
							if (vErrors === null) vErrors = [err45];
							else vErrors.push(err45);
							errors++;
						}
						for (const key2 in data27) if (!(key2 === "title" || key2 === "url")) {
							const err46 = {
								instancePath: instancePath + "/references/" + i3,
								schemaPath: "#/properties/references/items/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key2 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema31.properties.references.items,
								data: data27
							};
							if (vErrors === null) vErrors = [err46];
							else vErrors.push(err46);
							errors++;
						}
						if (data27.title !== void 0) {
							let data28 = data27.title;
							if (typeof data28 !== "string") {
								const err47 = {
									instancePath: instancePath + "/references/" + i3 + "/title",
									schemaPath: "#/properties/references/items/properties/title/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema31.properties.references.items.properties.title.type,
									parentSchema: schema31.properties.references.items.properties.title,
									data: data28
								};
								if (vErrors === null) vErrors = [err47];
								else vErrors.push(err47);
								errors++;
							}
						}
						if (data27.url !== void 0) {
							let data29 = data27.url;
							if (typeof data29 !== "string") {
								const err48 = {
									instancePath: instancePath + "/references/" + i3 + "/url",
									schemaPath: "#/properties/references/items/properties/url/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema31.properties.references.items.properties.url.type,
									parentSchema: schema31.properties.references.items.properties.url,
									data: data29
								};
								if (vErrors === null) vErrors = [err48];
								else vErrors.push(err48);
								errors++;
							}
						}
					} else {
						const err49 = {
							instancePath: instancePath + "/references/" + i3,
							schemaPath: "#/properties/references/items/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema31.properties.references.items.type,
							parentSchema: schema31.properties.references.items,
							data: data27
						};
						if (vErrors === null) vErrors = [err49];
						else vErrors.push(err49);
						errors++;
					}
				}
			} else {
				const err50 = {
					instancePath: instancePath + "/references",
					schemaPath: "#/properties/references/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.references.type,
					parentSchema: schema31.properties.references,
					data: data26
				};
				if (vErrors === null) vErrors = [err50];
				else vErrors.push(err50);
				errors++;
			}
		}
		if (data.tests !== void 0) {
			let data30 = data.tests;
			if (Array.isArray(data30)) {
				if (data30.length < 1) {
					const err51 = {
						instancePath: instancePath + "/tests",
						schemaPath: "#/properties/tests/minItems",
						keyword: "minItems",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 items",
						schema: 1,
						parentSchema: schema31.properties.tests,
						data: data30
					};
					if (vErrors === null) vErrors = [err51];
					else vErrors.push(err51);
					errors++;
				}
				const len4 = data30.length;
				for (let i4 = 0; i4 < len4; i4++) {
					let data31 = data30[i4];
					if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
						if (data31.name === void 0) {
							const err52 = {
								instancePath: instancePath + "/tests/" + i4,
								schemaPath: "#/properties/tests/items/required",
								keyword: "required",
								params: { missingProperty: "name" },
								message: "must have required property 'name'",
								schema: schema31.properties.tests.items.required,
								parentSchema: schema31.properties.tests.items,
								data: data31
							};
							if (vErrors === null) vErrors = [err52];
							else vErrors.push(err52);
							errors++;
						}
						if (data31.doc === void 0) {
							const err53 = {
								instancePath: instancePath + "/tests/" + i4,
								schemaPath: "#/properties/tests/items/required",
								keyword: "required",
								params: { missingProperty: "doc" },
								message: "must have required property 'doc'",
								schema: schema31.properties.tests.items.required,
								parentSchema: schema31.properties.tests.items,
								data: data31
							};
							if (vErrors === null) vErrors = [err53];
							else vErrors.push(err53);
							errors++;
						}
						if (data31.expect === void 0) {
							const err54 = {
								instancePath: instancePath + "/tests/" + i4,
								schemaPath: "#/properties/tests/items/required",
								keyword: "required",
								params: { missingProperty: "expect" },
								message: "must have required property 'expect'",
								schema: schema31.properties.tests.items.required,
								parentSchema: schema31.properties.tests.items,
								data: data31
							};
							if (vErrors === null) vErrors = [err54];
							else vErrors.push(err54);
							errors++;
						}
						for (const key3 in data31) if (!func1.call(schema31.properties.tests.items.properties, key3)) {
							const err55 = {
								instancePath: instancePath + "/tests/" + i4,
								schemaPath: "#/properties/tests/items/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key3 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema31.properties.tests.items,
								data: data31
							};
							if (vErrors === null) vErrors = [err55];
							else vErrors.push(err55);
							errors++;
						}
						if (data31.name !== void 0) {
							let data32 = data31.name;
							if (typeof data32 !== "string") {
								const err56 = {
									instancePath: instancePath + "/tests/" + i4 + "/name",
									schemaPath: "#/properties/tests/items/properties/name/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema31.properties.tests.items.properties.name.type,
									parentSchema: schema31.properties.tests.items.properties.name,
									data: data32
								};
								if (vErrors === null) vErrors = [err56];
								else vErrors.push(err56);
								errors++;
							}
						}
						if (data31.doc !== void 0) {
							let data33 = data31.doc;
							if (!(data33 && typeof data33 == "object" && !Array.isArray(data33))) {
								const err57 = {
									instancePath: instancePath + "/tests/" + i4 + "/doc",
									schemaPath: "#/properties/tests/items/properties/doc/type",
									keyword: "type",
									params: { type: "object" },
									message: "must be object",
									schema: schema31.properties.tests.items.properties.doc.type,
									parentSchema: schema31.properties.tests.items.properties.doc,
									data: data33
								};
								if (vErrors === null) vErrors = [err57];
								else vErrors.push(err57);
								errors++;
							}
						}
						if (data31.vendor !== void 0) {
							let data34 = data31.vendor;
							if (!(data34 && typeof data34 == "object" && !Array.isArray(data34))) {
								const err58 = {
									instancePath: instancePath + "/tests/" + i4 + "/vendor",
									schemaPath: "#/properties/tests/items/properties/vendor/type",
									keyword: "type",
									params: { type: "object" },
									message: "must be object",
									schema: schema31.properties.tests.items.properties.vendor.type,
									parentSchema: schema31.properties.tests.items.properties.vendor,
									data: data34
								};
								if (vErrors === null) vErrors = [err58];
								else vErrors.push(err58);
								errors++;
							}
						}
						if (data31.backing !== void 0) {
							let data35 = data31.backing;
							if (!(data35 && typeof data35 == "object" && !Array.isArray(data35))) {
								const err59 = {
									instancePath: instancePath + "/tests/" + i4 + "/backing",
									schemaPath: "#/properties/tests/items/properties/backing/type",
									keyword: "type",
									params: { type: "object" },
									message: "must be object",
									schema: schema31.properties.tests.items.properties.backing.type,
									parentSchema: schema31.properties.tests.items.properties.backing,
									data: data35
								};
								if (vErrors === null) vErrors = [err59];
								else vErrors.push(err59);
								errors++;
							}
						}
						if (data31.params !== void 0) {
							let data36 = data31.params;
							if (!(data36 && typeof data36 == "object" && !Array.isArray(data36))) {
								const err60 = {
									instancePath: instancePath + "/tests/" + i4 + "/params",
									schemaPath: "#/properties/tests/items/properties/params/type",
									keyword: "type",
									params: { type: "object" },
									message: "must be object",
									schema: schema31.properties.tests.items.properties.params.type,
									parentSchema: schema31.properties.tests.items.properties.params,
									data: data36
								};
								if (vErrors === null) vErrors = [err60];
								else vErrors.push(err60);
								errors++;
							}
						}
						if (data31.asOf !== void 0) {
							let data37 = data31.asOf;
							if (typeof data37 === "string") {
								if (!formats0.validate(data37)) {
									const err61 = {
										instancePath: instancePath + "/tests/" + i4 + "/asOf",
										schemaPath: "#/properties/tests/items/properties/asOf/format",
										keyword: "format",
										params: { format: "date" },
										message: "must match format \"date\"",
										schema: "date",
										parentSchema: schema31.properties.tests.items.properties.asOf,
										data: data37
									};
									if (vErrors === null) vErrors = [err61];
									else vErrors.push(err61);
									errors++;
								}
							} else {
								const err62 = {
									instancePath: instancePath + "/tests/" + i4 + "/asOf",
									schemaPath: "#/properties/tests/items/properties/asOf/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema31.properties.tests.items.properties.asOf.type,
									parentSchema: schema31.properties.tests.items.properties.asOf,
									data: data37
								};
								if (vErrors === null) vErrors = [err62];
								else vErrors.push(err62);
								errors++;
							}
						}
						if (data31.claims !== void 0) {
							let data38 = data31.claims;
							if (Array.isArray(data38)) {
								const len5 = data38.length;
								for (let i5 = 0; i5 < len5; i5++) {
									let data39 = data38[i5];
									if (typeof data39 !== "string") {
										const err63 = {
											instancePath: instancePath + "/tests/" + i4 + "/claims/" + i5,
											schemaPath: "#/properties/tests/items/properties/claims/items/type",
											keyword: "type",
											params: { type: "string" },
											message: "must be string",
											schema: schema31.properties.tests.items.properties.claims.items.type,
											parentSchema: schema31.properties.tests.items.properties.claims.items,
											data: data39
										};
										if (vErrors === null) vErrors = [err63];
										else vErrors.push(err63);
										errors++;
									}
								}
							} else {
								const err64 = {
									instancePath: instancePath + "/tests/" + i4 + "/claims",
									schemaPath: "#/properties/tests/items/properties/claims/type",
									keyword: "type",
									params: { type: "array" },
									message: "must be array",
									schema: schema31.properties.tests.items.properties.claims.type,
									parentSchema: schema31.properties.tests.items.properties.claims,
									data: data38
								};
								if (vErrors === null) vErrors = [err64];
								else vErrors.push(err64);
								errors++;
							}
						}
						if (data31.related !== void 0) {
							let data40 = data31.related;
							if (Array.isArray(data40)) {
								const len6 = data40.length;
								for (let i6 = 0; i6 < len6; i6++) {
									let data41 = data40[i6];
									if (typeof data41 !== "string") {
										const err65 = {
											instancePath: instancePath + "/tests/" + i4 + "/related/" + i6,
											schemaPath: "#/properties/tests/items/properties/related/items/type",
											keyword: "type",
											params: { type: "string" },
											message: "must be string",
											schema: schema31.properties.tests.items.properties.related.items.type,
											parentSchema: schema31.properties.tests.items.properties.related.items,
											data: data41
										};
										if (vErrors === null) vErrors = [err65];
										else vErrors.push(err65);
										errors++;
									}
								}
							} else {
								const err66 = {
									instancePath: instancePath + "/tests/" + i4 + "/related",
									schemaPath: "#/properties/tests/items/properties/related/type",
									keyword: "type",
									params: { type: "array" },
									message: "must be array",
									schema: schema31.properties.tests.items.properties.related.type,
									parentSchema: schema31.properties.tests.items.properties.related,
									data: data40
								};
								if (vErrors === null) vErrors = [err66];
								else vErrors.push(err66);
								errors++;
							}
						}
						if (data31.expect !== void 0) {
							let data42 = data31.expect;
							const _errs88 = errors;
							let valid18 = false;
							let passing0 = null;
							const _errs89 = errors;
							if (!(data42 === "pass" || data42 === "fail" || data42 === "not_applicable" || data42 === "missing_evidence" || data42 === "error")) {
								const err67 = {
									instancePath: instancePath + "/tests/" + i4 + "/expect",
									schemaPath: "#/$defs/outcome/enum",
									keyword: "enum",
									params: { allowedValues: schema32.enum },
									message: "must be equal to one of the allowed values",
									schema: schema32.enum,
									parentSchema: schema32,
									data: data42
								};
								if (vErrors === null) vErrors = [err67];
								else vErrors.push(err67);
								errors++;
							}
							var _valid0 = _errs89 === errors;
							if (_valid0) {
								valid18 = true;
								passing0 = 0;
							}
							const _errs91 = errors;
							if (Array.isArray(data42)) {
								const len7 = data42.length;
								for (let i7 = 0; i7 < len7; i7++) {
									let data43 = data42[i7];
									if (!(data43 === "pass" || data43 === "fail" || data43 === "not_applicable" || data43 === "missing_evidence" || data43 === "error")) {
										const err68 = {
											instancePath: instancePath + "/tests/" + i4 + "/expect/" + i7,
											schemaPath: "#/$defs/outcome/enum",
											keyword: "enum",
											params: { allowedValues: schema32.enum },
											message: "must be equal to one of the allowed values",
											schema: schema32.enum,
											parentSchema: schema32,
											data: data43
										};
										if (vErrors === null) vErrors = [err68];
										else vErrors.push(err68);
										errors++;
									}
								}
							} else {
								const err69 = {
									instancePath: instancePath + "/tests/" + i4 + "/expect",
									schemaPath: "#/properties/tests/items/properties/expect/oneOf/1/type",
									keyword: "type",
									params: { type: "array" },
									message: "must be array",
									schema: schema31.properties.tests.items.properties.expect.oneOf[1].type,
									parentSchema: schema31.properties.tests.items.properties.expect.oneOf[1],
									data: data42
								};
								if (vErrors === null) vErrors = [err69];
								else vErrors.push(err69);
								errors++;
							}
							var _valid0 = _errs91 === errors;
							if (_valid0 && valid18) {
								valid18 = false;
								passing0 = [passing0, 1];
							} else if (_valid0) {
								valid18 = true;
								passing0 = 1;
							}
							if (!valid18) {
								const err70 = {
									instancePath: instancePath + "/tests/" + i4 + "/expect",
									schemaPath: "#/properties/tests/items/properties/expect/oneOf",
									keyword: "oneOf",
									params: { passingSchemas: passing0 },
									message: "must match exactly one schema in oneOf",
									schema: schema31.properties.tests.items.properties.expect.oneOf,
									parentSchema: schema31.properties.tests.items.properties.expect,
									data: data42
								};
								if (vErrors === null) vErrors = [err70];
								else vErrors.push(err70);
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
						const err71 = {
							instancePath: instancePath + "/tests/" + i4,
							schemaPath: "#/properties/tests/items/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema31.properties.tests.items.type,
							parentSchema: schema31.properties.tests.items,
							data: data31
						};
						if (vErrors === null) vErrors = [err71];
						else vErrors.push(err71);
						errors++;
					}
				}
			} else {
				const err72 = {
					instancePath: instancePath + "/tests",
					schemaPath: "#/properties/tests/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.tests.type,
					parentSchema: schema31.properties.tests,
					data: data30
				};
				if (vErrors === null) vErrors = [err72];
				else vErrors.push(err72);
				errors++;
			}
		}
		if (data.judges !== void 0) {
			const _errs96 = errors;
			const _errs97 = errors;
			const _errs98 = errors;
			let valid25 = false;
			const _errs99 = errors;
			if (data && typeof data == "object" && !Array.isArray(data)) {
				if (data.forEach === void 0 && "forEach") {
					const err73 = {};
					if (vErrors === null) vErrors = [err73];
					else vErrors.push(err73);
					errors++;
				}
			}
			var _valid1 = _errs99 === errors;
			valid25 = valid25 || _valid1;
			if (_valid1) {
				var props0 = {};
				props0.forEach = true;
			}
			const _errs100 = errors;
			if (data && typeof data == "object" && !Array.isArray(data)) {
				if (data.evidence === void 0 && "evidence") {
					const err74 = {};
					if (vErrors === null) vErrors = [err74];
					else vErrors.push(err74);
					errors++;
				}
			}
			var _valid1 = _errs100 === errors;
			valid25 = valid25 || _valid1;
			if (_valid1) {
				if (props0 !== true) {
					props0 = props0 || {};
					props0.evidence = true;
				}
			}
			const _errs101 = errors;
			if (data && typeof data == "object" && !Array.isArray(data)) {
				if (data.claims === void 0 && "claims") {
					const err75 = {};
					if (vErrors === null) vErrors = [err75];
					else vErrors.push(err75);
					errors++;
				}
			}
			var _valid1 = _errs101 === errors;
			valid25 = valid25 || _valid1;
			if (_valid1) {
				if (props0 !== true) {
					props0 = props0 || {};
					props0.claims = true;
				}
			}
			if (!valid25) {
				const err76 = {};
				if (vErrors === null) vErrors = [err76];
				else vErrors.push(err76);
				errors++;
			} else {
				errors = _errs98;
				if (vErrors !== null) {
					if (_errs98) vErrors.length = _errs98;
					else vErrors = null;
				}
			}
			if (_errs97 === errors) {
				const err77 = {
					instancePath,
					schemaPath: "#/dependentSchemas/judges/not",
					keyword: "not",
					params: {},
					message: "must NOT be valid",
					schema: schema31.dependentSchemas.judges.not,
					parentSchema: schema31.dependentSchemas.judges,
					data
				};
				if (vErrors === null) vErrors = [err77];
				else vErrors.push(err77);
				errors++;
			} else {
				errors = _errs96;
				if (vErrors !== null) {
					if (_errs96) vErrors.length = _errs96;
					else vErrors = null;
				}
			}
		}
	} else {
		const err78 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema31.type,
			parentSchema: schema31,
			data
		};
		if (vErrors === null) vErrors = [err78];
		else vErrors.push(err78);
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
module.exports.schemaDigest = "1f7b7040812e5deb4f9462df31f5d98155d56574ef2fed143fbfa7dba3a2f981";
