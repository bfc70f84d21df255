"use strict";
const require_ucs2length$1 = require("./shared-5ab0ab80.cjs");
const require_formats$1 = require("./shared-7d2e0bb5.cjs");
// dist/validators/trust-policy.cjs
module.exports = validate20;
module.exports.default = validate20;
const schema31 = {
	"$schema": "https://json-schema.org/draft/2020-12/schema",
	"$id": "urn:ringfence:schema:trust-policy",
	"title": "TrustPolicy",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"apiVersion",
		"kind",
		"keys"
	],
	"properties": {
		"$schema": { "type": "string" },
		"apiVersion": { "const": "ringfence.dev/v1" },
		"kind": { "const": "TrustPolicy" },
		"metadata": {
			"type": "object",
			"title": "TrustPolicyMetadata",
			"additionalProperties": false,
			"properties": {
				"owner": {
					"type": "string",
					"maxLength": 200
				},
				"description": {
					"type": "string",
					"maxLength": 2e3
				}
			}
		},
		"keys": {
			"type": "array",
			"maxItems": 1e3,
			"items": { "$ref": "#/$defs/TrustedKey" }
		}
	},
	"$defs": { "TrustedKey": {
		"title": "TrustedKey",
		"type": "object",
		"additionalProperties": false,
		"required": [
			"name",
			"party",
			"role",
			"publicKey"
		],
		"properties": {
			"name": {
				"type": "string",
				"minLength": 1,
				"maxLength": 200
			},
			"party": {
				"type": "string",
				"minLength": 1,
				"maxLength": 200
			},
			"role": { "enum": [
				"vendor",
				"lab",
				"auditor"
			] },
			"publicKey": {
				"type": "string",
				"minLength": 1,
				"maxLength": 1e4
			},
			"claims": {
				"type": "array",
				"minItems": 1,
				"maxItems": 1e3,
				"items": {
					"type": "string",
					"pattern": "^(/([^~]|~[01])*)*$",
					"maxLength": 1e3
				}
			},
			"vendors": {
				"type": "array",
				"minItems": 1,
				"maxItems": 1e3,
				"items": {
					"type": "string",
					"minLength": 1,
					"maxLength": 200
				}
			},
			"expires": {
				"type": "string",
				"format": "date"
			}
		}
	} }
};
const schema32 = {
	"title": "TrustedKey",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"name",
		"party",
		"role",
		"publicKey"
	],
	"properties": {
		"name": {
			"type": "string",
			"minLength": 1,
			"maxLength": 200
		},
		"party": {
			"type": "string",
			"minLength": 1,
			"maxLength": 200
		},
		"role": { "enum": [
			"vendor",
			"lab",
			"auditor"
		] },
		"publicKey": {
			"type": "string",
			"minLength": 1,
			"maxLength": 1e4
		},
		"claims": {
			"type": "array",
			"minItems": 1,
			"maxItems": 1e3,
			"items": {
				"type": "string",
				"pattern": "^(/([^~]|~[01])*)*$",
				"maxLength": 1e3
			}
		},
		"vendors": {
			"type": "array",
			"minItems": 1,
			"maxItems": 1e3,
			"items": {
				"type": "string",
				"minLength": 1,
				"maxLength": 200
			}
		},
		"expires": {
			"type": "string",
			"format": "date"
		}
	}
};
const func1 = require_ucs2length$1.require_ucs2length().default;
const pattern4 = new RegExp("^(/([^~]|~[01])*)*$", "u");
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
		if (data.keys === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "keys" },
				message: "must have required property 'keys'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "$schema" || key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "keys")) {
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
			if ("TrustPolicy" !== data2) {
				const err6 = {
					instancePath: instancePath + "/kind",
					schemaPath: "#/properties/kind/const",
					keyword: "const",
					params: { allowedValue: "TrustPolicy" },
					message: "must be equal to constant",
					schema: "TrustPolicy",
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
					if (typeof data4 === "string") {
						if (func1(data4) > 200) {
							const err8 = {
								instancePath: instancePath + "/metadata/owner",
								schemaPath: "#/properties/metadata/properties/owner/maxLength",
								keyword: "maxLength",
								params: { limit: 200 },
								message: "must NOT have more than 200 characters",
								schema: 200,
								parentSchema: schema31.properties.metadata.properties.owner,
								data: data4
							};
							if (vErrors === null) vErrors = [err8];
							else vErrors.push(err8);
							errors++;
						}
					} else {
						const err9 = {
							instancePath: instancePath + "/metadata/owner",
							schemaPath: "#/properties/metadata/properties/owner/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema31.properties.metadata.properties.owner.type,
							parentSchema: schema31.properties.metadata.properties.owner,
							data: data4
						};
						if (vErrors === null) vErrors = [err9];
						else vErrors.push(err9);
						errors++;
					}
				}
				if (data3.description !== void 0) {
					let data5 = data3.description;
					if (typeof data5 === "string") {
						if (func1(data5) > 2e3) {
							const err10 = {
								instancePath: instancePath + "/metadata/description",
								schemaPath: "#/properties/metadata/properties/description/maxLength",
								keyword: "maxLength",
								params: { limit: 2e3 },
								message: "must NOT have more than 2000 characters",
								schema: 2e3,
								parentSchema: schema31.properties.metadata.properties.description,
								data: data5
							};
							if (vErrors === null) vErrors = [err10];
							else vErrors.push(err10);
							errors++;
						}
					} else {
						const err11 = {
							instancePath: instancePath + "/metadata/description",
							schemaPath: "#/properties/metadata/properties/description/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema31.properties.metadata.properties.description.type,
							parentSchema: schema31.properties.metadata.properties.description,
							data: data5
						};
						if (vErrors === null) vErrors = [err11];
						else vErrors.push(err11);
						errors++;
					}
				}
			} else {
				const err12 = {
					instancePath: instancePath + "/metadata",
					schemaPath: "#/properties/metadata/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema31.properties.metadata.type,
					parentSchema: schema31.properties.metadata,
					data: data3
				};
				if (vErrors === null) vErrors = [err12];
				else vErrors.push(err12);
				errors++;
			}
		}
		if (data.keys !== void 0) {
			let data6 = data.keys;
			if (Array.isArray(data6)) {
				if (data6.length > 1e3) {
					const err13 = {
						instancePath: instancePath + "/keys",
						schemaPath: "#/properties/keys/maxItems",
						keyword: "maxItems",
						params: { limit: 1e3 },
						message: "must NOT have more than 1000 items",
						schema: 1e3,
						parentSchema: schema31.properties.keys,
						data: data6
					};
					if (vErrors === null) vErrors = [err13];
					else vErrors.push(err13);
					errors++;
				}
				const len0 = data6.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data7 = data6[i0];
					if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
						if (data7.name === void 0) {
							const err14 = {
								instancePath: instancePath + "/keys/" + i0,
								schemaPath: "#/$defs/TrustedKey/required",
								keyword: "required",
								params: { missingProperty: "name" },
								message: "must have required property 'name'",
								schema: schema32.required,
								parentSchema: schema32,
								data: data7
							};
							if (vErrors === null) vErrors = [err14];
							else vErrors.push(err14);
							errors++;
						}
						if (data7.party === void 0) {
							const err15 = {
								instancePath: instancePath + "/keys/" + i0,
								schemaPath: "#/$defs/TrustedKey/required",
								keyword: "required",
								params: { missingProperty: "party" },
								message: "must have required property 'party'",
								schema: schema32.required,
								parentSchema: schema32,
								data: data7
							};
							if (vErrors === null) vErrors = [err15];
							else vErrors.push(err15);
							errors++;
						}
						if (data7.role === void 0) {
							const err16 = {
								instancePath: instancePath + "/keys/" + i0,
								schemaPath: "#/$defs/TrustedKey/required",
								keyword: "required",
								params: { missingProperty: "role" },
								message: "must have required property 'role'",
								schema: schema32.required,
								parentSchema: schema32,
								data: data7
							};
							if (vErrors === null) vErrors = [err16];
							else vErrors.push(err16);
							errors++;
						}
						if (data7.publicKey === void 0) {
							const err17 = {
								instancePath: instancePath + "/keys/" + i0,
								schemaPath: "#/$defs/TrustedKey/required",
								keyword: "required",
								params: { missingProperty: "publicKey" },
								message: "must have required property 'publicKey'",
								schema: schema32.required,
								parentSchema: schema32,
								data: data7
							};
							if (vErrors === null) vErrors = [err17];
							else vErrors.push(err17);
							errors++;
						}
						for (const key2 in data7) if (!(key2 === "name" || key2 === "party" || key2 === "role" || key2 === "publicKey" || key2 === "claims" || key2 === "vendors" || key2 === "expires")) {
							const err18 = {
								instancePath: instancePath + "/keys/" + i0,
								schemaPath: "#/$defs/TrustedKey/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key2 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema32,
								data: data7
							};
							if (vErrors === null) vErrors = [err18];
							else vErrors.push(err18);
							errors++;
						}
						if (data7.name !== void 0) {
							let data8 = data7.name;
							if (typeof data8 === "string") {
								if (func1(data8) > 200) {
									const err19 = {
										instancePath: instancePath + "/keys/" + i0 + "/name",
										schemaPath: "#/$defs/TrustedKey/properties/name/maxLength",
										keyword: "maxLength",
										params: { limit: 200 },
										message: "must NOT have more than 200 characters",
										schema: 200,
										parentSchema: schema32.properties.name,
										data: data8
									};
									if (vErrors === null) vErrors = [err19];
									else vErrors.push(err19);
									errors++;
								}
								if (func1(data8) < 1) {
									const err20 = {
										instancePath: instancePath + "/keys/" + i0 + "/name",
										schemaPath: "#/$defs/TrustedKey/properties/name/minLength",
										keyword: "minLength",
										params: { limit: 1 },
										message: "must NOT have fewer than 1 characters",
										schema: 1,
										parentSchema: schema32.properties.name,
										data: data8
									};
									if (vErrors === null) vErrors = [err20];
									else vErrors.push(err20);
									errors++;
								}
							} else {
								const err21 = {
									instancePath: instancePath + "/keys/" + i0 + "/name",
									schemaPath: "#/$defs/TrustedKey/properties/name/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema32.properties.name.type,
									parentSchema: schema32.properties.name,
									data: data8
								};
								if (vErrors === null) vErrors = [err21];
								else vErrors.push(err21);
								errors++;
							}
						}
						if (data7.party !== void 0) {
							let data9 = data7.party;
							if (typeof data9 === "string") {
								if (func1(data9) > 200) {
									const err22 = {
										instancePath: instancePath + "/keys/" + i0 + "/party",
										schemaPath: "#/$defs/TrustedKey/properties/party/maxLength",
										keyword: "maxLength",
										params: { limit: 200 },
										message: "must NOT have more than 200 characters",
										schema: 200,
										parentSchema: schema32.properties.party,
										data: data9
									};
									if (vErrors === null) vErrors = [err22];
									else vErrors.push(err22);
									errors++;
								}
								if (func1(data9) < 1) {
									const err23 = {
										instancePath: instancePath + "/keys/" + i0 + "/party",
										schemaPath: "#/$defs/TrustedKey/properties/party/minLength",
										keyword: "minLength",
										params: { limit: 1 },
										message: "must NOT have fewer than 1 characters",
										schema: 1,
										parentSchema: schema32.properties.party,
										data: data9
									};
									if (vErrors === null) vErrors = [err23];
									else vErrors.push(err23);
									errors++;
								}
							} else {
								const err24 = {
									instancePath: instancePath + "/keys/" + i0 + "/party",
									schemaPath: "#/$defs/TrustedKey/properties/party/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema32.properties.party.type,
									parentSchema: schema32.properties.party,
									data: data9
								};
								if (vErrors === null) vErrors = [err24];
								else vErrors.push(err24);
								errors++;
							}
						}
						if (data7.role !== void 0) {
							let data10 = data7.role;
							if (!(data10 === "vendor" || data10 === "lab" || data10 === "auditor")) {
								const err25 = {
									instancePath: instancePath + "/keys/" + i0 + "/role",
									schemaPath: "#/$defs/TrustedKey/properties/role/enum",
									keyword: "enum",
									params: { allowedValues: schema32.properties.role.enum },
									message: "must be equal to one of the allowed values",
									schema: schema32.properties.role.enum,
									parentSchema: schema32.properties.role,
									data: data10
								};
								if (vErrors === null) vErrors = [err25];
								else vErrors.push(err25);
								errors++;
							}
						}
						if (data7.publicKey !== void 0) {
							let data11 = data7.publicKey;
							if (typeof data11 === "string") {
								if (func1(data11) > 1e4) {
									const err26 = {
										instancePath: instancePath + "/keys/" + i0 + "/publicKey",
										schemaPath: "#/$defs/TrustedKey/properties/publicKey/maxLength",
										keyword: "maxLength",
										params: { limit: 1e4 },
										message: "must NOT have more than 10000 characters",
										schema: 1e4,
										parentSchema: schema32.properties.publicKey,
										data: data11
									};
									if (vErrors === null) vErrors = [err26];
									else vErrors.push(err26);
									errors++;
								}
								if (func1(data11) < 1) {
									const err27 = {
										instancePath: instancePath + "/keys/" + i0 + "/publicKey",
										schemaPath: "#/$defs/TrustedKey/properties/publicKey/minLength",
										keyword: "minLength",
										params: { limit: 1 },
										message: "must NOT have fewer than 1 characters",
										schema: 1,
										parentSchema: schema32.properties.publicKey,
										data: data11
									};
									if (vErrors === null) vErrors = [err27];
									else vErrors.push(err27);
									errors++;
								}
							} else {
								const err28 = {
									instancePath: instancePath + "/keys/" + i0 + "/publicKey",
									schemaPath: "#/$defs/TrustedKey/properties/publicKey/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema32.properties.publicKey.type,
									parentSchema: schema32.properties.publicKey,
									data: data11
								};
								if (vErrors === null) vErrors = [err28];
								else vErrors.push(err28);
								errors++;
							}
						}
						if (data7.claims !== void 0) {
							let data12 = data7.claims;
							if (Array.isArray(data12)) {
								if (data12.length > 1e3) {
									const err29 = {
										instancePath: instancePath + "/keys/" + i0 + "/claims",
										schemaPath: "#/$defs/TrustedKey/properties/claims/maxItems",
										keyword: "maxItems",
										params: { limit: 1e3 },
										message: "must NOT have more than 1000 items",
										schema: 1e3,
										parentSchema: schema32.properties.claims,
										data: data12
									};
									if (vErrors === null) vErrors = [err29];
									else vErrors.push(err29);
									errors++;
								}
								if (data12.length < 1) {
									const err30 = {
										instancePath: instancePath + "/keys/" + i0 + "/claims",
										schemaPath: "#/$defs/TrustedKey/properties/claims/minItems",
										keyword: "minItems",
										params: { limit: 1 },
										message: "must NOT have fewer than 1 items",
										schema: 1,
										parentSchema: schema32.properties.claims,
										data: data12
									};
									if (vErrors === null) vErrors = [err30];
									else vErrors.push(err30);
									errors++;
								}
								const len1 = data12.length;
								for (let i1 = 0; i1 < len1; i1++) {
									let data13 = data12[i1];
									if (typeof data13 === "string") {
										if (func1(data13) > 1e3) {
											const err31 = {
												instancePath: instancePath + "/keys/" + i0 + "/claims/" + i1,
												schemaPath: "#/$defs/TrustedKey/properties/claims/items/maxLength",
												keyword: "maxLength",
												params: { limit: 1e3 },
												message: "must NOT have more than 1000 characters",
												schema: 1e3,
												parentSchema: schema32.properties.claims.items,
												data: data13
											};
											if (vErrors === null) vErrors = [err31];
											else vErrors.push(err31);
											errors++;
										}
										if (!pattern4.test(data13)) {
											const err32 = {
												instancePath: instancePath + "/keys/" + i0 + "/claims/" + i1,
												schemaPath: "#/$defs/TrustedKey/properties/claims/items/pattern",
												keyword: "pattern",
												params: { pattern: "^(/([^~]|~[01])*)*$" },
												message: "must match pattern \"^(/([^~]|~[01])*)*$\"",
												schema: "^(/([^~]|~[01])*)*$",
												parentSchema: schema32.properties.claims.items,
												data: data13
											};
											if (vErrors === null) vErrors = [err32];
											else vErrors.push(err32);
											errors++;
										}
									} else {
										const err33 = {
											instancePath: instancePath + "/keys/" + i0 + "/claims/" + i1,
											schemaPath: "#/$defs/TrustedKey/properties/claims/items/type",
											keyword: "type",
											params: { type: "string" },
											message: "must be string",
											schema: schema32.properties.claims.items.type,
											parentSchema: schema32.properties.claims.items,
											data: data13
										};
										if (vErrors === null) vErrors = [err33];
										else vErrors.push(err33);
										errors++;
									}
								}
							} else {
								const err34 = {
									instancePath: instancePath + "/keys/" + i0 + "/claims",
									schemaPath: "#/$defs/TrustedKey/properties/claims/type",
									keyword: "type",
									params: { type: "array" },
									message: "must be array",
									schema: schema32.properties.claims.type,
									parentSchema: schema32.properties.claims,
									data: data12
								};
								if (vErrors === null) vErrors = [err34];
								else vErrors.push(err34);
								errors++;
							}
						}
						if (data7.vendors !== void 0) {
							let data14 = data7.vendors;
							if (Array.isArray(data14)) {
								if (data14.length > 1e3) {
									const err35 = {
										instancePath: instancePath + "/keys/" + i0 + "/vendors",
										schemaPath: "#/$defs/TrustedKey/properties/vendors/maxItems",
										keyword: "maxItems",
										params: { limit: 1e3 },
										message: "must NOT have more than 1000 items",
										schema: 1e3,
										parentSchema: schema32.properties.vendors,
										data: data14
									};
									if (vErrors === null) vErrors = [err35];
									else vErrors.push(err35);
									errors++;
								}
								if (data14.length < 1) {
									const err36 = {
										instancePath: instancePath + "/keys/" + i0 + "/vendors",
										schemaPath: "#/$defs/TrustedKey/properties/vendors/minItems",
										keyword: "minItems",
										params: { limit: 1 },
										message: "must NOT have fewer than 1 items",
										schema: 1,
										parentSchema: schema32.properties.vendors,
										data: data14
									};
									if (vErrors === null) vErrors = [err36];
									else vErrors.push(err36);
									errors++;
								}
								const len2 = data14.length;
								for (let i2 = 0; i2 < len2; i2++) {
									let data15 = data14[i2];
									if (typeof data15 === "string") {
										if (func1(data15) > 200) {
											const err37 = {
												instancePath: instancePath + "/keys/" + i0 + "/vendors/" + i2,
												schemaPath: "#/$defs/TrustedKey/properties/vendors/items/maxLength",
												keyword: "maxLength",
												params: { limit: 200 },
												message: "must NOT have more than 200 characters",
												schema: 200,
												parentSchema: schema32.properties.vendors.items,
												data: data15
											};
											if (vErrors === null) vErrors = [err37];
											else vErrors.push(err37);
											errors++;
										}
										if (func1(data15) < 1) {
											const err38 = {
												instancePath: instancePath + "/keys/" + i0 + "/vendors/" + i2,
												schemaPath: "#/$defs/TrustedKey/properties/vendors/items/minLength",
												keyword: "minLength",
												params: { limit: 1 },
												message: "must NOT have fewer than 1 characters",
												schema: 1,
												parentSchema: schema32.properties.vendors.items,
												data: data15
											};
											if (vErrors === null) vErrors = [err38];
											else vErrors.push(err38);
											errors++;
										}
									} else {
										const err39 = {
											instancePath: instancePath + "/keys/" + i0 + "/vendors/" + i2,
											schemaPath: "#/$defs/TrustedKey/properties/vendors/items/type",
											keyword: "type",
											params: { type: "string" },
											message: "must be string",
											schema: schema32.properties.vendors.items.type,
											parentSchema: schema32.properties.vendors.items,
											data: data15
										};
										if (vErrors === null) vErrors = [err39];
										else vErrors.push(err39);
										errors++;
									}
								}
							} else {
								const err40 = {
									instancePath: instancePath + "/keys/" + i0 + "/vendors",
									schemaPath: "#/$defs/TrustedKey/properties/vendors/type",
									keyword: "type",
									params: { type: "array" },
									message: "must be array",
									schema: schema32.properties.vendors.type,
									parentSchema: schema32.properties.vendors,
									data: data14
								};
								if (vErrors === null) vErrors = [err40];
								else vErrors.push(err40);
								errors++;
							}
						}
						if (data7.expires !== void 0) {
							let data16 = data7.expires;
							if (typeof data16 === "string") {
								if (!formats0.validate(data16)) {
									const err41 = {
										instancePath: instancePath + "/keys/" + i0 + "/expires",
										schemaPath: "#/$defs/TrustedKey/properties/expires/format",
										keyword: "format",
										params: { format: "date" },
										message: "must match format \"date\"",
										schema: "date",
										parentSchema: schema32.properties.expires,
										data: data16
									};
									if (vErrors === null) vErrors = [err41];
									else vErrors.push(err41);
									errors++;
								}
							} else {
								const err42 = {
									instancePath: instancePath + "/keys/" + i0 + "/expires",
									schemaPath: "#/$defs/TrustedKey/properties/expires/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema32.properties.expires.type,
									parentSchema: schema32.properties.expires,
									data: data16
								};
								if (vErrors === null) vErrors = [err42];
								else vErrors.push(err42);
								errors++;
							}
						}
					} else {
						const err43 = {
							instancePath: instancePath + "/keys/" + i0,
							schemaPath: "#/$defs/TrustedKey/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema32.type,
							parentSchema: schema32,
							data: data7
						};
						if (vErrors === null) vErrors = [err43];
						else vErrors.push(err43);
						errors++;
					}
				}
			} else {
				const err44 = {
					instancePath: instancePath + "/keys",
					schemaPath: "#/properties/keys/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.keys.type,
					parentSchema: schema31.properties.keys,
					data: data6
				};
				if (vErrors === null) vErrors = [err44];
				else vErrors.push(err44);
				errors++;
			}
		}
	} else {
		const err45 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema31.type,
			parentSchema: schema31,
			data
		};
		if (vErrors === null) vErrors = [err45];
		else vErrors.push(err45);
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
module.exports.schemaDigest = "1928c7d55a83965a6d774609f6cb81defa850648f8245e0243a5a497f2b345b0";
