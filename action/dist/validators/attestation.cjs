"use strict";
const require_ucs2length$1 = require("./shared-5ab0ab80.cjs");
const require_formats$1 = require("./shared-7d2e0bb5.cjs");
// dist/validators/attestation.cjs
module.exports = validate20;
module.exports.default = validate20;
const schema31 = {
	"$schema": "https://json-schema.org/draft/2020-12/schema",
	"$id": "urn:ringfence:schema:attestation",
	"title": "Attestation",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"_type",
		"subject",
		"predicateType",
		"predicate"
	],
	"properties": {
		"_type": { "const": "https://in-toto.io/Statement/v1" },
		"subject": {
			"type": "array",
			"minItems": 1,
			"maxItems": 1e5,
			"items": { "$ref": "#/$defs/Subject" }
		},
		"predicateType": { "const": "urn:ringfence:attestation:check:v1" },
		"predicate": { "$ref": "#/$defs/Predicate" }
	},
	"$defs": {
		"Subject": {
			"title": "Subject",
			"type": "object",
			"additionalProperties": false,
			"required": ["name", "digest"],
			"properties": {
				"name": {
					"type": "string",
					"minLength": 1,
					"maxLength": 4096
				},
				"digest": {
					"title": "Digest",
					"type": "object",
					"additionalProperties": false,
					"required": ["sha256"],
					"properties": { "sha256": {
						"type": "string",
						"pattern": "^[0-9a-f]{64}$"
					} }
				}
			}
		},
		"Predicate": {
			"title": "Predicate",
			"type": "object",
			"additionalProperties": false,
			"required": [
				"tool",
				"standard",
				"asOf",
				"documents"
			],
			"properties": {
				"tool": {
					"title": "Tool",
					"type": "object",
					"additionalProperties": false,
					"required": ["name", "version"],
					"properties": {
						"name": { "const": "ringfence" },
						"version": {
							"type": "string",
							"maxLength": 256
						}
					}
				},
				"standard": {
					"title": "StandardRef",
					"type": "object",
					"additionalProperties": false,
					"required": [
						"id",
						"version",
						"digest"
					],
					"properties": {
						"id": {
							"type": "string",
							"maxLength": 256
						},
						"version": {
							"type": "string",
							"maxLength": 256
						},
						"digest": {
							"type": "string",
							"pattern": "^sha256:[0-9a-f]{64}$"
						}
					}
				},
				"asOf": {
					"type": "string",
					"pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
					"format": "date"
				},
				"documents": {
					"type": "array",
					"maxItems": 1e6,
					"items": { "$ref": "#/$defs/Document" }
				}
			}
		},
		"Document": {
			"title": "DocumentResult",
			"type": "object",
			"additionalProperties": false,
			"required": [
				"file",
				"documentIndex",
				"kind",
				"name",
				"score",
				"grade",
				"uncappedGrade",
				"cappedBy",
				"level",
				"evidenceCoverage",
				"controls"
			],
			"properties": {
				"file": {
					"type": "string",
					"minLength": 1,
					"maxLength": 4096
				},
				"documentIndex": {
					"type": "integer",
					"minimum": 0
				},
				"kind": { "enum": ["VendorManifest", "DeploymentConfig"] },
				"name": {
					"type": "string",
					"maxLength": 4096
				},
				"score": {
					"type": ["number", "null"],
					"minimum": 0,
					"maximum": 100
				},
				"grade": {
					"type": "string",
					"maxLength": 256
				},
				"uncappedGrade": {
					"type": "string",
					"maxLength": 256
				},
				"cappedBy": {
					"type": "array",
					"items": {
						"type": "string",
						"maxLength": 256
					}
				},
				"level": {
					"type": "integer",
					"minimum": 0
				},
				"evidenceCoverage": {
					"type": ["number", "null"],
					"minimum": 0,
					"maximum": 1
				},
				"assurance": { "enum": [
					"declared",
					"linked",
					"verified",
					"observed",
					"independently_verified",
					"contradicted"
				] },
				"controls": {
					"title": "ControlStatuses",
					"type": "object",
					"propertyNames": { "maxLength": 256 },
					"additionalProperties": { "enum": [
						"pass",
						"fail",
						"missing_evidence",
						"error",
						"not_applicable"
					] }
				}
			}
		}
	}
};
const schema32 = {
	"title": "Subject",
	"type": "object",
	"additionalProperties": false,
	"required": ["name", "digest"],
	"properties": {
		"name": {
			"type": "string",
			"minLength": 1,
			"maxLength": 4096
		},
		"digest": {
			"title": "Digest",
			"type": "object",
			"additionalProperties": false,
			"required": ["sha256"],
			"properties": { "sha256": {
				"type": "string",
				"pattern": "^[0-9a-f]{64}$"
			} }
		}
	}
};
const func1 = require_ucs2length$1.require_ucs2length().default;
const pattern4 = new RegExp("^[0-9a-f]{64}$", "u");
const schema33 = {
	"title": "Predicate",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"tool",
		"standard",
		"asOf",
		"documents"
	],
	"properties": {
		"tool": {
			"title": "Tool",
			"type": "object",
			"additionalProperties": false,
			"required": ["name", "version"],
			"properties": {
				"name": { "const": "ringfence" },
				"version": {
					"type": "string",
					"maxLength": 256
				}
			}
		},
		"standard": {
			"title": "StandardRef",
			"type": "object",
			"additionalProperties": false,
			"required": [
				"id",
				"version",
				"digest"
			],
			"properties": {
				"id": {
					"type": "string",
					"maxLength": 256
				},
				"version": {
					"type": "string",
					"maxLength": 256
				},
				"digest": {
					"type": "string",
					"pattern": "^sha256:[0-9a-f]{64}$"
				}
			}
		},
		"asOf": {
			"type": "string",
			"pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
			"format": "date"
		},
		"documents": {
			"type": "array",
			"maxItems": 1e6,
			"items": { "$ref": "#/$defs/Document" }
		}
	}
};
const schema34 = {
	"title": "DocumentResult",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"file",
		"documentIndex",
		"kind",
		"name",
		"score",
		"grade",
		"uncappedGrade",
		"cappedBy",
		"level",
		"evidenceCoverage",
		"controls"
	],
	"properties": {
		"file": {
			"type": "string",
			"minLength": 1,
			"maxLength": 4096
		},
		"documentIndex": {
			"type": "integer",
			"minimum": 0
		},
		"kind": { "enum": ["VendorManifest", "DeploymentConfig"] },
		"name": {
			"type": "string",
			"maxLength": 4096
		},
		"score": {
			"type": ["number", "null"],
			"minimum": 0,
			"maximum": 100
		},
		"grade": {
			"type": "string",
			"maxLength": 256
		},
		"uncappedGrade": {
			"type": "string",
			"maxLength": 256
		},
		"cappedBy": {
			"type": "array",
			"items": {
				"type": "string",
				"maxLength": 256
			}
		},
		"level": {
			"type": "integer",
			"minimum": 0
		},
		"evidenceCoverage": {
			"type": ["number", "null"],
			"minimum": 0,
			"maximum": 1
		},
		"assurance": { "enum": [
			"declared",
			"linked",
			"verified",
			"observed",
			"independently_verified",
			"contradicted"
		] },
		"controls": {
			"title": "ControlStatuses",
			"type": "object",
			"propertyNames": { "maxLength": 256 },
			"additionalProperties": { "enum": [
				"pass",
				"fail",
				"missing_evidence",
				"error",
				"not_applicable"
			] }
		}
	}
};
const func6 = Object.prototype.hasOwnProperty;
const pattern5 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const pattern6 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
const formats0 = require_formats$1.require_formats().fullFormats.date;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate21.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.tool === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "tool" },
				message: "must have required property 'tool'",
				schema: schema33.required,
				parentSchema: schema33,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.standard === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "standard" },
				message: "must have required property 'standard'",
				schema: schema33.required,
				parentSchema: schema33,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.asOf === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "asOf" },
				message: "must have required property 'asOf'",
				schema: schema33.required,
				parentSchema: schema33,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.documents === void 0) {
			const err3 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "documents" },
				message: "must have required property 'documents'",
				schema: schema33.required,
				parentSchema: schema33,
				data
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "tool" || key0 === "standard" || key0 === "asOf" || key0 === "documents")) {
			const err4 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema33,
				data
			};
			if (vErrors === null) vErrors = [err4];
			else vErrors.push(err4);
			errors++;
		}
		if (data.tool !== void 0) {
			let data0 = data.tool;
			if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
				if (data0.name === void 0) {
					const err5 = {
						instancePath: instancePath + "/tool",
						schemaPath: "#/properties/tool/required",
						keyword: "required",
						params: { missingProperty: "name" },
						message: "must have required property 'name'",
						schema: schema33.properties.tool.required,
						parentSchema: schema33.properties.tool,
						data: data0
					};
					if (vErrors === null) vErrors = [err5];
					else vErrors.push(err5);
					errors++;
				}
				if (data0.version === void 0) {
					const err6 = {
						instancePath: instancePath + "/tool",
						schemaPath: "#/properties/tool/required",
						keyword: "required",
						params: { missingProperty: "version" },
						message: "must have required property 'version'",
						schema: schema33.properties.tool.required,
						parentSchema: schema33.properties.tool,
						data: data0
					};
					if (vErrors === null) vErrors = [err6];
					else vErrors.push(err6);
					errors++;
				}
				for (const key1 in data0) if (!(key1 === "name" || key1 === "version")) {
					const err7 = {
						instancePath: instancePath + "/tool",
						schemaPath: "#/properties/tool/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema33.properties.tool,
						data: data0
					};
					if (vErrors === null) vErrors = [err7];
					else vErrors.push(err7);
					errors++;
				}
				if (data0.name !== void 0) {
					let data1 = data0.name;
					if ("ringfence" !== data1) {
						const err8 = {
							instancePath: instancePath + "/tool/name",
							schemaPath: "#/properties/tool/properties/name/const",
							keyword: "const",
							params: { allowedValue: "ringfence" },
							message: "must be equal to constant",
							schema: "ringfence",
							parentSchema: schema33.properties.tool.properties.name,
							data: data1
						};
						if (vErrors === null) vErrors = [err8];
						else vErrors.push(err8);
						errors++;
					}
				}
				if (data0.version !== void 0) {
					let data2 = data0.version;
					if (typeof data2 === "string") {
						if (func1(data2) > 256) {
							const err9 = {
								instancePath: instancePath + "/tool/version",
								schemaPath: "#/properties/tool/properties/version/maxLength",
								keyword: "maxLength",
								params: { limit: 256 },
								message: "must NOT have more than 256 characters",
								schema: 256,
								parentSchema: schema33.properties.tool.properties.version,
								data: data2
							};
							if (vErrors === null) vErrors = [err9];
							else vErrors.push(err9);
							errors++;
						}
					} else {
						const err10 = {
							instancePath: instancePath + "/tool/version",
							schemaPath: "#/properties/tool/properties/version/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema33.properties.tool.properties.version.type,
							parentSchema: schema33.properties.tool.properties.version,
							data: data2
						};
						if (vErrors === null) vErrors = [err10];
						else vErrors.push(err10);
						errors++;
					}
				}
			} else {
				const err11 = {
					instancePath: instancePath + "/tool",
					schemaPath: "#/properties/tool/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema33.properties.tool.type,
					parentSchema: schema33.properties.tool,
					data: data0
				};
				if (vErrors === null) vErrors = [err11];
				else vErrors.push(err11);
				errors++;
			}
		}
		if (data.standard !== void 0) {
			let data3 = data.standard;
			if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
				if (data3.id === void 0) {
					const err12 = {
						instancePath: instancePath + "/standard",
						schemaPath: "#/properties/standard/required",
						keyword: "required",
						params: { missingProperty: "id" },
						message: "must have required property 'id'",
						schema: schema33.properties.standard.required,
						parentSchema: schema33.properties.standard,
						data: data3
					};
					if (vErrors === null) vErrors = [err12];
					else vErrors.push(err12);
					errors++;
				}
				if (data3.version === void 0) {
					const err13 = {
						instancePath: instancePath + "/standard",
						schemaPath: "#/properties/standard/required",
						keyword: "required",
						params: { missingProperty: "version" },
						message: "must have required property 'version'",
						schema: schema33.properties.standard.required,
						parentSchema: schema33.properties.standard,
						data: data3
					};
					if (vErrors === null) vErrors = [err13];
					else vErrors.push(err13);
					errors++;
				}
				if (data3.digest === void 0) {
					const err14 = {
						instancePath: instancePath + "/standard",
						schemaPath: "#/properties/standard/required",
						keyword: "required",
						params: { missingProperty: "digest" },
						message: "must have required property 'digest'",
						schema: schema33.properties.standard.required,
						parentSchema: schema33.properties.standard,
						data: data3
					};
					if (vErrors === null) vErrors = [err14];
					else vErrors.push(err14);
					errors++;
				}
				for (const key2 in data3) if (!(key2 === "id" || key2 === "version" || key2 === "digest")) {
					const err15 = {
						instancePath: instancePath + "/standard",
						schemaPath: "#/properties/standard/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key2 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema33.properties.standard,
						data: data3
					};
					if (vErrors === null) vErrors = [err15];
					else vErrors.push(err15);
					errors++;
				}
				if (data3.id !== void 0) {
					let data4 = data3.id;
					if (typeof data4 === "string") {
						if (func1(data4) > 256) {
							const err16 = {
								instancePath: instancePath + "/standard/id",
								schemaPath: "#/properties/standard/properties/id/maxLength",
								keyword: "maxLength",
								params: { limit: 256 },
								message: "must NOT have more than 256 characters",
								schema: 256,
								parentSchema: schema33.properties.standard.properties.id,
								data: data4
							};
							if (vErrors === null) vErrors = [err16];
							else vErrors.push(err16);
							errors++;
						}
					} else {
						const err17 = {
							instancePath: instancePath + "/standard/id",
							schemaPath: "#/properties/standard/properties/id/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema33.properties.standard.properties.id.type,
							parentSchema: schema33.properties.standard.properties.id,
							data: data4
						};
						if (vErrors === null) vErrors = [err17];
						else vErrors.push(err17);
						errors++;
					}
				}
				if (data3.version !== void 0) {
					let data5 = data3.version;
					if (typeof data5 === "string") {
						if (func1(data5) > 256) {
							const err18 = {
								instancePath: instancePath + "/standard/version",
								schemaPath: "#/properties/standard/properties/version/maxLength",
								keyword: "maxLength",
								params: { limit: 256 },
								message: "must NOT have more than 256 characters",
								schema: 256,
								parentSchema: schema33.properties.standard.properties.version,
								data: data5
							};
							if (vErrors === null) vErrors = [err18];
							else vErrors.push(err18);
							errors++;
						}
					} else {
						const err19 = {
							instancePath: instancePath + "/standard/version",
							schemaPath: "#/properties/standard/properties/version/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema33.properties.standard.properties.version.type,
							parentSchema: schema33.properties.standard.properties.version,
							data: data5
						};
						if (vErrors === null) vErrors = [err19];
						else vErrors.push(err19);
						errors++;
					}
				}
				if (data3.digest !== void 0) {
					let data6 = data3.digest;
					if (typeof data6 === "string") {
						if (!pattern5.test(data6)) {
							const err20 = {
								instancePath: instancePath + "/standard/digest",
								schemaPath: "#/properties/standard/properties/digest/pattern",
								keyword: "pattern",
								params: { pattern: "^sha256:[0-9a-f]{64}$" },
								message: "must match pattern \"^sha256:[0-9a-f]{64}$\"",
								schema: "^sha256:[0-9a-f]{64}$",
								parentSchema: schema33.properties.standard.properties.digest,
								data: data6
							};
							if (vErrors === null) vErrors = [err20];
							else vErrors.push(err20);
							errors++;
						}
					} else {
						const err21 = {
							instancePath: instancePath + "/standard/digest",
							schemaPath: "#/properties/standard/properties/digest/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema33.properties.standard.properties.digest.type,
							parentSchema: schema33.properties.standard.properties.digest,
							data: data6
						};
						if (vErrors === null) vErrors = [err21];
						else vErrors.push(err21);
						errors++;
					}
				}
			} else {
				const err22 = {
					instancePath: instancePath + "/standard",
					schemaPath: "#/properties/standard/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema33.properties.standard.type,
					parentSchema: schema33.properties.standard,
					data: data3
				};
				if (vErrors === null) vErrors = [err22];
				else vErrors.push(err22);
				errors++;
			}
		}
		if (data.asOf !== void 0) {
			let data7 = data.asOf;
			if (typeof data7 === "string") {
				if (!pattern6.test(data7)) {
					const err23 = {
						instancePath: instancePath + "/asOf",
						schemaPath: "#/properties/asOf/pattern",
						keyword: "pattern",
						params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
						message: "must match pattern \"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\"",
						schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
						parentSchema: schema33.properties.asOf,
						data: data7
					};
					if (vErrors === null) vErrors = [err23];
					else vErrors.push(err23);
					errors++;
				}
				if (!formats0.validate(data7)) {
					const err24 = {
						instancePath: instancePath + "/asOf",
						schemaPath: "#/properties/asOf/format",
						keyword: "format",
						params: { format: "date" },
						message: "must match format \"date\"",
						schema: "date",
						parentSchema: schema33.properties.asOf,
						data: data7
					};
					if (vErrors === null) vErrors = [err24];
					else vErrors.push(err24);
					errors++;
				}
			} else {
				const err25 = {
					instancePath: instancePath + "/asOf",
					schemaPath: "#/properties/asOf/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema33.properties.asOf.type,
					parentSchema: schema33.properties.asOf,
					data: data7
				};
				if (vErrors === null) vErrors = [err25];
				else vErrors.push(err25);
				errors++;
			}
		}
		if (data.documents !== void 0) {
			let data8 = data.documents;
			if (Array.isArray(data8)) {
				if (data8.length > 1e6) {
					const err26 = {
						instancePath: instancePath + "/documents",
						schemaPath: "#/properties/documents/maxItems",
						keyword: "maxItems",
						params: { limit: 1e6 },
						message: "must NOT have more than 1000000 items",
						schema: 1e6,
						parentSchema: schema33.properties.documents,
						data: data8
					};
					if (vErrors === null) vErrors = [err26];
					else vErrors.push(err26);
					errors++;
				}
				const len0 = data8.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data9 = data8[i0];
					if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
						if (data9.file === void 0) {
							const err27 = {
								instancePath: instancePath + "/documents/" + i0,
								schemaPath: "#/$defs/Document/required",
								keyword: "required",
								params: { missingProperty: "file" },
								message: "must have required property 'file'",
								schema: schema34.required,
								parentSchema: schema34,
								data: data9
							};
							if (vErrors === null) vErrors = [err27];
							else vErrors.push(err27);
							errors++;
						}
						if (data9.documentIndex === void 0) {
							const err28 = {
								instancePath: instancePath + "/documents/" + i0,
								schemaPath: "#/$defs/Document/required",
								keyword: "required",
								params: { missingProperty: "documentIndex" },
								message: "must have required property 'documentIndex'",
								schema: schema34.required,
								parentSchema: schema34,
								data: data9
							};
							if (vErrors === null) vErrors = [err28];
							else vErrors.push(err28);
							errors++;
						}
						if (data9.kind === void 0) {
							const err29 = {
								instancePath: instancePath + "/documents/" + i0,
								schemaPath: "#/$defs/Document/required",
								keyword: "required",
								params: { missingProperty: "kind" },
								message: "must have required property 'kind'",
								schema: schema34.required,
								parentSchema: schema34,
								data: data9
							};
							if (vErrors === null) vErrors = [err29];
							else vErrors.push(err29);
							errors++;
						}
						if (data9.name === void 0) {
							const err30 = {
								instancePath: instancePath + "/documents/" + i0,
								schemaPath: "#/$defs/Document/required",
								keyword: "required",
								params: { missingProperty: "name" },
								message: "must have required property 'name'",
								schema: schema34.required,
								parentSchema: schema34,
								data: data9
							};
							if (vErrors === null) vErrors = [err30];
							else vErrors.push(err30);
							errors++;
						}
						if (data9.score === void 0) {
							const err31 = {
								instancePath: instancePath + "/documents/" + i0,
								schemaPath: "#/$defs/Document/required",
								keyword: "required",
								params: { missingProperty: "score" },
								message: "must have required property 'score'",
								schema: schema34.required,
								parentSchema: schema34,
								data: data9
							};
							if (vErrors === null) vErrors = [err31];
							else vErrors.push(err31);
							errors++;
						}
						if (data9.grade === void 0) {
							const err32 = {
								instancePath: instancePath + "/documents/" + i0,
								schemaPath: "#/$defs/Document/required",
								keyword: "required",
								params: { missingProperty: "grade" },
								message: "must have required property 'grade'",
								schema: schema34.required,
								parentSchema: schema34,
								data: data9
							};
							if (vErrors === null) vErrors = [err32];
							else vErrors.push(err32);
							errors++;
						}
						if (data9.uncappedGrade === void 0) {
							const err33 = {
								instancePath: instancePath + "/documents/" + i0,
								schemaPath: "#/$defs/Document/required",
								keyword: "required",
								params: { missingProperty: "uncappedGrade" },
								message: "must have required property 'uncappedGrade'",
								schema: schema34.required,
								parentSchema: schema34,
								data: data9
							};
							if (vErrors === null) vErrors = [err33];
							else vErrors.push(err33);
							errors++;
						}
						if (data9.cappedBy === void 0) {
							const err34 = {
								instancePath: instancePath + "/documents/" + i0,
								schemaPath: "#/$defs/Document/required",
								keyword: "required",
								params: { missingProperty: "cappedBy" },
								message: "must have required property 'cappedBy'",
								schema: schema34.required,
								parentSchema: schema34,
								data: data9
							};
							if (vErrors === null) vErrors = [err34];
							else vErrors.push(err34);
							errors++;
						}
						if (data9.level === void 0) {
							const err35 = {
								instancePath: instancePath + "/documents/" + i0,
								schemaPath: "#/$defs/Document/required",
								keyword: "required",
								params: { missingProperty: "level" },
								message: "must have required property 'level'",
								schema: schema34.required,
								parentSchema: schema34,
								data: data9
							};
							if (vErrors === null) vErrors = [err35];
							else vErrors.push(err35);
							errors++;
						}
						if (data9.evidenceCoverage === void 0) {
							const err36 = {
								instancePath: instancePath + "/documents/" + i0,
								schemaPath: "#/$defs/Document/required",
								keyword: "required",
								params: { missingProperty: "evidenceCoverage" },
								message: "must have required property 'evidenceCoverage'",
								schema: schema34.required,
								parentSchema: schema34,
								data: data9
							};
							if (vErrors === null) vErrors = [err36];
							else vErrors.push(err36);
							errors++;
						}
						if (data9.controls === void 0) {
							const err37 = {
								instancePath: instancePath + "/documents/" + i0,
								schemaPath: "#/$defs/Document/required",
								keyword: "required",
								params: { missingProperty: "controls" },
								message: "must have required property 'controls'",
								schema: schema34.required,
								parentSchema: schema34,
								data: data9
							};
							if (vErrors === null) vErrors = [err37];
							else vErrors.push(err37);
							errors++;
						}
						for (const key3 in data9) if (!func6.call(schema34.properties, key3)) {
							const err38 = {
								instancePath: instancePath + "/documents/" + i0,
								schemaPath: "#/$defs/Document/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key3 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema34,
								data: data9
							};
							if (vErrors === null) vErrors = [err38];
							else vErrors.push(err38);
							errors++;
						}
						if (data9.file !== void 0) {
							let data10 = data9.file;
							if (typeof data10 === "string") {
								if (func1(data10) > 4096) {
									const err39 = {
										instancePath: instancePath + "/documents/" + i0 + "/file",
										schemaPath: "#/$defs/Document/properties/file/maxLength",
										keyword: "maxLength",
										params: { limit: 4096 },
										message: "must NOT have more than 4096 characters",
										schema: 4096,
										parentSchema: schema34.properties.file,
										data: data10
									};
									if (vErrors === null) vErrors = [err39];
									else vErrors.push(err39);
									errors++;
								}
								if (func1(data10) < 1) {
									const err40 = {
										instancePath: instancePath + "/documents/" + i0 + "/file",
										schemaPath: "#/$defs/Document/properties/file/minLength",
										keyword: "minLength",
										params: { limit: 1 },
										message: "must NOT have fewer than 1 characters",
										schema: 1,
										parentSchema: schema34.properties.file,
										data: data10
									};
									if (vErrors === null) vErrors = [err40];
									else vErrors.push(err40);
									errors++;
								}
							} else {
								const err41 = {
									instancePath: instancePath + "/documents/" + i0 + "/file",
									schemaPath: "#/$defs/Document/properties/file/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema34.properties.file.type,
									parentSchema: schema34.properties.file,
									data: data10
								};
								if (vErrors === null) vErrors = [err41];
								else vErrors.push(err41);
								errors++;
							}
						}
						if (data9.documentIndex !== void 0) {
							let data11 = data9.documentIndex;
							if (!(typeof data11 == "number" && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
								const err42 = {
									instancePath: instancePath + "/documents/" + i0 + "/documentIndex",
									schemaPath: "#/$defs/Document/properties/documentIndex/type",
									keyword: "type",
									params: { type: "integer" },
									message: "must be integer",
									schema: schema34.properties.documentIndex.type,
									parentSchema: schema34.properties.documentIndex,
									data: data11
								};
								if (vErrors === null) vErrors = [err42];
								else vErrors.push(err42);
								errors++;
							}
							if (typeof data11 == "number" && isFinite(data11)) {
								if (data11 < 0 || isNaN(data11)) {
									const err43 = {
										instancePath: instancePath + "/documents/" + i0 + "/documentIndex",
										schemaPath: "#/$defs/Document/properties/documentIndex/minimum",
										keyword: "minimum",
										params: {
											comparison: ">=",
											limit: 0
										},
										message: "must be >= 0",
										schema: 0,
										parentSchema: schema34.properties.documentIndex,
										data: data11
									};
									if (vErrors === null) vErrors = [err43];
									else vErrors.push(err43);
									errors++;
								}
							}
						}
						if (data9.kind !== void 0) {
							let data12 = data9.kind;
							if (!(data12 === "VendorManifest" || data12 === "DeploymentConfig")) {
								const err44 = {
									instancePath: instancePath + "/documents/" + i0 + "/kind",
									schemaPath: "#/$defs/Document/properties/kind/enum",
									keyword: "enum",
									params: { allowedValues: schema34.properties.kind.enum },
									message: "must be equal to one of the allowed values",
									schema: schema34.properties.kind.enum,
									parentSchema: schema34.properties.kind,
									data: data12
								};
								if (vErrors === null) vErrors = [err44];
								else vErrors.push(err44);
								errors++;
							}
						}
						if (data9.name !== void 0) {
							let data13 = data9.name;
							if (typeof data13 === "string") {
								if (func1(data13) > 4096) {
									const err45 = {
										instancePath: instancePath + "/documents/" + i0 + "/name",
										schemaPath: "#/$defs/Document/properties/name/maxLength",
										keyword: "maxLength",
										params: { limit: 4096 },
										message: "must NOT have more than 4096 characters",
										schema: 4096,
										parentSchema: schema34.properties.name,
										data: data13
									};
									if (vErrors === null) vErrors = [err45];
									else vErrors.push(err45);
									errors++;
								}
							} else {
								const err46 = {
									instancePath: instancePath + "/documents/" + i0 + "/name",
									schemaPath: "#/$defs/Document/properties/name/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema34.properties.name.type,
									parentSchema: schema34.properties.name,
									data: data13
								};
								if (vErrors === null) vErrors = [err46];
								else vErrors.push(err46);
								errors++;
							}
						}
						if (data9.score !== void 0) {
							let data14 = data9.score;
							if (!(typeof data14 == "number" && isFinite(data14)) && data14 !== null) {
								const err47 = {
									instancePath: instancePath + "/documents/" + i0 + "/score",
									schemaPath: "#/$defs/Document/properties/score/type",
									keyword: "type",
									params: { type: schema34.properties.score.type },
									message: "must be number,null",
									schema: schema34.properties.score.type,
									parentSchema: schema34.properties.score,
									data: data14
								};
								if (vErrors === null) vErrors = [err47];
								else vErrors.push(err47);
								errors++;
							}
							if (typeof data14 == "number" && isFinite(data14)) {
								if (data14 > 100 || isNaN(data14)) {
									const err48 = {
										instancePath: instancePath + "/documents/" + i0 + "/score",
										schemaPath: "#/$defs/Document/properties/score/maximum",
										keyword: "maximum",
										params: {
											comparison: "<=",
											limit: 100
										},
										message: "must be <= 100",
										schema: 100,
										parentSchema: schema34.properties.score,
										data: data14
									};
									if (vErrors === null) vErrors = [err48];
									else vErrors.push(err48);
									errors++;
								}
								if (data14 < 0 || isNaN(data14)) {
									const err49 = {
										instancePath: instancePath + "/documents/" + i0 + "/score",
										schemaPath: "#/$defs/Document/properties/score/minimum",
										keyword: "minimum",
										params: {
											comparison: ">=",
											limit: 0
										},
										message: "must be >= 0",
										schema: 0,
										parentSchema: schema34.properties.score,
										data: data14
									};
									if (vErrors === null) vErrors = [err49];
									else vErrors.push(err49);
									errors++;
								}
							}
						}
						if (data9.grade !== void 0) {
							let data15 = data9.grade;
							if (typeof data15 === "string") {
								if (func1(data15) > 256) {
									const err50 = {
										instancePath: instancePath + "/documents/" + i0 + "/grade",
										schemaPath: "#/$defs/Document/properties/grade/maxLength",
										keyword: "maxLength",
										params: { limit: 256 },
										message: "must NOT have more than 256 characters",
										schema: 256,
										parentSchema: schema34.properties.grade,
										data: data15
									};
									if (vErrors === null) vErrors = [err50];
									else vErrors.push(err50);
									errors++;
								}
							} else {
								const err51 = {
									instancePath: instancePath + "/documents/" + i0 + "/grade",
									schemaPath: "#/$defs/Document/properties/grade/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema34.properties.grade.type,
									parentSchema: schema34.properties.grade,
									data: data15
								};
								if (vErrors === null) vErrors = [err51];
								else vErrors.push(err51);
								errors++;
							}
						}
						if (data9.uncappedGrade !== void 0) {
							let data16 = data9.uncappedGrade;
							if (typeof data16 === "string") {
								if (func1(data16) > 256) {
									const err52 = {
										instancePath: instancePath + "/documents/" + i0 + "/uncappedGrade",
										schemaPath: "#/$defs/Document/properties/uncappedGrade/maxLength",
										keyword: "maxLength",
										params: { limit: 256 },
										message: "must NOT have more than 256 characters",
										schema: 256,
										parentSchema: schema34.properties.uncappedGrade,
										data: data16
									};
									if (vErrors === null) vErrors = [err52];
									else vErrors.push(err52);
									errors++;
								}
							} else {
								const err53 = {
									instancePath: instancePath + "/documents/" + i0 + "/uncappedGrade",
									schemaPath: "#/$defs/Document/properties/uncappedGrade/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema34.properties.uncappedGrade.type,
									parentSchema: schema34.properties.uncappedGrade,
									data: data16
								};
								if (vErrors === null) vErrors = [err53];
								else vErrors.push(err53);
								errors++;
							}
						}
						if (data9.cappedBy !== void 0) {
							let data17 = data9.cappedBy;
							if (Array.isArray(data17)) {
								const len1 = data17.length;
								for (let i1 = 0; i1 < len1; i1++) {
									let data18 = data17[i1];
									if (typeof data18 === "string") {
										if (func1(data18) > 256) {
											const err54 = {
												instancePath: instancePath + "/documents/" + i0 + "/cappedBy/" + i1,
												schemaPath: "#/$defs/Document/properties/cappedBy/items/maxLength",
												keyword: "maxLength",
												params: { limit: 256 },
												message: "must NOT have more than 256 characters",
												schema: 256,
												parentSchema: schema34.properties.cappedBy.items,
												data: data18
											};
											if (vErrors === null) vErrors = [err54];
											else vErrors.push(err54);
											errors++;
										}
									} else {
										const err55 = {
											instancePath: instancePath + "/documents/" + i0 + "/cappedBy/" + i1,
											schemaPath: "#/$defs/Document/properties/cappedBy/items/type",
											keyword: "type",
											params: { type: "string" },
											message: "must be string",
											schema: schema34.properties.cappedBy.items.type,
											parentSchema: schema34.properties.cappedBy.items,
											data: data18
										};
										if (vErrors === null) vErrors = [err55];
										else vErrors.push(err55);
										errors++;
									}
								}
							} else {
								const err56 = {
									instancePath: instancePath + "/documents/" + i0 + "/cappedBy",
									schemaPath: "#/$defs/Document/properties/cappedBy/type",
									keyword: "type",
									params: { type: "array" },
									message: "must be array",
									schema: schema34.properties.cappedBy.type,
									parentSchema: schema34.properties.cappedBy,
									data: data17
								};
								if (vErrors === null) vErrors = [err56];
								else vErrors.push(err56);
								errors++;
							}
						}
						if (data9.level !== void 0) {
							let data19 = data9.level;
							if (!(typeof data19 == "number" && !(data19 % 1) && !isNaN(data19) && isFinite(data19))) {
								const err57 = {
									instancePath: instancePath + "/documents/" + i0 + "/level",
									schemaPath: "#/$defs/Document/properties/level/type",
									keyword: "type",
									params: { type: "integer" },
									message: "must be integer",
									schema: schema34.properties.level.type,
									parentSchema: schema34.properties.level,
									data: data19
								};
								if (vErrors === null) vErrors = [err57];
								else vErrors.push(err57);
								errors++;
							}
							if (typeof data19 == "number" && isFinite(data19)) {
								if (data19 < 0 || isNaN(data19)) {
									const err58 = {
										instancePath: instancePath + "/documents/" + i0 + "/level",
										schemaPath: "#/$defs/Document/properties/level/minimum",
										keyword: "minimum",
										params: {
											comparison: ">=",
											limit: 0
										},
										message: "must be >= 0",
										schema: 0,
										parentSchema: schema34.properties.level,
										data: data19
									};
									if (vErrors === null) vErrors = [err58];
									else vErrors.push(err58);
									errors++;
								}
							}
						}
						if (data9.evidenceCoverage !== void 0) {
							let data20 = data9.evidenceCoverage;
							if (!(typeof data20 == "number" && isFinite(data20)) && data20 !== null) {
								const err59 = {
									instancePath: instancePath + "/documents/" + i0 + "/evidenceCoverage",
									schemaPath: "#/$defs/Document/properties/evidenceCoverage/type",
									keyword: "type",
									params: { type: schema34.properties.evidenceCoverage.type },
									message: "must be number,null",
									schema: schema34.properties.evidenceCoverage.type,
									parentSchema: schema34.properties.evidenceCoverage,
									data: data20
								};
								if (vErrors === null) vErrors = [err59];
								else vErrors.push(err59);
								errors++;
							}
							if (typeof data20 == "number" && isFinite(data20)) {
								if (data20 > 1 || isNaN(data20)) {
									const err60 = {
										instancePath: instancePath + "/documents/" + i0 + "/evidenceCoverage",
										schemaPath: "#/$defs/Document/properties/evidenceCoverage/maximum",
										keyword: "maximum",
										params: {
											comparison: "<=",
											limit: 1
										},
										message: "must be <= 1",
										schema: 1,
										parentSchema: schema34.properties.evidenceCoverage,
										data: data20
									};
									if (vErrors === null) vErrors = [err60];
									else vErrors.push(err60);
									errors++;
								}
								if (data20 < 0 || isNaN(data20)) {
									const err61 = {
										instancePath: instancePath + "/documents/" + i0 + "/evidenceCoverage",
										schemaPath: "#/$defs/Document/properties/evidenceCoverage/minimum",
										keyword: "minimum",
										params: {
											comparison: ">=",
											limit: 0
										},
										message: "must be >= 0",
										schema: 0,
										parentSchema: schema34.properties.evidenceCoverage,
										data: data20
									};
									if (vErrors === null) vErrors = [err61];
									else vErrors.push(err61);
									errors++;
								}
							}
						}
						if (data9.assurance !== void 0) {
							let data21 = data9.assurance;
							if (!(data21 === "declared" || data21 === "linked" || data21 === "verified" || data21 === "observed" || data21 === "independently_verified" || data21 === "contradicted")) {
								const err62 = {
									instancePath: instancePath + "/documents/" + i0 + "/assurance",
									schemaPath: "#/$defs/Document/properties/assurance/enum",
									keyword: "enum",
									params: { allowedValues: schema34.properties.assurance.enum },
									message: "must be equal to one of the allowed values",
									schema: schema34.properties.assurance.enum,
									parentSchema: schema34.properties.assurance,
									data: data21
								};
								if (vErrors === null) vErrors = [err62];
								else vErrors.push(err62);
								errors++;
							}
						}
						if (data9.controls !== void 0) {
							let data22 = data9.controls;
							if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
								for (const key4 in data22) {
									const _errs49 = errors;
									if (typeof key4 === "string") {
										if (func1(key4) > 256) {
											const err63 = {
												instancePath: instancePath + "/documents/" + i0 + "/controls",
												schemaPath: "#/$defs/Document/properties/controls/propertyNames/maxLength",
												keyword: "maxLength",
												params: { limit: 256 },
												message: "must NOT have more than 256 characters",
												schema: 256,
												parentSchema: schema34.properties.controls.propertyNames,
												data: key4,
												propertyName: key4
											};
											if (vErrors === null) vErrors = [err63];
											else vErrors.push(err63);
											errors++;
										}
									}
									if (!(_errs49 === errors)) {
										const err64 = {
											instancePath: instancePath + "/documents/" + i0 + "/controls",
											schemaPath: "#/$defs/Document/properties/controls/propertyNames",
											keyword: "propertyNames",
											params: { propertyName: key4 },
											message: "property name must be valid",
											schema: schema34.properties.controls.propertyNames,
											parentSchema: schema34.properties.controls,
											data: data22
										};
										if (vErrors === null) vErrors = [err64];
										else vErrors.push(err64);
										errors++;
									}
								}
								for (const key5 in data22) {
									let data23 = data22[key5];
									if (!(data23 === "pass" || data23 === "fail" || data23 === "missing_evidence" || data23 === "error" || data23 === "not_applicable")) {
										const err65 = {
											instancePath: instancePath + "/documents/" + i0 + "/controls/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),
											schemaPath: "#/$defs/Document/properties/controls/additionalProperties/enum",
											keyword: "enum",
											params: { allowedValues: schema34.properties.controls.additionalProperties.enum },
											message: "must be equal to one of the allowed values",
											schema: schema34.properties.controls.additionalProperties.enum,
											parentSchema: schema34.properties.controls.additionalProperties,
											data: data23
										};
										if (vErrors === null) vErrors = [err65];
										else vErrors.push(err65);
										errors++;
									}
								}
							} else {
								const err66 = {
									instancePath: instancePath + "/documents/" + i0 + "/controls",
									schemaPath: "#/$defs/Document/properties/controls/type",
									keyword: "type",
									params: { type: "object" },
									message: "must be object",
									schema: schema34.properties.controls.type,
									parentSchema: schema34.properties.controls,
									data: data22
								};
								if (vErrors === null) vErrors = [err66];
								else vErrors.push(err66);
								errors++;
							}
						}
					} else {
						const err67 = {
							instancePath: instancePath + "/documents/" + i0,
							schemaPath: "#/$defs/Document/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema34.type,
							parentSchema: schema34,
							data: data9
						};
						if (vErrors === null) vErrors = [err67];
						else vErrors.push(err67);
						errors++;
					}
				}
			} else {
				const err68 = {
					instancePath: instancePath + "/documents",
					schemaPath: "#/properties/documents/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema33.properties.documents.type,
					parentSchema: schema33.properties.documents,
					data: data8
				};
				if (vErrors === null) vErrors = [err68];
				else vErrors.push(err68);
				errors++;
			}
		}
	} else {
		const err69 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema33.type,
			parentSchema: schema33,
			data
		};
		if (vErrors === null) vErrors = [err69];
		else vErrors.push(err69);
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
		if (data._type === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "_type" },
				message: "must have required property '_type'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.subject === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "subject" },
				message: "must have required property 'subject'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.predicateType === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "predicateType" },
				message: "must have required property 'predicateType'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.predicate === void 0) {
			const err3 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "predicate" },
				message: "must have required property 'predicate'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "_type" || key0 === "subject" || key0 === "predicateType" || key0 === "predicate")) {
			const err4 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err4];
			else vErrors.push(err4);
			errors++;
		}
		if (data._type !== void 0) {
			let data0 = data._type;
			if ("https://in-toto.io/Statement/v1" !== data0) {
				const err5 = {
					instancePath: instancePath + "/_type",
					schemaPath: "#/properties/_type/const",
					keyword: "const",
					params: { allowedValue: "https://in-toto.io/Statement/v1" },
					message: "must be equal to constant",
					schema: "https://in-toto.io/Statement/v1",
					parentSchema: schema31.properties._type,
					data: data0
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.subject !== void 0) {
			let data1 = data.subject;
			if (Array.isArray(data1)) {
				if (data1.length > 1e5) {
					const err6 = {
						instancePath: instancePath + "/subject",
						schemaPath: "#/properties/subject/maxItems",
						keyword: "maxItems",
						params: { limit: 1e5 },
						message: "must NOT have more than 100000 items",
						schema: 1e5,
						parentSchema: schema31.properties.subject,
						data: data1
					};
					if (vErrors === null) vErrors = [err6];
					else vErrors.push(err6);
					errors++;
				}
				if (data1.length < 1) {
					const err7 = {
						instancePath: instancePath + "/subject",
						schemaPath: "#/properties/subject/minItems",
						keyword: "minItems",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 items",
						schema: 1,
						parentSchema: schema31.properties.subject,
						data: data1
					};
					if (vErrors === null) vErrors = [err7];
					else vErrors.push(err7);
					errors++;
				}
				const len0 = data1.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data2 = data1[i0];
					if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
						if (data2.name === void 0) {
							const err8 = {
								instancePath: instancePath + "/subject/" + i0,
								schemaPath: "#/$defs/Subject/required",
								keyword: "required",
								params: { missingProperty: "name" },
								message: "must have required property 'name'",
								schema: schema32.required,
								parentSchema: schema32,
								data: data2
							};
							if (vErrors === null) vErrors = [err8];
							else vErrors.push(err8);
							errors++;
						}
						if (data2.digest === void 0) {
							const err9 = {
								instancePath: instancePath + "/subject/" + i0,
								schemaPath: "#/$defs/Subject/required",
								keyword: "required",
								params: { missingProperty: "digest" },
								message: "must have required property 'digest'",
								schema: schema32.required,
								parentSchema: schema32,
								data: data2
							};
							if (vErrors === null) vErrors = [err9];
							else vErrors.push(err9);
							errors++;
						}
						for (const key1 in data2) if (!(key1 === "name" || key1 === "digest")) {
							const err10 = {
								instancePath: instancePath + "/subject/" + i0,
								schemaPath: "#/$defs/Subject/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key1 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema32,
								data: data2
							};
							if (vErrors === null) vErrors = [err10];
							else vErrors.push(err10);
							errors++;
						}
						if (data2.name !== void 0) {
							let data3 = data2.name;
							if (typeof data3 === "string") {
								if (func1(data3) > 4096) {
									const err11 = {
										instancePath: instancePath + "/subject/" + i0 + "/name",
										schemaPath: "#/$defs/Subject/properties/name/maxLength",
										keyword: "maxLength",
										params: { limit: 4096 },
										message: "must NOT have more than 4096 characters",
										schema: 4096,
										parentSchema: schema32.properties.name,
										data: data3
									};
									if (vErrors === null) vErrors = [err11];
									else vErrors.push(err11);
									errors++;
								}
								if (func1(data3) < 1) {
									const err12 = {
										instancePath: instancePath + "/subject/" + i0 + "/name",
										schemaPath: "#/$defs/Subject/properties/name/minLength",
										keyword: "minLength",
										params: { limit: 1 },
										message: "must NOT have fewer than 1 characters",
										schema: 1,
										parentSchema: schema32.properties.name,
										data: data3
									};
									if (vErrors === null) vErrors = [err12];
									else vErrors.push(err12);
									errors++;
								}
							} else {
								const err13 = {
									instancePath: instancePath + "/subject/" + i0 + "/name",
									schemaPath: "#/$defs/Subject/properties/name/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema32.properties.name.type,
									parentSchema: schema32.properties.name,
									data: data3
								};
								if (vErrors === null) vErrors = [err13];
								else vErrors.push(err13);
								errors++;
							}
						}
						if (data2.digest !== void 0) {
							let data4 = data2.digest;
							if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
								if (data4.sha256 === void 0) {
									const err14 = {
										instancePath: instancePath + "/subject/" + i0 + "/digest",
										schemaPath: "#/$defs/Subject/properties/digest/required",
										keyword: "required",
										params: { missingProperty: "sha256" },
										message: "must have required property 'sha256'",
										schema: schema32.properties.digest.required,
										parentSchema: schema32.properties.digest,
										data: data4
									};
									if (vErrors === null) vErrors = [err14];
									else vErrors.push(err14);
									errors++;
								}
								for (const key2 in data4) if (!(key2 === "sha256")) {
									const err15 = {
										instancePath: instancePath + "/subject/" + i0 + "/digest",
										schemaPath: "#/$defs/Subject/properties/digest/additionalProperties",
										keyword: "additionalProperties",
										params: { additionalProperty: key2 },
										message: "must NOT have additional properties",
										schema: false,
										parentSchema: schema32.properties.digest,
										data: data4
									};
									if (vErrors === null) vErrors = [err15];
									else vErrors.push(err15);
									errors++;
								}
								if (data4.sha256 !== void 0) {
									let data5 = data4.sha256;
									if (typeof data5 === "string") {
										if (!pattern4.test(data5)) {
											const err16 = {
												instancePath: instancePath + "/subject/" + i0 + "/digest/sha256",
												schemaPath: "#/$defs/Subject/properties/digest/properties/sha256/pattern",
												keyword: "pattern",
												params: { pattern: "^[0-9a-f]{64}$" },
												message: "must match pattern \"^[0-9a-f]{64}$\"",
												schema: "^[0-9a-f]{64}$",
												parentSchema: schema32.properties.digest.properties.sha256,
												data: data5
											};
											if (vErrors === null) vErrors = [err16];
											else vErrors.push(err16);
											errors++;
										}
									} else {
										const err17 = {
											instancePath: instancePath + "/subject/" + i0 + "/digest/sha256",
											schemaPath: "#/$defs/Subject/properties/digest/properties/sha256/type",
											keyword: "type",
											params: { type: "string" },
											message: "must be string",
											schema: schema32.properties.digest.properties.sha256.type,
											parentSchema: schema32.properties.digest.properties.sha256,
											data: data5
										};
										if (vErrors === null) vErrors = [err17];
										else vErrors.push(err17);
										errors++;
									}
								}
							} else {
								const err18 = {
									instancePath: instancePath + "/subject/" + i0 + "/digest",
									schemaPath: "#/$defs/Subject/properties/digest/type",
									keyword: "type",
									params: { type: "object" },
									message: "must be object",
									schema: schema32.properties.digest.type,
									parentSchema: schema32.properties.digest,
									data: data4
								};
								if (vErrors === null) vErrors = [err18];
								else vErrors.push(err18);
								errors++;
							}
						}
					} else {
						const err19 = {
							instancePath: instancePath + "/subject/" + i0,
							schemaPath: "#/$defs/Subject/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema32.type,
							parentSchema: schema32,
							data: data2
						};
						if (vErrors === null) vErrors = [err19];
						else vErrors.push(err19);
						errors++;
					}
				}
			} else {
				const err20 = {
					instancePath: instancePath + "/subject",
					schemaPath: "#/properties/subject/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.subject.type,
					parentSchema: schema31.properties.subject,
					data: data1
				};
				if (vErrors === null) vErrors = [err20];
				else vErrors.push(err20);
				errors++;
			}
		}
		if (data.predicateType !== void 0) {
			let data6 = data.predicateType;
			if ("urn:ringfence:attestation:check:v1" !== data6) {
				const err21 = {
					instancePath: instancePath + "/predicateType",
					schemaPath: "#/properties/predicateType/const",
					keyword: "const",
					params: { allowedValue: "urn:ringfence:attestation:check:v1" },
					message: "must be equal to constant",
					schema: "urn:ringfence:attestation:check:v1",
					parentSchema: schema31.properties.predicateType,
					data: data6
				};
				if (vErrors === null) vErrors = [err21];
				else vErrors.push(err21);
				errors++;
			}
		}
		if (data.predicate !== void 0) {
			if (!validate21(data.predicate, {
				instancePath: instancePath + "/predicate",
				parentData: data,
				parentDataProperty: "predicate",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
				errors = vErrors.length;
			}
		}
	} else {
		const err22 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema31.type,
			parentSchema: schema31,
			data
		};
		if (vErrors === null) vErrors = [err22];
		else vErrors.push(err22);
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
module.exports.schemaDigest = "fa65622e5f860403b6d388e3c2913343fc97842d4efd28ba97402d2d9d791caa";
