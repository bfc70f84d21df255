"use strict";
const require_formats$1 = require("./shared-7d2e0bb5.cjs");
// dist/validators/report-subject.cjs
module.exports = validate20;
module.exports.default = validate20;
const schema46 = {
	"title": "Subject",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"id",
		"file",
		"documentIndex",
		"kind",
		"name",
		"score",
		"grade",
		"uncappedGrade",
		"cappedBy",
		"criticalFailures",
		"level",
		"evidenceCoverage",
		"assurance",
		"linkedCoverage",
		"verifiedCoverage",
		"areas",
		"controls",
		"schemaErrors"
	],
	"properties": {
		"id": {
			"type": "string",
			"pattern": "#(0|[1-9][0-9]*)$"
		},
		"file": { "type": "string" },
		"documentIndex": {
			"type": "integer",
			"minimum": 0
		},
		"kind": { "$ref": "#/$defs/DocumentKind" },
		"name": { "type": "string" },
		"score": {
			"type": ["number", "null"],
			"minimum": 0,
			"maximum": 100
		},
		"grade": { "type": "string" },
		"uncappedGrade": { "type": "string" },
		"gradeLimitedBy": { "type": "string" },
		"levelLimitedBy": { "type": "string" },
		"cappedBy": {
			"type": "array",
			"items": { "type": "string" }
		},
		"criticalFailures": {
			"type": "array",
			"items": { "type": "string" }
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
		"assurance": { "$ref": "#/$defs/Assurance" },
		"declaredAssurance": { "type": "string" },
		"linkedCoverage": {
			"type": ["number", "null"],
			"minimum": 0,
			"maximum": 1
		},
		"verifiedCoverage": {
			"type": ["number", "null"],
			"minimum": 0,
			"maximum": 1
		},
		"areas": {
			"type": "array",
			"items": { "$ref": "#/$defs/SubjectArea" }
		},
		"controls": {
			"type": "array",
			"items": { "$ref": "#/$defs/SubjectControl" }
		},
		"schemaErrors": {
			"type": "integer",
			"minimum": 0
		},
		"timeline": { "$ref": "#/$defs/Timeline" },
		"observedRollouts": {
			"type": "array",
			"items": { "$ref": "#/$defs/ObservedRollout" }
		}
	}
};
const schema42 = {
	"title": "DocumentKind",
	"enum": ["VendorManifest", "DeploymentConfig"]
};
const schema48 = { "enum": [
	"declared",
	"linked",
	"verified",
	"observed",
	"independently_verified",
	"contradicted"
] };
const schema49 = {
	"title": "SubjectArea",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"id",
		"score",
		"weight",
		"applicableWeight"
	],
	"properties": {
		"id": { "type": "string" },
		"score": {
			"type": ["number", "null"],
			"minimum": 0,
			"maximum": 100
		},
		"weight": {
			"type": "number",
			"minimum": 0
		},
		"applicableWeight": {
			"type": "number",
			"minimum": 0
		}
	}
};
const schema69 = {
	"title": "ObservedRollout",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"artifact",
		"release",
		"channel",
		"emergency",
		"rings"
	],
	"properties": {
		"artifact": { "type": "string" },
		"release": { "type": "string" },
		"channel": { "type": "string" },
		"emergency": { "type": "boolean" },
		"rings": {
			"type": "array",
			"items": {
				"type": "object",
				"additionalProperties": false,
				"required": [
					"name",
					"start",
					"pct"
				],
				"properties": {
					"name": { "type": "string" },
					"start": {
						"type": "string",
						"format": "date-time"
					},
					"end": {
						"type": "string",
						"format": "date-time"
					},
					"pct": {
						"type": ["number", "null"],
						"minimum": 0,
						"maximum": 100
					},
					"declaredPct": { "const": true }
				}
			}
		},
		"halted": {
			"type": "string",
			"format": "date-time"
		},
		"rolledBack": {
			"type": "string",
			"format": "date-time"
		}
	}
};
const func1 = Object.prototype.hasOwnProperty;
const pattern10 = new RegExp("#(0|[1-9][0-9]*)$", "u");
const schema50 = {
	"title": "SubjectControl",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"id",
		"status",
		"score",
		"counts",
		"pointsLost",
		"findings",
		"linkedEvidence",
		"assurance",
		"evidence"
	],
	"properties": {
		"id": { "type": "string" },
		"status": { "$ref": "#/$defs/ControlStatus" },
		"score": {
			"type": ["number", "null"],
			"minimum": 0,
			"maximum": 1
		},
		"counts": { "$ref": "#/$defs/InstanceCounts" },
		"pointsLost": {
			"type": "number",
			"minimum": 0,
			"maximum": 100
		},
		"findings": {
			"type": "array",
			"maxItems": 100,
			"items": { "$ref": "#/$defs/Finding" }
		},
		"linkedEvidence": {
			"type": "array",
			"items": { "type": "string" }
		},
		"declared": {
			"type": "array",
			"maxItems": 20,
			"items": {
				"type": "object",
				"additionalProperties": false,
				"required": ["pointer", "value"],
				"properties": {
					"pointer": { "type": "string" },
					"value": { "anyOf": [
						{ "type": "string" },
						{ "type": "number" },
						{ "type": "boolean" },
						{ "type": "null" }
					] }
				}
			}
		},
		"declaredOmitted": {
			"type": "integer",
			"minimum": 1
		},
		"assurance": { "oneOf": [{ "$ref": "#/$defs/Assurance" }, { "type": "null" }] },
		"evidence": {
			"type": "array",
			"items": { "$ref": "#/$defs/ControlEvidence" }
		},
		"evidenceOmitted": {
			"type": "integer",
			"minimum": 1
		},
		"observations": {
			"type": "array",
			"maxItems": 100,
			"items": { "$ref": "#/$defs/ControlObservation" }
		},
		"statements": {
			"type": "array",
			"maxItems": 100,
			"items": { "$ref": "#/$defs/ControlStatement" }
		},
		"findingsOmitted": {
			"type": "object",
			"additionalProperties": false,
			"required": ["count", "waived"],
			"properties": {
				"count": {
					"type": "integer",
					"minimum": 1
				},
				"waived": {
					"type": "integer",
					"minimum": 0
				}
			}
		}
	}
};
const schema51 = {
	"title": "ControlStatus",
	"enum": [
		"pass",
		"fail",
		"missing_evidence",
		"error",
		"not_applicable"
	]
};
const schema52 = {
	"title": "InstanceCounts",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"pass",
		"fail",
		"missing_evidence",
		"not_applicable",
		"error"
	],
	"properties": {
		"pass": {
			"type": "integer",
			"minimum": 0
		},
		"fail": {
			"type": "integer",
			"minimum": 0
		},
		"missing_evidence": {
			"type": "integer",
			"minimum": 0
		},
		"not_applicable": {
			"type": "integer",
			"minimum": 0
		},
		"error": {
			"type": "integer",
			"minimum": 0
		}
	}
};
const schema62 = {
	"title": "ControlObservation",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"claim",
		"result",
		"observed",
		"artifact",
		"basis"
	],
	"properties": {
		"claim": { "type": "string" },
		"result": { "enum": ["observed", "contradicted"] },
		"observed": { "type": "string" },
		"artifact": {
			"type": "object",
			"additionalProperties": false,
			"required": [
				"kind",
				"title",
				"file",
				"line",
				"column"
			],
			"properties": {
				"kind": { "type": "string" },
				"title": { "type": "string" },
				"file": { "type": "string" },
				"line": {
					"type": "integer",
					"minimum": 1
				},
				"column": {
					"type": "integer",
					"minimum": 1
				}
			}
		},
		"basis": { "enum": [
			"pinned",
			"signed",
			"given",
			"unpinned"
		] },
		"signer": { "type": "string" }
	}
};
const schema53 = {
	"title": "Finding",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"status",
		"message",
		"location",
		"fingerprint"
	],
	"properties": {
		"status": { "enum": [
			"fail",
			"missing_evidence",
			"error"
		] },
		"message": { "type": "string" },
		"location": { "$ref": "#/$defs/SourceLocation" },
		"excerpt": { "$ref": "#/$defs/Excerpt" },
		"fingerprint": {
			"type": "string",
			"pattern": "^[0-9a-f]{64}$"
		},
		"related": {
			"type": "array",
			"maxItems": 20,
			"items": { "$ref": "#/$defs/RelatedLocation" }
		},
		"waiver": { "$ref": "#/$defs/FindingWaiver" },
		"baselineState": { "enum": ["new", "unchanged"] }
	}
};
const schema56 = {
	"title": "Excerpt",
	"type": "object",
	"additionalProperties": false,
	"required": ["startLine", "lines"],
	"properties": {
		"startLine": {
			"type": "integer",
			"minimum": 1
		},
		"lines": {
			"type": "array",
			"items": { "type": "string" }
		}
	}
};
const schema58 = {
	"title": "FindingWaiver",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"file",
		"line",
		"reason",
		"owner",
		"expires"
	],
	"properties": {
		"file": { "type": "string" },
		"line": {
			"type": "integer",
			"minimum": 1
		},
		"reason": { "type": "string" },
		"owner": { "type": "string" },
		"ticket": { "type": "string" },
		"expires": {
			"type": "string",
			"format": "date"
		}
	}
};
const schema54 = {
	"title": "SourceLocation",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"file",
		"documentIndex",
		"pointer",
		"region"
	],
	"properties": {
		"file": { "type": "string" },
		"documentIndex": {
			"type": "integer",
			"minimum": 0
		},
		"pointer": {
			"type": "string",
			"pattern": "^(/([^~/]|~[01])*)*$"
		},
		"region": { "$ref": "#/$defs/Range" }
	}
};
const schema55 = {
	"title": "Range",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"startLine",
		"startColumn",
		"endLine",
		"endColumn"
	],
	"properties": {
		"startLine": {
			"type": "integer",
			"minimum": 1
		},
		"startColumn": {
			"type": "integer",
			"minimum": 1
		},
		"endLine": {
			"type": "integer",
			"minimum": 1
		},
		"endColumn": {
			"type": "integer",
			"minimum": 1
		}
	}
};
const pattern11 = new RegExp("^(/([^~/]|~[01])*)*$", "u");
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate31.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.file === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "file" },
				message: "must have required property 'file'",
				schema: schema54.required,
				parentSchema: schema54,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.documentIndex === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "documentIndex" },
				message: "must have required property 'documentIndex'",
				schema: schema54.required,
				parentSchema: schema54,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.pointer === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "pointer" },
				message: "must have required property 'pointer'",
				schema: schema54.required,
				parentSchema: schema54,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.region === void 0) {
			const err3 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "region" },
				message: "must have required property 'region'",
				schema: schema54.required,
				parentSchema: schema54,
				data
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "file" || key0 === "documentIndex" || key0 === "pointer" || key0 === "region")) {
			const err4 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema54,
				data
			};
			if (vErrors === null) vErrors = [err4];
			else vErrors.push(err4);
			errors++;
		}
		if (data.file !== void 0) {
			let data0 = data.file;
			if (typeof data0 !== "string") {
				const err5 = {
					instancePath: instancePath + "/file",
					schemaPath: "#/properties/file/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema54.properties.file.type,
					parentSchema: schema54.properties.file,
					data: data0
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.documentIndex !== void 0) {
			let data1 = data.documentIndex;
			if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
				const err6 = {
					instancePath: instancePath + "/documentIndex",
					schemaPath: "#/properties/documentIndex/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema54.properties.documentIndex.type,
					parentSchema: schema54.properties.documentIndex,
					data: data1
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
			if (typeof data1 == "number" && isFinite(data1)) {
				if (data1 < 0 || isNaN(data1)) {
					const err7 = {
						instancePath: instancePath + "/documentIndex",
						schemaPath: "#/properties/documentIndex/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema54.properties.documentIndex,
						data: data1
					};
					if (vErrors === null) vErrors = [err7];
					else vErrors.push(err7);
					errors++;
				}
			}
		}
		if (data.pointer !== void 0) {
			let data2 = data.pointer;
			if (typeof data2 === "string") {
				if (!pattern11.test(data2)) {
					const err8 = {
						instancePath: instancePath + "/pointer",
						schemaPath: "#/properties/pointer/pattern",
						keyword: "pattern",
						params: { pattern: "^(/([^~/]|~[01])*)*$" },
						message: "must match pattern \"^(/([^~/]|~[01])*)*$\"",
						schema: "^(/([^~/]|~[01])*)*$",
						parentSchema: schema54.properties.pointer,
						data: data2
					};
					if (vErrors === null) vErrors = [err8];
					else vErrors.push(err8);
					errors++;
				}
			} else {
				const err9 = {
					instancePath: instancePath + "/pointer",
					schemaPath: "#/properties/pointer/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema54.properties.pointer.type,
					parentSchema: schema54.properties.pointer,
					data: data2
				};
				if (vErrors === null) vErrors = [err9];
				else vErrors.push(err9);
				errors++;
			}
		}
		if (data.region !== void 0) {
			let data3 = data.region;
			if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
				if (data3.startLine === void 0) {
					const err10 = {
						instancePath: instancePath + "/region",
						schemaPath: "#/$defs/Range/required",
						keyword: "required",
						params: { missingProperty: "startLine" },
						message: "must have required property 'startLine'",
						schema: schema55.required,
						parentSchema: schema55,
						data: data3
					};
					if (vErrors === null) vErrors = [err10];
					else vErrors.push(err10);
					errors++;
				}
				if (data3.startColumn === void 0) {
					const err11 = {
						instancePath: instancePath + "/region",
						schemaPath: "#/$defs/Range/required",
						keyword: "required",
						params: { missingProperty: "startColumn" },
						message: "must have required property 'startColumn'",
						schema: schema55.required,
						parentSchema: schema55,
						data: data3
					};
					if (vErrors === null) vErrors = [err11];
					else vErrors.push(err11);
					errors++;
				}
				if (data3.endLine === void 0) {
					const err12 = {
						instancePath: instancePath + "/region",
						schemaPath: "#/$defs/Range/required",
						keyword: "required",
						params: { missingProperty: "endLine" },
						message: "must have required property 'endLine'",
						schema: schema55.required,
						parentSchema: schema55,
						data: data3
					};
					if (vErrors === null) vErrors = [err12];
					else vErrors.push(err12);
					errors++;
				}
				if (data3.endColumn === void 0) {
					const err13 = {
						instancePath: instancePath + "/region",
						schemaPath: "#/$defs/Range/required",
						keyword: "required",
						params: { missingProperty: "endColumn" },
						message: "must have required property 'endColumn'",
						schema: schema55.required,
						parentSchema: schema55,
						data: data3
					};
					if (vErrors === null) vErrors = [err13];
					else vErrors.push(err13);
					errors++;
				}
				for (const key1 in data3) if (!(key1 === "startLine" || key1 === "startColumn" || key1 === "endLine" || key1 === "endColumn")) {
					const err14 = {
						instancePath: instancePath + "/region",
						schemaPath: "#/$defs/Range/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema55,
						data: data3
					};
					if (vErrors === null) vErrors = [err14];
					else vErrors.push(err14);
					errors++;
				}
				if (data3.startLine !== void 0) {
					let data4 = data3.startLine;
					if (!(typeof data4 == "number" && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
						const err15 = {
							instancePath: instancePath + "/region/startLine",
							schemaPath: "#/$defs/Range/properties/startLine/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema55.properties.startLine.type,
							parentSchema: schema55.properties.startLine,
							data: data4
						};
						if (vErrors === null) vErrors = [err15];
						else vErrors.push(err15);
						errors++;
					}
					if (typeof data4 == "number" && isFinite(data4)) {
						if (data4 < 1 || isNaN(data4)) {
							const err16 = {
								instancePath: instancePath + "/region/startLine",
								schemaPath: "#/$defs/Range/properties/startLine/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1",
								schema: 1,
								parentSchema: schema55.properties.startLine,
								data: data4
							};
							if (vErrors === null) vErrors = [err16];
							else vErrors.push(err16);
							errors++;
						}
					}
				}
				if (data3.startColumn !== void 0) {
					let data5 = data3.startColumn;
					if (!(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
						const err17 = {
							instancePath: instancePath + "/region/startColumn",
							schemaPath: "#/$defs/Range/properties/startColumn/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema55.properties.startColumn.type,
							parentSchema: schema55.properties.startColumn,
							data: data5
						};
						if (vErrors === null) vErrors = [err17];
						else vErrors.push(err17);
						errors++;
					}
					if (typeof data5 == "number" && isFinite(data5)) {
						if (data5 < 1 || isNaN(data5)) {
							const err18 = {
								instancePath: instancePath + "/region/startColumn",
								schemaPath: "#/$defs/Range/properties/startColumn/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1",
								schema: 1,
								parentSchema: schema55.properties.startColumn,
								data: data5
							};
							if (vErrors === null) vErrors = [err18];
							else vErrors.push(err18);
							errors++;
						}
					}
				}
				if (data3.endLine !== void 0) {
					let data6 = data3.endLine;
					if (!(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
						const err19 = {
							instancePath: instancePath + "/region/endLine",
							schemaPath: "#/$defs/Range/properties/endLine/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema55.properties.endLine.type,
							parentSchema: schema55.properties.endLine,
							data: data6
						};
						if (vErrors === null) vErrors = [err19];
						else vErrors.push(err19);
						errors++;
					}
					if (typeof data6 == "number" && isFinite(data6)) {
						if (data6 < 1 || isNaN(data6)) {
							const err20 = {
								instancePath: instancePath + "/region/endLine",
								schemaPath: "#/$defs/Range/properties/endLine/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1",
								schema: 1,
								parentSchema: schema55.properties.endLine,
								data: data6
							};
							if (vErrors === null) vErrors = [err20];
							else vErrors.push(err20);
							errors++;
						}
					}
				}
				if (data3.endColumn !== void 0) {
					let data7 = data3.endColumn;
					if (!(typeof data7 == "number" && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
						const err21 = {
							instancePath: instancePath + "/region/endColumn",
							schemaPath: "#/$defs/Range/properties/endColumn/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema55.properties.endColumn.type,
							parentSchema: schema55.properties.endColumn,
							data: data7
						};
						if (vErrors === null) vErrors = [err21];
						else vErrors.push(err21);
						errors++;
					}
					if (typeof data7 == "number" && isFinite(data7)) {
						if (data7 < 1 || isNaN(data7)) {
							const err22 = {
								instancePath: instancePath + "/region/endColumn",
								schemaPath: "#/$defs/Range/properties/endColumn/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1",
								schema: 1,
								parentSchema: schema55.properties.endColumn,
								data: data7
							};
							if (vErrors === null) vErrors = [err22];
							else vErrors.push(err22);
							errors++;
						}
					}
				}
			} else {
				const err23 = {
					instancePath: instancePath + "/region",
					schemaPath: "#/$defs/Range/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema55.type,
					parentSchema: schema55,
					data: data3
				};
				if (vErrors === null) vErrors = [err23];
				else vErrors.push(err23);
				errors++;
			}
		}
	} else {
		const err24 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema54.type,
			parentSchema: schema54,
			data
		};
		if (vErrors === null) vErrors = [err24];
		else vErrors.push(err24);
		errors++;
	}
	validate31.errors = vErrors;
	return errors === 0;
}
validate31.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const schema57 = {
	"title": "RelatedLocation",
	"type": "object",
	"additionalProperties": false,
	"required": ["message", "location"],
	"properties": {
		"message": { "type": "string" },
		"location": { "$ref": "#/$defs/SourceLocation" }
	}
};
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate33.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.message === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "message" },
				message: "must have required property 'message'",
				schema: schema57.required,
				parentSchema: schema57,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.location === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "location" },
				message: "must have required property 'location'",
				schema: schema57.required,
				parentSchema: schema57,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "message" || key0 === "location")) {
			const err2 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema57,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.message !== void 0) {
			let data0 = data.message;
			if (typeof data0 !== "string") {
				const err3 = {
					instancePath: instancePath + "/message",
					schemaPath: "#/properties/message/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema57.properties.message.type,
					parentSchema: schema57.properties.message,
					data: data0
				};
				if (vErrors === null) vErrors = [err3];
				else vErrors.push(err3);
				errors++;
			}
		}
		if (data.location !== void 0) {
			if (!validate31(data.location, {
				instancePath: instancePath + "/location",
				parentData: data,
				parentDataProperty: "location",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
				errors = vErrors.length;
			}
		}
	} else {
		const err4 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema57.type,
			parentSchema: schema57,
			data
		};
		if (vErrors === null) vErrors = [err4];
		else vErrors.push(err4);
		errors++;
	}
	validate33.errors = vErrors;
	return errors === 0;
}
validate33.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const pattern4 = new RegExp("^[0-9a-f]{64}$", "u");
const formats2 = require_formats$1.require_formats().fullFormats.date;
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate30.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.status === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "status" },
				message: "must have required property 'status'",
				schema: schema53.required,
				parentSchema: schema53,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.message === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "message" },
				message: "must have required property 'message'",
				schema: schema53.required,
				parentSchema: schema53,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.location === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "location" },
				message: "must have required property 'location'",
				schema: schema53.required,
				parentSchema: schema53,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.fingerprint === void 0) {
			const err3 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "fingerprint" },
				message: "must have required property 'fingerprint'",
				schema: schema53.required,
				parentSchema: schema53,
				data
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "status" || key0 === "message" || key0 === "location" || key0 === "excerpt" || key0 === "fingerprint" || key0 === "related" || key0 === "waiver" || key0 === "baselineState")) {
			const err4 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema53,
				data
			};
			if (vErrors === null) vErrors = [err4];
			else vErrors.push(err4);
			errors++;
		}
		if (data.status !== void 0) {
			let data0 = data.status;
			if (!(data0 === "fail" || data0 === "missing_evidence" || data0 === "error")) {
				const err5 = {
					instancePath: instancePath + "/status",
					schemaPath: "#/properties/status/enum",
					keyword: "enum",
					params: { allowedValues: schema53.properties.status.enum },
					message: "must be equal to one of the allowed values",
					schema: schema53.properties.status.enum,
					parentSchema: schema53.properties.status,
					data: data0
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.message !== void 0) {
			let data1 = data.message;
			if (typeof data1 !== "string") {
				const err6 = {
					instancePath: instancePath + "/message",
					schemaPath: "#/properties/message/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema53.properties.message.type,
					parentSchema: schema53.properties.message,
					data: data1
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
		}
		if (data.location !== void 0) {
			if (!validate31(data.location, {
				instancePath: instancePath + "/location",
				parentData: data,
				parentDataProperty: "location",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
				errors = vErrors.length;
			}
		}
		if (data.excerpt !== void 0) {
			let data3 = data.excerpt;
			if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
				if (data3.startLine === void 0) {
					const err7 = {
						instancePath: instancePath + "/excerpt",
						schemaPath: "#/$defs/Excerpt/required",
						keyword: "required",
						params: { missingProperty: "startLine" },
						message: "must have required property 'startLine'",
						schema: schema56.required,
						parentSchema: schema56,
						data: data3
					};
					if (vErrors === null) vErrors = [err7];
					else vErrors.push(err7);
					errors++;
				}
				if (data3.lines === void 0) {
					const err8 = {
						instancePath: instancePath + "/excerpt",
						schemaPath: "#/$defs/Excerpt/required",
						keyword: "required",
						params: { missingProperty: "lines" },
						message: "must have required property 'lines'",
						schema: schema56.required,
						parentSchema: schema56,
						data: data3
					};
					if (vErrors === null) vErrors = [err8];
					else vErrors.push(err8);
					errors++;
				}
				for (const key1 in data3) if (!(key1 === "startLine" || key1 === "lines")) {
					const err9 = {
						instancePath: instancePath + "/excerpt",
						schemaPath: "#/$defs/Excerpt/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema56,
						data: data3
					};
					if (vErrors === null) vErrors = [err9];
					else vErrors.push(err9);
					errors++;
				}
				if (data3.startLine !== void 0) {
					let data4 = data3.startLine;
					if (!(typeof data4 == "number" && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
						const err10 = {
							instancePath: instancePath + "/excerpt/startLine",
							schemaPath: "#/$defs/Excerpt/properties/startLine/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema56.properties.startLine.type,
							parentSchema: schema56.properties.startLine,
							data: data4
						};
						if (vErrors === null) vErrors = [err10];
						else vErrors.push(err10);
						errors++;
					}
					if (typeof data4 == "number" && isFinite(data4)) {
						if (data4 < 1 || isNaN(data4)) {
							const err11 = {
								instancePath: instancePath + "/excerpt/startLine",
								schemaPath: "#/$defs/Excerpt/properties/startLine/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1",
								schema: 1,
								parentSchema: schema56.properties.startLine,
								data: data4
							};
							if (vErrors === null) vErrors = [err11];
							else vErrors.push(err11);
							errors++;
						}
					}
				}
				if (data3.lines !== void 0) {
					let data5 = data3.lines;
					if (Array.isArray(data5)) {
						const len0 = data5.length;
						for (let i0 = 0; i0 < len0; i0++) {
							let data6 = data5[i0];
							if (typeof data6 !== "string") {
								const err12 = {
									instancePath: instancePath + "/excerpt/lines/" + i0,
									schemaPath: "#/$defs/Excerpt/properties/lines/items/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema56.properties.lines.items.type,
									parentSchema: schema56.properties.lines.items,
									data: data6
								};
								if (vErrors === null) vErrors = [err12];
								else vErrors.push(err12);
								errors++;
							}
						}
					} else {
						const err13 = {
							instancePath: instancePath + "/excerpt/lines",
							schemaPath: "#/$defs/Excerpt/properties/lines/type",
							keyword: "type",
							params: { type: "array" },
							message: "must be array",
							schema: schema56.properties.lines.type,
							parentSchema: schema56.properties.lines,
							data: data5
						};
						if (vErrors === null) vErrors = [err13];
						else vErrors.push(err13);
						errors++;
					}
				}
			} else {
				const err14 = {
					instancePath: instancePath + "/excerpt",
					schemaPath: "#/$defs/Excerpt/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema56.type,
					parentSchema: schema56,
					data: data3
				};
				if (vErrors === null) vErrors = [err14];
				else vErrors.push(err14);
				errors++;
			}
		}
		if (data.fingerprint !== void 0) {
			let data7 = data.fingerprint;
			if (typeof data7 === "string") {
				if (!pattern4.test(data7)) {
					const err15 = {
						instancePath: instancePath + "/fingerprint",
						schemaPath: "#/properties/fingerprint/pattern",
						keyword: "pattern",
						params: { pattern: "^[0-9a-f]{64}$" },
						message: "must match pattern \"^[0-9a-f]{64}$\"",
						schema: "^[0-9a-f]{64}$",
						parentSchema: schema53.properties.fingerprint,
						data: data7
					};
					if (vErrors === null) vErrors = [err15];
					else vErrors.push(err15);
					errors++;
				}
			} else {
				const err16 = {
					instancePath: instancePath + "/fingerprint",
					schemaPath: "#/properties/fingerprint/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema53.properties.fingerprint.type,
					parentSchema: schema53.properties.fingerprint,
					data: data7
				};
				if (vErrors === null) vErrors = [err16];
				else vErrors.push(err16);
				errors++;
			}
		}
		if (data.related !== void 0) {
			let data8 = data.related;
			if (Array.isArray(data8)) {
				if (data8.length > 20) {
					const err17 = {
						instancePath: instancePath + "/related",
						schemaPath: "#/properties/related/maxItems",
						keyword: "maxItems",
						params: { limit: 20 },
						message: "must NOT have more than 20 items",
						schema: 20,
						parentSchema: schema53.properties.related,
						data: data8
					};
					if (vErrors === null) vErrors = [err17];
					else vErrors.push(err17);
					errors++;
				}
				const len1 = data8.length;
				for (let i1 = 0; i1 < len1; i1++) if (!validate33(data8[i1], {
					instancePath: instancePath + "/related/" + i1,
					parentData: data8,
					parentDataProperty: i1,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
					errors = vErrors.length;
				}
			} else {
				const err18 = {
					instancePath: instancePath + "/related",
					schemaPath: "#/properties/related/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema53.properties.related.type,
					parentSchema: schema53.properties.related,
					data: data8
				};
				if (vErrors === null) vErrors = [err18];
				else vErrors.push(err18);
				errors++;
			}
		}
		if (data.waiver !== void 0) {
			let data10 = data.waiver;
			if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
				if (data10.file === void 0) {
					const err19 = {
						instancePath: instancePath + "/waiver",
						schemaPath: "#/$defs/FindingWaiver/required",
						keyword: "required",
						params: { missingProperty: "file" },
						message: "must have required property 'file'",
						schema: schema58.required,
						parentSchema: schema58,
						data: data10
					};
					if (vErrors === null) vErrors = [err19];
					else vErrors.push(err19);
					errors++;
				}
				if (data10.line === void 0) {
					const err20 = {
						instancePath: instancePath + "/waiver",
						schemaPath: "#/$defs/FindingWaiver/required",
						keyword: "required",
						params: { missingProperty: "line" },
						message: "must have required property 'line'",
						schema: schema58.required,
						parentSchema: schema58,
						data: data10
					};
					if (vErrors === null) vErrors = [err20];
					else vErrors.push(err20);
					errors++;
				}
				if (data10.reason === void 0) {
					const err21 = {
						instancePath: instancePath + "/waiver",
						schemaPath: "#/$defs/FindingWaiver/required",
						keyword: "required",
						params: { missingProperty: "reason" },
						message: "must have required property 'reason'",
						schema: schema58.required,
						parentSchema: schema58,
						data: data10
					};
					if (vErrors === null) vErrors = [err21];
					else vErrors.push(err21);
					errors++;
				}
				if (data10.owner === void 0) {
					const err22 = {
						instancePath: instancePath + "/waiver",
						schemaPath: "#/$defs/FindingWaiver/required",
						keyword: "required",
						params: { missingProperty: "owner" },
						message: "must have required property 'owner'",
						schema: schema58.required,
						parentSchema: schema58,
						data: data10
					};
					if (vErrors === null) vErrors = [err22];
					else vErrors.push(err22);
					errors++;
				}
				if (data10.expires === void 0) {
					const err23 = {
						instancePath: instancePath + "/waiver",
						schemaPath: "#/$defs/FindingWaiver/required",
						keyword: "required",
						params: { missingProperty: "expires" },
						message: "must have required property 'expires'",
						schema: schema58.required,
						parentSchema: schema58,
						data: data10
					};
					if (vErrors === null) vErrors = [err23];
					else vErrors.push(err23);
					errors++;
				}
				for (const key2 in data10) if (!(key2 === "file" || key2 === "line" || key2 === "reason" || key2 === "owner" || key2 === "ticket" || key2 === "expires")) {
					const err24 = {
						instancePath: instancePath + "/waiver",
						schemaPath: "#/$defs/FindingWaiver/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key2 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema58,
						data: data10
					};
					if (vErrors === null) vErrors = [err24];
					else vErrors.push(err24);
					errors++;
				}
				if (data10.file !== void 0) {
					let data11 = data10.file;
					if (typeof data11 !== "string") {
						const err25 = {
							instancePath: instancePath + "/waiver/file",
							schemaPath: "#/$defs/FindingWaiver/properties/file/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema58.properties.file.type,
							parentSchema: schema58.properties.file,
							data: data11
						};
						if (vErrors === null) vErrors = [err25];
						else vErrors.push(err25);
						errors++;
					}
				}
				if (data10.line !== void 0) {
					let data12 = data10.line;
					if (!(typeof data12 == "number" && !(data12 % 1) && !isNaN(data12) && isFinite(data12))) {
						const err26 = {
							instancePath: instancePath + "/waiver/line",
							schemaPath: "#/$defs/FindingWaiver/properties/line/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema58.properties.line.type,
							parentSchema: schema58.properties.line,
							data: data12
						};
						if (vErrors === null) vErrors = [err26];
						else vErrors.push(err26);
						errors++;
					}
					if (typeof data12 == "number" && isFinite(data12)) {
						if (data12 < 1 || isNaN(data12)) {
							const err27 = {
								instancePath: instancePath + "/waiver/line",
								schemaPath: "#/$defs/FindingWaiver/properties/line/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1",
								schema: 1,
								parentSchema: schema58.properties.line,
								data: data12
							};
							if (vErrors === null) vErrors = [err27];
							else vErrors.push(err27);
							errors++;
						}
					}
				}
				if (data10.reason !== void 0) {
					let data13 = data10.reason;
					if (typeof data13 !== "string") {
						const err28 = {
							instancePath: instancePath + "/waiver/reason",
							schemaPath: "#/$defs/FindingWaiver/properties/reason/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema58.properties.reason.type,
							parentSchema: schema58.properties.reason,
							data: data13
						};
						if (vErrors === null) vErrors = [err28];
						else vErrors.push(err28);
						errors++;
					}
				}
				if (data10.owner !== void 0) {
					let data14 = data10.owner;
					if (typeof data14 !== "string") {
						const err29 = {
							instancePath: instancePath + "/waiver/owner",
							schemaPath: "#/$defs/FindingWaiver/properties/owner/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema58.properties.owner.type,
							parentSchema: schema58.properties.owner,
							data: data14
						};
						if (vErrors === null) vErrors = [err29];
						else vErrors.push(err29);
						errors++;
					}
				}
				if (data10.ticket !== void 0) {
					let data15 = data10.ticket;
					if (typeof data15 !== "string") {
						const err30 = {
							instancePath: instancePath + "/waiver/ticket",
							schemaPath: "#/$defs/FindingWaiver/properties/ticket/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema58.properties.ticket.type,
							parentSchema: schema58.properties.ticket,
							data: data15
						};
						if (vErrors === null) vErrors = [err30];
						else vErrors.push(err30);
						errors++;
					}
				}
				if (data10.expires !== void 0) {
					let data16 = data10.expires;
					if (typeof data16 === "string") {
						if (!formats2.validate(data16)) {
							const err31 = {
								instancePath: instancePath + "/waiver/expires",
								schemaPath: "#/$defs/FindingWaiver/properties/expires/format",
								keyword: "format",
								params: { format: "date" },
								message: "must match format \"date\"",
								schema: "date",
								parentSchema: schema58.properties.expires,
								data: data16
							};
							if (vErrors === null) vErrors = [err31];
							else vErrors.push(err31);
							errors++;
						}
					} else {
						const err32 = {
							instancePath: instancePath + "/waiver/expires",
							schemaPath: "#/$defs/FindingWaiver/properties/expires/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema58.properties.expires.type,
							parentSchema: schema58.properties.expires,
							data: data16
						};
						if (vErrors === null) vErrors = [err32];
						else vErrors.push(err32);
						errors++;
					}
				}
			} else {
				const err33 = {
					instancePath: instancePath + "/waiver",
					schemaPath: "#/$defs/FindingWaiver/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema58.type,
					parentSchema: schema58,
					data: data10
				};
				if (vErrors === null) vErrors = [err33];
				else vErrors.push(err33);
				errors++;
			}
		}
		if (data.baselineState !== void 0) {
			let data17 = data.baselineState;
			if (!(data17 === "new" || data17 === "unchanged")) {
				const err34 = {
					instancePath: instancePath + "/baselineState",
					schemaPath: "#/properties/baselineState/enum",
					keyword: "enum",
					params: { allowedValues: schema53.properties.baselineState.enum },
					message: "must be equal to one of the allowed values",
					schema: schema53.properties.baselineState.enum,
					parentSchema: schema53.properties.baselineState,
					data: data17
				};
				if (vErrors === null) vErrors = [err34];
				else vErrors.push(err34);
				errors++;
			}
		}
	} else {
		const err35 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema53.type,
			parentSchema: schema53,
			data
		};
		if (vErrors === null) vErrors = [err35];
		else vErrors.push(err35);
		errors++;
	}
	validate30.errors = vErrors;
	return errors === 0;
}
validate30.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const schema60 = {
	"type": "object",
	"additionalProperties": false,
	"required": ["claim", "level"],
	"properties": {
		"claim": { "type": "string" },
		"url": { "type": "string" },
		"sha256": { "type": "string" },
		"level": { "$ref": "#/$defs/Assurance" },
		"file": { "type": "string" }
	}
};
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate37.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.claim === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "claim" },
				message: "must have required property 'claim'",
				schema: schema60.required,
				parentSchema: schema60,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.level === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "level" },
				message: "must have required property 'level'",
				schema: schema60.required,
				parentSchema: schema60,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "claim" || key0 === "url" || key0 === "sha256" || key0 === "level" || key0 === "file")) {
			const err2 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema60,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.claim !== void 0) {
			let data0 = data.claim;
			if (typeof data0 !== "string") {
				const err3 = {
					instancePath: instancePath + "/claim",
					schemaPath: "#/properties/claim/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema60.properties.claim.type,
					parentSchema: schema60.properties.claim,
					data: data0
				};
				if (vErrors === null) vErrors = [err3];
				else vErrors.push(err3);
				errors++;
			}
		}
		if (data.url !== void 0) {
			let data1 = data.url;
			if (typeof data1 !== "string") {
				const err4 = {
					instancePath: instancePath + "/url",
					schemaPath: "#/properties/url/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema60.properties.url.type,
					parentSchema: schema60.properties.url,
					data: data1
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
		}
		if (data.sha256 !== void 0) {
			let data2 = data.sha256;
			if (typeof data2 !== "string") {
				const err5 = {
					instancePath: instancePath + "/sha256",
					schemaPath: "#/properties/sha256/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema60.properties.sha256.type,
					parentSchema: schema60.properties.sha256,
					data: data2
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.level !== void 0) {
			let data3 = data.level;
			if (!(data3 === "declared" || data3 === "linked" || data3 === "verified" || data3 === "observed" || data3 === "independently_verified" || data3 === "contradicted")) {
				const err6 = {
					instancePath: instancePath + "/level",
					schemaPath: "#/$defs/Assurance/enum",
					keyword: "enum",
					params: { allowedValues: schema48.enum },
					message: "must be equal to one of the allowed values",
					schema: schema48.enum,
					parentSchema: schema48,
					data: data3
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
		}
		if (data.file !== void 0) {
			let data4 = data.file;
			if (typeof data4 !== "string") {
				const err7 = {
					instancePath: instancePath + "/file",
					schemaPath: "#/properties/file/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema60.properties.file.type,
					parentSchema: schema60.properties.file,
					data: data4
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
			schema: schema60.type,
			parentSchema: schema60,
			data
		};
		if (vErrors === null) vErrors = [err8];
		else vErrors.push(err8);
		errors++;
	}
	validate37.errors = vErrors;
	return errors === 0;
}
validate37.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const schema63 = {
	"title": "ControlStatement",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"claim",
		"result",
		"level",
		"file",
		"signedBy",
		"verifier",
		"checkedOn"
	],
	"properties": {
		"claim": { "type": "string" },
		"result": { "enum": ["verified", "contradicted"] },
		"level": { "$ref": "#/$defs/Assurance" },
		"file": { "type": "string" },
		"signedBy": {
			"type": "object",
			"additionalProperties": false,
			"required": [
				"name",
				"party",
				"role",
				"keyid"
			],
			"properties": {
				"name": { "type": "string" },
				"party": { "type": "string" },
				"role": { "enum": [
					"vendor",
					"lab",
					"auditor"
				] },
				"keyid": { "type": "string" }
			}
		},
		"verifier": { "type": "string" },
		"checkedOn": { "type": "string" },
		"found": { "type": "string" }
	}
};
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate39.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.claim === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "claim" },
				message: "must have required property 'claim'",
				schema: schema63.required,
				parentSchema: schema63,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.result === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "result" },
				message: "must have required property 'result'",
				schema: schema63.required,
				parentSchema: schema63,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.level === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "level" },
				message: "must have required property 'level'",
				schema: schema63.required,
				parentSchema: schema63,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.file === void 0) {
			const err3 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "file" },
				message: "must have required property 'file'",
				schema: schema63.required,
				parentSchema: schema63,
				data
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		if (data.signedBy === void 0) {
			const err4 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "signedBy" },
				message: "must have required property 'signedBy'",
				schema: schema63.required,
				parentSchema: schema63,
				data
			};
			if (vErrors === null) vErrors = [err4];
			else vErrors.push(err4);
			errors++;
		}
		if (data.verifier === void 0) {
			const err5 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "verifier" },
				message: "must have required property 'verifier'",
				schema: schema63.required,
				parentSchema: schema63,
				data
			};
			if (vErrors === null) vErrors = [err5];
			else vErrors.push(err5);
			errors++;
		}
		if (data.checkedOn === void 0) {
			const err6 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "checkedOn" },
				message: "must have required property 'checkedOn'",
				schema: schema63.required,
				parentSchema: schema63,
				data
			};
			if (vErrors === null) vErrors = [err6];
			else vErrors.push(err6);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "claim" || key0 === "result" || key0 === "level" || key0 === "file" || key0 === "signedBy" || key0 === "verifier" || key0 === "checkedOn" || key0 === "found")) {
			const err7 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema63,
				data
			};
			if (vErrors === null) vErrors = [err7];
			else vErrors.push(err7);
			errors++;
		}
		if (data.claim !== void 0) {
			let data0 = data.claim;
			if (typeof data0 !== "string") {
				const err8 = {
					instancePath: instancePath + "/claim",
					schemaPath: "#/properties/claim/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema63.properties.claim.type,
					parentSchema: schema63.properties.claim,
					data: data0
				};
				if (vErrors === null) vErrors = [err8];
				else vErrors.push(err8);
				errors++;
			}
		}
		if (data.result !== void 0) {
			let data1 = data.result;
			if (!(data1 === "verified" || data1 === "contradicted")) {
				const err9 = {
					instancePath: instancePath + "/result",
					schemaPath: "#/properties/result/enum",
					keyword: "enum",
					params: { allowedValues: schema63.properties.result.enum },
					message: "must be equal to one of the allowed values",
					schema: schema63.properties.result.enum,
					parentSchema: schema63.properties.result,
					data: data1
				};
				if (vErrors === null) vErrors = [err9];
				else vErrors.push(err9);
				errors++;
			}
		}
		if (data.level !== void 0) {
			let data2 = data.level;
			if (!(data2 === "declared" || data2 === "linked" || data2 === "verified" || data2 === "observed" || data2 === "independently_verified" || data2 === "contradicted")) {
				const err10 = {
					instancePath: instancePath + "/level",
					schemaPath: "#/$defs/Assurance/enum",
					keyword: "enum",
					params: { allowedValues: schema48.enum },
					message: "must be equal to one of the allowed values",
					schema: schema48.enum,
					parentSchema: schema48,
					data: data2
				};
				if (vErrors === null) vErrors = [err10];
				else vErrors.push(err10);
				errors++;
			}
		}
		if (data.file !== void 0) {
			let data3 = data.file;
			if (typeof data3 !== "string") {
				const err11 = {
					instancePath: instancePath + "/file",
					schemaPath: "#/properties/file/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema63.properties.file.type,
					parentSchema: schema63.properties.file,
					data: data3
				};
				if (vErrors === null) vErrors = [err11];
				else vErrors.push(err11);
				errors++;
			}
		}
		if (data.signedBy !== void 0) {
			let data4 = data.signedBy;
			if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
				if (data4.name === void 0) {
					const err12 = {
						instancePath: instancePath + "/signedBy",
						schemaPath: "#/properties/signedBy/required",
						keyword: "required",
						params: { missingProperty: "name" },
						message: "must have required property 'name'",
						schema: schema63.properties.signedBy.required,
						parentSchema: schema63.properties.signedBy,
						data: data4
					};
					if (vErrors === null) vErrors = [err12];
					else vErrors.push(err12);
					errors++;
				}
				if (data4.party === void 0) {
					const err13 = {
						instancePath: instancePath + "/signedBy",
						schemaPath: "#/properties/signedBy/required",
						keyword: "required",
						params: { missingProperty: "party" },
						message: "must have required property 'party'",
						schema: schema63.properties.signedBy.required,
						parentSchema: schema63.properties.signedBy,
						data: data4
					};
					if (vErrors === null) vErrors = [err13];
					else vErrors.push(err13);
					errors++;
				}
				if (data4.role === void 0) {
					const err14 = {
						instancePath: instancePath + "/signedBy",
						schemaPath: "#/properties/signedBy/required",
						keyword: "required",
						params: { missingProperty: "role" },
						message: "must have required property 'role'",
						schema: schema63.properties.signedBy.required,
						parentSchema: schema63.properties.signedBy,
						data: data4
					};
					if (vErrors === null) vErrors = [err14];
					else vErrors.push(err14);
					errors++;
				}
				if (data4.keyid === void 0) {
					const err15 = {
						instancePath: instancePath + "/signedBy",
						schemaPath: "#/properties/signedBy/required",
						keyword: "required",
						params: { missingProperty: "keyid" },
						message: "must have required property 'keyid'",
						schema: schema63.properties.signedBy.required,
						parentSchema: schema63.properties.signedBy,
						data: data4
					};
					if (vErrors === null) vErrors = [err15];
					else vErrors.push(err15);
					errors++;
				}
				for (const key1 in data4) if (!(key1 === "name" || key1 === "party" || key1 === "role" || key1 === "keyid")) {
					const err16 = {
						instancePath: instancePath + "/signedBy",
						schemaPath: "#/properties/signedBy/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema63.properties.signedBy,
						data: data4
					};
					if (vErrors === null) vErrors = [err16];
					else vErrors.push(err16);
					errors++;
				}
				if (data4.name !== void 0) {
					let data5 = data4.name;
					if (typeof data5 !== "string") {
						const err17 = {
							instancePath: instancePath + "/signedBy/name",
							schemaPath: "#/properties/signedBy/properties/name/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema63.properties.signedBy.properties.name.type,
							parentSchema: schema63.properties.signedBy.properties.name,
							data: data5
						};
						if (vErrors === null) vErrors = [err17];
						else vErrors.push(err17);
						errors++;
					}
				}
				if (data4.party !== void 0) {
					let data6 = data4.party;
					if (typeof data6 !== "string") {
						const err18 = {
							instancePath: instancePath + "/signedBy/party",
							schemaPath: "#/properties/signedBy/properties/party/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema63.properties.signedBy.properties.party.type,
							parentSchema: schema63.properties.signedBy.properties.party,
							data: data6
						};
						if (vErrors === null) vErrors = [err18];
						else vErrors.push(err18);
						errors++;
					}
				}
				if (data4.role !== void 0) {
					let data7 = data4.role;
					if (!(data7 === "vendor" || data7 === "lab" || data7 === "auditor")) {
						const err19 = {
							instancePath: instancePath + "/signedBy/role",
							schemaPath: "#/properties/signedBy/properties/role/enum",
							keyword: "enum",
							params: { allowedValues: schema63.properties.signedBy.properties.role.enum },
							message: "must be equal to one of the allowed values",
							schema: schema63.properties.signedBy.properties.role.enum,
							parentSchema: schema63.properties.signedBy.properties.role,
							data: data7
						};
						if (vErrors === null) vErrors = [err19];
						else vErrors.push(err19);
						errors++;
					}
				}
				if (data4.keyid !== void 0) {
					let data8 = data4.keyid;
					if (typeof data8 !== "string") {
						const err20 = {
							instancePath: instancePath + "/signedBy/keyid",
							schemaPath: "#/properties/signedBy/properties/keyid/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema63.properties.signedBy.properties.keyid.type,
							parentSchema: schema63.properties.signedBy.properties.keyid,
							data: data8
						};
						if (vErrors === null) vErrors = [err20];
						else vErrors.push(err20);
						errors++;
					}
				}
			} else {
				const err21 = {
					instancePath: instancePath + "/signedBy",
					schemaPath: "#/properties/signedBy/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema63.properties.signedBy.type,
					parentSchema: schema63.properties.signedBy,
					data: data4
				};
				if (vErrors === null) vErrors = [err21];
				else vErrors.push(err21);
				errors++;
			}
		}
		if (data.verifier !== void 0) {
			let data9 = data.verifier;
			if (typeof data9 !== "string") {
				const err22 = {
					instancePath: instancePath + "/verifier",
					schemaPath: "#/properties/verifier/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema63.properties.verifier.type,
					parentSchema: schema63.properties.verifier,
					data: data9
				};
				if (vErrors === null) vErrors = [err22];
				else vErrors.push(err22);
				errors++;
			}
		}
		if (data.checkedOn !== void 0) {
			let data10 = data.checkedOn;
			if (typeof data10 !== "string") {
				const err23 = {
					instancePath: instancePath + "/checkedOn",
					schemaPath: "#/properties/checkedOn/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema63.properties.checkedOn.type,
					parentSchema: schema63.properties.checkedOn,
					data: data10
				};
				if (vErrors === null) vErrors = [err23];
				else vErrors.push(err23);
				errors++;
			}
		}
		if (data.found !== void 0) {
			let data11 = data.found;
			if (typeof data11 !== "string") {
				const err24 = {
					instancePath: instancePath + "/found",
					schemaPath: "#/properties/found/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema63.properties.found.type,
					parentSchema: schema63.properties.found,
					data: data11
				};
				if (vErrors === null) vErrors = [err24];
				else vErrors.push(err24);
				errors++;
			}
		}
	} else {
		const err25 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema63.type,
			parentSchema: schema63,
			data
		};
		if (vErrors === null) vErrors = [err25];
		else vErrors.push(err25);
		errors++;
	}
	validate39.errors = vErrors;
	return errors === 0;
}
validate39.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate29.evaluated;
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
				schema: schema50.required,
				parentSchema: schema50,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.status === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "status" },
				message: "must have required property 'status'",
				schema: schema50.required,
				parentSchema: schema50,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.score === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "score" },
				message: "must have required property 'score'",
				schema: schema50.required,
				parentSchema: schema50,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.counts === void 0) {
			const err3 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "counts" },
				message: "must have required property 'counts'",
				schema: schema50.required,
				parentSchema: schema50,
				data
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		if (data.pointsLost === void 0) {
			const err4 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "pointsLost" },
				message: "must have required property 'pointsLost'",
				schema: schema50.required,
				parentSchema: schema50,
				data
			};
			if (vErrors === null) vErrors = [err4];
			else vErrors.push(err4);
			errors++;
		}
		if (data.findings === void 0) {
			const err5 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "findings" },
				message: "must have required property 'findings'",
				schema: schema50.required,
				parentSchema: schema50,
				data
			};
			if (vErrors === null) vErrors = [err5];
			else vErrors.push(err5);
			errors++;
		}
		if (data.linkedEvidence === void 0) {
			const err6 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "linkedEvidence" },
				message: "must have required property 'linkedEvidence'",
				schema: schema50.required,
				parentSchema: schema50,
				data
			};
			if (vErrors === null) vErrors = [err6];
			else vErrors.push(err6);
			errors++;
		}
		if (data.assurance === void 0) {
			const err7 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "assurance" },
				message: "must have required property 'assurance'",
				schema: schema50.required,
				parentSchema: schema50,
				data
			};
			if (vErrors === null) vErrors = [err7];
			else vErrors.push(err7);
			errors++;
		}
		if (data.evidence === void 0) {
			const err8 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "evidence" },
				message: "must have required property 'evidence'",
				schema: schema50.required,
				parentSchema: schema50,
				data
			};
			if (vErrors === null) vErrors = [err8];
			else vErrors.push(err8);
			errors++;
		}
		for (const key0 in data) if (!func1.call(schema50.properties, key0)) {
			const err9 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema50,
				data
			};
			if (vErrors === null) vErrors = [err9];
			else vErrors.push(err9);
			errors++;
		}
		if (data.id !== void 0) {
			let data0 = data.id;
			if (typeof data0 !== "string") {
				const err10 = {
					instancePath: instancePath + "/id",
					schemaPath: "#/properties/id/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema50.properties.id.type,
					parentSchema: schema50.properties.id,
					data: data0
				};
				if (vErrors === null) vErrors = [err10];
				else vErrors.push(err10);
				errors++;
			}
		}
		if (data.status !== void 0) {
			let data1 = data.status;
			if (!(data1 === "pass" || data1 === "fail" || data1 === "missing_evidence" || data1 === "error" || data1 === "not_applicable")) {
				const err11 = {
					instancePath: instancePath + "/status",
					schemaPath: "#/$defs/ControlStatus/enum",
					keyword: "enum",
					params: { allowedValues: schema51.enum },
					message: "must be equal to one of the allowed values",
					schema: schema51.enum,
					parentSchema: schema51,
					data: data1
				};
				if (vErrors === null) vErrors = [err11];
				else vErrors.push(err11);
				errors++;
			}
		}
		if (data.score !== void 0) {
			let data2 = data.score;
			if (!(typeof data2 == "number" && isFinite(data2)) && data2 !== null) {
				const err12 = {
					instancePath: instancePath + "/score",
					schemaPath: "#/properties/score/type",
					keyword: "type",
					params: { type: schema50.properties.score.type },
					message: "must be number,null",
					schema: schema50.properties.score.type,
					parentSchema: schema50.properties.score,
					data: data2
				};
				if (vErrors === null) vErrors = [err12];
				else vErrors.push(err12);
				errors++;
			}
			if (typeof data2 == "number" && isFinite(data2)) {
				if (data2 > 1 || isNaN(data2)) {
					const err13 = {
						instancePath: instancePath + "/score",
						schemaPath: "#/properties/score/maximum",
						keyword: "maximum",
						params: {
							comparison: "<=",
							limit: 1
						},
						message: "must be <= 1",
						schema: 1,
						parentSchema: schema50.properties.score,
						data: data2
					};
					if (vErrors === null) vErrors = [err13];
					else vErrors.push(err13);
					errors++;
				}
				if (data2 < 0 || isNaN(data2)) {
					const err14 = {
						instancePath: instancePath + "/score",
						schemaPath: "#/properties/score/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema50.properties.score,
						data: data2
					};
					if (vErrors === null) vErrors = [err14];
					else vErrors.push(err14);
					errors++;
				}
			}
		}
		if (data.counts !== void 0) {
			let data3 = data.counts;
			if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
				if (data3.pass === void 0) {
					const err15 = {
						instancePath: instancePath + "/counts",
						schemaPath: "#/$defs/InstanceCounts/required",
						keyword: "required",
						params: { missingProperty: "pass" },
						message: "must have required property 'pass'",
						schema: schema52.required,
						parentSchema: schema52,
						data: data3
					};
					if (vErrors === null) vErrors = [err15];
					else vErrors.push(err15);
					errors++;
				}
				if (data3.fail === void 0) {
					const err16 = {
						instancePath: instancePath + "/counts",
						schemaPath: "#/$defs/InstanceCounts/required",
						keyword: "required",
						params: { missingProperty: "fail" },
						message: "must have required property 'fail'",
						schema: schema52.required,
						parentSchema: schema52,
						data: data3
					};
					if (vErrors === null) vErrors = [err16];
					else vErrors.push(err16);
					errors++;
				}
				if (data3.missing_evidence === void 0) {
					const err17 = {
						instancePath: instancePath + "/counts",
						schemaPath: "#/$defs/InstanceCounts/required",
						keyword: "required",
						params: { missingProperty: "missing_evidence" },
						message: "must have required property 'missing_evidence'",
						schema: schema52.required,
						parentSchema: schema52,
						data: data3
					};
					if (vErrors === null) vErrors = [err17];
					else vErrors.push(err17);
					errors++;
				}
				if (data3.not_applicable === void 0) {
					const err18 = {
						instancePath: instancePath + "/counts",
						schemaPath: "#/$defs/InstanceCounts/required",
						keyword: "required",
						params: { missingProperty: "not_applicable" },
						message: "must have required property 'not_applicable'",
						schema: schema52.required,
						parentSchema: schema52,
						data: data3
					};
					if (vErrors === null) vErrors = [err18];
					else vErrors.push(err18);
					errors++;
				}
				if (data3.error === void 0) {
					const err19 = {
						instancePath: instancePath + "/counts",
						schemaPath: "#/$defs/InstanceCounts/required",
						keyword: "required",
						params: { missingProperty: "error" },
						message: "must have required property 'error'",
						schema: schema52.required,
						parentSchema: schema52,
						data: data3
					};
					if (vErrors === null) vErrors = [err19];
					else vErrors.push(err19);
					errors++;
				}
				for (const key1 in data3) if (!(key1 === "pass" || key1 === "fail" || key1 === "missing_evidence" || key1 === "not_applicable" || key1 === "error")) {
					const err20 = {
						instancePath: instancePath + "/counts",
						schemaPath: "#/$defs/InstanceCounts/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema52,
						data: data3
					};
					if (vErrors === null) vErrors = [err20];
					else vErrors.push(err20);
					errors++;
				}
				if (data3.pass !== void 0) {
					let data4 = data3.pass;
					if (!(typeof data4 == "number" && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
						const err21 = {
							instancePath: instancePath + "/counts/pass",
							schemaPath: "#/$defs/InstanceCounts/properties/pass/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema52.properties.pass.type,
							parentSchema: schema52.properties.pass,
							data: data4
						};
						if (vErrors === null) vErrors = [err21];
						else vErrors.push(err21);
						errors++;
					}
					if (typeof data4 == "number" && isFinite(data4)) {
						if (data4 < 0 || isNaN(data4)) {
							const err22 = {
								instancePath: instancePath + "/counts/pass",
								schemaPath: "#/$defs/InstanceCounts/properties/pass/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema52.properties.pass,
								data: data4
							};
							if (vErrors === null) vErrors = [err22];
							else vErrors.push(err22);
							errors++;
						}
					}
				}
				if (data3.fail !== void 0) {
					let data5 = data3.fail;
					if (!(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
						const err23 = {
							instancePath: instancePath + "/counts/fail",
							schemaPath: "#/$defs/InstanceCounts/properties/fail/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema52.properties.fail.type,
							parentSchema: schema52.properties.fail,
							data: data5
						};
						if (vErrors === null) vErrors = [err23];
						else vErrors.push(err23);
						errors++;
					}
					if (typeof data5 == "number" && isFinite(data5)) {
						if (data5 < 0 || isNaN(data5)) {
							const err24 = {
								instancePath: instancePath + "/counts/fail",
								schemaPath: "#/$defs/InstanceCounts/properties/fail/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema52.properties.fail,
								data: data5
							};
							if (vErrors === null) vErrors = [err24];
							else vErrors.push(err24);
							errors++;
						}
					}
				}
				if (data3.missing_evidence !== void 0) {
					let data6 = data3.missing_evidence;
					if (!(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
						const err25 = {
							instancePath: instancePath + "/counts/missing_evidence",
							schemaPath: "#/$defs/InstanceCounts/properties/missing_evidence/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema52.properties.missing_evidence.type,
							parentSchema: schema52.properties.missing_evidence,
							data: data6
						};
						if (vErrors === null) vErrors = [err25];
						else vErrors.push(err25);
						errors++;
					}
					if (typeof data6 == "number" && isFinite(data6)) {
						if (data6 < 0 || isNaN(data6)) {
							const err26 = {
								instancePath: instancePath + "/counts/missing_evidence",
								schemaPath: "#/$defs/InstanceCounts/properties/missing_evidence/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema52.properties.missing_evidence,
								data: data6
							};
							if (vErrors === null) vErrors = [err26];
							else vErrors.push(err26);
							errors++;
						}
					}
				}
				if (data3.not_applicable !== void 0) {
					let data7 = data3.not_applicable;
					if (!(typeof data7 == "number" && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
						const err27 = {
							instancePath: instancePath + "/counts/not_applicable",
							schemaPath: "#/$defs/InstanceCounts/properties/not_applicable/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema52.properties.not_applicable.type,
							parentSchema: schema52.properties.not_applicable,
							data: data7
						};
						if (vErrors === null) vErrors = [err27];
						else vErrors.push(err27);
						errors++;
					}
					if (typeof data7 == "number" && isFinite(data7)) {
						if (data7 < 0 || isNaN(data7)) {
							const err28 = {
								instancePath: instancePath + "/counts/not_applicable",
								schemaPath: "#/$defs/InstanceCounts/properties/not_applicable/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema52.properties.not_applicable,
								data: data7
							};
							if (vErrors === null) vErrors = [err28];
							else vErrors.push(err28);
							errors++;
						}
					}
				}
				if (data3.error !== void 0) {
					let data8 = data3.error;
					if (!(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8) && isFinite(data8))) {
						const err29 = {
							instancePath: instancePath + "/counts/error",
							schemaPath: "#/$defs/InstanceCounts/properties/error/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema52.properties.error.type,
							parentSchema: schema52.properties.error,
							data: data8
						};
						if (vErrors === null) vErrors = [err29];
						else vErrors.push(err29);
						errors++;
					}
					if (typeof data8 == "number" && isFinite(data8)) {
						if (data8 < 0 || isNaN(data8)) {
							const err30 = {
								instancePath: instancePath + "/counts/error",
								schemaPath: "#/$defs/InstanceCounts/properties/error/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema52.properties.error,
								data: data8
							};
							if (vErrors === null) vErrors = [err30];
							else vErrors.push(err30);
							errors++;
						}
					}
				}
			} else {
				const err31 = {
					instancePath: instancePath + "/counts",
					schemaPath: "#/$defs/InstanceCounts/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema52.type,
					parentSchema: schema52,
					data: data3
				};
				if (vErrors === null) vErrors = [err31];
				else vErrors.push(err31);
				errors++;
			}
		}
		if (data.pointsLost !== void 0) {
			let data9 = data.pointsLost;
			if (typeof data9 == "number" && isFinite(data9)) {
				if (data9 > 100 || isNaN(data9)) {
					const err32 = {
						instancePath: instancePath + "/pointsLost",
						schemaPath: "#/properties/pointsLost/maximum",
						keyword: "maximum",
						params: {
							comparison: "<=",
							limit: 100
						},
						message: "must be <= 100",
						schema: 100,
						parentSchema: schema50.properties.pointsLost,
						data: data9
					};
					if (vErrors === null) vErrors = [err32];
					else vErrors.push(err32);
					errors++;
				}
				if (data9 < 0 || isNaN(data9)) {
					const err33 = {
						instancePath: instancePath + "/pointsLost",
						schemaPath: "#/properties/pointsLost/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema50.properties.pointsLost,
						data: data9
					};
					if (vErrors === null) vErrors = [err33];
					else vErrors.push(err33);
					errors++;
				}
			} else {
				const err34 = {
					instancePath: instancePath + "/pointsLost",
					schemaPath: "#/properties/pointsLost/type",
					keyword: "type",
					params: { type: "number" },
					message: "must be number",
					schema: schema50.properties.pointsLost.type,
					parentSchema: schema50.properties.pointsLost,
					data: data9
				};
				if (vErrors === null) vErrors = [err34];
				else vErrors.push(err34);
				errors++;
			}
		}
		if (data.findings !== void 0) {
			let data10 = data.findings;
			if (Array.isArray(data10)) {
				if (data10.length > 100) {
					const err35 = {
						instancePath: instancePath + "/findings",
						schemaPath: "#/properties/findings/maxItems",
						keyword: "maxItems",
						params: { limit: 100 },
						message: "must NOT have more than 100 items",
						schema: 100,
						parentSchema: schema50.properties.findings,
						data: data10
					};
					if (vErrors === null) vErrors = [err35];
					else vErrors.push(err35);
					errors++;
				}
				const len0 = data10.length;
				for (let i0 = 0; i0 < len0; i0++) if (!validate30(data10[i0], {
					instancePath: instancePath + "/findings/" + i0,
					parentData: data10,
					parentDataProperty: i0,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
					errors = vErrors.length;
				}
			} else {
				const err36 = {
					instancePath: instancePath + "/findings",
					schemaPath: "#/properties/findings/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema50.properties.findings.type,
					parentSchema: schema50.properties.findings,
					data: data10
				};
				if (vErrors === null) vErrors = [err36];
				else vErrors.push(err36);
				errors++;
			}
		}
		if (data.linkedEvidence !== void 0) {
			let data12 = data.linkedEvidence;
			if (Array.isArray(data12)) {
				const len1 = data12.length;
				for (let i1 = 0; i1 < len1; i1++) {
					let data13 = data12[i1];
					if (typeof data13 !== "string") {
						const err37 = {
							instancePath: instancePath + "/linkedEvidence/" + i1,
							schemaPath: "#/properties/linkedEvidence/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema50.properties.linkedEvidence.items.type,
							parentSchema: schema50.properties.linkedEvidence.items,
							data: data13
						};
						if (vErrors === null) vErrors = [err37];
						else vErrors.push(err37);
						errors++;
					}
				}
			} else {
				const err38 = {
					instancePath: instancePath + "/linkedEvidence",
					schemaPath: "#/properties/linkedEvidence/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema50.properties.linkedEvidence.type,
					parentSchema: schema50.properties.linkedEvidence,
					data: data12
				};
				if (vErrors === null) vErrors = [err38];
				else vErrors.push(err38);
				errors++;
			}
		}
		if (data.declared !== void 0) {
			let data14 = data.declared;
			if (Array.isArray(data14)) {
				if (data14.length > 20) {
					const err39 = {
						instancePath: instancePath + "/declared",
						schemaPath: "#/properties/declared/maxItems",
						keyword: "maxItems",
						params: { limit: 20 },
						message: "must NOT have more than 20 items",
						schema: 20,
						parentSchema: schema50.properties.declared,
						data: data14
					};
					if (vErrors === null) vErrors = [err39];
					else vErrors.push(err39);
					errors++;
				}
				const len2 = data14.length;
				for (let i2 = 0; i2 < len2; i2++) {
					let data15 = data14[i2];
					if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
						if (data15.pointer === void 0) {
							const err40 = {
								instancePath: instancePath + "/declared/" + i2,
								schemaPath: "#/properties/declared/items/required",
								keyword: "required",
								params: { missingProperty: "pointer" },
								message: "must have required property 'pointer'",
								schema: schema50.properties.declared.items.required,
								parentSchema: schema50.properties.declared.items,
								data: data15
							};
							if (vErrors === null) vErrors = [err40];
							else vErrors.push(err40);
							errors++;
						}
						if (data15.value === void 0) {
							const err41 = {
								instancePath: instancePath + "/declared/" + i2,
								schemaPath: "#/properties/declared/items/required",
								keyword: "required",
								params: { missingProperty: "value" },
								message: "must have required property 'value'",
								schema: schema50.properties.declared.items.required,
								parentSchema: schema50.properties.declared.items,
								data: data15
							};
							if (vErrors === null) vErrors = [err41];
							else vErrors.push(err41);
							errors++;
						}
						for (const key2 in data15) if (!(key2 === "pointer" || key2 === "value")) {
							const err42 = {
								instancePath: instancePath + "/declared/" + i2,
								schemaPath: "#/properties/declared/items/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key2 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema50.properties.declared.items,
								data: data15
							};
							if (vErrors === null) vErrors = [err42];
							else vErrors.push(err42);
							errors++;
						}
						if (data15.pointer !== void 0) {
							let data16 = data15.pointer;
							if (typeof data16 !== "string") {
								const err43 = {
									instancePath: instancePath + "/declared/" + i2 + "/pointer",
									schemaPath: "#/properties/declared/items/properties/pointer/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema50.properties.declared.items.properties.pointer.type,
									parentSchema: schema50.properties.declared.items.properties.pointer,
									data: data16
								};
								if (vErrors === null) vErrors = [err43];
								else vErrors.push(err43);
								errors++;
							}
						}
						if (data15.value !== void 0) {
							let data17 = data15.value;
							const _errs39 = errors;
							let valid11 = false;
							const _errs40 = errors;
							if (typeof data17 !== "string") {
								const err44 = {
									instancePath: instancePath + "/declared/" + i2 + "/value",
									schemaPath: "#/properties/declared/items/properties/value/anyOf/0/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema50.properties.declared.items.properties.value.anyOf[0].type,
									parentSchema: schema50.properties.declared.items.properties.value.anyOf[0],
									data: data17
								};
								if (vErrors === null) vErrors = [err44];
								else vErrors.push(err44);
								errors++;
							}
							var _valid0 = _errs40 === errors;
							valid11 = valid11 || _valid0;
							const _errs42 = errors;
							if (!(typeof data17 == "number" && isFinite(data17))) {
								const err45 = {
									instancePath: instancePath + "/declared/" + i2 + "/value",
									schemaPath: "#/properties/declared/items/properties/value/anyOf/1/type",
									keyword: "type",
									params: { type: "number" },
									message: "must be number",
									schema: schema50.properties.declared.items.properties.value.anyOf[1].type,
									parentSchema: schema50.properties.declared.items.properties.value.anyOf[1],
									data: data17
								};
								if (vErrors === null) vErrors = [err45];
								else vErrors.push(err45);
								errors++;
							}
							var _valid0 = _errs42 === errors;
							valid11 = valid11 || _valid0;
							const _errs44 = errors;
							if (typeof data17 !== "boolean") {
								const err46 = {
									instancePath: instancePath + "/declared/" + i2 + "/value",
									schemaPath: "#/properties/declared/items/properties/value/anyOf/2/type",
									keyword: "type",
									params: { type: "boolean" },
									message: "must be boolean",
									schema: schema50.properties.declared.items.properties.value.anyOf[2].type,
									parentSchema: schema50.properties.declared.items.properties.value.anyOf[2],
									data: data17
								};
								if (vErrors === null) vErrors = [err46];
								else vErrors.push(err46);
								errors++;
							}
							var _valid0 = _errs44 === errors;
							valid11 = valid11 || _valid0;
							const _errs46 = errors;
							if (data17 !== null) {
								const err47 = {
									instancePath: instancePath + "/declared/" + i2 + "/value",
									schemaPath: "#/properties/declared/items/properties/value/anyOf/3/type",
									keyword: "type",
									params: { type: "null" },
									message: "must be null",
									schema: schema50.properties.declared.items.properties.value.anyOf[3].type,
									parentSchema: schema50.properties.declared.items.properties.value.anyOf[3],
									data: data17
								};
								if (vErrors === null) vErrors = [err47];
								else vErrors.push(err47);
								errors++;
							}
							var _valid0 = _errs46 === errors;
							valid11 = valid11 || _valid0;
							if (!valid11) {
								const err48 = {
									instancePath: instancePath + "/declared/" + i2 + "/value",
									schemaPath: "#/properties/declared/items/properties/value/anyOf",
									keyword: "anyOf",
									params: {},
									message: "must match a schema in anyOf",
									schema: schema50.properties.declared.items.properties.value.anyOf,
									parentSchema: schema50.properties.declared.items.properties.value,
									data: data17
								};
								if (vErrors === null) vErrors = [err48];
								else vErrors.push(err48);
								errors++;
							} else {
								errors = _errs39;
								if (vErrors !== null) {
									if (_errs39) vErrors.length = _errs39;
									else vErrors = null;
								}
							}
						}
					} else {
						const err49 = {
							instancePath: instancePath + "/declared/" + i2,
							schemaPath: "#/properties/declared/items/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema50.properties.declared.items.type,
							parentSchema: schema50.properties.declared.items,
							data: data15
						};
						if (vErrors === null) vErrors = [err49];
						else vErrors.push(err49);
						errors++;
					}
				}
			} else {
				const err50 = {
					instancePath: instancePath + "/declared",
					schemaPath: "#/properties/declared/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema50.properties.declared.type,
					parentSchema: schema50.properties.declared,
					data: data14
				};
				if (vErrors === null) vErrors = [err50];
				else vErrors.push(err50);
				errors++;
			}
		}
		if (data.declaredOmitted !== void 0) {
			let data18 = data.declaredOmitted;
			if (!(typeof data18 == "number" && !(data18 % 1) && !isNaN(data18) && isFinite(data18))) {
				const err51 = {
					instancePath: instancePath + "/declaredOmitted",
					schemaPath: "#/properties/declaredOmitted/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema50.properties.declaredOmitted.type,
					parentSchema: schema50.properties.declaredOmitted,
					data: data18
				};
				if (vErrors === null) vErrors = [err51];
				else vErrors.push(err51);
				errors++;
			}
			if (typeof data18 == "number" && isFinite(data18)) {
				if (data18 < 1 || isNaN(data18)) {
					const err52 = {
						instancePath: instancePath + "/declaredOmitted",
						schemaPath: "#/properties/declaredOmitted/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 1
						},
						message: "must be >= 1",
						schema: 1,
						parentSchema: schema50.properties.declaredOmitted,
						data: data18
					};
					if (vErrors === null) vErrors = [err52];
					else vErrors.push(err52);
					errors++;
				}
			}
		}
		if (data.assurance !== void 0) {
			let data19 = data.assurance;
			const _errs51 = errors;
			let valid12 = false;
			let passing0 = null;
			const _errs52 = errors;
			if (!(data19 === "declared" || data19 === "linked" || data19 === "verified" || data19 === "observed" || data19 === "independently_verified" || data19 === "contradicted")) {
				const err53 = {
					instancePath: instancePath + "/assurance",
					schemaPath: "#/$defs/Assurance/enum",
					keyword: "enum",
					params: { allowedValues: schema48.enum },
					message: "must be equal to one of the allowed values",
					schema: schema48.enum,
					parentSchema: schema48,
					data: data19
				};
				if (vErrors === null) vErrors = [err53];
				else vErrors.push(err53);
				errors++;
			}
			var _valid1 = _errs52 === errors;
			if (_valid1) {
				valid12 = true;
				passing0 = 0;
			}
			const _errs54 = errors;
			if (data19 !== null) {
				const err54 = {
					instancePath: instancePath + "/assurance",
					schemaPath: "#/properties/assurance/oneOf/1/type",
					keyword: "type",
					params: { type: "null" },
					message: "must be null",
					schema: schema50.properties.assurance.oneOf[1].type,
					parentSchema: schema50.properties.assurance.oneOf[1],
					data: data19
				};
				if (vErrors === null) vErrors = [err54];
				else vErrors.push(err54);
				errors++;
			}
			var _valid1 = _errs54 === errors;
			if (_valid1 && valid12) {
				valid12 = false;
				passing0 = [passing0, 1];
			} else if (_valid1) {
				valid12 = true;
				passing0 = 1;
			}
			if (!valid12) {
				const err55 = {
					instancePath: instancePath + "/assurance",
					schemaPath: "#/properties/assurance/oneOf",
					keyword: "oneOf",
					params: { passingSchemas: passing0 },
					message: "must match exactly one schema in oneOf",
					schema: schema50.properties.assurance.oneOf,
					parentSchema: schema50.properties.assurance,
					data: data19
				};
				if (vErrors === null) vErrors = [err55];
				else vErrors.push(err55);
				errors++;
			} else {
				errors = _errs51;
				if (vErrors !== null) {
					if (_errs51) vErrors.length = _errs51;
					else vErrors = null;
				}
			}
		}
		if (data.evidence !== void 0) {
			let data20 = data.evidence;
			if (Array.isArray(data20)) {
				const len3 = data20.length;
				for (let i3 = 0; i3 < len3; i3++) if (!validate37(data20[i3], {
					instancePath: instancePath + "/evidence/" + i3,
					parentData: data20,
					parentDataProperty: i3,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
					errors = vErrors.length;
				}
			} else {
				const err56 = {
					instancePath: instancePath + "/evidence",
					schemaPath: "#/properties/evidence/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema50.properties.evidence.type,
					parentSchema: schema50.properties.evidence,
					data: data20
				};
				if (vErrors === null) vErrors = [err56];
				else vErrors.push(err56);
				errors++;
			}
		}
		if (data.evidenceOmitted !== void 0) {
			let data22 = data.evidenceOmitted;
			if (!(typeof data22 == "number" && !(data22 % 1) && !isNaN(data22) && isFinite(data22))) {
				const err57 = {
					instancePath: instancePath + "/evidenceOmitted",
					schemaPath: "#/properties/evidenceOmitted/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema50.properties.evidenceOmitted.type,
					parentSchema: schema50.properties.evidenceOmitted,
					data: data22
				};
				if (vErrors === null) vErrors = [err57];
				else vErrors.push(err57);
				errors++;
			}
			if (typeof data22 == "number" && isFinite(data22)) {
				if (data22 < 1 || isNaN(data22)) {
					const err58 = {
						instancePath: instancePath + "/evidenceOmitted",
						schemaPath: "#/properties/evidenceOmitted/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 1
						},
						message: "must be >= 1",
						schema: 1,
						parentSchema: schema50.properties.evidenceOmitted,
						data: data22
					};
					if (vErrors === null) vErrors = [err58];
					else vErrors.push(err58);
					errors++;
				}
			}
		}
		if (data.observations !== void 0) {
			let data23 = data.observations;
			if (Array.isArray(data23)) {
				if (data23.length > 100) {
					const err59 = {
						instancePath: instancePath + "/observations",
						schemaPath: "#/properties/observations/maxItems",
						keyword: "maxItems",
						params: { limit: 100 },
						message: "must NOT have more than 100 items",
						schema: 100,
						parentSchema: schema50.properties.observations,
						data: data23
					};
					if (vErrors === null) vErrors = [err59];
					else vErrors.push(err59);
					errors++;
				}
				const len4 = data23.length;
				for (let i4 = 0; i4 < len4; i4++) {
					let data24 = data23[i4];
					if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
						if (data24.claim === void 0) {
							const err60 = {
								instancePath: instancePath + "/observations/" + i4,
								schemaPath: "#/$defs/ControlObservation/required",
								keyword: "required",
								params: { missingProperty: "claim" },
								message: "must have required property 'claim'",
								schema: schema62.required,
								parentSchema: schema62,
								data: data24
							};
							if (vErrors === null) vErrors = [err60];
							else vErrors.push(err60);
							errors++;
						}
						if (data24.result === void 0) {
							const err61 = {
								instancePath: instancePath + "/observations/" + i4,
								schemaPath: "#/$defs/ControlObservation/required",
								keyword: "required",
								params: { missingProperty: "result" },
								message: "must have required property 'result'",
								schema: schema62.required,
								parentSchema: schema62,
								data: data24
							};
							if (vErrors === null) vErrors = [err61];
							else vErrors.push(err61);
							errors++;
						}
						if (data24.observed === void 0) {
							const err62 = {
								instancePath: instancePath + "/observations/" + i4,
								schemaPath: "#/$defs/ControlObservation/required",
								keyword: "required",
								params: { missingProperty: "observed" },
								message: "must have required property 'observed'",
								schema: schema62.required,
								parentSchema: schema62,
								data: data24
							};
							if (vErrors === null) vErrors = [err62];
							else vErrors.push(err62);
							errors++;
						}
						if (data24.artifact === void 0) {
							const err63 = {
								instancePath: instancePath + "/observations/" + i4,
								schemaPath: "#/$defs/ControlObservation/required",
								keyword: "required",
								params: { missingProperty: "artifact" },
								message: "must have required property 'artifact'",
								schema: schema62.required,
								parentSchema: schema62,
								data: data24
							};
							if (vErrors === null) vErrors = [err63];
							else vErrors.push(err63);
							errors++;
						}
						if (data24.basis === void 0) {
							const err64 = {
								instancePath: instancePath + "/observations/" + i4,
								schemaPath: "#/$defs/ControlObservation/required",
								keyword: "required",
								params: { missingProperty: "basis" },
								message: "must have required property 'basis'",
								schema: schema62.required,
								parentSchema: schema62,
								data: data24
							};
							if (vErrors === null) vErrors = [err64];
							else vErrors.push(err64);
							errors++;
						}
						for (const key3 in data24) if (!(key3 === "claim" || key3 === "result" || key3 === "observed" || key3 === "artifact" || key3 === "basis" || key3 === "signer")) {
							const err65 = {
								instancePath: instancePath + "/observations/" + i4,
								schemaPath: "#/$defs/ControlObservation/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key3 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema62,
								data: data24
							};
							if (vErrors === null) vErrors = [err65];
							else vErrors.push(err65);
							errors++;
						}
						if (data24.claim !== void 0) {
							let data25 = data24.claim;
							if (typeof data25 !== "string") {
								const err66 = {
									instancePath: instancePath + "/observations/" + i4 + "/claim",
									schemaPath: "#/$defs/ControlObservation/properties/claim/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema62.properties.claim.type,
									parentSchema: schema62.properties.claim,
									data: data25
								};
								if (vErrors === null) vErrors = [err66];
								else vErrors.push(err66);
								errors++;
							}
						}
						if (data24.result !== void 0) {
							let data26 = data24.result;
							if (!(data26 === "observed" || data26 === "contradicted")) {
								const err67 = {
									instancePath: instancePath + "/observations/" + i4 + "/result",
									schemaPath: "#/$defs/ControlObservation/properties/result/enum",
									keyword: "enum",
									params: { allowedValues: schema62.properties.result.enum },
									message: "must be equal to one of the allowed values",
									schema: schema62.properties.result.enum,
									parentSchema: schema62.properties.result,
									data: data26
								};
								if (vErrors === null) vErrors = [err67];
								else vErrors.push(err67);
								errors++;
							}
						}
						if (data24.observed !== void 0) {
							let data27 = data24.observed;
							if (typeof data27 !== "string") {
								const err68 = {
									instancePath: instancePath + "/observations/" + i4 + "/observed",
									schemaPath: "#/$defs/ControlObservation/properties/observed/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema62.properties.observed.type,
									parentSchema: schema62.properties.observed,
									data: data27
								};
								if (vErrors === null) vErrors = [err68];
								else vErrors.push(err68);
								errors++;
							}
						}
						if (data24.artifact !== void 0) {
							let data28 = data24.artifact;
							if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
								if (data28.kind === void 0) {
									const err69 = {
										instancePath: instancePath + "/observations/" + i4 + "/artifact",
										schemaPath: "#/$defs/ControlObservation/properties/artifact/required",
										keyword: "required",
										params: { missingProperty: "kind" },
										message: "must have required property 'kind'",
										schema: schema62.properties.artifact.required,
										parentSchema: schema62.properties.artifact,
										data: data28
									};
									if (vErrors === null) vErrors = [err69];
									else vErrors.push(err69);
									errors++;
								}
								if (data28.title === void 0) {
									const err70 = {
										instancePath: instancePath + "/observations/" + i4 + "/artifact",
										schemaPath: "#/$defs/ControlObservation/properties/artifact/required",
										keyword: "required",
										params: { missingProperty: "title" },
										message: "must have required property 'title'",
										schema: schema62.properties.artifact.required,
										parentSchema: schema62.properties.artifact,
										data: data28
									};
									if (vErrors === null) vErrors = [err70];
									else vErrors.push(err70);
									errors++;
								}
								if (data28.file === void 0) {
									const err71 = {
										instancePath: instancePath + "/observations/" + i4 + "/artifact",
										schemaPath: "#/$defs/ControlObservation/properties/artifact/required",
										keyword: "required",
										params: { missingProperty: "file" },
										message: "must have required property 'file'",
										schema: schema62.properties.artifact.required,
										parentSchema: schema62.properties.artifact,
										data: data28
									};
									if (vErrors === null) vErrors = [err71];
									else vErrors.push(err71);
									errors++;
								}
								if (data28.line === void 0) {
									const err72 = {
										instancePath: instancePath + "/observations/" + i4 + "/artifact",
										schemaPath: "#/$defs/ControlObservation/properties/artifact/required",
										keyword: "required",
										params: { missingProperty: "line" },
										message: "must have required property 'line'",
										schema: schema62.properties.artifact.required,
										parentSchema: schema62.properties.artifact,
										data: data28
									};
									if (vErrors === null) vErrors = [err72];
									else vErrors.push(err72);
									errors++;
								}
								if (data28.column === void 0) {
									const err73 = {
										instancePath: instancePath + "/observations/" + i4 + "/artifact",
										schemaPath: "#/$defs/ControlObservation/properties/artifact/required",
										keyword: "required",
										params: { missingProperty: "column" },
										message: "must have required property 'column'",
										schema: schema62.properties.artifact.required,
										parentSchema: schema62.properties.artifact,
										data: data28
									};
									if (vErrors === null) vErrors = [err73];
									else vErrors.push(err73);
									errors++;
								}
								for (const key4 in data28) if (!(key4 === "kind" || key4 === "title" || key4 === "file" || key4 === "line" || key4 === "column")) {
									const err74 = {
										instancePath: instancePath + "/observations/" + i4 + "/artifact",
										schemaPath: "#/$defs/ControlObservation/properties/artifact/additionalProperties",
										keyword: "additionalProperties",
										params: { additionalProperty: key4 },
										message: "must NOT have additional properties",
										schema: false,
										parentSchema: schema62.properties.artifact,
										data: data28
									};
									if (vErrors === null) vErrors = [err74];
									else vErrors.push(err74);
									errors++;
								}
								if (data28.kind !== void 0) {
									let data29 = data28.kind;
									if (typeof data29 !== "string") {
										const err75 = {
											instancePath: instancePath + "/observations/" + i4 + "/artifact/kind",
											schemaPath: "#/$defs/ControlObservation/properties/artifact/properties/kind/type",
											keyword: "type",
											params: { type: "string" },
											message: "must be string",
											schema: schema62.properties.artifact.properties.kind.type,
											parentSchema: schema62.properties.artifact.properties.kind,
											data: data29
										};
										if (vErrors === null) vErrors = [err75];
										else vErrors.push(err75);
										errors++;
									}
								}
								if (data28.title !== void 0) {
									let data30 = data28.title;
									if (typeof data30 !== "string") {
										const err76 = {
											instancePath: instancePath + "/observations/" + i4 + "/artifact/title",
											schemaPath: "#/$defs/ControlObservation/properties/artifact/properties/title/type",
											keyword: "type",
											params: { type: "string" },
											message: "must be string",
											schema: schema62.properties.artifact.properties.title.type,
											parentSchema: schema62.properties.artifact.properties.title,
											data: data30
										};
										if (vErrors === null) vErrors = [err76];
										else vErrors.push(err76);
										errors++;
									}
								}
								if (data28.file !== void 0) {
									let data31 = data28.file;
									if (typeof data31 !== "string") {
										const err77 = {
											instancePath: instancePath + "/observations/" + i4 + "/artifact/file",
											schemaPath: "#/$defs/ControlObservation/properties/artifact/properties/file/type",
											keyword: "type",
											params: { type: "string" },
											message: "must be string",
											schema: schema62.properties.artifact.properties.file.type,
											parentSchema: schema62.properties.artifact.properties.file,
											data: data31
										};
										if (vErrors === null) vErrors = [err77];
										else vErrors.push(err77);
										errors++;
									}
								}
								if (data28.line !== void 0) {
									let data32 = data28.line;
									if (!(typeof data32 == "number" && !(data32 % 1) && !isNaN(data32) && isFinite(data32))) {
										const err78 = {
											instancePath: instancePath + "/observations/" + i4 + "/artifact/line",
											schemaPath: "#/$defs/ControlObservation/properties/artifact/properties/line/type",
											keyword: "type",
											params: { type: "integer" },
											message: "must be integer",
											schema: schema62.properties.artifact.properties.line.type,
											parentSchema: schema62.properties.artifact.properties.line,
											data: data32
										};
										if (vErrors === null) vErrors = [err78];
										else vErrors.push(err78);
										errors++;
									}
									if (typeof data32 == "number" && isFinite(data32)) {
										if (data32 < 1 || isNaN(data32)) {
											const err79 = {
												instancePath: instancePath + "/observations/" + i4 + "/artifact/line",
												schemaPath: "#/$defs/ControlObservation/properties/artifact/properties/line/minimum",
												keyword: "minimum",
												params: {
													comparison: ">=",
													limit: 1
												},
												message: "must be >= 1",
												schema: 1,
												parentSchema: schema62.properties.artifact.properties.line,
												data: data32
											};
											if (vErrors === null) vErrors = [err79];
											else vErrors.push(err79);
											errors++;
										}
									}
								}
								if (data28.column !== void 0) {
									let data33 = data28.column;
									if (!(typeof data33 == "number" && !(data33 % 1) && !isNaN(data33) && isFinite(data33))) {
										const err80 = {
											instancePath: instancePath + "/observations/" + i4 + "/artifact/column",
											schemaPath: "#/$defs/ControlObservation/properties/artifact/properties/column/type",
											keyword: "type",
											params: { type: "integer" },
											message: "must be integer",
											schema: schema62.properties.artifact.properties.column.type,
											parentSchema: schema62.properties.artifact.properties.column,
											data: data33
										};
										if (vErrors === null) vErrors = [err80];
										else vErrors.push(err80);
										errors++;
									}
									if (typeof data33 == "number" && isFinite(data33)) {
										if (data33 < 1 || isNaN(data33)) {
											const err81 = {
												instancePath: instancePath + "/observations/" + i4 + "/artifact/column",
												schemaPath: "#/$defs/ControlObservation/properties/artifact/properties/column/minimum",
												keyword: "minimum",
												params: {
													comparison: ">=",
													limit: 1
												},
												message: "must be >= 1",
												schema: 1,
												parentSchema: schema62.properties.artifact.properties.column,
												data: data33
											};
											if (vErrors === null) vErrors = [err81];
											else vErrors.push(err81);
											errors++;
										}
									}
								}
							} else {
								const err82 = {
									instancePath: instancePath + "/observations/" + i4 + "/artifact",
									schemaPath: "#/$defs/ControlObservation/properties/artifact/type",
									keyword: "type",
									params: { type: "object" },
									message: "must be object",
									schema: schema62.properties.artifact.type,
									parentSchema: schema62.properties.artifact,
									data: data28
								};
								if (vErrors === null) vErrors = [err82];
								else vErrors.push(err82);
								errors++;
							}
						}
						if (data24.basis !== void 0) {
							let data34 = data24.basis;
							if (!(data34 === "pinned" || data34 === "signed" || data34 === "given" || data34 === "unpinned")) {
								const err83 = {
									instancePath: instancePath + "/observations/" + i4 + "/basis",
									schemaPath: "#/$defs/ControlObservation/properties/basis/enum",
									keyword: "enum",
									params: { allowedValues: schema62.properties.basis.enum },
									message: "must be equal to one of the allowed values",
									schema: schema62.properties.basis.enum,
									parentSchema: schema62.properties.basis,
									data: data34
								};
								if (vErrors === null) vErrors = [err83];
								else vErrors.push(err83);
								errors++;
							}
						}
						if (data24.signer !== void 0) {
							let data35 = data24.signer;
							if (typeof data35 !== "string") {
								const err84 = {
									instancePath: instancePath + "/observations/" + i4 + "/signer",
									schemaPath: "#/$defs/ControlObservation/properties/signer/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema62.properties.signer.type,
									parentSchema: schema62.properties.signer,
									data: data35
								};
								if (vErrors === null) vErrors = [err84];
								else vErrors.push(err84);
								errors++;
							}
						}
					} else {
						const err85 = {
							instancePath: instancePath + "/observations/" + i4,
							schemaPath: "#/$defs/ControlObservation/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema62.type,
							parentSchema: schema62,
							data: data24
						};
						if (vErrors === null) vErrors = [err85];
						else vErrors.push(err85);
						errors++;
					}
				}
			} else {
				const err86 = {
					instancePath: instancePath + "/observations",
					schemaPath: "#/properties/observations/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema50.properties.observations.type,
					parentSchema: schema50.properties.observations,
					data: data23
				};
				if (vErrors === null) vErrors = [err86];
				else vErrors.push(err86);
				errors++;
			}
		}
		if (data.statements !== void 0) {
			let data36 = data.statements;
			if (Array.isArray(data36)) {
				if (data36.length > 100) {
					const err87 = {
						instancePath: instancePath + "/statements",
						schemaPath: "#/properties/statements/maxItems",
						keyword: "maxItems",
						params: { limit: 100 },
						message: "must NOT have more than 100 items",
						schema: 100,
						parentSchema: schema50.properties.statements,
						data: data36
					};
					if (vErrors === null) vErrors = [err87];
					else vErrors.push(err87);
					errors++;
				}
				const len5 = data36.length;
				for (let i5 = 0; i5 < len5; i5++) if (!validate39(data36[i5], {
					instancePath: instancePath + "/statements/" + i5,
					parentData: data36,
					parentDataProperty: i5,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
					errors = vErrors.length;
				}
			} else {
				const err88 = {
					instancePath: instancePath + "/statements",
					schemaPath: "#/properties/statements/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema50.properties.statements.type,
					parentSchema: schema50.properties.statements,
					data: data36
				};
				if (vErrors === null) vErrors = [err88];
				else vErrors.push(err88);
				errors++;
			}
		}
		if (data.findingsOmitted !== void 0) {
			let data38 = data.findingsOmitted;
			if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
				if (data38.count === void 0) {
					const err89 = {
						instancePath: instancePath + "/findingsOmitted",
						schemaPath: "#/properties/findingsOmitted/required",
						keyword: "required",
						params: { missingProperty: "count" },
						message: "must have required property 'count'",
						schema: schema50.properties.findingsOmitted.required,
						parentSchema: schema50.properties.findingsOmitted,
						data: data38
					};
					if (vErrors === null) vErrors = [err89];
					else vErrors.push(err89);
					errors++;
				}
				if (data38.waived === void 0) {
					const err90 = {
						instancePath: instancePath + "/findingsOmitted",
						schemaPath: "#/properties/findingsOmitted/required",
						keyword: "required",
						params: { missingProperty: "waived" },
						message: "must have required property 'waived'",
						schema: schema50.properties.findingsOmitted.required,
						parentSchema: schema50.properties.findingsOmitted,
						data: data38
					};
					if (vErrors === null) vErrors = [err90];
					else vErrors.push(err90);
					errors++;
				}
				for (const key5 in data38) if (!(key5 === "count" || key5 === "waived")) {
					const err91 = {
						instancePath: instancePath + "/findingsOmitted",
						schemaPath: "#/properties/findingsOmitted/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key5 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema50.properties.findingsOmitted,
						data: data38
					};
					if (vErrors === null) vErrors = [err91];
					else vErrors.push(err91);
					errors++;
				}
				if (data38.count !== void 0) {
					let data39 = data38.count;
					if (!(typeof data39 == "number" && !(data39 % 1) && !isNaN(data39) && isFinite(data39))) {
						const err92 = {
							instancePath: instancePath + "/findingsOmitted/count",
							schemaPath: "#/properties/findingsOmitted/properties/count/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema50.properties.findingsOmitted.properties.count.type,
							parentSchema: schema50.properties.findingsOmitted.properties.count,
							data: data39
						};
						if (vErrors === null) vErrors = [err92];
						else vErrors.push(err92);
						errors++;
					}
					if (typeof data39 == "number" && isFinite(data39)) {
						if (data39 < 1 || isNaN(data39)) {
							const err93 = {
								instancePath: instancePath + "/findingsOmitted/count",
								schemaPath: "#/properties/findingsOmitted/properties/count/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1",
								schema: 1,
								parentSchema: schema50.properties.findingsOmitted.properties.count,
								data: data39
							};
							if (vErrors === null) vErrors = [err93];
							else vErrors.push(err93);
							errors++;
						}
					}
				}
				if (data38.waived !== void 0) {
					let data40 = data38.waived;
					if (!(typeof data40 == "number" && !(data40 % 1) && !isNaN(data40) && isFinite(data40))) {
						const err94 = {
							instancePath: instancePath + "/findingsOmitted/waived",
							schemaPath: "#/properties/findingsOmitted/properties/waived/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema50.properties.findingsOmitted.properties.waived.type,
							parentSchema: schema50.properties.findingsOmitted.properties.waived,
							data: data40
						};
						if (vErrors === null) vErrors = [err94];
						else vErrors.push(err94);
						errors++;
					}
					if (typeof data40 == "number" && isFinite(data40)) {
						if (data40 < 0 || isNaN(data40)) {
							const err95 = {
								instancePath: instancePath + "/findingsOmitted/waived",
								schemaPath: "#/properties/findingsOmitted/properties/waived/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema50.properties.findingsOmitted.properties.waived,
								data: data40
							};
							if (vErrors === null) vErrors = [err95];
							else vErrors.push(err95);
							errors++;
						}
					}
				}
			} else {
				const err96 = {
					instancePath: instancePath + "/findingsOmitted",
					schemaPath: "#/properties/findingsOmitted/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema50.properties.findingsOmitted.type,
					parentSchema: schema50.properties.findingsOmitted,
					data: data38
				};
				if (vErrors === null) vErrors = [err96];
				else vErrors.push(err96);
				errors++;
			}
		}
	} else {
		const err97 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema50.type,
			parentSchema: schema50,
			data
		};
		if (vErrors === null) vErrors = [err97];
		else vErrors.push(err97);
		errors++;
	}
	validate29.errors = vErrors;
	return errors === 0;
}
validate29.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const schema65 = {
	"title": "Timeline",
	"type": "object",
	"additionalProperties": false,
	"required": ["categories", "rows"],
	"properties": {
		"categories": {
			"type": "array",
			"maxItems": 50,
			"items": { "type": "string" }
		},
		"rows": {
			"type": "array",
			"maxItems": 500,
			"items": { "$ref": "#/$defs/TimelineRow" }
		},
		"rowsOmitted": {
			"type": "integer",
			"minimum": 1
		}
	}
};
const schema66 = {
	"title": "TimelineRow",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"group",
		"sensor",
		"content"
	],
	"properties": {
		"group": { "type": "string" },
		"hosts": { "type": "number" },
		"criticality": { "type": "string" },
		"ring": { "type": "string" },
		"ringIndex": {
			"type": "integer",
			"minimum": 1
		},
		"sensor": { "$ref": "#/$defs/SensorTiming" },
		"content": {
			"type": "array",
			"items": { "$ref": "#/$defs/ContentTiming" }
		}
	}
};
const schema67 = {
	"title": "SensorTiming",
	"type": "object",
	"additionalProperties": false,
	"required": ["version", "behind"],
	"properties": {
		"version": { "enum": [
			"n",
			"n-1",
			"n-2",
			"pinned",
			"unset"
		] },
		"behind": {
			"type": ["integer", "null"],
			"minimum": 0
		},
		"pinnedVersion": { "type": "string" },
		"pinnedSince": { "type": "string" }
	}
};
const schema68 = {
	"title": "ContentTiming",
	"type": "object",
	"additionalProperties": false,
	"required": ["ring", "hoursAfterGa"],
	"properties": {
		"ring": { "enum": [
			"ea",
			"ga",
			"pause",
			"unset"
		] },
		"hoursAfterGa": {
			"type": ["number", "null"],
			"minimum": 0
		},
		"pinnedVersion": { "type": "string" },
		"paused": {
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"reason": { "type": "string" },
				"expiresAt": { "type": "string" }
			}
		}
	}
};
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate43.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.group === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "group" },
				message: "must have required property 'group'",
				schema: schema66.required,
				parentSchema: schema66,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.sensor === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "sensor" },
				message: "must have required property 'sensor'",
				schema: schema66.required,
				parentSchema: schema66,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.content === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "content" },
				message: "must have required property 'content'",
				schema: schema66.required,
				parentSchema: schema66,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "group" || key0 === "hosts" || key0 === "criticality" || key0 === "ring" || key0 === "ringIndex" || key0 === "sensor" || key0 === "content")) {
			const err3 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema66,
				data
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		if (data.group !== void 0) {
			let data0 = data.group;
			if (typeof data0 !== "string") {
				const err4 = {
					instancePath: instancePath + "/group",
					schemaPath: "#/properties/group/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema66.properties.group.type,
					parentSchema: schema66.properties.group,
					data: data0
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
		}
		if (data.hosts !== void 0) {
			let data1 = data.hosts;
			if (!(typeof data1 == "number" && isFinite(data1))) {
				const err5 = {
					instancePath: instancePath + "/hosts",
					schemaPath: "#/properties/hosts/type",
					keyword: "type",
					params: { type: "number" },
					message: "must be number",
					schema: schema66.properties.hosts.type,
					parentSchema: schema66.properties.hosts,
					data: data1
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.criticality !== void 0) {
			let data2 = data.criticality;
			if (typeof data2 !== "string") {
				const err6 = {
					instancePath: instancePath + "/criticality",
					schemaPath: "#/properties/criticality/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema66.properties.criticality.type,
					parentSchema: schema66.properties.criticality,
					data: data2
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
		}
		if (data.ring !== void 0) {
			let data3 = data.ring;
			if (typeof data3 !== "string") {
				const err7 = {
					instancePath: instancePath + "/ring",
					schemaPath: "#/properties/ring/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema66.properties.ring.type,
					parentSchema: schema66.properties.ring,
					data: data3
				};
				if (vErrors === null) vErrors = [err7];
				else vErrors.push(err7);
				errors++;
			}
		}
		if (data.ringIndex !== void 0) {
			let data4 = data.ringIndex;
			if (!(typeof data4 == "number" && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
				const err8 = {
					instancePath: instancePath + "/ringIndex",
					schemaPath: "#/properties/ringIndex/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema66.properties.ringIndex.type,
					parentSchema: schema66.properties.ringIndex,
					data: data4
				};
				if (vErrors === null) vErrors = [err8];
				else vErrors.push(err8);
				errors++;
			}
			if (typeof data4 == "number" && isFinite(data4)) {
				if (data4 < 1 || isNaN(data4)) {
					const err9 = {
						instancePath: instancePath + "/ringIndex",
						schemaPath: "#/properties/ringIndex/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 1
						},
						message: "must be >= 1",
						schema: 1,
						parentSchema: schema66.properties.ringIndex,
						data: data4
					};
					if (vErrors === null) vErrors = [err9];
					else vErrors.push(err9);
					errors++;
				}
			}
		}
		if (data.sensor !== void 0) {
			let data5 = data.sensor;
			if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
				if (data5.version === void 0) {
					const err10 = {
						instancePath: instancePath + "/sensor",
						schemaPath: "#/$defs/SensorTiming/required",
						keyword: "required",
						params: { missingProperty: "version" },
						message: "must have required property 'version'",
						schema: schema67.required,
						parentSchema: schema67,
						data: data5
					};
					if (vErrors === null) vErrors = [err10];
					else vErrors.push(err10);
					errors++;
				}
				if (data5.behind === void 0) {
					const err11 = {
						instancePath: instancePath + "/sensor",
						schemaPath: "#/$defs/SensorTiming/required",
						keyword: "required",
						params: { missingProperty: "behind" },
						message: "must have required property 'behind'",
						schema: schema67.required,
						parentSchema: schema67,
						data: data5
					};
					if (vErrors === null) vErrors = [err11];
					else vErrors.push(err11);
					errors++;
				}
				for (const key1 in data5) if (!(key1 === "version" || key1 === "behind" || key1 === "pinnedVersion" || key1 === "pinnedSince")) {
					const err12 = {
						instancePath: instancePath + "/sensor",
						schemaPath: "#/$defs/SensorTiming/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema67,
						data: data5
					};
					if (vErrors === null) vErrors = [err12];
					else vErrors.push(err12);
					errors++;
				}
				if (data5.version !== void 0) {
					let data6 = data5.version;
					if (!(data6 === "n" || data6 === "n-1" || data6 === "n-2" || data6 === "pinned" || data6 === "unset")) {
						const err13 = {
							instancePath: instancePath + "/sensor/version",
							schemaPath: "#/$defs/SensorTiming/properties/version/enum",
							keyword: "enum",
							params: { allowedValues: schema67.properties.version.enum },
							message: "must be equal to one of the allowed values",
							schema: schema67.properties.version.enum,
							parentSchema: schema67.properties.version,
							data: data6
						};
						if (vErrors === null) vErrors = [err13];
						else vErrors.push(err13);
						errors++;
					}
				}
				if (data5.behind !== void 0) {
					let data7 = data5.behind;
					if (!(typeof data7 == "number" && !(data7 % 1) && !isNaN(data7) && isFinite(data7)) && data7 !== null) {
						const err14 = {
							instancePath: instancePath + "/sensor/behind",
							schemaPath: "#/$defs/SensorTiming/properties/behind/type",
							keyword: "type",
							params: { type: schema67.properties.behind.type },
							message: "must be integer,null",
							schema: schema67.properties.behind.type,
							parentSchema: schema67.properties.behind,
							data: data7
						};
						if (vErrors === null) vErrors = [err14];
						else vErrors.push(err14);
						errors++;
					}
					if (typeof data7 == "number" && isFinite(data7)) {
						if (data7 < 0 || isNaN(data7)) {
							const err15 = {
								instancePath: instancePath + "/sensor/behind",
								schemaPath: "#/$defs/SensorTiming/properties/behind/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema67.properties.behind,
								data: data7
							};
							if (vErrors === null) vErrors = [err15];
							else vErrors.push(err15);
							errors++;
						}
					}
				}
				if (data5.pinnedVersion !== void 0) {
					let data8 = data5.pinnedVersion;
					if (typeof data8 !== "string") {
						const err16 = {
							instancePath: instancePath + "/sensor/pinnedVersion",
							schemaPath: "#/$defs/SensorTiming/properties/pinnedVersion/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema67.properties.pinnedVersion.type,
							parentSchema: schema67.properties.pinnedVersion,
							data: data8
						};
						if (vErrors === null) vErrors = [err16];
						else vErrors.push(err16);
						errors++;
					}
				}
				if (data5.pinnedSince !== void 0) {
					let data9 = data5.pinnedSince;
					if (typeof data9 !== "string") {
						const err17 = {
							instancePath: instancePath + "/sensor/pinnedSince",
							schemaPath: "#/$defs/SensorTiming/properties/pinnedSince/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema67.properties.pinnedSince.type,
							parentSchema: schema67.properties.pinnedSince,
							data: data9
						};
						if (vErrors === null) vErrors = [err17];
						else vErrors.push(err17);
						errors++;
					}
				}
			} else {
				const err18 = {
					instancePath: instancePath + "/sensor",
					schemaPath: "#/$defs/SensorTiming/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema67.type,
					parentSchema: schema67,
					data: data5
				};
				if (vErrors === null) vErrors = [err18];
				else vErrors.push(err18);
				errors++;
			}
		}
		if (data.content !== void 0) {
			let data10 = data.content;
			if (Array.isArray(data10)) {
				const len0 = data10.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data11 = data10[i0];
					if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
						if (data11.ring === void 0) {
							const err19 = {
								instancePath: instancePath + "/content/" + i0,
								schemaPath: "#/$defs/ContentTiming/required",
								keyword: "required",
								params: { missingProperty: "ring" },
								message: "must have required property 'ring'",
								schema: schema68.required,
								parentSchema: schema68,
								data: data11
							};
							if (vErrors === null) vErrors = [err19];
							else vErrors.push(err19);
							errors++;
						}
						if (data11.hoursAfterGa === void 0) {
							const err20 = {
								instancePath: instancePath + "/content/" + i0,
								schemaPath: "#/$defs/ContentTiming/required",
								keyword: "required",
								params: { missingProperty: "hoursAfterGa" },
								message: "must have required property 'hoursAfterGa'",
								schema: schema68.required,
								parentSchema: schema68,
								data: data11
							};
							if (vErrors === null) vErrors = [err20];
							else vErrors.push(err20);
							errors++;
						}
						for (const key2 in data11) if (!(key2 === "ring" || key2 === "hoursAfterGa" || key2 === "pinnedVersion" || key2 === "paused")) {
							const err21 = {
								instancePath: instancePath + "/content/" + i0,
								schemaPath: "#/$defs/ContentTiming/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key2 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema68,
								data: data11
							};
							if (vErrors === null) vErrors = [err21];
							else vErrors.push(err21);
							errors++;
						}
						if (data11.ring !== void 0) {
							let data12 = data11.ring;
							if (!(data12 === "ea" || data12 === "ga" || data12 === "pause" || data12 === "unset")) {
								const err22 = {
									instancePath: instancePath + "/content/" + i0 + "/ring",
									schemaPath: "#/$defs/ContentTiming/properties/ring/enum",
									keyword: "enum",
									params: { allowedValues: schema68.properties.ring.enum },
									message: "must be equal to one of the allowed values",
									schema: schema68.properties.ring.enum,
									parentSchema: schema68.properties.ring,
									data: data12
								};
								if (vErrors === null) vErrors = [err22];
								else vErrors.push(err22);
								errors++;
							}
						}
						if (data11.hoursAfterGa !== void 0) {
							let data13 = data11.hoursAfterGa;
							if (!(typeof data13 == "number" && isFinite(data13)) && data13 !== null) {
								const err23 = {
									instancePath: instancePath + "/content/" + i0 + "/hoursAfterGa",
									schemaPath: "#/$defs/ContentTiming/properties/hoursAfterGa/type",
									keyword: "type",
									params: { type: schema68.properties.hoursAfterGa.type },
									message: "must be number,null",
									schema: schema68.properties.hoursAfterGa.type,
									parentSchema: schema68.properties.hoursAfterGa,
									data: data13
								};
								if (vErrors === null) vErrors = [err23];
								else vErrors.push(err23);
								errors++;
							}
							if (typeof data13 == "number" && isFinite(data13)) {
								if (data13 < 0 || isNaN(data13)) {
									const err24 = {
										instancePath: instancePath + "/content/" + i0 + "/hoursAfterGa",
										schemaPath: "#/$defs/ContentTiming/properties/hoursAfterGa/minimum",
										keyword: "minimum",
										params: {
											comparison: ">=",
											limit: 0
										},
										message: "must be >= 0",
										schema: 0,
										parentSchema: schema68.properties.hoursAfterGa,
										data: data13
									};
									if (vErrors === null) vErrors = [err24];
									else vErrors.push(err24);
									errors++;
								}
							}
						}
						if (data11.pinnedVersion !== void 0) {
							let data14 = data11.pinnedVersion;
							if (typeof data14 !== "string") {
								const err25 = {
									instancePath: instancePath + "/content/" + i0 + "/pinnedVersion",
									schemaPath: "#/$defs/ContentTiming/properties/pinnedVersion/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema68.properties.pinnedVersion.type,
									parentSchema: schema68.properties.pinnedVersion,
									data: data14
								};
								if (vErrors === null) vErrors = [err25];
								else vErrors.push(err25);
								errors++;
							}
						}
						if (data11.paused !== void 0) {
							let data15 = data11.paused;
							if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
								for (const key3 in data15) if (!(key3 === "reason" || key3 === "expiresAt")) {
									const err26 = {
										instancePath: instancePath + "/content/" + i0 + "/paused",
										schemaPath: "#/$defs/ContentTiming/properties/paused/additionalProperties",
										keyword: "additionalProperties",
										params: { additionalProperty: key3 },
										message: "must NOT have additional properties",
										schema: false,
										parentSchema: schema68.properties.paused,
										data: data15
									};
									if (vErrors === null) vErrors = [err26];
									else vErrors.push(err26);
									errors++;
								}
								if (data15.reason !== void 0) {
									let data16 = data15.reason;
									if (typeof data16 !== "string") {
										const err27 = {
											instancePath: instancePath + "/content/" + i0 + "/paused/reason",
											schemaPath: "#/$defs/ContentTiming/properties/paused/properties/reason/type",
											keyword: "type",
											params: { type: "string" },
											message: "must be string",
											schema: schema68.properties.paused.properties.reason.type,
											parentSchema: schema68.properties.paused.properties.reason,
											data: data16
										};
										if (vErrors === null) vErrors = [err27];
										else vErrors.push(err27);
										errors++;
									}
								}
								if (data15.expiresAt !== void 0) {
									let data17 = data15.expiresAt;
									if (typeof data17 !== "string") {
										const err28 = {
											instancePath: instancePath + "/content/" + i0 + "/paused/expiresAt",
											schemaPath: "#/$defs/ContentTiming/properties/paused/properties/expiresAt/type",
											keyword: "type",
											params: { type: "string" },
											message: "must be string",
											schema: schema68.properties.paused.properties.expiresAt.type,
											parentSchema: schema68.properties.paused.properties.expiresAt,
											data: data17
										};
										if (vErrors === null) vErrors = [err28];
										else vErrors.push(err28);
										errors++;
									}
								}
							} else {
								const err29 = {
									instancePath: instancePath + "/content/" + i0 + "/paused",
									schemaPath: "#/$defs/ContentTiming/properties/paused/type",
									keyword: "type",
									params: { type: "object" },
									message: "must be object",
									schema: schema68.properties.paused.type,
									parentSchema: schema68.properties.paused,
									data: data15
								};
								if (vErrors === null) vErrors = [err29];
								else vErrors.push(err29);
								errors++;
							}
						}
					} else {
						const err30 = {
							instancePath: instancePath + "/content/" + i0,
							schemaPath: "#/$defs/ContentTiming/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema68.type,
							parentSchema: schema68,
							data: data11
						};
						if (vErrors === null) vErrors = [err30];
						else vErrors.push(err30);
						errors++;
					}
				}
			} else {
				const err31 = {
					instancePath: instancePath + "/content",
					schemaPath: "#/properties/content/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema66.properties.content.type,
					parentSchema: schema66.properties.content,
					data: data10
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
			schema: schema66.type,
			parentSchema: schema66,
			data
		};
		if (vErrors === null) vErrors = [err32];
		else vErrors.push(err32);
		errors++;
	}
	validate43.errors = vErrors;
	return errors === 0;
}
validate43.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate42.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.categories === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "categories" },
				message: "must have required property 'categories'",
				schema: schema65.required,
				parentSchema: schema65,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.rows === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "rows" },
				message: "must have required property 'rows'",
				schema: schema65.required,
				parentSchema: schema65,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "categories" || key0 === "rows" || key0 === "rowsOmitted")) {
			const err2 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema65,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.categories !== void 0) {
			let data0 = data.categories;
			if (Array.isArray(data0)) {
				if (data0.length > 50) {
					const err3 = {
						instancePath: instancePath + "/categories",
						schemaPath: "#/properties/categories/maxItems",
						keyword: "maxItems",
						params: { limit: 50 },
						message: "must NOT have more than 50 items",
						schema: 50,
						parentSchema: schema65.properties.categories,
						data: data0
					};
					if (vErrors === null) vErrors = [err3];
					else vErrors.push(err3);
					errors++;
				}
				const len0 = data0.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data1 = data0[i0];
					if (typeof data1 !== "string") {
						const err4 = {
							instancePath: instancePath + "/categories/" + i0,
							schemaPath: "#/properties/categories/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema65.properties.categories.items.type,
							parentSchema: schema65.properties.categories.items,
							data: data1
						};
						if (vErrors === null) vErrors = [err4];
						else vErrors.push(err4);
						errors++;
					}
				}
			} else {
				const err5 = {
					instancePath: instancePath + "/categories",
					schemaPath: "#/properties/categories/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema65.properties.categories.type,
					parentSchema: schema65.properties.categories,
					data: data0
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.rows !== void 0) {
			let data2 = data.rows;
			if (Array.isArray(data2)) {
				if (data2.length > 500) {
					const err6 = {
						instancePath: instancePath + "/rows",
						schemaPath: "#/properties/rows/maxItems",
						keyword: "maxItems",
						params: { limit: 500 },
						message: "must NOT have more than 500 items",
						schema: 500,
						parentSchema: schema65.properties.rows,
						data: data2
					};
					if (vErrors === null) vErrors = [err6];
					else vErrors.push(err6);
					errors++;
				}
				const len1 = data2.length;
				for (let i1 = 0; i1 < len1; i1++) if (!validate43(data2[i1], {
					instancePath: instancePath + "/rows/" + i1,
					parentData: data2,
					parentDataProperty: i1,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
					errors = vErrors.length;
				}
			} else {
				const err7 = {
					instancePath: instancePath + "/rows",
					schemaPath: "#/properties/rows/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema65.properties.rows.type,
					parentSchema: schema65.properties.rows,
					data: data2
				};
				if (vErrors === null) vErrors = [err7];
				else vErrors.push(err7);
				errors++;
			}
		}
		if (data.rowsOmitted !== void 0) {
			let data4 = data.rowsOmitted;
			if (!(typeof data4 == "number" && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
				const err8 = {
					instancePath: instancePath + "/rowsOmitted",
					schemaPath: "#/properties/rowsOmitted/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema65.properties.rowsOmitted.type,
					parentSchema: schema65.properties.rowsOmitted,
					data: data4
				};
				if (vErrors === null) vErrors = [err8];
				else vErrors.push(err8);
				errors++;
			}
			if (typeof data4 == "number" && isFinite(data4)) {
				if (data4 < 1 || isNaN(data4)) {
					const err9 = {
						instancePath: instancePath + "/rowsOmitted",
						schemaPath: "#/properties/rowsOmitted/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 1
						},
						message: "must be >= 1",
						schema: 1,
						parentSchema: schema65.properties.rowsOmitted,
						data: data4
					};
					if (vErrors === null) vErrors = [err9];
					else vErrors.push(err9);
					errors++;
				}
			}
		}
	} else {
		const err10 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema65.type,
			parentSchema: schema65,
			data
		};
		if (vErrors === null) vErrors = [err10];
		else vErrors.push(err10);
		errors++;
	}
	validate42.errors = vErrors;
	return errors === 0;
}
validate42.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const formats6 = require_formats$1.require_formats().fullFormats["date-time"];
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate56.evaluated;
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
				schema: schema46.required,
				parentSchema: schema46,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.file === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "file" },
				message: "must have required property 'file'",
				schema: schema46.required,
				parentSchema: schema46,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.documentIndex === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "documentIndex" },
				message: "must have required property 'documentIndex'",
				schema: schema46.required,
				parentSchema: schema46,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.kind === void 0) {
			const err3 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "kind" },
				message: "must have required property 'kind'",
				schema: schema46.required,
				parentSchema: schema46,
				data
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		if (data.name === void 0) {
			const err4 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "name" },
				message: "must have required property 'name'",
				schema: schema46.required,
				parentSchema: schema46,
				data
			};
			if (vErrors === null) vErrors = [err4];
			else vErrors.push(err4);
			errors++;
		}
		if (data.score === void 0) {
			const err5 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "score" },
				message: "must have required property 'score'",
				schema: schema46.required,
				parentSchema: schema46,
				data
			};
			if (vErrors === null) vErrors = [err5];
			else vErrors.push(err5);
			errors++;
		}
		if (data.grade === void 0) {
			const err6 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "grade" },
				message: "must have required property 'grade'",
				schema: schema46.required,
				parentSchema: schema46,
				data
			};
			if (vErrors === null) vErrors = [err6];
			else vErrors.push(err6);
			errors++;
		}
		if (data.uncappedGrade === void 0) {
			const err7 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "uncappedGrade" },
				message: "must have required property 'uncappedGrade'",
				schema: schema46.required,
				parentSchema: schema46,
				data
			};
			if (vErrors === null) vErrors = [err7];
			else vErrors.push(err7);
			errors++;
		}
		if (data.cappedBy === void 0) {
			const err8 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "cappedBy" },
				message: "must have required property 'cappedBy'",
				schema: schema46.required,
				parentSchema: schema46,
				data
			};
			if (vErrors === null) vErrors = [err8];
			else vErrors.push(err8);
			errors++;
		}
		if (data.criticalFailures === void 0) {
			const err9 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "criticalFailures" },
				message: "must have required property 'criticalFailures'",
				schema: schema46.required,
				parentSchema: schema46,
				data
			};
			if (vErrors === null) vErrors = [err9];
			else vErrors.push(err9);
			errors++;
		}
		if (data.level === void 0) {
			const err10 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "level" },
				message: "must have required property 'level'",
				schema: schema46.required,
				parentSchema: schema46,
				data
			};
			if (vErrors === null) vErrors = [err10];
			else vErrors.push(err10);
			errors++;
		}
		if (data.evidenceCoverage === void 0) {
			const err11 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "evidenceCoverage" },
				message: "must have required property 'evidenceCoverage'",
				schema: schema46.required,
				parentSchema: schema46,
				data
			};
			if (vErrors === null) vErrors = [err11];
			else vErrors.push(err11);
			errors++;
		}
		if (data.assurance === void 0) {
			const err12 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "assurance" },
				message: "must have required property 'assurance'",
				schema: schema46.required,
				parentSchema: schema46,
				data
			};
			if (vErrors === null) vErrors = [err12];
			else vErrors.push(err12);
			errors++;
		}
		if (data.linkedCoverage === void 0) {
			const err13 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "linkedCoverage" },
				message: "must have required property 'linkedCoverage'",
				schema: schema46.required,
				parentSchema: schema46,
				data
			};
			if (vErrors === null) vErrors = [err13];
			else vErrors.push(err13);
			errors++;
		}
		if (data.verifiedCoverage === void 0) {
			const err14 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "verifiedCoverage" },
				message: "must have required property 'verifiedCoverage'",
				schema: schema46.required,
				parentSchema: schema46,
				data
			};
			if (vErrors === null) vErrors = [err14];
			else vErrors.push(err14);
			errors++;
		}
		if (data.areas === void 0) {
			const err15 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "areas" },
				message: "must have required property 'areas'",
				schema: schema46.required,
				parentSchema: schema46,
				data
			};
			if (vErrors === null) vErrors = [err15];
			else vErrors.push(err15);
			errors++;
		}
		if (data.controls === void 0) {
			const err16 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "controls" },
				message: "must have required property 'controls'",
				schema: schema46.required,
				parentSchema: schema46,
				data
			};
			if (vErrors === null) vErrors = [err16];
			else vErrors.push(err16);
			errors++;
		}
		if (data.schemaErrors === void 0) {
			const err17 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "schemaErrors" },
				message: "must have required property 'schemaErrors'",
				schema: schema46.required,
				parentSchema: schema46,
				data
			};
			if (vErrors === null) vErrors = [err17];
			else vErrors.push(err17);
			errors++;
		}
		for (const key0 in data) if (!func1.call(schema46.properties, key0)) {
			const err18 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema46,
				data
			};
			if (vErrors === null) vErrors = [err18];
			else vErrors.push(err18);
			errors++;
		}
		if (data.id !== void 0) {
			let data0 = data.id;
			if (typeof data0 === "string") {
				if (!pattern10.test(data0)) {
					const err19 = {
						instancePath: instancePath + "/id",
						schemaPath: "#/properties/id/pattern",
						keyword: "pattern",
						params: { pattern: "#(0|[1-9][0-9]*)$" },
						message: "must match pattern \"#(0|[1-9][0-9]*)$\"",
						schema: "#(0|[1-9][0-9]*)$",
						parentSchema: schema46.properties.id,
						data: data0
					};
					if (vErrors === null) vErrors = [err19];
					else vErrors.push(err19);
					errors++;
				}
			} else {
				const err20 = {
					instancePath: instancePath + "/id",
					schemaPath: "#/properties/id/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema46.properties.id.type,
					parentSchema: schema46.properties.id,
					data: data0
				};
				if (vErrors === null) vErrors = [err20];
				else vErrors.push(err20);
				errors++;
			}
		}
		if (data.file !== void 0) {
			let data1 = data.file;
			if (typeof data1 !== "string") {
				const err21 = {
					instancePath: instancePath + "/file",
					schemaPath: "#/properties/file/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema46.properties.file.type,
					parentSchema: schema46.properties.file,
					data: data1
				};
				if (vErrors === null) vErrors = [err21];
				else vErrors.push(err21);
				errors++;
			}
		}
		if (data.documentIndex !== void 0) {
			let data2 = data.documentIndex;
			if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
				const err22 = {
					instancePath: instancePath + "/documentIndex",
					schemaPath: "#/properties/documentIndex/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema46.properties.documentIndex.type,
					parentSchema: schema46.properties.documentIndex,
					data: data2
				};
				if (vErrors === null) vErrors = [err22];
				else vErrors.push(err22);
				errors++;
			}
			if (typeof data2 == "number" && isFinite(data2)) {
				if (data2 < 0 || isNaN(data2)) {
					const err23 = {
						instancePath: instancePath + "/documentIndex",
						schemaPath: "#/properties/documentIndex/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema46.properties.documentIndex,
						data: data2
					};
					if (vErrors === null) vErrors = [err23];
					else vErrors.push(err23);
					errors++;
				}
			}
		}
		if (data.kind !== void 0) {
			let data3 = data.kind;
			if (!(data3 === "VendorManifest" || data3 === "DeploymentConfig")) {
				const err24 = {
					instancePath: instancePath + "/kind",
					schemaPath: "#/$defs/DocumentKind/enum",
					keyword: "enum",
					params: { allowedValues: schema42.enum },
					message: "must be equal to one of the allowed values",
					schema: schema42.enum,
					parentSchema: schema42,
					data: data3
				};
				if (vErrors === null) vErrors = [err24];
				else vErrors.push(err24);
				errors++;
			}
		}
		if (data.name !== void 0) {
			let data4 = data.name;
			if (typeof data4 !== "string") {
				const err25 = {
					instancePath: instancePath + "/name",
					schemaPath: "#/properties/name/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema46.properties.name.type,
					parentSchema: schema46.properties.name,
					data: data4
				};
				if (vErrors === null) vErrors = [err25];
				else vErrors.push(err25);
				errors++;
			}
		}
		if (data.score !== void 0) {
			let data5 = data.score;
			if (!(typeof data5 == "number" && isFinite(data5)) && data5 !== null) {
				const err26 = {
					instancePath: instancePath + "/score",
					schemaPath: "#/properties/score/type",
					keyword: "type",
					params: { type: schema46.properties.score.type },
					message: "must be number,null",
					schema: schema46.properties.score.type,
					parentSchema: schema46.properties.score,
					data: data5
				};
				if (vErrors === null) vErrors = [err26];
				else vErrors.push(err26);
				errors++;
			}
			if (typeof data5 == "number" && isFinite(data5)) {
				if (data5 > 100 || isNaN(data5)) {
					const err27 = {
						instancePath: instancePath + "/score",
						schemaPath: "#/properties/score/maximum",
						keyword: "maximum",
						params: {
							comparison: "<=",
							limit: 100
						},
						message: "must be <= 100",
						schema: 100,
						parentSchema: schema46.properties.score,
						data: data5
					};
					if (vErrors === null) vErrors = [err27];
					else vErrors.push(err27);
					errors++;
				}
				if (data5 < 0 || isNaN(data5)) {
					const err28 = {
						instancePath: instancePath + "/score",
						schemaPath: "#/properties/score/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema46.properties.score,
						data: data5
					};
					if (vErrors === null) vErrors = [err28];
					else vErrors.push(err28);
					errors++;
				}
			}
		}
		if (data.grade !== void 0) {
			let data6 = data.grade;
			if (typeof data6 !== "string") {
				const err29 = {
					instancePath: instancePath + "/grade",
					schemaPath: "#/properties/grade/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema46.properties.grade.type,
					parentSchema: schema46.properties.grade,
					data: data6
				};
				if (vErrors === null) vErrors = [err29];
				else vErrors.push(err29);
				errors++;
			}
		}
		if (data.uncappedGrade !== void 0) {
			let data7 = data.uncappedGrade;
			if (typeof data7 !== "string") {
				const err30 = {
					instancePath: instancePath + "/uncappedGrade",
					schemaPath: "#/properties/uncappedGrade/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema46.properties.uncappedGrade.type,
					parentSchema: schema46.properties.uncappedGrade,
					data: data7
				};
				if (vErrors === null) vErrors = [err30];
				else vErrors.push(err30);
				errors++;
			}
		}
		if (data.gradeLimitedBy !== void 0) {
			let data8 = data.gradeLimitedBy;
			if (typeof data8 !== "string") {
				const err31 = {
					instancePath: instancePath + "/gradeLimitedBy",
					schemaPath: "#/properties/gradeLimitedBy/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema46.properties.gradeLimitedBy.type,
					parentSchema: schema46.properties.gradeLimitedBy,
					data: data8
				};
				if (vErrors === null) vErrors = [err31];
				else vErrors.push(err31);
				errors++;
			}
		}
		if (data.levelLimitedBy !== void 0) {
			let data9 = data.levelLimitedBy;
			if (typeof data9 !== "string") {
				const err32 = {
					instancePath: instancePath + "/levelLimitedBy",
					schemaPath: "#/properties/levelLimitedBy/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema46.properties.levelLimitedBy.type,
					parentSchema: schema46.properties.levelLimitedBy,
					data: data9
				};
				if (vErrors === null) vErrors = [err32];
				else vErrors.push(err32);
				errors++;
			}
		}
		if (data.cappedBy !== void 0) {
			let data10 = data.cappedBy;
			if (Array.isArray(data10)) {
				const len0 = data10.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data11 = data10[i0];
					if (typeof data11 !== "string") {
						const err33 = {
							instancePath: instancePath + "/cappedBy/" + i0,
							schemaPath: "#/properties/cappedBy/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema46.properties.cappedBy.items.type,
							parentSchema: schema46.properties.cappedBy.items,
							data: data11
						};
						if (vErrors === null) vErrors = [err33];
						else vErrors.push(err33);
						errors++;
					}
				}
			} else {
				const err34 = {
					instancePath: instancePath + "/cappedBy",
					schemaPath: "#/properties/cappedBy/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema46.properties.cappedBy.type,
					parentSchema: schema46.properties.cappedBy,
					data: data10
				};
				if (vErrors === null) vErrors = [err34];
				else vErrors.push(err34);
				errors++;
			}
		}
		if (data.criticalFailures !== void 0) {
			let data12 = data.criticalFailures;
			if (Array.isArray(data12)) {
				const len1 = data12.length;
				for (let i1 = 0; i1 < len1; i1++) {
					let data13 = data12[i1];
					if (typeof data13 !== "string") {
						const err35 = {
							instancePath: instancePath + "/criticalFailures/" + i1,
							schemaPath: "#/properties/criticalFailures/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema46.properties.criticalFailures.items.type,
							parentSchema: schema46.properties.criticalFailures.items,
							data: data13
						};
						if (vErrors === null) vErrors = [err35];
						else vErrors.push(err35);
						errors++;
					}
				}
			} else {
				const err36 = {
					instancePath: instancePath + "/criticalFailures",
					schemaPath: "#/properties/criticalFailures/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema46.properties.criticalFailures.type,
					parentSchema: schema46.properties.criticalFailures,
					data: data12
				};
				if (vErrors === null) vErrors = [err36];
				else vErrors.push(err36);
				errors++;
			}
		}
		if (data.level !== void 0) {
			let data14 = data.level;
			if (!(typeof data14 == "number" && !(data14 % 1) && !isNaN(data14) && isFinite(data14))) {
				const err37 = {
					instancePath: instancePath + "/level",
					schemaPath: "#/properties/level/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema46.properties.level.type,
					parentSchema: schema46.properties.level,
					data: data14
				};
				if (vErrors === null) vErrors = [err37];
				else vErrors.push(err37);
				errors++;
			}
			if (typeof data14 == "number" && isFinite(data14)) {
				if (data14 < 0 || isNaN(data14)) {
					const err38 = {
						instancePath: instancePath + "/level",
						schemaPath: "#/properties/level/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema46.properties.level,
						data: data14
					};
					if (vErrors === null) vErrors = [err38];
					else vErrors.push(err38);
					errors++;
				}
			}
		}
		if (data.evidenceCoverage !== void 0) {
			let data15 = data.evidenceCoverage;
			if (!(typeof data15 == "number" && isFinite(data15)) && data15 !== null) {
				const err39 = {
					instancePath: instancePath + "/evidenceCoverage",
					schemaPath: "#/properties/evidenceCoverage/type",
					keyword: "type",
					params: { type: schema46.properties.evidenceCoverage.type },
					message: "must be number,null",
					schema: schema46.properties.evidenceCoverage.type,
					parentSchema: schema46.properties.evidenceCoverage,
					data: data15
				};
				if (vErrors === null) vErrors = [err39];
				else vErrors.push(err39);
				errors++;
			}
			if (typeof data15 == "number" && isFinite(data15)) {
				if (data15 > 1 || isNaN(data15)) {
					const err40 = {
						instancePath: instancePath + "/evidenceCoverage",
						schemaPath: "#/properties/evidenceCoverage/maximum",
						keyword: "maximum",
						params: {
							comparison: "<=",
							limit: 1
						},
						message: "must be <= 1",
						schema: 1,
						parentSchema: schema46.properties.evidenceCoverage,
						data: data15
					};
					if (vErrors === null) vErrors = [err40];
					else vErrors.push(err40);
					errors++;
				}
				if (data15 < 0 || isNaN(data15)) {
					const err41 = {
						instancePath: instancePath + "/evidenceCoverage",
						schemaPath: "#/properties/evidenceCoverage/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema46.properties.evidenceCoverage,
						data: data15
					};
					if (vErrors === null) vErrors = [err41];
					else vErrors.push(err41);
					errors++;
				}
			}
		}
		if (data.assurance !== void 0) {
			let data16 = data.assurance;
			if (!(data16 === "declared" || data16 === "linked" || data16 === "verified" || data16 === "observed" || data16 === "independently_verified" || data16 === "contradicted")) {
				const err42 = {
					instancePath: instancePath + "/assurance",
					schemaPath: "#/$defs/Assurance/enum",
					keyword: "enum",
					params: { allowedValues: schema48.enum },
					message: "must be equal to one of the allowed values",
					schema: schema48.enum,
					parentSchema: schema48,
					data: data16
				};
				if (vErrors === null) vErrors = [err42];
				else vErrors.push(err42);
				errors++;
			}
		}
		if (data.declaredAssurance !== void 0) {
			let data17 = data.declaredAssurance;
			if (typeof data17 !== "string") {
				const err43 = {
					instancePath: instancePath + "/declaredAssurance",
					schemaPath: "#/properties/declaredAssurance/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema46.properties.declaredAssurance.type,
					parentSchema: schema46.properties.declaredAssurance,
					data: data17
				};
				if (vErrors === null) vErrors = [err43];
				else vErrors.push(err43);
				errors++;
			}
		}
		if (data.linkedCoverage !== void 0) {
			let data18 = data.linkedCoverage;
			if (!(typeof data18 == "number" && isFinite(data18)) && data18 !== null) {
				const err44 = {
					instancePath: instancePath + "/linkedCoverage",
					schemaPath: "#/properties/linkedCoverage/type",
					keyword: "type",
					params: { type: schema46.properties.linkedCoverage.type },
					message: "must be number,null",
					schema: schema46.properties.linkedCoverage.type,
					parentSchema: schema46.properties.linkedCoverage,
					data: data18
				};
				if (vErrors === null) vErrors = [err44];
				else vErrors.push(err44);
				errors++;
			}
			if (typeof data18 == "number" && isFinite(data18)) {
				if (data18 > 1 || isNaN(data18)) {
					const err45 = {
						instancePath: instancePath + "/linkedCoverage",
						schemaPath: "#/properties/linkedCoverage/maximum",
						keyword: "maximum",
						params: {
							comparison: "<=",
							limit: 1
						},
						message: "must be <= 1",
						schema: 1,
						parentSchema: schema46.properties.linkedCoverage,
						data: data18
					};
					if (vErrors === null) vErrors = [err45];
					else vErrors.push(err45);
					errors++;
				}
				if (data18 < 0 || isNaN(data18)) {
					const err46 = {
						instancePath: instancePath + "/linkedCoverage",
						schemaPath: "#/properties/linkedCoverage/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema46.properties.linkedCoverage,
						data: data18
					};
					if (vErrors === null) vErrors = [err46];
					else vErrors.push(err46);
					errors++;
				}
			}
		}
		if (data.verifiedCoverage !== void 0) {
			let data19 = data.verifiedCoverage;
			if (!(typeof data19 == "number" && isFinite(data19)) && data19 !== null) {
				const err47 = {
					instancePath: instancePath + "/verifiedCoverage",
					schemaPath: "#/properties/verifiedCoverage/type",
					keyword: "type",
					params: { type: schema46.properties.verifiedCoverage.type },
					message: "must be number,null",
					schema: schema46.properties.verifiedCoverage.type,
					parentSchema: schema46.properties.verifiedCoverage,
					data: data19
				};
				if (vErrors === null) vErrors = [err47];
				else vErrors.push(err47);
				errors++;
			}
			if (typeof data19 == "number" && isFinite(data19)) {
				if (data19 > 1 || isNaN(data19)) {
					const err48 = {
						instancePath: instancePath + "/verifiedCoverage",
						schemaPath: "#/properties/verifiedCoverage/maximum",
						keyword: "maximum",
						params: {
							comparison: "<=",
							limit: 1
						},
						message: "must be <= 1",
						schema: 1,
						parentSchema: schema46.properties.verifiedCoverage,
						data: data19
					};
					if (vErrors === null) vErrors = [err48];
					else vErrors.push(err48);
					errors++;
				}
				if (data19 < 0 || isNaN(data19)) {
					const err49 = {
						instancePath: instancePath + "/verifiedCoverage",
						schemaPath: "#/properties/verifiedCoverage/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema46.properties.verifiedCoverage,
						data: data19
					};
					if (vErrors === null) vErrors = [err49];
					else vErrors.push(err49);
					errors++;
				}
			}
		}
		if (data.areas !== void 0) {
			let data20 = data.areas;
			if (Array.isArray(data20)) {
				const len2 = data20.length;
				for (let i2 = 0; i2 < len2; i2++) {
					let data21 = data20[i2];
					if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
						if (data21.id === void 0) {
							const err50 = {
								instancePath: instancePath + "/areas/" + i2,
								schemaPath: "#/$defs/SubjectArea/required",
								keyword: "required",
								params: { missingProperty: "id" },
								message: "must have required property 'id'",
								schema: schema49.required,
								parentSchema: schema49,
								data: data21
							};
							if (vErrors === null) vErrors = [err50];
							else vErrors.push(err50);
							errors++;
						}
						if (data21.score === void 0) {
							const err51 = {
								instancePath: instancePath + "/areas/" + i2,
								schemaPath: "#/$defs/SubjectArea/required",
								keyword: "required",
								params: { missingProperty: "score" },
								message: "must have required property 'score'",
								schema: schema49.required,
								parentSchema: schema49,
								data: data21
							};
							if (vErrors === null) vErrors = [err51];
							else vErrors.push(err51);
							errors++;
						}
						if (data21.weight === void 0) {
							const err52 = {
								instancePath: instancePath + "/areas/" + i2,
								schemaPath: "#/$defs/SubjectArea/required",
								keyword: "required",
								params: { missingProperty: "weight" },
								message: "must have required property 'weight'",
								schema: schema49.required,
								parentSchema: schema49,
								data: data21
							};
							if (vErrors === null) vErrors = [err52];
							else vErrors.push(err52);
							errors++;
						}
						if (data21.applicableWeight === void 0) {
							const err53 = {
								instancePath: instancePath + "/areas/" + i2,
								schemaPath: "#/$defs/SubjectArea/required",
								keyword: "required",
								params: { missingProperty: "applicableWeight" },
								message: "must have required property 'applicableWeight'",
								schema: schema49.required,
								parentSchema: schema49,
								data: data21
							};
							if (vErrors === null) vErrors = [err53];
							else vErrors.push(err53);
							errors++;
						}
						for (const key1 in data21) if (!(key1 === "id" || key1 === "score" || key1 === "weight" || key1 === "applicableWeight")) {
							const err54 = {
								instancePath: instancePath + "/areas/" + i2,
								schemaPath: "#/$defs/SubjectArea/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key1 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema49,
								data: data21
							};
							if (vErrors === null) vErrors = [err54];
							else vErrors.push(err54);
							errors++;
						}
						if (data21.id !== void 0) {
							let data22 = data21.id;
							if (typeof data22 !== "string") {
								const err55 = {
									instancePath: instancePath + "/areas/" + i2 + "/id",
									schemaPath: "#/$defs/SubjectArea/properties/id/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema49.properties.id.type,
									parentSchema: schema49.properties.id,
									data: data22
								};
								if (vErrors === null) vErrors = [err55];
								else vErrors.push(err55);
								errors++;
							}
						}
						if (data21.score !== void 0) {
							let data23 = data21.score;
							if (!(typeof data23 == "number" && isFinite(data23)) && data23 !== null) {
								const err56 = {
									instancePath: instancePath + "/areas/" + i2 + "/score",
									schemaPath: "#/$defs/SubjectArea/properties/score/type",
									keyword: "type",
									params: { type: schema49.properties.score.type },
									message: "must be number,null",
									schema: schema49.properties.score.type,
									parentSchema: schema49.properties.score,
									data: data23
								};
								if (vErrors === null) vErrors = [err56];
								else vErrors.push(err56);
								errors++;
							}
							if (typeof data23 == "number" && isFinite(data23)) {
								if (data23 > 100 || isNaN(data23)) {
									const err57 = {
										instancePath: instancePath + "/areas/" + i2 + "/score",
										schemaPath: "#/$defs/SubjectArea/properties/score/maximum",
										keyword: "maximum",
										params: {
											comparison: "<=",
											limit: 100
										},
										message: "must be <= 100",
										schema: 100,
										parentSchema: schema49.properties.score,
										data: data23
									};
									if (vErrors === null) vErrors = [err57];
									else vErrors.push(err57);
									errors++;
								}
								if (data23 < 0 || isNaN(data23)) {
									const err58 = {
										instancePath: instancePath + "/areas/" + i2 + "/score",
										schemaPath: "#/$defs/SubjectArea/properties/score/minimum",
										keyword: "minimum",
										params: {
											comparison: ">=",
											limit: 0
										},
										message: "must be >= 0",
										schema: 0,
										parentSchema: schema49.properties.score,
										data: data23
									};
									if (vErrors === null) vErrors = [err58];
									else vErrors.push(err58);
									errors++;
								}
							}
						}
						if (data21.weight !== void 0) {
							let data24 = data21.weight;
							if (typeof data24 == "number" && isFinite(data24)) {
								if (data24 < 0 || isNaN(data24)) {
									const err59 = {
										instancePath: instancePath + "/areas/" + i2 + "/weight",
										schemaPath: "#/$defs/SubjectArea/properties/weight/minimum",
										keyword: "minimum",
										params: {
											comparison: ">=",
											limit: 0
										},
										message: "must be >= 0",
										schema: 0,
										parentSchema: schema49.properties.weight,
										data: data24
									};
									if (vErrors === null) vErrors = [err59];
									else vErrors.push(err59);
									errors++;
								}
							} else {
								const err60 = {
									instancePath: instancePath + "/areas/" + i2 + "/weight",
									schemaPath: "#/$defs/SubjectArea/properties/weight/type",
									keyword: "type",
									params: { type: "number" },
									message: "must be number",
									schema: schema49.properties.weight.type,
									parentSchema: schema49.properties.weight,
									data: data24
								};
								if (vErrors === null) vErrors = [err60];
								else vErrors.push(err60);
								errors++;
							}
						}
						if (data21.applicableWeight !== void 0) {
							let data25 = data21.applicableWeight;
							if (typeof data25 == "number" && isFinite(data25)) {
								if (data25 < 0 || isNaN(data25)) {
									const err61 = {
										instancePath: instancePath + "/areas/" + i2 + "/applicableWeight",
										schemaPath: "#/$defs/SubjectArea/properties/applicableWeight/minimum",
										keyword: "minimum",
										params: {
											comparison: ">=",
											limit: 0
										},
										message: "must be >= 0",
										schema: 0,
										parentSchema: schema49.properties.applicableWeight,
										data: data25
									};
									if (vErrors === null) vErrors = [err61];
									else vErrors.push(err61);
									errors++;
								}
							} else {
								const err62 = {
									instancePath: instancePath + "/areas/" + i2 + "/applicableWeight",
									schemaPath: "#/$defs/SubjectArea/properties/applicableWeight/type",
									keyword: "type",
									params: { type: "number" },
									message: "must be number",
									schema: schema49.properties.applicableWeight.type,
									parentSchema: schema49.properties.applicableWeight,
									data: data25
								};
								if (vErrors === null) vErrors = [err62];
								else vErrors.push(err62);
								errors++;
							}
						}
					} else {
						const err63 = {
							instancePath: instancePath + "/areas/" + i2,
							schemaPath: "#/$defs/SubjectArea/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema49.type,
							parentSchema: schema49,
							data: data21
						};
						if (vErrors === null) vErrors = [err63];
						else vErrors.push(err63);
						errors++;
					}
				}
			} else {
				const err64 = {
					instancePath: instancePath + "/areas",
					schemaPath: "#/properties/areas/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema46.properties.areas.type,
					parentSchema: schema46.properties.areas,
					data: data20
				};
				if (vErrors === null) vErrors = [err64];
				else vErrors.push(err64);
				errors++;
			}
		}
		if (data.controls !== void 0) {
			let data26 = data.controls;
			if (Array.isArray(data26)) {
				const len3 = data26.length;
				for (let i3 = 0; i3 < len3; i3++) if (!validate29(data26[i3], {
					instancePath: instancePath + "/controls/" + i3,
					parentData: data26,
					parentDataProperty: i3,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
					errors = vErrors.length;
				}
			} else {
				const err65 = {
					instancePath: instancePath + "/controls",
					schemaPath: "#/properties/controls/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema46.properties.controls.type,
					parentSchema: schema46.properties.controls,
					data: data26
				};
				if (vErrors === null) vErrors = [err65];
				else vErrors.push(err65);
				errors++;
			}
		}
		if (data.schemaErrors !== void 0) {
			let data28 = data.schemaErrors;
			if (!(typeof data28 == "number" && !(data28 % 1) && !isNaN(data28) && isFinite(data28))) {
				const err66 = {
					instancePath: instancePath + "/schemaErrors",
					schemaPath: "#/properties/schemaErrors/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema46.properties.schemaErrors.type,
					parentSchema: schema46.properties.schemaErrors,
					data: data28
				};
				if (vErrors === null) vErrors = [err66];
				else vErrors.push(err66);
				errors++;
			}
			if (typeof data28 == "number" && isFinite(data28)) {
				if (data28 < 0 || isNaN(data28)) {
					const err67 = {
						instancePath: instancePath + "/schemaErrors",
						schemaPath: "#/properties/schemaErrors/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema46.properties.schemaErrors,
						data: data28
					};
					if (vErrors === null) vErrors = [err67];
					else vErrors.push(err67);
					errors++;
				}
			}
		}
		if (data.timeline !== void 0) {
			if (!validate42(data.timeline, {
				instancePath: instancePath + "/timeline",
				parentData: data,
				parentDataProperty: "timeline",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
				errors = vErrors.length;
			}
		}
		if (data.observedRollouts !== void 0) {
			let data30 = data.observedRollouts;
			if (Array.isArray(data30)) {
				const len4 = data30.length;
				for (let i4 = 0; i4 < len4; i4++) {
					let data31 = data30[i4];
					if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
						if (data31.artifact === void 0) {
							const err68 = {
								instancePath: instancePath + "/observedRollouts/" + i4,
								schemaPath: "#/$defs/ObservedRollout/required",
								keyword: "required",
								params: { missingProperty: "artifact" },
								message: "must have required property 'artifact'",
								schema: schema69.required,
								parentSchema: schema69,
								data: data31
							};
							if (vErrors === null) vErrors = [err68];
							else vErrors.push(err68);
							errors++;
						}
						if (data31.release === void 0) {
							const err69 = {
								instancePath: instancePath + "/observedRollouts/" + i4,
								schemaPath: "#/$defs/ObservedRollout/required",
								keyword: "required",
								params: { missingProperty: "release" },
								message: "must have required property 'release'",
								schema: schema69.required,
								parentSchema: schema69,
								data: data31
							};
							if (vErrors === null) vErrors = [err69];
							else vErrors.push(err69);
							errors++;
						}
						if (data31.channel === void 0) {
							const err70 = {
								instancePath: instancePath + "/observedRollouts/" + i4,
								schemaPath: "#/$defs/ObservedRollout/required",
								keyword: "required",
								params: { missingProperty: "channel" },
								message: "must have required property 'channel'",
								schema: schema69.required,
								parentSchema: schema69,
								data: data31
							};
							if (vErrors === null) vErrors = [err70];
							else vErrors.push(err70);
							errors++;
						}
						if (data31.emergency === void 0) {
							const err71 = {
								instancePath: instancePath + "/observedRollouts/" + i4,
								schemaPath: "#/$defs/ObservedRollout/required",
								keyword: "required",
								params: { missingProperty: "emergency" },
								message: "must have required property 'emergency'",
								schema: schema69.required,
								parentSchema: schema69,
								data: data31
							};
							if (vErrors === null) vErrors = [err71];
							else vErrors.push(err71);
							errors++;
						}
						if (data31.rings === void 0) {
							const err72 = {
								instancePath: instancePath + "/observedRollouts/" + i4,
								schemaPath: "#/$defs/ObservedRollout/required",
								keyword: "required",
								params: { missingProperty: "rings" },
								message: "must have required property 'rings'",
								schema: schema69.required,
								parentSchema: schema69,
								data: data31
							};
							if (vErrors === null) vErrors = [err72];
							else vErrors.push(err72);
							errors++;
						}
						for (const key2 in data31) if (!(key2 === "artifact" || key2 === "release" || key2 === "channel" || key2 === "emergency" || key2 === "rings" || key2 === "halted" || key2 === "rolledBack")) {
							const err73 = {
								instancePath: instancePath + "/observedRollouts/" + i4,
								schemaPath: "#/$defs/ObservedRollout/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key2 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema69,
								data: data31
							};
							if (vErrors === null) vErrors = [err73];
							else vErrors.push(err73);
							errors++;
						}
						if (data31.artifact !== void 0) {
							let data32 = data31.artifact;
							if (typeof data32 !== "string") {
								const err74 = {
									instancePath: instancePath + "/observedRollouts/" + i4 + "/artifact",
									schemaPath: "#/$defs/ObservedRollout/properties/artifact/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema69.properties.artifact.type,
									parentSchema: schema69.properties.artifact,
									data: data32
								};
								if (vErrors === null) vErrors = [err74];
								else vErrors.push(err74);
								errors++;
							}
						}
						if (data31.release !== void 0) {
							let data33 = data31.release;
							if (typeof data33 !== "string") {
								const err75 = {
									instancePath: instancePath + "/observedRollouts/" + i4 + "/release",
									schemaPath: "#/$defs/ObservedRollout/properties/release/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema69.properties.release.type,
									parentSchema: schema69.properties.release,
									data: data33
								};
								if (vErrors === null) vErrors = [err75];
								else vErrors.push(err75);
								errors++;
							}
						}
						if (data31.channel !== void 0) {
							let data34 = data31.channel;
							if (typeof data34 !== "string") {
								const err76 = {
									instancePath: instancePath + "/observedRollouts/" + i4 + "/channel",
									schemaPath: "#/$defs/ObservedRollout/properties/channel/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema69.properties.channel.type,
									parentSchema: schema69.properties.channel,
									data: data34
								};
								if (vErrors === null) vErrors = [err76];
								else vErrors.push(err76);
								errors++;
							}
						}
						if (data31.emergency !== void 0) {
							let data35 = data31.emergency;
							if (typeof data35 !== "boolean") {
								const err77 = {
									instancePath: instancePath + "/observedRollouts/" + i4 + "/emergency",
									schemaPath: "#/$defs/ObservedRollout/properties/emergency/type",
									keyword: "type",
									params: { type: "boolean" },
									message: "must be boolean",
									schema: schema69.properties.emergency.type,
									parentSchema: schema69.properties.emergency,
									data: data35
								};
								if (vErrors === null) vErrors = [err77];
								else vErrors.push(err77);
								errors++;
							}
						}
						if (data31.rings !== void 0) {
							let data36 = data31.rings;
							if (Array.isArray(data36)) {
								const len5 = data36.length;
								for (let i5 = 0; i5 < len5; i5++) {
									let data37 = data36[i5];
									if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
										if (data37.name === void 0) {
											const err78 = {
												instancePath: instancePath + "/observedRollouts/" + i4 + "/rings/" + i5,
												schemaPath: "#/$defs/ObservedRollout/properties/rings/items/required",
												keyword: "required",
												params: { missingProperty: "name" },
												message: "must have required property 'name'",
												schema: schema69.properties.rings.items.required,
												parentSchema: schema69.properties.rings.items,
												data: data37
											};
											if (vErrors === null) vErrors = [err78];
											else vErrors.push(err78);
											errors++;
										}
										if (data37.start === void 0) {
											const err79 = {
												instancePath: instancePath + "/observedRollouts/" + i4 + "/rings/" + i5,
												schemaPath: "#/$defs/ObservedRollout/properties/rings/items/required",
												keyword: "required",
												params: { missingProperty: "start" },
												message: "must have required property 'start'",
												schema: schema69.properties.rings.items.required,
												parentSchema: schema69.properties.rings.items,
												data: data37
											};
											if (vErrors === null) vErrors = [err79];
											else vErrors.push(err79);
											errors++;
										}
										if (data37.pct === void 0) {
											const err80 = {
												instancePath: instancePath + "/observedRollouts/" + i4 + "/rings/" + i5,
												schemaPath: "#/$defs/ObservedRollout/properties/rings/items/required",
												keyword: "required",
												params: { missingProperty: "pct" },
												message: "must have required property 'pct'",
												schema: schema69.properties.rings.items.required,
												parentSchema: schema69.properties.rings.items,
												data: data37
											};
											if (vErrors === null) vErrors = [err80];
											else vErrors.push(err80);
											errors++;
										}
										for (const key3 in data37) if (!(key3 === "name" || key3 === "start" || key3 === "end" || key3 === "pct" || key3 === "declaredPct")) {
											const err81 = {
												instancePath: instancePath + "/observedRollouts/" + i4 + "/rings/" + i5,
												schemaPath: "#/$defs/ObservedRollout/properties/rings/items/additionalProperties",
												keyword: "additionalProperties",
												params: { additionalProperty: key3 },
												message: "must NOT have additional properties",
												schema: false,
												parentSchema: schema69.properties.rings.items,
												data: data37
											};
											if (vErrors === null) vErrors = [err81];
											else vErrors.push(err81);
											errors++;
										}
										if (data37.name !== void 0) {
											let data38 = data37.name;
											if (typeof data38 !== "string") {
												const err82 = {
													instancePath: instancePath + "/observedRollouts/" + i4 + "/rings/" + i5 + "/name",
													schemaPath: "#/$defs/ObservedRollout/properties/rings/items/properties/name/type",
													keyword: "type",
													params: { type: "string" },
													message: "must be string",
													schema: schema69.properties.rings.items.properties.name.type,
													parentSchema: schema69.properties.rings.items.properties.name,
													data: data38
												};
												if (vErrors === null) vErrors = [err82];
												else vErrors.push(err82);
												errors++;
											}
										}
										if (data37.start !== void 0) {
											let data39 = data37.start;
											if (typeof data39 === "string") {
												if (!formats6.validate(data39)) {
													const err83 = {
														instancePath: instancePath + "/observedRollouts/" + i4 + "/rings/" + i5 + "/start",
														schemaPath: "#/$defs/ObservedRollout/properties/rings/items/properties/start/format",
														keyword: "format",
														params: { format: "date-time" },
														message: "must match format \"date-time\"",
														schema: "date-time",
														parentSchema: schema69.properties.rings.items.properties.start,
														data: data39
													};
													if (vErrors === null) vErrors = [err83];
													else vErrors.push(err83);
													errors++;
												}
											} else {
												const err84 = {
													instancePath: instancePath + "/observedRollouts/" + i4 + "/rings/" + i5 + "/start",
													schemaPath: "#/$defs/ObservedRollout/properties/rings/items/properties/start/type",
													keyword: "type",
													params: { type: "string" },
													message: "must be string",
													schema: schema69.properties.rings.items.properties.start.type,
													parentSchema: schema69.properties.rings.items.properties.start,
													data: data39
												};
												if (vErrors === null) vErrors = [err84];
												else vErrors.push(err84);
												errors++;
											}
										}
										if (data37.end !== void 0) {
											let data40 = data37.end;
											if (typeof data40 === "string") {
												if (!formats6.validate(data40)) {
													const err85 = {
														instancePath: instancePath + "/observedRollouts/" + i4 + "/rings/" + i5 + "/end",
														schemaPath: "#/$defs/ObservedRollout/properties/rings/items/properties/end/format",
														keyword: "format",
														params: { format: "date-time" },
														message: "must match format \"date-time\"",
														schema: "date-time",
														parentSchema: schema69.properties.rings.items.properties.end,
														data: data40
													};
													if (vErrors === null) vErrors = [err85];
													else vErrors.push(err85);
													errors++;
												}
											} else {
												const err86 = {
													instancePath: instancePath + "/observedRollouts/" + i4 + "/rings/" + i5 + "/end",
													schemaPath: "#/$defs/ObservedRollout/properties/rings/items/properties/end/type",
													keyword: "type",
													params: { type: "string" },
													message: "must be string",
													schema: schema69.properties.rings.items.properties.end.type,
													parentSchema: schema69.properties.rings.items.properties.end,
													data: data40
												};
												if (vErrors === null) vErrors = [err86];
												else vErrors.push(err86);
												errors++;
											}
										}
										if (data37.pct !== void 0) {
											let data41 = data37.pct;
											if (!(typeof data41 == "number" && isFinite(data41)) && data41 !== null) {
												const err87 = {
													instancePath: instancePath + "/observedRollouts/" + i4 + "/rings/" + i5 + "/pct",
													schemaPath: "#/$defs/ObservedRollout/properties/rings/items/properties/pct/type",
													keyword: "type",
													params: { type: schema69.properties.rings.items.properties.pct.type },
													message: "must be number,null",
													schema: schema69.properties.rings.items.properties.pct.type,
													parentSchema: schema69.properties.rings.items.properties.pct,
													data: data41
												};
												if (vErrors === null) vErrors = [err87];
												else vErrors.push(err87);
												errors++;
											}
											if (typeof data41 == "number" && isFinite(data41)) {
												if (data41 > 100 || isNaN(data41)) {
													const err88 = {
														instancePath: instancePath + "/observedRollouts/" + i4 + "/rings/" + i5 + "/pct",
														schemaPath: "#/$defs/ObservedRollout/properties/rings/items/properties/pct/maximum",
														keyword: "maximum",
														params: {
															comparison: "<=",
															limit: 100
														},
														message: "must be <= 100",
														schema: 100,
														parentSchema: schema69.properties.rings.items.properties.pct,
														data: data41
													};
													if (vErrors === null) vErrors = [err88];
													else vErrors.push(err88);
													errors++;
												}
												if (data41 < 0 || isNaN(data41)) {
													const err89 = {
														instancePath: instancePath + "/observedRollouts/" + i4 + "/rings/" + i5 + "/pct",
														schemaPath: "#/$defs/ObservedRollout/properties/rings/items/properties/pct/minimum",
														keyword: "minimum",
														params: {
															comparison: ">=",
															limit: 0
														},
														message: "must be >= 0",
														schema: 0,
														parentSchema: schema69.properties.rings.items.properties.pct,
														data: data41
													};
													if (vErrors === null) vErrors = [err89];
													else vErrors.push(err89);
													errors++;
												}
											}
										}
										if (data37.declaredPct !== void 0) {
											let data42 = data37.declaredPct;
											if (true !== data42) {
												const err90 = {
													instancePath: instancePath + "/observedRollouts/" + i4 + "/rings/" + i5 + "/declaredPct",
													schemaPath: "#/$defs/ObservedRollout/properties/rings/items/properties/declaredPct/const",
													keyword: "const",
													params: { allowedValue: true },
													message: "must be equal to constant",
													schema: true,
													parentSchema: schema69.properties.rings.items.properties.declaredPct,
													data: data42
												};
												if (vErrors === null) vErrors = [err90];
												else vErrors.push(err90);
												errors++;
											}
										}
									} else {
										const err91 = {
											instancePath: instancePath + "/observedRollouts/" + i4 + "/rings/" + i5,
											schemaPath: "#/$defs/ObservedRollout/properties/rings/items/type",
											keyword: "type",
											params: { type: "object" },
											message: "must be object",
											schema: schema69.properties.rings.items.type,
											parentSchema: schema69.properties.rings.items,
											data: data37
										};
										if (vErrors === null) vErrors = [err91];
										else vErrors.push(err91);
										errors++;
									}
								}
							} else {
								const err92 = {
									instancePath: instancePath + "/observedRollouts/" + i4 + "/rings",
									schemaPath: "#/$defs/ObservedRollout/properties/rings/type",
									keyword: "type",
									params: { type: "array" },
									message: "must be array",
									schema: schema69.properties.rings.type,
									parentSchema: schema69.properties.rings,
									data: data36
								};
								if (vErrors === null) vErrors = [err92];
								else vErrors.push(err92);
								errors++;
							}
						}
						if (data31.halted !== void 0) {
							let data43 = data31.halted;
							if (typeof data43 === "string") {
								if (!formats6.validate(data43)) {
									const err93 = {
										instancePath: instancePath + "/observedRollouts/" + i4 + "/halted",
										schemaPath: "#/$defs/ObservedRollout/properties/halted/format",
										keyword: "format",
										params: { format: "date-time" },
										message: "must match format \"date-time\"",
										schema: "date-time",
										parentSchema: schema69.properties.halted,
										data: data43
									};
									if (vErrors === null) vErrors = [err93];
									else vErrors.push(err93);
									errors++;
								}
							} else {
								const err94 = {
									instancePath: instancePath + "/observedRollouts/" + i4 + "/halted",
									schemaPath: "#/$defs/ObservedRollout/properties/halted/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema69.properties.halted.type,
									parentSchema: schema69.properties.halted,
									data: data43
								};
								if (vErrors === null) vErrors = [err94];
								else vErrors.push(err94);
								errors++;
							}
						}
						if (data31.rolledBack !== void 0) {
							let data44 = data31.rolledBack;
							if (typeof data44 === "string") {
								if (!formats6.validate(data44)) {
									const err95 = {
										instancePath: instancePath + "/observedRollouts/" + i4 + "/rolledBack",
										schemaPath: "#/$defs/ObservedRollout/properties/rolledBack/format",
										keyword: "format",
										params: { format: "date-time" },
										message: "must match format \"date-time\"",
										schema: "date-time",
										parentSchema: schema69.properties.rolledBack,
										data: data44
									};
									if (vErrors === null) vErrors = [err95];
									else vErrors.push(err95);
									errors++;
								}
							} else {
								const err96 = {
									instancePath: instancePath + "/observedRollouts/" + i4 + "/rolledBack",
									schemaPath: "#/$defs/ObservedRollout/properties/rolledBack/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema69.properties.rolledBack.type,
									parentSchema: schema69.properties.rolledBack,
									data: data44
								};
								if (vErrors === null) vErrors = [err96];
								else vErrors.push(err96);
								errors++;
							}
						}
					} else {
						const err97 = {
							instancePath: instancePath + "/observedRollouts/" + i4,
							schemaPath: "#/$defs/ObservedRollout/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema69.type,
							parentSchema: schema69,
							data: data31
						};
						if (vErrors === null) vErrors = [err97];
						else vErrors.push(err97);
						errors++;
					}
				}
			} else {
				const err98 = {
					instancePath: instancePath + "/observedRollouts",
					schemaPath: "#/properties/observedRollouts/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema46.properties.observedRollouts.type,
					parentSchema: schema46.properties.observedRollouts,
					data: data30
				};
				if (vErrors === null) vErrors = [err98];
				else vErrors.push(err98);
				errors++;
			}
		}
	} else {
		const err99 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema46.type,
			parentSchema: schema46,
			data
		};
		if (vErrors === null) vErrors = [err99];
		else vErrors.push(err99);
		errors++;
	}
	validate56.errors = vErrors;
	return errors === 0;
}
validate56.evaluated = {
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
	if (!validate56(data, {
		instancePath,
		parentData,
		parentDataProperty,
		rootData,
		dynamicAnchors
	})) {
		vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
		errors = vErrors.length;
	}
	validate20.errors = vErrors;
	return errors === 0;
}
validate20.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
module.exports.schemaDigest = "4479661fa908e95b5d38ac43cae892e3732a3d017f4779727352daee91d158ed";
