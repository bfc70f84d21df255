"use strict";
const require_ucs2length$1 = require("./shared-5ab0ab80.cjs");
const require_equal$1 = require("./shared-320981ab.cjs");
const require_formats$1 = require("./shared-7d2e0bb5.cjs");
// dist/validators/deployment-overlay.cjs
module.exports = validate20;
module.exports.default = validate20;
const schema31 = {
	"$schema": "https://json-schema.org/draft/2020-12/schema",
	"$id": "urn:ringfence:schema:deployment-overlay",
	"title": "DeploymentOverlay",
	"type": "object",
	"required": ["apiVersion", "kind"],
	"additionalProperties": false,
	"properties": {
		"apiVersion": {
			"type": "string",
			"const": "ringfence.dev/v1"
		},
		"kind": {
			"type": "string",
			"const": "DeploymentOverlay"
		},
		"appliesTo": {
			"type": "array",
			"minItems": 1,
			"maxItems": 100,
			"items": {
				"type": "string",
				"minLength": 1,
				"maxLength": 300
			}
		},
		"metadata": { "$ref": "#/$defs/OverlayMetadata" },
		"hostGroups": {
			"type": "array",
			"maxItems": 1e4,
			"items": { "$ref": "#/$defs/OverlayHostGroup" }
		},
		"pairs": {
			"type": "array",
			"items": { "$ref": "#/$defs/RedundancyPair" }
		},
		"healthMonitoring": { "$ref": "#/$defs/HealthMonitoring" },
		"recovery": { "$ref": "#/$defs/DeploymentRecovery" },
		"guardrails": { "$ref": "#/$defs/Guardrails" },
		"incidentResponse": { "$ref": "#/$defs/IncidentResponse" }
	},
	"$defs": {
		"OperatingSystem": {
			"title": "OperatingSystem",
			"type": "string",
			"enum": [
				"windows",
				"linux",
				"macos"
			]
		},
		"Criticality": {
			"title": "Criticality",
			"type": "string",
			"enum": [
				"low",
				"standard",
				"high",
				"critical"
			]
		},
		"HealthSignal": {
			"title": "HealthSignal",
			"type": "string",
			"enum": [
				"host_crash_rate",
				"unexpected_reboot_rate",
				"agent_heartbeat_loss",
				"agent_crash_rate",
				"boot_failure_rate",
				"cpu_pct",
				"mem_pct",
				"disk_io",
				"network_errors",
				"detection_volume"
			]
		},
		"RecoveryRole": {
			"title": "RecoveryRole",
			"type": "string",
			"enum": [
				"domain_controller",
				"key_escrow",
				"imaging",
				"jump_host",
				"backup",
				"out_of_band_management"
			]
		},
		"RedundancyPair": {
			"title": "RedundancyPair",
			"type": "object",
			"additionalProperties": false,
			"required": ["hostGroups"],
			"properties": {
				"name": {
					"type": "string",
					"minLength": 1
				},
				"hostGroups": {
					"type": "array",
					"items": {
						"type": "string",
						"pattern": "^[a-z0-9][a-z0-9._-]*$"
					},
					"minItems": 2,
					"uniqueItems": true
				},
				"description": { "type": "string" }
			}
		},
		"HealthMonitoring": {
			"title": "HealthMonitoring",
			"type": "object",
			"additionalProperties": false,
			"properties": { "rules": {
				"type": "array",
				"items": { "$ref": "#/$defs/HealthMonitoringRule" }
			} }
		},
		"HealthMonitoringRule": {
			"title": "HealthMonitoringRule",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"signal": { "$ref": "#/$defs/HealthSignal" },
				"thresholdPct": {
					"type": "number",
					"minimum": 0,
					"maximum": 100
				},
				"action": {
					"type": "string",
					"enum": [
						"pause_rollout",
						"alert",
						"roll_back"
					]
				}
			}
		},
		"DeploymentRecovery": {
			"title": "DeploymentRecovery",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"bitlockerKeyEscrow": { "$ref": "#/$defs/BitLockerKeyEscrow" },
				"windowsQuickMachineRecovery": { "$ref": "#/$defs/QuickMachineRecovery" },
				"offlineRunbookUrl": {
					"type": "string",
					"format": "uri"
				},
				"fleetRecoveryObjectiveHours": {
					"type": "number",
					"exclusiveMinimum": 0
				},
				"exercises": {
					"type": "array",
					"items": { "$ref": "#/$defs/RecoveryExercise" }
				},
				"outOfBandManagement": { "$ref": "#/$defs/OutOfBandManagement" }
			}
		},
		"RecoveryExercise": {
			"title": "RecoveryExercise",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"date": {
					"type": "string",
					"format": "date"
				},
				"scenario": {
					"type": "string",
					"enum": [
						"boot_loop",
						"dr_failover",
						"tabletop",
						"other"
					]
				},
				"hostsRecovered": {
					"type": "integer",
					"minimum": 0
				},
				"durationHours": {
					"type": "number",
					"exclusiveMinimum": 0
				},
				"reportUrl": {
					"type": "string",
					"format": "uri"
				},
				"description": { "type": "string" }
			}
		},
		"OutOfBandManagement": {
			"title": "OutOfBandManagement",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"servers": { "type": "boolean" },
				"description": { "type": "string" }
			}
		},
		"BitLockerKeyEscrow": {
			"title": "BitLockerKeyEscrow",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"enabled": { "type": "boolean" },
				"store": {
					"type": "string",
					"enum": [
						"entra_id",
						"active_directory",
						"configmgr",
						"third_party_vault"
					]
				},
				"outOfBandAccess": { "type": "boolean" }
			}
		},
		"QuickMachineRecovery": {
			"title": "QuickMachineRecovery",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"enabled": { "type": "boolean" },
				"autoRemediation": { "type": "boolean" }
			}
		},
		"IncidentResponse": {
			"title": "IncidentResponse",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"regime": {
					"type": "string",
					"enum": [
						"nis2_essential",
						"nis2_important",
						"other",
						"none"
					]
				},
				"clocks": { "$ref": "#/$defs/ReportingClocks" },
				"vendorNoticesSubscribed": { "type": "boolean" },
				"contacts": {
					"type": "array",
					"items": { "$ref": "#/$defs/IncidentContact" }
				}
			}
		},
		"ReportingClocks": {
			"title": "ReportingClocks",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"earlyWarningHours": {
					"type": "number",
					"minimum": 0
				},
				"notificationHours": {
					"type": "number",
					"minimum": 0
				},
				"finalReportDays": {
					"type": "number",
					"minimum": 0
				}
			}
		},
		"IncidentContact": {
			"title": "IncidentContact",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"role": {
					"type": "string",
					"minLength": 1
				},
				"reachableOutOfHours": { "type": "boolean" },
				"authority": {
					"type": "array",
					"items": {
						"type": "string",
						"enum": [
							"pause_vendor_content",
							"start_recovery",
							"report_to_authority",
							"inform_service_recipients"
						]
					},
					"uniqueItems": true
				}
			}
		},
		"Guardrails": {
			"title": "Guardrails",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"maxZeroDelayGaSharePct": {
					"type": "number",
					"minimum": 0,
					"maximum": 100
				},
				"maxContentDelayHours": {
					"type": "integer",
					"minimum": 0
				},
				"maxPinAgeDays": {
					"type": "integer",
					"minimum": 0
				},
				"maxPauseDays": {
					"type": "integer",
					"minimum": 0
				}
			}
		},
		"OverlayHostGroup": {
			"title": "OverlayHostGroup",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"id": {
					"type": "string",
					"pattern": "^[a-z0-9][a-z0-9._-]*$"
				},
				"description": { "type": "string" },
				"hosts": {
					"type": "integer",
					"minimum": 1
				},
				"criticality": { "$ref": "#/$defs/Criticality" },
				"os": {
					"type": "array",
					"items": { "$ref": "#/$defs/OperatingSystem" },
					"uniqueItems": true
				},
				"osVersions": {
					"type": "array",
					"items": { "type": "string" },
					"uniqueItems": true
				},
				"tags": {
					"type": "array",
					"items": { "type": "string" },
					"uniqueItems": true
				},
				"roles": {
					"type": "array",
					"items": { "$ref": "#/$defs/RecoveryRole" },
					"uniqueItems": true
				}
			},
			"required": ["id"]
		},
		"OverlayMetadata": {
			"title": "OverlayMetadata",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"organization": {
					"type": "string",
					"minLength": 1
				},
				"product": {
					"type": "string",
					"minLength": 1
				},
				"vendor": { "type": "string" },
				"fleetSize": {
					"type": "integer",
					"minimum": 0
				}
			}
		}
	}
};
const schema32 = {
	"title": "OverlayMetadata",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"organization": {
			"type": "string",
			"minLength": 1
		},
		"product": {
			"type": "string",
			"minLength": 1
		},
		"vendor": { "type": "string" },
		"fleetSize": {
			"type": "integer",
			"minimum": 0
		}
	}
};
const schema37 = {
	"title": "RedundancyPair",
	"type": "object",
	"additionalProperties": false,
	"required": ["hostGroups"],
	"properties": {
		"name": {
			"type": "string",
			"minLength": 1
		},
		"hostGroups": {
			"type": "array",
			"items": {
				"type": "string",
				"pattern": "^[a-z0-9][a-z0-9._-]*$"
			},
			"minItems": 2,
			"uniqueItems": true
		},
		"description": { "type": "string" }
	}
};
const schema46 = {
	"title": "Guardrails",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"maxZeroDelayGaSharePct": {
			"type": "number",
			"minimum": 0,
			"maximum": 100
		},
		"maxContentDelayHours": {
			"type": "integer",
			"minimum": 0
		},
		"maxPinAgeDays": {
			"type": "integer",
			"minimum": 0
		},
		"maxPauseDays": {
			"type": "integer",
			"minimum": 0
		}
	}
};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require_ucs2length$1.require_ucs2length().default;
const schema33 = {
	"title": "OverlayHostGroup",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"id": {
			"type": "string",
			"pattern": "^[a-z0-9][a-z0-9._-]*$"
		},
		"description": { "type": "string" },
		"hosts": {
			"type": "integer",
			"minimum": 1
		},
		"criticality": { "$ref": "#/$defs/Criticality" },
		"os": {
			"type": "array",
			"items": { "$ref": "#/$defs/OperatingSystem" },
			"uniqueItems": true
		},
		"osVersions": {
			"type": "array",
			"items": { "type": "string" },
			"uniqueItems": true
		},
		"tags": {
			"type": "array",
			"items": { "type": "string" },
			"uniqueItems": true
		},
		"roles": {
			"type": "array",
			"items": { "$ref": "#/$defs/RecoveryRole" },
			"uniqueItems": true
		}
	},
	"required": ["id"]
};
const schema34 = {
	"title": "Criticality",
	"type": "string",
	"enum": [
		"low",
		"standard",
		"high",
		"critical"
	]
};
const schema35 = {
	"title": "OperatingSystem",
	"type": "string",
	"enum": [
		"windows",
		"linux",
		"macos"
	]
};
const schema36 = {
	"title": "RecoveryRole",
	"type": "string",
	"enum": [
		"domain_controller",
		"key_escrow",
		"imaging",
		"jump_host",
		"backup",
		"out_of_band_management"
	]
};
const pattern4 = new RegExp("^[a-z0-9][a-z0-9._-]*$", "u");
const func0 = require_equal$1.require_equal().default;
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
		for (const key0 in data) if (!(key0 === "id" || key0 === "description" || key0 === "hosts" || key0 === "criticality" || key0 === "os" || key0 === "osVersions" || key0 === "tags" || key0 === "roles")) {
			const err1 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema33,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.id !== void 0) {
			let data0 = data.id;
			if (typeof data0 === "string") {
				if (!pattern4.test(data0)) {
					const err2 = {
						instancePath: instancePath + "/id",
						schemaPath: "#/properties/id/pattern",
						keyword: "pattern",
						params: { pattern: "^[a-z0-9][a-z0-9._-]*$" },
						message: "must match pattern \"^[a-z0-9][a-z0-9._-]*$\"",
						schema: "^[a-z0-9][a-z0-9._-]*$",
						parentSchema: schema33.properties.id,
						data: data0
					};
					if (vErrors === null) vErrors = [err2];
					else vErrors.push(err2);
					errors++;
				}
			} else {
				const err3 = {
					instancePath: instancePath + "/id",
					schemaPath: "#/properties/id/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema33.properties.id.type,
					parentSchema: schema33.properties.id,
					data: data0
				};
				if (vErrors === null) vErrors = [err3];
				else vErrors.push(err3);
				errors++;
			}
		}
		if (data.description !== void 0) {
			let data1 = data.description;
			if (typeof data1 !== "string") {
				const err4 = {
					instancePath: instancePath + "/description",
					schemaPath: "#/properties/description/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema33.properties.description.type,
					parentSchema: schema33.properties.description,
					data: data1
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
		}
		if (data.hosts !== void 0) {
			let data2 = data.hosts;
			if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
				const err5 = {
					instancePath: instancePath + "/hosts",
					schemaPath: "#/properties/hosts/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema33.properties.hosts.type,
					parentSchema: schema33.properties.hosts,
					data: data2
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
			if (typeof data2 == "number" && isFinite(data2)) {
				if (data2 < 1 || isNaN(data2)) {
					const err6 = {
						instancePath: instancePath + "/hosts",
						schemaPath: "#/properties/hosts/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 1
						},
						message: "must be >= 1",
						schema: 1,
						parentSchema: schema33.properties.hosts,
						data: data2
					};
					if (vErrors === null) vErrors = [err6];
					else vErrors.push(err6);
					errors++;
				}
			}
		}
		if (data.criticality !== void 0) {
			let data3 = data.criticality;
			if (typeof data3 !== "string") {
				const err7 = {
					instancePath: instancePath + "/criticality",
					schemaPath: "#/$defs/Criticality/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema34.type,
					parentSchema: schema34,
					data: data3
				};
				if (vErrors === null) vErrors = [err7];
				else vErrors.push(err7);
				errors++;
			}
			if (!(data3 === "low" || data3 === "standard" || data3 === "high" || data3 === "critical")) {
				const err8 = {
					instancePath: instancePath + "/criticality",
					schemaPath: "#/$defs/Criticality/enum",
					keyword: "enum",
					params: { allowedValues: schema34.enum },
					message: "must be equal to one of the allowed values",
					schema: schema34.enum,
					parentSchema: schema34,
					data: data3
				};
				if (vErrors === null) vErrors = [err8];
				else vErrors.push(err8);
				errors++;
			}
		}
		if (data.os !== void 0) {
			let data4 = data.os;
			if (Array.isArray(data4)) {
				const len0 = data4.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data5 = data4[i0];
					if (typeof data5 !== "string") {
						const err9 = {
							instancePath: instancePath + "/os/" + i0,
							schemaPath: "#/$defs/OperatingSystem/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema35.type,
							parentSchema: schema35,
							data: data5
						};
						if (vErrors === null) vErrors = [err9];
						else vErrors.push(err9);
						errors++;
					}
					if (!(data5 === "windows" || data5 === "linux" || data5 === "macos")) {
						const err10 = {
							instancePath: instancePath + "/os/" + i0,
							schemaPath: "#/$defs/OperatingSystem/enum",
							keyword: "enum",
							params: { allowedValues: schema35.enum },
							message: "must be equal to one of the allowed values",
							schema: schema35.enum,
							parentSchema: schema35,
							data: data5
						};
						if (vErrors === null) vErrors = [err10];
						else vErrors.push(err10);
						errors++;
					}
				}
				let i1 = data4.length;
				let j0;
				if (i1 > 1) {
					outer0: for (; i1--;) for (j0 = i1; j0--;) if (func0(data4[i1], data4[j0])) {
						const err11 = {
							instancePath: instancePath + "/os",
							schemaPath: "#/properties/os/uniqueItems",
							keyword: "uniqueItems",
							params: {
								i: i1,
								j: j0
							},
							message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
							schema: true,
							parentSchema: schema33.properties.os,
							data: data4
						};
						if (vErrors === null) vErrors = [err11];
						else vErrors.push(err11);
						errors++;
						break outer0;
					}
				}
			} else {
				const err12 = {
					instancePath: instancePath + "/os",
					schemaPath: "#/properties/os/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema33.properties.os.type,
					parentSchema: schema33.properties.os,
					data: data4
				};
				if (vErrors === null) vErrors = [err12];
				else vErrors.push(err12);
				errors++;
			}
		}
		if (data.osVersions !== void 0) {
			let data6 = data.osVersions;
			if (Array.isArray(data6)) {
				const len1 = data6.length;
				for (let i2 = 0; i2 < len1; i2++) {
					let data7 = data6[i2];
					if (typeof data7 !== "string") {
						const err13 = {
							instancePath: instancePath + "/osVersions/" + i2,
							schemaPath: "#/properties/osVersions/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema33.properties.osVersions.items.type,
							parentSchema: schema33.properties.osVersions.items,
							data: data7
						};
						if (vErrors === null) vErrors = [err13];
						else vErrors.push(err13);
						errors++;
					}
				}
				let i3 = data6.length;
				let j1;
				if (i3 > 1) {
					const indices0 = {};
					for (; i3--;) {
						let item0 = data6[i3];
						if (typeof item0 !== "string") continue;
						if (typeof indices0[item0] == "number") {
							j1 = indices0[item0];
							const err14 = {
								instancePath: instancePath + "/osVersions",
								schemaPath: "#/properties/osVersions/uniqueItems",
								keyword: "uniqueItems",
								params: {
									i: i3,
									j: j1
								},
								message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)",
								schema: true,
								parentSchema: schema33.properties.osVersions,
								data: data6
							};
							if (vErrors === null) vErrors = [err14];
							else vErrors.push(err14);
							errors++;
							break;
						}
						indices0[item0] = i3;
					}
				}
			} else {
				const err15 = {
					instancePath: instancePath + "/osVersions",
					schemaPath: "#/properties/osVersions/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema33.properties.osVersions.type,
					parentSchema: schema33.properties.osVersions,
					data: data6
				};
				if (vErrors === null) vErrors = [err15];
				else vErrors.push(err15);
				errors++;
			}
		}
		if (data.tags !== void 0) {
			let data8 = data.tags;
			if (Array.isArray(data8)) {
				const len2 = data8.length;
				for (let i4 = 0; i4 < len2; i4++) {
					let data9 = data8[i4];
					if (typeof data9 !== "string") {
						const err16 = {
							instancePath: instancePath + "/tags/" + i4,
							schemaPath: "#/properties/tags/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema33.properties.tags.items.type,
							parentSchema: schema33.properties.tags.items,
							data: data9
						};
						if (vErrors === null) vErrors = [err16];
						else vErrors.push(err16);
						errors++;
					}
				}
				let i5 = data8.length;
				let j2;
				if (i5 > 1) {
					const indices1 = {};
					for (; i5--;) {
						let item1 = data8[i5];
						if (typeof item1 !== "string") continue;
						if (typeof indices1[item1] == "number") {
							j2 = indices1[item1];
							const err17 = {
								instancePath: instancePath + "/tags",
								schemaPath: "#/properties/tags/uniqueItems",
								keyword: "uniqueItems",
								params: {
									i: i5,
									j: j2
								},
								message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)",
								schema: true,
								parentSchema: schema33.properties.tags,
								data: data8
							};
							if (vErrors === null) vErrors = [err17];
							else vErrors.push(err17);
							errors++;
							break;
						}
						indices1[item1] = i5;
					}
				}
			} else {
				const err18 = {
					instancePath: instancePath + "/tags",
					schemaPath: "#/properties/tags/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema33.properties.tags.type,
					parentSchema: schema33.properties.tags,
					data: data8
				};
				if (vErrors === null) vErrors = [err18];
				else vErrors.push(err18);
				errors++;
			}
		}
		if (data.roles !== void 0) {
			let data10 = data.roles;
			if (Array.isArray(data10)) {
				const len3 = data10.length;
				for (let i6 = 0; i6 < len3; i6++) {
					let data11 = data10[i6];
					if (typeof data11 !== "string") {
						const err19 = {
							instancePath: instancePath + "/roles/" + i6,
							schemaPath: "#/$defs/RecoveryRole/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema36.type,
							parentSchema: schema36,
							data: data11
						};
						if (vErrors === null) vErrors = [err19];
						else vErrors.push(err19);
						errors++;
					}
					if (!(data11 === "domain_controller" || data11 === "key_escrow" || data11 === "imaging" || data11 === "jump_host" || data11 === "backup" || data11 === "out_of_band_management")) {
						const err20 = {
							instancePath: instancePath + "/roles/" + i6,
							schemaPath: "#/$defs/RecoveryRole/enum",
							keyword: "enum",
							params: { allowedValues: schema36.enum },
							message: "must be equal to one of the allowed values",
							schema: schema36.enum,
							parentSchema: schema36,
							data: data11
						};
						if (vErrors === null) vErrors = [err20];
						else vErrors.push(err20);
						errors++;
					}
				}
				let i7 = data10.length;
				let j3;
				if (i7 > 1) {
					outer1: for (; i7--;) for (j3 = i7; j3--;) if (func0(data10[i7], data10[j3])) {
						const err21 = {
							instancePath: instancePath + "/roles",
							schemaPath: "#/properties/roles/uniqueItems",
							keyword: "uniqueItems",
							params: {
								i: i7,
								j: j3
							},
							message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)",
							schema: true,
							parentSchema: schema33.properties.roles,
							data: data10
						};
						if (vErrors === null) vErrors = [err21];
						else vErrors.push(err21);
						errors++;
						break outer1;
					}
				}
			} else {
				const err22 = {
					instancePath: instancePath + "/roles",
					schemaPath: "#/properties/roles/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema33.properties.roles.type,
					parentSchema: schema33.properties.roles,
					data: data10
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
			schema: schema33.type,
			parentSchema: schema33,
			data
		};
		if (vErrors === null) vErrors = [err23];
		else vErrors.push(err23);
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
	"title": "HealthMonitoring",
	"type": "object",
	"additionalProperties": false,
	"properties": { "rules": {
		"type": "array",
		"items": { "$ref": "#/$defs/HealthMonitoringRule" }
	} }
};
const schema39 = {
	"title": "HealthMonitoringRule",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"signal": { "$ref": "#/$defs/HealthSignal" },
		"thresholdPct": {
			"type": "number",
			"minimum": 0,
			"maximum": 100
		},
		"action": {
			"type": "string",
			"enum": [
				"pause_rollout",
				"alert",
				"roll_back"
			]
		}
	}
};
const schema40 = {
	"title": "HealthSignal",
	"type": "string",
	"enum": [
		"host_crash_rate",
		"unexpected_reboot_rate",
		"agent_heartbeat_loss",
		"agent_crash_rate",
		"boot_failure_rate",
		"cpu_pct",
		"mem_pct",
		"disk_io",
		"network_errors",
		"detection_volume"
	]
};
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate24.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "signal" || key0 === "thresholdPct" || key0 === "action")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema39,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.signal !== void 0) {
			let data0 = data.signal;
			if (typeof data0 !== "string") {
				const err1 = {
					instancePath: instancePath + "/signal",
					schemaPath: "#/$defs/HealthSignal/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema40.type,
					parentSchema: schema40,
					data: data0
				};
				if (vErrors === null) vErrors = [err1];
				else vErrors.push(err1);
				errors++;
			}
			if (!(data0 === "host_crash_rate" || data0 === "unexpected_reboot_rate" || data0 === "agent_heartbeat_loss" || data0 === "agent_crash_rate" || data0 === "boot_failure_rate" || data0 === "cpu_pct" || data0 === "mem_pct" || data0 === "disk_io" || data0 === "network_errors" || data0 === "detection_volume")) {
				const err2 = {
					instancePath: instancePath + "/signal",
					schemaPath: "#/$defs/HealthSignal/enum",
					keyword: "enum",
					params: { allowedValues: schema40.enum },
					message: "must be equal to one of the allowed values",
					schema: schema40.enum,
					parentSchema: schema40,
					data: data0
				};
				if (vErrors === null) vErrors = [err2];
				else vErrors.push(err2);
				errors++;
			}
		}
		if (data.thresholdPct !== void 0) {
			let data1 = data.thresholdPct;
			if (typeof data1 == "number" && isFinite(data1)) {
				if (data1 > 100 || isNaN(data1)) {
					const err3 = {
						instancePath: instancePath + "/thresholdPct",
						schemaPath: "#/properties/thresholdPct/maximum",
						keyword: "maximum",
						params: {
							comparison: "<=",
							limit: 100
						},
						message: "must be <= 100",
						schema: 100,
						parentSchema: schema39.properties.thresholdPct,
						data: data1
					};
					if (vErrors === null) vErrors = [err3];
					else vErrors.push(err3);
					errors++;
				}
				if (data1 < 0 || isNaN(data1)) {
					const err4 = {
						instancePath: instancePath + "/thresholdPct",
						schemaPath: "#/properties/thresholdPct/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema39.properties.thresholdPct,
						data: data1
					};
					if (vErrors === null) vErrors = [err4];
					else vErrors.push(err4);
					errors++;
				}
			} else {
				const err5 = {
					instancePath: instancePath + "/thresholdPct",
					schemaPath: "#/properties/thresholdPct/type",
					keyword: "type",
					params: { type: "number" },
					message: "must be number",
					schema: schema39.properties.thresholdPct.type,
					parentSchema: schema39.properties.thresholdPct,
					data: data1
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.action !== void 0) {
			let data2 = data.action;
			if (typeof data2 !== "string") {
				const err6 = {
					instancePath: instancePath + "/action",
					schemaPath: "#/properties/action/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema39.properties.action.type,
					parentSchema: schema39.properties.action,
					data: data2
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
			if (!(data2 === "pause_rollout" || data2 === "alert" || data2 === "roll_back")) {
				const err7 = {
					instancePath: instancePath + "/action",
					schemaPath: "#/properties/action/enum",
					keyword: "enum",
					params: { allowedValues: schema39.properties.action.enum },
					message: "must be equal to one of the allowed values",
					schema: schema39.properties.action.enum,
					parentSchema: schema39.properties.action,
					data: data2
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
			schema: schema39.type,
			parentSchema: schema39,
			data
		};
		if (vErrors === null) vErrors = [err8];
		else vErrors.push(err8);
		errors++;
	}
	validate24.errors = vErrors;
	return errors === 0;
}
validate24.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate23.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "rules")) {
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
		if (data.rules !== void 0) {
			let data0 = data.rules;
			if (Array.isArray(data0)) {
				const len0 = data0.length;
				for (let i0 = 0; i0 < len0; i0++) if (!validate24(data0[i0], {
					instancePath: instancePath + "/rules/" + i0,
					parentData: data0,
					parentDataProperty: i0,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
					errors = vErrors.length;
				}
			} else {
				const err1 = {
					instancePath: instancePath + "/rules",
					schemaPath: "#/properties/rules/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema38.properties.rules.type,
					parentSchema: schema38.properties.rules,
					data: data0
				};
				if (vErrors === null) vErrors = [err1];
				else vErrors.push(err1);
				errors++;
			}
		}
	} else {
		const err2 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema38.type,
			parentSchema: schema38,
			data
		};
		if (vErrors === null) vErrors = [err2];
		else vErrors.push(err2);
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
const schema41 = {
	"title": "DeploymentRecovery",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"bitlockerKeyEscrow": { "$ref": "#/$defs/BitLockerKeyEscrow" },
		"windowsQuickMachineRecovery": { "$ref": "#/$defs/QuickMachineRecovery" },
		"offlineRunbookUrl": {
			"type": "string",
			"format": "uri"
		},
		"fleetRecoveryObjectiveHours": {
			"type": "number",
			"exclusiveMinimum": 0
		},
		"exercises": {
			"type": "array",
			"items": { "$ref": "#/$defs/RecoveryExercise" }
		},
		"outOfBandManagement": { "$ref": "#/$defs/OutOfBandManagement" }
	}
};
const schema42 = {
	"title": "BitLockerKeyEscrow",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"enabled": { "type": "boolean" },
		"store": {
			"type": "string",
			"enum": [
				"entra_id",
				"active_directory",
				"configmgr",
				"third_party_vault"
			]
		},
		"outOfBandAccess": { "type": "boolean" }
	}
};
const schema43 = {
	"title": "QuickMachineRecovery",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"enabled": { "type": "boolean" },
		"autoRemediation": { "type": "boolean" }
	}
};
const schema44 = {
	"title": "RecoveryExercise",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"date": {
			"type": "string",
			"format": "date"
		},
		"scenario": {
			"type": "string",
			"enum": [
				"boot_loop",
				"dr_failover",
				"tabletop",
				"other"
			]
		},
		"hostsRecovered": {
			"type": "integer",
			"minimum": 0
		},
		"durationHours": {
			"type": "number",
			"exclusiveMinimum": 0
		},
		"reportUrl": {
			"type": "string",
			"format": "uri"
		},
		"description": { "type": "string" }
	}
};
const schema45 = {
	"title": "OutOfBandManagement",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"servers": { "type": "boolean" },
		"description": { "type": "string" }
	}
};
const formats0 = require_formats$1.require_formats().fullFormats.uri;
const formats2 = require_formats$1.require_formats().fullFormats.date;
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate27.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "bitlockerKeyEscrow" || key0 === "windowsQuickMachineRecovery" || key0 === "offlineRunbookUrl" || key0 === "fleetRecoveryObjectiveHours" || key0 === "exercises" || key0 === "outOfBandManagement")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema41,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.bitlockerKeyEscrow !== void 0) {
			let data0 = data.bitlockerKeyEscrow;
			if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
				for (const key1 in data0) if (!(key1 === "enabled" || key1 === "store" || key1 === "outOfBandAccess")) {
					const err1 = {
						instancePath: instancePath + "/bitlockerKeyEscrow",
						schemaPath: "#/$defs/BitLockerKeyEscrow/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema42,
						data: data0
					};
					if (vErrors === null) vErrors = [err1];
					else vErrors.push(err1);
					errors++;
				}
				if (data0.enabled !== void 0) {
					let data1 = data0.enabled;
					if (typeof data1 !== "boolean") {
						const err2 = {
							instancePath: instancePath + "/bitlockerKeyEscrow/enabled",
							schemaPath: "#/$defs/BitLockerKeyEscrow/properties/enabled/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema42.properties.enabled.type,
							parentSchema: schema42.properties.enabled,
							data: data1
						};
						if (vErrors === null) vErrors = [err2];
						else vErrors.push(err2);
						errors++;
					}
				}
				if (data0.store !== void 0) {
					let data2 = data0.store;
					if (typeof data2 !== "string") {
						const err3 = {
							instancePath: instancePath + "/bitlockerKeyEscrow/store",
							schemaPath: "#/$defs/BitLockerKeyEscrow/properties/store/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema42.properties.store.type,
							parentSchema: schema42.properties.store,
							data: data2
						};
						if (vErrors === null) vErrors = [err3];
						else vErrors.push(err3);
						errors++;
					}
					if (!(data2 === "entra_id" || data2 === "active_directory" || data2 === "configmgr" || data2 === "third_party_vault")) {
						const err4 = {
							instancePath: instancePath + "/bitlockerKeyEscrow/store",
							schemaPath: "#/$defs/BitLockerKeyEscrow/properties/store/enum",
							keyword: "enum",
							params: { allowedValues: schema42.properties.store.enum },
							message: "must be equal to one of the allowed values",
							schema: schema42.properties.store.enum,
							parentSchema: schema42.properties.store,
							data: data2
						};
						if (vErrors === null) vErrors = [err4];
						else vErrors.push(err4);
						errors++;
					}
				}
				if (data0.outOfBandAccess !== void 0) {
					let data3 = data0.outOfBandAccess;
					if (typeof data3 !== "boolean") {
						const err5 = {
							instancePath: instancePath + "/bitlockerKeyEscrow/outOfBandAccess",
							schemaPath: "#/$defs/BitLockerKeyEscrow/properties/outOfBandAccess/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema42.properties.outOfBandAccess.type,
							parentSchema: schema42.properties.outOfBandAccess,
							data: data3
						};
						if (vErrors === null) vErrors = [err5];
						else vErrors.push(err5);
						errors++;
					}
				}
			} else {
				const err6 = {
					instancePath: instancePath + "/bitlockerKeyEscrow",
					schemaPath: "#/$defs/BitLockerKeyEscrow/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema42.type,
					parentSchema: schema42,
					data: data0
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
		}
		if (data.windowsQuickMachineRecovery !== void 0) {
			let data4 = data.windowsQuickMachineRecovery;
			if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
				for (const key2 in data4) if (!(key2 === "enabled" || key2 === "autoRemediation")) {
					const err7 = {
						instancePath: instancePath + "/windowsQuickMachineRecovery",
						schemaPath: "#/$defs/QuickMachineRecovery/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key2 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema43,
						data: data4
					};
					if (vErrors === null) vErrors = [err7];
					else vErrors.push(err7);
					errors++;
				}
				if (data4.enabled !== void 0) {
					let data5 = data4.enabled;
					if (typeof data5 !== "boolean") {
						const err8 = {
							instancePath: instancePath + "/windowsQuickMachineRecovery/enabled",
							schemaPath: "#/$defs/QuickMachineRecovery/properties/enabled/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema43.properties.enabled.type,
							parentSchema: schema43.properties.enabled,
							data: data5
						};
						if (vErrors === null) vErrors = [err8];
						else vErrors.push(err8);
						errors++;
					}
				}
				if (data4.autoRemediation !== void 0) {
					let data6 = data4.autoRemediation;
					if (typeof data6 !== "boolean") {
						const err9 = {
							instancePath: instancePath + "/windowsQuickMachineRecovery/autoRemediation",
							schemaPath: "#/$defs/QuickMachineRecovery/properties/autoRemediation/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema43.properties.autoRemediation.type,
							parentSchema: schema43.properties.autoRemediation,
							data: data6
						};
						if (vErrors === null) vErrors = [err9];
						else vErrors.push(err9);
						errors++;
					}
				}
			} else {
				const err10 = {
					instancePath: instancePath + "/windowsQuickMachineRecovery",
					schemaPath: "#/$defs/QuickMachineRecovery/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema43.type,
					parentSchema: schema43,
					data: data4
				};
				if (vErrors === null) vErrors = [err10];
				else vErrors.push(err10);
				errors++;
			}
		}
		if (data.offlineRunbookUrl !== void 0) {
			let data7 = data.offlineRunbookUrl;
			if (typeof data7 === "string") {
				if (!formats0(data7)) {
					const err11 = {
						instancePath: instancePath + "/offlineRunbookUrl",
						schemaPath: "#/properties/offlineRunbookUrl/format",
						keyword: "format",
						params: { format: "uri" },
						message: "must match format \"uri\"",
						schema: "uri",
						parentSchema: schema41.properties.offlineRunbookUrl,
						data: data7
					};
					if (vErrors === null) vErrors = [err11];
					else vErrors.push(err11);
					errors++;
				}
			} else {
				const err12 = {
					instancePath: instancePath + "/offlineRunbookUrl",
					schemaPath: "#/properties/offlineRunbookUrl/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema41.properties.offlineRunbookUrl.type,
					parentSchema: schema41.properties.offlineRunbookUrl,
					data: data7
				};
				if (vErrors === null) vErrors = [err12];
				else vErrors.push(err12);
				errors++;
			}
		}
		if (data.fleetRecoveryObjectiveHours !== void 0) {
			let data8 = data.fleetRecoveryObjectiveHours;
			if (typeof data8 == "number" && isFinite(data8)) {
				if (data8 <= 0 || isNaN(data8)) {
					const err13 = {
						instancePath: instancePath + "/fleetRecoveryObjectiveHours",
						schemaPath: "#/properties/fleetRecoveryObjectiveHours/exclusiveMinimum",
						keyword: "exclusiveMinimum",
						params: {
							comparison: ">",
							limit: 0
						},
						message: "must be > 0",
						schema: 0,
						parentSchema: schema41.properties.fleetRecoveryObjectiveHours,
						data: data8
					};
					if (vErrors === null) vErrors = [err13];
					else vErrors.push(err13);
					errors++;
				}
			} else {
				const err14 = {
					instancePath: instancePath + "/fleetRecoveryObjectiveHours",
					schemaPath: "#/properties/fleetRecoveryObjectiveHours/type",
					keyword: "type",
					params: { type: "number" },
					message: "must be number",
					schema: schema41.properties.fleetRecoveryObjectiveHours.type,
					parentSchema: schema41.properties.fleetRecoveryObjectiveHours,
					data: data8
				};
				if (vErrors === null) vErrors = [err14];
				else vErrors.push(err14);
				errors++;
			}
		}
		if (data.exercises !== void 0) {
			let data9 = data.exercises;
			if (Array.isArray(data9)) {
				const len0 = data9.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data10 = data9[i0];
					if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
						for (const key3 in data10) if (!(key3 === "date" || key3 === "scenario" || key3 === "hostsRecovered" || key3 === "durationHours" || key3 === "reportUrl" || key3 === "description")) {
							const err15 = {
								instancePath: instancePath + "/exercises/" + i0,
								schemaPath: "#/$defs/RecoveryExercise/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key3 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema44,
								data: data10
							};
							if (vErrors === null) vErrors = [err15];
							else vErrors.push(err15);
							errors++;
						}
						if (data10.date !== void 0) {
							let data11 = data10.date;
							if (typeof data11 === "string") {
								if (!formats2.validate(data11)) {
									const err16 = {
										instancePath: instancePath + "/exercises/" + i0 + "/date",
										schemaPath: "#/$defs/RecoveryExercise/properties/date/format",
										keyword: "format",
										params: { format: "date" },
										message: "must match format \"date\"",
										schema: "date",
										parentSchema: schema44.properties.date,
										data: data11
									};
									if (vErrors === null) vErrors = [err16];
									else vErrors.push(err16);
									errors++;
								}
							} else {
								const err17 = {
									instancePath: instancePath + "/exercises/" + i0 + "/date",
									schemaPath: "#/$defs/RecoveryExercise/properties/date/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema44.properties.date.type,
									parentSchema: schema44.properties.date,
									data: data11
								};
								if (vErrors === null) vErrors = [err17];
								else vErrors.push(err17);
								errors++;
							}
						}
						if (data10.scenario !== void 0) {
							let data12 = data10.scenario;
							if (typeof data12 !== "string") {
								const err18 = {
									instancePath: instancePath + "/exercises/" + i0 + "/scenario",
									schemaPath: "#/$defs/RecoveryExercise/properties/scenario/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema44.properties.scenario.type,
									parentSchema: schema44.properties.scenario,
									data: data12
								};
								if (vErrors === null) vErrors = [err18];
								else vErrors.push(err18);
								errors++;
							}
							if (!(data12 === "boot_loop" || data12 === "dr_failover" || data12 === "tabletop" || data12 === "other")) {
								const err19 = {
									instancePath: instancePath + "/exercises/" + i0 + "/scenario",
									schemaPath: "#/$defs/RecoveryExercise/properties/scenario/enum",
									keyword: "enum",
									params: { allowedValues: schema44.properties.scenario.enum },
									message: "must be equal to one of the allowed values",
									schema: schema44.properties.scenario.enum,
									parentSchema: schema44.properties.scenario,
									data: data12
								};
								if (vErrors === null) vErrors = [err19];
								else vErrors.push(err19);
								errors++;
							}
						}
						if (data10.hostsRecovered !== void 0) {
							let data13 = data10.hostsRecovered;
							if (!(typeof data13 == "number" && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
								const err20 = {
									instancePath: instancePath + "/exercises/" + i0 + "/hostsRecovered",
									schemaPath: "#/$defs/RecoveryExercise/properties/hostsRecovered/type",
									keyword: "type",
									params: { type: "integer" },
									message: "must be integer",
									schema: schema44.properties.hostsRecovered.type,
									parentSchema: schema44.properties.hostsRecovered,
									data: data13
								};
								if (vErrors === null) vErrors = [err20];
								else vErrors.push(err20);
								errors++;
							}
							if (typeof data13 == "number" && isFinite(data13)) {
								if (data13 < 0 || isNaN(data13)) {
									const err21 = {
										instancePath: instancePath + "/exercises/" + i0 + "/hostsRecovered",
										schemaPath: "#/$defs/RecoveryExercise/properties/hostsRecovered/minimum",
										keyword: "minimum",
										params: {
											comparison: ">=",
											limit: 0
										},
										message: "must be >= 0",
										schema: 0,
										parentSchema: schema44.properties.hostsRecovered,
										data: data13
									};
									if (vErrors === null) vErrors = [err21];
									else vErrors.push(err21);
									errors++;
								}
							}
						}
						if (data10.durationHours !== void 0) {
							let data14 = data10.durationHours;
							if (typeof data14 == "number" && isFinite(data14)) {
								if (data14 <= 0 || isNaN(data14)) {
									const err22 = {
										instancePath: instancePath + "/exercises/" + i0 + "/durationHours",
										schemaPath: "#/$defs/RecoveryExercise/properties/durationHours/exclusiveMinimum",
										keyword: "exclusiveMinimum",
										params: {
											comparison: ">",
											limit: 0
										},
										message: "must be > 0",
										schema: 0,
										parentSchema: schema44.properties.durationHours,
										data: data14
									};
									if (vErrors === null) vErrors = [err22];
									else vErrors.push(err22);
									errors++;
								}
							} else {
								const err23 = {
									instancePath: instancePath + "/exercises/" + i0 + "/durationHours",
									schemaPath: "#/$defs/RecoveryExercise/properties/durationHours/type",
									keyword: "type",
									params: { type: "number" },
									message: "must be number",
									schema: schema44.properties.durationHours.type,
									parentSchema: schema44.properties.durationHours,
									data: data14
								};
								if (vErrors === null) vErrors = [err23];
								else vErrors.push(err23);
								errors++;
							}
						}
						if (data10.reportUrl !== void 0) {
							let data15 = data10.reportUrl;
							if (typeof data15 === "string") {
								if (!formats0(data15)) {
									const err24 = {
										instancePath: instancePath + "/exercises/" + i0 + "/reportUrl",
										schemaPath: "#/$defs/RecoveryExercise/properties/reportUrl/format",
										keyword: "format",
										params: { format: "uri" },
										message: "must match format \"uri\"",
										schema: "uri",
										parentSchema: schema44.properties.reportUrl,
										data: data15
									};
									if (vErrors === null) vErrors = [err24];
									else vErrors.push(err24);
									errors++;
								}
							} else {
								const err25 = {
									instancePath: instancePath + "/exercises/" + i0 + "/reportUrl",
									schemaPath: "#/$defs/RecoveryExercise/properties/reportUrl/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema44.properties.reportUrl.type,
									parentSchema: schema44.properties.reportUrl,
									data: data15
								};
								if (vErrors === null) vErrors = [err25];
								else vErrors.push(err25);
								errors++;
							}
						}
						if (data10.description !== void 0) {
							let data16 = data10.description;
							if (typeof data16 !== "string") {
								const err26 = {
									instancePath: instancePath + "/exercises/" + i0 + "/description",
									schemaPath: "#/$defs/RecoveryExercise/properties/description/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema44.properties.description.type,
									parentSchema: schema44.properties.description,
									data: data16
								};
								if (vErrors === null) vErrors = [err26];
								else vErrors.push(err26);
								errors++;
							}
						}
					} else {
						const err27 = {
							instancePath: instancePath + "/exercises/" + i0,
							schemaPath: "#/$defs/RecoveryExercise/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema44.type,
							parentSchema: schema44,
							data: data10
						};
						if (vErrors === null) vErrors = [err27];
						else vErrors.push(err27);
						errors++;
					}
				}
			} else {
				const err28 = {
					instancePath: instancePath + "/exercises",
					schemaPath: "#/properties/exercises/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema41.properties.exercises.type,
					parentSchema: schema41.properties.exercises,
					data: data9
				};
				if (vErrors === null) vErrors = [err28];
				else vErrors.push(err28);
				errors++;
			}
		}
		if (data.outOfBandManagement !== void 0) {
			let data17 = data.outOfBandManagement;
			if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
				for (const key4 in data17) if (!(key4 === "servers" || key4 === "description")) {
					const err29 = {
						instancePath: instancePath + "/outOfBandManagement",
						schemaPath: "#/$defs/OutOfBandManagement/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key4 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema45,
						data: data17
					};
					if (vErrors === null) vErrors = [err29];
					else vErrors.push(err29);
					errors++;
				}
				if (data17.servers !== void 0) {
					let data18 = data17.servers;
					if (typeof data18 !== "boolean") {
						const err30 = {
							instancePath: instancePath + "/outOfBandManagement/servers",
							schemaPath: "#/$defs/OutOfBandManagement/properties/servers/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema45.properties.servers.type,
							parentSchema: schema45.properties.servers,
							data: data18
						};
						if (vErrors === null) vErrors = [err30];
						else vErrors.push(err30);
						errors++;
					}
				}
				if (data17.description !== void 0) {
					let data19 = data17.description;
					if (typeof data19 !== "string") {
						const err31 = {
							instancePath: instancePath + "/outOfBandManagement/description",
							schemaPath: "#/$defs/OutOfBandManagement/properties/description/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema45.properties.description.type,
							parentSchema: schema45.properties.description,
							data: data19
						};
						if (vErrors === null) vErrors = [err31];
						else vErrors.push(err31);
						errors++;
					}
				}
			} else {
				const err32 = {
					instancePath: instancePath + "/outOfBandManagement",
					schemaPath: "#/$defs/OutOfBandManagement/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema45.type,
					parentSchema: schema45,
					data: data17
				};
				if (vErrors === null) vErrors = [err32];
				else vErrors.push(err32);
				errors++;
			}
		}
	} else {
		const err33 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema41.type,
			parentSchema: schema41,
			data
		};
		if (vErrors === null) vErrors = [err33];
		else vErrors.push(err33);
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
const schema47 = {
	"title": "IncidentResponse",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"regime": {
			"type": "string",
			"enum": [
				"nis2_essential",
				"nis2_important",
				"other",
				"none"
			]
		},
		"clocks": { "$ref": "#/$defs/ReportingClocks" },
		"vendorNoticesSubscribed": { "type": "boolean" },
		"contacts": {
			"type": "array",
			"items": { "$ref": "#/$defs/IncidentContact" }
		}
	}
};
const schema48 = {
	"title": "ReportingClocks",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"earlyWarningHours": {
			"type": "number",
			"minimum": 0
		},
		"notificationHours": {
			"type": "number",
			"minimum": 0
		},
		"finalReportDays": {
			"type": "number",
			"minimum": 0
		}
	}
};
const schema49 = {
	"title": "IncidentContact",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"role": {
			"type": "string",
			"minLength": 1
		},
		"reachableOutOfHours": { "type": "boolean" },
		"authority": {
			"type": "array",
			"items": {
				"type": "string",
				"enum": [
					"pause_vendor_content",
					"start_recovery",
					"report_to_authority",
					"inform_service_recipients"
				]
			},
			"uniqueItems": true
		}
	}
};
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate29.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "regime" || key0 === "clocks" || key0 === "vendorNoticesSubscribed" || key0 === "contacts")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema47,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.regime !== void 0) {
			let data0 = data.regime;
			if (typeof data0 !== "string") {
				const err1 = {
					instancePath: instancePath + "/regime",
					schemaPath: "#/properties/regime/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema47.properties.regime.type,
					parentSchema: schema47.properties.regime,
					data: data0
				};
				if (vErrors === null) vErrors = [err1];
				else vErrors.push(err1);
				errors++;
			}
			if (!(data0 === "nis2_essential" || data0 === "nis2_important" || data0 === "other" || data0 === "none")) {
				const err2 = {
					instancePath: instancePath + "/regime",
					schemaPath: "#/properties/regime/enum",
					keyword: "enum",
					params: { allowedValues: schema47.properties.regime.enum },
					message: "must be equal to one of the allowed values",
					schema: schema47.properties.regime.enum,
					parentSchema: schema47.properties.regime,
					data: data0
				};
				if (vErrors === null) vErrors = [err2];
				else vErrors.push(err2);
				errors++;
			}
		}
		if (data.clocks !== void 0) {
			let data1 = data.clocks;
			if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
				for (const key1 in data1) if (!(key1 === "earlyWarningHours" || key1 === "notificationHours" || key1 === "finalReportDays")) {
					const err3 = {
						instancePath: instancePath + "/clocks",
						schemaPath: "#/$defs/ReportingClocks/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema48,
						data: data1
					};
					if (vErrors === null) vErrors = [err3];
					else vErrors.push(err3);
					errors++;
				}
				if (data1.earlyWarningHours !== void 0) {
					let data2 = data1.earlyWarningHours;
					if (typeof data2 == "number" && isFinite(data2)) {
						if (data2 < 0 || isNaN(data2)) {
							const err4 = {
								instancePath: instancePath + "/clocks/earlyWarningHours",
								schemaPath: "#/$defs/ReportingClocks/properties/earlyWarningHours/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema48.properties.earlyWarningHours,
								data: data2
							};
							if (vErrors === null) vErrors = [err4];
							else vErrors.push(err4);
							errors++;
						}
					} else {
						const err5 = {
							instancePath: instancePath + "/clocks/earlyWarningHours",
							schemaPath: "#/$defs/ReportingClocks/properties/earlyWarningHours/type",
							keyword: "type",
							params: { type: "number" },
							message: "must be number",
							schema: schema48.properties.earlyWarningHours.type,
							parentSchema: schema48.properties.earlyWarningHours,
							data: data2
						};
						if (vErrors === null) vErrors = [err5];
						else vErrors.push(err5);
						errors++;
					}
				}
				if (data1.notificationHours !== void 0) {
					let data3 = data1.notificationHours;
					if (typeof data3 == "number" && isFinite(data3)) {
						if (data3 < 0 || isNaN(data3)) {
							const err6 = {
								instancePath: instancePath + "/clocks/notificationHours",
								schemaPath: "#/$defs/ReportingClocks/properties/notificationHours/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema48.properties.notificationHours,
								data: data3
							};
							if (vErrors === null) vErrors = [err6];
							else vErrors.push(err6);
							errors++;
						}
					} else {
						const err7 = {
							instancePath: instancePath + "/clocks/notificationHours",
							schemaPath: "#/$defs/ReportingClocks/properties/notificationHours/type",
							keyword: "type",
							params: { type: "number" },
							message: "must be number",
							schema: schema48.properties.notificationHours.type,
							parentSchema: schema48.properties.notificationHours,
							data: data3
						};
						if (vErrors === null) vErrors = [err7];
						else vErrors.push(err7);
						errors++;
					}
				}
				if (data1.finalReportDays !== void 0) {
					let data4 = data1.finalReportDays;
					if (typeof data4 == "number" && isFinite(data4)) {
						if (data4 < 0 || isNaN(data4)) {
							const err8 = {
								instancePath: instancePath + "/clocks/finalReportDays",
								schemaPath: "#/$defs/ReportingClocks/properties/finalReportDays/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema48.properties.finalReportDays,
								data: data4
							};
							if (vErrors === null) vErrors = [err8];
							else vErrors.push(err8);
							errors++;
						}
					} else {
						const err9 = {
							instancePath: instancePath + "/clocks/finalReportDays",
							schemaPath: "#/$defs/ReportingClocks/properties/finalReportDays/type",
							keyword: "type",
							params: { type: "number" },
							message: "must be number",
							schema: schema48.properties.finalReportDays.type,
							parentSchema: schema48.properties.finalReportDays,
							data: data4
						};
						if (vErrors === null) vErrors = [err9];
						else vErrors.push(err9);
						errors++;
					}
				}
			} else {
				const err10 = {
					instancePath: instancePath + "/clocks",
					schemaPath: "#/$defs/ReportingClocks/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema48.type,
					parentSchema: schema48,
					data: data1
				};
				if (vErrors === null) vErrors = [err10];
				else vErrors.push(err10);
				errors++;
			}
		}
		if (data.vendorNoticesSubscribed !== void 0) {
			let data5 = data.vendorNoticesSubscribed;
			if (typeof data5 !== "boolean") {
				const err11 = {
					instancePath: instancePath + "/vendorNoticesSubscribed",
					schemaPath: "#/properties/vendorNoticesSubscribed/type",
					keyword: "type",
					params: { type: "boolean" },
					message: "must be boolean",
					schema: schema47.properties.vendorNoticesSubscribed.type,
					parentSchema: schema47.properties.vendorNoticesSubscribed,
					data: data5
				};
				if (vErrors === null) vErrors = [err11];
				else vErrors.push(err11);
				errors++;
			}
		}
		if (data.contacts !== void 0) {
			let data6 = data.contacts;
			if (Array.isArray(data6)) {
				const len0 = data6.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data7 = data6[i0];
					if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
						for (const key2 in data7) if (!(key2 === "role" || key2 === "reachableOutOfHours" || key2 === "authority")) {
							const err12 = {
								instancePath: instancePath + "/contacts/" + i0,
								schemaPath: "#/$defs/IncidentContact/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key2 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema49,
								data: data7
							};
							if (vErrors === null) vErrors = [err12];
							else vErrors.push(err12);
							errors++;
						}
						if (data7.role !== void 0) {
							let data8 = data7.role;
							if (typeof data8 === "string") {
								if (func2(data8) < 1) {
									const err13 = {
										instancePath: instancePath + "/contacts/" + i0 + "/role",
										schemaPath: "#/$defs/IncidentContact/properties/role/minLength",
										keyword: "minLength",
										params: { limit: 1 },
										message: "must NOT have fewer than 1 characters",
										schema: 1,
										parentSchema: schema49.properties.role,
										data: data8
									};
									if (vErrors === null) vErrors = [err13];
									else vErrors.push(err13);
									errors++;
								}
							} else {
								const err14 = {
									instancePath: instancePath + "/contacts/" + i0 + "/role",
									schemaPath: "#/$defs/IncidentContact/properties/role/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema49.properties.role.type,
									parentSchema: schema49.properties.role,
									data: data8
								};
								if (vErrors === null) vErrors = [err14];
								else vErrors.push(err14);
								errors++;
							}
						}
						if (data7.reachableOutOfHours !== void 0) {
							let data9 = data7.reachableOutOfHours;
							if (typeof data9 !== "boolean") {
								const err15 = {
									instancePath: instancePath + "/contacts/" + i0 + "/reachableOutOfHours",
									schemaPath: "#/$defs/IncidentContact/properties/reachableOutOfHours/type",
									keyword: "type",
									params: { type: "boolean" },
									message: "must be boolean",
									schema: schema49.properties.reachableOutOfHours.type,
									parentSchema: schema49.properties.reachableOutOfHours,
									data: data9
								};
								if (vErrors === null) vErrors = [err15];
								else vErrors.push(err15);
								errors++;
							}
						}
						if (data7.authority !== void 0) {
							let data10 = data7.authority;
							if (Array.isArray(data10)) {
								const len1 = data10.length;
								for (let i1 = 0; i1 < len1; i1++) {
									let data11 = data10[i1];
									if (typeof data11 !== "string") {
										const err16 = {
											instancePath: instancePath + "/contacts/" + i0 + "/authority/" + i1,
											schemaPath: "#/$defs/IncidentContact/properties/authority/items/type",
											keyword: "type",
											params: { type: "string" },
											message: "must be string",
											schema: schema49.properties.authority.items.type,
											parentSchema: schema49.properties.authority.items,
											data: data11
										};
										if (vErrors === null) vErrors = [err16];
										else vErrors.push(err16);
										errors++;
									}
									if (!(data11 === "pause_vendor_content" || data11 === "start_recovery" || data11 === "report_to_authority" || data11 === "inform_service_recipients")) {
										const err17 = {
											instancePath: instancePath + "/contacts/" + i0 + "/authority/" + i1,
											schemaPath: "#/$defs/IncidentContact/properties/authority/items/enum",
											keyword: "enum",
											params: { allowedValues: schema49.properties.authority.items.enum },
											message: "must be equal to one of the allowed values",
											schema: schema49.properties.authority.items.enum,
											parentSchema: schema49.properties.authority.items,
											data: data11
										};
										if (vErrors === null) vErrors = [err17];
										else vErrors.push(err17);
										errors++;
									}
								}
								let i2 = data10.length;
								let j0;
								if (i2 > 1) {
									const indices0 = {};
									for (; i2--;) {
										let item0 = data10[i2];
										if (typeof item0 !== "string") continue;
										if (typeof indices0[item0] == "number") {
											j0 = indices0[item0];
											const err18 = {
												instancePath: instancePath + "/contacts/" + i0 + "/authority",
												schemaPath: "#/$defs/IncidentContact/properties/authority/uniqueItems",
												keyword: "uniqueItems",
												params: {
													i: i2,
													j: j0
												},
												message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)",
												schema: true,
												parentSchema: schema49.properties.authority,
												data: data10
											};
											if (vErrors === null) vErrors = [err18];
											else vErrors.push(err18);
											errors++;
											break;
										}
										indices0[item0] = i2;
									}
								}
							} else {
								const err19 = {
									instancePath: instancePath + "/contacts/" + i0 + "/authority",
									schemaPath: "#/$defs/IncidentContact/properties/authority/type",
									keyword: "type",
									params: { type: "array" },
									message: "must be array",
									schema: schema49.properties.authority.type,
									parentSchema: schema49.properties.authority,
									data: data10
								};
								if (vErrors === null) vErrors = [err19];
								else vErrors.push(err19);
								errors++;
							}
						}
					} else {
						const err20 = {
							instancePath: instancePath + "/contacts/" + i0,
							schemaPath: "#/$defs/IncidentContact/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema49.type,
							parentSchema: schema49,
							data: data7
						};
						if (vErrors === null) vErrors = [err20];
						else vErrors.push(err20);
						errors++;
					}
				}
			} else {
				const err21 = {
					instancePath: instancePath + "/contacts",
					schemaPath: "#/properties/contacts/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema47.properties.contacts.type,
					parentSchema: schema47.properties.contacts,
					data: data6
				};
				if (vErrors === null) vErrors = [err21];
				else vErrors.push(err21);
				errors++;
			}
		}
	} else {
		const err22 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema47.type,
			parentSchema: schema47,
			data
		};
		if (vErrors === null) vErrors = [err22];
		else vErrors.push(err22);
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
		for (const key0 in data) if (!func1.call(schema31.properties, key0)) {
			const err2 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.apiVersion !== void 0) {
			let data0 = data.apiVersion;
			if (typeof data0 !== "string") {
				const err3 = {
					instancePath: instancePath + "/apiVersion",
					schemaPath: "#/properties/apiVersion/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.apiVersion.type,
					parentSchema: schema31.properties.apiVersion,
					data: data0
				};
				if (vErrors === null) vErrors = [err3];
				else vErrors.push(err3);
				errors++;
			}
			if ("ringfence.dev/v1" !== data0) {
				const err4 = {
					instancePath: instancePath + "/apiVersion",
					schemaPath: "#/properties/apiVersion/const",
					keyword: "const",
					params: { allowedValue: "ringfence.dev/v1" },
					message: "must be equal to constant",
					schema: "ringfence.dev/v1",
					parentSchema: schema31.properties.apiVersion,
					data: data0
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
		}
		if (data.kind !== void 0) {
			let data1 = data.kind;
			if (typeof data1 !== "string") {
				const err5 = {
					instancePath: instancePath + "/kind",
					schemaPath: "#/properties/kind/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.kind.type,
					parentSchema: schema31.properties.kind,
					data: data1
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
			if ("DeploymentOverlay" !== data1) {
				const err6 = {
					instancePath: instancePath + "/kind",
					schemaPath: "#/properties/kind/const",
					keyword: "const",
					params: { allowedValue: "DeploymentOverlay" },
					message: "must be equal to constant",
					schema: "DeploymentOverlay",
					parentSchema: schema31.properties.kind,
					data: data1
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
		}
		if (data.appliesTo !== void 0) {
			let data2 = data.appliesTo;
			if (Array.isArray(data2)) {
				if (data2.length > 100) {
					const err7 = {
						instancePath: instancePath + "/appliesTo",
						schemaPath: "#/properties/appliesTo/maxItems",
						keyword: "maxItems",
						params: { limit: 100 },
						message: "must NOT have more than 100 items",
						schema: 100,
						parentSchema: schema31.properties.appliesTo,
						data: data2
					};
					if (vErrors === null) vErrors = [err7];
					else vErrors.push(err7);
					errors++;
				}
				if (data2.length < 1) {
					const err8 = {
						instancePath: instancePath + "/appliesTo",
						schemaPath: "#/properties/appliesTo/minItems",
						keyword: "minItems",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 items",
						schema: 1,
						parentSchema: schema31.properties.appliesTo,
						data: data2
					};
					if (vErrors === null) vErrors = [err8];
					else vErrors.push(err8);
					errors++;
				}
				const len0 = data2.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data3 = data2[i0];
					if (typeof data3 === "string") {
						if (func2(data3) > 300) {
							const err9 = {
								instancePath: instancePath + "/appliesTo/" + i0,
								schemaPath: "#/properties/appliesTo/items/maxLength",
								keyword: "maxLength",
								params: { limit: 300 },
								message: "must NOT have more than 300 characters",
								schema: 300,
								parentSchema: schema31.properties.appliesTo.items,
								data: data3
							};
							if (vErrors === null) vErrors = [err9];
							else vErrors.push(err9);
							errors++;
						}
						if (func2(data3) < 1) {
							const err10 = {
								instancePath: instancePath + "/appliesTo/" + i0,
								schemaPath: "#/properties/appliesTo/items/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema31.properties.appliesTo.items,
								data: data3
							};
							if (vErrors === null) vErrors = [err10];
							else vErrors.push(err10);
							errors++;
						}
					} else {
						const err11 = {
							instancePath: instancePath + "/appliesTo/" + i0,
							schemaPath: "#/properties/appliesTo/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema31.properties.appliesTo.items.type,
							parentSchema: schema31.properties.appliesTo.items,
							data: data3
						};
						if (vErrors === null) vErrors = [err11];
						else vErrors.push(err11);
						errors++;
					}
				}
			} else {
				const err12 = {
					instancePath: instancePath + "/appliesTo",
					schemaPath: "#/properties/appliesTo/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.appliesTo.type,
					parentSchema: schema31.properties.appliesTo,
					data: data2
				};
				if (vErrors === null) vErrors = [err12];
				else vErrors.push(err12);
				errors++;
			}
		}
		if (data.metadata !== void 0) {
			let data4 = data.metadata;
			if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
				for (const key1 in data4) if (!(key1 === "organization" || key1 === "product" || key1 === "vendor" || key1 === "fleetSize")) {
					const err13 = {
						instancePath: instancePath + "/metadata",
						schemaPath: "#/$defs/OverlayMetadata/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema32,
						data: data4
					};
					if (vErrors === null) vErrors = [err13];
					else vErrors.push(err13);
					errors++;
				}
				if (data4.organization !== void 0) {
					let data5 = data4.organization;
					if (typeof data5 === "string") {
						if (func2(data5) < 1) {
							const err14 = {
								instancePath: instancePath + "/metadata/organization",
								schemaPath: "#/$defs/OverlayMetadata/properties/organization/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema32.properties.organization,
								data: data5
							};
							if (vErrors === null) vErrors = [err14];
							else vErrors.push(err14);
							errors++;
						}
					} else {
						const err15 = {
							instancePath: instancePath + "/metadata/organization",
							schemaPath: "#/$defs/OverlayMetadata/properties/organization/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema32.properties.organization.type,
							parentSchema: schema32.properties.organization,
							data: data5
						};
						if (vErrors === null) vErrors = [err15];
						else vErrors.push(err15);
						errors++;
					}
				}
				if (data4.product !== void 0) {
					let data6 = data4.product;
					if (typeof data6 === "string") {
						if (func2(data6) < 1) {
							const err16 = {
								instancePath: instancePath + "/metadata/product",
								schemaPath: "#/$defs/OverlayMetadata/properties/product/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema32.properties.product,
								data: data6
							};
							if (vErrors === null) vErrors = [err16];
							else vErrors.push(err16);
							errors++;
						}
					} else {
						const err17 = {
							instancePath: instancePath + "/metadata/product",
							schemaPath: "#/$defs/OverlayMetadata/properties/product/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema32.properties.product.type,
							parentSchema: schema32.properties.product,
							data: data6
						};
						if (vErrors === null) vErrors = [err17];
						else vErrors.push(err17);
						errors++;
					}
				}
				if (data4.vendor !== void 0) {
					let data7 = data4.vendor;
					if (typeof data7 !== "string") {
						const err18 = {
							instancePath: instancePath + "/metadata/vendor",
							schemaPath: "#/$defs/OverlayMetadata/properties/vendor/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema32.properties.vendor.type,
							parentSchema: schema32.properties.vendor,
							data: data7
						};
						if (vErrors === null) vErrors = [err18];
						else vErrors.push(err18);
						errors++;
					}
				}
				if (data4.fleetSize !== void 0) {
					let data8 = data4.fleetSize;
					if (!(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8) && isFinite(data8))) {
						const err19 = {
							instancePath: instancePath + "/metadata/fleetSize",
							schemaPath: "#/$defs/OverlayMetadata/properties/fleetSize/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema32.properties.fleetSize.type,
							parentSchema: schema32.properties.fleetSize,
							data: data8
						};
						if (vErrors === null) vErrors = [err19];
						else vErrors.push(err19);
						errors++;
					}
					if (typeof data8 == "number" && isFinite(data8)) {
						if (data8 < 0 || isNaN(data8)) {
							const err20 = {
								instancePath: instancePath + "/metadata/fleetSize",
								schemaPath: "#/$defs/OverlayMetadata/properties/fleetSize/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema32.properties.fleetSize,
								data: data8
							};
							if (vErrors === null) vErrors = [err20];
							else vErrors.push(err20);
							errors++;
						}
					}
				}
			} else {
				const err21 = {
					instancePath: instancePath + "/metadata",
					schemaPath: "#/$defs/OverlayMetadata/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema32.type,
					parentSchema: schema32,
					data: data4
				};
				if (vErrors === null) vErrors = [err21];
				else vErrors.push(err21);
				errors++;
			}
		}
		if (data.hostGroups !== void 0) {
			let data9 = data.hostGroups;
			if (Array.isArray(data9)) {
				if (data9.length > 1e4) {
					const err22 = {
						instancePath: instancePath + "/hostGroups",
						schemaPath: "#/properties/hostGroups/maxItems",
						keyword: "maxItems",
						params: { limit: 1e4 },
						message: "must NOT have more than 10000 items",
						schema: 1e4,
						parentSchema: schema31.properties.hostGroups,
						data: data9
					};
					if (vErrors === null) vErrors = [err22];
					else vErrors.push(err22);
					errors++;
				}
				const len1 = data9.length;
				for (let i1 = 0; i1 < len1; i1++) if (!validate21(data9[i1], {
					instancePath: instancePath + "/hostGroups/" + i1,
					parentData: data9,
					parentDataProperty: i1,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
					errors = vErrors.length;
				}
			} else {
				const err23 = {
					instancePath: instancePath + "/hostGroups",
					schemaPath: "#/properties/hostGroups/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.hostGroups.type,
					parentSchema: schema31.properties.hostGroups,
					data: data9
				};
				if (vErrors === null) vErrors = [err23];
				else vErrors.push(err23);
				errors++;
			}
		}
		if (data.pairs !== void 0) {
			let data11 = data.pairs;
			if (Array.isArray(data11)) {
				const len2 = data11.length;
				for (let i2 = 0; i2 < len2; i2++) {
					let data12 = data11[i2];
					if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
						if (data12.hostGroups === void 0) {
							const err24 = {
								instancePath: instancePath + "/pairs/" + i2,
								schemaPath: "#/$defs/RedundancyPair/required",
								keyword: "required",
								params: { missingProperty: "hostGroups" },
								message: "must have required property 'hostGroups'",
								schema: schema37.required,
								parentSchema: schema37,
								data: data12
							};
							if (vErrors === null) vErrors = [err24];
							else vErrors.push(err24);
							errors++;
						}
						for (const key2 in data12) if (!(key2 === "name" || key2 === "hostGroups" || key2 === "description")) {
							const err25 = {
								instancePath: instancePath + "/pairs/" + i2,
								schemaPath: "#/$defs/RedundancyPair/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key2 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema37,
								data: data12
							};
							if (vErrors === null) vErrors = [err25];
							else vErrors.push(err25);
							errors++;
						}
						if (data12.name !== void 0) {
							let data13 = data12.name;
							if (typeof data13 === "string") {
								if (func2(data13) < 1) {
									const err26 = {
										instancePath: instancePath + "/pairs/" + i2 + "/name",
										schemaPath: "#/$defs/RedundancyPair/properties/name/minLength",
										keyword: "minLength",
										params: { limit: 1 },
										message: "must NOT have fewer than 1 characters",
										schema: 1,
										parentSchema: schema37.properties.name,
										data: data13
									};
									if (vErrors === null) vErrors = [err26];
									else vErrors.push(err26);
									errors++;
								}
							} else {
								const err27 = {
									instancePath: instancePath + "/pairs/" + i2 + "/name",
									schemaPath: "#/$defs/RedundancyPair/properties/name/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema37.properties.name.type,
									parentSchema: schema37.properties.name,
									data: data13
								};
								if (vErrors === null) vErrors = [err27];
								else vErrors.push(err27);
								errors++;
							}
						}
						if (data12.hostGroups !== void 0) {
							let data14 = data12.hostGroups;
							if (Array.isArray(data14)) {
								if (data14.length < 2) {
									const err28 = {
										instancePath: instancePath + "/pairs/" + i2 + "/hostGroups",
										schemaPath: "#/$defs/RedundancyPair/properties/hostGroups/minItems",
										keyword: "minItems",
										params: { limit: 2 },
										message: "must NOT have fewer than 2 items",
										schema: 2,
										parentSchema: schema37.properties.hostGroups,
										data: data14
									};
									if (vErrors === null) vErrors = [err28];
									else vErrors.push(err28);
									errors++;
								}
								const len3 = data14.length;
								for (let i3 = 0; i3 < len3; i3++) {
									let data15 = data14[i3];
									if (typeof data15 === "string") {
										if (!pattern4.test(data15)) {
											const err29 = {
												instancePath: instancePath + "/pairs/" + i2 + "/hostGroups/" + i3,
												schemaPath: "#/$defs/RedundancyPair/properties/hostGroups/items/pattern",
												keyword: "pattern",
												params: { pattern: "^[a-z0-9][a-z0-9._-]*$" },
												message: "must match pattern \"^[a-z0-9][a-z0-9._-]*$\"",
												schema: "^[a-z0-9][a-z0-9._-]*$",
												parentSchema: schema37.properties.hostGroups.items,
												data: data15
											};
											if (vErrors === null) vErrors = [err29];
											else vErrors.push(err29);
											errors++;
										}
									} else {
										const err30 = {
											instancePath: instancePath + "/pairs/" + i2 + "/hostGroups/" + i3,
											schemaPath: "#/$defs/RedundancyPair/properties/hostGroups/items/type",
											keyword: "type",
											params: { type: "string" },
											message: "must be string",
											schema: schema37.properties.hostGroups.items.type,
											parentSchema: schema37.properties.hostGroups.items,
											data: data15
										};
										if (vErrors === null) vErrors = [err30];
										else vErrors.push(err30);
										errors++;
									}
								}
								let i4 = data14.length;
								let j0;
								if (i4 > 1) {
									const indices0 = {};
									for (; i4--;) {
										let item0 = data14[i4];
										if (typeof item0 !== "string") continue;
										if (typeof indices0[item0] == "number") {
											j0 = indices0[item0];
											const err31 = {
												instancePath: instancePath + "/pairs/" + i2 + "/hostGroups",
												schemaPath: "#/$defs/RedundancyPair/properties/hostGroups/uniqueItems",
												keyword: "uniqueItems",
												params: {
													i: i4,
													j: j0
												},
												message: "must NOT have duplicate items (items ## " + j0 + " and " + i4 + " are identical)",
												schema: true,
												parentSchema: schema37.properties.hostGroups,
												data: data14
											};
											if (vErrors === null) vErrors = [err31];
											else vErrors.push(err31);
											errors++;
											break;
										}
										indices0[item0] = i4;
									}
								}
							} else {
								const err32 = {
									instancePath: instancePath + "/pairs/" + i2 + "/hostGroups",
									schemaPath: "#/$defs/RedundancyPair/properties/hostGroups/type",
									keyword: "type",
									params: { type: "array" },
									message: "must be array",
									schema: schema37.properties.hostGroups.type,
									parentSchema: schema37.properties.hostGroups,
									data: data14
								};
								if (vErrors === null) vErrors = [err32];
								else vErrors.push(err32);
								errors++;
							}
						}
						if (data12.description !== void 0) {
							let data16 = data12.description;
							if (typeof data16 !== "string") {
								const err33 = {
									instancePath: instancePath + "/pairs/" + i2 + "/description",
									schemaPath: "#/$defs/RedundancyPair/properties/description/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema37.properties.description.type,
									parentSchema: schema37.properties.description,
									data: data16
								};
								if (vErrors === null) vErrors = [err33];
								else vErrors.push(err33);
								errors++;
							}
						}
					} else {
						const err34 = {
							instancePath: instancePath + "/pairs/" + i2,
							schemaPath: "#/$defs/RedundancyPair/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema37.type,
							parentSchema: schema37,
							data: data12
						};
						if (vErrors === null) vErrors = [err34];
						else vErrors.push(err34);
						errors++;
					}
				}
			} else {
				const err35 = {
					instancePath: instancePath + "/pairs",
					schemaPath: "#/properties/pairs/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.pairs.type,
					parentSchema: schema31.properties.pairs,
					data: data11
				};
				if (vErrors === null) vErrors = [err35];
				else vErrors.push(err35);
				errors++;
			}
		}
		if (data.healthMonitoring !== void 0) {
			if (!validate23(data.healthMonitoring, {
				instancePath: instancePath + "/healthMonitoring",
				parentData: data,
				parentDataProperty: "healthMonitoring",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
				errors = vErrors.length;
			}
		}
		if (data.recovery !== void 0) {
			if (!validate27(data.recovery, {
				instancePath: instancePath + "/recovery",
				parentData: data,
				parentDataProperty: "recovery",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
				errors = vErrors.length;
			}
		}
		if (data.guardrails !== void 0) {
			let data19 = data.guardrails;
			if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
				for (const key3 in data19) if (!(key3 === "maxZeroDelayGaSharePct" || key3 === "maxContentDelayHours" || key3 === "maxPinAgeDays" || key3 === "maxPauseDays")) {
					const err36 = {
						instancePath: instancePath + "/guardrails",
						schemaPath: "#/$defs/Guardrails/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key3 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema46,
						data: data19
					};
					if (vErrors === null) vErrors = [err36];
					else vErrors.push(err36);
					errors++;
				}
				if (data19.maxZeroDelayGaSharePct !== void 0) {
					let data20 = data19.maxZeroDelayGaSharePct;
					if (typeof data20 == "number" && isFinite(data20)) {
						if (data20 > 100 || isNaN(data20)) {
							const err37 = {
								instancePath: instancePath + "/guardrails/maxZeroDelayGaSharePct",
								schemaPath: "#/$defs/Guardrails/properties/maxZeroDelayGaSharePct/maximum",
								keyword: "maximum",
								params: {
									comparison: "<=",
									limit: 100
								},
								message: "must be <= 100",
								schema: 100,
								parentSchema: schema46.properties.maxZeroDelayGaSharePct,
								data: data20
							};
							if (vErrors === null) vErrors = [err37];
							else vErrors.push(err37);
							errors++;
						}
						if (data20 < 0 || isNaN(data20)) {
							const err38 = {
								instancePath: instancePath + "/guardrails/maxZeroDelayGaSharePct",
								schemaPath: "#/$defs/Guardrails/properties/maxZeroDelayGaSharePct/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema46.properties.maxZeroDelayGaSharePct,
								data: data20
							};
							if (vErrors === null) vErrors = [err38];
							else vErrors.push(err38);
							errors++;
						}
					} else {
						const err39 = {
							instancePath: instancePath + "/guardrails/maxZeroDelayGaSharePct",
							schemaPath: "#/$defs/Guardrails/properties/maxZeroDelayGaSharePct/type",
							keyword: "type",
							params: { type: "number" },
							message: "must be number",
							schema: schema46.properties.maxZeroDelayGaSharePct.type,
							parentSchema: schema46.properties.maxZeroDelayGaSharePct,
							data: data20
						};
						if (vErrors === null) vErrors = [err39];
						else vErrors.push(err39);
						errors++;
					}
				}
				if (data19.maxContentDelayHours !== void 0) {
					let data21 = data19.maxContentDelayHours;
					if (!(typeof data21 == "number" && !(data21 % 1) && !isNaN(data21) && isFinite(data21))) {
						const err40 = {
							instancePath: instancePath + "/guardrails/maxContentDelayHours",
							schemaPath: "#/$defs/Guardrails/properties/maxContentDelayHours/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema46.properties.maxContentDelayHours.type,
							parentSchema: schema46.properties.maxContentDelayHours,
							data: data21
						};
						if (vErrors === null) vErrors = [err40];
						else vErrors.push(err40);
						errors++;
					}
					if (typeof data21 == "number" && isFinite(data21)) {
						if (data21 < 0 || isNaN(data21)) {
							const err41 = {
								instancePath: instancePath + "/guardrails/maxContentDelayHours",
								schemaPath: "#/$defs/Guardrails/properties/maxContentDelayHours/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema46.properties.maxContentDelayHours,
								data: data21
							};
							if (vErrors === null) vErrors = [err41];
							else vErrors.push(err41);
							errors++;
						}
					}
				}
				if (data19.maxPinAgeDays !== void 0) {
					let data22 = data19.maxPinAgeDays;
					if (!(typeof data22 == "number" && !(data22 % 1) && !isNaN(data22) && isFinite(data22))) {
						const err42 = {
							instancePath: instancePath + "/guardrails/maxPinAgeDays",
							schemaPath: "#/$defs/Guardrails/properties/maxPinAgeDays/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema46.properties.maxPinAgeDays.type,
							parentSchema: schema46.properties.maxPinAgeDays,
							data: data22
						};
						if (vErrors === null) vErrors = [err42];
						else vErrors.push(err42);
						errors++;
					}
					if (typeof data22 == "number" && isFinite(data22)) {
						if (data22 < 0 || isNaN(data22)) {
							const err43 = {
								instancePath: instancePath + "/guardrails/maxPinAgeDays",
								schemaPath: "#/$defs/Guardrails/properties/maxPinAgeDays/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema46.properties.maxPinAgeDays,
								data: data22
							};
							if (vErrors === null) vErrors = [err43];
							else vErrors.push(err43);
							errors++;
						}
					}
				}
				if (data19.maxPauseDays !== void 0) {
					let data23 = data19.maxPauseDays;
					if (!(typeof data23 == "number" && !(data23 % 1) && !isNaN(data23) && isFinite(data23))) {
						const err44 = {
							instancePath: instancePath + "/guardrails/maxPauseDays",
							schemaPath: "#/$defs/Guardrails/properties/maxPauseDays/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema46.properties.maxPauseDays.type,
							parentSchema: schema46.properties.maxPauseDays,
							data: data23
						};
						if (vErrors === null) vErrors = [err44];
						else vErrors.push(err44);
						errors++;
					}
					if (typeof data23 == "number" && isFinite(data23)) {
						if (data23 < 0 || isNaN(data23)) {
							const err45 = {
								instancePath: instancePath + "/guardrails/maxPauseDays",
								schemaPath: "#/$defs/Guardrails/properties/maxPauseDays/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema46.properties.maxPauseDays,
								data: data23
							};
							if (vErrors === null) vErrors = [err45];
							else vErrors.push(err45);
							errors++;
						}
					}
				}
			} else {
				const err46 = {
					instancePath: instancePath + "/guardrails",
					schemaPath: "#/$defs/Guardrails/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema46.type,
					parentSchema: schema46,
					data: data19
				};
				if (vErrors === null) vErrors = [err46];
				else vErrors.push(err46);
				errors++;
			}
		}
		if (data.incidentResponse !== void 0) {
			if (!validate29(data.incidentResponse, {
				instancePath: instancePath + "/incidentResponse",
				parentData: data,
				parentDataProperty: "incidentResponse",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
				errors = vErrors.length;
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
module.exports.schemaDigest = "d40b9ce5c895991c954464e18e8fd42aaa2c83ee9f4b940c5207f20a8c8244ee";
