"use strict";
const require_ucs2length$1 = require("./shared-5ab0ab80.cjs");
const require_equal$1 = require("./shared-320981ab.cjs");
const require_formats$1 = require("./shared-7d2e0bb5.cjs");
// dist/validators/deployment-config.cjs
module.exports = validate20;
module.exports.default = validate20;
const schema31 = {
	"$schema": "https://json-schema.org/draft/2020-12/schema",
	"$id": "urn:ringfence:schema:deployment-config",
	"title": "DeploymentConfig",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"apiVersion",
		"kind",
		"metadata"
	],
	"properties": {
		"apiVersion": { "const": "ringfence.dev/v1" },
		"kind": { "const": "DeploymentConfig" },
		"metadata": { "$ref": "#/$defs/DeploymentMetadata" },
		"hostGroups": {
			"type": "array",
			"items": { "$ref": "#/$defs/HostGroup" }
		},
		"rings": {
			"type": "array",
			"items": { "$ref": "#/$defs/DeploymentRing" }
		},
		"pairs": {
			"type": "array",
			"items": { "$ref": "#/$defs/RedundancyPair" }
		},
		"pauses": {
			"type": "array",
			"items": { "$ref": "#/$defs/Pause" }
		},
		"osUpdateRings": {
			"type": "array",
			"items": { "$ref": "#/$defs/OsUpdateRing" }
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
		"RingAssignment": {
			"title": "RingAssignment",
			"type": "string",
			"enum": [
				"ea",
				"ga",
				"pause"
			]
		},
		"SensorVersionSelector": {
			"title": "SensorVersionSelector",
			"type": "string",
			"enum": [
				"n",
				"n-1",
				"n-2",
				"pinned"
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
		"DeploymentMetadata": {
			"title": "DeploymentMetadata",
			"type": "object",
			"additionalProperties": false,
			"required": ["organization", "product"],
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
		},
		"HostGroup": {
			"title": "HostGroup",
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
					"minimum": 0
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
			}
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
		"DeploymentRing": {
			"title": "DeploymentRing",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"name": {
					"type": "string",
					"minLength": 1
				},
				"description": { "type": "string" },
				"hostGroups": {
					"type": "array",
					"items": {
						"type": "string",
						"pattern": "^[a-z0-9][a-z0-9._-]*$"
					},
					"uniqueItems": true
				},
				"sensor": { "$ref": "#/$defs/SensorPolicy" },
				"content": {
					"title": "ContentPolicyMap",
					"type": "object",
					"propertyNames": {
						"type": "string",
						"pattern": "^(\\*|[a-z][a-z0-9_]*)$"
					},
					"additionalProperties": { "$ref": "#/$defs/ContentCategoryPolicy" }
				}
			}
		},
		"SensorPolicy": {
			"title": "SensorPolicy",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"version": { "$ref": "#/$defs/SensorVersionSelector" },
				"pinnedVersion": { "type": "string" },
				"pinnedSince": {
					"type": "string",
					"format": "date"
				}
			}
		},
		"ContentCategoryPolicy": {
			"title": "ContentCategoryPolicy",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"ring": { "$ref": "#/$defs/RingAssignment" },
				"delayHours": {
					"type": "integer",
					"minimum": 0
				},
				"pinnedVersion": { "type": "string" },
				"pinnedSince": {
					"type": "string",
					"format": "date"
				}
			}
		},
		"OsUpdateRing": {
			"title": "OsUpdateRing",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"name": {
					"type": "string",
					"minLength": 1
				},
				"description": { "type": "string" },
				"hostGroups": {
					"type": "array",
					"items": {
						"type": "string",
						"pattern": "^[a-z0-9][a-z0-9._-]*$"
					},
					"uniqueItems": true
				},
				"quality": { "$ref": "#/$defs/OsUpdateTrack" },
				"feature": { "$ref": "#/$defs/OsUpdateTrack" },
				"gracePeriodDays": {
					"type": "integer",
					"minimum": 0
				}
			}
		},
		"OsUpdateTrack": {
			"title": "OsUpdateTrack",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"deferralDays": {
					"type": "integer",
					"minimum": 0
				},
				"paused": { "type": "boolean" },
				"pausedUntil": {
					"type": "string",
					"format": "date-time"
				},
				"deadlineDays": {
					"type": "integer",
					"minimum": 0
				}
			}
		},
		"Pause": {
			"title": "Pause",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"category": {
					"type": "string",
					"pattern": "^(\\*|[a-z][a-z0-9_]*)$"
				},
				"rings": {
					"type": "array",
					"items": {
						"type": "string",
						"minLength": 1
					},
					"uniqueItems": true
				},
				"reason": { "type": "string" },
				"createdAt": {
					"type": "string",
					"format": "date-time"
				},
				"expiresAt": {
					"type": "string",
					"format": "date-time"
				}
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
		}
	}
};
const schema32 = {
	"title": "DeploymentMetadata",
	"type": "object",
	"additionalProperties": false,
	"required": ["organization", "product"],
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
const schema42 = {
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
const schema43 = {
	"title": "Pause",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"category": {
			"type": "string",
			"pattern": "^(\\*|[a-z][a-z0-9_]*)$"
		},
		"rings": {
			"type": "array",
			"items": {
				"type": "string",
				"minLength": 1
			},
			"uniqueItems": true
		},
		"reason": { "type": "string" },
		"createdAt": {
			"type": "string",
			"format": "date-time"
		},
		"expiresAt": {
			"type": "string",
			"format": "date-time"
		}
	}
};
const schema55 = {
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
	"title": "HostGroup",
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
			"minimum": 0
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
	}
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
		for (const key0 in data) if (!(key0 === "id" || key0 === "description" || key0 === "hosts" || key0 === "criticality" || key0 === "os" || key0 === "osVersions" || key0 === "tags" || key0 === "roles")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema33,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.id !== void 0) {
			let data0 = data.id;
			if (typeof data0 === "string") {
				if (!pattern4.test(data0)) {
					const err1 = {
						instancePath: instancePath + "/id",
						schemaPath: "#/properties/id/pattern",
						keyword: "pattern",
						params: { pattern: "^[a-z0-9][a-z0-9._-]*$" },
						message: "must match pattern \"^[a-z0-9][a-z0-9._-]*$\"",
						schema: "^[a-z0-9][a-z0-9._-]*$",
						parentSchema: schema33.properties.id,
						data: data0
					};
					if (vErrors === null) vErrors = [err1];
					else vErrors.push(err1);
					errors++;
				}
			} else {
				const err2 = {
					instancePath: instancePath + "/id",
					schemaPath: "#/properties/id/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema33.properties.id.type,
					parentSchema: schema33.properties.id,
					data: data0
				};
				if (vErrors === null) vErrors = [err2];
				else vErrors.push(err2);
				errors++;
			}
		}
		if (data.description !== void 0) {
			let data1 = data.description;
			if (typeof data1 !== "string") {
				const err3 = {
					instancePath: instancePath + "/description",
					schemaPath: "#/properties/description/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema33.properties.description.type,
					parentSchema: schema33.properties.description,
					data: data1
				};
				if (vErrors === null) vErrors = [err3];
				else vErrors.push(err3);
				errors++;
			}
		}
		if (data.hosts !== void 0) {
			let data2 = data.hosts;
			if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
				const err4 = {
					instancePath: instancePath + "/hosts",
					schemaPath: "#/properties/hosts/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema33.properties.hosts.type,
					parentSchema: schema33.properties.hosts,
					data: data2
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
			if (typeof data2 == "number" && isFinite(data2)) {
				if (data2 < 0 || isNaN(data2)) {
					const err5 = {
						instancePath: instancePath + "/hosts",
						schemaPath: "#/properties/hosts/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema33.properties.hosts,
						data: data2
					};
					if (vErrors === null) vErrors = [err5];
					else vErrors.push(err5);
					errors++;
				}
			}
		}
		if (data.criticality !== void 0) {
			let data3 = data.criticality;
			if (typeof data3 !== "string") {
				const err6 = {
					instancePath: instancePath + "/criticality",
					schemaPath: "#/$defs/Criticality/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema34.type,
					parentSchema: schema34,
					data: data3
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
			if (!(data3 === "low" || data3 === "standard" || data3 === "high" || data3 === "critical")) {
				const err7 = {
					instancePath: instancePath + "/criticality",
					schemaPath: "#/$defs/Criticality/enum",
					keyword: "enum",
					params: { allowedValues: schema34.enum },
					message: "must be equal to one of the allowed values",
					schema: schema34.enum,
					parentSchema: schema34,
					data: data3
				};
				if (vErrors === null) vErrors = [err7];
				else vErrors.push(err7);
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
						const err8 = {
							instancePath: instancePath + "/os/" + i0,
							schemaPath: "#/$defs/OperatingSystem/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema35.type,
							parentSchema: schema35,
							data: data5
						};
						if (vErrors === null) vErrors = [err8];
						else vErrors.push(err8);
						errors++;
					}
					if (!(data5 === "windows" || data5 === "linux" || data5 === "macos")) {
						const err9 = {
							instancePath: instancePath + "/os/" + i0,
							schemaPath: "#/$defs/OperatingSystem/enum",
							keyword: "enum",
							params: { allowedValues: schema35.enum },
							message: "must be equal to one of the allowed values",
							schema: schema35.enum,
							parentSchema: schema35,
							data: data5
						};
						if (vErrors === null) vErrors = [err9];
						else vErrors.push(err9);
						errors++;
					}
				}
				let i1 = data4.length;
				let j0;
				if (i1 > 1) {
					outer0: for (; i1--;) for (j0 = i1; j0--;) if (func0(data4[i1], data4[j0])) {
						const err10 = {
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
						if (vErrors === null) vErrors = [err10];
						else vErrors.push(err10);
						errors++;
						break outer0;
					}
				}
			} else {
				const err11 = {
					instancePath: instancePath + "/os",
					schemaPath: "#/properties/os/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema33.properties.os.type,
					parentSchema: schema33.properties.os,
					data: data4
				};
				if (vErrors === null) vErrors = [err11];
				else vErrors.push(err11);
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
						const err12 = {
							instancePath: instancePath + "/osVersions/" + i2,
							schemaPath: "#/properties/osVersions/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema33.properties.osVersions.items.type,
							parentSchema: schema33.properties.osVersions.items,
							data: data7
						};
						if (vErrors === null) vErrors = [err12];
						else vErrors.push(err12);
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
							const err13 = {
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
							if (vErrors === null) vErrors = [err13];
							else vErrors.push(err13);
							errors++;
							break;
						}
						indices0[item0] = i3;
					}
				}
			} else {
				const err14 = {
					instancePath: instancePath + "/osVersions",
					schemaPath: "#/properties/osVersions/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema33.properties.osVersions.type,
					parentSchema: schema33.properties.osVersions,
					data: data6
				};
				if (vErrors === null) vErrors = [err14];
				else vErrors.push(err14);
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
						const err15 = {
							instancePath: instancePath + "/tags/" + i4,
							schemaPath: "#/properties/tags/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema33.properties.tags.items.type,
							parentSchema: schema33.properties.tags.items,
							data: data9
						};
						if (vErrors === null) vErrors = [err15];
						else vErrors.push(err15);
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
							const err16 = {
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
							if (vErrors === null) vErrors = [err16];
							else vErrors.push(err16);
							errors++;
							break;
						}
						indices1[item1] = i5;
					}
				}
			} else {
				const err17 = {
					instancePath: instancePath + "/tags",
					schemaPath: "#/properties/tags/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema33.properties.tags.type,
					parentSchema: schema33.properties.tags,
					data: data8
				};
				if (vErrors === null) vErrors = [err17];
				else vErrors.push(err17);
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
						const err18 = {
							instancePath: instancePath + "/roles/" + i6,
							schemaPath: "#/$defs/RecoveryRole/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema36.type,
							parentSchema: schema36,
							data: data11
						};
						if (vErrors === null) vErrors = [err18];
						else vErrors.push(err18);
						errors++;
					}
					if (!(data11 === "domain_controller" || data11 === "key_escrow" || data11 === "imaging" || data11 === "jump_host" || data11 === "backup" || data11 === "out_of_band_management")) {
						const err19 = {
							instancePath: instancePath + "/roles/" + i6,
							schemaPath: "#/$defs/RecoveryRole/enum",
							keyword: "enum",
							params: { allowedValues: schema36.enum },
							message: "must be equal to one of the allowed values",
							schema: schema36.enum,
							parentSchema: schema36,
							data: data11
						};
						if (vErrors === null) vErrors = [err19];
						else vErrors.push(err19);
						errors++;
					}
				}
				let i7 = data10.length;
				let j3;
				if (i7 > 1) {
					outer1: for (; i7--;) for (j3 = i7; j3--;) if (func0(data10[i7], data10[j3])) {
						const err20 = {
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
						if (vErrors === null) vErrors = [err20];
						else vErrors.push(err20);
						errors++;
						break outer1;
					}
				}
			} else {
				const err21 = {
					instancePath: instancePath + "/roles",
					schemaPath: "#/properties/roles/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema33.properties.roles.type,
					parentSchema: schema33.properties.roles,
					data: data10
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
			schema: schema33.type,
			parentSchema: schema33,
			data
		};
		if (vErrors === null) vErrors = [err22];
		else vErrors.push(err22);
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
const schema37 = {
	"title": "DeploymentRing",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"name": {
			"type": "string",
			"minLength": 1
		},
		"description": { "type": "string" },
		"hostGroups": {
			"type": "array",
			"items": {
				"type": "string",
				"pattern": "^[a-z0-9][a-z0-9._-]*$"
			},
			"uniqueItems": true
		},
		"sensor": { "$ref": "#/$defs/SensorPolicy" },
		"content": {
			"title": "ContentPolicyMap",
			"type": "object",
			"propertyNames": {
				"type": "string",
				"pattern": "^(\\*|[a-z][a-z0-9_]*)$"
			},
			"additionalProperties": { "$ref": "#/$defs/ContentCategoryPolicy" }
		}
	}
};
const pattern6 = new RegExp("^(\\*|[a-z][a-z0-9_]*)$", "u");
const schema38 = {
	"title": "SensorPolicy",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"version": { "$ref": "#/$defs/SensorVersionSelector" },
		"pinnedVersion": { "type": "string" },
		"pinnedSince": {
			"type": "string",
			"format": "date"
		}
	}
};
const schema39 = {
	"title": "SensorVersionSelector",
	"type": "string",
	"enum": [
		"n",
		"n-1",
		"n-2",
		"pinned"
	]
};
const formats0 = require_formats$1.require_formats().fullFormats.date;
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate24.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "version" || key0 === "pinnedVersion" || key0 === "pinnedSince")) {
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
		if (data.version !== void 0) {
			let data0 = data.version;
			if (typeof data0 !== "string") {
				const err1 = {
					instancePath: instancePath + "/version",
					schemaPath: "#/$defs/SensorVersionSelector/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema39.type,
					parentSchema: schema39,
					data: data0
				};
				if (vErrors === null) vErrors = [err1];
				else vErrors.push(err1);
				errors++;
			}
			if (!(data0 === "n" || data0 === "n-1" || data0 === "n-2" || data0 === "pinned")) {
				const err2 = {
					instancePath: instancePath + "/version",
					schemaPath: "#/$defs/SensorVersionSelector/enum",
					keyword: "enum",
					params: { allowedValues: schema39.enum },
					message: "must be equal to one of the allowed values",
					schema: schema39.enum,
					parentSchema: schema39,
					data: data0
				};
				if (vErrors === null) vErrors = [err2];
				else vErrors.push(err2);
				errors++;
			}
		}
		if (data.pinnedVersion !== void 0) {
			let data1 = data.pinnedVersion;
			if (typeof data1 !== "string") {
				const err3 = {
					instancePath: instancePath + "/pinnedVersion",
					schemaPath: "#/properties/pinnedVersion/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema38.properties.pinnedVersion.type,
					parentSchema: schema38.properties.pinnedVersion,
					data: data1
				};
				if (vErrors === null) vErrors = [err3];
				else vErrors.push(err3);
				errors++;
			}
		}
		if (data.pinnedSince !== void 0) {
			let data2 = data.pinnedSince;
			if (typeof data2 === "string") {
				if (!formats0.validate(data2)) {
					const err4 = {
						instancePath: instancePath + "/pinnedSince",
						schemaPath: "#/properties/pinnedSince/format",
						keyword: "format",
						params: { format: "date" },
						message: "must match format \"date\"",
						schema: "date",
						parentSchema: schema38.properties.pinnedSince,
						data: data2
					};
					if (vErrors === null) vErrors = [err4];
					else vErrors.push(err4);
					errors++;
				}
			} else {
				const err5 = {
					instancePath: instancePath + "/pinnedSince",
					schemaPath: "#/properties/pinnedSince/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema38.properties.pinnedSince.type,
					parentSchema: schema38.properties.pinnedSince,
					data: data2
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
	} else {
		const err6 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema38.type,
			parentSchema: schema38,
			data
		};
		if (vErrors === null) vErrors = [err6];
		else vErrors.push(err6);
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
const schema40 = {
	"title": "ContentCategoryPolicy",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"ring": { "$ref": "#/$defs/RingAssignment" },
		"delayHours": {
			"type": "integer",
			"minimum": 0
		},
		"pinnedVersion": { "type": "string" },
		"pinnedSince": {
			"type": "string",
			"format": "date"
		}
	}
};
const schema41 = {
	"title": "RingAssignment",
	"type": "string",
	"enum": [
		"ea",
		"ga",
		"pause"
	]
};
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate26.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "ring" || key0 === "delayHours" || key0 === "pinnedVersion" || key0 === "pinnedSince")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema40,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.ring !== void 0) {
			let data0 = data.ring;
			if (typeof data0 !== "string") {
				const err1 = {
					instancePath: instancePath + "/ring",
					schemaPath: "#/$defs/RingAssignment/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema41.type,
					parentSchema: schema41,
					data: data0
				};
				if (vErrors === null) vErrors = [err1];
				else vErrors.push(err1);
				errors++;
			}
			if (!(data0 === "ea" || data0 === "ga" || data0 === "pause")) {
				const err2 = {
					instancePath: instancePath + "/ring",
					schemaPath: "#/$defs/RingAssignment/enum",
					keyword: "enum",
					params: { allowedValues: schema41.enum },
					message: "must be equal to one of the allowed values",
					schema: schema41.enum,
					parentSchema: schema41,
					data: data0
				};
				if (vErrors === null) vErrors = [err2];
				else vErrors.push(err2);
				errors++;
			}
		}
		if (data.delayHours !== void 0) {
			let data1 = data.delayHours;
			if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
				const err3 = {
					instancePath: instancePath + "/delayHours",
					schemaPath: "#/properties/delayHours/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema40.properties.delayHours.type,
					parentSchema: schema40.properties.delayHours,
					data: data1
				};
				if (vErrors === null) vErrors = [err3];
				else vErrors.push(err3);
				errors++;
			}
			if (typeof data1 == "number" && isFinite(data1)) {
				if (data1 < 0 || isNaN(data1)) {
					const err4 = {
						instancePath: instancePath + "/delayHours",
						schemaPath: "#/properties/delayHours/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema40.properties.delayHours,
						data: data1
					};
					if (vErrors === null) vErrors = [err4];
					else vErrors.push(err4);
					errors++;
				}
			}
		}
		if (data.pinnedVersion !== void 0) {
			let data2 = data.pinnedVersion;
			if (typeof data2 !== "string") {
				const err5 = {
					instancePath: instancePath + "/pinnedVersion",
					schemaPath: "#/properties/pinnedVersion/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema40.properties.pinnedVersion.type,
					parentSchema: schema40.properties.pinnedVersion,
					data: data2
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.pinnedSince !== void 0) {
			let data3 = data.pinnedSince;
			if (typeof data3 === "string") {
				if (!formats0.validate(data3)) {
					const err6 = {
						instancePath: instancePath + "/pinnedSince",
						schemaPath: "#/properties/pinnedSince/format",
						keyword: "format",
						params: { format: "date" },
						message: "must match format \"date\"",
						schema: "date",
						parentSchema: schema40.properties.pinnedSince,
						data: data3
					};
					if (vErrors === null) vErrors = [err6];
					else vErrors.push(err6);
					errors++;
				}
			} else {
				const err7 = {
					instancePath: instancePath + "/pinnedSince",
					schemaPath: "#/properties/pinnedSince/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema40.properties.pinnedSince.type,
					parentSchema: schema40.properties.pinnedSince,
					data: data3
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
			schema: schema40.type,
			parentSchema: schema40,
			data
		};
		if (vErrors === null) vErrors = [err8];
		else vErrors.push(err8);
		errors++;
	}
	validate26.errors = vErrors;
	return errors === 0;
}
validate26.evaluated = {
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
		for (const key0 in data) if (!(key0 === "name" || key0 === "description" || key0 === "hostGroups" || key0 === "sensor" || key0 === "content")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema37,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.name !== void 0) {
			let data0 = data.name;
			if (typeof data0 === "string") {
				if (func2(data0) < 1) {
					const err1 = {
						instancePath: instancePath + "/name",
						schemaPath: "#/properties/name/minLength",
						keyword: "minLength",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 characters",
						schema: 1,
						parentSchema: schema37.properties.name,
						data: data0
					};
					if (vErrors === null) vErrors = [err1];
					else vErrors.push(err1);
					errors++;
				}
			} else {
				const err2 = {
					instancePath: instancePath + "/name",
					schemaPath: "#/properties/name/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema37.properties.name.type,
					parentSchema: schema37.properties.name,
					data: data0
				};
				if (vErrors === null) vErrors = [err2];
				else vErrors.push(err2);
				errors++;
			}
		}
		if (data.description !== void 0) {
			let data1 = data.description;
			if (typeof data1 !== "string") {
				const err3 = {
					instancePath: instancePath + "/description",
					schemaPath: "#/properties/description/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema37.properties.description.type,
					parentSchema: schema37.properties.description,
					data: data1
				};
				if (vErrors === null) vErrors = [err3];
				else vErrors.push(err3);
				errors++;
			}
		}
		if (data.hostGroups !== void 0) {
			let data2 = data.hostGroups;
			if (Array.isArray(data2)) {
				const len0 = data2.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data3 = data2[i0];
					if (typeof data3 === "string") {
						if (!pattern4.test(data3)) {
							const err4 = {
								instancePath: instancePath + "/hostGroups/" + i0,
								schemaPath: "#/properties/hostGroups/items/pattern",
								keyword: "pattern",
								params: { pattern: "^[a-z0-9][a-z0-9._-]*$" },
								message: "must match pattern \"^[a-z0-9][a-z0-9._-]*$\"",
								schema: "^[a-z0-9][a-z0-9._-]*$",
								parentSchema: schema37.properties.hostGroups.items,
								data: data3
							};
							if (vErrors === null) vErrors = [err4];
							else vErrors.push(err4);
							errors++;
						}
					} else {
						const err5 = {
							instancePath: instancePath + "/hostGroups/" + i0,
							schemaPath: "#/properties/hostGroups/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema37.properties.hostGroups.items.type,
							parentSchema: schema37.properties.hostGroups.items,
							data: data3
						};
						if (vErrors === null) vErrors = [err5];
						else vErrors.push(err5);
						errors++;
					}
				}
				let i1 = data2.length;
				let j0;
				if (i1 > 1) {
					const indices0 = {};
					for (; i1--;) {
						let item0 = data2[i1];
						if (typeof item0 !== "string") continue;
						if (typeof indices0[item0] == "number") {
							j0 = indices0[item0];
							const err6 = {
								instancePath: instancePath + "/hostGroups",
								schemaPath: "#/properties/hostGroups/uniqueItems",
								keyword: "uniqueItems",
								params: {
									i: i1,
									j: j0
								},
								message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
								schema: true,
								parentSchema: schema37.properties.hostGroups,
								data: data2
							};
							if (vErrors === null) vErrors = [err6];
							else vErrors.push(err6);
							errors++;
							break;
						}
						indices0[item0] = i1;
					}
				}
			} else {
				const err7 = {
					instancePath: instancePath + "/hostGroups",
					schemaPath: "#/properties/hostGroups/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema37.properties.hostGroups.type,
					parentSchema: schema37.properties.hostGroups,
					data: data2
				};
				if (vErrors === null) vErrors = [err7];
				else vErrors.push(err7);
				errors++;
			}
		}
		if (data.sensor !== void 0) {
			if (!validate24(data.sensor, {
				instancePath: instancePath + "/sensor",
				parentData: data,
				parentDataProperty: "sensor",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
				errors = vErrors.length;
			}
		}
		if (data.content !== void 0) {
			let data5 = data.content;
			if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
				for (const key1 in data5) {
					const _errs13 = errors;
					if (typeof key1 === "string") {
						if (!pattern6.test(key1)) {
							const err8 = {
								instancePath: instancePath + "/content",
								schemaPath: "#/properties/content/propertyNames/pattern",
								keyword: "pattern",
								params: { pattern: "^(\\*|[a-z][a-z0-9_]*)$" },
								message: "must match pattern \"^(\\*|[a-z][a-z0-9_]*)$\"",
								schema: "^(\\*|[a-z][a-z0-9_]*)$",
								parentSchema: schema37.properties.content.propertyNames,
								data: key1,
								propertyName: key1
							};
							if (vErrors === null) vErrors = [err8];
							else vErrors.push(err8);
							errors++;
						}
					} else {
						const err9 = {
							instancePath: instancePath + "/content",
							schemaPath: "#/properties/content/propertyNames/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema37.properties.content.propertyNames.type,
							parentSchema: schema37.properties.content.propertyNames,
							data: key1,
							propertyName: key1
						};
						if (vErrors === null) vErrors = [err9];
						else vErrors.push(err9);
						errors++;
					}
					if (!(_errs13 === errors)) {
						const err10 = {
							instancePath: instancePath + "/content",
							schemaPath: "#/properties/content/propertyNames",
							keyword: "propertyNames",
							params: { propertyName: key1 },
							message: "property name must be valid",
							schema: schema37.properties.content.propertyNames,
							parentSchema: schema37.properties.content,
							data: data5
						};
						if (vErrors === null) vErrors = [err10];
						else vErrors.push(err10);
						errors++;
					}
				}
				for (const key2 in data5) if (!validate26(data5[key2], {
					instancePath: instancePath + "/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
					parentData: data5,
					parentDataProperty: key2,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
					errors = vErrors.length;
				}
			} else {
				const err11 = {
					instancePath: instancePath + "/content",
					schemaPath: "#/properties/content/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema37.properties.content.type,
					parentSchema: schema37.properties.content,
					data: data5
				};
				if (vErrors === null) vErrors = [err11];
				else vErrors.push(err11);
				errors++;
			}
		}
	} else {
		const err12 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema37.type,
			parentSchema: schema37,
			data
		};
		if (vErrors === null) vErrors = [err12];
		else vErrors.push(err12);
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
const schema44 = {
	"title": "OsUpdateRing",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"name": {
			"type": "string",
			"minLength": 1
		},
		"description": { "type": "string" },
		"hostGroups": {
			"type": "array",
			"items": {
				"type": "string",
				"pattern": "^[a-z0-9][a-z0-9._-]*$"
			},
			"uniqueItems": true
		},
		"quality": { "$ref": "#/$defs/OsUpdateTrack" },
		"feature": { "$ref": "#/$defs/OsUpdateTrack" },
		"gracePeriodDays": {
			"type": "integer",
			"minimum": 0
		}
	}
};
const schema45 = {
	"title": "OsUpdateTrack",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"deferralDays": {
			"type": "integer",
			"minimum": 0
		},
		"paused": { "type": "boolean" },
		"pausedUntil": {
			"type": "string",
			"format": "date-time"
		},
		"deadlineDays": {
			"type": "integer",
			"minimum": 0
		}
	}
};
const formats4 = require_formats$1.require_formats().fullFormats["date-time"];
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate29.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "name" || key0 === "description" || key0 === "hostGroups" || key0 === "quality" || key0 === "feature" || key0 === "gracePeriodDays")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema44,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.name !== void 0) {
			let data0 = data.name;
			if (typeof data0 === "string") {
				if (func2(data0) < 1) {
					const err1 = {
						instancePath: instancePath + "/name",
						schemaPath: "#/properties/name/minLength",
						keyword: "minLength",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 characters",
						schema: 1,
						parentSchema: schema44.properties.name,
						data: data0
					};
					if (vErrors === null) vErrors = [err1];
					else vErrors.push(err1);
					errors++;
				}
			} else {
				const err2 = {
					instancePath: instancePath + "/name",
					schemaPath: "#/properties/name/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema44.properties.name.type,
					parentSchema: schema44.properties.name,
					data: data0
				};
				if (vErrors === null) vErrors = [err2];
				else vErrors.push(err2);
				errors++;
			}
		}
		if (data.description !== void 0) {
			let data1 = data.description;
			if (typeof data1 !== "string") {
				const err3 = {
					instancePath: instancePath + "/description",
					schemaPath: "#/properties/description/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema44.properties.description.type,
					parentSchema: schema44.properties.description,
					data: data1
				};
				if (vErrors === null) vErrors = [err3];
				else vErrors.push(err3);
				errors++;
			}
		}
		if (data.hostGroups !== void 0) {
			let data2 = data.hostGroups;
			if (Array.isArray(data2)) {
				const len0 = data2.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data3 = data2[i0];
					if (typeof data3 === "string") {
						if (!pattern4.test(data3)) {
							const err4 = {
								instancePath: instancePath + "/hostGroups/" + i0,
								schemaPath: "#/properties/hostGroups/items/pattern",
								keyword: "pattern",
								params: { pattern: "^[a-z0-9][a-z0-9._-]*$" },
								message: "must match pattern \"^[a-z0-9][a-z0-9._-]*$\"",
								schema: "^[a-z0-9][a-z0-9._-]*$",
								parentSchema: schema44.properties.hostGroups.items,
								data: data3
							};
							if (vErrors === null) vErrors = [err4];
							else vErrors.push(err4);
							errors++;
						}
					} else {
						const err5 = {
							instancePath: instancePath + "/hostGroups/" + i0,
							schemaPath: "#/properties/hostGroups/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema44.properties.hostGroups.items.type,
							parentSchema: schema44.properties.hostGroups.items,
							data: data3
						};
						if (vErrors === null) vErrors = [err5];
						else vErrors.push(err5);
						errors++;
					}
				}
				let i1 = data2.length;
				let j0;
				if (i1 > 1) {
					const indices0 = {};
					for (; i1--;) {
						let item0 = data2[i1];
						if (typeof item0 !== "string") continue;
						if (typeof indices0[item0] == "number") {
							j0 = indices0[item0];
							const err6 = {
								instancePath: instancePath + "/hostGroups",
								schemaPath: "#/properties/hostGroups/uniqueItems",
								keyword: "uniqueItems",
								params: {
									i: i1,
									j: j0
								},
								message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
								schema: true,
								parentSchema: schema44.properties.hostGroups,
								data: data2
							};
							if (vErrors === null) vErrors = [err6];
							else vErrors.push(err6);
							errors++;
							break;
						}
						indices0[item0] = i1;
					}
				}
			} else {
				const err7 = {
					instancePath: instancePath + "/hostGroups",
					schemaPath: "#/properties/hostGroups/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema44.properties.hostGroups.type,
					parentSchema: schema44.properties.hostGroups,
					data: data2
				};
				if (vErrors === null) vErrors = [err7];
				else vErrors.push(err7);
				errors++;
			}
		}
		if (data.quality !== void 0) {
			let data4 = data.quality;
			if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
				for (const key1 in data4) if (!(key1 === "deferralDays" || key1 === "paused" || key1 === "pausedUntil" || key1 === "deadlineDays")) {
					const err8 = {
						instancePath: instancePath + "/quality",
						schemaPath: "#/$defs/OsUpdateTrack/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema45,
						data: data4
					};
					if (vErrors === null) vErrors = [err8];
					else vErrors.push(err8);
					errors++;
				}
				if (data4.deferralDays !== void 0) {
					let data5 = data4.deferralDays;
					if (!(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
						const err9 = {
							instancePath: instancePath + "/quality/deferralDays",
							schemaPath: "#/$defs/OsUpdateTrack/properties/deferralDays/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema45.properties.deferralDays.type,
							parentSchema: schema45.properties.deferralDays,
							data: data5
						};
						if (vErrors === null) vErrors = [err9];
						else vErrors.push(err9);
						errors++;
					}
					if (typeof data5 == "number" && isFinite(data5)) {
						if (data5 < 0 || isNaN(data5)) {
							const err10 = {
								instancePath: instancePath + "/quality/deferralDays",
								schemaPath: "#/$defs/OsUpdateTrack/properties/deferralDays/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema45.properties.deferralDays,
								data: data5
							};
							if (vErrors === null) vErrors = [err10];
							else vErrors.push(err10);
							errors++;
						}
					}
				}
				if (data4.paused !== void 0) {
					let data6 = data4.paused;
					if (typeof data6 !== "boolean") {
						const err11 = {
							instancePath: instancePath + "/quality/paused",
							schemaPath: "#/$defs/OsUpdateTrack/properties/paused/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema45.properties.paused.type,
							parentSchema: schema45.properties.paused,
							data: data6
						};
						if (vErrors === null) vErrors = [err11];
						else vErrors.push(err11);
						errors++;
					}
				}
				if (data4.pausedUntil !== void 0) {
					let data7 = data4.pausedUntil;
					if (typeof data7 === "string") {
						if (!formats4.validate(data7)) {
							const err12 = {
								instancePath: instancePath + "/quality/pausedUntil",
								schemaPath: "#/$defs/OsUpdateTrack/properties/pausedUntil/format",
								keyword: "format",
								params: { format: "date-time" },
								message: "must match format \"date-time\"",
								schema: "date-time",
								parentSchema: schema45.properties.pausedUntil,
								data: data7
							};
							if (vErrors === null) vErrors = [err12];
							else vErrors.push(err12);
							errors++;
						}
					} else {
						const err13 = {
							instancePath: instancePath + "/quality/pausedUntil",
							schemaPath: "#/$defs/OsUpdateTrack/properties/pausedUntil/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema45.properties.pausedUntil.type,
							parentSchema: schema45.properties.pausedUntil,
							data: data7
						};
						if (vErrors === null) vErrors = [err13];
						else vErrors.push(err13);
						errors++;
					}
				}
				if (data4.deadlineDays !== void 0) {
					let data8 = data4.deadlineDays;
					if (!(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8) && isFinite(data8))) {
						const err14 = {
							instancePath: instancePath + "/quality/deadlineDays",
							schemaPath: "#/$defs/OsUpdateTrack/properties/deadlineDays/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema45.properties.deadlineDays.type,
							parentSchema: schema45.properties.deadlineDays,
							data: data8
						};
						if (vErrors === null) vErrors = [err14];
						else vErrors.push(err14);
						errors++;
					}
					if (typeof data8 == "number" && isFinite(data8)) {
						if (data8 < 0 || isNaN(data8)) {
							const err15 = {
								instancePath: instancePath + "/quality/deadlineDays",
								schemaPath: "#/$defs/OsUpdateTrack/properties/deadlineDays/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema45.properties.deadlineDays,
								data: data8
							};
							if (vErrors === null) vErrors = [err15];
							else vErrors.push(err15);
							errors++;
						}
					}
				}
			} else {
				const err16 = {
					instancePath: instancePath + "/quality",
					schemaPath: "#/$defs/OsUpdateTrack/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema45.type,
					parentSchema: schema45,
					data: data4
				};
				if (vErrors === null) vErrors = [err16];
				else vErrors.push(err16);
				errors++;
			}
		}
		if (data.feature !== void 0) {
			let data9 = data.feature;
			if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
				for (const key2 in data9) if (!(key2 === "deferralDays" || key2 === "paused" || key2 === "pausedUntil" || key2 === "deadlineDays")) {
					const err17 = {
						instancePath: instancePath + "/feature",
						schemaPath: "#/$defs/OsUpdateTrack/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key2 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema45,
						data: data9
					};
					if (vErrors === null) vErrors = [err17];
					else vErrors.push(err17);
					errors++;
				}
				if (data9.deferralDays !== void 0) {
					let data10 = data9.deferralDays;
					if (!(typeof data10 == "number" && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
						const err18 = {
							instancePath: instancePath + "/feature/deferralDays",
							schemaPath: "#/$defs/OsUpdateTrack/properties/deferralDays/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema45.properties.deferralDays.type,
							parentSchema: schema45.properties.deferralDays,
							data: data10
						};
						if (vErrors === null) vErrors = [err18];
						else vErrors.push(err18);
						errors++;
					}
					if (typeof data10 == "number" && isFinite(data10)) {
						if (data10 < 0 || isNaN(data10)) {
							const err19 = {
								instancePath: instancePath + "/feature/deferralDays",
								schemaPath: "#/$defs/OsUpdateTrack/properties/deferralDays/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema45.properties.deferralDays,
								data: data10
							};
							if (vErrors === null) vErrors = [err19];
							else vErrors.push(err19);
							errors++;
						}
					}
				}
				if (data9.paused !== void 0) {
					let data11 = data9.paused;
					if (typeof data11 !== "boolean") {
						const err20 = {
							instancePath: instancePath + "/feature/paused",
							schemaPath: "#/$defs/OsUpdateTrack/properties/paused/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema45.properties.paused.type,
							parentSchema: schema45.properties.paused,
							data: data11
						};
						if (vErrors === null) vErrors = [err20];
						else vErrors.push(err20);
						errors++;
					}
				}
				if (data9.pausedUntil !== void 0) {
					let data12 = data9.pausedUntil;
					if (typeof data12 === "string") {
						if (!formats4.validate(data12)) {
							const err21 = {
								instancePath: instancePath + "/feature/pausedUntil",
								schemaPath: "#/$defs/OsUpdateTrack/properties/pausedUntil/format",
								keyword: "format",
								params: { format: "date-time" },
								message: "must match format \"date-time\"",
								schema: "date-time",
								parentSchema: schema45.properties.pausedUntil,
								data: data12
							};
							if (vErrors === null) vErrors = [err21];
							else vErrors.push(err21);
							errors++;
						}
					} else {
						const err22 = {
							instancePath: instancePath + "/feature/pausedUntil",
							schemaPath: "#/$defs/OsUpdateTrack/properties/pausedUntil/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema45.properties.pausedUntil.type,
							parentSchema: schema45.properties.pausedUntil,
							data: data12
						};
						if (vErrors === null) vErrors = [err22];
						else vErrors.push(err22);
						errors++;
					}
				}
				if (data9.deadlineDays !== void 0) {
					let data13 = data9.deadlineDays;
					if (!(typeof data13 == "number" && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
						const err23 = {
							instancePath: instancePath + "/feature/deadlineDays",
							schemaPath: "#/$defs/OsUpdateTrack/properties/deadlineDays/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema45.properties.deadlineDays.type,
							parentSchema: schema45.properties.deadlineDays,
							data: data13
						};
						if (vErrors === null) vErrors = [err23];
						else vErrors.push(err23);
						errors++;
					}
					if (typeof data13 == "number" && isFinite(data13)) {
						if (data13 < 0 || isNaN(data13)) {
							const err24 = {
								instancePath: instancePath + "/feature/deadlineDays",
								schemaPath: "#/$defs/OsUpdateTrack/properties/deadlineDays/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema45.properties.deadlineDays,
								data: data13
							};
							if (vErrors === null) vErrors = [err24];
							else vErrors.push(err24);
							errors++;
						}
					}
				}
			} else {
				const err25 = {
					instancePath: instancePath + "/feature",
					schemaPath: "#/$defs/OsUpdateTrack/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema45.type,
					parentSchema: schema45,
					data: data9
				};
				if (vErrors === null) vErrors = [err25];
				else vErrors.push(err25);
				errors++;
			}
		}
		if (data.gracePeriodDays !== void 0) {
			let data14 = data.gracePeriodDays;
			if (!(typeof data14 == "number" && !(data14 % 1) && !isNaN(data14) && isFinite(data14))) {
				const err26 = {
					instancePath: instancePath + "/gracePeriodDays",
					schemaPath: "#/properties/gracePeriodDays/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema44.properties.gracePeriodDays.type,
					parentSchema: schema44.properties.gracePeriodDays,
					data: data14
				};
				if (vErrors === null) vErrors = [err26];
				else vErrors.push(err26);
				errors++;
			}
			if (typeof data14 == "number" && isFinite(data14)) {
				if (data14 < 0 || isNaN(data14)) {
					const err27 = {
						instancePath: instancePath + "/gracePeriodDays",
						schemaPath: "#/properties/gracePeriodDays/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema44.properties.gracePeriodDays,
						data: data14
					};
					if (vErrors === null) vErrors = [err27];
					else vErrors.push(err27);
					errors++;
				}
			}
		}
	} else {
		const err28 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema44.type,
			parentSchema: schema44,
			data
		};
		if (vErrors === null) vErrors = [err28];
		else vErrors.push(err28);
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
const schema47 = {
	"title": "HealthMonitoring",
	"type": "object",
	"additionalProperties": false,
	"properties": { "rules": {
		"type": "array",
		"items": { "$ref": "#/$defs/HealthMonitoringRule" }
	} }
};
const schema48 = {
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
const schema49 = {
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
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate32.evaluated;
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
				parentSchema: schema48,
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
					schema: schema49.type,
					parentSchema: schema49,
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
					params: { allowedValues: schema49.enum },
					message: "must be equal to one of the allowed values",
					schema: schema49.enum,
					parentSchema: schema49,
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
						parentSchema: schema48.properties.thresholdPct,
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
						parentSchema: schema48.properties.thresholdPct,
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
					schema: schema48.properties.thresholdPct.type,
					parentSchema: schema48.properties.thresholdPct,
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
					schema: schema48.properties.action.type,
					parentSchema: schema48.properties.action,
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
					params: { allowedValues: schema48.properties.action.enum },
					message: "must be equal to one of the allowed values",
					schema: schema48.properties.action.enum,
					parentSchema: schema48.properties.action,
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
			schema: schema48.type,
			parentSchema: schema48,
			data
		};
		if (vErrors === null) vErrors = [err8];
		else vErrors.push(err8);
		errors++;
	}
	validate32.errors = vErrors;
	return errors === 0;
}
validate32.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate31.evaluated;
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
				parentSchema: schema47,
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
				for (let i0 = 0; i0 < len0; i0++) if (!validate32(data0[i0], {
					instancePath: instancePath + "/rules/" + i0,
					parentData: data0,
					parentDataProperty: i0,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
					errors = vErrors.length;
				}
			} else {
				const err1 = {
					instancePath: instancePath + "/rules",
					schemaPath: "#/properties/rules/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema47.properties.rules.type,
					parentSchema: schema47.properties.rules,
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
			schema: schema47.type,
			parentSchema: schema47,
			data
		};
		if (vErrors === null) vErrors = [err2];
		else vErrors.push(err2);
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
const schema50 = {
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
const schema51 = {
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
const schema52 = {
	"title": "QuickMachineRecovery",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"enabled": { "type": "boolean" },
		"autoRemediation": { "type": "boolean" }
	}
};
const schema53 = {
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
const schema54 = {
	"title": "OutOfBandManagement",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"servers": { "type": "boolean" },
		"description": { "type": "string" }
	}
};
const formats12 = require_formats$1.require_formats().fullFormats.uri;
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate35.evaluated;
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
				parentSchema: schema50,
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
						parentSchema: schema51,
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
							schema: schema51.properties.enabled.type,
							parentSchema: schema51.properties.enabled,
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
							schema: schema51.properties.store.type,
							parentSchema: schema51.properties.store,
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
							params: { allowedValues: schema51.properties.store.enum },
							message: "must be equal to one of the allowed values",
							schema: schema51.properties.store.enum,
							parentSchema: schema51.properties.store,
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
							schema: schema51.properties.outOfBandAccess.type,
							parentSchema: schema51.properties.outOfBandAccess,
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
					schema: schema51.type,
					parentSchema: schema51,
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
						parentSchema: schema52,
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
							schema: schema52.properties.enabled.type,
							parentSchema: schema52.properties.enabled,
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
							schema: schema52.properties.autoRemediation.type,
							parentSchema: schema52.properties.autoRemediation,
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
					schema: schema52.type,
					parentSchema: schema52,
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
				if (!formats12(data7)) {
					const err11 = {
						instancePath: instancePath + "/offlineRunbookUrl",
						schemaPath: "#/properties/offlineRunbookUrl/format",
						keyword: "format",
						params: { format: "uri" },
						message: "must match format \"uri\"",
						schema: "uri",
						parentSchema: schema50.properties.offlineRunbookUrl,
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
					schema: schema50.properties.offlineRunbookUrl.type,
					parentSchema: schema50.properties.offlineRunbookUrl,
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
						parentSchema: schema50.properties.fleetRecoveryObjectiveHours,
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
					schema: schema50.properties.fleetRecoveryObjectiveHours.type,
					parentSchema: schema50.properties.fleetRecoveryObjectiveHours,
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
								parentSchema: schema53,
								data: data10
							};
							if (vErrors === null) vErrors = [err15];
							else vErrors.push(err15);
							errors++;
						}
						if (data10.date !== void 0) {
							let data11 = data10.date;
							if (typeof data11 === "string") {
								if (!formats0.validate(data11)) {
									const err16 = {
										instancePath: instancePath + "/exercises/" + i0 + "/date",
										schemaPath: "#/$defs/RecoveryExercise/properties/date/format",
										keyword: "format",
										params: { format: "date" },
										message: "must match format \"date\"",
										schema: "date",
										parentSchema: schema53.properties.date,
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
									schema: schema53.properties.date.type,
									parentSchema: schema53.properties.date,
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
									schema: schema53.properties.scenario.type,
									parentSchema: schema53.properties.scenario,
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
									params: { allowedValues: schema53.properties.scenario.enum },
									message: "must be equal to one of the allowed values",
									schema: schema53.properties.scenario.enum,
									parentSchema: schema53.properties.scenario,
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
									schema: schema53.properties.hostsRecovered.type,
									parentSchema: schema53.properties.hostsRecovered,
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
										parentSchema: schema53.properties.hostsRecovered,
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
										parentSchema: schema53.properties.durationHours,
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
									schema: schema53.properties.durationHours.type,
									parentSchema: schema53.properties.durationHours,
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
								if (!formats12(data15)) {
									const err24 = {
										instancePath: instancePath + "/exercises/" + i0 + "/reportUrl",
										schemaPath: "#/$defs/RecoveryExercise/properties/reportUrl/format",
										keyword: "format",
										params: { format: "uri" },
										message: "must match format \"uri\"",
										schema: "uri",
										parentSchema: schema53.properties.reportUrl,
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
									schema: schema53.properties.reportUrl.type,
									parentSchema: schema53.properties.reportUrl,
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
									schema: schema53.properties.description.type,
									parentSchema: schema53.properties.description,
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
							schema: schema53.type,
							parentSchema: schema53,
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
					schema: schema50.properties.exercises.type,
					parentSchema: schema50.properties.exercises,
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
						parentSchema: schema54,
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
							schema: schema54.properties.servers.type,
							parentSchema: schema54.properties.servers,
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
							schema: schema54.properties.description.type,
							parentSchema: schema54.properties.description,
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
					schema: schema54.type,
					parentSchema: schema54,
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
			schema: schema50.type,
			parentSchema: schema50,
			data
		};
		if (vErrors === null) vErrors = [err33];
		else vErrors.push(err33);
		errors++;
	}
	validate35.errors = vErrors;
	return errors === 0;
}
validate35.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const schema56 = {
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
const schema57 = {
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
const schema58 = {
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
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate37.evaluated;
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
				parentSchema: schema56,
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
					schema: schema56.properties.regime.type,
					parentSchema: schema56.properties.regime,
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
					params: { allowedValues: schema56.properties.regime.enum },
					message: "must be equal to one of the allowed values",
					schema: schema56.properties.regime.enum,
					parentSchema: schema56.properties.regime,
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
						parentSchema: schema57,
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
								parentSchema: schema57.properties.earlyWarningHours,
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
							schema: schema57.properties.earlyWarningHours.type,
							parentSchema: schema57.properties.earlyWarningHours,
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
								parentSchema: schema57.properties.notificationHours,
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
							schema: schema57.properties.notificationHours.type,
							parentSchema: schema57.properties.notificationHours,
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
								parentSchema: schema57.properties.finalReportDays,
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
							schema: schema57.properties.finalReportDays.type,
							parentSchema: schema57.properties.finalReportDays,
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
					schema: schema57.type,
					parentSchema: schema57,
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
					schema: schema56.properties.vendorNoticesSubscribed.type,
					parentSchema: schema56.properties.vendorNoticesSubscribed,
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
								parentSchema: schema58,
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
										parentSchema: schema58.properties.role,
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
									schema: schema58.properties.role.type,
									parentSchema: schema58.properties.role,
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
									schema: schema58.properties.reachableOutOfHours.type,
									parentSchema: schema58.properties.reachableOutOfHours,
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
											schema: schema58.properties.authority.items.type,
											parentSchema: schema58.properties.authority.items,
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
											params: { allowedValues: schema58.properties.authority.items.enum },
											message: "must be equal to one of the allowed values",
											schema: schema58.properties.authority.items.enum,
											parentSchema: schema58.properties.authority.items,
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
												parentSchema: schema58.properties.authority,
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
									schema: schema58.properties.authority.type,
									parentSchema: schema58.properties.authority,
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
							schema: schema58.type,
							parentSchema: schema58,
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
					schema: schema56.properties.contacts.type,
					parentSchema: schema56.properties.contacts,
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
			schema: schema56.type,
			parentSchema: schema56,
			data
		};
		if (vErrors === null) vErrors = [err22];
		else vErrors.push(err22);
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
		if (data.metadata === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "metadata" },
				message: "must have required property 'metadata'",
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
		if (data.apiVersion !== void 0) {
			let data0 = data.apiVersion;
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
			if ("DeploymentConfig" !== data1) {
				const err5 = {
					instancePath: instancePath + "/kind",
					schemaPath: "#/properties/kind/const",
					keyword: "const",
					params: { allowedValue: "DeploymentConfig" },
					message: "must be equal to constant",
					schema: "DeploymentConfig",
					parentSchema: schema31.properties.kind,
					data: data1
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.metadata !== void 0) {
			let data2 = data.metadata;
			if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
				if (data2.organization === void 0) {
					const err6 = {
						instancePath: instancePath + "/metadata",
						schemaPath: "#/$defs/DeploymentMetadata/required",
						keyword: "required",
						params: { missingProperty: "organization" },
						message: "must have required property 'organization'",
						schema: schema32.required,
						parentSchema: schema32,
						data: data2
					};
					if (vErrors === null) vErrors = [err6];
					else vErrors.push(err6);
					errors++;
				}
				if (data2.product === void 0) {
					const err7 = {
						instancePath: instancePath + "/metadata",
						schemaPath: "#/$defs/DeploymentMetadata/required",
						keyword: "required",
						params: { missingProperty: "product" },
						message: "must have required property 'product'",
						schema: schema32.required,
						parentSchema: schema32,
						data: data2
					};
					if (vErrors === null) vErrors = [err7];
					else vErrors.push(err7);
					errors++;
				}
				for (const key1 in data2) if (!(key1 === "organization" || key1 === "product" || key1 === "vendor" || key1 === "fleetSize")) {
					const err8 = {
						instancePath: instancePath + "/metadata",
						schemaPath: "#/$defs/DeploymentMetadata/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema32,
						data: data2
					};
					if (vErrors === null) vErrors = [err8];
					else vErrors.push(err8);
					errors++;
				}
				if (data2.organization !== void 0) {
					let data3 = data2.organization;
					if (typeof data3 === "string") {
						if (func2(data3) < 1) {
							const err9 = {
								instancePath: instancePath + "/metadata/organization",
								schemaPath: "#/$defs/DeploymentMetadata/properties/organization/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema32.properties.organization,
								data: data3
							};
							if (vErrors === null) vErrors = [err9];
							else vErrors.push(err9);
							errors++;
						}
					} else {
						const err10 = {
							instancePath: instancePath + "/metadata/organization",
							schemaPath: "#/$defs/DeploymentMetadata/properties/organization/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema32.properties.organization.type,
							parentSchema: schema32.properties.organization,
							data: data3
						};
						if (vErrors === null) vErrors = [err10];
						else vErrors.push(err10);
						errors++;
					}
				}
				if (data2.product !== void 0) {
					let data4 = data2.product;
					if (typeof data4 === "string") {
						if (func2(data4) < 1) {
							const err11 = {
								instancePath: instancePath + "/metadata/product",
								schemaPath: "#/$defs/DeploymentMetadata/properties/product/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema32.properties.product,
								data: data4
							};
							if (vErrors === null) vErrors = [err11];
							else vErrors.push(err11);
							errors++;
						}
					} else {
						const err12 = {
							instancePath: instancePath + "/metadata/product",
							schemaPath: "#/$defs/DeploymentMetadata/properties/product/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema32.properties.product.type,
							parentSchema: schema32.properties.product,
							data: data4
						};
						if (vErrors === null) vErrors = [err12];
						else vErrors.push(err12);
						errors++;
					}
				}
				if (data2.vendor !== void 0) {
					let data5 = data2.vendor;
					if (typeof data5 !== "string") {
						const err13 = {
							instancePath: instancePath + "/metadata/vendor",
							schemaPath: "#/$defs/DeploymentMetadata/properties/vendor/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema32.properties.vendor.type,
							parentSchema: schema32.properties.vendor,
							data: data5
						};
						if (vErrors === null) vErrors = [err13];
						else vErrors.push(err13);
						errors++;
					}
				}
				if (data2.fleetSize !== void 0) {
					let data6 = data2.fleetSize;
					if (!(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
						const err14 = {
							instancePath: instancePath + "/metadata/fleetSize",
							schemaPath: "#/$defs/DeploymentMetadata/properties/fleetSize/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema32.properties.fleetSize.type,
							parentSchema: schema32.properties.fleetSize,
							data: data6
						};
						if (vErrors === null) vErrors = [err14];
						else vErrors.push(err14);
						errors++;
					}
					if (typeof data6 == "number" && isFinite(data6)) {
						if (data6 < 0 || isNaN(data6)) {
							const err15 = {
								instancePath: instancePath + "/metadata/fleetSize",
								schemaPath: "#/$defs/DeploymentMetadata/properties/fleetSize/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema32.properties.fleetSize,
								data: data6
							};
							if (vErrors === null) vErrors = [err15];
							else vErrors.push(err15);
							errors++;
						}
					}
				}
			} else {
				const err16 = {
					instancePath: instancePath + "/metadata",
					schemaPath: "#/$defs/DeploymentMetadata/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema32.type,
					parentSchema: schema32,
					data: data2
				};
				if (vErrors === null) vErrors = [err16];
				else vErrors.push(err16);
				errors++;
			}
		}
		if (data.hostGroups !== void 0) {
			let data7 = data.hostGroups;
			if (Array.isArray(data7)) {
				const len0 = data7.length;
				for (let i0 = 0; i0 < len0; i0++) if (!validate21(data7[i0], {
					instancePath: instancePath + "/hostGroups/" + i0,
					parentData: data7,
					parentDataProperty: i0,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
					errors = vErrors.length;
				}
			} else {
				const err17 = {
					instancePath: instancePath + "/hostGroups",
					schemaPath: "#/properties/hostGroups/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.hostGroups.type,
					parentSchema: schema31.properties.hostGroups,
					data: data7
				};
				if (vErrors === null) vErrors = [err17];
				else vErrors.push(err17);
				errors++;
			}
		}
		if (data.rings !== void 0) {
			let data9 = data.rings;
			if (Array.isArray(data9)) {
				const len1 = data9.length;
				for (let i1 = 0; i1 < len1; i1++) if (!validate23(data9[i1], {
					instancePath: instancePath + "/rings/" + i1,
					parentData: data9,
					parentDataProperty: i1,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
					errors = vErrors.length;
				}
			} else {
				const err18 = {
					instancePath: instancePath + "/rings",
					schemaPath: "#/properties/rings/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.rings.type,
					parentSchema: schema31.properties.rings,
					data: data9
				};
				if (vErrors === null) vErrors = [err18];
				else vErrors.push(err18);
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
							const err19 = {
								instancePath: instancePath + "/pairs/" + i2,
								schemaPath: "#/$defs/RedundancyPair/required",
								keyword: "required",
								params: { missingProperty: "hostGroups" },
								message: "must have required property 'hostGroups'",
								schema: schema42.required,
								parentSchema: schema42,
								data: data12
							};
							if (vErrors === null) vErrors = [err19];
							else vErrors.push(err19);
							errors++;
						}
						for (const key2 in data12) if (!(key2 === "name" || key2 === "hostGroups" || key2 === "description")) {
							const err20 = {
								instancePath: instancePath + "/pairs/" + i2,
								schemaPath: "#/$defs/RedundancyPair/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key2 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema42,
								data: data12
							};
							if (vErrors === null) vErrors = [err20];
							else vErrors.push(err20);
							errors++;
						}
						if (data12.name !== void 0) {
							let data13 = data12.name;
							if (typeof data13 === "string") {
								if (func2(data13) < 1) {
									const err21 = {
										instancePath: instancePath + "/pairs/" + i2 + "/name",
										schemaPath: "#/$defs/RedundancyPair/properties/name/minLength",
										keyword: "minLength",
										params: { limit: 1 },
										message: "must NOT have fewer than 1 characters",
										schema: 1,
										parentSchema: schema42.properties.name,
										data: data13
									};
									if (vErrors === null) vErrors = [err21];
									else vErrors.push(err21);
									errors++;
								}
							} else {
								const err22 = {
									instancePath: instancePath + "/pairs/" + i2 + "/name",
									schemaPath: "#/$defs/RedundancyPair/properties/name/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema42.properties.name.type,
									parentSchema: schema42.properties.name,
									data: data13
								};
								if (vErrors === null) vErrors = [err22];
								else vErrors.push(err22);
								errors++;
							}
						}
						if (data12.hostGroups !== void 0) {
							let data14 = data12.hostGroups;
							if (Array.isArray(data14)) {
								if (data14.length < 2) {
									const err23 = {
										instancePath: instancePath + "/pairs/" + i2 + "/hostGroups",
										schemaPath: "#/$defs/RedundancyPair/properties/hostGroups/minItems",
										keyword: "minItems",
										params: { limit: 2 },
										message: "must NOT have fewer than 2 items",
										schema: 2,
										parentSchema: schema42.properties.hostGroups,
										data: data14
									};
									if (vErrors === null) vErrors = [err23];
									else vErrors.push(err23);
									errors++;
								}
								const len3 = data14.length;
								for (let i3 = 0; i3 < len3; i3++) {
									let data15 = data14[i3];
									if (typeof data15 === "string") {
										if (!pattern4.test(data15)) {
											const err24 = {
												instancePath: instancePath + "/pairs/" + i2 + "/hostGroups/" + i3,
												schemaPath: "#/$defs/RedundancyPair/properties/hostGroups/items/pattern",
												keyword: "pattern",
												params: { pattern: "^[a-z0-9][a-z0-9._-]*$" },
												message: "must match pattern \"^[a-z0-9][a-z0-9._-]*$\"",
												schema: "^[a-z0-9][a-z0-9._-]*$",
												parentSchema: schema42.properties.hostGroups.items,
												data: data15
											};
											if (vErrors === null) vErrors = [err24];
											else vErrors.push(err24);
											errors++;
										}
									} else {
										const err25 = {
											instancePath: instancePath + "/pairs/" + i2 + "/hostGroups/" + i3,
											schemaPath: "#/$defs/RedundancyPair/properties/hostGroups/items/type",
											keyword: "type",
											params: { type: "string" },
											message: "must be string",
											schema: schema42.properties.hostGroups.items.type,
											parentSchema: schema42.properties.hostGroups.items,
											data: data15
										};
										if (vErrors === null) vErrors = [err25];
										else vErrors.push(err25);
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
											const err26 = {
												instancePath: instancePath + "/pairs/" + i2 + "/hostGroups",
												schemaPath: "#/$defs/RedundancyPair/properties/hostGroups/uniqueItems",
												keyword: "uniqueItems",
												params: {
													i: i4,
													j: j0
												},
												message: "must NOT have duplicate items (items ## " + j0 + " and " + i4 + " are identical)",
												schema: true,
												parentSchema: schema42.properties.hostGroups,
												data: data14
											};
											if (vErrors === null) vErrors = [err26];
											else vErrors.push(err26);
											errors++;
											break;
										}
										indices0[item0] = i4;
									}
								}
							} else {
								const err27 = {
									instancePath: instancePath + "/pairs/" + i2 + "/hostGroups",
									schemaPath: "#/$defs/RedundancyPair/properties/hostGroups/type",
									keyword: "type",
									params: { type: "array" },
									message: "must be array",
									schema: schema42.properties.hostGroups.type,
									parentSchema: schema42.properties.hostGroups,
									data: data14
								};
								if (vErrors === null) vErrors = [err27];
								else vErrors.push(err27);
								errors++;
							}
						}
						if (data12.description !== void 0) {
							let data16 = data12.description;
							if (typeof data16 !== "string") {
								const err28 = {
									instancePath: instancePath + "/pairs/" + i2 + "/description",
									schemaPath: "#/$defs/RedundancyPair/properties/description/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema42.properties.description.type,
									parentSchema: schema42.properties.description,
									data: data16
								};
								if (vErrors === null) vErrors = [err28];
								else vErrors.push(err28);
								errors++;
							}
						}
					} else {
						const err29 = {
							instancePath: instancePath + "/pairs/" + i2,
							schemaPath: "#/$defs/RedundancyPair/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema42.type,
							parentSchema: schema42,
							data: data12
						};
						if (vErrors === null) vErrors = [err29];
						else vErrors.push(err29);
						errors++;
					}
				}
			} else {
				const err30 = {
					instancePath: instancePath + "/pairs",
					schemaPath: "#/properties/pairs/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.pairs.type,
					parentSchema: schema31.properties.pairs,
					data: data11
				};
				if (vErrors === null) vErrors = [err30];
				else vErrors.push(err30);
				errors++;
			}
		}
		if (data.pauses !== void 0) {
			let data17 = data.pauses;
			if (Array.isArray(data17)) {
				const len4 = data17.length;
				for (let i5 = 0; i5 < len4; i5++) {
					let data18 = data17[i5];
					if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
						for (const key3 in data18) if (!(key3 === "category" || key3 === "rings" || key3 === "reason" || key3 === "createdAt" || key3 === "expiresAt")) {
							const err31 = {
								instancePath: instancePath + "/pauses/" + i5,
								schemaPath: "#/$defs/Pause/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key3 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema43,
								data: data18
							};
							if (vErrors === null) vErrors = [err31];
							else vErrors.push(err31);
							errors++;
						}
						if (data18.category !== void 0) {
							let data19 = data18.category;
							if (typeof data19 === "string") {
								if (!pattern6.test(data19)) {
									const err32 = {
										instancePath: instancePath + "/pauses/" + i5 + "/category",
										schemaPath: "#/$defs/Pause/properties/category/pattern",
										keyword: "pattern",
										params: { pattern: "^(\\*|[a-z][a-z0-9_]*)$" },
										message: "must match pattern \"^(\\*|[a-z][a-z0-9_]*)$\"",
										schema: "^(\\*|[a-z][a-z0-9_]*)$",
										parentSchema: schema43.properties.category,
										data: data19
									};
									if (vErrors === null) vErrors = [err32];
									else vErrors.push(err32);
									errors++;
								}
							} else {
								const err33 = {
									instancePath: instancePath + "/pauses/" + i5 + "/category",
									schemaPath: "#/$defs/Pause/properties/category/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema43.properties.category.type,
									parentSchema: schema43.properties.category,
									data: data19
								};
								if (vErrors === null) vErrors = [err33];
								else vErrors.push(err33);
								errors++;
							}
						}
						if (data18.rings !== void 0) {
							let data20 = data18.rings;
							if (Array.isArray(data20)) {
								const len5 = data20.length;
								for (let i6 = 0; i6 < len5; i6++) {
									let data21 = data20[i6];
									if (typeof data21 === "string") {
										if (func2(data21) < 1) {
											const err34 = {
												instancePath: instancePath + "/pauses/" + i5 + "/rings/" + i6,
												schemaPath: "#/$defs/Pause/properties/rings/items/minLength",
												keyword: "minLength",
												params: { limit: 1 },
												message: "must NOT have fewer than 1 characters",
												schema: 1,
												parentSchema: schema43.properties.rings.items,
												data: data21
											};
											if (vErrors === null) vErrors = [err34];
											else vErrors.push(err34);
											errors++;
										}
									} else {
										const err35 = {
											instancePath: instancePath + "/pauses/" + i5 + "/rings/" + i6,
											schemaPath: "#/$defs/Pause/properties/rings/items/type",
											keyword: "type",
											params: { type: "string" },
											message: "must be string",
											schema: schema43.properties.rings.items.type,
											parentSchema: schema43.properties.rings.items,
											data: data21
										};
										if (vErrors === null) vErrors = [err35];
										else vErrors.push(err35);
										errors++;
									}
								}
								let i7 = data20.length;
								let j1;
								if (i7 > 1) {
									const indices1 = {};
									for (; i7--;) {
										let item1 = data20[i7];
										if (typeof item1 !== "string") continue;
										if (typeof indices1[item1] == "number") {
											j1 = indices1[item1];
											const err36 = {
												instancePath: instancePath + "/pauses/" + i5 + "/rings",
												schemaPath: "#/$defs/Pause/properties/rings/uniqueItems",
												keyword: "uniqueItems",
												params: {
													i: i7,
													j: j1
												},
												message: "must NOT have duplicate items (items ## " + j1 + " and " + i7 + " are identical)",
												schema: true,
												parentSchema: schema43.properties.rings,
												data: data20
											};
											if (vErrors === null) vErrors = [err36];
											else vErrors.push(err36);
											errors++;
											break;
										}
										indices1[item1] = i7;
									}
								}
							} else {
								const err37 = {
									instancePath: instancePath + "/pauses/" + i5 + "/rings",
									schemaPath: "#/$defs/Pause/properties/rings/type",
									keyword: "type",
									params: { type: "array" },
									message: "must be array",
									schema: schema43.properties.rings.type,
									parentSchema: schema43.properties.rings,
									data: data20
								};
								if (vErrors === null) vErrors = [err37];
								else vErrors.push(err37);
								errors++;
							}
						}
						if (data18.reason !== void 0) {
							let data22 = data18.reason;
							if (typeof data22 !== "string") {
								const err38 = {
									instancePath: instancePath + "/pauses/" + i5 + "/reason",
									schemaPath: "#/$defs/Pause/properties/reason/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema43.properties.reason.type,
									parentSchema: schema43.properties.reason,
									data: data22
								};
								if (vErrors === null) vErrors = [err38];
								else vErrors.push(err38);
								errors++;
							}
						}
						if (data18.createdAt !== void 0) {
							let data23 = data18.createdAt;
							if (typeof data23 === "string") {
								if (!formats4.validate(data23)) {
									const err39 = {
										instancePath: instancePath + "/pauses/" + i5 + "/createdAt",
										schemaPath: "#/$defs/Pause/properties/createdAt/format",
										keyword: "format",
										params: { format: "date-time" },
										message: "must match format \"date-time\"",
										schema: "date-time",
										parentSchema: schema43.properties.createdAt,
										data: data23
									};
									if (vErrors === null) vErrors = [err39];
									else vErrors.push(err39);
									errors++;
								}
							} else {
								const err40 = {
									instancePath: instancePath + "/pauses/" + i5 + "/createdAt",
									schemaPath: "#/$defs/Pause/properties/createdAt/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema43.properties.createdAt.type,
									parentSchema: schema43.properties.createdAt,
									data: data23
								};
								if (vErrors === null) vErrors = [err40];
								else vErrors.push(err40);
								errors++;
							}
						}
						if (data18.expiresAt !== void 0) {
							let data24 = data18.expiresAt;
							if (typeof data24 === "string") {
								if (!formats4.validate(data24)) {
									const err41 = {
										instancePath: instancePath + "/pauses/" + i5 + "/expiresAt",
										schemaPath: "#/$defs/Pause/properties/expiresAt/format",
										keyword: "format",
										params: { format: "date-time" },
										message: "must match format \"date-time\"",
										schema: "date-time",
										parentSchema: schema43.properties.expiresAt,
										data: data24
									};
									if (vErrors === null) vErrors = [err41];
									else vErrors.push(err41);
									errors++;
								}
							} else {
								const err42 = {
									instancePath: instancePath + "/pauses/" + i5 + "/expiresAt",
									schemaPath: "#/$defs/Pause/properties/expiresAt/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema43.properties.expiresAt.type,
									parentSchema: schema43.properties.expiresAt,
									data: data24
								};
								if (vErrors === null) vErrors = [err42];
								else vErrors.push(err42);
								errors++;
							}
						}
					} else {
						const err43 = {
							instancePath: instancePath + "/pauses/" + i5,
							schemaPath: "#/$defs/Pause/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema43.type,
							parentSchema: schema43,
							data: data18
						};
						if (vErrors === null) vErrors = [err43];
						else vErrors.push(err43);
						errors++;
					}
				}
			} else {
				const err44 = {
					instancePath: instancePath + "/pauses",
					schemaPath: "#/properties/pauses/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.pauses.type,
					parentSchema: schema31.properties.pauses,
					data: data17
				};
				if (vErrors === null) vErrors = [err44];
				else vErrors.push(err44);
				errors++;
			}
		}
		if (data.osUpdateRings !== void 0) {
			let data25 = data.osUpdateRings;
			if (Array.isArray(data25)) {
				const len6 = data25.length;
				for (let i8 = 0; i8 < len6; i8++) if (!validate29(data25[i8], {
					instancePath: instancePath + "/osUpdateRings/" + i8,
					parentData: data25,
					parentDataProperty: i8,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
					errors = vErrors.length;
				}
			} else {
				const err45 = {
					instancePath: instancePath + "/osUpdateRings",
					schemaPath: "#/properties/osUpdateRings/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.osUpdateRings.type,
					parentSchema: schema31.properties.osUpdateRings,
					data: data25
				};
				if (vErrors === null) vErrors = [err45];
				else vErrors.push(err45);
				errors++;
			}
		}
		if (data.healthMonitoring !== void 0) {
			if (!validate31(data.healthMonitoring, {
				instancePath: instancePath + "/healthMonitoring",
				parentData: data,
				parentDataProperty: "healthMonitoring",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
				errors = vErrors.length;
			}
		}
		if (data.recovery !== void 0) {
			if (!validate35(data.recovery, {
				instancePath: instancePath + "/recovery",
				parentData: data,
				parentDataProperty: "recovery",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
				errors = vErrors.length;
			}
		}
		if (data.guardrails !== void 0) {
			let data29 = data.guardrails;
			if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
				for (const key4 in data29) if (!(key4 === "maxZeroDelayGaSharePct" || key4 === "maxContentDelayHours" || key4 === "maxPinAgeDays" || key4 === "maxPauseDays")) {
					const err46 = {
						instancePath: instancePath + "/guardrails",
						schemaPath: "#/$defs/Guardrails/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key4 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema55,
						data: data29
					};
					if (vErrors === null) vErrors = [err46];
					else vErrors.push(err46);
					errors++;
				}
				if (data29.maxZeroDelayGaSharePct !== void 0) {
					let data30 = data29.maxZeroDelayGaSharePct;
					if (typeof data30 == "number" && isFinite(data30)) {
						if (data30 > 100 || isNaN(data30)) {
							const err47 = {
								instancePath: instancePath + "/guardrails/maxZeroDelayGaSharePct",
								schemaPath: "#/$defs/Guardrails/properties/maxZeroDelayGaSharePct/maximum",
								keyword: "maximum",
								params: {
									comparison: "<=",
									limit: 100
								},
								message: "must be <= 100",
								schema: 100,
								parentSchema: schema55.properties.maxZeroDelayGaSharePct,
								data: data30
							};
							if (vErrors === null) vErrors = [err47];
							else vErrors.push(err47);
							errors++;
						}
						if (data30 < 0 || isNaN(data30)) {
							const err48 = {
								instancePath: instancePath + "/guardrails/maxZeroDelayGaSharePct",
								schemaPath: "#/$defs/Guardrails/properties/maxZeroDelayGaSharePct/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema55.properties.maxZeroDelayGaSharePct,
								data: data30
							};
							if (vErrors === null) vErrors = [err48];
							else vErrors.push(err48);
							errors++;
						}
					} else {
						const err49 = {
							instancePath: instancePath + "/guardrails/maxZeroDelayGaSharePct",
							schemaPath: "#/$defs/Guardrails/properties/maxZeroDelayGaSharePct/type",
							keyword: "type",
							params: { type: "number" },
							message: "must be number",
							schema: schema55.properties.maxZeroDelayGaSharePct.type,
							parentSchema: schema55.properties.maxZeroDelayGaSharePct,
							data: data30
						};
						if (vErrors === null) vErrors = [err49];
						else vErrors.push(err49);
						errors++;
					}
				}
				if (data29.maxContentDelayHours !== void 0) {
					let data31 = data29.maxContentDelayHours;
					if (!(typeof data31 == "number" && !(data31 % 1) && !isNaN(data31) && isFinite(data31))) {
						const err50 = {
							instancePath: instancePath + "/guardrails/maxContentDelayHours",
							schemaPath: "#/$defs/Guardrails/properties/maxContentDelayHours/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema55.properties.maxContentDelayHours.type,
							parentSchema: schema55.properties.maxContentDelayHours,
							data: data31
						};
						if (vErrors === null) vErrors = [err50];
						else vErrors.push(err50);
						errors++;
					}
					if (typeof data31 == "number" && isFinite(data31)) {
						if (data31 < 0 || isNaN(data31)) {
							const err51 = {
								instancePath: instancePath + "/guardrails/maxContentDelayHours",
								schemaPath: "#/$defs/Guardrails/properties/maxContentDelayHours/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema55.properties.maxContentDelayHours,
								data: data31
							};
							if (vErrors === null) vErrors = [err51];
							else vErrors.push(err51);
							errors++;
						}
					}
				}
				if (data29.maxPinAgeDays !== void 0) {
					let data32 = data29.maxPinAgeDays;
					if (!(typeof data32 == "number" && !(data32 % 1) && !isNaN(data32) && isFinite(data32))) {
						const err52 = {
							instancePath: instancePath + "/guardrails/maxPinAgeDays",
							schemaPath: "#/$defs/Guardrails/properties/maxPinAgeDays/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema55.properties.maxPinAgeDays.type,
							parentSchema: schema55.properties.maxPinAgeDays,
							data: data32
						};
						if (vErrors === null) vErrors = [err52];
						else vErrors.push(err52);
						errors++;
					}
					if (typeof data32 == "number" && isFinite(data32)) {
						if (data32 < 0 || isNaN(data32)) {
							const err53 = {
								instancePath: instancePath + "/guardrails/maxPinAgeDays",
								schemaPath: "#/$defs/Guardrails/properties/maxPinAgeDays/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema55.properties.maxPinAgeDays,
								data: data32
							};
							if (vErrors === null) vErrors = [err53];
							else vErrors.push(err53);
							errors++;
						}
					}
				}
				if (data29.maxPauseDays !== void 0) {
					let data33 = data29.maxPauseDays;
					if (!(typeof data33 == "number" && !(data33 % 1) && !isNaN(data33) && isFinite(data33))) {
						const err54 = {
							instancePath: instancePath + "/guardrails/maxPauseDays",
							schemaPath: "#/$defs/Guardrails/properties/maxPauseDays/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema55.properties.maxPauseDays.type,
							parentSchema: schema55.properties.maxPauseDays,
							data: data33
						};
						if (vErrors === null) vErrors = [err54];
						else vErrors.push(err54);
						errors++;
					}
					if (typeof data33 == "number" && isFinite(data33)) {
						if (data33 < 0 || isNaN(data33)) {
							const err55 = {
								instancePath: instancePath + "/guardrails/maxPauseDays",
								schemaPath: "#/$defs/Guardrails/properties/maxPauseDays/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema55.properties.maxPauseDays,
								data: data33
							};
							if (vErrors === null) vErrors = [err55];
							else vErrors.push(err55);
							errors++;
						}
					}
				}
			} else {
				const err56 = {
					instancePath: instancePath + "/guardrails",
					schemaPath: "#/$defs/Guardrails/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema55.type,
					parentSchema: schema55,
					data: data29
				};
				if (vErrors === null) vErrors = [err56];
				else vErrors.push(err56);
				errors++;
			}
		}
		if (data.incidentResponse !== void 0) {
			if (!validate37(data.incidentResponse, {
				instancePath: instancePath + "/incidentResponse",
				parentData: data,
				parentDataProperty: "incidentResponse",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
				errors = vErrors.length;
			}
		}
	} else {
		const err57 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema31.type,
			parentSchema: schema31,
			data
		};
		if (vErrors === null) vErrors = [err57];
		else vErrors.push(err57);
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
module.exports.schemaDigest = "adcf002767cdbcba846b09aaa5f6c6adfbf9fe6313b32a026291d69c1b21c334";
