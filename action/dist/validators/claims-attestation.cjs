"use strict";
const require_ucs2length$1 = require("./shared-5ab0ab80.cjs");
const require_formats$1 = require("./shared-7d2e0bb5.cjs");
// dist/validators/claims-attestation.cjs
module.exports = validate20;
module.exports.default = validate20;
const schema31 = {
	"$schema": "https://json-schema.org/draft/2020-12/schema",
	"$id": "urn:ringfence:schema:claims-attestation",
	"title": "ClaimsAttestation",
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
			"maxItems": 1,
			"items": {
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
						"type": "object",
						"additionalProperties": false,
						"required": ["sha256"],
						"properties": { "sha256": {
							"type": "string",
							"pattern": "^[0-9a-f]{64}$"
						} }
					}
				}
			}
		},
		"predicateType": { "const": "urn:ringfence:attestation:claims:v1" },
		"predicate": {
			"title": "ClaimsPredicate",
			"type": "object",
			"additionalProperties": false,
			"required": [
				"verifier",
				"checkedOn",
				"claims"
			],
			"properties": {
				"verifier": {
					"type": "string",
					"minLength": 1,
					"maxLength": 200
				},
				"checkedOn": {
					"type": "string",
					"format": "date"
				},
				"claims": {
					"type": "array",
					"minItems": 1,
					"maxItems": 1e4,
					"items": {
						"title": "CheckedClaim",
						"type": "object",
						"additionalProperties": false,
						"required": ["pointer", "result"],
						"properties": {
							"pointer": {
								"type": "string",
								"pattern": "^(/([^~]|~[01])*)*$",
								"maxLength": 1e3
							},
							"result": { "enum": ["verified", "contradicted"] },
							"method": {
								"type": "string",
								"maxLength": 2e3
							},
							"found": {
								"type": "string",
								"maxLength": 2e3
							}
						}
					}
				}
			}
		}
	}
};
const func1 = require_ucs2length$1.require_ucs2length().default;
const pattern4 = new RegExp("^[0-9a-f]{64}$", "u");
const pattern5 = new RegExp("^(/([^~]|~[01])*)*$", "u");
const formats0 = require_formats$1.require_formats().fullFormats.date;
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
				if (data1.length > 1) {
					const err6 = {
						instancePath: instancePath + "/subject",
						schemaPath: "#/properties/subject/maxItems",
						keyword: "maxItems",
						params: { limit: 1 },
						message: "must NOT have more than 1 items",
						schema: 1,
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
								schemaPath: "#/properties/subject/items/required",
								keyword: "required",
								params: { missingProperty: "name" },
								message: "must have required property 'name'",
								schema: schema31.properties.subject.items.required,
								parentSchema: schema31.properties.subject.items,
								data: data2
							};
							if (vErrors === null) vErrors = [err8];
							else vErrors.push(err8);
							errors++;
						}
						if (data2.digest === void 0) {
							const err9 = {
								instancePath: instancePath + "/subject/" + i0,
								schemaPath: "#/properties/subject/items/required",
								keyword: "required",
								params: { missingProperty: "digest" },
								message: "must have required property 'digest'",
								schema: schema31.properties.subject.items.required,
								parentSchema: schema31.properties.subject.items,
								data: data2
							};
							if (vErrors === null) vErrors = [err9];
							else vErrors.push(err9);
							errors++;
						}
						for (const key1 in data2) if (!(key1 === "name" || key1 === "digest")) {
							const err10 = {
								instancePath: instancePath + "/subject/" + i0,
								schemaPath: "#/properties/subject/items/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key1 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema31.properties.subject.items,
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
										schemaPath: "#/properties/subject/items/properties/name/maxLength",
										keyword: "maxLength",
										params: { limit: 4096 },
										message: "must NOT have more than 4096 characters",
										schema: 4096,
										parentSchema: schema31.properties.subject.items.properties.name,
										data: data3
									};
									if (vErrors === null) vErrors = [err11];
									else vErrors.push(err11);
									errors++;
								}
								if (func1(data3) < 1) {
									const err12 = {
										instancePath: instancePath + "/subject/" + i0 + "/name",
										schemaPath: "#/properties/subject/items/properties/name/minLength",
										keyword: "minLength",
										params: { limit: 1 },
										message: "must NOT have fewer than 1 characters",
										schema: 1,
										parentSchema: schema31.properties.subject.items.properties.name,
										data: data3
									};
									if (vErrors === null) vErrors = [err12];
									else vErrors.push(err12);
									errors++;
								}
							} else {
								const err13 = {
									instancePath: instancePath + "/subject/" + i0 + "/name",
									schemaPath: "#/properties/subject/items/properties/name/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema31.properties.subject.items.properties.name.type,
									parentSchema: schema31.properties.subject.items.properties.name,
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
										schemaPath: "#/properties/subject/items/properties/digest/required",
										keyword: "required",
										params: { missingProperty: "sha256" },
										message: "must have required property 'sha256'",
										schema: schema31.properties.subject.items.properties.digest.required,
										parentSchema: schema31.properties.subject.items.properties.digest,
										data: data4
									};
									if (vErrors === null) vErrors = [err14];
									else vErrors.push(err14);
									errors++;
								}
								for (const key2 in data4) if (!(key2 === "sha256")) {
									const err15 = {
										instancePath: instancePath + "/subject/" + i0 + "/digest",
										schemaPath: "#/properties/subject/items/properties/digest/additionalProperties",
										keyword: "additionalProperties",
										params: { additionalProperty: key2 },
										message: "must NOT have additional properties",
										schema: false,
										parentSchema: schema31.properties.subject.items.properties.digest,
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
												schemaPath: "#/properties/subject/items/properties/digest/properties/sha256/pattern",
												keyword: "pattern",
												params: { pattern: "^[0-9a-f]{64}$" },
												message: "must match pattern \"^[0-9a-f]{64}$\"",
												schema: "^[0-9a-f]{64}$",
												parentSchema: schema31.properties.subject.items.properties.digest.properties.sha256,
												data: data5
											};
											if (vErrors === null) vErrors = [err16];
											else vErrors.push(err16);
											errors++;
										}
									} else {
										const err17 = {
											instancePath: instancePath + "/subject/" + i0 + "/digest/sha256",
											schemaPath: "#/properties/subject/items/properties/digest/properties/sha256/type",
											keyword: "type",
											params: { type: "string" },
											message: "must be string",
											schema: schema31.properties.subject.items.properties.digest.properties.sha256.type,
											parentSchema: schema31.properties.subject.items.properties.digest.properties.sha256,
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
									schemaPath: "#/properties/subject/items/properties/digest/type",
									keyword: "type",
									params: { type: "object" },
									message: "must be object",
									schema: schema31.properties.subject.items.properties.digest.type,
									parentSchema: schema31.properties.subject.items.properties.digest,
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
							schemaPath: "#/properties/subject/items/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema31.properties.subject.items.type,
							parentSchema: schema31.properties.subject.items,
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
			if ("urn:ringfence:attestation:claims:v1" !== data6) {
				const err21 = {
					instancePath: instancePath + "/predicateType",
					schemaPath: "#/properties/predicateType/const",
					keyword: "const",
					params: { allowedValue: "urn:ringfence:attestation:claims:v1" },
					message: "must be equal to constant",
					schema: "urn:ringfence:attestation:claims:v1",
					parentSchema: schema31.properties.predicateType,
					data: data6
				};
				if (vErrors === null) vErrors = [err21];
				else vErrors.push(err21);
				errors++;
			}
		}
		if (data.predicate !== void 0) {
			let data7 = data.predicate;
			if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
				if (data7.verifier === void 0) {
					const err22 = {
						instancePath: instancePath + "/predicate",
						schemaPath: "#/properties/predicate/required",
						keyword: "required",
						params: { missingProperty: "verifier" },
						message: "must have required property 'verifier'",
						schema: schema31.properties.predicate.required,
						parentSchema: schema31.properties.predicate,
						data: data7
					};
					if (vErrors === null) vErrors = [err22];
					else vErrors.push(err22);
					errors++;
				}
				if (data7.checkedOn === void 0) {
					const err23 = {
						instancePath: instancePath + "/predicate",
						schemaPath: "#/properties/predicate/required",
						keyword: "required",
						params: { missingProperty: "checkedOn" },
						message: "must have required property 'checkedOn'",
						schema: schema31.properties.predicate.required,
						parentSchema: schema31.properties.predicate,
						data: data7
					};
					if (vErrors === null) vErrors = [err23];
					else vErrors.push(err23);
					errors++;
				}
				if (data7.claims === void 0) {
					const err24 = {
						instancePath: instancePath + "/predicate",
						schemaPath: "#/properties/predicate/required",
						keyword: "required",
						params: { missingProperty: "claims" },
						message: "must have required property 'claims'",
						schema: schema31.properties.predicate.required,
						parentSchema: schema31.properties.predicate,
						data: data7
					};
					if (vErrors === null) vErrors = [err24];
					else vErrors.push(err24);
					errors++;
				}
				for (const key3 in data7) if (!(key3 === "verifier" || key3 === "checkedOn" || key3 === "claims")) {
					const err25 = {
						instancePath: instancePath + "/predicate",
						schemaPath: "#/properties/predicate/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key3 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema31.properties.predicate,
						data: data7
					};
					if (vErrors === null) vErrors = [err25];
					else vErrors.push(err25);
					errors++;
				}
				if (data7.verifier !== void 0) {
					let data8 = data7.verifier;
					if (typeof data8 === "string") {
						if (func1(data8) > 200) {
							const err26 = {
								instancePath: instancePath + "/predicate/verifier",
								schemaPath: "#/properties/predicate/properties/verifier/maxLength",
								keyword: "maxLength",
								params: { limit: 200 },
								message: "must NOT have more than 200 characters",
								schema: 200,
								parentSchema: schema31.properties.predicate.properties.verifier,
								data: data8
							};
							if (vErrors === null) vErrors = [err26];
							else vErrors.push(err26);
							errors++;
						}
						if (func1(data8) < 1) {
							const err27 = {
								instancePath: instancePath + "/predicate/verifier",
								schemaPath: "#/properties/predicate/properties/verifier/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema31.properties.predicate.properties.verifier,
								data: data8
							};
							if (vErrors === null) vErrors = [err27];
							else vErrors.push(err27);
							errors++;
						}
					} else {
						const err28 = {
							instancePath: instancePath + "/predicate/verifier",
							schemaPath: "#/properties/predicate/properties/verifier/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema31.properties.predicate.properties.verifier.type,
							parentSchema: schema31.properties.predicate.properties.verifier,
							data: data8
						};
						if (vErrors === null) vErrors = [err28];
						else vErrors.push(err28);
						errors++;
					}
				}
				if (data7.checkedOn !== void 0) {
					let data9 = data7.checkedOn;
					if (typeof data9 === "string") {
						if (!formats0.validate(data9)) {
							const err29 = {
								instancePath: instancePath + "/predicate/checkedOn",
								schemaPath: "#/properties/predicate/properties/checkedOn/format",
								keyword: "format",
								params: { format: "date" },
								message: "must match format \"date\"",
								schema: "date",
								parentSchema: schema31.properties.predicate.properties.checkedOn,
								data: data9
							};
							if (vErrors === null) vErrors = [err29];
							else vErrors.push(err29);
							errors++;
						}
					} else {
						const err30 = {
							instancePath: instancePath + "/predicate/checkedOn",
							schemaPath: "#/properties/predicate/properties/checkedOn/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema31.properties.predicate.properties.checkedOn.type,
							parentSchema: schema31.properties.predicate.properties.checkedOn,
							data: data9
						};
						if (vErrors === null) vErrors = [err30];
						else vErrors.push(err30);
						errors++;
					}
				}
				if (data7.claims !== void 0) {
					let data10 = data7.claims;
					if (Array.isArray(data10)) {
						if (data10.length > 1e4) {
							const err31 = {
								instancePath: instancePath + "/predicate/claims",
								schemaPath: "#/properties/predicate/properties/claims/maxItems",
								keyword: "maxItems",
								params: { limit: 1e4 },
								message: "must NOT have more than 10000 items",
								schema: 1e4,
								parentSchema: schema31.properties.predicate.properties.claims,
								data: data10
							};
							if (vErrors === null) vErrors = [err31];
							else vErrors.push(err31);
							errors++;
						}
						if (data10.length < 1) {
							const err32 = {
								instancePath: instancePath + "/predicate/claims",
								schemaPath: "#/properties/predicate/properties/claims/minItems",
								keyword: "minItems",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 items",
								schema: 1,
								parentSchema: schema31.properties.predicate.properties.claims,
								data: data10
							};
							if (vErrors === null) vErrors = [err32];
							else vErrors.push(err32);
							errors++;
						}
						const len1 = data10.length;
						for (let i1 = 0; i1 < len1; i1++) {
							let data11 = data10[i1];
							if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
								if (data11.pointer === void 0) {
									const err33 = {
										instancePath: instancePath + "/predicate/claims/" + i1,
										schemaPath: "#/properties/predicate/properties/claims/items/required",
										keyword: "required",
										params: { missingProperty: "pointer" },
										message: "must have required property 'pointer'",
										schema: schema31.properties.predicate.properties.claims.items.required,
										parentSchema: schema31.properties.predicate.properties.claims.items,
										data: data11
									};
									if (vErrors === null) vErrors = [err33];
									else vErrors.push(err33);
									errors++;
								}
								if (data11.result === void 0) {
									const err34 = {
										instancePath: instancePath + "/predicate/claims/" + i1,
										schemaPath: "#/properties/predicate/properties/claims/items/required",
										keyword: "required",
										params: { missingProperty: "result" },
										message: "must have required property 'result'",
										schema: schema31.properties.predicate.properties.claims.items.required,
										parentSchema: schema31.properties.predicate.properties.claims.items,
										data: data11
									};
									if (vErrors === null) vErrors = [err34];
									else vErrors.push(err34);
									errors++;
								}
								for (const key4 in data11) if (!(key4 === "pointer" || key4 === "result" || key4 === "method" || key4 === "found")) {
									const err35 = {
										instancePath: instancePath + "/predicate/claims/" + i1,
										schemaPath: "#/properties/predicate/properties/claims/items/additionalProperties",
										keyword: "additionalProperties",
										params: { additionalProperty: key4 },
										message: "must NOT have additional properties",
										schema: false,
										parentSchema: schema31.properties.predicate.properties.claims.items,
										data: data11
									};
									if (vErrors === null) vErrors = [err35];
									else vErrors.push(err35);
									errors++;
								}
								if (data11.pointer !== void 0) {
									let data12 = data11.pointer;
									if (typeof data12 === "string") {
										if (func1(data12) > 1e3) {
											const err36 = {
												instancePath: instancePath + "/predicate/claims/" + i1 + "/pointer",
												schemaPath: "#/properties/predicate/properties/claims/items/properties/pointer/maxLength",
												keyword: "maxLength",
												params: { limit: 1e3 },
												message: "must NOT have more than 1000 characters",
												schema: 1e3,
												parentSchema: schema31.properties.predicate.properties.claims.items.properties.pointer,
												data: data12
											};
											if (vErrors === null) vErrors = [err36];
											else vErrors.push(err36);
											errors++;
										}
										if (!pattern5.test(data12)) {
											const err37 = {
												instancePath: instancePath + "/predicate/claims/" + i1 + "/pointer",
												schemaPath: "#/properties/predicate/properties/claims/items/properties/pointer/pattern",
												keyword: "pattern",
												params: { pattern: "^(/([^~]|~[01])*)*$" },
												message: "must match pattern \"^(/([^~]|~[01])*)*$\"",
												schema: "^(/([^~]|~[01])*)*$",
												parentSchema: schema31.properties.predicate.properties.claims.items.properties.pointer,
												data: data12
											};
											if (vErrors === null) vErrors = [err37];
											else vErrors.push(err37);
											errors++;
										}
									} else {
										const err38 = {
											instancePath: instancePath + "/predicate/claims/" + i1 + "/pointer",
											schemaPath: "#/properties/predicate/properties/claims/items/properties/pointer/type",
											keyword: "type",
											params: { type: "string" },
											message: "must be string",
											schema: schema31.properties.predicate.properties.claims.items.properties.pointer.type,
											parentSchema: schema31.properties.predicate.properties.claims.items.properties.pointer,
											data: data12
										};
										if (vErrors === null) vErrors = [err38];
										else vErrors.push(err38);
										errors++;
									}
								}
								if (data11.result !== void 0) {
									let data13 = data11.result;
									if (!(data13 === "verified" || data13 === "contradicted")) {
										const err39 = {
											instancePath: instancePath + "/predicate/claims/" + i1 + "/result",
											schemaPath: "#/properties/predicate/properties/claims/items/properties/result/enum",
											keyword: "enum",
											params: { allowedValues: schema31.properties.predicate.properties.claims.items.properties.result.enum },
											message: "must be equal to one of the allowed values",
											schema: schema31.properties.predicate.properties.claims.items.properties.result.enum,
											parentSchema: schema31.properties.predicate.properties.claims.items.properties.result,
											data: data13
										};
										if (vErrors === null) vErrors = [err39];
										else vErrors.push(err39);
										errors++;
									}
								}
								if (data11.method !== void 0) {
									let data14 = data11.method;
									if (typeof data14 === "string") {
										if (func1(data14) > 2e3) {
											const err40 = {
												instancePath: instancePath + "/predicate/claims/" + i1 + "/method",
												schemaPath: "#/properties/predicate/properties/claims/items/properties/method/maxLength",
												keyword: "maxLength",
												params: { limit: 2e3 },
												message: "must NOT have more than 2000 characters",
												schema: 2e3,
												parentSchema: schema31.properties.predicate.properties.claims.items.properties.method,
												data: data14
											};
											if (vErrors === null) vErrors = [err40];
											else vErrors.push(err40);
											errors++;
										}
									} else {
										const err41 = {
											instancePath: instancePath + "/predicate/claims/" + i1 + "/method",
											schemaPath: "#/properties/predicate/properties/claims/items/properties/method/type",
											keyword: "type",
											params: { type: "string" },
											message: "must be string",
											schema: schema31.properties.predicate.properties.claims.items.properties.method.type,
											parentSchema: schema31.properties.predicate.properties.claims.items.properties.method,
											data: data14
										};
										if (vErrors === null) vErrors = [err41];
										else vErrors.push(err41);
										errors++;
									}
								}
								if (data11.found !== void 0) {
									let data15 = data11.found;
									if (typeof data15 === "string") {
										if (func1(data15) > 2e3) {
											const err42 = {
												instancePath: instancePath + "/predicate/claims/" + i1 + "/found",
												schemaPath: "#/properties/predicate/properties/claims/items/properties/found/maxLength",
												keyword: "maxLength",
												params: { limit: 2e3 },
												message: "must NOT have more than 2000 characters",
												schema: 2e3,
												parentSchema: schema31.properties.predicate.properties.claims.items.properties.found,
												data: data15
											};
											if (vErrors === null) vErrors = [err42];
											else vErrors.push(err42);
											errors++;
										}
									} else {
										const err43 = {
											instancePath: instancePath + "/predicate/claims/" + i1 + "/found",
											schemaPath: "#/properties/predicate/properties/claims/items/properties/found/type",
											keyword: "type",
											params: { type: "string" },
											message: "must be string",
											schema: schema31.properties.predicate.properties.claims.items.properties.found.type,
											parentSchema: schema31.properties.predicate.properties.claims.items.properties.found,
											data: data15
										};
										if (vErrors === null) vErrors = [err43];
										else vErrors.push(err43);
										errors++;
									}
								}
							} else {
								const err44 = {
									instancePath: instancePath + "/predicate/claims/" + i1,
									schemaPath: "#/properties/predicate/properties/claims/items/type",
									keyword: "type",
									params: { type: "object" },
									message: "must be object",
									schema: schema31.properties.predicate.properties.claims.items.type,
									parentSchema: schema31.properties.predicate.properties.claims.items,
									data: data11
								};
								if (vErrors === null) vErrors = [err44];
								else vErrors.push(err44);
								errors++;
							}
						}
					} else {
						const err45 = {
							instancePath: instancePath + "/predicate/claims",
							schemaPath: "#/properties/predicate/properties/claims/type",
							keyword: "type",
							params: { type: "array" },
							message: "must be array",
							schema: schema31.properties.predicate.properties.claims.type,
							parentSchema: schema31.properties.predicate.properties.claims,
							data: data10
						};
						if (vErrors === null) vErrors = [err45];
						else vErrors.push(err45);
						errors++;
					}
				}
			} else {
				const err46 = {
					instancePath: instancePath + "/predicate",
					schemaPath: "#/properties/predicate/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema31.properties.predicate.type,
					parentSchema: schema31.properties.predicate,
					data: data7
				};
				if (vErrors === null) vErrors = [err46];
				else vErrors.push(err46);
				errors++;
			}
		}
	} else {
		const err47 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema31.type,
			parentSchema: schema31,
			data
		};
		if (vErrors === null) vErrors = [err47];
		else vErrors.push(err47);
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
module.exports.schemaDigest = "85387ecea308ffd431c777ef732eefc89214cb63b80be6137d7ac12dde1f1139";
