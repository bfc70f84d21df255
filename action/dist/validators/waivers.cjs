"use strict";
const require_ucs2length$1 = require("./shared-5ab0ab80.cjs");
const require_formats$1 = require("./shared-7d2e0bb5.cjs");
// dist/validators/waivers.cjs
module.exports = validate20;
module.exports.default = validate20;
const schema31 = {
	"$schema": "https://json-schema.org/draft/2020-12/schema",
	"$id": "urn:ringfence:schema:waivers",
	"title": "Waivers",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"apiVersion",
		"kind",
		"waivers"
	],
	"properties": {
		"$schema": { "type": "string" },
		"apiVersion": { "const": "ringfence.dev/v1" },
		"kind": { "const": "Waivers" },
		"metadata": {
			"type": "object",
			"title": "WaiversMetadata",
			"additionalProperties": false,
			"properties": {
				"owner": { "type": "string" },
				"description": { "type": "string" }
			}
		},
		"waivers": {
			"type": "array",
			"items": { "$ref": "#/$defs/Waiver" }
		}
	},
	"$defs": { "Waiver": {
		"title": "Waiver",
		"type": "object",
		"additionalProperties": false,
		"required": [
			"control",
			"documents",
			"reason",
			"owner",
			"expires"
		],
		"properties": {
			"control": {
				"type": "string",
				"minLength": 1
			},
			"documents": {
				"type": "string",
				"minLength": 1
			},
			"pointer": {
				"type": "string",
				"pattern": "^(/([^~/]|~[01])*)*$"
			},
			"reason": {
				"type": "string",
				"minLength": 10
			},
			"owner": {
				"type": "string",
				"minLength": 1
			},
			"ticket": { "type": "string" },
			"expires": {
				"type": "string",
				"format": "date"
			}
		}
	} }
};
const schema32 = {
	"title": "Waiver",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"control",
		"documents",
		"reason",
		"owner",
		"expires"
	],
	"properties": {
		"control": {
			"type": "string",
			"minLength": 1
		},
		"documents": {
			"type": "string",
			"minLength": 1
		},
		"pointer": {
			"type": "string",
			"pattern": "^(/([^~/]|~[01])*)*$"
		},
		"reason": {
			"type": "string",
			"minLength": 10
		},
		"owner": {
			"type": "string",
			"minLength": 1
		},
		"ticket": { "type": "string" },
		"expires": {
			"type": "string",
			"format": "date"
		}
	}
};
const func1 = require_ucs2length$1.require_ucs2length().default;
const pattern4 = new RegExp("^(/([^~/]|~[01])*)*$", "u");
const formats0 = require_formats$1.require_formats().fullFormats.date;
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
		if (data.waivers === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "waivers" },
				message: "must have required property 'waivers'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "$schema" || key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "waivers")) {
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
			if ("Waivers" !== data2) {
				const err6 = {
					instancePath: instancePath + "/kind",
					schemaPath: "#/properties/kind/const",
					keyword: "const",
					params: { allowedValue: "Waivers" },
					message: "must be equal to constant",
					schema: "Waivers",
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
				for (const key1 in data3) if (!(key1 === "owner" || key1 === "description")) {
					const err7 = {
						instancePath: instancePath + "/metadata",
						schemaPath: "#/properties/metadata/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema31.properties.metadata,
						data: data3
					};
					if (vErrors === null) vErrors = [err7];
					else vErrors.push(err7);
					errors++;
				}
				if (data3.owner !== void 0) {
					let data4 = data3.owner;
					if (typeof data4 !== "string") {
						const err8 = {
							instancePath: instancePath + "/metadata/owner",
							schemaPath: "#/properties/metadata/properties/owner/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema31.properties.metadata.properties.owner.type,
							parentSchema: schema31.properties.metadata.properties.owner,
							data: data4
						};
						if (vErrors === null) vErrors = [err8];
						else vErrors.push(err8);
						errors++;
					}
				}
				if (data3.description !== void 0) {
					let data5 = data3.description;
					if (typeof data5 !== "string") {
						const err9 = {
							instancePath: instancePath + "/metadata/description",
							schemaPath: "#/properties/metadata/properties/description/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema31.properties.metadata.properties.description.type,
							parentSchema: schema31.properties.metadata.properties.description,
							data: data5
						};
						if (vErrors === null) vErrors = [err9];
						else vErrors.push(err9);
						errors++;
					}
				}
			} else {
				const err10 = {
					instancePath: instancePath + "/metadata",
					schemaPath: "#/properties/metadata/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema31.properties.metadata.type,
					parentSchema: schema31.properties.metadata,
					data: data3
				};
				if (vErrors === null) vErrors = [err10];
				else vErrors.push(err10);
				errors++;
			}
		}
		if (data.waivers !== void 0) {
			let data6 = data.waivers;
			if (Array.isArray(data6)) {
				const len0 = data6.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data7 = data6[i0];
					if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
						if (data7.control === void 0) {
							const err11 = {
								instancePath: instancePath + "/waivers/" + i0,
								schemaPath: "#/$defs/Waiver/required",
								keyword: "required",
								params: { missingProperty: "control" },
								message: "must have required property 'control'",
								schema: schema32.required,
								parentSchema: schema32,
								data: data7
							};
							if (vErrors === null) vErrors = [err11];
							else vErrors.push(err11);
							errors++;
						}
						if (data7.documents === void 0) {
							const err12 = {
								instancePath: instancePath + "/waivers/" + i0,
								schemaPath: "#/$defs/Waiver/required",
								keyword: "required",
								params: { missingProperty: "documents" },
								message: "must have required property 'documents'",
								schema: schema32.required,
								parentSchema: schema32,
								data: data7
							};
							if (vErrors === null) vErrors = [err12];
							else vErrors.push(err12);
							errors++;
						}
						if (data7.reason === void 0) {
							const err13 = {
								instancePath: instancePath + "/waivers/" + i0,
								schemaPath: "#/$defs/Waiver/required",
								keyword: "required",
								params: { missingProperty: "reason" },
								message: "must have required property 'reason'",
								schema: schema32.required,
								parentSchema: schema32,
								data: data7
							};
							if (vErrors === null) vErrors = [err13];
							else vErrors.push(err13);
							errors++;
						}
						if (data7.owner === void 0) {
							const err14 = {
								instancePath: instancePath + "/waivers/" + i0,
								schemaPath: "#/$defs/Waiver/required",
								keyword: "required",
								params: { missingProperty: "owner" },
								message: "must have required property 'owner'",
								schema: schema32.required,
								parentSchema: schema32,
								data: data7
							};
							if (vErrors === null) vErrors = [err14];
							else vErrors.push(err14);
							errors++;
						}
						if (data7.expires === void 0) {
							const err15 = {
								instancePath: instancePath + "/waivers/" + i0,
								schemaPath: "#/$defs/Waiver/required",
								keyword: "required",
								params: { missingProperty: "expires" },
								message: "must have required property 'expires'",
								schema: schema32.required,
								parentSchema: schema32,
								data: data7
							};
							if (vErrors === null) vErrors = [err15];
							else vErrors.push(err15);
							errors++;
						}
						for (const key2 in data7) if (!(key2 === "control" || key2 === "documents" || key2 === "pointer" || key2 === "reason" || key2 === "owner" || key2 === "ticket" || key2 === "expires")) {
							const err16 = {
								instancePath: instancePath + "/waivers/" + i0,
								schemaPath: "#/$defs/Waiver/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key2 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema32,
								data: data7
							};
							if (vErrors === null) vErrors = [err16];
							else vErrors.push(err16);
							errors++;
						}
						if (data7.control !== void 0) {
							let data8 = data7.control;
							if (typeof data8 === "string") {
								if (func1(data8) < 1) {
									const err17 = {
										instancePath: instancePath + "/waivers/" + i0 + "/control",
										schemaPath: "#/$defs/Waiver/properties/control/minLength",
										keyword: "minLength",
										params: { limit: 1 },
										message: "must NOT have fewer than 1 characters",
										schema: 1,
										parentSchema: schema32.properties.control,
										data: data8
									};
									if (vErrors === null) vErrors = [err17];
									else vErrors.push(err17);
									errors++;
								}
							} else {
								const err18 = {
									instancePath: instancePath + "/waivers/" + i0 + "/control",
									schemaPath: "#/$defs/Waiver/properties/control/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema32.properties.control.type,
									parentSchema: schema32.properties.control,
									data: data8
								};
								if (vErrors === null) vErrors = [err18];
								else vErrors.push(err18);
								errors++;
							}
						}
						if (data7.documents !== void 0) {
							let data9 = data7.documents;
							if (typeof data9 === "string") {
								if (func1(data9) < 1) {
									const err19 = {
										instancePath: instancePath + "/waivers/" + i0 + "/documents",
										schemaPath: "#/$defs/Waiver/properties/documents/minLength",
										keyword: "minLength",
										params: { limit: 1 },
										message: "must NOT have fewer than 1 characters",
										schema: 1,
										parentSchema: schema32.properties.documents,
										data: data9
									};
									if (vErrors === null) vErrors = [err19];
									else vErrors.push(err19);
									errors++;
								}
							} else {
								const err20 = {
									instancePath: instancePath + "/waivers/" + i0 + "/documents",
									schemaPath: "#/$defs/Waiver/properties/documents/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema32.properties.documents.type,
									parentSchema: schema32.properties.documents,
									data: data9
								};
								if (vErrors === null) vErrors = [err20];
								else vErrors.push(err20);
								errors++;
							}
						}
						if (data7.pointer !== void 0) {
							let data10 = data7.pointer;
							if (typeof data10 === "string") {
								if (!pattern4.test(data10)) {
									const err21 = {
										instancePath: instancePath + "/waivers/" + i0 + "/pointer",
										schemaPath: "#/$defs/Waiver/properties/pointer/pattern",
										keyword: "pattern",
										params: { pattern: "^(/([^~/]|~[01])*)*$" },
										message: "must match pattern \"^(/([^~/]|~[01])*)*$\"",
										schema: "^(/([^~/]|~[01])*)*$",
										parentSchema: schema32.properties.pointer,
										data: data10
									};
									if (vErrors === null) vErrors = [err21];
									else vErrors.push(err21);
									errors++;
								}
							} else {
								const err22 = {
									instancePath: instancePath + "/waivers/" + i0 + "/pointer",
									schemaPath: "#/$defs/Waiver/properties/pointer/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema32.properties.pointer.type,
									parentSchema: schema32.properties.pointer,
									data: data10
								};
								if (vErrors === null) vErrors = [err22];
								else vErrors.push(err22);
								errors++;
							}
						}
						if (data7.reason !== void 0) {
							let data11 = data7.reason;
							if (typeof data11 === "string") {
								if (func1(data11) < 10) {
									const err23 = {
										instancePath: instancePath + "/waivers/" + i0 + "/reason",
										schemaPath: "#/$defs/Waiver/properties/reason/minLength",
										keyword: "minLength",
										params: { limit: 10 },
										message: "must NOT have fewer than 10 characters",
										schema: 10,
										parentSchema: schema32.properties.reason,
										data: data11
									};
									if (vErrors === null) vErrors = [err23];
									else vErrors.push(err23);
									errors++;
								}
							} else {
								const err24 = {
									instancePath: instancePath + "/waivers/" + i0 + "/reason",
									schemaPath: "#/$defs/Waiver/properties/reason/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema32.properties.reason.type,
									parentSchema: schema32.properties.reason,
									data: data11
								};
								if (vErrors === null) vErrors = [err24];
								else vErrors.push(err24);
								errors++;
							}
						}
						if (data7.owner !== void 0) {
							let data12 = data7.owner;
							if (typeof data12 === "string") {
								if (func1(data12) < 1) {
									const err25 = {
										instancePath: instancePath + "/waivers/" + i0 + "/owner",
										schemaPath: "#/$defs/Waiver/properties/owner/minLength",
										keyword: "minLength",
										params: { limit: 1 },
										message: "must NOT have fewer than 1 characters",
										schema: 1,
										parentSchema: schema32.properties.owner,
										data: data12
									};
									if (vErrors === null) vErrors = [err25];
									else vErrors.push(err25);
									errors++;
								}
							} else {
								const err26 = {
									instancePath: instancePath + "/waivers/" + i0 + "/owner",
									schemaPath: "#/$defs/Waiver/properties/owner/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema32.properties.owner.type,
									parentSchema: schema32.properties.owner,
									data: data12
								};
								if (vErrors === null) vErrors = [err26];
								else vErrors.push(err26);
								errors++;
							}
						}
						if (data7.ticket !== void 0) {
							let data13 = data7.ticket;
							if (typeof data13 !== "string") {
								const err27 = {
									instancePath: instancePath + "/waivers/" + i0 + "/ticket",
									schemaPath: "#/$defs/Waiver/properties/ticket/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema32.properties.ticket.type,
									parentSchema: schema32.properties.ticket,
									data: data13
								};
								if (vErrors === null) vErrors = [err27];
								else vErrors.push(err27);
								errors++;
							}
						}
						if (data7.expires !== void 0) {
							let data14 = data7.expires;
							if (typeof data14 === "string") {
								if (!formats0.validate(data14)) {
									const err28 = {
										instancePath: instancePath + "/waivers/" + i0 + "/expires",
										schemaPath: "#/$defs/Waiver/properties/expires/format",
										keyword: "format",
										params: { format: "date" },
										message: "must match format \"date\"",
										schema: "date",
										parentSchema: schema32.properties.expires,
										data: data14
									};
									if (vErrors === null) vErrors = [err28];
									else vErrors.push(err28);
									errors++;
								}
							} else {
								const err29 = {
									instancePath: instancePath + "/waivers/" + i0 + "/expires",
									schemaPath: "#/$defs/Waiver/properties/expires/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema32.properties.expires.type,
									parentSchema: schema32.properties.expires,
									data: data14
								};
								if (vErrors === null) vErrors = [err29];
								else vErrors.push(err29);
								errors++;
							}
						}
					} else {
						const err30 = {
							instancePath: instancePath + "/waivers/" + i0,
							schemaPath: "#/$defs/Waiver/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema32.type,
							parentSchema: schema32,
							data: data7
						};
						if (vErrors === null) vErrors = [err30];
						else vErrors.push(err30);
						errors++;
					}
				}
			} else {
				const err31 = {
					instancePath: instancePath + "/waivers",
					schemaPath: "#/properties/waivers/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.waivers.type,
					parentSchema: schema31.properties.waivers,
					data: data6
				};
				if (vErrors === null) vErrors = [err31];
				else vErrors.push(err31);
				errors++;
			}
		}
	} else {
		const err32 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema31.type,
			parentSchema: schema31,
			data
		};
		if (vErrors === null) vErrors = [err32];
		else vErrors.push(err32);
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
module.exports.schemaDigest = "7a80b4536243efcbd709e65ef36962b115230226d8341a92f8e7b22d2d110adb";
