"use strict";
const require_ucs2length$1 = require("./shared-5ab0ab80.cjs");
// dist/validators/config.cjs
module.exports = validate20;
module.exports.default = validate20;
const schema31 = {
	"$schema": "https://json-schema.org/draft/2020-12/schema",
	"$id": "urn:ringfence:schema:config",
	"title": "RingfenceConfig",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"$schema": { "type": "string" },
		"standard": {
			"type": "string",
			"minLength": 1,
			"maxLength": 4096
		},
		"formats": {
			"type": "object",
			"title": "Formats",
			"additionalProperties": false,
			"minProperties": 1,
			"properties": {
				"text": { "$ref": "#/$defs/Target" },
				"json": { "$ref": "#/$defs/Target" },
				"sarif": { "$ref": "#/$defs/Target" },
				"jsonl": { "$ref": "#/$defs/Target" },
				"markdown": { "$ref": "#/$defs/Target" },
				"html": { "$ref": "#/$defs/Target" },
				"junit": { "$ref": "#/$defs/Target" },
				"oscal": { "$ref": "#/$defs/Target" }
			}
		},
		"gate": {
			"type": "object",
			"title": "Gate",
			"additionalProperties": false,
			"properties": {
				"fail-on": { "enum": [
					"critical",
					"high",
					"medium",
					"low",
					"none"
				] },
				"min-score": {
					"type": "number",
					"minimum": 0,
					"maximum": 100
				},
				"min-level": {
					"type": "integer",
					"minimum": 0,
					"maximum": 9
				},
				"fail-on-new": { "type": "boolean" }
			}
		},
		"waivers": {
			"type": "array",
			"maxItems": 100,
			"items": { "$ref": "#/$defs/Path" }
		},
		"baseline": { "$ref": "#/$defs/Path" },
		"evidence": { "$ref": "#/$defs/Path" },
		"trust-policy": { "$ref": "#/$defs/Path" },
		"paths": {
			"type": "array",
			"minItems": 1,
			"maxItems": 1e3,
			"items": { "$ref": "#/$defs/Path" }
		},
		"ignore": {
			"type": "array",
			"maxItems": 200,
			"items": {
				"type": "string",
				"minLength": 1,
				"maxLength": 256
			}
		}
	},
	"$defs": {
		"Path": {
			"type": "string",
			"minLength": 1,
			"maxLength": 4096
		},
		"Target": { "anyOf": [{
			"type": "string",
			"minLength": 1,
			"maxLength": 4096
		}, { "type": "null" }] }
	}
};
const schema32 = { "anyOf": [{
	"type": "string",
	"minLength": 1,
	"maxLength": 4096
}, { "type": "null" }] };
const schema40 = {
	"type": "string",
	"minLength": 1,
	"maxLength": 4096
};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require_ucs2length$1.require_ucs2length().default;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate20.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!func1.call(schema31.properties, key0)) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.$schema !== void 0) {
			let data0 = data.$schema;
			if (typeof data0 !== "string") {
				const err1 = {
					instancePath: instancePath + "/$schema",
					schemaPath: "#/properties/%24schema/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.$schema.type,
					parentSchema: schema31.properties.$schema,
					data: data0
				};
				if (vErrors === null) vErrors = [err1];
				else vErrors.push(err1);
				errors++;
			}
		}
		if (data.standard !== void 0) {
			let data1 = data.standard;
			if (typeof data1 === "string") {
				if (func2(data1) > 4096) {
					const err2 = {
						instancePath: instancePath + "/standard",
						schemaPath: "#/properties/standard/maxLength",
						keyword: "maxLength",
						params: { limit: 4096 },
						message: "must NOT have more than 4096 characters",
						schema: 4096,
						parentSchema: schema31.properties.standard,
						data: data1
					};
					if (vErrors === null) vErrors = [err2];
					else vErrors.push(err2);
					errors++;
				}
				if (func2(data1) < 1) {
					const err3 = {
						instancePath: instancePath + "/standard",
						schemaPath: "#/properties/standard/minLength",
						keyword: "minLength",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 characters",
						schema: 1,
						parentSchema: schema31.properties.standard,
						data: data1
					};
					if (vErrors === null) vErrors = [err3];
					else vErrors.push(err3);
					errors++;
				}
			} else {
				const err4 = {
					instancePath: instancePath + "/standard",
					schemaPath: "#/properties/standard/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.standard.type,
					parentSchema: schema31.properties.standard,
					data: data1
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
		}
		if (data.formats !== void 0) {
			let data2 = data.formats;
			if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
				if (Object.keys(data2).length < 1) {
					const err5 = {
						instancePath: instancePath + "/formats",
						schemaPath: "#/properties/formats/minProperties",
						keyword: "minProperties",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 properties",
						schema: 1,
						parentSchema: schema31.properties.formats,
						data: data2
					};
					if (vErrors === null) vErrors = [err5];
					else vErrors.push(err5);
					errors++;
				}
				for (const key1 in data2) if (!(key1 === "text" || key1 === "json" || key1 === "sarif" || key1 === "jsonl" || key1 === "markdown" || key1 === "html" || key1 === "junit" || key1 === "oscal")) {
					const err6 = {
						instancePath: instancePath + "/formats",
						schemaPath: "#/properties/formats/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema31.properties.formats,
						data: data2
					};
					if (vErrors === null) vErrors = [err6];
					else vErrors.push(err6);
					errors++;
				}
				if (data2.text !== void 0) {
					let data3 = data2.text;
					const _errs11 = errors;
					let valid3 = false;
					const _errs12 = errors;
					if (typeof data3 === "string") {
						if (func2(data3) > 4096) {
							const err7 = {
								instancePath: instancePath + "/formats/text",
								schemaPath: "#/$defs/Target/anyOf/0/maxLength",
								keyword: "maxLength",
								params: { limit: 4096 },
								message: "must NOT have more than 4096 characters",
								schema: 4096,
								parentSchema: schema32.anyOf[0],
								data: data3
							};
							if (vErrors === null) vErrors = [err7];
							else vErrors.push(err7);
							errors++;
						}
						if (func2(data3) < 1) {
							const err8 = {
								instancePath: instancePath + "/formats/text",
								schemaPath: "#/$defs/Target/anyOf/0/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema32.anyOf[0],
								data: data3
							};
							if (vErrors === null) vErrors = [err8];
							else vErrors.push(err8);
							errors++;
						}
					} else {
						const err9 = {
							instancePath: instancePath + "/formats/text",
							schemaPath: "#/$defs/Target/anyOf/0/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema32.anyOf[0].type,
							parentSchema: schema32.anyOf[0],
							data: data3
						};
						if (vErrors === null) vErrors = [err9];
						else vErrors.push(err9);
						errors++;
					}
					var _valid0 = _errs12 === errors;
					valid3 = valid3 || _valid0;
					const _errs14 = errors;
					if (data3 !== null) {
						const err10 = {
							instancePath: instancePath + "/formats/text",
							schemaPath: "#/$defs/Target/anyOf/1/type",
							keyword: "type",
							params: { type: "null" },
							message: "must be null",
							schema: schema32.anyOf[1].type,
							parentSchema: schema32.anyOf[1],
							data: data3
						};
						if (vErrors === null) vErrors = [err10];
						else vErrors.push(err10);
						errors++;
					}
					var _valid0 = _errs14 === errors;
					valid3 = valid3 || _valid0;
					if (!valid3) {
						const err11 = {
							instancePath: instancePath + "/formats/text",
							schemaPath: "#/$defs/Target/anyOf",
							keyword: "anyOf",
							params: {},
							message: "must match a schema in anyOf",
							schema: schema32.anyOf,
							parentSchema: schema32,
							data: data3
						};
						if (vErrors === null) vErrors = [err11];
						else vErrors.push(err11);
						errors++;
					} else {
						errors = _errs11;
						if (vErrors !== null) {
							if (_errs11) vErrors.length = _errs11;
							else vErrors = null;
						}
					}
				}
				if (data2.json !== void 0) {
					let data4 = data2.json;
					const _errs18 = errors;
					let valid5 = false;
					const _errs19 = errors;
					if (typeof data4 === "string") {
						if (func2(data4) > 4096) {
							const err12 = {
								instancePath: instancePath + "/formats/json",
								schemaPath: "#/$defs/Target/anyOf/0/maxLength",
								keyword: "maxLength",
								params: { limit: 4096 },
								message: "must NOT have more than 4096 characters",
								schema: 4096,
								parentSchema: schema32.anyOf[0],
								data: data4
							};
							if (vErrors === null) vErrors = [err12];
							else vErrors.push(err12);
							errors++;
						}
						if (func2(data4) < 1) {
							const err13 = {
								instancePath: instancePath + "/formats/json",
								schemaPath: "#/$defs/Target/anyOf/0/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema32.anyOf[0],
								data: data4
							};
							if (vErrors === null) vErrors = [err13];
							else vErrors.push(err13);
							errors++;
						}
					} else {
						const err14 = {
							instancePath: instancePath + "/formats/json",
							schemaPath: "#/$defs/Target/anyOf/0/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema32.anyOf[0].type,
							parentSchema: schema32.anyOf[0],
							data: data4
						};
						if (vErrors === null) vErrors = [err14];
						else vErrors.push(err14);
						errors++;
					}
					var _valid1 = _errs19 === errors;
					valid5 = valid5 || _valid1;
					const _errs21 = errors;
					if (data4 !== null) {
						const err15 = {
							instancePath: instancePath + "/formats/json",
							schemaPath: "#/$defs/Target/anyOf/1/type",
							keyword: "type",
							params: { type: "null" },
							message: "must be null",
							schema: schema32.anyOf[1].type,
							parentSchema: schema32.anyOf[1],
							data: data4
						};
						if (vErrors === null) vErrors = [err15];
						else vErrors.push(err15);
						errors++;
					}
					var _valid1 = _errs21 === errors;
					valid5 = valid5 || _valid1;
					if (!valid5) {
						const err16 = {
							instancePath: instancePath + "/formats/json",
							schemaPath: "#/$defs/Target/anyOf",
							keyword: "anyOf",
							params: {},
							message: "must match a schema in anyOf",
							schema: schema32.anyOf,
							parentSchema: schema32,
							data: data4
						};
						if (vErrors === null) vErrors = [err16];
						else vErrors.push(err16);
						errors++;
					} else {
						errors = _errs18;
						if (vErrors !== null) {
							if (_errs18) vErrors.length = _errs18;
							else vErrors = null;
						}
					}
				}
				if (data2.sarif !== void 0) {
					let data5 = data2.sarif;
					const _errs25 = errors;
					let valid7 = false;
					const _errs26 = errors;
					if (typeof data5 === "string") {
						if (func2(data5) > 4096) {
							const err17 = {
								instancePath: instancePath + "/formats/sarif",
								schemaPath: "#/$defs/Target/anyOf/0/maxLength",
								keyword: "maxLength",
								params: { limit: 4096 },
								message: "must NOT have more than 4096 characters",
								schema: 4096,
								parentSchema: schema32.anyOf[0],
								data: data5
							};
							if (vErrors === null) vErrors = [err17];
							else vErrors.push(err17);
							errors++;
						}
						if (func2(data5) < 1) {
							const err18 = {
								instancePath: instancePath + "/formats/sarif",
								schemaPath: "#/$defs/Target/anyOf/0/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema32.anyOf[0],
								data: data5
							};
							if (vErrors === null) vErrors = [err18];
							else vErrors.push(err18);
							errors++;
						}
					} else {
						const err19 = {
							instancePath: instancePath + "/formats/sarif",
							schemaPath: "#/$defs/Target/anyOf/0/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema32.anyOf[0].type,
							parentSchema: schema32.anyOf[0],
							data: data5
						};
						if (vErrors === null) vErrors = [err19];
						else vErrors.push(err19);
						errors++;
					}
					var _valid2 = _errs26 === errors;
					valid7 = valid7 || _valid2;
					const _errs28 = errors;
					if (data5 !== null) {
						const err20 = {
							instancePath: instancePath + "/formats/sarif",
							schemaPath: "#/$defs/Target/anyOf/1/type",
							keyword: "type",
							params: { type: "null" },
							message: "must be null",
							schema: schema32.anyOf[1].type,
							parentSchema: schema32.anyOf[1],
							data: data5
						};
						if (vErrors === null) vErrors = [err20];
						else vErrors.push(err20);
						errors++;
					}
					var _valid2 = _errs28 === errors;
					valid7 = valid7 || _valid2;
					if (!valid7) {
						const err21 = {
							instancePath: instancePath + "/formats/sarif",
							schemaPath: "#/$defs/Target/anyOf",
							keyword: "anyOf",
							params: {},
							message: "must match a schema in anyOf",
							schema: schema32.anyOf,
							parentSchema: schema32,
							data: data5
						};
						if (vErrors === null) vErrors = [err21];
						else vErrors.push(err21);
						errors++;
					} else {
						errors = _errs25;
						if (vErrors !== null) {
							if (_errs25) vErrors.length = _errs25;
							else vErrors = null;
						}
					}
				}
				if (data2.jsonl !== void 0) {
					let data6 = data2.jsonl;
					const _errs32 = errors;
					let valid9 = false;
					const _errs33 = errors;
					if (typeof data6 === "string") {
						if (func2(data6) > 4096) {
							const err22 = {
								instancePath: instancePath + "/formats/jsonl",
								schemaPath: "#/$defs/Target/anyOf/0/maxLength",
								keyword: "maxLength",
								params: { limit: 4096 },
								message: "must NOT have more than 4096 characters",
								schema: 4096,
								parentSchema: schema32.anyOf[0],
								data: data6
							};
							if (vErrors === null) vErrors = [err22];
							else vErrors.push(err22);
							errors++;
						}
						if (func2(data6) < 1) {
							const err23 = {
								instancePath: instancePath + "/formats/jsonl",
								schemaPath: "#/$defs/Target/anyOf/0/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema32.anyOf[0],
								data: data6
							};
							if (vErrors === null) vErrors = [err23];
							else vErrors.push(err23);
							errors++;
						}
					} else {
						const err24 = {
							instancePath: instancePath + "/formats/jsonl",
							schemaPath: "#/$defs/Target/anyOf/0/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema32.anyOf[0].type,
							parentSchema: schema32.anyOf[0],
							data: data6
						};
						if (vErrors === null) vErrors = [err24];
						else vErrors.push(err24);
						errors++;
					}
					var _valid3 = _errs33 === errors;
					valid9 = valid9 || _valid3;
					const _errs35 = errors;
					if (data6 !== null) {
						const err25 = {
							instancePath: instancePath + "/formats/jsonl",
							schemaPath: "#/$defs/Target/anyOf/1/type",
							keyword: "type",
							params: { type: "null" },
							message: "must be null",
							schema: schema32.anyOf[1].type,
							parentSchema: schema32.anyOf[1],
							data: data6
						};
						if (vErrors === null) vErrors = [err25];
						else vErrors.push(err25);
						errors++;
					}
					var _valid3 = _errs35 === errors;
					valid9 = valid9 || _valid3;
					if (!valid9) {
						const err26 = {
							instancePath: instancePath + "/formats/jsonl",
							schemaPath: "#/$defs/Target/anyOf",
							keyword: "anyOf",
							params: {},
							message: "must match a schema in anyOf",
							schema: schema32.anyOf,
							parentSchema: schema32,
							data: data6
						};
						if (vErrors === null) vErrors = [err26];
						else vErrors.push(err26);
						errors++;
					} else {
						errors = _errs32;
						if (vErrors !== null) {
							if (_errs32) vErrors.length = _errs32;
							else vErrors = null;
						}
					}
				}
				if (data2.markdown !== void 0) {
					let data7 = data2.markdown;
					const _errs39 = errors;
					let valid11 = false;
					const _errs40 = errors;
					if (typeof data7 === "string") {
						if (func2(data7) > 4096) {
							const err27 = {
								instancePath: instancePath + "/formats/markdown",
								schemaPath: "#/$defs/Target/anyOf/0/maxLength",
								keyword: "maxLength",
								params: { limit: 4096 },
								message: "must NOT have more than 4096 characters",
								schema: 4096,
								parentSchema: schema32.anyOf[0],
								data: data7
							};
							if (vErrors === null) vErrors = [err27];
							else vErrors.push(err27);
							errors++;
						}
						if (func2(data7) < 1) {
							const err28 = {
								instancePath: instancePath + "/formats/markdown",
								schemaPath: "#/$defs/Target/anyOf/0/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema32.anyOf[0],
								data: data7
							};
							if (vErrors === null) vErrors = [err28];
							else vErrors.push(err28);
							errors++;
						}
					} else {
						const err29 = {
							instancePath: instancePath + "/formats/markdown",
							schemaPath: "#/$defs/Target/anyOf/0/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema32.anyOf[0].type,
							parentSchema: schema32.anyOf[0],
							data: data7
						};
						if (vErrors === null) vErrors = [err29];
						else vErrors.push(err29);
						errors++;
					}
					var _valid4 = _errs40 === errors;
					valid11 = valid11 || _valid4;
					const _errs42 = errors;
					if (data7 !== null) {
						const err30 = {
							instancePath: instancePath + "/formats/markdown",
							schemaPath: "#/$defs/Target/anyOf/1/type",
							keyword: "type",
							params: { type: "null" },
							message: "must be null",
							schema: schema32.anyOf[1].type,
							parentSchema: schema32.anyOf[1],
							data: data7
						};
						if (vErrors === null) vErrors = [err30];
						else vErrors.push(err30);
						errors++;
					}
					var _valid4 = _errs42 === errors;
					valid11 = valid11 || _valid4;
					if (!valid11) {
						const err31 = {
							instancePath: instancePath + "/formats/markdown",
							schemaPath: "#/$defs/Target/anyOf",
							keyword: "anyOf",
							params: {},
							message: "must match a schema in anyOf",
							schema: schema32.anyOf,
							parentSchema: schema32,
							data: data7
						};
						if (vErrors === null) vErrors = [err31];
						else vErrors.push(err31);
						errors++;
					} else {
						errors = _errs39;
						if (vErrors !== null) {
							if (_errs39) vErrors.length = _errs39;
							else vErrors = null;
						}
					}
				}
				if (data2.html !== void 0) {
					let data8 = data2.html;
					const _errs46 = errors;
					let valid13 = false;
					const _errs47 = errors;
					if (typeof data8 === "string") {
						if (func2(data8) > 4096) {
							const err32 = {
								instancePath: instancePath + "/formats/html",
								schemaPath: "#/$defs/Target/anyOf/0/maxLength",
								keyword: "maxLength",
								params: { limit: 4096 },
								message: "must NOT have more than 4096 characters",
								schema: 4096,
								parentSchema: schema32.anyOf[0],
								data: data8
							};
							if (vErrors === null) vErrors = [err32];
							else vErrors.push(err32);
							errors++;
						}
						if (func2(data8) < 1) {
							const err33 = {
								instancePath: instancePath + "/formats/html",
								schemaPath: "#/$defs/Target/anyOf/0/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema32.anyOf[0],
								data: data8
							};
							if (vErrors === null) vErrors = [err33];
							else vErrors.push(err33);
							errors++;
						}
					} else {
						const err34 = {
							instancePath: instancePath + "/formats/html",
							schemaPath: "#/$defs/Target/anyOf/0/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema32.anyOf[0].type,
							parentSchema: schema32.anyOf[0],
							data: data8
						};
						if (vErrors === null) vErrors = [err34];
						else vErrors.push(err34);
						errors++;
					}
					var _valid5 = _errs47 === errors;
					valid13 = valid13 || _valid5;
					const _errs49 = errors;
					if (data8 !== null) {
						const err35 = {
							instancePath: instancePath + "/formats/html",
							schemaPath: "#/$defs/Target/anyOf/1/type",
							keyword: "type",
							params: { type: "null" },
							message: "must be null",
							schema: schema32.anyOf[1].type,
							parentSchema: schema32.anyOf[1],
							data: data8
						};
						if (vErrors === null) vErrors = [err35];
						else vErrors.push(err35);
						errors++;
					}
					var _valid5 = _errs49 === errors;
					valid13 = valid13 || _valid5;
					if (!valid13) {
						const err36 = {
							instancePath: instancePath + "/formats/html",
							schemaPath: "#/$defs/Target/anyOf",
							keyword: "anyOf",
							params: {},
							message: "must match a schema in anyOf",
							schema: schema32.anyOf,
							parentSchema: schema32,
							data: data8
						};
						if (vErrors === null) vErrors = [err36];
						else vErrors.push(err36);
						errors++;
					} else {
						errors = _errs46;
						if (vErrors !== null) {
							if (_errs46) vErrors.length = _errs46;
							else vErrors = null;
						}
					}
				}
				if (data2.junit !== void 0) {
					let data9 = data2.junit;
					const _errs53 = errors;
					let valid15 = false;
					const _errs54 = errors;
					if (typeof data9 === "string") {
						if (func2(data9) > 4096) {
							const err37 = {
								instancePath: instancePath + "/formats/junit",
								schemaPath: "#/$defs/Target/anyOf/0/maxLength",
								keyword: "maxLength",
								params: { limit: 4096 },
								message: "must NOT have more than 4096 characters",
								schema: 4096,
								parentSchema: schema32.anyOf[0],
								data: data9
							};
							if (vErrors === null) vErrors = [err37];
							else vErrors.push(err37);
							errors++;
						}
						if (func2(data9) < 1) {
							const err38 = {
								instancePath: instancePath + "/formats/junit",
								schemaPath: "#/$defs/Target/anyOf/0/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema32.anyOf[0],
								data: data9
							};
							if (vErrors === null) vErrors = [err38];
							else vErrors.push(err38);
							errors++;
						}
					} else {
						const err39 = {
							instancePath: instancePath + "/formats/junit",
							schemaPath: "#/$defs/Target/anyOf/0/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema32.anyOf[0].type,
							parentSchema: schema32.anyOf[0],
							data: data9
						};
						if (vErrors === null) vErrors = [err39];
						else vErrors.push(err39);
						errors++;
					}
					var _valid6 = _errs54 === errors;
					valid15 = valid15 || _valid6;
					const _errs56 = errors;
					if (data9 !== null) {
						const err40 = {
							instancePath: instancePath + "/formats/junit",
							schemaPath: "#/$defs/Target/anyOf/1/type",
							keyword: "type",
							params: { type: "null" },
							message: "must be null",
							schema: schema32.anyOf[1].type,
							parentSchema: schema32.anyOf[1],
							data: data9
						};
						if (vErrors === null) vErrors = [err40];
						else vErrors.push(err40);
						errors++;
					}
					var _valid6 = _errs56 === errors;
					valid15 = valid15 || _valid6;
					if (!valid15) {
						const err41 = {
							instancePath: instancePath + "/formats/junit",
							schemaPath: "#/$defs/Target/anyOf",
							keyword: "anyOf",
							params: {},
							message: "must match a schema in anyOf",
							schema: schema32.anyOf,
							parentSchema: schema32,
							data: data9
						};
						if (vErrors === null) vErrors = [err41];
						else vErrors.push(err41);
						errors++;
					} else {
						errors = _errs53;
						if (vErrors !== null) {
							if (_errs53) vErrors.length = _errs53;
							else vErrors = null;
						}
					}
				}
				if (data2.oscal !== void 0) {
					let data10 = data2.oscal;
					const _errs60 = errors;
					let valid17 = false;
					const _errs61 = errors;
					if (typeof data10 === "string") {
						if (func2(data10) > 4096) {
							const err42 = {
								instancePath: instancePath + "/formats/oscal",
								schemaPath: "#/$defs/Target/anyOf/0/maxLength",
								keyword: "maxLength",
								params: { limit: 4096 },
								message: "must NOT have more than 4096 characters",
								schema: 4096,
								parentSchema: schema32.anyOf[0],
								data: data10
							};
							if (vErrors === null) vErrors = [err42];
							else vErrors.push(err42);
							errors++;
						}
						if (func2(data10) < 1) {
							const err43 = {
								instancePath: instancePath + "/formats/oscal",
								schemaPath: "#/$defs/Target/anyOf/0/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema32.anyOf[0],
								data: data10
							};
							if (vErrors === null) vErrors = [err43];
							else vErrors.push(err43);
							errors++;
						}
					} else {
						const err44 = {
							instancePath: instancePath + "/formats/oscal",
							schemaPath: "#/$defs/Target/anyOf/0/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema32.anyOf[0].type,
							parentSchema: schema32.anyOf[0],
							data: data10
						};
						if (vErrors === null) vErrors = [err44];
						else vErrors.push(err44);
						errors++;
					}
					var _valid7 = _errs61 === errors;
					valid17 = valid17 || _valid7;
					const _errs63 = errors;
					if (data10 !== null) {
						const err45 = {
							instancePath: instancePath + "/formats/oscal",
							schemaPath: "#/$defs/Target/anyOf/1/type",
							keyword: "type",
							params: { type: "null" },
							message: "must be null",
							schema: schema32.anyOf[1].type,
							parentSchema: schema32.anyOf[1],
							data: data10
						};
						if (vErrors === null) vErrors = [err45];
						else vErrors.push(err45);
						errors++;
					}
					var _valid7 = _errs63 === errors;
					valid17 = valid17 || _valid7;
					if (!valid17) {
						const err46 = {
							instancePath: instancePath + "/formats/oscal",
							schemaPath: "#/$defs/Target/anyOf",
							keyword: "anyOf",
							params: {},
							message: "must match a schema in anyOf",
							schema: schema32.anyOf,
							parentSchema: schema32,
							data: data10
						};
						if (vErrors === null) vErrors = [err46];
						else vErrors.push(err46);
						errors++;
					} else {
						errors = _errs60;
						if (vErrors !== null) {
							if (_errs60) vErrors.length = _errs60;
							else vErrors = null;
						}
					}
				}
			} else {
				const err47 = {
					instancePath: instancePath + "/formats",
					schemaPath: "#/properties/formats/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema31.properties.formats.type,
					parentSchema: schema31.properties.formats,
					data: data2
				};
				if (vErrors === null) vErrors = [err47];
				else vErrors.push(err47);
				errors++;
			}
		}
		if (data.gate !== void 0) {
			let data11 = data.gate;
			if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
				for (const key2 in data11) if (!(key2 === "fail-on" || key2 === "min-score" || key2 === "min-level" || key2 === "fail-on-new")) {
					const err48 = {
						instancePath: instancePath + "/gate",
						schemaPath: "#/properties/gate/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key2 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema31.properties.gate,
						data: data11
					};
					if (vErrors === null) vErrors = [err48];
					else vErrors.push(err48);
					errors++;
				}
				if (data11["fail-on"] !== void 0) {
					let data12 = data11["fail-on"];
					if (!(data12 === "critical" || data12 === "high" || data12 === "medium" || data12 === "low" || data12 === "none")) {
						const err49 = {
							instancePath: instancePath + "/gate/fail-on",
							schemaPath: "#/properties/gate/properties/fail-on/enum",
							keyword: "enum",
							params: { allowedValues: schema31.properties.gate.properties["fail-on"].enum },
							message: "must be equal to one of the allowed values",
							schema: schema31.properties.gate.properties["fail-on"].enum,
							parentSchema: schema31.properties.gate.properties["fail-on"],
							data: data12
						};
						if (vErrors === null) vErrors = [err49];
						else vErrors.push(err49);
						errors++;
					}
				}
				if (data11["min-score"] !== void 0) {
					let data13 = data11["min-score"];
					if (typeof data13 == "number" && isFinite(data13)) {
						if (data13 > 100 || isNaN(data13)) {
							const err50 = {
								instancePath: instancePath + "/gate/min-score",
								schemaPath: "#/properties/gate/properties/min-score/maximum",
								keyword: "maximum",
								params: {
									comparison: "<=",
									limit: 100
								},
								message: "must be <= 100",
								schema: 100,
								parentSchema: schema31.properties.gate.properties["min-score"],
								data: data13
							};
							if (vErrors === null) vErrors = [err50];
							else vErrors.push(err50);
							errors++;
						}
						if (data13 < 0 || isNaN(data13)) {
							const err51 = {
								instancePath: instancePath + "/gate/min-score",
								schemaPath: "#/properties/gate/properties/min-score/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema31.properties.gate.properties["min-score"],
								data: data13
							};
							if (vErrors === null) vErrors = [err51];
							else vErrors.push(err51);
							errors++;
						}
					} else {
						const err52 = {
							instancePath: instancePath + "/gate/min-score",
							schemaPath: "#/properties/gate/properties/min-score/type",
							keyword: "type",
							params: { type: "number" },
							message: "must be number",
							schema: schema31.properties.gate.properties["min-score"].type,
							parentSchema: schema31.properties.gate.properties["min-score"],
							data: data13
						};
						if (vErrors === null) vErrors = [err52];
						else vErrors.push(err52);
						errors++;
					}
				}
				if (data11["min-level"] !== void 0) {
					let data14 = data11["min-level"];
					if (!(typeof data14 == "number" && !(data14 % 1) && !isNaN(data14) && isFinite(data14))) {
						const err53 = {
							instancePath: instancePath + "/gate/min-level",
							schemaPath: "#/properties/gate/properties/min-level/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema31.properties.gate.properties["min-level"].type,
							parentSchema: schema31.properties.gate.properties["min-level"],
							data: data14
						};
						if (vErrors === null) vErrors = [err53];
						else vErrors.push(err53);
						errors++;
					}
					if (typeof data14 == "number" && isFinite(data14)) {
						if (data14 > 9 || isNaN(data14)) {
							const err54 = {
								instancePath: instancePath + "/gate/min-level",
								schemaPath: "#/properties/gate/properties/min-level/maximum",
								keyword: "maximum",
								params: {
									comparison: "<=",
									limit: 9
								},
								message: "must be <= 9",
								schema: 9,
								parentSchema: schema31.properties.gate.properties["min-level"],
								data: data14
							};
							if (vErrors === null) vErrors = [err54];
							else vErrors.push(err54);
							errors++;
						}
						if (data14 < 0 || isNaN(data14)) {
							const err55 = {
								instancePath: instancePath + "/gate/min-level",
								schemaPath: "#/properties/gate/properties/min-level/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema31.properties.gate.properties["min-level"],
								data: data14
							};
							if (vErrors === null) vErrors = [err55];
							else vErrors.push(err55);
							errors++;
						}
					}
				}
				if (data11["fail-on-new"] !== void 0) {
					let data15 = data11["fail-on-new"];
					if (typeof data15 !== "boolean") {
						const err56 = {
							instancePath: instancePath + "/gate/fail-on-new",
							schemaPath: "#/properties/gate/properties/fail-on-new/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema31.properties.gate.properties["fail-on-new"].type,
							parentSchema: schema31.properties.gate.properties["fail-on-new"],
							data: data15
						};
						if (vErrors === null) vErrors = [err56];
						else vErrors.push(err56);
						errors++;
					}
				}
			} else {
				const err57 = {
					instancePath: instancePath + "/gate",
					schemaPath: "#/properties/gate/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema31.properties.gate.type,
					parentSchema: schema31.properties.gate,
					data: data11
				};
				if (vErrors === null) vErrors = [err57];
				else vErrors.push(err57);
				errors++;
			}
		}
		if (data.waivers !== void 0) {
			let data16 = data.waivers;
			if (Array.isArray(data16)) {
				if (data16.length > 100) {
					const err58 = {
						instancePath: instancePath + "/waivers",
						schemaPath: "#/properties/waivers/maxItems",
						keyword: "maxItems",
						params: { limit: 100 },
						message: "must NOT have more than 100 items",
						schema: 100,
						parentSchema: schema31.properties.waivers,
						data: data16
					};
					if (vErrors === null) vErrors = [err58];
					else vErrors.push(err58);
					errors++;
				}
				const len0 = data16.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data17 = data16[i0];
					if (typeof data17 === "string") {
						if (func2(data17) > 4096) {
							const err59 = {
								instancePath: instancePath + "/waivers/" + i0,
								schemaPath: "#/$defs/Path/maxLength",
								keyword: "maxLength",
								params: { limit: 4096 },
								message: "must NOT have more than 4096 characters",
								schema: 4096,
								parentSchema: schema40,
								data: data17
							};
							if (vErrors === null) vErrors = [err59];
							else vErrors.push(err59);
							errors++;
						}
						if (func2(data17) < 1) {
							const err60 = {
								instancePath: instancePath + "/waivers/" + i0,
								schemaPath: "#/$defs/Path/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema40,
								data: data17
							};
							if (vErrors === null) vErrors = [err60];
							else vErrors.push(err60);
							errors++;
						}
					} else {
						const err61 = {
							instancePath: instancePath + "/waivers/" + i0,
							schemaPath: "#/$defs/Path/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema40.type,
							parentSchema: schema40,
							data: data17
						};
						if (vErrors === null) vErrors = [err61];
						else vErrors.push(err61);
						errors++;
					}
				}
			} else {
				const err62 = {
					instancePath: instancePath + "/waivers",
					schemaPath: "#/properties/waivers/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.waivers.type,
					parentSchema: schema31.properties.waivers,
					data: data16
				};
				if (vErrors === null) vErrors = [err62];
				else vErrors.push(err62);
				errors++;
			}
		}
		if (data.baseline !== void 0) {
			let data18 = data.baseline;
			if (typeof data18 === "string") {
				if (func2(data18) > 4096) {
					const err63 = {
						instancePath: instancePath + "/baseline",
						schemaPath: "#/$defs/Path/maxLength",
						keyword: "maxLength",
						params: { limit: 4096 },
						message: "must NOT have more than 4096 characters",
						schema: 4096,
						parentSchema: schema40,
						data: data18
					};
					if (vErrors === null) vErrors = [err63];
					else vErrors.push(err63);
					errors++;
				}
				if (func2(data18) < 1) {
					const err64 = {
						instancePath: instancePath + "/baseline",
						schemaPath: "#/$defs/Path/minLength",
						keyword: "minLength",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 characters",
						schema: 1,
						parentSchema: schema40,
						data: data18
					};
					if (vErrors === null) vErrors = [err64];
					else vErrors.push(err64);
					errors++;
				}
			} else {
				const err65 = {
					instancePath: instancePath + "/baseline",
					schemaPath: "#/$defs/Path/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema40.type,
					parentSchema: schema40,
					data: data18
				};
				if (vErrors === null) vErrors = [err65];
				else vErrors.push(err65);
				errors++;
			}
		}
		if (data.evidence !== void 0) {
			let data19 = data.evidence;
			if (typeof data19 === "string") {
				if (func2(data19) > 4096) {
					const err66 = {
						instancePath: instancePath + "/evidence",
						schemaPath: "#/$defs/Path/maxLength",
						keyword: "maxLength",
						params: { limit: 4096 },
						message: "must NOT have more than 4096 characters",
						schema: 4096,
						parentSchema: schema40,
						data: data19
					};
					if (vErrors === null) vErrors = [err66];
					else vErrors.push(err66);
					errors++;
				}
				if (func2(data19) < 1) {
					const err67 = {
						instancePath: instancePath + "/evidence",
						schemaPath: "#/$defs/Path/minLength",
						keyword: "minLength",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 characters",
						schema: 1,
						parentSchema: schema40,
						data: data19
					};
					if (vErrors === null) vErrors = [err67];
					else vErrors.push(err67);
					errors++;
				}
			} else {
				const err68 = {
					instancePath: instancePath + "/evidence",
					schemaPath: "#/$defs/Path/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema40.type,
					parentSchema: schema40,
					data: data19
				};
				if (vErrors === null) vErrors = [err68];
				else vErrors.push(err68);
				errors++;
			}
		}
		if (data["trust-policy"] !== void 0) {
			let data20 = data["trust-policy"];
			if (typeof data20 === "string") {
				if (func2(data20) > 4096) {
					const err69 = {
						instancePath: instancePath + "/trust-policy",
						schemaPath: "#/$defs/Path/maxLength",
						keyword: "maxLength",
						params: { limit: 4096 },
						message: "must NOT have more than 4096 characters",
						schema: 4096,
						parentSchema: schema40,
						data: data20
					};
					if (vErrors === null) vErrors = [err69];
					else vErrors.push(err69);
					errors++;
				}
				if (func2(data20) < 1) {
					const err70 = {
						instancePath: instancePath + "/trust-policy",
						schemaPath: "#/$defs/Path/minLength",
						keyword: "minLength",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 characters",
						schema: 1,
						parentSchema: schema40,
						data: data20
					};
					if (vErrors === null) vErrors = [err70];
					else vErrors.push(err70);
					errors++;
				}
			} else {
				const err71 = {
					instancePath: instancePath + "/trust-policy",
					schemaPath: "#/$defs/Path/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema40.type,
					parentSchema: schema40,
					data: data20
				};
				if (vErrors === null) vErrors = [err71];
				else vErrors.push(err71);
				errors++;
			}
		}
		if (data.paths !== void 0) {
			let data21 = data.paths;
			if (Array.isArray(data21)) {
				if (data21.length > 1e3) {
					const err72 = {
						instancePath: instancePath + "/paths",
						schemaPath: "#/properties/paths/maxItems",
						keyword: "maxItems",
						params: { limit: 1e3 },
						message: "must NOT have more than 1000 items",
						schema: 1e3,
						parentSchema: schema31.properties.paths,
						data: data21
					};
					if (vErrors === null) vErrors = [err72];
					else vErrors.push(err72);
					errors++;
				}
				if (data21.length < 1) {
					const err73 = {
						instancePath: instancePath + "/paths",
						schemaPath: "#/properties/paths/minItems",
						keyword: "minItems",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 items",
						schema: 1,
						parentSchema: schema31.properties.paths,
						data: data21
					};
					if (vErrors === null) vErrors = [err73];
					else vErrors.push(err73);
					errors++;
				}
				const len1 = data21.length;
				for (let i1 = 0; i1 < len1; i1++) {
					let data22 = data21[i1];
					if (typeof data22 === "string") {
						if (func2(data22) > 4096) {
							const err74 = {
								instancePath: instancePath + "/paths/" + i1,
								schemaPath: "#/$defs/Path/maxLength",
								keyword: "maxLength",
								params: { limit: 4096 },
								message: "must NOT have more than 4096 characters",
								schema: 4096,
								parentSchema: schema40,
								data: data22
							};
							if (vErrors === null) vErrors = [err74];
							else vErrors.push(err74);
							errors++;
						}
						if (func2(data22) < 1) {
							const err75 = {
								instancePath: instancePath + "/paths/" + i1,
								schemaPath: "#/$defs/Path/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema40,
								data: data22
							};
							if (vErrors === null) vErrors = [err75];
							else vErrors.push(err75);
							errors++;
						}
					} else {
						const err76 = {
							instancePath: instancePath + "/paths/" + i1,
							schemaPath: "#/$defs/Path/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema40.type,
							parentSchema: schema40,
							data: data22
						};
						if (vErrors === null) vErrors = [err76];
						else vErrors.push(err76);
						errors++;
					}
				}
			} else {
				const err77 = {
					instancePath: instancePath + "/paths",
					schemaPath: "#/properties/paths/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.paths.type,
					parentSchema: schema31.properties.paths,
					data: data21
				};
				if (vErrors === null) vErrors = [err77];
				else vErrors.push(err77);
				errors++;
			}
		}
		if (data.ignore !== void 0) {
			let data23 = data.ignore;
			if (Array.isArray(data23)) {
				if (data23.length > 200) {
					const err78 = {
						instancePath: instancePath + "/ignore",
						schemaPath: "#/properties/ignore/maxItems",
						keyword: "maxItems",
						params: { limit: 200 },
						message: "must NOT have more than 200 items",
						schema: 200,
						parentSchema: schema31.properties.ignore,
						data: data23
					};
					if (vErrors === null) vErrors = [err78];
					else vErrors.push(err78);
					errors++;
				}
				const len2 = data23.length;
				for (let i2 = 0; i2 < len2; i2++) {
					let data24 = data23[i2];
					if (typeof data24 === "string") {
						if (func2(data24) > 256) {
							const err79 = {
								instancePath: instancePath + "/ignore/" + i2,
								schemaPath: "#/properties/ignore/items/maxLength",
								keyword: "maxLength",
								params: { limit: 256 },
								message: "must NOT have more than 256 characters",
								schema: 256,
								parentSchema: schema31.properties.ignore.items,
								data: data24
							};
							if (vErrors === null) vErrors = [err79];
							else vErrors.push(err79);
							errors++;
						}
						if (func2(data24) < 1) {
							const err80 = {
								instancePath: instancePath + "/ignore/" + i2,
								schemaPath: "#/properties/ignore/items/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema31.properties.ignore.items,
								data: data24
							};
							if (vErrors === null) vErrors = [err80];
							else vErrors.push(err80);
							errors++;
						}
					} else {
						const err81 = {
							instancePath: instancePath + "/ignore/" + i2,
							schemaPath: "#/properties/ignore/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema31.properties.ignore.items.type,
							parentSchema: schema31.properties.ignore.items,
							data: data24
						};
						if (vErrors === null) vErrors = [err81];
						else vErrors.push(err81);
						errors++;
					}
				}
			} else {
				const err82 = {
					instancePath: instancePath + "/ignore",
					schemaPath: "#/properties/ignore/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.ignore.type,
					parentSchema: schema31.properties.ignore,
					data: data23
				};
				if (vErrors === null) vErrors = [err82];
				else vErrors.push(err82);
				errors++;
			}
		}
	} else {
		const err83 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema31.type,
			parentSchema: schema31,
			data
		};
		if (vErrors === null) vErrors = [err83];
		else vErrors.push(err83);
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
module.exports.schemaDigest = "abb2a626bc354e9482ac0f1cd68c0b75ff9019681424106f008ccf7d416c5d3d";
