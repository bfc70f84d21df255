"use strict";
// dist/validators/standard.cjs
module.exports = validate20;
module.exports.default = validate20;
const schema31 = {
	"$schema": "https://json-schema.org/draft/2020-12/schema",
	"$id": "urn:ringfence:schema:standard",
	"title": "Standard",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"id",
		"version",
		"title"
	],
	"properties": {
		"$schema": { "type": "string" },
		"id": {
			"type": "string",
			"pattern": "^[A-Za-z][A-Za-z0-9-]*$"
		},
		"version": {
			"type": "string",
			"pattern": "^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?$"
		},
		"title": { "type": "string" },
		"description": { "type": "string" },
		"url": { "type": "string" },
		"extends": { "type": "string" },
		"ruleDirs": {
			"type": "array",
			"items": { "type": "string" }
		},
		"levels": {
			"type": "array",
			"items": {
				"type": "object",
				"additionalProperties": false,
				"required": ["level", "name"],
				"properties": {
					"level": {
						"type": "integer",
						"minimum": 1,
						"maximum": 9
					},
					"name": { "type": "string" },
					"description": { "type": "string" }
				}
			}
		},
		"grading": { "$ref": "#/$defs/grading" },
		"areas": {
			"type": "array",
			"items": { "$ref": "#/$defs/area" }
		},
		"overrides": {
			"type": "object",
			"additionalProperties": { "$ref": "#/$defs/override" }
		}
	},
	"$defs": {
		"severity": { "enum": [
			"critical",
			"high",
			"medium",
			"low"
		] },
		"reference": {
			"type": "object",
			"additionalProperties": false,
			"required": ["title"],
			"properties": {
				"title": { "type": "string" },
				"url": { "type": "string" }
			}
		},
		"mapping": {
			"type": "object",
			"additionalProperties": false,
			"required": ["framework", "id"],
			"properties": {
				"framework": { "type": "string" },
				"id": { "type": "string" },
				"title": { "type": "string" }
			}
		},
		"grading": {
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"bands": {
					"type": "array",
					"minItems": 1,
					"items": {
						"type": "object",
						"additionalProperties": false,
						"required": ["grade", "min"],
						"properties": {
							"grade": { "type": "string" },
							"min": {
								"type": "number",
								"minimum": 0,
								"maximum": 100
							}
						}
					}
				},
				"criticalCap": { "type": "string" },
				"unbackedCap": { "type": "string" },
				"minimumAssurance": { "enum": [
					"declared",
					"linked",
					"verified",
					"observed",
					"independently_verified"
				] },
				"instances": {
					"enum": ["mean", "worst"],
					"default": "mean"
				},
				"weighting": {
					"enum": ["areas", "severity"],
					"default": "areas"
				}
			}
		},
		"control": {
			"type": "object",
			"additionalProperties": false,
			"required": [
				"id",
				"rule",
				"severity",
				"level"
			],
			"properties": {
				"id": {
					"type": "string",
					"pattern": "^[A-Za-z][A-Za-z0-9._-]*$"
				},
				"rule": { "type": "string" },
				"title": { "type": "string" },
				"severity": { "$ref": "#/$defs/severity" },
				"level": {
					"type": "integer",
					"minimum": 1,
					"maximum": 9
				},
				"capsGrade": { "type": "boolean" },
				"params": { "type": "object" },
				"rationale": { "type": "string" },
				"remediation": { "type": "string" },
				"references": {
					"type": "array",
					"items": { "$ref": "#/$defs/reference" }
				},
				"mappings": {
					"type": "array",
					"items": { "$ref": "#/$defs/mapping" }
				}
			}
		},
		"area": {
			"type": "object",
			"additionalProperties": false,
			"required": [
				"id",
				"title",
				"controls"
			],
			"properties": {
				"id": {
					"type": "string",
					"pattern": "^[A-Za-z][A-Za-z0-9-]*$"
				},
				"title": { "type": "string" },
				"weight": {
					"type": "number",
					"exclusiveMinimum": 0
				},
				"description": { "type": "string" },
				"controls": {
					"type": "array",
					"items": { "$ref": "#/$defs/control" }
				}
			}
		},
		"override": {
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"title": { "type": "string" },
				"severity": { "$ref": "#/$defs/severity" },
				"level": {
					"type": "integer",
					"minimum": 1,
					"maximum": 9
				},
				"capsGrade": { "type": "boolean" },
				"params": { "type": "object" },
				"rationale": { "type": "string" },
				"remediation": { "type": "string" },
				"references": {
					"type": "array",
					"items": { "$ref": "#/$defs/reference" }
				},
				"mappings": {
					"type": "array",
					"items": { "$ref": "#/$defs/mapping" }
				},
				"enabled": { "type": "boolean" },
				"note": { "type": "string" }
			}
		}
	}
};
const schema32 = {
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"bands": {
			"type": "array",
			"minItems": 1,
			"items": {
				"type": "object",
				"additionalProperties": false,
				"required": ["grade", "min"],
				"properties": {
					"grade": { "type": "string" },
					"min": {
						"type": "number",
						"minimum": 0,
						"maximum": 100
					}
				}
			}
		},
		"criticalCap": { "type": "string" },
		"unbackedCap": { "type": "string" },
		"minimumAssurance": { "enum": [
			"declared",
			"linked",
			"verified",
			"observed",
			"independently_verified"
		] },
		"instances": {
			"enum": ["mean", "worst"],
			"default": "mean"
		},
		"weighting": {
			"enum": ["areas", "severity"],
			"default": "areas"
		}
	}
};
const func1 = Object.prototype.hasOwnProperty;
const pattern4 = new RegExp("^[A-Za-z][A-Za-z0-9-]*$", "u");
const pattern5 = new RegExp("^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?$", "u");
const schema33 = {
	"type": "object",
	"additionalProperties": false,
	"required": [
		"id",
		"title",
		"controls"
	],
	"properties": {
		"id": {
			"type": "string",
			"pattern": "^[A-Za-z][A-Za-z0-9-]*$"
		},
		"title": { "type": "string" },
		"weight": {
			"type": "number",
			"exclusiveMinimum": 0
		},
		"description": { "type": "string" },
		"controls": {
			"type": "array",
			"items": { "$ref": "#/$defs/control" }
		}
	}
};
const schema34 = {
	"type": "object",
	"additionalProperties": false,
	"required": [
		"id",
		"rule",
		"severity",
		"level"
	],
	"properties": {
		"id": {
			"type": "string",
			"pattern": "^[A-Za-z][A-Za-z0-9._-]*$"
		},
		"rule": { "type": "string" },
		"title": { "type": "string" },
		"severity": { "$ref": "#/$defs/severity" },
		"level": {
			"type": "integer",
			"minimum": 1,
			"maximum": 9
		},
		"capsGrade": { "type": "boolean" },
		"params": { "type": "object" },
		"rationale": { "type": "string" },
		"remediation": { "type": "string" },
		"references": {
			"type": "array",
			"items": { "$ref": "#/$defs/reference" }
		},
		"mappings": {
			"type": "array",
			"items": { "$ref": "#/$defs/mapping" }
		}
	}
};
const schema35 = { "enum": [
	"critical",
	"high",
	"medium",
	"low"
] };
const schema36 = {
	"type": "object",
	"additionalProperties": false,
	"required": ["title"],
	"properties": {
		"title": { "type": "string" },
		"url": { "type": "string" }
	}
};
const schema37 = {
	"type": "object",
	"additionalProperties": false,
	"required": ["framework", "id"],
	"properties": {
		"framework": { "type": "string" },
		"id": { "type": "string" },
		"title": { "type": "string" }
	}
};
const pattern7 = new RegExp("^[A-Za-z][A-Za-z0-9._-]*$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate22.evaluated;
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
				schema: schema34.required,
				parentSchema: schema34,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.rule === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "rule" },
				message: "must have required property 'rule'",
				schema: schema34.required,
				parentSchema: schema34,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.severity === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "severity" },
				message: "must have required property 'severity'",
				schema: schema34.required,
				parentSchema: schema34,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.level === void 0) {
			const err3 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "level" },
				message: "must have required property 'level'",
				schema: schema34.required,
				parentSchema: schema34,
				data
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		for (const key0 in data) if (!func1.call(schema34.properties, key0)) {
			const err4 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema34,
				data
			};
			if (vErrors === null) vErrors = [err4];
			else vErrors.push(err4);
			errors++;
		}
		if (data.id !== void 0) {
			let data0 = data.id;
			if (typeof data0 === "string") {
				if (!pattern7.test(data0)) {
					const err5 = {
						instancePath: instancePath + "/id",
						schemaPath: "#/properties/id/pattern",
						keyword: "pattern",
						params: { pattern: "^[A-Za-z][A-Za-z0-9._-]*$" },
						message: "must match pattern \"^[A-Za-z][A-Za-z0-9._-]*$\"",
						schema: "^[A-Za-z][A-Za-z0-9._-]*$",
						parentSchema: schema34.properties.id,
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
					schema: schema34.properties.id.type,
					parentSchema: schema34.properties.id,
					data: data0
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
		}
		if (data.rule !== void 0) {
			let data1 = data.rule;
			if (typeof data1 !== "string") {
				const err7 = {
					instancePath: instancePath + "/rule",
					schemaPath: "#/properties/rule/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema34.properties.rule.type,
					parentSchema: schema34.properties.rule,
					data: data1
				};
				if (vErrors === null) vErrors = [err7];
				else vErrors.push(err7);
				errors++;
			}
		}
		if (data.title !== void 0) {
			let data2 = data.title;
			if (typeof data2 !== "string") {
				const err8 = {
					instancePath: instancePath + "/title",
					schemaPath: "#/properties/title/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema34.properties.title.type,
					parentSchema: schema34.properties.title,
					data: data2
				};
				if (vErrors === null) vErrors = [err8];
				else vErrors.push(err8);
				errors++;
			}
		}
		if (data.severity !== void 0) {
			let data3 = data.severity;
			if (!(data3 === "critical" || data3 === "high" || data3 === "medium" || data3 === "low")) {
				const err9 = {
					instancePath: instancePath + "/severity",
					schemaPath: "#/$defs/severity/enum",
					keyword: "enum",
					params: { allowedValues: schema35.enum },
					message: "must be equal to one of the allowed values",
					schema: schema35.enum,
					parentSchema: schema35,
					data: data3
				};
				if (vErrors === null) vErrors = [err9];
				else vErrors.push(err9);
				errors++;
			}
		}
		if (data.level !== void 0) {
			let data4 = data.level;
			if (!(typeof data4 == "number" && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
				const err10 = {
					instancePath: instancePath + "/level",
					schemaPath: "#/properties/level/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema34.properties.level.type,
					parentSchema: schema34.properties.level,
					data: data4
				};
				if (vErrors === null) vErrors = [err10];
				else vErrors.push(err10);
				errors++;
			}
			if (typeof data4 == "number" && isFinite(data4)) {
				if (data4 > 9 || isNaN(data4)) {
					const err11 = {
						instancePath: instancePath + "/level",
						schemaPath: "#/properties/level/maximum",
						keyword: "maximum",
						params: {
							comparison: "<=",
							limit: 9
						},
						message: "must be <= 9",
						schema: 9,
						parentSchema: schema34.properties.level,
						data: data4
					};
					if (vErrors === null) vErrors = [err11];
					else vErrors.push(err11);
					errors++;
				}
				if (data4 < 1 || isNaN(data4)) {
					const err12 = {
						instancePath: instancePath + "/level",
						schemaPath: "#/properties/level/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 1
						},
						message: "must be >= 1",
						schema: 1,
						parentSchema: schema34.properties.level,
						data: data4
					};
					if (vErrors === null) vErrors = [err12];
					else vErrors.push(err12);
					errors++;
				}
			}
		}
		if (data.capsGrade !== void 0) {
			let data5 = data.capsGrade;
			if (typeof data5 !== "boolean") {
				const err13 = {
					instancePath: instancePath + "/capsGrade",
					schemaPath: "#/properties/capsGrade/type",
					keyword: "type",
					params: { type: "boolean" },
					message: "must be boolean",
					schema: schema34.properties.capsGrade.type,
					parentSchema: schema34.properties.capsGrade,
					data: data5
				};
				if (vErrors === null) vErrors = [err13];
				else vErrors.push(err13);
				errors++;
			}
		}
		if (data.params !== void 0) {
			let data6 = data.params;
			if (!(data6 && typeof data6 == "object" && !Array.isArray(data6))) {
				const err14 = {
					instancePath: instancePath + "/params",
					schemaPath: "#/properties/params/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema34.properties.params.type,
					parentSchema: schema34.properties.params,
					data: data6
				};
				if (vErrors === null) vErrors = [err14];
				else vErrors.push(err14);
				errors++;
			}
		}
		if (data.rationale !== void 0) {
			let data7 = data.rationale;
			if (typeof data7 !== "string") {
				const err15 = {
					instancePath: instancePath + "/rationale",
					schemaPath: "#/properties/rationale/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema34.properties.rationale.type,
					parentSchema: schema34.properties.rationale,
					data: data7
				};
				if (vErrors === null) vErrors = [err15];
				else vErrors.push(err15);
				errors++;
			}
		}
		if (data.remediation !== void 0) {
			let data8 = data.remediation;
			if (typeof data8 !== "string") {
				const err16 = {
					instancePath: instancePath + "/remediation",
					schemaPath: "#/properties/remediation/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema34.properties.remediation.type,
					parentSchema: schema34.properties.remediation,
					data: data8
				};
				if (vErrors === null) vErrors = [err16];
				else vErrors.push(err16);
				errors++;
			}
		}
		if (data.references !== void 0) {
			let data9 = data.references;
			if (Array.isArray(data9)) {
				const len0 = data9.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data10 = data9[i0];
					if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
						if (data10.title === void 0) {
							const err17 = {
								instancePath: instancePath + "/references/" + i0,
								schemaPath: "#/$defs/reference/required",
								keyword: "required",
								params: { missingProperty: "title" },
								message: "must have required property 'title'",
								schema: schema36.required,
								parentSchema: schema36,
								data: data10
							};
							if (vErrors === null) vErrors = [err17];
							else vErrors.push(err17);
							errors++;
						}
						for (const key1 in data10) if (!(key1 === "title" || key1 === "url")) {
							const err18 = {
								instancePath: instancePath + "/references/" + i0,
								schemaPath: "#/$defs/reference/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key1 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema36,
								data: data10
							};
							if (vErrors === null) vErrors = [err18];
							else vErrors.push(err18);
							errors++;
						}
						if (data10.title !== void 0) {
							let data11 = data10.title;
							if (typeof data11 !== "string") {
								const err19 = {
									instancePath: instancePath + "/references/" + i0 + "/title",
									schemaPath: "#/$defs/reference/properties/title/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema36.properties.title.type,
									parentSchema: schema36.properties.title,
									data: data11
								};
								if (vErrors === null) vErrors = [err19];
								else vErrors.push(err19);
								errors++;
							}
						}
						if (data10.url !== void 0) {
							let data12 = data10.url;
							if (typeof data12 !== "string") {
								const err20 = {
									instancePath: instancePath + "/references/" + i0 + "/url",
									schemaPath: "#/$defs/reference/properties/url/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema36.properties.url.type,
									parentSchema: schema36.properties.url,
									data: data12
								};
								if (vErrors === null) vErrors = [err20];
								else vErrors.push(err20);
								errors++;
							}
						}
					} else {
						const err21 = {
							instancePath: instancePath + "/references/" + i0,
							schemaPath: "#/$defs/reference/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema36.type,
							parentSchema: schema36,
							data: data10
						};
						if (vErrors === null) vErrors = [err21];
						else vErrors.push(err21);
						errors++;
					}
				}
			} else {
				const err22 = {
					instancePath: instancePath + "/references",
					schemaPath: "#/properties/references/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema34.properties.references.type,
					parentSchema: schema34.properties.references,
					data: data9
				};
				if (vErrors === null) vErrors = [err22];
				else vErrors.push(err22);
				errors++;
			}
		}
		if (data.mappings !== void 0) {
			let data13 = data.mappings;
			if (Array.isArray(data13)) {
				const len1 = data13.length;
				for (let i1 = 0; i1 < len1; i1++) {
					let data14 = data13[i1];
					if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
						if (data14.framework === void 0) {
							const err23 = {
								instancePath: instancePath + "/mappings/" + i1,
								schemaPath: "#/$defs/mapping/required",
								keyword: "required",
								params: { missingProperty: "framework" },
								message: "must have required property 'framework'",
								schema: schema37.required,
								parentSchema: schema37,
								data: data14
							};
							if (vErrors === null) vErrors = [err23];
							else vErrors.push(err23);
							errors++;
						}
						if (data14.id === void 0) {
							const err24 = {
								instancePath: instancePath + "/mappings/" + i1,
								schemaPath: "#/$defs/mapping/required",
								keyword: "required",
								params: { missingProperty: "id" },
								message: "must have required property 'id'",
								schema: schema37.required,
								parentSchema: schema37,
								data: data14
							};
							if (vErrors === null) vErrors = [err24];
							else vErrors.push(err24);
							errors++;
						}
						for (const key2 in data14) if (!(key2 === "framework" || key2 === "id" || key2 === "title")) {
							const err25 = {
								instancePath: instancePath + "/mappings/" + i1,
								schemaPath: "#/$defs/mapping/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key2 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema37,
								data: data14
							};
							if (vErrors === null) vErrors = [err25];
							else vErrors.push(err25);
							errors++;
						}
						if (data14.framework !== void 0) {
							let data15 = data14.framework;
							if (typeof data15 !== "string") {
								const err26 = {
									instancePath: instancePath + "/mappings/" + i1 + "/framework",
									schemaPath: "#/$defs/mapping/properties/framework/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema37.properties.framework.type,
									parentSchema: schema37.properties.framework,
									data: data15
								};
								if (vErrors === null) vErrors = [err26];
								else vErrors.push(err26);
								errors++;
							}
						}
						if (data14.id !== void 0) {
							let data16 = data14.id;
							if (typeof data16 !== "string") {
								const err27 = {
									instancePath: instancePath + "/mappings/" + i1 + "/id",
									schemaPath: "#/$defs/mapping/properties/id/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema37.properties.id.type,
									parentSchema: schema37.properties.id,
									data: data16
								};
								if (vErrors === null) vErrors = [err27];
								else vErrors.push(err27);
								errors++;
							}
						}
						if (data14.title !== void 0) {
							let data17 = data14.title;
							if (typeof data17 !== "string") {
								const err28 = {
									instancePath: instancePath + "/mappings/" + i1 + "/title",
									schemaPath: "#/$defs/mapping/properties/title/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema37.properties.title.type,
									parentSchema: schema37.properties.title,
									data: data17
								};
								if (vErrors === null) vErrors = [err28];
								else vErrors.push(err28);
								errors++;
							}
						}
					} else {
						const err29 = {
							instancePath: instancePath + "/mappings/" + i1,
							schemaPath: "#/$defs/mapping/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema37.type,
							parentSchema: schema37,
							data: data14
						};
						if (vErrors === null) vErrors = [err29];
						else vErrors.push(err29);
						errors++;
					}
				}
			} else {
				const err30 = {
					instancePath: instancePath + "/mappings",
					schemaPath: "#/properties/mappings/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema34.properties.mappings.type,
					parentSchema: schema34.properties.mappings,
					data: data13
				};
				if (vErrors === null) vErrors = [err30];
				else vErrors.push(err30);
				errors++;
			}
		}
	} else {
		const err31 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema34.type,
			parentSchema: schema34,
			data
		};
		if (vErrors === null) vErrors = [err31];
		else vErrors.push(err31);
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
				schema: schema33.required,
				parentSchema: schema33,
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
				schema: schema33.required,
				parentSchema: schema33,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.controls === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "controls" },
				message: "must have required property 'controls'",
				schema: schema33.required,
				parentSchema: schema33,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "id" || key0 === "title" || key0 === "weight" || key0 === "description" || key0 === "controls")) {
			const err3 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema33,
				data
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		if (data.id !== void 0) {
			let data0 = data.id;
			if (typeof data0 === "string") {
				if (!pattern4.test(data0)) {
					const err4 = {
						instancePath: instancePath + "/id",
						schemaPath: "#/properties/id/pattern",
						keyword: "pattern",
						params: { pattern: "^[A-Za-z][A-Za-z0-9-]*$" },
						message: "must match pattern \"^[A-Za-z][A-Za-z0-9-]*$\"",
						schema: "^[A-Za-z][A-Za-z0-9-]*$",
						parentSchema: schema33.properties.id,
						data: data0
					};
					if (vErrors === null) vErrors = [err4];
					else vErrors.push(err4);
					errors++;
				}
			} else {
				const err5 = {
					instancePath: instancePath + "/id",
					schemaPath: "#/properties/id/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema33.properties.id.type,
					parentSchema: schema33.properties.id,
					data: data0
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.title !== void 0) {
			let data1 = data.title;
			if (typeof data1 !== "string") {
				const err6 = {
					instancePath: instancePath + "/title",
					schemaPath: "#/properties/title/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema33.properties.title.type,
					parentSchema: schema33.properties.title,
					data: data1
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
		}
		if (data.weight !== void 0) {
			let data2 = data.weight;
			if (typeof data2 == "number" && isFinite(data2)) {
				if (data2 <= 0 || isNaN(data2)) {
					const err7 = {
						instancePath: instancePath + "/weight",
						schemaPath: "#/properties/weight/exclusiveMinimum",
						keyword: "exclusiveMinimum",
						params: {
							comparison: ">",
							limit: 0
						},
						message: "must be > 0",
						schema: 0,
						parentSchema: schema33.properties.weight,
						data: data2
					};
					if (vErrors === null) vErrors = [err7];
					else vErrors.push(err7);
					errors++;
				}
			} else {
				const err8 = {
					instancePath: instancePath + "/weight",
					schemaPath: "#/properties/weight/type",
					keyword: "type",
					params: { type: "number" },
					message: "must be number",
					schema: schema33.properties.weight.type,
					parentSchema: schema33.properties.weight,
					data: data2
				};
				if (vErrors === null) vErrors = [err8];
				else vErrors.push(err8);
				errors++;
			}
		}
		if (data.description !== void 0) {
			let data3 = data.description;
			if (typeof data3 !== "string") {
				const err9 = {
					instancePath: instancePath + "/description",
					schemaPath: "#/properties/description/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema33.properties.description.type,
					parentSchema: schema33.properties.description,
					data: data3
				};
				if (vErrors === null) vErrors = [err9];
				else vErrors.push(err9);
				errors++;
			}
		}
		if (data.controls !== void 0) {
			let data4 = data.controls;
			if (Array.isArray(data4)) {
				const len0 = data4.length;
				for (let i0 = 0; i0 < len0; i0++) if (!validate22(data4[i0], {
					instancePath: instancePath + "/controls/" + i0,
					parentData: data4,
					parentDataProperty: i0,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
					errors = vErrors.length;
				}
			} else {
				const err10 = {
					instancePath: instancePath + "/controls",
					schemaPath: "#/properties/controls/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema33.properties.controls.type,
					parentSchema: schema33.properties.controls,
					data: data4
				};
				if (vErrors === null) vErrors = [err10];
				else vErrors.push(err10);
				errors++;
			}
		}
	} else {
		const err11 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema33.type,
			parentSchema: schema33,
			data
		};
		if (vErrors === null) vErrors = [err11];
		else vErrors.push(err11);
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
const schema38 = {
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"title": { "type": "string" },
		"severity": { "$ref": "#/$defs/severity" },
		"level": {
			"type": "integer",
			"minimum": 1,
			"maximum": 9
		},
		"capsGrade": { "type": "boolean" },
		"params": { "type": "object" },
		"rationale": { "type": "string" },
		"remediation": { "type": "string" },
		"references": {
			"type": "array",
			"items": { "$ref": "#/$defs/reference" }
		},
		"mappings": {
			"type": "array",
			"items": { "$ref": "#/$defs/mapping" }
		},
		"enabled": { "type": "boolean" },
		"note": { "type": "string" }
	}
};
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate25.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!func1.call(schema38.properties, key0)) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema38,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.title !== void 0) {
			let data0 = data.title;
			if (typeof data0 !== "string") {
				const err1 = {
					instancePath: instancePath + "/title",
					schemaPath: "#/properties/title/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema38.properties.title.type,
					parentSchema: schema38.properties.title,
					data: data0
				};
				if (vErrors === null) vErrors = [err1];
				else vErrors.push(err1);
				errors++;
			}
		}
		if (data.severity !== void 0) {
			let data1 = data.severity;
			if (!(data1 === "critical" || data1 === "high" || data1 === "medium" || data1 === "low")) {
				const err2 = {
					instancePath: instancePath + "/severity",
					schemaPath: "#/$defs/severity/enum",
					keyword: "enum",
					params: { allowedValues: schema35.enum },
					message: "must be equal to one of the allowed values",
					schema: schema35.enum,
					parentSchema: schema35,
					data: data1
				};
				if (vErrors === null) vErrors = [err2];
				else vErrors.push(err2);
				errors++;
			}
		}
		if (data.level !== void 0) {
			let data2 = data.level;
			if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
				const err3 = {
					instancePath: instancePath + "/level",
					schemaPath: "#/properties/level/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema38.properties.level.type,
					parentSchema: schema38.properties.level,
					data: data2
				};
				if (vErrors === null) vErrors = [err3];
				else vErrors.push(err3);
				errors++;
			}
			if (typeof data2 == "number" && isFinite(data2)) {
				if (data2 > 9 || isNaN(data2)) {
					const err4 = {
						instancePath: instancePath + "/level",
						schemaPath: "#/properties/level/maximum",
						keyword: "maximum",
						params: {
							comparison: "<=",
							limit: 9
						},
						message: "must be <= 9",
						schema: 9,
						parentSchema: schema38.properties.level,
						data: data2
					};
					if (vErrors === null) vErrors = [err4];
					else vErrors.push(err4);
					errors++;
				}
				if (data2 < 1 || isNaN(data2)) {
					const err5 = {
						instancePath: instancePath + "/level",
						schemaPath: "#/properties/level/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 1
						},
						message: "must be >= 1",
						schema: 1,
						parentSchema: schema38.properties.level,
						data: data2
					};
					if (vErrors === null) vErrors = [err5];
					else vErrors.push(err5);
					errors++;
				}
			}
		}
		if (data.capsGrade !== void 0) {
			let data3 = data.capsGrade;
			if (typeof data3 !== "boolean") {
				const err6 = {
					instancePath: instancePath + "/capsGrade",
					schemaPath: "#/properties/capsGrade/type",
					keyword: "type",
					params: { type: "boolean" },
					message: "must be boolean",
					schema: schema38.properties.capsGrade.type,
					parentSchema: schema38.properties.capsGrade,
					data: data3
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
		}
		if (data.params !== void 0) {
			let data4 = data.params;
			if (!(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
				const err7 = {
					instancePath: instancePath + "/params",
					schemaPath: "#/properties/params/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema38.properties.params.type,
					parentSchema: schema38.properties.params,
					data: data4
				};
				if (vErrors === null) vErrors = [err7];
				else vErrors.push(err7);
				errors++;
			}
		}
		if (data.rationale !== void 0) {
			let data5 = data.rationale;
			if (typeof data5 !== "string") {
				const err8 = {
					instancePath: instancePath + "/rationale",
					schemaPath: "#/properties/rationale/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema38.properties.rationale.type,
					parentSchema: schema38.properties.rationale,
					data: data5
				};
				if (vErrors === null) vErrors = [err8];
				else vErrors.push(err8);
				errors++;
			}
		}
		if (data.remediation !== void 0) {
			let data6 = data.remediation;
			if (typeof data6 !== "string") {
				const err9 = {
					instancePath: instancePath + "/remediation",
					schemaPath: "#/properties/remediation/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema38.properties.remediation.type,
					parentSchema: schema38.properties.remediation,
					data: data6
				};
				if (vErrors === null) vErrors = [err9];
				else vErrors.push(err9);
				errors++;
			}
		}
		if (data.references !== void 0) {
			let data7 = data.references;
			if (Array.isArray(data7)) {
				const len0 = data7.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data8 = data7[i0];
					if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
						if (data8.title === void 0) {
							const err10 = {
								instancePath: instancePath + "/references/" + i0,
								schemaPath: "#/$defs/reference/required",
								keyword: "required",
								params: { missingProperty: "title" },
								message: "must have required property 'title'",
								schema: schema36.required,
								parentSchema: schema36,
								data: data8
							};
							if (vErrors === null) vErrors = [err10];
							else vErrors.push(err10);
							errors++;
						}
						for (const key1 in data8) if (!(key1 === "title" || key1 === "url")) {
							const err11 = {
								instancePath: instancePath + "/references/" + i0,
								schemaPath: "#/$defs/reference/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key1 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema36,
								data: data8
							};
							if (vErrors === null) vErrors = [err11];
							else vErrors.push(err11);
							errors++;
						}
						if (data8.title !== void 0) {
							let data9 = data8.title;
							if (typeof data9 !== "string") {
								const err12 = {
									instancePath: instancePath + "/references/" + i0 + "/title",
									schemaPath: "#/$defs/reference/properties/title/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema36.properties.title.type,
									parentSchema: schema36.properties.title,
									data: data9
								};
								if (vErrors === null) vErrors = [err12];
								else vErrors.push(err12);
								errors++;
							}
						}
						if (data8.url !== void 0) {
							let data10 = data8.url;
							if (typeof data10 !== "string") {
								const err13 = {
									instancePath: instancePath + "/references/" + i0 + "/url",
									schemaPath: "#/$defs/reference/properties/url/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema36.properties.url.type,
									parentSchema: schema36.properties.url,
									data: data10
								};
								if (vErrors === null) vErrors = [err13];
								else vErrors.push(err13);
								errors++;
							}
						}
					} else {
						const err14 = {
							instancePath: instancePath + "/references/" + i0,
							schemaPath: "#/$defs/reference/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema36.type,
							parentSchema: schema36,
							data: data8
						};
						if (vErrors === null) vErrors = [err14];
						else vErrors.push(err14);
						errors++;
					}
				}
			} else {
				const err15 = {
					instancePath: instancePath + "/references",
					schemaPath: "#/properties/references/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema38.properties.references.type,
					parentSchema: schema38.properties.references,
					data: data7
				};
				if (vErrors === null) vErrors = [err15];
				else vErrors.push(err15);
				errors++;
			}
		}
		if (data.mappings !== void 0) {
			let data11 = data.mappings;
			if (Array.isArray(data11)) {
				const len1 = data11.length;
				for (let i1 = 0; i1 < len1; i1++) {
					let data12 = data11[i1];
					if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
						if (data12.framework === void 0) {
							const err16 = {
								instancePath: instancePath + "/mappings/" + i1,
								schemaPath: "#/$defs/mapping/required",
								keyword: "required",
								params: { missingProperty: "framework" },
								message: "must have required property 'framework'",
								schema: schema37.required,
								parentSchema: schema37,
								data: data12
							};
							if (vErrors === null) vErrors = [err16];
							else vErrors.push(err16);
							errors++;
						}
						if (data12.id === void 0) {
							const err17 = {
								instancePath: instancePath + "/mappings/" + i1,
								schemaPath: "#/$defs/mapping/required",
								keyword: "required",
								params: { missingProperty: "id" },
								message: "must have required property 'id'",
								schema: schema37.required,
								parentSchema: schema37,
								data: data12
							};
							if (vErrors === null) vErrors = [err17];
							else vErrors.push(err17);
							errors++;
						}
						for (const key2 in data12) if (!(key2 === "framework" || key2 === "id" || key2 === "title")) {
							const err18 = {
								instancePath: instancePath + "/mappings/" + i1,
								schemaPath: "#/$defs/mapping/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key2 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema37,
								data: data12
							};
							if (vErrors === null) vErrors = [err18];
							else vErrors.push(err18);
							errors++;
						}
						if (data12.framework !== void 0) {
							let data13 = data12.framework;
							if (typeof data13 !== "string") {
								const err19 = {
									instancePath: instancePath + "/mappings/" + i1 + "/framework",
									schemaPath: "#/$defs/mapping/properties/framework/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema37.properties.framework.type,
									parentSchema: schema37.properties.framework,
									data: data13
								};
								if (vErrors === null) vErrors = [err19];
								else vErrors.push(err19);
								errors++;
							}
						}
						if (data12.id !== void 0) {
							let data14 = data12.id;
							if (typeof data14 !== "string") {
								const err20 = {
									instancePath: instancePath + "/mappings/" + i1 + "/id",
									schemaPath: "#/$defs/mapping/properties/id/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema37.properties.id.type,
									parentSchema: schema37.properties.id,
									data: data14
								};
								if (vErrors === null) vErrors = [err20];
								else vErrors.push(err20);
								errors++;
							}
						}
						if (data12.title !== void 0) {
							let data15 = data12.title;
							if (typeof data15 !== "string") {
								const err21 = {
									instancePath: instancePath + "/mappings/" + i1 + "/title",
									schemaPath: "#/$defs/mapping/properties/title/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema37.properties.title.type,
									parentSchema: schema37.properties.title,
									data: data15
								};
								if (vErrors === null) vErrors = [err21];
								else vErrors.push(err21);
								errors++;
							}
						}
					} else {
						const err22 = {
							instancePath: instancePath + "/mappings/" + i1,
							schemaPath: "#/$defs/mapping/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema37.type,
							parentSchema: schema37,
							data: data12
						};
						if (vErrors === null) vErrors = [err22];
						else vErrors.push(err22);
						errors++;
					}
				}
			} else {
				const err23 = {
					instancePath: instancePath + "/mappings",
					schemaPath: "#/properties/mappings/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema38.properties.mappings.type,
					parentSchema: schema38.properties.mappings,
					data: data11
				};
				if (vErrors === null) vErrors = [err23];
				else vErrors.push(err23);
				errors++;
			}
		}
		if (data.enabled !== void 0) {
			let data16 = data.enabled;
			if (typeof data16 !== "boolean") {
				const err24 = {
					instancePath: instancePath + "/enabled",
					schemaPath: "#/properties/enabled/type",
					keyword: "type",
					params: { type: "boolean" },
					message: "must be boolean",
					schema: schema38.properties.enabled.type,
					parentSchema: schema38.properties.enabled,
					data: data16
				};
				if (vErrors === null) vErrors = [err24];
				else vErrors.push(err24);
				errors++;
			}
		}
		if (data.note !== void 0) {
			let data17 = data.note;
			if (typeof data17 !== "string") {
				const err25 = {
					instancePath: instancePath + "/note",
					schemaPath: "#/properties/note/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema38.properties.note.type,
					parentSchema: schema38.properties.note,
					data: data17
				};
				if (vErrors === null) vErrors = [err25];
				else vErrors.push(err25);
				errors++;
			}
		}
	} else {
		const err26 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema38.type,
			parentSchema: schema38,
			data
		};
		if (vErrors === null) vErrors = [err26];
		else vErrors.push(err26);
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
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate20.evaluated;
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
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.version === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "version" },
				message: "must have required property 'version'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.title === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "title" },
				message: "must have required property 'title'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		for (const key0 in data) if (!func1.call(schema31.properties, key0)) {
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
		if (data.id !== void 0) {
			let data1 = data.id;
			if (typeof data1 === "string") {
				if (!pattern4.test(data1)) {
					const err5 = {
						instancePath: instancePath + "/id",
						schemaPath: "#/properties/id/pattern",
						keyword: "pattern",
						params: { pattern: "^[A-Za-z][A-Za-z0-9-]*$" },
						message: "must match pattern \"^[A-Za-z][A-Za-z0-9-]*$\"",
						schema: "^[A-Za-z][A-Za-z0-9-]*$",
						parentSchema: schema31.properties.id,
						data: data1
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
					schema: schema31.properties.id.type,
					parentSchema: schema31.properties.id,
					data: data1
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
		}
		if (data.version !== void 0) {
			let data2 = data.version;
			if (typeof data2 === "string") {
				if (!pattern5.test(data2)) {
					const err7 = {
						instancePath: instancePath + "/version",
						schemaPath: "#/properties/version/pattern",
						keyword: "pattern",
						params: { pattern: "^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?$" },
						message: "must match pattern \"^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?$\"",
						schema: "^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?$",
						parentSchema: schema31.properties.version,
						data: data2
					};
					if (vErrors === null) vErrors = [err7];
					else vErrors.push(err7);
					errors++;
				}
			} else {
				const err8 = {
					instancePath: instancePath + "/version",
					schemaPath: "#/properties/version/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.version.type,
					parentSchema: schema31.properties.version,
					data: data2
				};
				if (vErrors === null) vErrors = [err8];
				else vErrors.push(err8);
				errors++;
			}
		}
		if (data.title !== void 0) {
			let data3 = data.title;
			if (typeof data3 !== "string") {
				const err9 = {
					instancePath: instancePath + "/title",
					schemaPath: "#/properties/title/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.title.type,
					parentSchema: schema31.properties.title,
					data: data3
				};
				if (vErrors === null) vErrors = [err9];
				else vErrors.push(err9);
				errors++;
			}
		}
		if (data.description !== void 0) {
			let data4 = data.description;
			if (typeof data4 !== "string") {
				const err10 = {
					instancePath: instancePath + "/description",
					schemaPath: "#/properties/description/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.description.type,
					parentSchema: schema31.properties.description,
					data: data4
				};
				if (vErrors === null) vErrors = [err10];
				else vErrors.push(err10);
				errors++;
			}
		}
		if (data.url !== void 0) {
			let data5 = data.url;
			if (typeof data5 !== "string") {
				const err11 = {
					instancePath: instancePath + "/url",
					schemaPath: "#/properties/url/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.url.type,
					parentSchema: schema31.properties.url,
					data: data5
				};
				if (vErrors === null) vErrors = [err11];
				else vErrors.push(err11);
				errors++;
			}
		}
		if (data.extends !== void 0) {
			let data6 = data.extends;
			if (typeof data6 !== "string") {
				const err12 = {
					instancePath: instancePath + "/extends",
					schemaPath: "#/properties/extends/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.extends.type,
					parentSchema: schema31.properties.extends,
					data: data6
				};
				if (vErrors === null) vErrors = [err12];
				else vErrors.push(err12);
				errors++;
			}
		}
		if (data.ruleDirs !== void 0) {
			let data7 = data.ruleDirs;
			if (Array.isArray(data7)) {
				const len0 = data7.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data8 = data7[i0];
					if (typeof data8 !== "string") {
						const err13 = {
							instancePath: instancePath + "/ruleDirs/" + i0,
							schemaPath: "#/properties/ruleDirs/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema31.properties.ruleDirs.items.type,
							parentSchema: schema31.properties.ruleDirs.items,
							data: data8
						};
						if (vErrors === null) vErrors = [err13];
						else vErrors.push(err13);
						errors++;
					}
				}
			} else {
				const err14 = {
					instancePath: instancePath + "/ruleDirs",
					schemaPath: "#/properties/ruleDirs/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.ruleDirs.type,
					parentSchema: schema31.properties.ruleDirs,
					data: data7
				};
				if (vErrors === null) vErrors = [err14];
				else vErrors.push(err14);
				errors++;
			}
		}
		if (data.levels !== void 0) {
			let data9 = data.levels;
			if (Array.isArray(data9)) {
				const len1 = data9.length;
				for (let i1 = 0; i1 < len1; i1++) {
					let data10 = data9[i1];
					if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
						if (data10.level === void 0) {
							const err15 = {
								instancePath: instancePath + "/levels/" + i1,
								schemaPath: "#/properties/levels/items/required",
								keyword: "required",
								params: { missingProperty: "level" },
								message: "must have required property 'level'",
								schema: schema31.properties.levels.items.required,
								parentSchema: schema31.properties.levels.items,
								data: data10
							};
							if (vErrors === null) vErrors = [err15];
							else vErrors.push(err15);
							errors++;
						}
						if (data10.name === void 0) {
							const err16 = {
								instancePath: instancePath + "/levels/" + i1,
								schemaPath: "#/properties/levels/items/required",
								keyword: "required",
								params: { missingProperty: "name" },
								message: "must have required property 'name'",
								schema: schema31.properties.levels.items.required,
								parentSchema: schema31.properties.levels.items,
								data: data10
							};
							if (vErrors === null) vErrors = [err16];
							else vErrors.push(err16);
							errors++;
						}
						for (const key1 in data10) if (!(key1 === "level" || key1 === "name" || key1 === "description")) {
							const err17 = {
								instancePath: instancePath + "/levels/" + i1,
								schemaPath: "#/properties/levels/items/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key1 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema31.properties.levels.items,
								data: data10
							};
							if (vErrors === null) vErrors = [err17];
							else vErrors.push(err17);
							errors++;
						}
						if (data10.level !== void 0) {
							let data11 = data10.level;
							if (!(typeof data11 == "number" && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
								const err18 = {
									instancePath: instancePath + "/levels/" + i1 + "/level",
									schemaPath: "#/properties/levels/items/properties/level/type",
									keyword: "type",
									params: { type: "integer" },
									message: "must be integer",
									schema: schema31.properties.levels.items.properties.level.type,
									parentSchema: schema31.properties.levels.items.properties.level,
									data: data11
								};
								if (vErrors === null) vErrors = [err18];
								else vErrors.push(err18);
								errors++;
							}
							if (typeof data11 == "number" && isFinite(data11)) {
								if (data11 > 9 || isNaN(data11)) {
									const err19 = {
										instancePath: instancePath + "/levels/" + i1 + "/level",
										schemaPath: "#/properties/levels/items/properties/level/maximum",
										keyword: "maximum",
										params: {
											comparison: "<=",
											limit: 9
										},
										message: "must be <= 9",
										schema: 9,
										parentSchema: schema31.properties.levels.items.properties.level,
										data: data11
									};
									if (vErrors === null) vErrors = [err19];
									else vErrors.push(err19);
									errors++;
								}
								if (data11 < 1 || isNaN(data11)) {
									const err20 = {
										instancePath: instancePath + "/levels/" + i1 + "/level",
										schemaPath: "#/properties/levels/items/properties/level/minimum",
										keyword: "minimum",
										params: {
											comparison: ">=",
											limit: 1
										},
										message: "must be >= 1",
										schema: 1,
										parentSchema: schema31.properties.levels.items.properties.level,
										data: data11
									};
									if (vErrors === null) vErrors = [err20];
									else vErrors.push(err20);
									errors++;
								}
							}
						}
						if (data10.name !== void 0) {
							let data12 = data10.name;
							if (typeof data12 !== "string") {
								const err21 = {
									instancePath: instancePath + "/levels/" + i1 + "/name",
									schemaPath: "#/properties/levels/items/properties/name/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema31.properties.levels.items.properties.name.type,
									parentSchema: schema31.properties.levels.items.properties.name,
									data: data12
								};
								if (vErrors === null) vErrors = [err21];
								else vErrors.push(err21);
								errors++;
							}
						}
						if (data10.description !== void 0) {
							let data13 = data10.description;
							if (typeof data13 !== "string") {
								const err22 = {
									instancePath: instancePath + "/levels/" + i1 + "/description",
									schemaPath: "#/properties/levels/items/properties/description/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema31.properties.levels.items.properties.description.type,
									parentSchema: schema31.properties.levels.items.properties.description,
									data: data13
								};
								if (vErrors === null) vErrors = [err22];
								else vErrors.push(err22);
								errors++;
							}
						}
					} else {
						const err23 = {
							instancePath: instancePath + "/levels/" + i1,
							schemaPath: "#/properties/levels/items/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema31.properties.levels.items.type,
							parentSchema: schema31.properties.levels.items,
							data: data10
						};
						if (vErrors === null) vErrors = [err23];
						else vErrors.push(err23);
						errors++;
					}
				}
			} else {
				const err24 = {
					instancePath: instancePath + "/levels",
					schemaPath: "#/properties/levels/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.levels.type,
					parentSchema: schema31.properties.levels,
					data: data9
				};
				if (vErrors === null) vErrors = [err24];
				else vErrors.push(err24);
				errors++;
			}
		}
		if (data.grading !== void 0) {
			let data14 = data.grading;
			if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
				for (const key2 in data14) if (!(key2 === "bands" || key2 === "criticalCap" || key2 === "unbackedCap" || key2 === "minimumAssurance" || key2 === "instances" || key2 === "weighting")) {
					const err25 = {
						instancePath: instancePath + "/grading",
						schemaPath: "#/$defs/grading/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key2 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema32,
						data: data14
					};
					if (vErrors === null) vErrors = [err25];
					else vErrors.push(err25);
					errors++;
				}
				if (data14.bands !== void 0) {
					let data15 = data14.bands;
					if (Array.isArray(data15)) {
						if (data15.length < 1) {
							const err26 = {
								instancePath: instancePath + "/grading/bands",
								schemaPath: "#/$defs/grading/properties/bands/minItems",
								keyword: "minItems",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 items",
								schema: 1,
								parentSchema: schema32.properties.bands,
								data: data15
							};
							if (vErrors === null) vErrors = [err26];
							else vErrors.push(err26);
							errors++;
						}
						const len2 = data15.length;
						for (let i2 = 0; i2 < len2; i2++) {
							let data16 = data15[i2];
							if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
								if (data16.grade === void 0) {
									const err27 = {
										instancePath: instancePath + "/grading/bands/" + i2,
										schemaPath: "#/$defs/grading/properties/bands/items/required",
										keyword: "required",
										params: { missingProperty: "grade" },
										message: "must have required property 'grade'",
										schema: schema32.properties.bands.items.required,
										parentSchema: schema32.properties.bands.items,
										data: data16
									};
									if (vErrors === null) vErrors = [err27];
									else vErrors.push(err27);
									errors++;
								}
								if (data16.min === void 0) {
									const err28 = {
										instancePath: instancePath + "/grading/bands/" + i2,
										schemaPath: "#/$defs/grading/properties/bands/items/required",
										keyword: "required",
										params: { missingProperty: "min" },
										message: "must have required property 'min'",
										schema: schema32.properties.bands.items.required,
										parentSchema: schema32.properties.bands.items,
										data: data16
									};
									if (vErrors === null) vErrors = [err28];
									else vErrors.push(err28);
									errors++;
								}
								for (const key3 in data16) if (!(key3 === "grade" || key3 === "min")) {
									const err29 = {
										instancePath: instancePath + "/grading/bands/" + i2,
										schemaPath: "#/$defs/grading/properties/bands/items/additionalProperties",
										keyword: "additionalProperties",
										params: { additionalProperty: key3 },
										message: "must NOT have additional properties",
										schema: false,
										parentSchema: schema32.properties.bands.items,
										data: data16
									};
									if (vErrors === null) vErrors = [err29];
									else vErrors.push(err29);
									errors++;
								}
								if (data16.grade !== void 0) {
									let data17 = data16.grade;
									if (typeof data17 !== "string") {
										const err30 = {
											instancePath: instancePath + "/grading/bands/" + i2 + "/grade",
											schemaPath: "#/$defs/grading/properties/bands/items/properties/grade/type",
											keyword: "type",
											params: { type: "string" },
											message: "must be string",
											schema: schema32.properties.bands.items.properties.grade.type,
											parentSchema: schema32.properties.bands.items.properties.grade,
											data: data17
										};
										if (vErrors === null) vErrors = [err30];
										else vErrors.push(err30);
										errors++;
									}
								}
								if (data16.min !== void 0) {
									let data18 = data16.min;
									if (typeof data18 == "number" && isFinite(data18)) {
										if (data18 > 100 || isNaN(data18)) {
											const err31 = {
												instancePath: instancePath + "/grading/bands/" + i2 + "/min",
												schemaPath: "#/$defs/grading/properties/bands/items/properties/min/maximum",
												keyword: "maximum",
												params: {
													comparison: "<=",
													limit: 100
												},
												message: "must be <= 100",
												schema: 100,
												parentSchema: schema32.properties.bands.items.properties.min,
												data: data18
											};
											if (vErrors === null) vErrors = [err31];
											else vErrors.push(err31);
											errors++;
										}
										if (data18 < 0 || isNaN(data18)) {
											const err32 = {
												instancePath: instancePath + "/grading/bands/" + i2 + "/min",
												schemaPath: "#/$defs/grading/properties/bands/items/properties/min/minimum",
												keyword: "minimum",
												params: {
													comparison: ">=",
													limit: 0
												},
												message: "must be >= 0",
												schema: 0,
												parentSchema: schema32.properties.bands.items.properties.min,
												data: data18
											};
											if (vErrors === null) vErrors = [err32];
											else vErrors.push(err32);
											errors++;
										}
									} else {
										const err33 = {
											instancePath: instancePath + "/grading/bands/" + i2 + "/min",
											schemaPath: "#/$defs/grading/properties/bands/items/properties/min/type",
											keyword: "type",
											params: { type: "number" },
											message: "must be number",
											schema: schema32.properties.bands.items.properties.min.type,
											parentSchema: schema32.properties.bands.items.properties.min,
											data: data18
										};
										if (vErrors === null) vErrors = [err33];
										else vErrors.push(err33);
										errors++;
									}
								}
							} else {
								const err34 = {
									instancePath: instancePath + "/grading/bands/" + i2,
									schemaPath: "#/$defs/grading/properties/bands/items/type",
									keyword: "type",
									params: { type: "object" },
									message: "must be object",
									schema: schema32.properties.bands.items.type,
									parentSchema: schema32.properties.bands.items,
									data: data16
								};
								if (vErrors === null) vErrors = [err34];
								else vErrors.push(err34);
								errors++;
							}
						}
					} else {
						const err35 = {
							instancePath: instancePath + "/grading/bands",
							schemaPath: "#/$defs/grading/properties/bands/type",
							keyword: "type",
							params: { type: "array" },
							message: "must be array",
							schema: schema32.properties.bands.type,
							parentSchema: schema32.properties.bands,
							data: data15
						};
						if (vErrors === null) vErrors = [err35];
						else vErrors.push(err35);
						errors++;
					}
				}
				if (data14.criticalCap !== void 0) {
					let data19 = data14.criticalCap;
					if (typeof data19 !== "string") {
						const err36 = {
							instancePath: instancePath + "/grading/criticalCap",
							schemaPath: "#/$defs/grading/properties/criticalCap/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema32.properties.criticalCap.type,
							parentSchema: schema32.properties.criticalCap,
							data: data19
						};
						if (vErrors === null) vErrors = [err36];
						else vErrors.push(err36);
						errors++;
					}
				}
				if (data14.unbackedCap !== void 0) {
					let data20 = data14.unbackedCap;
					if (typeof data20 !== "string") {
						const err37 = {
							instancePath: instancePath + "/grading/unbackedCap",
							schemaPath: "#/$defs/grading/properties/unbackedCap/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema32.properties.unbackedCap.type,
							parentSchema: schema32.properties.unbackedCap,
							data: data20
						};
						if (vErrors === null) vErrors = [err37];
						else vErrors.push(err37);
						errors++;
					}
				}
				if (data14.minimumAssurance !== void 0) {
					let data21 = data14.minimumAssurance;
					if (!(data21 === "declared" || data21 === "linked" || data21 === "verified" || data21 === "observed" || data21 === "independently_verified")) {
						const err38 = {
							instancePath: instancePath + "/grading/minimumAssurance",
							schemaPath: "#/$defs/grading/properties/minimumAssurance/enum",
							keyword: "enum",
							params: { allowedValues: schema32.properties.minimumAssurance.enum },
							message: "must be equal to one of the allowed values",
							schema: schema32.properties.minimumAssurance.enum,
							parentSchema: schema32.properties.minimumAssurance,
							data: data21
						};
						if (vErrors === null) vErrors = [err38];
						else vErrors.push(err38);
						errors++;
					}
				}
				if (data14.instances !== void 0) {
					let data22 = data14.instances;
					if (!(data22 === "mean" || data22 === "worst")) {
						const err39 = {
							instancePath: instancePath + "/grading/instances",
							schemaPath: "#/$defs/grading/properties/instances/enum",
							keyword: "enum",
							params: { allowedValues: schema32.properties.instances.enum },
							message: "must be equal to one of the allowed values",
							schema: schema32.properties.instances.enum,
							parentSchema: schema32.properties.instances,
							data: data22
						};
						if (vErrors === null) vErrors = [err39];
						else vErrors.push(err39);
						errors++;
					}
				}
				if (data14.weighting !== void 0) {
					let data23 = data14.weighting;
					if (!(data23 === "areas" || data23 === "severity")) {
						const err40 = {
							instancePath: instancePath + "/grading/weighting",
							schemaPath: "#/$defs/grading/properties/weighting/enum",
							keyword: "enum",
							params: { allowedValues: schema32.properties.weighting.enum },
							message: "must be equal to one of the allowed values",
							schema: schema32.properties.weighting.enum,
							parentSchema: schema32.properties.weighting,
							data: data23
						};
						if (vErrors === null) vErrors = [err40];
						else vErrors.push(err40);
						errors++;
					}
				}
			} else {
				const err41 = {
					instancePath: instancePath + "/grading",
					schemaPath: "#/$defs/grading/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema32.type,
					parentSchema: schema32,
					data: data14
				};
				if (vErrors === null) vErrors = [err41];
				else vErrors.push(err41);
				errors++;
			}
		}
		if (data.areas !== void 0) {
			let data24 = data.areas;
			if (Array.isArray(data24)) {
				const len3 = data24.length;
				for (let i3 = 0; i3 < len3; i3++) if (!validate21(data24[i3], {
					instancePath: instancePath + "/areas/" + i3,
					parentData: data24,
					parentDataProperty: i3,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
					errors = vErrors.length;
				}
			} else {
				const err42 = {
					instancePath: instancePath + "/areas",
					schemaPath: "#/properties/areas/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.areas.type,
					parentSchema: schema31.properties.areas,
					data: data24
				};
				if (vErrors === null) vErrors = [err42];
				else vErrors.push(err42);
				errors++;
			}
		}
		if (data.overrides !== void 0) {
			let data26 = data.overrides;
			if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
				for (const key4 in data26) if (!validate25(data26[key4], {
					instancePath: instancePath + "/overrides/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
					parentData: data26,
					parentDataProperty: key4,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
					errors = vErrors.length;
				}
			} else {
				const err43 = {
					instancePath: instancePath + "/overrides",
					schemaPath: "#/properties/overrides/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema31.properties.overrides.type,
					parentSchema: schema31.properties.overrides,
					data: data26
				};
				if (vErrors === null) vErrors = [err43];
				else vErrors.push(err43);
				errors++;
			}
		}
	} else {
		const err44 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema31.type,
			parentSchema: schema31,
			data
		};
		if (vErrors === null) vErrors = [err44];
		else vErrors.push(err44);
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
module.exports.schemaDigest = "e8f40e5214cc4326f2eaaf64ff7dbc9fa38d2f62f67b4b10ebe683034a0cbfa0";
