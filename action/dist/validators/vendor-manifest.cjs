"use strict";
const require_ucs2length$1 = require("./shared-5ab0ab80.cjs");
const require_formats$1 = require("./shared-7d2e0bb5.cjs");
const require_equal$1 = require("./shared-320981ab.cjs");
// dist/validators/vendor-manifest.cjs
module.exports = validate20;
module.exports.default = validate20;
const schema31 = {
	"$schema": "https://json-schema.org/draft/2020-12/schema",
	"$id": "urn:ringfence:schema:vendor-manifest",
	"title": "VendorManifest",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"apiVersion",
		"kind",
		"metadata"
	],
	"properties": {
		"apiVersion": { "const": "ringfence.dev/v1" },
		"kind": { "const": "VendorManifest" },
		"metadata": { "$ref": "#/$defs/VendorMetadata" },
		"platforms": {
			"type": "array",
			"items": { "$ref": "#/$defs/Platform" }
		},
		"components": {
			"type": "array",
			"items": { "$ref": "#/$defs/Component" }
		},
		"updateChannels": {
			"type": "array",
			"items": { "$ref": "#/$defs/UpdateChannel" }
		},
		"customerControls": { "$ref": "#/$defs/CustomerControls" },
		"testing": { "$ref": "#/$defs/Testing" },
		"build": { "$ref": "#/$defs/Build" },
		"recovery": { "$ref": "#/$defs/Recovery" },
		"controlPlane": { "$ref": "#/$defs/ControlPlane" },
		"remediationSafety": { "$ref": "#/$defs/RemediationSafety" },
		"telemetry": { "$ref": "#/$defs/Telemetry" },
		"memorySafety": { "$ref": "#/$defs/MemorySafety" },
		"supplyChain": { "$ref": "#/$defs/SupplyChain" },
		"programs": { "$ref": "#/$defs/Programs" },
		"transparency": { "$ref": "#/$defs/Transparency" },
		"evidence": {
			"type": "array",
			"items": { "$ref": "#/$defs/EvidenceItem" }
		}
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
		"Language": {
			"title": "Language",
			"type": "string",
			"enum": [
				"c",
				"cpp",
				"asm",
				"objc",
				"rust",
				"go",
				"csharp",
				"java",
				"swift",
				"other"
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
		"VendorMetadata": {
			"title": "VendorMetadata",
			"type": "object",
			"additionalProperties": false,
			"required": ["vendor", "product"],
			"properties": {
				"vendor": {
					"type": "string",
					"minLength": 1
				},
				"product": {
					"type": "string",
					"minLength": 1
				},
				"productVersion": { "type": "string" },
				"productGaDate": {
					"type": "string",
					"format": "date"
				},
				"manifestDate": {
					"type": "string",
					"format": "date"
				},
				"assurance": {
					"type": "string",
					"enum": [
						"self_attested",
						"evidence_linked",
						"third_party_verified"
					]
				}
			}
		},
		"Platform": {
			"title": "Platform",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"os": { "$ref": "#/$defs/OperatingSystem" },
				"versions": {
					"type": "array",
					"items": { "type": "string" },
					"uniqueItems": true
				},
				"distros": {
					"type": "array",
					"items": { "$ref": "#/$defs/LinuxDistro" }
				},
				"kernel": { "$ref": "#/$defs/KernelSupport" }
			}
		},
		"LinuxDistro": {
			"title": "LinuxDistro",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"name": {
					"type": "string",
					"minLength": 1
				},
				"versions": {
					"type": "array",
					"items": { "type": "string" },
					"uniqueItems": true
				}
			}
		},
		"KernelSupport": {
			"title": "KernelSupport",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"min": { "type": "string" },
				"backends": {
					"type": "array",
					"items": {
						"type": "string",
						"enum": ["ebpf", "kmod"]
					},
					"uniqueItems": true
				},
				"defaultBackend": {
					"type": "string",
					"enum": ["ebpf", "kmod"]
				},
				"runtimeAllowList": { "$ref": "#/$defs/KernelAllowList" }
			}
		},
		"KernelAllowList": {
			"title": "KernelAllowList",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"enforced": { "type": "boolean" },
				"backends": {
					"type": "array",
					"items": {
						"type": "string",
						"enum": ["ebpf", "kmod"]
					},
					"uniqueItems": true
				},
				"granularity": {
					"type": "string",
					"enum": [
						"exact_build",
						"distro_kernel_release",
						"upstream_version",
						"minimum_version",
						"feature_probe"
					]
				},
				"onUntestedKernel": {
					"type": "string",
					"enum": [
						"reduced_functionality",
						"refuse_to_load",
						"load_anyway",
						"undefined"
					]
				}
			}
		},
		"Component": {
			"title": "Component",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"id": {
					"type": "string",
					"pattern": "^[a-z0-9][a-z0-9._-]*$"
				},
				"description": { "type": "string" },
				"platform": { "$ref": "#/$defs/OperatingSystem" },
				"kind": {
					"type": "string",
					"enum": [
						"kernel_driver",
						"kernel_module",
						"ebpf_program",
						"kext",
						"system_extension",
						"elam_driver",
						"user_service"
					]
				},
				"binary": {
					"type": "string",
					"pattern": "^[^/\\\\:*?\"<>|]{1,255}$"
				},
				"source": {
					"type": "string",
					"minLength": 1,
					"maxLength": 1024
				},
				"privilege": {
					"type": "string",
					"enum": [
						"kernel",
						"boot",
						"user"
					]
				},
				"bootStart": { "type": "boolean" },
				"loadsDynamicContentAtBoot": { "enum": [
					false,
					true,
					"after_health_check"
				] },
				"justification": {
					"type": "array",
					"items": {
						"type": "string",
						"enum": [
							"visibility",
							"performance",
							"tamper_resistance",
							"boot_protection"
						]
					},
					"uniqueItems": true
				},
				"introducedDate": {
					"type": "string",
					"format": "date"
				},
				"language": { "$ref": "#/$defs/ComponentLanguage" },
				"mslException": { "$ref": "#/$defs/MslException" },
				"parsesExternalInput": { "type": "boolean" },
				"parsesDynamicContent": { "type": "boolean" },
				"contentParsing": { "$ref": "#/$defs/ContentParsing" },
				"hvciCompatible": { "type": "boolean" },
				"signing": { "$ref": "#/$defs/ComponentSigning" },
				"unsupportedKernelBehavior": {
					"type": "string",
					"enum": [
						"reduced_functionality",
						"refuse_to_load",
						"load_anyway",
						"undefined"
					]
				},
				"windowsEndpointSecurityPlatform": {
					"type": "string",
					"pattern": "^(adopted|none|roadmap_\\d{4}-\\d{2}(-\\d{2})?)$"
				},
				"kernelSurface": { "$ref": "#/$defs/KernelSurface" }
			}
		},
		"KernelSurface": {
			"title": "KernelSurface",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"ioctlCodes": {
					"type": "integer",
					"minimum": 0
				},
				"parsingEntryPoints": {
					"type": "integer",
					"minimum": 0
				}
			}
		},
		"ComponentLanguage": {
			"title": "ComponentLanguage",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"primary": { "$ref": "#/$defs/Language" },
				"loc": { "$ref": "#/$defs/LineCounts" }
			}
		},
		"LineCounts": {
			"title": "LineCounts",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"c": {
					"type": "integer",
					"minimum": 0
				},
				"cpp": {
					"type": "integer",
					"minimum": 0
				},
				"asm": {
					"type": "integer",
					"minimum": 0
				},
				"objc": {
					"type": "integer",
					"minimum": 0
				},
				"rust": {
					"type": "integer",
					"minimum": 0
				},
				"go": {
					"type": "integer",
					"minimum": 0
				},
				"csharp": {
					"type": "integer",
					"minimum": 0
				},
				"java": {
					"type": "integer",
					"minimum": 0
				},
				"swift": {
					"type": "integer",
					"minimum": 0
				},
				"other": {
					"type": "integer",
					"minimum": 0
				}
			}
		},
		"MslException": {
			"title": "MslException",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"justification": {
					"type": "string",
					"minLength": 1
				},
				"reason": {
					"type": "string",
					"enum": [
						"platform_mandated_language",
						"verifier_checked_subset",
						"no_production_toolchain"
					]
				},
				"approvedBy": { "type": "string" },
				"expires": {
					"type": "string",
					"format": "date"
				},
				"compensatingControls": {
					"type": "array",
					"items": {
						"type": "string",
						"enum": [
							"runtime_bounds_checks",
							"continuous_fuzzing",
							"sanitizers",
							"in_kernel_verifier",
							"static_verifier",
							"formal_verification"
						]
					},
					"uniqueItems": true
				},
				"reviewDate": {
					"type": "string",
					"format": "date"
				}
			}
		},
		"ContentParsing": {
			"title": "ContentParsing",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"parserLanguage": { "$ref": "#/$defs/Language" },
				"boundsChecked": { "type": "boolean" },
				"onError": {
					"type": "string",
					"enum": [
						"reject_item",
						"reject_file",
						"disable_component",
						"undefined",
						"crash"
					]
				},
				"reportsTelemetry": { "type": "boolean" }
			}
		},
		"ComponentSigning": {
			"title": "ComponentSigning",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"windows": {
					"type": "string",
					"enum": [
						"whql",
						"attestation",
						"none"
					]
				},
				"linux": {
					"type": "string",
					"enum": ["module_signed", "unsigned"]
				}
			}
		},
		"UpdateChannel": {
			"title": "UpdateChannel",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"id": {
					"type": "string",
					"pattern": "^[a-z0-9][a-z0-9._-]*$"
				},
				"description": { "type": "string" },
				"kind": {
					"type": "string",
					"enum": [
						"sensor",
						"driver",
						"content",
						"model"
					]
				},
				"category": {
					"type": "string",
					"pattern": "^[a-z][a-z0-9_]*$"
				},
				"treatedAsCode": { "type": "boolean" },
				"pipelineId": { "type": "string" },
				"parsedIn": {
					"type": "string",
					"enum": ["user", "kernel"]
				},
				"schema": { "$ref": "#/$defs/ContentSchema" },
				"validator": { "$ref": "#/$defs/Validator" },
				"artifacts": { "$ref": "#/$defs/Artifacts" },
				"compatibility": { "$ref": "#/$defs/Compatibility" },
				"signing": { "$ref": "#/$defs/ContentSigning" },
				"revocation": { "$ref": "#/$defs/Revocation" },
				"rollout": { "$ref": "#/$defs/Rollout" },
				"rollback": { "$ref": "#/$defs/Rollback" }
			}
		},
		"ContentSchema": {
			"title": "ContentSchema",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"versioned": { "type": "boolean" },
				"parityCheck": {
					"type": "string",
					"enum": [
						"ci_enforced",
						"manual",
						"none"
					]
				},
				"compileTimeArityCheck": { "type": "boolean" }
			}
		},
		"Validator": {
			"title": "Validator",
			"type": "object",
			"additionalProperties": false,
			"properties": { "runsProductionInterpreter": { "type": "boolean" } }
		},
		"Artifacts": {
			"title": "Artifacts",
			"type": "object",
			"additionalProperties": false,
			"properties": { "immutable": { "type": "boolean" } }
		},
		"Compatibility": {
			"title": "Compatibility",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"declared": { "type": "boolean" },
				"sensorRange": { "$ref": "#/$defs/SensorRange" },
				"sensorMatrix": { "$ref": "#/$defs/SensorMatrix" }
			}
		},
		"SensorRange": {
			"title": "SensorRange",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"min": {
					"type": "string",
					"minLength": 1
				},
				"max": {
					"type": "string",
					"minLength": 1
				},
				"enforcedBySensor": { "type": "boolean" }
			}
		},
		"SensorMatrix": {
			"title": "SensorMatrix",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"scope": {
					"type": "string",
					"enum": [
						"every_supported_version",
						"latest_only",
						"sample"
					]
				},
				"versionsBack": {
					"type": "integer",
					"minimum": 0
				},
				"includesPinnedBuilds": { "type": "boolean" },
				"blocksRelease": { "type": "boolean" }
			}
		},
		"ContentSigning": {
			"title": "ContentSigning",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"signed": { "type": "boolean" },
				"verifiedBeforeParse": { "type": "boolean" },
				"algorithm": { "type": "string" }
			}
		},
		"Revocation": {
			"title": "Revocation",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"checkedBeforeLoad": { "type": "boolean" },
				"supersededContentRemoved": { "type": "boolean" }
			}
		},
		"Rollout": {
			"title": "Rollout",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"strategy": {
					"type": "string",
					"enum": [
						"ringed",
						"linear",
						"exponential",
						"all_at_once"
					]
				},
				"fanoutFactorMax": {
					"type": "number",
					"minimum": 1
				},
				"targetHosts": {
					"type": "integer",
					"minimum": 1
				},
				"rings": {
					"type": "array",
					"items": { "$ref": "#/$defs/Ring" }
				},
				"emergencyPath": { "$ref": "#/$defs/EmergencyPath" },
				"healthGate": { "$ref": "#/$defs/HealthGate" }
			}
		},
		"Ring": {
			"title": "Ring",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"name": {
					"type": "string",
					"minLength": 1
				},
				"populationPct": {
					"type": "number",
					"minimum": 0,
					"maximum": 100
				},
				"hosts": {
					"type": "integer",
					"minimum": 0
				},
				"includesInternalHosts": { "type": "boolean" },
				"platformCoverage": {
					"type": "string",
					"enum": [
						"all_supported",
						"partial",
						"single"
					]
				},
				"bakeMinutes": {
					"type": "integer",
					"minimum": 0
				},
				"rebootsBeforePromotion": {
					"type": "integer",
					"minimum": 0
				}
			}
		},
		"EmergencyPath": {
			"title": "EmergencyPath",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"defined": { "type": "boolean" },
				"minRings": {
					"type": "integer",
					"minimum": 1
				},
				"healthGateEnforced": { "type": "boolean" },
				"approvers": {
					"type": "array",
					"items": {
						"type": "string",
						"minLength": 1
					},
					"uniqueItems": true
				}
			}
		},
		"HealthGate": {
			"title": "HealthGate",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"automated": { "type": "boolean" },
				"signals": {
					"type": "array",
					"items": { "$ref": "#/$defs/HealthSignal" },
					"uniqueItems": true
				},
				"missingTelemetry": {
					"type": "string",
					"enum": [
						"fail",
						"ignore",
						"alert"
					]
				},
				"minCheckinPct": {
					"type": "number",
					"minimum": 0,
					"maximum": 100
				},
				"thresholds": { "$ref": "#/$defs/HealthThresholds" },
				"onBreach": {
					"type": "string",
					"enum": [
						"halt_and_rollback",
						"halt",
						"alert",
						"none"
					]
				},
				"maxDetectionMinutes": {
					"type": "integer",
					"minimum": 0
				},
				"crashAttribution": { "$ref": "#/$defs/CrashAttribution" }
			}
		},
		"CrashAttribution": {
			"title": "CrashAttribution",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"attributedToVendorModules": { "type": "boolean" },
				"comparison": {
					"type": "string",
					"enum": [
						"concurrent_control",
						"historical_baseline",
						"none"
					]
				},
				"onSignificantExcess": {
					"type": "string",
					"enum": [
						"halt_and_rollback",
						"halt",
						"alert",
						"none"
					]
				}
			}
		},
		"HealthThresholds": {
			"title": "HealthThresholds",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"hostCrashRatePct": {
					"type": "number",
					"minimum": 0,
					"maximum": 100
				},
				"relativeToBaseline": {
					"type": "number",
					"exclusiveMinimum": 0
				}
			}
		},
		"Rollback": {
			"title": "Rollback",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"lastKnownGood": { "type": "boolean" },
				"maxRevertMinutes": {
					"type": "integer",
					"minimum": 0
				},
				"testedEachRelease": { "type": "boolean" }
			}
		},
		"CustomerControls": {
			"title": "CustomerControls",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"contentCategories": {
					"type": "array",
					"items": {
						"type": "string",
						"pattern": "^[a-z][a-z0-9_]*$"
					},
					"uniqueItems": true
				},
				"ringAssignment": {
					"type": "array",
					"items": { "$ref": "#/$defs/RingAssignment" },
					"uniqueItems": true
				},
				"pauseExemptCategories": {
					"type": "array",
					"items": {
						"type": "string",
						"pattern": "^[a-z][a-z0-9_]*$"
					},
					"uniqueItems": true
				},
				"delayHoursOptions": {
					"type": "array",
					"items": {
						"type": "integer",
						"minimum": 0
					},
					"uniqueItems": true
				},
				"contentPinning": { "type": "boolean" },
				"independentOfSensorPolicy": { "type": "boolean" },
				"sensorPinning": { "$ref": "#/$defs/SensorPinning" },
				"killSwitch": { "$ref": "#/$defs/KillSwitch" },
				"releaseNotes": { "$ref": "#/$defs/ReleaseNotes" }
			}
		},
		"SensorPinning": {
			"title": "SensorPinning",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"supports": {
					"type": "array",
					"items": { "$ref": "#/$defs/SensorVersionSelector" },
					"uniqueItems": true
				},
				"revertWindowDays": {
					"type": "integer",
					"minimum": 0
				}
			}
		},
		"KillSwitch": {
			"title": "KillSwitch",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"available": { "type": "boolean" },
				"propagationMinutes": {
					"type": "integer",
					"minimum": 0
				}
			}
		},
		"ReleaseNotes": {
			"title": "ReleaseNotes",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"machineReadable": { "type": "boolean" },
				"feedUrl": {
					"type": "string",
					"format": "uri"
				},
				"advanceNoticeHours": {
					"type": "integer",
					"minimum": 0
				}
			}
		},
		"Testing": {
			"title": "Testing",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"platformMatrix": { "$ref": "#/$defs/PlatformMatrix" },
				"content": { "$ref": "#/$defs/ContentTesting" },
				"fuzzing": { "$ref": "#/$defs/Fuzzing" },
				"faultInjection": { "$ref": "#/$defs/FaultInjection" },
				"sast": { "type": "boolean" },
				"sanitizers": {
					"type": "array",
					"items": {
						"type": "string",
						"enum": [
							"asan",
							"ubsan",
							"kasan",
							"msan",
							"tsan",
							"driver_verifier"
						]
					},
					"uniqueItems": true
				}
			}
		},
		"PlatformMatrix": {
			"title": "PlatformMatrix",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"coveragePct": {
					"type": "number",
					"minimum": 0,
					"maximum": 100
				},
				"includesPreviousDistroRelease": { "type": "boolean" },
				"preReleaseBuilds": {
					"type": "array",
					"items": {
						"type": "string",
						"enum": [
							"windows_insider_canary",
							"windows_insider_dev",
							"windows_insider_beta",
							"windows_release_preview",
							"windows_preview_updates",
							"windows_server_insider",
							"rhel_beta",
							"centos_stream",
							"debian_testing",
							"ubuntu_proposed",
							"ubuntu_devel",
							"sles_beta",
							"fedora_rawhide",
							"kernel_rc",
							"macos_developer_beta",
							"macos_public_beta"
						]
					},
					"uniqueItems": true
				}
			}
		},
		"ContentTesting": {
			"title": "ContentTesting",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"e2eRealOs": { "type": "boolean" },
				"rebootCycles": {
					"type": "integer",
					"minimum": 0
				},
				"platformCoveragePct": {
					"type": "number",
					"minimum": 0,
					"maximum": 100
				},
				"nonWildcardFieldCoveragePct": {
					"type": "number",
					"minimum": 0,
					"maximum": 100
				}
			}
		},
		"Fuzzing": {
			"title": "Fuzzing",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"continuous": { "type": "boolean" },
				"engines": {
					"type": "array",
					"items": { "type": "string" },
					"uniqueItems": true
				},
				"targets": {
					"type": "array",
					"items": { "type": "string" },
					"uniqueItems": true
				}
			}
		},
		"FaultInjection": {
			"title": "FaultInjection",
			"type": "object",
			"additionalProperties": false,
			"properties": { "cases": {
				"type": "array",
				"items": {
					"type": "string",
					"enum": [
						"truncated",
						"zero_filled",
						"extra_fields",
						"missing_fields",
						"wrong_schema_version",
						"out_of_range_values",
						"bit_flips"
					]
				},
				"uniqueItems": true
			} }
		},
		"Build": {
			"title": "Build",
			"type": "object",
			"additionalProperties": false,
			"properties": { "warningsAsErrors": { "type": "boolean" } }
		},
		"ControlPlane": {
			"title": "ControlPlane",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"agentOnCloudLoss": {
					"type": "string",
					"enum": [
						"keep_last_known_good",
						"disable_protection",
						"isolate_host",
						"apply_pending_updates"
					]
				},
				"actionsDuringConsoleOutage": {
					"type": "array",
					"items": {
						"type": "string",
						"enum": [
							"pause",
							"revert",
							"revoke"
						]
					},
					"uniqueItems": true
				},
				"statusPage": { "$ref": "#/$defs/StatusPage" }
			}
		},
		"StatusPage": {
			"title": "StatusPage",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"url": {
					"type": "string",
					"format": "uri"
				},
				"hostedIndependently": { "type": "boolean" }
			}
		},
		"RemediationSafety": {
			"title": "RemediationSafety",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"protectedFiles": { "$ref": "#/$defs/ProtectedFiles" },
				"quarantine": { "$ref": "#/$defs/QuarantineReversal" },
				"newDetections": { "$ref": "#/$defs/NewDetections" },
				"cleanCorpus": { "$ref": "#/$defs/CleanCorpus" }
			}
		},
		"ProtectedFiles": {
			"title": "ProtectedFiles",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"enforcedByAgent": { "type": "boolean" },
				"allSupportedBuilds": { "type": "boolean" },
				"allLocales": { "type": "boolean" }
			}
		},
		"QuarantineReversal": {
			"title": "QuarantineReversal",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"reversible": { "type": "boolean" },
				"restoreAction": {
					"type": "string",
					"enum": [
						"one_remote_action",
						"per_host_remote",
						"per_host_manual",
						"none"
					]
				}
			}
		},
		"NewDetections": {
			"title": "NewDetections",
			"type": "object",
			"additionalProperties": false,
			"properties": { "firstRingMode": {
				"type": "string",
				"enum": ["audit", "block"]
			} }
		},
		"CleanCorpus": {
			"title": "CleanCorpus",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"perOsBuild": { "type": "boolean" },
				"perLocale": { "type": "boolean" },
				"perPatchLevel": { "type": "boolean" },
				"blocksRelease": { "type": "boolean" }
			}
		},
		"Recovery": {
			"title": "Recovery",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"crashLoopBreaker": { "$ref": "#/$defs/CrashLoopBreaker" },
				"remoteRecovery": {
					"type": "array",
					"items": {
						"type": "string",
						"enum": [
							"windows_qmr_compatible",
							"agent_safe_mode",
							"network_revocation_pre_load",
							"boot_policy_disable"
						]
					},
					"uniqueItems": true
				}
			}
		},
		"CrashLoopBreaker": {
			"title": "CrashLoopBreaker",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"enabled": { "type": "boolean" },
				"threshold": {
					"type": "integer",
					"minimum": 1
				},
				"action": {
					"type": "string",
					"enum": [
						"boot_without_new_content",
						"reduced_functionality",
						"disable_agent",
						"none"
					]
				},
				"skipsNewContent": { "type": "boolean" }
			}
		},
		"Telemetry": {
			"title": "Telemetry",
			"type": "object",
			"additionalProperties": false,
			"properties": { "crashDumps": { "$ref": "#/$defs/CrashDumps" } }
		},
		"CrashDumps": {
			"title": "CrashDumps",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"collected": { "type": "boolean" },
				"channel": {
					"type": "array",
					"items": {
						"type": "string",
						"enum": [
							"wer",
							"vendor",
							"kdump",
							"apple_diagnostics"
						]
					},
					"uniqueItems": true
				}
			}
		},
		"MemorySafety": {
			"title": "MemorySafety",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"roadmap": { "$ref": "#/$defs/MemorySafetyRoadmap" },
				"sbom": { "$ref": "#/$defs/Sbom" }
			}
		},
		"MemorySafetyRoadmap": {
			"title": "MemorySafetyRoadmap",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"url": {
					"type": "string",
					"format": "uri"
				},
				"publishedDate": {
					"type": "string",
					"format": "date"
				},
				"components": {
					"type": "array",
					"items": { "$ref": "#/$defs/RoadmapComponent" }
				}
			}
		},
		"RoadmapComponent": {
			"title": "RoadmapComponent",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"id": {
					"type": "string",
					"pattern": "^[a-z0-9][a-z0-9._-]*$"
				},
				"targetDate": {
					"type": "string",
					"format": "date"
				}
			}
		},
		"Sbom": {
			"title": "Sbom",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"format": {
					"type": "string",
					"enum": ["cyclonedx", "spdx"]
				},
				"url": {
					"type": "string",
					"format": "uri"
				}
			}
		},
		"SupplyChain": {
			"title": "SupplyChain",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"slsaBuildLevel": {
					"type": "integer",
					"minimum": 0,
					"maximum": 3
				},
				"releaseIntegrity": { "$ref": "#/$defs/ReleaseIntegrity" }
			}
		},
		"ReleaseIntegrity": {
			"title": "ReleaseIntegrity",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"hashesPublished": { "type": "boolean" },
				"signaturesPublished": { "type": "boolean" }
			}
		},
		"Programs": {
			"title": "Programs",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"mvi": { "$ref": "#/$defs/MviMembership" },
				"independentCertifications": {
					"type": "array",
					"items": { "$ref": "#/$defs/Certification" }
				}
			}
		},
		"MviMembership": {
			"title": "MviMembership",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"member": { "type": "boolean" },
				"version": { "type": "string" }
			}
		},
		"Certification": {
			"title": "Certification",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"lab": {
					"type": "string",
					"minLength": 1
				},
				"test": { "type": "string" },
				"date": {
					"type": "string",
					"format": "date"
				}
			}
		},
		"Transparency": {
			"title": "Transparency",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"pirSlaDays": {
					"type": "integer",
					"minimum": 0
				},
				"rcaSlaDays": {
					"type": "integer",
					"minimum": 0
				},
				"thirdPartyReview": { "$ref": "#/$defs/ThirdPartyReview" },
				"vdp": { "$ref": "#/$defs/Vdp" },
				"cveCweComplete": { "type": "boolean" },
				"incidentCommunication": { "$ref": "#/$defs/IncidentCommunication" }
			}
		},
		"IncidentCommunication": {
			"title": "IncidentCommunication",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"customerNotificationHours": {
					"type": "number",
					"minimum": 0
				},
				"channels": {
					"type": "array",
					"items": {
						"type": "string",
						"enum": [
							"email",
							"webhook",
							"phone",
							"sms",
							"console_banner",
							"status_page",
							"blog"
						]
					},
					"uniqueItems": true
				},
				"machineReadableReleaseIds": { "type": "boolean" },
				"craArticle14": { "$ref": "#/$defs/CraArticle14Clocks" }
			}
		},
		"CraArticle14Clocks": {
			"title": "CraArticle14Clocks",
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
				"vulnerabilityFinalReportDays": {
					"type": "number",
					"minimum": 0
				},
				"incidentFinalReportDays": {
					"type": "number",
					"minimum": 0
				}
			}
		},
		"ThirdPartyReview": {
			"title": "ThirdPartyReview",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"lastDate": {
					"type": "string",
					"format": "date"
				},
				"scope": {
					"type": "array",
					"items": {
						"type": "string",
						"enum": [
							"code",
							"release_process",
							"architecture",
							"content_pipeline"
						]
					},
					"uniqueItems": true
				},
				"reviewer": { "type": "string" }
			}
		},
		"Vdp": {
			"title": "Vdp",
			"type": "object",
			"additionalProperties": false,
			"properties": { "url": {
				"type": "string",
				"format": "uri"
			} }
		},
		"EvidenceItem": {
			"title": "EvidenceItem",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"claim": {
					"type": "string",
					"format": "json-pointer"
				},
				"type": {
					"type": "string",
					"enum": [
						"document",
						"attestation",
						"report",
						"url"
					]
				},
				"url": {
					"type": "string",
					"format": "uri"
				},
				"path": {
					"type": "string",
					"minLength": 1,
					"maxLength": 1024
				},
				"sha256": {
					"type": "string",
					"pattern": "^[a-f0-9]{64}$"
				},
				"description": { "type": "string" }
			}
		}
	}
};
const schema32 = {
	"title": "VendorMetadata",
	"type": "object",
	"additionalProperties": false,
	"required": ["vendor", "product"],
	"properties": {
		"vendor": {
			"type": "string",
			"minLength": 1
		},
		"product": {
			"type": "string",
			"minLength": 1
		},
		"productVersion": { "type": "string" },
		"productGaDate": {
			"type": "string",
			"format": "date"
		},
		"manifestDate": {
			"type": "string",
			"format": "date"
		},
		"assurance": {
			"type": "string",
			"enum": [
				"self_attested",
				"evidence_linked",
				"third_party_verified"
			]
		}
	}
};
const schema76 = {
	"title": "Build",
	"type": "object",
	"additionalProperties": false,
	"properties": { "warningsAsErrors": { "type": "boolean" } }
};
const schema102 = {
	"title": "EvidenceItem",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"claim": {
			"type": "string",
			"format": "json-pointer"
		},
		"type": {
			"type": "string",
			"enum": [
				"document",
				"attestation",
				"report",
				"url"
			]
		},
		"url": {
			"type": "string",
			"format": "uri"
		},
		"path": {
			"type": "string",
			"minLength": 1,
			"maxLength": 1024
		},
		"sha256": {
			"type": "string",
			"pattern": "^[a-f0-9]{64}$"
		},
		"description": { "type": "string" }
	}
};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require_ucs2length$1.require_ucs2length().default;
const formats0 = require_formats$1.require_formats().fullFormats.date;
const formats28 = /^(?:\/(?:[^~/]|~0|~1)*)*$/;
const formats10 = require_formats$1.require_formats().fullFormats.uri;
const schema33 = {
	"title": "Platform",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"os": { "$ref": "#/$defs/OperatingSystem" },
		"versions": {
			"type": "array",
			"items": { "type": "string" },
			"uniqueItems": true
		},
		"distros": {
			"type": "array",
			"items": { "$ref": "#/$defs/LinuxDistro" }
		},
		"kernel": { "$ref": "#/$defs/KernelSupport" }
	}
};
const schema34 = {
	"title": "OperatingSystem",
	"type": "string",
	"enum": [
		"windows",
		"linux",
		"macos"
	]
};
const schema35 = {
	"title": "LinuxDistro",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"name": {
			"type": "string",
			"minLength": 1
		},
		"versions": {
			"type": "array",
			"items": { "type": "string" },
			"uniqueItems": true
		}
	}
};
const schema36 = {
	"title": "KernelSupport",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"min": { "type": "string" },
		"backends": {
			"type": "array",
			"items": {
				"type": "string",
				"enum": ["ebpf", "kmod"]
			},
			"uniqueItems": true
		},
		"defaultBackend": {
			"type": "string",
			"enum": ["ebpf", "kmod"]
		},
		"runtimeAllowList": { "$ref": "#/$defs/KernelAllowList" }
	}
};
const schema37 = {
	"title": "KernelAllowList",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"enforced": { "type": "boolean" },
		"backends": {
			"type": "array",
			"items": {
				"type": "string",
				"enum": ["ebpf", "kmod"]
			},
			"uniqueItems": true
		},
		"granularity": {
			"type": "string",
			"enum": [
				"exact_build",
				"distro_kernel_release",
				"upstream_version",
				"minimum_version",
				"feature_probe"
			]
		},
		"onUntestedKernel": {
			"type": "string",
			"enum": [
				"reduced_functionality",
				"refuse_to_load",
				"load_anyway",
				"undefined"
			]
		}
	}
};
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate22.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "min" || key0 === "backends" || key0 === "defaultBackend" || key0 === "runtimeAllowList")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema36,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.min !== void 0) {
			let data0 = data.min;
			if (typeof data0 !== "string") {
				const err1 = {
					instancePath: instancePath + "/min",
					schemaPath: "#/properties/min/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema36.properties.min.type,
					parentSchema: schema36.properties.min,
					data: data0
				};
				if (vErrors === null) vErrors = [err1];
				else vErrors.push(err1);
				errors++;
			}
		}
		if (data.backends !== void 0) {
			let data1 = data.backends;
			if (Array.isArray(data1)) {
				const len0 = data1.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data2 = data1[i0];
					if (typeof data2 !== "string") {
						const err2 = {
							instancePath: instancePath + "/backends/" + i0,
							schemaPath: "#/properties/backends/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema36.properties.backends.items.type,
							parentSchema: schema36.properties.backends.items,
							data: data2
						};
						if (vErrors === null) vErrors = [err2];
						else vErrors.push(err2);
						errors++;
					}
					if (!(data2 === "ebpf" || data2 === "kmod")) {
						const err3 = {
							instancePath: instancePath + "/backends/" + i0,
							schemaPath: "#/properties/backends/items/enum",
							keyword: "enum",
							params: { allowedValues: schema36.properties.backends.items.enum },
							message: "must be equal to one of the allowed values",
							schema: schema36.properties.backends.items.enum,
							parentSchema: schema36.properties.backends.items,
							data: data2
						};
						if (vErrors === null) vErrors = [err3];
						else vErrors.push(err3);
						errors++;
					}
				}
				let i1 = data1.length;
				let j0;
				if (i1 > 1) {
					const indices0 = {};
					for (; i1--;) {
						let item0 = data1[i1];
						if (typeof item0 !== "string") continue;
						if (typeof indices0[item0] == "number") {
							j0 = indices0[item0];
							const err4 = {
								instancePath: instancePath + "/backends",
								schemaPath: "#/properties/backends/uniqueItems",
								keyword: "uniqueItems",
								params: {
									i: i1,
									j: j0
								},
								message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
								schema: true,
								parentSchema: schema36.properties.backends,
								data: data1
							};
							if (vErrors === null) vErrors = [err4];
							else vErrors.push(err4);
							errors++;
							break;
						}
						indices0[item0] = i1;
					}
				}
			} else {
				const err5 = {
					instancePath: instancePath + "/backends",
					schemaPath: "#/properties/backends/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema36.properties.backends.type,
					parentSchema: schema36.properties.backends,
					data: data1
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.defaultBackend !== void 0) {
			let data3 = data.defaultBackend;
			if (typeof data3 !== "string") {
				const err6 = {
					instancePath: instancePath + "/defaultBackend",
					schemaPath: "#/properties/defaultBackend/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema36.properties.defaultBackend.type,
					parentSchema: schema36.properties.defaultBackend,
					data: data3
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
			if (!(data3 === "ebpf" || data3 === "kmod")) {
				const err7 = {
					instancePath: instancePath + "/defaultBackend",
					schemaPath: "#/properties/defaultBackend/enum",
					keyword: "enum",
					params: { allowedValues: schema36.properties.defaultBackend.enum },
					message: "must be equal to one of the allowed values",
					schema: schema36.properties.defaultBackend.enum,
					parentSchema: schema36.properties.defaultBackend,
					data: data3
				};
				if (vErrors === null) vErrors = [err7];
				else vErrors.push(err7);
				errors++;
			}
		}
		if (data.runtimeAllowList !== void 0) {
			let data4 = data.runtimeAllowList;
			if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
				for (const key1 in data4) if (!(key1 === "enforced" || key1 === "backends" || key1 === "granularity" || key1 === "onUntestedKernel")) {
					const err8 = {
						instancePath: instancePath + "/runtimeAllowList",
						schemaPath: "#/$defs/KernelAllowList/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema37,
						data: data4
					};
					if (vErrors === null) vErrors = [err8];
					else vErrors.push(err8);
					errors++;
				}
				if (data4.enforced !== void 0) {
					let data5 = data4.enforced;
					if (typeof data5 !== "boolean") {
						const err9 = {
							instancePath: instancePath + "/runtimeAllowList/enforced",
							schemaPath: "#/$defs/KernelAllowList/properties/enforced/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema37.properties.enforced.type,
							parentSchema: schema37.properties.enforced,
							data: data5
						};
						if (vErrors === null) vErrors = [err9];
						else vErrors.push(err9);
						errors++;
					}
				}
				if (data4.backends !== void 0) {
					let data6 = data4.backends;
					if (Array.isArray(data6)) {
						const len1 = data6.length;
						for (let i2 = 0; i2 < len1; i2++) {
							let data7 = data6[i2];
							if (typeof data7 !== "string") {
								const err10 = {
									instancePath: instancePath + "/runtimeAllowList/backends/" + i2,
									schemaPath: "#/$defs/KernelAllowList/properties/backends/items/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema37.properties.backends.items.type,
									parentSchema: schema37.properties.backends.items,
									data: data7
								};
								if (vErrors === null) vErrors = [err10];
								else vErrors.push(err10);
								errors++;
							}
							if (!(data7 === "ebpf" || data7 === "kmod")) {
								const err11 = {
									instancePath: instancePath + "/runtimeAllowList/backends/" + i2,
									schemaPath: "#/$defs/KernelAllowList/properties/backends/items/enum",
									keyword: "enum",
									params: { allowedValues: schema37.properties.backends.items.enum },
									message: "must be equal to one of the allowed values",
									schema: schema37.properties.backends.items.enum,
									parentSchema: schema37.properties.backends.items,
									data: data7
								};
								if (vErrors === null) vErrors = [err11];
								else vErrors.push(err11);
								errors++;
							}
						}
						let i3 = data6.length;
						let j1;
						if (i3 > 1) {
							const indices1 = {};
							for (; i3--;) {
								let item1 = data6[i3];
								if (typeof item1 !== "string") continue;
								if (typeof indices1[item1] == "number") {
									j1 = indices1[item1];
									const err12 = {
										instancePath: instancePath + "/runtimeAllowList/backends",
										schemaPath: "#/$defs/KernelAllowList/properties/backends/uniqueItems",
										keyword: "uniqueItems",
										params: {
											i: i3,
											j: j1
										},
										message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)",
										schema: true,
										parentSchema: schema37.properties.backends,
										data: data6
									};
									if (vErrors === null) vErrors = [err12];
									else vErrors.push(err12);
									errors++;
									break;
								}
								indices1[item1] = i3;
							}
						}
					} else {
						const err13 = {
							instancePath: instancePath + "/runtimeAllowList/backends",
							schemaPath: "#/$defs/KernelAllowList/properties/backends/type",
							keyword: "type",
							params: { type: "array" },
							message: "must be array",
							schema: schema37.properties.backends.type,
							parentSchema: schema37.properties.backends,
							data: data6
						};
						if (vErrors === null) vErrors = [err13];
						else vErrors.push(err13);
						errors++;
					}
				}
				if (data4.granularity !== void 0) {
					let data8 = data4.granularity;
					if (typeof data8 !== "string") {
						const err14 = {
							instancePath: instancePath + "/runtimeAllowList/granularity",
							schemaPath: "#/$defs/KernelAllowList/properties/granularity/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema37.properties.granularity.type,
							parentSchema: schema37.properties.granularity,
							data: data8
						};
						if (vErrors === null) vErrors = [err14];
						else vErrors.push(err14);
						errors++;
					}
					if (!(data8 === "exact_build" || data8 === "distro_kernel_release" || data8 === "upstream_version" || data8 === "minimum_version" || data8 === "feature_probe")) {
						const err15 = {
							instancePath: instancePath + "/runtimeAllowList/granularity",
							schemaPath: "#/$defs/KernelAllowList/properties/granularity/enum",
							keyword: "enum",
							params: { allowedValues: schema37.properties.granularity.enum },
							message: "must be equal to one of the allowed values",
							schema: schema37.properties.granularity.enum,
							parentSchema: schema37.properties.granularity,
							data: data8
						};
						if (vErrors === null) vErrors = [err15];
						else vErrors.push(err15);
						errors++;
					}
				}
				if (data4.onUntestedKernel !== void 0) {
					let data9 = data4.onUntestedKernel;
					if (typeof data9 !== "string") {
						const err16 = {
							instancePath: instancePath + "/runtimeAllowList/onUntestedKernel",
							schemaPath: "#/$defs/KernelAllowList/properties/onUntestedKernel/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema37.properties.onUntestedKernel.type,
							parentSchema: schema37.properties.onUntestedKernel,
							data: data9
						};
						if (vErrors === null) vErrors = [err16];
						else vErrors.push(err16);
						errors++;
					}
					if (!(data9 === "reduced_functionality" || data9 === "refuse_to_load" || data9 === "load_anyway" || data9 === "undefined")) {
						const err17 = {
							instancePath: instancePath + "/runtimeAllowList/onUntestedKernel",
							schemaPath: "#/$defs/KernelAllowList/properties/onUntestedKernel/enum",
							keyword: "enum",
							params: { allowedValues: schema37.properties.onUntestedKernel.enum },
							message: "must be equal to one of the allowed values",
							schema: schema37.properties.onUntestedKernel.enum,
							parentSchema: schema37.properties.onUntestedKernel,
							data: data9
						};
						if (vErrors === null) vErrors = [err17];
						else vErrors.push(err17);
						errors++;
					}
				}
			} else {
				const err18 = {
					instancePath: instancePath + "/runtimeAllowList",
					schemaPath: "#/$defs/KernelAllowList/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema37.type,
					parentSchema: schema37,
					data: data4
				};
				if (vErrors === null) vErrors = [err18];
				else vErrors.push(err18);
				errors++;
			}
		}
	} else {
		const err19 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema36.type,
			parentSchema: schema36,
			data
		};
		if (vErrors === null) vErrors = [err19];
		else vErrors.push(err19);
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
		for (const key0 in data) if (!(key0 === "os" || key0 === "versions" || key0 === "distros" || key0 === "kernel")) {
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
		if (data.os !== void 0) {
			let data0 = data.os;
			if (typeof data0 !== "string") {
				const err1 = {
					instancePath: instancePath + "/os",
					schemaPath: "#/$defs/OperatingSystem/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema34.type,
					parentSchema: schema34,
					data: data0
				};
				if (vErrors === null) vErrors = [err1];
				else vErrors.push(err1);
				errors++;
			}
			if (!(data0 === "windows" || data0 === "linux" || data0 === "macos")) {
				const err2 = {
					instancePath: instancePath + "/os",
					schemaPath: "#/$defs/OperatingSystem/enum",
					keyword: "enum",
					params: { allowedValues: schema34.enum },
					message: "must be equal to one of the allowed values",
					schema: schema34.enum,
					parentSchema: schema34,
					data: data0
				};
				if (vErrors === null) vErrors = [err2];
				else vErrors.push(err2);
				errors++;
			}
		}
		if (data.versions !== void 0) {
			let data1 = data.versions;
			if (Array.isArray(data1)) {
				const len0 = data1.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data2 = data1[i0];
					if (typeof data2 !== "string") {
						const err3 = {
							instancePath: instancePath + "/versions/" + i0,
							schemaPath: "#/properties/versions/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema33.properties.versions.items.type,
							parentSchema: schema33.properties.versions.items,
							data: data2
						};
						if (vErrors === null) vErrors = [err3];
						else vErrors.push(err3);
						errors++;
					}
				}
				let i1 = data1.length;
				let j0;
				if (i1 > 1) {
					const indices0 = {};
					for (; i1--;) {
						let item0 = data1[i1];
						if (typeof item0 !== "string") continue;
						if (typeof indices0[item0] == "number") {
							j0 = indices0[item0];
							const err4 = {
								instancePath: instancePath + "/versions",
								schemaPath: "#/properties/versions/uniqueItems",
								keyword: "uniqueItems",
								params: {
									i: i1,
									j: j0
								},
								message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
								schema: true,
								parentSchema: schema33.properties.versions,
								data: data1
							};
							if (vErrors === null) vErrors = [err4];
							else vErrors.push(err4);
							errors++;
							break;
						}
						indices0[item0] = i1;
					}
				}
			} else {
				const err5 = {
					instancePath: instancePath + "/versions",
					schemaPath: "#/properties/versions/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema33.properties.versions.type,
					parentSchema: schema33.properties.versions,
					data: data1
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.distros !== void 0) {
			let data3 = data.distros;
			if (Array.isArray(data3)) {
				const len1 = data3.length;
				for (let i2 = 0; i2 < len1; i2++) {
					let data4 = data3[i2];
					if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
						for (const key1 in data4) if (!(key1 === "name" || key1 === "versions")) {
							const err6 = {
								instancePath: instancePath + "/distros/" + i2,
								schemaPath: "#/$defs/LinuxDistro/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key1 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema35,
								data: data4
							};
							if (vErrors === null) vErrors = [err6];
							else vErrors.push(err6);
							errors++;
						}
						if (data4.name !== void 0) {
							let data5 = data4.name;
							if (typeof data5 === "string") {
								if (func2(data5) < 1) {
									const err7 = {
										instancePath: instancePath + "/distros/" + i2 + "/name",
										schemaPath: "#/$defs/LinuxDistro/properties/name/minLength",
										keyword: "minLength",
										params: { limit: 1 },
										message: "must NOT have fewer than 1 characters",
										schema: 1,
										parentSchema: schema35.properties.name,
										data: data5
									};
									if (vErrors === null) vErrors = [err7];
									else vErrors.push(err7);
									errors++;
								}
							} else {
								const err8 = {
									instancePath: instancePath + "/distros/" + i2 + "/name",
									schemaPath: "#/$defs/LinuxDistro/properties/name/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema35.properties.name.type,
									parentSchema: schema35.properties.name,
									data: data5
								};
								if (vErrors === null) vErrors = [err8];
								else vErrors.push(err8);
								errors++;
							}
						}
						if (data4.versions !== void 0) {
							let data6 = data4.versions;
							if (Array.isArray(data6)) {
								const len2 = data6.length;
								for (let i3 = 0; i3 < len2; i3++) {
									let data7 = data6[i3];
									if (typeof data7 !== "string") {
										const err9 = {
											instancePath: instancePath + "/distros/" + i2 + "/versions/" + i3,
											schemaPath: "#/$defs/LinuxDistro/properties/versions/items/type",
											keyword: "type",
											params: { type: "string" },
											message: "must be string",
											schema: schema35.properties.versions.items.type,
											parentSchema: schema35.properties.versions.items,
											data: data7
										};
										if (vErrors === null) vErrors = [err9];
										else vErrors.push(err9);
										errors++;
									}
								}
								let i4 = data6.length;
								let j1;
								if (i4 > 1) {
									const indices1 = {};
									for (; i4--;) {
										let item1 = data6[i4];
										if (typeof item1 !== "string") continue;
										if (typeof indices1[item1] == "number") {
											j1 = indices1[item1];
											const err10 = {
												instancePath: instancePath + "/distros/" + i2 + "/versions",
												schemaPath: "#/$defs/LinuxDistro/properties/versions/uniqueItems",
												keyword: "uniqueItems",
												params: {
													i: i4,
													j: j1
												},
												message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)",
												schema: true,
												parentSchema: schema35.properties.versions,
												data: data6
											};
											if (vErrors === null) vErrors = [err10];
											else vErrors.push(err10);
											errors++;
											break;
										}
										indices1[item1] = i4;
									}
								}
							} else {
								const err11 = {
									instancePath: instancePath + "/distros/" + i2 + "/versions",
									schemaPath: "#/$defs/LinuxDistro/properties/versions/type",
									keyword: "type",
									params: { type: "array" },
									message: "must be array",
									schema: schema35.properties.versions.type,
									parentSchema: schema35.properties.versions,
									data: data6
								};
								if (vErrors === null) vErrors = [err11];
								else vErrors.push(err11);
								errors++;
							}
						}
					} else {
						const err12 = {
							instancePath: instancePath + "/distros/" + i2,
							schemaPath: "#/$defs/LinuxDistro/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema35.type,
							parentSchema: schema35,
							data: data4
						};
						if (vErrors === null) vErrors = [err12];
						else vErrors.push(err12);
						errors++;
					}
				}
			} else {
				const err13 = {
					instancePath: instancePath + "/distros",
					schemaPath: "#/properties/distros/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema33.properties.distros.type,
					parentSchema: schema33.properties.distros,
					data: data3
				};
				if (vErrors === null) vErrors = [err13];
				else vErrors.push(err13);
				errors++;
			}
		}
		if (data.kernel !== void 0) {
			if (!validate22(data.kernel, {
				instancePath: instancePath + "/kernel",
				parentData: data,
				parentDataProperty: "kernel",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
				errors = vErrors.length;
			}
		}
	} else {
		const err14 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema33.type,
			parentSchema: schema33,
			data
		};
		if (vErrors === null) vErrors = [err14];
		else vErrors.push(err14);
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
	"title": "Component",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"id": {
			"type": "string",
			"pattern": "^[a-z0-9][a-z0-9._-]*$"
		},
		"description": { "type": "string" },
		"platform": { "$ref": "#/$defs/OperatingSystem" },
		"kind": {
			"type": "string",
			"enum": [
				"kernel_driver",
				"kernel_module",
				"ebpf_program",
				"kext",
				"system_extension",
				"elam_driver",
				"user_service"
			]
		},
		"binary": {
			"type": "string",
			"pattern": "^[^/\\\\:*?\"<>|]{1,255}$"
		},
		"source": {
			"type": "string",
			"minLength": 1,
			"maxLength": 1024
		},
		"privilege": {
			"type": "string",
			"enum": [
				"kernel",
				"boot",
				"user"
			]
		},
		"bootStart": { "type": "boolean" },
		"loadsDynamicContentAtBoot": { "enum": [
			false,
			true,
			"after_health_check"
		] },
		"justification": {
			"type": "array",
			"items": {
				"type": "string",
				"enum": [
					"visibility",
					"performance",
					"tamper_resistance",
					"boot_protection"
				]
			},
			"uniqueItems": true
		},
		"introducedDate": {
			"type": "string",
			"format": "date"
		},
		"language": { "$ref": "#/$defs/ComponentLanguage" },
		"mslException": { "$ref": "#/$defs/MslException" },
		"parsesExternalInput": { "type": "boolean" },
		"parsesDynamicContent": { "type": "boolean" },
		"contentParsing": { "$ref": "#/$defs/ContentParsing" },
		"hvciCompatible": { "type": "boolean" },
		"signing": { "$ref": "#/$defs/ComponentSigning" },
		"unsupportedKernelBehavior": {
			"type": "string",
			"enum": [
				"reduced_functionality",
				"refuse_to_load",
				"load_anyway",
				"undefined"
			]
		},
		"windowsEndpointSecurityPlatform": {
			"type": "string",
			"pattern": "^(adopted|none|roadmap_\\d{4}-\\d{2}(-\\d{2})?)$"
		},
		"kernelSurface": { "$ref": "#/$defs/KernelSurface" }
	}
};
const schema43 = {
	"title": "MslException",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"justification": {
			"type": "string",
			"minLength": 1
		},
		"reason": {
			"type": "string",
			"enum": [
				"platform_mandated_language",
				"verifier_checked_subset",
				"no_production_toolchain"
			]
		},
		"approvedBy": { "type": "string" },
		"expires": {
			"type": "string",
			"format": "date"
		},
		"compensatingControls": {
			"type": "array",
			"items": {
				"type": "string",
				"enum": [
					"runtime_bounds_checks",
					"continuous_fuzzing",
					"sanitizers",
					"in_kernel_verifier",
					"static_verifier",
					"formal_verification"
				]
			},
			"uniqueItems": true
		},
		"reviewDate": {
			"type": "string",
			"format": "date"
		}
	}
};
const schema46 = {
	"title": "ComponentSigning",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"windows": {
			"type": "string",
			"enum": [
				"whql",
				"attestation",
				"none"
			]
		},
		"linux": {
			"type": "string",
			"enum": ["module_signed", "unsigned"]
		}
	}
};
const schema47 = {
	"title": "KernelSurface",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"ioctlCodes": {
			"type": "integer",
			"minimum": 0
		},
		"parsingEntryPoints": {
			"type": "integer",
			"minimum": 0
		}
	}
};
const pattern4 = new RegExp("^[a-z0-9][a-z0-9._-]*$", "u");
const pattern5 = new RegExp("^[^/\\\\:*?\"<>|]{1,255}$", "u");
const pattern6 = new RegExp("^(adopted|none|roadmap_\\d{4}-\\d{2}(-\\d{2})?)$", "u");
const schema40 = {
	"title": "ComponentLanguage",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"primary": { "$ref": "#/$defs/Language" },
		"loc": { "$ref": "#/$defs/LineCounts" }
	}
};
const schema41 = {
	"title": "Language",
	"type": "string",
	"enum": [
		"c",
		"cpp",
		"asm",
		"objc",
		"rust",
		"go",
		"csharp",
		"java",
		"swift",
		"other"
	]
};
const schema42 = {
	"title": "LineCounts",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"c": {
			"type": "integer",
			"minimum": 0
		},
		"cpp": {
			"type": "integer",
			"minimum": 0
		},
		"asm": {
			"type": "integer",
			"minimum": 0
		},
		"objc": {
			"type": "integer",
			"minimum": 0
		},
		"rust": {
			"type": "integer",
			"minimum": 0
		},
		"go": {
			"type": "integer",
			"minimum": 0
		},
		"csharp": {
			"type": "integer",
			"minimum": 0
		},
		"java": {
			"type": "integer",
			"minimum": 0
		},
		"swift": {
			"type": "integer",
			"minimum": 0
		},
		"other": {
			"type": "integer",
			"minimum": 0
		}
	}
};
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate26.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "primary" || key0 === "loc")) {
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
		if (data.primary !== void 0) {
			let data0 = data.primary;
			if (typeof data0 !== "string") {
				const err1 = {
					instancePath: instancePath + "/primary",
					schemaPath: "#/$defs/Language/type",
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
			if (!(data0 === "c" || data0 === "cpp" || data0 === "asm" || data0 === "objc" || data0 === "rust" || data0 === "go" || data0 === "csharp" || data0 === "java" || data0 === "swift" || data0 === "other")) {
				const err2 = {
					instancePath: instancePath + "/primary",
					schemaPath: "#/$defs/Language/enum",
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
		if (data.loc !== void 0) {
			let data1 = data.loc;
			if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
				for (const key1 in data1) if (!func1.call(schema42.properties, key1)) {
					const err3 = {
						instancePath: instancePath + "/loc",
						schemaPath: "#/$defs/LineCounts/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema42,
						data: data1
					};
					if (vErrors === null) vErrors = [err3];
					else vErrors.push(err3);
					errors++;
				}
				if (data1.c !== void 0) {
					let data2 = data1.c;
					if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
						const err4 = {
							instancePath: instancePath + "/loc/c",
							schemaPath: "#/$defs/LineCounts/properties/c/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema42.properties.c.type,
							parentSchema: schema42.properties.c,
							data: data2
						};
						if (vErrors === null) vErrors = [err4];
						else vErrors.push(err4);
						errors++;
					}
					if (typeof data2 == "number" && isFinite(data2)) {
						if (data2 < 0 || isNaN(data2)) {
							const err5 = {
								instancePath: instancePath + "/loc/c",
								schemaPath: "#/$defs/LineCounts/properties/c/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema42.properties.c,
								data: data2
							};
							if (vErrors === null) vErrors = [err5];
							else vErrors.push(err5);
							errors++;
						}
					}
				}
				if (data1.cpp !== void 0) {
					let data3 = data1.cpp;
					if (!(typeof data3 == "number" && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
						const err6 = {
							instancePath: instancePath + "/loc/cpp",
							schemaPath: "#/$defs/LineCounts/properties/cpp/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema42.properties.cpp.type,
							parentSchema: schema42.properties.cpp,
							data: data3
						};
						if (vErrors === null) vErrors = [err6];
						else vErrors.push(err6);
						errors++;
					}
					if (typeof data3 == "number" && isFinite(data3)) {
						if (data3 < 0 || isNaN(data3)) {
							const err7 = {
								instancePath: instancePath + "/loc/cpp",
								schemaPath: "#/$defs/LineCounts/properties/cpp/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema42.properties.cpp,
								data: data3
							};
							if (vErrors === null) vErrors = [err7];
							else vErrors.push(err7);
							errors++;
						}
					}
				}
				if (data1.asm !== void 0) {
					let data4 = data1.asm;
					if (!(typeof data4 == "number" && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
						const err8 = {
							instancePath: instancePath + "/loc/asm",
							schemaPath: "#/$defs/LineCounts/properties/asm/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema42.properties.asm.type,
							parentSchema: schema42.properties.asm,
							data: data4
						};
						if (vErrors === null) vErrors = [err8];
						else vErrors.push(err8);
						errors++;
					}
					if (typeof data4 == "number" && isFinite(data4)) {
						if (data4 < 0 || isNaN(data4)) {
							const err9 = {
								instancePath: instancePath + "/loc/asm",
								schemaPath: "#/$defs/LineCounts/properties/asm/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema42.properties.asm,
								data: data4
							};
							if (vErrors === null) vErrors = [err9];
							else vErrors.push(err9);
							errors++;
						}
					}
				}
				if (data1.objc !== void 0) {
					let data5 = data1.objc;
					if (!(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
						const err10 = {
							instancePath: instancePath + "/loc/objc",
							schemaPath: "#/$defs/LineCounts/properties/objc/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema42.properties.objc.type,
							parentSchema: schema42.properties.objc,
							data: data5
						};
						if (vErrors === null) vErrors = [err10];
						else vErrors.push(err10);
						errors++;
					}
					if (typeof data5 == "number" && isFinite(data5)) {
						if (data5 < 0 || isNaN(data5)) {
							const err11 = {
								instancePath: instancePath + "/loc/objc",
								schemaPath: "#/$defs/LineCounts/properties/objc/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema42.properties.objc,
								data: data5
							};
							if (vErrors === null) vErrors = [err11];
							else vErrors.push(err11);
							errors++;
						}
					}
				}
				if (data1.rust !== void 0) {
					let data6 = data1.rust;
					if (!(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
						const err12 = {
							instancePath: instancePath + "/loc/rust",
							schemaPath: "#/$defs/LineCounts/properties/rust/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema42.properties.rust.type,
							parentSchema: schema42.properties.rust,
							data: data6
						};
						if (vErrors === null) vErrors = [err12];
						else vErrors.push(err12);
						errors++;
					}
					if (typeof data6 == "number" && isFinite(data6)) {
						if (data6 < 0 || isNaN(data6)) {
							const err13 = {
								instancePath: instancePath + "/loc/rust",
								schemaPath: "#/$defs/LineCounts/properties/rust/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema42.properties.rust,
								data: data6
							};
							if (vErrors === null) vErrors = [err13];
							else vErrors.push(err13);
							errors++;
						}
					}
				}
				if (data1.go !== void 0) {
					let data7 = data1.go;
					if (!(typeof data7 == "number" && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
						const err14 = {
							instancePath: instancePath + "/loc/go",
							schemaPath: "#/$defs/LineCounts/properties/go/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema42.properties.go.type,
							parentSchema: schema42.properties.go,
							data: data7
						};
						if (vErrors === null) vErrors = [err14];
						else vErrors.push(err14);
						errors++;
					}
					if (typeof data7 == "number" && isFinite(data7)) {
						if (data7 < 0 || isNaN(data7)) {
							const err15 = {
								instancePath: instancePath + "/loc/go",
								schemaPath: "#/$defs/LineCounts/properties/go/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema42.properties.go,
								data: data7
							};
							if (vErrors === null) vErrors = [err15];
							else vErrors.push(err15);
							errors++;
						}
					}
				}
				if (data1.csharp !== void 0) {
					let data8 = data1.csharp;
					if (!(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8) && isFinite(data8))) {
						const err16 = {
							instancePath: instancePath + "/loc/csharp",
							schemaPath: "#/$defs/LineCounts/properties/csharp/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema42.properties.csharp.type,
							parentSchema: schema42.properties.csharp,
							data: data8
						};
						if (vErrors === null) vErrors = [err16];
						else vErrors.push(err16);
						errors++;
					}
					if (typeof data8 == "number" && isFinite(data8)) {
						if (data8 < 0 || isNaN(data8)) {
							const err17 = {
								instancePath: instancePath + "/loc/csharp",
								schemaPath: "#/$defs/LineCounts/properties/csharp/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema42.properties.csharp,
								data: data8
							};
							if (vErrors === null) vErrors = [err17];
							else vErrors.push(err17);
							errors++;
						}
					}
				}
				if (data1.java !== void 0) {
					let data9 = data1.java;
					if (!(typeof data9 == "number" && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
						const err18 = {
							instancePath: instancePath + "/loc/java",
							schemaPath: "#/$defs/LineCounts/properties/java/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema42.properties.java.type,
							parentSchema: schema42.properties.java,
							data: data9
						};
						if (vErrors === null) vErrors = [err18];
						else vErrors.push(err18);
						errors++;
					}
					if (typeof data9 == "number" && isFinite(data9)) {
						if (data9 < 0 || isNaN(data9)) {
							const err19 = {
								instancePath: instancePath + "/loc/java",
								schemaPath: "#/$defs/LineCounts/properties/java/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema42.properties.java,
								data: data9
							};
							if (vErrors === null) vErrors = [err19];
							else vErrors.push(err19);
							errors++;
						}
					}
				}
				if (data1.swift !== void 0) {
					let data10 = data1.swift;
					if (!(typeof data10 == "number" && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
						const err20 = {
							instancePath: instancePath + "/loc/swift",
							schemaPath: "#/$defs/LineCounts/properties/swift/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema42.properties.swift.type,
							parentSchema: schema42.properties.swift,
							data: data10
						};
						if (vErrors === null) vErrors = [err20];
						else vErrors.push(err20);
						errors++;
					}
					if (typeof data10 == "number" && isFinite(data10)) {
						if (data10 < 0 || isNaN(data10)) {
							const err21 = {
								instancePath: instancePath + "/loc/swift",
								schemaPath: "#/$defs/LineCounts/properties/swift/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema42.properties.swift,
								data: data10
							};
							if (vErrors === null) vErrors = [err21];
							else vErrors.push(err21);
							errors++;
						}
					}
				}
				if (data1.other !== void 0) {
					let data11 = data1.other;
					if (!(typeof data11 == "number" && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
						const err22 = {
							instancePath: instancePath + "/loc/other",
							schemaPath: "#/$defs/LineCounts/properties/other/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema42.properties.other.type,
							parentSchema: schema42.properties.other,
							data: data11
						};
						if (vErrors === null) vErrors = [err22];
						else vErrors.push(err22);
						errors++;
					}
					if (typeof data11 == "number" && isFinite(data11)) {
						if (data11 < 0 || isNaN(data11)) {
							const err23 = {
								instancePath: instancePath + "/loc/other",
								schemaPath: "#/$defs/LineCounts/properties/other/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema42.properties.other,
								data: data11
							};
							if (vErrors === null) vErrors = [err23];
							else vErrors.push(err23);
							errors++;
						}
					}
				}
			} else {
				const err24 = {
					instancePath: instancePath + "/loc",
					schemaPath: "#/$defs/LineCounts/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema42.type,
					parentSchema: schema42,
					data: data1
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
			schema: schema40.type,
			parentSchema: schema40,
			data
		};
		if (vErrors === null) vErrors = [err25];
		else vErrors.push(err25);
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
const schema44 = {
	"title": "ContentParsing",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"parserLanguage": { "$ref": "#/$defs/Language" },
		"boundsChecked": { "type": "boolean" },
		"onError": {
			"type": "string",
			"enum": [
				"reject_item",
				"reject_file",
				"disable_component",
				"undefined",
				"crash"
			]
		},
		"reportsTelemetry": { "type": "boolean" }
	}
};
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate28.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "parserLanguage" || key0 === "boundsChecked" || key0 === "onError" || key0 === "reportsTelemetry")) {
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
		if (data.parserLanguage !== void 0) {
			let data0 = data.parserLanguage;
			if (typeof data0 !== "string") {
				const err1 = {
					instancePath: instancePath + "/parserLanguage",
					schemaPath: "#/$defs/Language/type",
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
			if (!(data0 === "c" || data0 === "cpp" || data0 === "asm" || data0 === "objc" || data0 === "rust" || data0 === "go" || data0 === "csharp" || data0 === "java" || data0 === "swift" || data0 === "other")) {
				const err2 = {
					instancePath: instancePath + "/parserLanguage",
					schemaPath: "#/$defs/Language/enum",
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
		if (data.boundsChecked !== void 0) {
			let data1 = data.boundsChecked;
			if (typeof data1 !== "boolean") {
				const err3 = {
					instancePath: instancePath + "/boundsChecked",
					schemaPath: "#/properties/boundsChecked/type",
					keyword: "type",
					params: { type: "boolean" },
					message: "must be boolean",
					schema: schema44.properties.boundsChecked.type,
					parentSchema: schema44.properties.boundsChecked,
					data: data1
				};
				if (vErrors === null) vErrors = [err3];
				else vErrors.push(err3);
				errors++;
			}
		}
		if (data.onError !== void 0) {
			let data2 = data.onError;
			if (typeof data2 !== "string") {
				const err4 = {
					instancePath: instancePath + "/onError",
					schemaPath: "#/properties/onError/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema44.properties.onError.type,
					parentSchema: schema44.properties.onError,
					data: data2
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
			if (!(data2 === "reject_item" || data2 === "reject_file" || data2 === "disable_component" || data2 === "undefined" || data2 === "crash")) {
				const err5 = {
					instancePath: instancePath + "/onError",
					schemaPath: "#/properties/onError/enum",
					keyword: "enum",
					params: { allowedValues: schema44.properties.onError.enum },
					message: "must be equal to one of the allowed values",
					schema: schema44.properties.onError.enum,
					parentSchema: schema44.properties.onError,
					data: data2
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.reportsTelemetry !== void 0) {
			let data3 = data.reportsTelemetry;
			if (typeof data3 !== "boolean") {
				const err6 = {
					instancePath: instancePath + "/reportsTelemetry",
					schemaPath: "#/properties/reportsTelemetry/type",
					keyword: "type",
					params: { type: "boolean" },
					message: "must be boolean",
					schema: schema44.properties.reportsTelemetry.type,
					parentSchema: schema44.properties.reportsTelemetry,
					data: data3
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
		}
	} else {
		const err7 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema44.type,
			parentSchema: schema44,
			data
		};
		if (vErrors === null) vErrors = [err7];
		else vErrors.push(err7);
		errors++;
	}
	validate28.errors = vErrors;
	return errors === 0;
}
validate28.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
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
						parentSchema: schema38.properties.id,
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
					schema: schema38.properties.id.type,
					parentSchema: schema38.properties.id,
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
					schema: schema38.properties.description.type,
					parentSchema: schema38.properties.description,
					data: data1
				};
				if (vErrors === null) vErrors = [err3];
				else vErrors.push(err3);
				errors++;
			}
		}
		if (data.platform !== void 0) {
			let data2 = data.platform;
			if (typeof data2 !== "string") {
				const err4 = {
					instancePath: instancePath + "/platform",
					schemaPath: "#/$defs/OperatingSystem/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema34.type,
					parentSchema: schema34,
					data: data2
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
			if (!(data2 === "windows" || data2 === "linux" || data2 === "macos")) {
				const err5 = {
					instancePath: instancePath + "/platform",
					schemaPath: "#/$defs/OperatingSystem/enum",
					keyword: "enum",
					params: { allowedValues: schema34.enum },
					message: "must be equal to one of the allowed values",
					schema: schema34.enum,
					parentSchema: schema34,
					data: data2
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.kind !== void 0) {
			let data3 = data.kind;
			if (typeof data3 !== "string") {
				const err6 = {
					instancePath: instancePath + "/kind",
					schemaPath: "#/properties/kind/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema38.properties.kind.type,
					parentSchema: schema38.properties.kind,
					data: data3
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
			if (!(data3 === "kernel_driver" || data3 === "kernel_module" || data3 === "ebpf_program" || data3 === "kext" || data3 === "system_extension" || data3 === "elam_driver" || data3 === "user_service")) {
				const err7 = {
					instancePath: instancePath + "/kind",
					schemaPath: "#/properties/kind/enum",
					keyword: "enum",
					params: { allowedValues: schema38.properties.kind.enum },
					message: "must be equal to one of the allowed values",
					schema: schema38.properties.kind.enum,
					parentSchema: schema38.properties.kind,
					data: data3
				};
				if (vErrors === null) vErrors = [err7];
				else vErrors.push(err7);
				errors++;
			}
		}
		if (data.binary !== void 0) {
			let data4 = data.binary;
			if (typeof data4 === "string") {
				if (!pattern5.test(data4)) {
					const err8 = {
						instancePath: instancePath + "/binary",
						schemaPath: "#/properties/binary/pattern",
						keyword: "pattern",
						params: { pattern: "^[^/\\\\:*?\"<>|]{1,255}$" },
						message: "must match pattern \"^[^/\\\\:*?\"<>|]{1,255}$\"",
						schema: "^[^/\\\\:*?\"<>|]{1,255}$",
						parentSchema: schema38.properties.binary,
						data: data4
					};
					if (vErrors === null) vErrors = [err8];
					else vErrors.push(err8);
					errors++;
				}
			} else {
				const err9 = {
					instancePath: instancePath + "/binary",
					schemaPath: "#/properties/binary/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema38.properties.binary.type,
					parentSchema: schema38.properties.binary,
					data: data4
				};
				if (vErrors === null) vErrors = [err9];
				else vErrors.push(err9);
				errors++;
			}
		}
		if (data.source !== void 0) {
			let data5 = data.source;
			if (typeof data5 === "string") {
				if (func2(data5) > 1024) {
					const err10 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/properties/source/maxLength",
						keyword: "maxLength",
						params: { limit: 1024 },
						message: "must NOT have more than 1024 characters",
						schema: 1024,
						parentSchema: schema38.properties.source,
						data: data5
					};
					if (vErrors === null) vErrors = [err10];
					else vErrors.push(err10);
					errors++;
				}
				if (func2(data5) < 1) {
					const err11 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/properties/source/minLength",
						keyword: "minLength",
						params: { limit: 1 },
						message: "must NOT have fewer than 1 characters",
						schema: 1,
						parentSchema: schema38.properties.source,
						data: data5
					};
					if (vErrors === null) vErrors = [err11];
					else vErrors.push(err11);
					errors++;
				}
			} else {
				const err12 = {
					instancePath: instancePath + "/source",
					schemaPath: "#/properties/source/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema38.properties.source.type,
					parentSchema: schema38.properties.source,
					data: data5
				};
				if (vErrors === null) vErrors = [err12];
				else vErrors.push(err12);
				errors++;
			}
		}
		if (data.privilege !== void 0) {
			let data6 = data.privilege;
			if (typeof data6 !== "string") {
				const err13 = {
					instancePath: instancePath + "/privilege",
					schemaPath: "#/properties/privilege/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema38.properties.privilege.type,
					parentSchema: schema38.properties.privilege,
					data: data6
				};
				if (vErrors === null) vErrors = [err13];
				else vErrors.push(err13);
				errors++;
			}
			if (!(data6 === "kernel" || data6 === "boot" || data6 === "user")) {
				const err14 = {
					instancePath: instancePath + "/privilege",
					schemaPath: "#/properties/privilege/enum",
					keyword: "enum",
					params: { allowedValues: schema38.properties.privilege.enum },
					message: "must be equal to one of the allowed values",
					schema: schema38.properties.privilege.enum,
					parentSchema: schema38.properties.privilege,
					data: data6
				};
				if (vErrors === null) vErrors = [err14];
				else vErrors.push(err14);
				errors++;
			}
		}
		if (data.bootStart !== void 0) {
			let data7 = data.bootStart;
			if (typeof data7 !== "boolean") {
				const err15 = {
					instancePath: instancePath + "/bootStart",
					schemaPath: "#/properties/bootStart/type",
					keyword: "type",
					params: { type: "boolean" },
					message: "must be boolean",
					schema: schema38.properties.bootStart.type,
					parentSchema: schema38.properties.bootStart,
					data: data7
				};
				if (vErrors === null) vErrors = [err15];
				else vErrors.push(err15);
				errors++;
			}
		}
		if (data.loadsDynamicContentAtBoot !== void 0) {
			let data8 = data.loadsDynamicContentAtBoot;
			if (!(data8 === false || data8 === true || data8 === "after_health_check")) {
				const err16 = {
					instancePath: instancePath + "/loadsDynamicContentAtBoot",
					schemaPath: "#/properties/loadsDynamicContentAtBoot/enum",
					keyword: "enum",
					params: { allowedValues: schema38.properties.loadsDynamicContentAtBoot.enum },
					message: "must be equal to one of the allowed values",
					schema: schema38.properties.loadsDynamicContentAtBoot.enum,
					parentSchema: schema38.properties.loadsDynamicContentAtBoot,
					data: data8
				};
				if (vErrors === null) vErrors = [err16];
				else vErrors.push(err16);
				errors++;
			}
		}
		if (data.justification !== void 0) {
			let data9 = data.justification;
			if (Array.isArray(data9)) {
				const len0 = data9.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data10 = data9[i0];
					if (typeof data10 !== "string") {
						const err17 = {
							instancePath: instancePath + "/justification/" + i0,
							schemaPath: "#/properties/justification/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema38.properties.justification.items.type,
							parentSchema: schema38.properties.justification.items,
							data: data10
						};
						if (vErrors === null) vErrors = [err17];
						else vErrors.push(err17);
						errors++;
					}
					if (!(data10 === "visibility" || data10 === "performance" || data10 === "tamper_resistance" || data10 === "boot_protection")) {
						const err18 = {
							instancePath: instancePath + "/justification/" + i0,
							schemaPath: "#/properties/justification/items/enum",
							keyword: "enum",
							params: { allowedValues: schema38.properties.justification.items.enum },
							message: "must be equal to one of the allowed values",
							schema: schema38.properties.justification.items.enum,
							parentSchema: schema38.properties.justification.items,
							data: data10
						};
						if (vErrors === null) vErrors = [err18];
						else vErrors.push(err18);
						errors++;
					}
				}
				let i1 = data9.length;
				let j0;
				if (i1 > 1) {
					const indices0 = {};
					for (; i1--;) {
						let item0 = data9[i1];
						if (typeof item0 !== "string") continue;
						if (typeof indices0[item0] == "number") {
							j0 = indices0[item0];
							const err19 = {
								instancePath: instancePath + "/justification",
								schemaPath: "#/properties/justification/uniqueItems",
								keyword: "uniqueItems",
								params: {
									i: i1,
									j: j0
								},
								message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
								schema: true,
								parentSchema: schema38.properties.justification,
								data: data9
							};
							if (vErrors === null) vErrors = [err19];
							else vErrors.push(err19);
							errors++;
							break;
						}
						indices0[item0] = i1;
					}
				}
			} else {
				const err20 = {
					instancePath: instancePath + "/justification",
					schemaPath: "#/properties/justification/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema38.properties.justification.type,
					parentSchema: schema38.properties.justification,
					data: data9
				};
				if (vErrors === null) vErrors = [err20];
				else vErrors.push(err20);
				errors++;
			}
		}
		if (data.introducedDate !== void 0) {
			let data11 = data.introducedDate;
			if (typeof data11 === "string") {
				if (!formats0.validate(data11)) {
					const err21 = {
						instancePath: instancePath + "/introducedDate",
						schemaPath: "#/properties/introducedDate/format",
						keyword: "format",
						params: { format: "date" },
						message: "must match format \"date\"",
						schema: "date",
						parentSchema: schema38.properties.introducedDate,
						data: data11
					};
					if (vErrors === null) vErrors = [err21];
					else vErrors.push(err21);
					errors++;
				}
			} else {
				const err22 = {
					instancePath: instancePath + "/introducedDate",
					schemaPath: "#/properties/introducedDate/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema38.properties.introducedDate.type,
					parentSchema: schema38.properties.introducedDate,
					data: data11
				};
				if (vErrors === null) vErrors = [err22];
				else vErrors.push(err22);
				errors++;
			}
		}
		if (data.language !== void 0) {
			if (!validate26(data.language, {
				instancePath: instancePath + "/language",
				parentData: data,
				parentDataProperty: "language",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
				errors = vErrors.length;
			}
		}
		if (data.mslException !== void 0) {
			let data13 = data.mslException;
			if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
				for (const key1 in data13) if (!(key1 === "justification" || key1 === "reason" || key1 === "approvedBy" || key1 === "expires" || key1 === "compensatingControls" || key1 === "reviewDate")) {
					const err23 = {
						instancePath: instancePath + "/mslException",
						schemaPath: "#/$defs/MslException/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema43,
						data: data13
					};
					if (vErrors === null) vErrors = [err23];
					else vErrors.push(err23);
					errors++;
				}
				if (data13.justification !== void 0) {
					let data14 = data13.justification;
					if (typeof data14 === "string") {
						if (func2(data14) < 1) {
							const err24 = {
								instancePath: instancePath + "/mslException/justification",
								schemaPath: "#/$defs/MslException/properties/justification/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema43.properties.justification,
								data: data14
							};
							if (vErrors === null) vErrors = [err24];
							else vErrors.push(err24);
							errors++;
						}
					} else {
						const err25 = {
							instancePath: instancePath + "/mslException/justification",
							schemaPath: "#/$defs/MslException/properties/justification/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema43.properties.justification.type,
							parentSchema: schema43.properties.justification,
							data: data14
						};
						if (vErrors === null) vErrors = [err25];
						else vErrors.push(err25);
						errors++;
					}
				}
				if (data13.reason !== void 0) {
					let data15 = data13.reason;
					if (typeof data15 !== "string") {
						const err26 = {
							instancePath: instancePath + "/mslException/reason",
							schemaPath: "#/$defs/MslException/properties/reason/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema43.properties.reason.type,
							parentSchema: schema43.properties.reason,
							data: data15
						};
						if (vErrors === null) vErrors = [err26];
						else vErrors.push(err26);
						errors++;
					}
					if (!(data15 === "platform_mandated_language" || data15 === "verifier_checked_subset" || data15 === "no_production_toolchain")) {
						const err27 = {
							instancePath: instancePath + "/mslException/reason",
							schemaPath: "#/$defs/MslException/properties/reason/enum",
							keyword: "enum",
							params: { allowedValues: schema43.properties.reason.enum },
							message: "must be equal to one of the allowed values",
							schema: schema43.properties.reason.enum,
							parentSchema: schema43.properties.reason,
							data: data15
						};
						if (vErrors === null) vErrors = [err27];
						else vErrors.push(err27);
						errors++;
					}
				}
				if (data13.approvedBy !== void 0) {
					let data16 = data13.approvedBy;
					if (typeof data16 !== "string") {
						const err28 = {
							instancePath: instancePath + "/mslException/approvedBy",
							schemaPath: "#/$defs/MslException/properties/approvedBy/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema43.properties.approvedBy.type,
							parentSchema: schema43.properties.approvedBy,
							data: data16
						};
						if (vErrors === null) vErrors = [err28];
						else vErrors.push(err28);
						errors++;
					}
				}
				if (data13.expires !== void 0) {
					let data17 = data13.expires;
					if (typeof data17 === "string") {
						if (!formats0.validate(data17)) {
							const err29 = {
								instancePath: instancePath + "/mslException/expires",
								schemaPath: "#/$defs/MslException/properties/expires/format",
								keyword: "format",
								params: { format: "date" },
								message: "must match format \"date\"",
								schema: "date",
								parentSchema: schema43.properties.expires,
								data: data17
							};
							if (vErrors === null) vErrors = [err29];
							else vErrors.push(err29);
							errors++;
						}
					} else {
						const err30 = {
							instancePath: instancePath + "/mslException/expires",
							schemaPath: "#/$defs/MslException/properties/expires/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema43.properties.expires.type,
							parentSchema: schema43.properties.expires,
							data: data17
						};
						if (vErrors === null) vErrors = [err30];
						else vErrors.push(err30);
						errors++;
					}
				}
				if (data13.compensatingControls !== void 0) {
					let data18 = data13.compensatingControls;
					if (Array.isArray(data18)) {
						const len1 = data18.length;
						for (let i2 = 0; i2 < len1; i2++) {
							let data19 = data18[i2];
							if (typeof data19 !== "string") {
								const err31 = {
									instancePath: instancePath + "/mslException/compensatingControls/" + i2,
									schemaPath: "#/$defs/MslException/properties/compensatingControls/items/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema43.properties.compensatingControls.items.type,
									parentSchema: schema43.properties.compensatingControls.items,
									data: data19
								};
								if (vErrors === null) vErrors = [err31];
								else vErrors.push(err31);
								errors++;
							}
							if (!(data19 === "runtime_bounds_checks" || data19 === "continuous_fuzzing" || data19 === "sanitizers" || data19 === "in_kernel_verifier" || data19 === "static_verifier" || data19 === "formal_verification")) {
								const err32 = {
									instancePath: instancePath + "/mslException/compensatingControls/" + i2,
									schemaPath: "#/$defs/MslException/properties/compensatingControls/items/enum",
									keyword: "enum",
									params: { allowedValues: schema43.properties.compensatingControls.items.enum },
									message: "must be equal to one of the allowed values",
									schema: schema43.properties.compensatingControls.items.enum,
									parentSchema: schema43.properties.compensatingControls.items,
									data: data19
								};
								if (vErrors === null) vErrors = [err32];
								else vErrors.push(err32);
								errors++;
							}
						}
						let i3 = data18.length;
						let j1;
						if (i3 > 1) {
							const indices1 = {};
							for (; i3--;) {
								let item1 = data18[i3];
								if (typeof item1 !== "string") continue;
								if (typeof indices1[item1] == "number") {
									j1 = indices1[item1];
									const err33 = {
										instancePath: instancePath + "/mslException/compensatingControls",
										schemaPath: "#/$defs/MslException/properties/compensatingControls/uniqueItems",
										keyword: "uniqueItems",
										params: {
											i: i3,
											j: j1
										},
										message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)",
										schema: true,
										parentSchema: schema43.properties.compensatingControls,
										data: data18
									};
									if (vErrors === null) vErrors = [err33];
									else vErrors.push(err33);
									errors++;
									break;
								}
								indices1[item1] = i3;
							}
						}
					} else {
						const err34 = {
							instancePath: instancePath + "/mslException/compensatingControls",
							schemaPath: "#/$defs/MslException/properties/compensatingControls/type",
							keyword: "type",
							params: { type: "array" },
							message: "must be array",
							schema: schema43.properties.compensatingControls.type,
							parentSchema: schema43.properties.compensatingControls,
							data: data18
						};
						if (vErrors === null) vErrors = [err34];
						else vErrors.push(err34);
						errors++;
					}
				}
				if (data13.reviewDate !== void 0) {
					let data20 = data13.reviewDate;
					if (typeof data20 === "string") {
						if (!formats0.validate(data20)) {
							const err35 = {
								instancePath: instancePath + "/mslException/reviewDate",
								schemaPath: "#/$defs/MslException/properties/reviewDate/format",
								keyword: "format",
								params: { format: "date" },
								message: "must match format \"date\"",
								schema: "date",
								parentSchema: schema43.properties.reviewDate,
								data: data20
							};
							if (vErrors === null) vErrors = [err35];
							else vErrors.push(err35);
							errors++;
						}
					} else {
						const err36 = {
							instancePath: instancePath + "/mslException/reviewDate",
							schemaPath: "#/$defs/MslException/properties/reviewDate/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema43.properties.reviewDate.type,
							parentSchema: schema43.properties.reviewDate,
							data: data20
						};
						if (vErrors === null) vErrors = [err36];
						else vErrors.push(err36);
						errors++;
					}
				}
			} else {
				const err37 = {
					instancePath: instancePath + "/mslException",
					schemaPath: "#/$defs/MslException/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema43.type,
					parentSchema: schema43,
					data: data13
				};
				if (vErrors === null) vErrors = [err37];
				else vErrors.push(err37);
				errors++;
			}
		}
		if (data.parsesExternalInput !== void 0) {
			let data21 = data.parsesExternalInput;
			if (typeof data21 !== "boolean") {
				const err38 = {
					instancePath: instancePath + "/parsesExternalInput",
					schemaPath: "#/properties/parsesExternalInput/type",
					keyword: "type",
					params: { type: "boolean" },
					message: "must be boolean",
					schema: schema38.properties.parsesExternalInput.type,
					parentSchema: schema38.properties.parsesExternalInput,
					data: data21
				};
				if (vErrors === null) vErrors = [err38];
				else vErrors.push(err38);
				errors++;
			}
		}
		if (data.parsesDynamicContent !== void 0) {
			let data22 = data.parsesDynamicContent;
			if (typeof data22 !== "boolean") {
				const err39 = {
					instancePath: instancePath + "/parsesDynamicContent",
					schemaPath: "#/properties/parsesDynamicContent/type",
					keyword: "type",
					params: { type: "boolean" },
					message: "must be boolean",
					schema: schema38.properties.parsesDynamicContent.type,
					parentSchema: schema38.properties.parsesDynamicContent,
					data: data22
				};
				if (vErrors === null) vErrors = [err39];
				else vErrors.push(err39);
				errors++;
			}
		}
		if (data.contentParsing !== void 0) {
			if (!validate28(data.contentParsing, {
				instancePath: instancePath + "/contentParsing",
				parentData: data,
				parentDataProperty: "contentParsing",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
				errors = vErrors.length;
			}
		}
		if (data.hvciCompatible !== void 0) {
			let data24 = data.hvciCompatible;
			if (typeof data24 !== "boolean") {
				const err40 = {
					instancePath: instancePath + "/hvciCompatible",
					schemaPath: "#/properties/hvciCompatible/type",
					keyword: "type",
					params: { type: "boolean" },
					message: "must be boolean",
					schema: schema38.properties.hvciCompatible.type,
					parentSchema: schema38.properties.hvciCompatible,
					data: data24
				};
				if (vErrors === null) vErrors = [err40];
				else vErrors.push(err40);
				errors++;
			}
		}
		if (data.signing !== void 0) {
			let data25 = data.signing;
			if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
				for (const key2 in data25) if (!(key2 === "windows" || key2 === "linux")) {
					const err41 = {
						instancePath: instancePath + "/signing",
						schemaPath: "#/$defs/ComponentSigning/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key2 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema46,
						data: data25
					};
					if (vErrors === null) vErrors = [err41];
					else vErrors.push(err41);
					errors++;
				}
				if (data25.windows !== void 0) {
					let data26 = data25.windows;
					if (typeof data26 !== "string") {
						const err42 = {
							instancePath: instancePath + "/signing/windows",
							schemaPath: "#/$defs/ComponentSigning/properties/windows/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema46.properties.windows.type,
							parentSchema: schema46.properties.windows,
							data: data26
						};
						if (vErrors === null) vErrors = [err42];
						else vErrors.push(err42);
						errors++;
					}
					if (!(data26 === "whql" || data26 === "attestation" || data26 === "none")) {
						const err43 = {
							instancePath: instancePath + "/signing/windows",
							schemaPath: "#/$defs/ComponentSigning/properties/windows/enum",
							keyword: "enum",
							params: { allowedValues: schema46.properties.windows.enum },
							message: "must be equal to one of the allowed values",
							schema: schema46.properties.windows.enum,
							parentSchema: schema46.properties.windows,
							data: data26
						};
						if (vErrors === null) vErrors = [err43];
						else vErrors.push(err43);
						errors++;
					}
				}
				if (data25.linux !== void 0) {
					let data27 = data25.linux;
					if (typeof data27 !== "string") {
						const err44 = {
							instancePath: instancePath + "/signing/linux",
							schemaPath: "#/$defs/ComponentSigning/properties/linux/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema46.properties.linux.type,
							parentSchema: schema46.properties.linux,
							data: data27
						};
						if (vErrors === null) vErrors = [err44];
						else vErrors.push(err44);
						errors++;
					}
					if (!(data27 === "module_signed" || data27 === "unsigned")) {
						const err45 = {
							instancePath: instancePath + "/signing/linux",
							schemaPath: "#/$defs/ComponentSigning/properties/linux/enum",
							keyword: "enum",
							params: { allowedValues: schema46.properties.linux.enum },
							message: "must be equal to one of the allowed values",
							schema: schema46.properties.linux.enum,
							parentSchema: schema46.properties.linux,
							data: data27
						};
						if (vErrors === null) vErrors = [err45];
						else vErrors.push(err45);
						errors++;
					}
				}
			} else {
				const err46 = {
					instancePath: instancePath + "/signing",
					schemaPath: "#/$defs/ComponentSigning/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema46.type,
					parentSchema: schema46,
					data: data25
				};
				if (vErrors === null) vErrors = [err46];
				else vErrors.push(err46);
				errors++;
			}
		}
		if (data.unsupportedKernelBehavior !== void 0) {
			let data28 = data.unsupportedKernelBehavior;
			if (typeof data28 !== "string") {
				const err47 = {
					instancePath: instancePath + "/unsupportedKernelBehavior",
					schemaPath: "#/properties/unsupportedKernelBehavior/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema38.properties.unsupportedKernelBehavior.type,
					parentSchema: schema38.properties.unsupportedKernelBehavior,
					data: data28
				};
				if (vErrors === null) vErrors = [err47];
				else vErrors.push(err47);
				errors++;
			}
			if (!(data28 === "reduced_functionality" || data28 === "refuse_to_load" || data28 === "load_anyway" || data28 === "undefined")) {
				const err48 = {
					instancePath: instancePath + "/unsupportedKernelBehavior",
					schemaPath: "#/properties/unsupportedKernelBehavior/enum",
					keyword: "enum",
					params: { allowedValues: schema38.properties.unsupportedKernelBehavior.enum },
					message: "must be equal to one of the allowed values",
					schema: schema38.properties.unsupportedKernelBehavior.enum,
					parentSchema: schema38.properties.unsupportedKernelBehavior,
					data: data28
				};
				if (vErrors === null) vErrors = [err48];
				else vErrors.push(err48);
				errors++;
			}
		}
		if (data.windowsEndpointSecurityPlatform !== void 0) {
			let data29 = data.windowsEndpointSecurityPlatform;
			if (typeof data29 === "string") {
				if (!pattern6.test(data29)) {
					const err49 = {
						instancePath: instancePath + "/windowsEndpointSecurityPlatform",
						schemaPath: "#/properties/windowsEndpointSecurityPlatform/pattern",
						keyword: "pattern",
						params: { pattern: "^(adopted|none|roadmap_\\d{4}-\\d{2}(-\\d{2})?)$" },
						message: "must match pattern \"^(adopted|none|roadmap_\\d{4}-\\d{2}(-\\d{2})?)$\"",
						schema: "^(adopted|none|roadmap_\\d{4}-\\d{2}(-\\d{2})?)$",
						parentSchema: schema38.properties.windowsEndpointSecurityPlatform,
						data: data29
					};
					if (vErrors === null) vErrors = [err49];
					else vErrors.push(err49);
					errors++;
				}
			} else {
				const err50 = {
					instancePath: instancePath + "/windowsEndpointSecurityPlatform",
					schemaPath: "#/properties/windowsEndpointSecurityPlatform/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema38.properties.windowsEndpointSecurityPlatform.type,
					parentSchema: schema38.properties.windowsEndpointSecurityPlatform,
					data: data29
				};
				if (vErrors === null) vErrors = [err50];
				else vErrors.push(err50);
				errors++;
			}
		}
		if (data.kernelSurface !== void 0) {
			let data30 = data.kernelSurface;
			if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
				for (const key3 in data30) if (!(key3 === "ioctlCodes" || key3 === "parsingEntryPoints")) {
					const err51 = {
						instancePath: instancePath + "/kernelSurface",
						schemaPath: "#/$defs/KernelSurface/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key3 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema47,
						data: data30
					};
					if (vErrors === null) vErrors = [err51];
					else vErrors.push(err51);
					errors++;
				}
				if (data30.ioctlCodes !== void 0) {
					let data31 = data30.ioctlCodes;
					if (!(typeof data31 == "number" && !(data31 % 1) && !isNaN(data31) && isFinite(data31))) {
						const err52 = {
							instancePath: instancePath + "/kernelSurface/ioctlCodes",
							schemaPath: "#/$defs/KernelSurface/properties/ioctlCodes/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema47.properties.ioctlCodes.type,
							parentSchema: schema47.properties.ioctlCodes,
							data: data31
						};
						if (vErrors === null) vErrors = [err52];
						else vErrors.push(err52);
						errors++;
					}
					if (typeof data31 == "number" && isFinite(data31)) {
						if (data31 < 0 || isNaN(data31)) {
							const err53 = {
								instancePath: instancePath + "/kernelSurface/ioctlCodes",
								schemaPath: "#/$defs/KernelSurface/properties/ioctlCodes/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema47.properties.ioctlCodes,
								data: data31
							};
							if (vErrors === null) vErrors = [err53];
							else vErrors.push(err53);
							errors++;
						}
					}
				}
				if (data30.parsingEntryPoints !== void 0) {
					let data32 = data30.parsingEntryPoints;
					if (!(typeof data32 == "number" && !(data32 % 1) && !isNaN(data32) && isFinite(data32))) {
						const err54 = {
							instancePath: instancePath + "/kernelSurface/parsingEntryPoints",
							schemaPath: "#/$defs/KernelSurface/properties/parsingEntryPoints/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema47.properties.parsingEntryPoints.type,
							parentSchema: schema47.properties.parsingEntryPoints,
							data: data32
						};
						if (vErrors === null) vErrors = [err54];
						else vErrors.push(err54);
						errors++;
					}
					if (typeof data32 == "number" && isFinite(data32)) {
						if (data32 < 0 || isNaN(data32)) {
							const err55 = {
								instancePath: instancePath + "/kernelSurface/parsingEntryPoints",
								schemaPath: "#/$defs/KernelSurface/properties/parsingEntryPoints/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema47.properties.parsingEntryPoints,
								data: data32
							};
							if (vErrors === null) vErrors = [err55];
							else vErrors.push(err55);
							errors++;
						}
					}
				}
			} else {
				const err56 = {
					instancePath: instancePath + "/kernelSurface",
					schemaPath: "#/$defs/KernelSurface/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema47.type,
					parentSchema: schema47,
					data: data30
				};
				if (vErrors === null) vErrors = [err56];
				else vErrors.push(err56);
				errors++;
			}
		}
	} else {
		const err57 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema38.type,
			parentSchema: schema38,
			data
		};
		if (vErrors === null) vErrors = [err57];
		else vErrors.push(err57);
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
const schema48 = {
	"title": "UpdateChannel",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"id": {
			"type": "string",
			"pattern": "^[a-z0-9][a-z0-9._-]*$"
		},
		"description": { "type": "string" },
		"kind": {
			"type": "string",
			"enum": [
				"sensor",
				"driver",
				"content",
				"model"
			]
		},
		"category": {
			"type": "string",
			"pattern": "^[a-z][a-z0-9_]*$"
		},
		"treatedAsCode": { "type": "boolean" },
		"pipelineId": { "type": "string" },
		"parsedIn": {
			"type": "string",
			"enum": ["user", "kernel"]
		},
		"schema": { "$ref": "#/$defs/ContentSchema" },
		"validator": { "$ref": "#/$defs/Validator" },
		"artifacts": { "$ref": "#/$defs/Artifacts" },
		"compatibility": { "$ref": "#/$defs/Compatibility" },
		"signing": { "$ref": "#/$defs/ContentSigning" },
		"revocation": { "$ref": "#/$defs/Revocation" },
		"rollout": { "$ref": "#/$defs/Rollout" },
		"rollback": { "$ref": "#/$defs/Rollback" }
	}
};
const schema49 = {
	"title": "ContentSchema",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"versioned": { "type": "boolean" },
		"parityCheck": {
			"type": "string",
			"enum": [
				"ci_enforced",
				"manual",
				"none"
			]
		},
		"compileTimeArityCheck": { "type": "boolean" }
	}
};
const schema50 = {
	"title": "Validator",
	"type": "object",
	"additionalProperties": false,
	"properties": { "runsProductionInterpreter": { "type": "boolean" } }
};
const schema51 = {
	"title": "Artifacts",
	"type": "object",
	"additionalProperties": false,
	"properties": { "immutable": { "type": "boolean" } }
};
const schema55 = {
	"title": "ContentSigning",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"signed": { "type": "boolean" },
		"verifiedBeforeParse": { "type": "boolean" },
		"algorithm": { "type": "string" }
	}
};
const schema56 = {
	"title": "Revocation",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"checkedBeforeLoad": { "type": "boolean" },
		"supersededContentRemoved": { "type": "boolean" }
	}
};
const schema64 = {
	"title": "Rollback",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"lastKnownGood": { "type": "boolean" },
		"maxRevertMinutes": {
			"type": "integer",
			"minimum": 0
		},
		"testedEachRelease": { "type": "boolean" }
	}
};
const pattern8 = new RegExp("^[a-z][a-z0-9_]*$", "u");
const schema52 = {
	"title": "Compatibility",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"declared": { "type": "boolean" },
		"sensorRange": { "$ref": "#/$defs/SensorRange" },
		"sensorMatrix": { "$ref": "#/$defs/SensorMatrix" }
	}
};
const schema53 = {
	"title": "SensorRange",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"min": {
			"type": "string",
			"minLength": 1
		},
		"max": {
			"type": "string",
			"minLength": 1
		},
		"enforcedBySensor": { "type": "boolean" }
	}
};
const schema54 = {
	"title": "SensorMatrix",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"scope": {
			"type": "string",
			"enum": [
				"every_supported_version",
				"latest_only",
				"sample"
			]
		},
		"versionsBack": {
			"type": "integer",
			"minimum": 0
		},
		"includesPinnedBuilds": { "type": "boolean" },
		"blocksRelease": { "type": "boolean" }
	}
};
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate32.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "declared" || key0 === "sensorRange" || key0 === "sensorMatrix")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema52,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.declared !== void 0) {
			let data0 = data.declared;
			if (typeof data0 !== "boolean") {
				const err1 = {
					instancePath: instancePath + "/declared",
					schemaPath: "#/properties/declared/type",
					keyword: "type",
					params: { type: "boolean" },
					message: "must be boolean",
					schema: schema52.properties.declared.type,
					parentSchema: schema52.properties.declared,
					data: data0
				};
				if (vErrors === null) vErrors = [err1];
				else vErrors.push(err1);
				errors++;
			}
		}
		if (data.sensorRange !== void 0) {
			let data1 = data.sensorRange;
			if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
				for (const key1 in data1) if (!(key1 === "min" || key1 === "max" || key1 === "enforcedBySensor")) {
					const err2 = {
						instancePath: instancePath + "/sensorRange",
						schemaPath: "#/$defs/SensorRange/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema53,
						data: data1
					};
					if (vErrors === null) vErrors = [err2];
					else vErrors.push(err2);
					errors++;
				}
				if (data1.min !== void 0) {
					let data2 = data1.min;
					if (typeof data2 === "string") {
						if (func2(data2) < 1) {
							const err3 = {
								instancePath: instancePath + "/sensorRange/min",
								schemaPath: "#/$defs/SensorRange/properties/min/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema53.properties.min,
								data: data2
							};
							if (vErrors === null) vErrors = [err3];
							else vErrors.push(err3);
							errors++;
						}
					} else {
						const err4 = {
							instancePath: instancePath + "/sensorRange/min",
							schemaPath: "#/$defs/SensorRange/properties/min/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema53.properties.min.type,
							parentSchema: schema53.properties.min,
							data: data2
						};
						if (vErrors === null) vErrors = [err4];
						else vErrors.push(err4);
						errors++;
					}
				}
				if (data1.max !== void 0) {
					let data3 = data1.max;
					if (typeof data3 === "string") {
						if (func2(data3) < 1) {
							const err5 = {
								instancePath: instancePath + "/sensorRange/max",
								schemaPath: "#/$defs/SensorRange/properties/max/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema53.properties.max,
								data: data3
							};
							if (vErrors === null) vErrors = [err5];
							else vErrors.push(err5);
							errors++;
						}
					} else {
						const err6 = {
							instancePath: instancePath + "/sensorRange/max",
							schemaPath: "#/$defs/SensorRange/properties/max/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema53.properties.max.type,
							parentSchema: schema53.properties.max,
							data: data3
						};
						if (vErrors === null) vErrors = [err6];
						else vErrors.push(err6);
						errors++;
					}
				}
				if (data1.enforcedBySensor !== void 0) {
					let data4 = data1.enforcedBySensor;
					if (typeof data4 !== "boolean") {
						const err7 = {
							instancePath: instancePath + "/sensorRange/enforcedBySensor",
							schemaPath: "#/$defs/SensorRange/properties/enforcedBySensor/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema53.properties.enforcedBySensor.type,
							parentSchema: schema53.properties.enforcedBySensor,
							data: data4
						};
						if (vErrors === null) vErrors = [err7];
						else vErrors.push(err7);
						errors++;
					}
				}
			} else {
				const err8 = {
					instancePath: instancePath + "/sensorRange",
					schemaPath: "#/$defs/SensorRange/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema53.type,
					parentSchema: schema53,
					data: data1
				};
				if (vErrors === null) vErrors = [err8];
				else vErrors.push(err8);
				errors++;
			}
		}
		if (data.sensorMatrix !== void 0) {
			let data5 = data.sensorMatrix;
			if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
				for (const key2 in data5) if (!(key2 === "scope" || key2 === "versionsBack" || key2 === "includesPinnedBuilds" || key2 === "blocksRelease")) {
					const err9 = {
						instancePath: instancePath + "/sensorMatrix",
						schemaPath: "#/$defs/SensorMatrix/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key2 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema54,
						data: data5
					};
					if (vErrors === null) vErrors = [err9];
					else vErrors.push(err9);
					errors++;
				}
				if (data5.scope !== void 0) {
					let data6 = data5.scope;
					if (typeof data6 !== "string") {
						const err10 = {
							instancePath: instancePath + "/sensorMatrix/scope",
							schemaPath: "#/$defs/SensorMatrix/properties/scope/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema54.properties.scope.type,
							parentSchema: schema54.properties.scope,
							data: data6
						};
						if (vErrors === null) vErrors = [err10];
						else vErrors.push(err10);
						errors++;
					}
					if (!(data6 === "every_supported_version" || data6 === "latest_only" || data6 === "sample")) {
						const err11 = {
							instancePath: instancePath + "/sensorMatrix/scope",
							schemaPath: "#/$defs/SensorMatrix/properties/scope/enum",
							keyword: "enum",
							params: { allowedValues: schema54.properties.scope.enum },
							message: "must be equal to one of the allowed values",
							schema: schema54.properties.scope.enum,
							parentSchema: schema54.properties.scope,
							data: data6
						};
						if (vErrors === null) vErrors = [err11];
						else vErrors.push(err11);
						errors++;
					}
				}
				if (data5.versionsBack !== void 0) {
					let data7 = data5.versionsBack;
					if (!(typeof data7 == "number" && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
						const err12 = {
							instancePath: instancePath + "/sensorMatrix/versionsBack",
							schemaPath: "#/$defs/SensorMatrix/properties/versionsBack/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema54.properties.versionsBack.type,
							parentSchema: schema54.properties.versionsBack,
							data: data7
						};
						if (vErrors === null) vErrors = [err12];
						else vErrors.push(err12);
						errors++;
					}
					if (typeof data7 == "number" && isFinite(data7)) {
						if (data7 < 0 || isNaN(data7)) {
							const err13 = {
								instancePath: instancePath + "/sensorMatrix/versionsBack",
								schemaPath: "#/$defs/SensorMatrix/properties/versionsBack/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema54.properties.versionsBack,
								data: data7
							};
							if (vErrors === null) vErrors = [err13];
							else vErrors.push(err13);
							errors++;
						}
					}
				}
				if (data5.includesPinnedBuilds !== void 0) {
					let data8 = data5.includesPinnedBuilds;
					if (typeof data8 !== "boolean") {
						const err14 = {
							instancePath: instancePath + "/sensorMatrix/includesPinnedBuilds",
							schemaPath: "#/$defs/SensorMatrix/properties/includesPinnedBuilds/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema54.properties.includesPinnedBuilds.type,
							parentSchema: schema54.properties.includesPinnedBuilds,
							data: data8
						};
						if (vErrors === null) vErrors = [err14];
						else vErrors.push(err14);
						errors++;
					}
				}
				if (data5.blocksRelease !== void 0) {
					let data9 = data5.blocksRelease;
					if (typeof data9 !== "boolean") {
						const err15 = {
							instancePath: instancePath + "/sensorMatrix/blocksRelease",
							schemaPath: "#/$defs/SensorMatrix/properties/blocksRelease/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema54.properties.blocksRelease.type,
							parentSchema: schema54.properties.blocksRelease,
							data: data9
						};
						if (vErrors === null) vErrors = [err15];
						else vErrors.push(err15);
						errors++;
					}
				}
			} else {
				const err16 = {
					instancePath: instancePath + "/sensorMatrix",
					schemaPath: "#/$defs/SensorMatrix/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema54.type,
					parentSchema: schema54,
					data: data5
				};
				if (vErrors === null) vErrors = [err16];
				else vErrors.push(err16);
				errors++;
			}
		}
	} else {
		const err17 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema52.type,
			parentSchema: schema52,
			data
		};
		if (vErrors === null) vErrors = [err17];
		else vErrors.push(err17);
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
const schema57 = {
	"title": "Rollout",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"strategy": {
			"type": "string",
			"enum": [
				"ringed",
				"linear",
				"exponential",
				"all_at_once"
			]
		},
		"fanoutFactorMax": {
			"type": "number",
			"minimum": 1
		},
		"targetHosts": {
			"type": "integer",
			"minimum": 1
		},
		"rings": {
			"type": "array",
			"items": { "$ref": "#/$defs/Ring" }
		},
		"emergencyPath": { "$ref": "#/$defs/EmergencyPath" },
		"healthGate": { "$ref": "#/$defs/HealthGate" }
	}
};
const schema58 = {
	"title": "Ring",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"name": {
			"type": "string",
			"minLength": 1
		},
		"populationPct": {
			"type": "number",
			"minimum": 0,
			"maximum": 100
		},
		"hosts": {
			"type": "integer",
			"minimum": 0
		},
		"includesInternalHosts": { "type": "boolean" },
		"platformCoverage": {
			"type": "string",
			"enum": [
				"all_supported",
				"partial",
				"single"
			]
		},
		"bakeMinutes": {
			"type": "integer",
			"minimum": 0
		},
		"rebootsBeforePromotion": {
			"type": "integer",
			"minimum": 0
		}
	}
};
const schema59 = {
	"title": "EmergencyPath",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"defined": { "type": "boolean" },
		"minRings": {
			"type": "integer",
			"minimum": 1
		},
		"healthGateEnforced": { "type": "boolean" },
		"approvers": {
			"type": "array",
			"items": {
				"type": "string",
				"minLength": 1
			},
			"uniqueItems": true
		}
	}
};
const schema60 = {
	"title": "HealthGate",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"automated": { "type": "boolean" },
		"signals": {
			"type": "array",
			"items": { "$ref": "#/$defs/HealthSignal" },
			"uniqueItems": true
		},
		"missingTelemetry": {
			"type": "string",
			"enum": [
				"fail",
				"ignore",
				"alert"
			]
		},
		"minCheckinPct": {
			"type": "number",
			"minimum": 0,
			"maximum": 100
		},
		"thresholds": { "$ref": "#/$defs/HealthThresholds" },
		"onBreach": {
			"type": "string",
			"enum": [
				"halt_and_rollback",
				"halt",
				"alert",
				"none"
			]
		},
		"maxDetectionMinutes": {
			"type": "integer",
			"minimum": 0
		},
		"crashAttribution": { "$ref": "#/$defs/CrashAttribution" }
	}
};
const schema61 = {
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
const schema62 = {
	"title": "HealthThresholds",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"hostCrashRatePct": {
			"type": "number",
			"minimum": 0,
			"maximum": 100
		},
		"relativeToBaseline": {
			"type": "number",
			"exclusiveMinimum": 0
		}
	}
};
const schema63 = {
	"title": "CrashAttribution",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"attributedToVendorModules": { "type": "boolean" },
		"comparison": {
			"type": "string",
			"enum": [
				"concurrent_control",
				"historical_baseline",
				"none"
			]
		},
		"onSignificantExcess": {
			"type": "string",
			"enum": [
				"halt_and_rollback",
				"halt",
				"alert",
				"none"
			]
		}
	}
};
const func0 = require_equal$1.require_equal().default;
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate35.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "automated" || key0 === "signals" || key0 === "missingTelemetry" || key0 === "minCheckinPct" || key0 === "thresholds" || key0 === "onBreach" || key0 === "maxDetectionMinutes" || key0 === "crashAttribution")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema60,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.automated !== void 0) {
			let data0 = data.automated;
			if (typeof data0 !== "boolean") {
				const err1 = {
					instancePath: instancePath + "/automated",
					schemaPath: "#/properties/automated/type",
					keyword: "type",
					params: { type: "boolean" },
					message: "must be boolean",
					schema: schema60.properties.automated.type,
					parentSchema: schema60.properties.automated,
					data: data0
				};
				if (vErrors === null) vErrors = [err1];
				else vErrors.push(err1);
				errors++;
			}
		}
		if (data.signals !== void 0) {
			let data1 = data.signals;
			if (Array.isArray(data1)) {
				const len0 = data1.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data2 = data1[i0];
					if (typeof data2 !== "string") {
						const err2 = {
							instancePath: instancePath + "/signals/" + i0,
							schemaPath: "#/$defs/HealthSignal/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema61.type,
							parentSchema: schema61,
							data: data2
						};
						if (vErrors === null) vErrors = [err2];
						else vErrors.push(err2);
						errors++;
					}
					if (!(data2 === "host_crash_rate" || data2 === "unexpected_reboot_rate" || data2 === "agent_heartbeat_loss" || data2 === "agent_crash_rate" || data2 === "boot_failure_rate" || data2 === "cpu_pct" || data2 === "mem_pct" || data2 === "disk_io" || data2 === "network_errors" || data2 === "detection_volume")) {
						const err3 = {
							instancePath: instancePath + "/signals/" + i0,
							schemaPath: "#/$defs/HealthSignal/enum",
							keyword: "enum",
							params: { allowedValues: schema61.enum },
							message: "must be equal to one of the allowed values",
							schema: schema61.enum,
							parentSchema: schema61,
							data: data2
						};
						if (vErrors === null) vErrors = [err3];
						else vErrors.push(err3);
						errors++;
					}
				}
				let i1 = data1.length;
				let j0;
				if (i1 > 1) {
					outer0: for (; i1--;) for (j0 = i1; j0--;) if (func0(data1[i1], data1[j0])) {
						const err4 = {
							instancePath: instancePath + "/signals",
							schemaPath: "#/properties/signals/uniqueItems",
							keyword: "uniqueItems",
							params: {
								i: i1,
								j: j0
							},
							message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
							schema: true,
							parentSchema: schema60.properties.signals,
							data: data1
						};
						if (vErrors === null) vErrors = [err4];
						else vErrors.push(err4);
						errors++;
						break outer0;
					}
				}
			} else {
				const err5 = {
					instancePath: instancePath + "/signals",
					schemaPath: "#/properties/signals/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema60.properties.signals.type,
					parentSchema: schema60.properties.signals,
					data: data1
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.missingTelemetry !== void 0) {
			let data3 = data.missingTelemetry;
			if (typeof data3 !== "string") {
				const err6 = {
					instancePath: instancePath + "/missingTelemetry",
					schemaPath: "#/properties/missingTelemetry/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema60.properties.missingTelemetry.type,
					parentSchema: schema60.properties.missingTelemetry,
					data: data3
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
			if (!(data3 === "fail" || data3 === "ignore" || data3 === "alert")) {
				const err7 = {
					instancePath: instancePath + "/missingTelemetry",
					schemaPath: "#/properties/missingTelemetry/enum",
					keyword: "enum",
					params: { allowedValues: schema60.properties.missingTelemetry.enum },
					message: "must be equal to one of the allowed values",
					schema: schema60.properties.missingTelemetry.enum,
					parentSchema: schema60.properties.missingTelemetry,
					data: data3
				};
				if (vErrors === null) vErrors = [err7];
				else vErrors.push(err7);
				errors++;
			}
		}
		if (data.minCheckinPct !== void 0) {
			let data4 = data.minCheckinPct;
			if (typeof data4 == "number" && isFinite(data4)) {
				if (data4 > 100 || isNaN(data4)) {
					const err8 = {
						instancePath: instancePath + "/minCheckinPct",
						schemaPath: "#/properties/minCheckinPct/maximum",
						keyword: "maximum",
						params: {
							comparison: "<=",
							limit: 100
						},
						message: "must be <= 100",
						schema: 100,
						parentSchema: schema60.properties.minCheckinPct,
						data: data4
					};
					if (vErrors === null) vErrors = [err8];
					else vErrors.push(err8);
					errors++;
				}
				if (data4 < 0 || isNaN(data4)) {
					const err9 = {
						instancePath: instancePath + "/minCheckinPct",
						schemaPath: "#/properties/minCheckinPct/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema60.properties.minCheckinPct,
						data: data4
					};
					if (vErrors === null) vErrors = [err9];
					else vErrors.push(err9);
					errors++;
				}
			} else {
				const err10 = {
					instancePath: instancePath + "/minCheckinPct",
					schemaPath: "#/properties/minCheckinPct/type",
					keyword: "type",
					params: { type: "number" },
					message: "must be number",
					schema: schema60.properties.minCheckinPct.type,
					parentSchema: schema60.properties.minCheckinPct,
					data: data4
				};
				if (vErrors === null) vErrors = [err10];
				else vErrors.push(err10);
				errors++;
			}
		}
		if (data.thresholds !== void 0) {
			let data5 = data.thresholds;
			if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
				for (const key1 in data5) if (!(key1 === "hostCrashRatePct" || key1 === "relativeToBaseline")) {
					const err11 = {
						instancePath: instancePath + "/thresholds",
						schemaPath: "#/$defs/HealthThresholds/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema62,
						data: data5
					};
					if (vErrors === null) vErrors = [err11];
					else vErrors.push(err11);
					errors++;
				}
				if (data5.hostCrashRatePct !== void 0) {
					let data6 = data5.hostCrashRatePct;
					if (typeof data6 == "number" && isFinite(data6)) {
						if (data6 > 100 || isNaN(data6)) {
							const err12 = {
								instancePath: instancePath + "/thresholds/hostCrashRatePct",
								schemaPath: "#/$defs/HealthThresholds/properties/hostCrashRatePct/maximum",
								keyword: "maximum",
								params: {
									comparison: "<=",
									limit: 100
								},
								message: "must be <= 100",
								schema: 100,
								parentSchema: schema62.properties.hostCrashRatePct,
								data: data6
							};
							if (vErrors === null) vErrors = [err12];
							else vErrors.push(err12);
							errors++;
						}
						if (data6 < 0 || isNaN(data6)) {
							const err13 = {
								instancePath: instancePath + "/thresholds/hostCrashRatePct",
								schemaPath: "#/$defs/HealthThresholds/properties/hostCrashRatePct/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema62.properties.hostCrashRatePct,
								data: data6
							};
							if (vErrors === null) vErrors = [err13];
							else vErrors.push(err13);
							errors++;
						}
					} else {
						const err14 = {
							instancePath: instancePath + "/thresholds/hostCrashRatePct",
							schemaPath: "#/$defs/HealthThresholds/properties/hostCrashRatePct/type",
							keyword: "type",
							params: { type: "number" },
							message: "must be number",
							schema: schema62.properties.hostCrashRatePct.type,
							parentSchema: schema62.properties.hostCrashRatePct,
							data: data6
						};
						if (vErrors === null) vErrors = [err14];
						else vErrors.push(err14);
						errors++;
					}
				}
				if (data5.relativeToBaseline !== void 0) {
					let data7 = data5.relativeToBaseline;
					if (typeof data7 == "number" && isFinite(data7)) {
						if (data7 <= 0 || isNaN(data7)) {
							const err15 = {
								instancePath: instancePath + "/thresholds/relativeToBaseline",
								schemaPath: "#/$defs/HealthThresholds/properties/relativeToBaseline/exclusiveMinimum",
								keyword: "exclusiveMinimum",
								params: {
									comparison: ">",
									limit: 0
								},
								message: "must be > 0",
								schema: 0,
								parentSchema: schema62.properties.relativeToBaseline,
								data: data7
							};
							if (vErrors === null) vErrors = [err15];
							else vErrors.push(err15);
							errors++;
						}
					} else {
						const err16 = {
							instancePath: instancePath + "/thresholds/relativeToBaseline",
							schemaPath: "#/$defs/HealthThresholds/properties/relativeToBaseline/type",
							keyword: "type",
							params: { type: "number" },
							message: "must be number",
							schema: schema62.properties.relativeToBaseline.type,
							parentSchema: schema62.properties.relativeToBaseline,
							data: data7
						};
						if (vErrors === null) vErrors = [err16];
						else vErrors.push(err16);
						errors++;
					}
				}
			} else {
				const err17 = {
					instancePath: instancePath + "/thresholds",
					schemaPath: "#/$defs/HealthThresholds/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema62.type,
					parentSchema: schema62,
					data: data5
				};
				if (vErrors === null) vErrors = [err17];
				else vErrors.push(err17);
				errors++;
			}
		}
		if (data.onBreach !== void 0) {
			let data8 = data.onBreach;
			if (typeof data8 !== "string") {
				const err18 = {
					instancePath: instancePath + "/onBreach",
					schemaPath: "#/properties/onBreach/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema60.properties.onBreach.type,
					parentSchema: schema60.properties.onBreach,
					data: data8
				};
				if (vErrors === null) vErrors = [err18];
				else vErrors.push(err18);
				errors++;
			}
			if (!(data8 === "halt_and_rollback" || data8 === "halt" || data8 === "alert" || data8 === "none")) {
				const err19 = {
					instancePath: instancePath + "/onBreach",
					schemaPath: "#/properties/onBreach/enum",
					keyword: "enum",
					params: { allowedValues: schema60.properties.onBreach.enum },
					message: "must be equal to one of the allowed values",
					schema: schema60.properties.onBreach.enum,
					parentSchema: schema60.properties.onBreach,
					data: data8
				};
				if (vErrors === null) vErrors = [err19];
				else vErrors.push(err19);
				errors++;
			}
		}
		if (data.maxDetectionMinutes !== void 0) {
			let data9 = data.maxDetectionMinutes;
			if (!(typeof data9 == "number" && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
				const err20 = {
					instancePath: instancePath + "/maxDetectionMinutes",
					schemaPath: "#/properties/maxDetectionMinutes/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema60.properties.maxDetectionMinutes.type,
					parentSchema: schema60.properties.maxDetectionMinutes,
					data: data9
				};
				if (vErrors === null) vErrors = [err20];
				else vErrors.push(err20);
				errors++;
			}
			if (typeof data9 == "number" && isFinite(data9)) {
				if (data9 < 0 || isNaN(data9)) {
					const err21 = {
						instancePath: instancePath + "/maxDetectionMinutes",
						schemaPath: "#/properties/maxDetectionMinutes/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema60.properties.maxDetectionMinutes,
						data: data9
					};
					if (vErrors === null) vErrors = [err21];
					else vErrors.push(err21);
					errors++;
				}
			}
		}
		if (data.crashAttribution !== void 0) {
			let data10 = data.crashAttribution;
			if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
				for (const key2 in data10) if (!(key2 === "attributedToVendorModules" || key2 === "comparison" || key2 === "onSignificantExcess")) {
					const err22 = {
						instancePath: instancePath + "/crashAttribution",
						schemaPath: "#/$defs/CrashAttribution/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key2 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema63,
						data: data10
					};
					if (vErrors === null) vErrors = [err22];
					else vErrors.push(err22);
					errors++;
				}
				if (data10.attributedToVendorModules !== void 0) {
					let data11 = data10.attributedToVendorModules;
					if (typeof data11 !== "boolean") {
						const err23 = {
							instancePath: instancePath + "/crashAttribution/attributedToVendorModules",
							schemaPath: "#/$defs/CrashAttribution/properties/attributedToVendorModules/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema63.properties.attributedToVendorModules.type,
							parentSchema: schema63.properties.attributedToVendorModules,
							data: data11
						};
						if (vErrors === null) vErrors = [err23];
						else vErrors.push(err23);
						errors++;
					}
				}
				if (data10.comparison !== void 0) {
					let data12 = data10.comparison;
					if (typeof data12 !== "string") {
						const err24 = {
							instancePath: instancePath + "/crashAttribution/comparison",
							schemaPath: "#/$defs/CrashAttribution/properties/comparison/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema63.properties.comparison.type,
							parentSchema: schema63.properties.comparison,
							data: data12
						};
						if (vErrors === null) vErrors = [err24];
						else vErrors.push(err24);
						errors++;
					}
					if (!(data12 === "concurrent_control" || data12 === "historical_baseline" || data12 === "none")) {
						const err25 = {
							instancePath: instancePath + "/crashAttribution/comparison",
							schemaPath: "#/$defs/CrashAttribution/properties/comparison/enum",
							keyword: "enum",
							params: { allowedValues: schema63.properties.comparison.enum },
							message: "must be equal to one of the allowed values",
							schema: schema63.properties.comparison.enum,
							parentSchema: schema63.properties.comparison,
							data: data12
						};
						if (vErrors === null) vErrors = [err25];
						else vErrors.push(err25);
						errors++;
					}
				}
				if (data10.onSignificantExcess !== void 0) {
					let data13 = data10.onSignificantExcess;
					if (typeof data13 !== "string") {
						const err26 = {
							instancePath: instancePath + "/crashAttribution/onSignificantExcess",
							schemaPath: "#/$defs/CrashAttribution/properties/onSignificantExcess/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema63.properties.onSignificantExcess.type,
							parentSchema: schema63.properties.onSignificantExcess,
							data: data13
						};
						if (vErrors === null) vErrors = [err26];
						else vErrors.push(err26);
						errors++;
					}
					if (!(data13 === "halt_and_rollback" || data13 === "halt" || data13 === "alert" || data13 === "none")) {
						const err27 = {
							instancePath: instancePath + "/crashAttribution/onSignificantExcess",
							schemaPath: "#/$defs/CrashAttribution/properties/onSignificantExcess/enum",
							keyword: "enum",
							params: { allowedValues: schema63.properties.onSignificantExcess.enum },
							message: "must be equal to one of the allowed values",
							schema: schema63.properties.onSignificantExcess.enum,
							parentSchema: schema63.properties.onSignificantExcess,
							data: data13
						};
						if (vErrors === null) vErrors = [err27];
						else vErrors.push(err27);
						errors++;
					}
				}
			} else {
				const err28 = {
					instancePath: instancePath + "/crashAttribution",
					schemaPath: "#/$defs/CrashAttribution/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema63.type,
					parentSchema: schema63,
					data: data10
				};
				if (vErrors === null) vErrors = [err28];
				else vErrors.push(err28);
				errors++;
			}
		}
	} else {
		const err29 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema60.type,
			parentSchema: schema60,
			data
		};
		if (vErrors === null) vErrors = [err29];
		else vErrors.push(err29);
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
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate34.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "strategy" || key0 === "fanoutFactorMax" || key0 === "targetHosts" || key0 === "rings" || key0 === "emergencyPath" || key0 === "healthGate")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema57,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.strategy !== void 0) {
			let data0 = data.strategy;
			if (typeof data0 !== "string") {
				const err1 = {
					instancePath: instancePath + "/strategy",
					schemaPath: "#/properties/strategy/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema57.properties.strategy.type,
					parentSchema: schema57.properties.strategy,
					data: data0
				};
				if (vErrors === null) vErrors = [err1];
				else vErrors.push(err1);
				errors++;
			}
			if (!(data0 === "ringed" || data0 === "linear" || data0 === "exponential" || data0 === "all_at_once")) {
				const err2 = {
					instancePath: instancePath + "/strategy",
					schemaPath: "#/properties/strategy/enum",
					keyword: "enum",
					params: { allowedValues: schema57.properties.strategy.enum },
					message: "must be equal to one of the allowed values",
					schema: schema57.properties.strategy.enum,
					parentSchema: schema57.properties.strategy,
					data: data0
				};
				if (vErrors === null) vErrors = [err2];
				else vErrors.push(err2);
				errors++;
			}
		}
		if (data.fanoutFactorMax !== void 0) {
			let data1 = data.fanoutFactorMax;
			if (typeof data1 == "number" && isFinite(data1)) {
				if (data1 < 1 || isNaN(data1)) {
					const err3 = {
						instancePath: instancePath + "/fanoutFactorMax",
						schemaPath: "#/properties/fanoutFactorMax/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 1
						},
						message: "must be >= 1",
						schema: 1,
						parentSchema: schema57.properties.fanoutFactorMax,
						data: data1
					};
					if (vErrors === null) vErrors = [err3];
					else vErrors.push(err3);
					errors++;
				}
			} else {
				const err4 = {
					instancePath: instancePath + "/fanoutFactorMax",
					schemaPath: "#/properties/fanoutFactorMax/type",
					keyword: "type",
					params: { type: "number" },
					message: "must be number",
					schema: schema57.properties.fanoutFactorMax.type,
					parentSchema: schema57.properties.fanoutFactorMax,
					data: data1
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
		}
		if (data.targetHosts !== void 0) {
			let data2 = data.targetHosts;
			if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
				const err5 = {
					instancePath: instancePath + "/targetHosts",
					schemaPath: "#/properties/targetHosts/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema57.properties.targetHosts.type,
					parentSchema: schema57.properties.targetHosts,
					data: data2
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
			if (typeof data2 == "number" && isFinite(data2)) {
				if (data2 < 1 || isNaN(data2)) {
					const err6 = {
						instancePath: instancePath + "/targetHosts",
						schemaPath: "#/properties/targetHosts/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 1
						},
						message: "must be >= 1",
						schema: 1,
						parentSchema: schema57.properties.targetHosts,
						data: data2
					};
					if (vErrors === null) vErrors = [err6];
					else vErrors.push(err6);
					errors++;
				}
			}
		}
		if (data.rings !== void 0) {
			let data3 = data.rings;
			if (Array.isArray(data3)) {
				const len0 = data3.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data4 = data3[i0];
					if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
						for (const key1 in data4) if (!(key1 === "name" || key1 === "populationPct" || key1 === "hosts" || key1 === "includesInternalHosts" || key1 === "platformCoverage" || key1 === "bakeMinutes" || key1 === "rebootsBeforePromotion")) {
							const err7 = {
								instancePath: instancePath + "/rings/" + i0,
								schemaPath: "#/$defs/Ring/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key1 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema58,
								data: data4
							};
							if (vErrors === null) vErrors = [err7];
							else vErrors.push(err7);
							errors++;
						}
						if (data4.name !== void 0) {
							let data5 = data4.name;
							if (typeof data5 === "string") {
								if (func2(data5) < 1) {
									const err8 = {
										instancePath: instancePath + "/rings/" + i0 + "/name",
										schemaPath: "#/$defs/Ring/properties/name/minLength",
										keyword: "minLength",
										params: { limit: 1 },
										message: "must NOT have fewer than 1 characters",
										schema: 1,
										parentSchema: schema58.properties.name,
										data: data5
									};
									if (vErrors === null) vErrors = [err8];
									else vErrors.push(err8);
									errors++;
								}
							} else {
								const err9 = {
									instancePath: instancePath + "/rings/" + i0 + "/name",
									schemaPath: "#/$defs/Ring/properties/name/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema58.properties.name.type,
									parentSchema: schema58.properties.name,
									data: data5
								};
								if (vErrors === null) vErrors = [err9];
								else vErrors.push(err9);
								errors++;
							}
						}
						if (data4.populationPct !== void 0) {
							let data6 = data4.populationPct;
							if (typeof data6 == "number" && isFinite(data6)) {
								if (data6 > 100 || isNaN(data6)) {
									const err10 = {
										instancePath: instancePath + "/rings/" + i0 + "/populationPct",
										schemaPath: "#/$defs/Ring/properties/populationPct/maximum",
										keyword: "maximum",
										params: {
											comparison: "<=",
											limit: 100
										},
										message: "must be <= 100",
										schema: 100,
										parentSchema: schema58.properties.populationPct,
										data: data6
									};
									if (vErrors === null) vErrors = [err10];
									else vErrors.push(err10);
									errors++;
								}
								if (data6 < 0 || isNaN(data6)) {
									const err11 = {
										instancePath: instancePath + "/rings/" + i0 + "/populationPct",
										schemaPath: "#/$defs/Ring/properties/populationPct/minimum",
										keyword: "minimum",
										params: {
											comparison: ">=",
											limit: 0
										},
										message: "must be >= 0",
										schema: 0,
										parentSchema: schema58.properties.populationPct,
										data: data6
									};
									if (vErrors === null) vErrors = [err11];
									else vErrors.push(err11);
									errors++;
								}
							} else {
								const err12 = {
									instancePath: instancePath + "/rings/" + i0 + "/populationPct",
									schemaPath: "#/$defs/Ring/properties/populationPct/type",
									keyword: "type",
									params: { type: "number" },
									message: "must be number",
									schema: schema58.properties.populationPct.type,
									parentSchema: schema58.properties.populationPct,
									data: data6
								};
								if (vErrors === null) vErrors = [err12];
								else vErrors.push(err12);
								errors++;
							}
						}
						if (data4.hosts !== void 0) {
							let data7 = data4.hosts;
							if (!(typeof data7 == "number" && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
								const err13 = {
									instancePath: instancePath + "/rings/" + i0 + "/hosts",
									schemaPath: "#/$defs/Ring/properties/hosts/type",
									keyword: "type",
									params: { type: "integer" },
									message: "must be integer",
									schema: schema58.properties.hosts.type,
									parentSchema: schema58.properties.hosts,
									data: data7
								};
								if (vErrors === null) vErrors = [err13];
								else vErrors.push(err13);
								errors++;
							}
							if (typeof data7 == "number" && isFinite(data7)) {
								if (data7 < 0 || isNaN(data7)) {
									const err14 = {
										instancePath: instancePath + "/rings/" + i0 + "/hosts",
										schemaPath: "#/$defs/Ring/properties/hosts/minimum",
										keyword: "minimum",
										params: {
											comparison: ">=",
											limit: 0
										},
										message: "must be >= 0",
										schema: 0,
										parentSchema: schema58.properties.hosts,
										data: data7
									};
									if (vErrors === null) vErrors = [err14];
									else vErrors.push(err14);
									errors++;
								}
							}
						}
						if (data4.includesInternalHosts !== void 0) {
							let data8 = data4.includesInternalHosts;
							if (typeof data8 !== "boolean") {
								const err15 = {
									instancePath: instancePath + "/rings/" + i0 + "/includesInternalHosts",
									schemaPath: "#/$defs/Ring/properties/includesInternalHosts/type",
									keyword: "type",
									params: { type: "boolean" },
									message: "must be boolean",
									schema: schema58.properties.includesInternalHosts.type,
									parentSchema: schema58.properties.includesInternalHosts,
									data: data8
								};
								if (vErrors === null) vErrors = [err15];
								else vErrors.push(err15);
								errors++;
							}
						}
						if (data4.platformCoverage !== void 0) {
							let data9 = data4.platformCoverage;
							if (typeof data9 !== "string") {
								const err16 = {
									instancePath: instancePath + "/rings/" + i0 + "/platformCoverage",
									schemaPath: "#/$defs/Ring/properties/platformCoverage/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema58.properties.platformCoverage.type,
									parentSchema: schema58.properties.platformCoverage,
									data: data9
								};
								if (vErrors === null) vErrors = [err16];
								else vErrors.push(err16);
								errors++;
							}
							if (!(data9 === "all_supported" || data9 === "partial" || data9 === "single")) {
								const err17 = {
									instancePath: instancePath + "/rings/" + i0 + "/platformCoverage",
									schemaPath: "#/$defs/Ring/properties/platformCoverage/enum",
									keyword: "enum",
									params: { allowedValues: schema58.properties.platformCoverage.enum },
									message: "must be equal to one of the allowed values",
									schema: schema58.properties.platformCoverage.enum,
									parentSchema: schema58.properties.platformCoverage,
									data: data9
								};
								if (vErrors === null) vErrors = [err17];
								else vErrors.push(err17);
								errors++;
							}
						}
						if (data4.bakeMinutes !== void 0) {
							let data10 = data4.bakeMinutes;
							if (!(typeof data10 == "number" && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
								const err18 = {
									instancePath: instancePath + "/rings/" + i0 + "/bakeMinutes",
									schemaPath: "#/$defs/Ring/properties/bakeMinutes/type",
									keyword: "type",
									params: { type: "integer" },
									message: "must be integer",
									schema: schema58.properties.bakeMinutes.type,
									parentSchema: schema58.properties.bakeMinutes,
									data: data10
								};
								if (vErrors === null) vErrors = [err18];
								else vErrors.push(err18);
								errors++;
							}
							if (typeof data10 == "number" && isFinite(data10)) {
								if (data10 < 0 || isNaN(data10)) {
									const err19 = {
										instancePath: instancePath + "/rings/" + i0 + "/bakeMinutes",
										schemaPath: "#/$defs/Ring/properties/bakeMinutes/minimum",
										keyword: "minimum",
										params: {
											comparison: ">=",
											limit: 0
										},
										message: "must be >= 0",
										schema: 0,
										parentSchema: schema58.properties.bakeMinutes,
										data: data10
									};
									if (vErrors === null) vErrors = [err19];
									else vErrors.push(err19);
									errors++;
								}
							}
						}
						if (data4.rebootsBeforePromotion !== void 0) {
							let data11 = data4.rebootsBeforePromotion;
							if (!(typeof data11 == "number" && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
								const err20 = {
									instancePath: instancePath + "/rings/" + i0 + "/rebootsBeforePromotion",
									schemaPath: "#/$defs/Ring/properties/rebootsBeforePromotion/type",
									keyword: "type",
									params: { type: "integer" },
									message: "must be integer",
									schema: schema58.properties.rebootsBeforePromotion.type,
									parentSchema: schema58.properties.rebootsBeforePromotion,
									data: data11
								};
								if (vErrors === null) vErrors = [err20];
								else vErrors.push(err20);
								errors++;
							}
							if (typeof data11 == "number" && isFinite(data11)) {
								if (data11 < 0 || isNaN(data11)) {
									const err21 = {
										instancePath: instancePath + "/rings/" + i0 + "/rebootsBeforePromotion",
										schemaPath: "#/$defs/Ring/properties/rebootsBeforePromotion/minimum",
										keyword: "minimum",
										params: {
											comparison: ">=",
											limit: 0
										},
										message: "must be >= 0",
										schema: 0,
										parentSchema: schema58.properties.rebootsBeforePromotion,
										data: data11
									};
									if (vErrors === null) vErrors = [err21];
									else vErrors.push(err21);
									errors++;
								}
							}
						}
					} else {
						const err22 = {
							instancePath: instancePath + "/rings/" + i0,
							schemaPath: "#/$defs/Ring/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema58.type,
							parentSchema: schema58,
							data: data4
						};
						if (vErrors === null) vErrors = [err22];
						else vErrors.push(err22);
						errors++;
					}
				}
			} else {
				const err23 = {
					instancePath: instancePath + "/rings",
					schemaPath: "#/properties/rings/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema57.properties.rings.type,
					parentSchema: schema57.properties.rings,
					data: data3
				};
				if (vErrors === null) vErrors = [err23];
				else vErrors.push(err23);
				errors++;
			}
		}
		if (data.emergencyPath !== void 0) {
			let data12 = data.emergencyPath;
			if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
				for (const key2 in data12) if (!(key2 === "defined" || key2 === "minRings" || key2 === "healthGateEnforced" || key2 === "approvers")) {
					const err24 = {
						instancePath: instancePath + "/emergencyPath",
						schemaPath: "#/$defs/EmergencyPath/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key2 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema59,
						data: data12
					};
					if (vErrors === null) vErrors = [err24];
					else vErrors.push(err24);
					errors++;
				}
				if (data12.defined !== void 0) {
					let data13 = data12.defined;
					if (typeof data13 !== "boolean") {
						const err25 = {
							instancePath: instancePath + "/emergencyPath/defined",
							schemaPath: "#/$defs/EmergencyPath/properties/defined/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema59.properties.defined.type,
							parentSchema: schema59.properties.defined,
							data: data13
						};
						if (vErrors === null) vErrors = [err25];
						else vErrors.push(err25);
						errors++;
					}
				}
				if (data12.minRings !== void 0) {
					let data14 = data12.minRings;
					if (!(typeof data14 == "number" && !(data14 % 1) && !isNaN(data14) && isFinite(data14))) {
						const err26 = {
							instancePath: instancePath + "/emergencyPath/minRings",
							schemaPath: "#/$defs/EmergencyPath/properties/minRings/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema59.properties.minRings.type,
							parentSchema: schema59.properties.minRings,
							data: data14
						};
						if (vErrors === null) vErrors = [err26];
						else vErrors.push(err26);
						errors++;
					}
					if (typeof data14 == "number" && isFinite(data14)) {
						if (data14 < 1 || isNaN(data14)) {
							const err27 = {
								instancePath: instancePath + "/emergencyPath/minRings",
								schemaPath: "#/$defs/EmergencyPath/properties/minRings/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1",
								schema: 1,
								parentSchema: schema59.properties.minRings,
								data: data14
							};
							if (vErrors === null) vErrors = [err27];
							else vErrors.push(err27);
							errors++;
						}
					}
				}
				if (data12.healthGateEnforced !== void 0) {
					let data15 = data12.healthGateEnforced;
					if (typeof data15 !== "boolean") {
						const err28 = {
							instancePath: instancePath + "/emergencyPath/healthGateEnforced",
							schemaPath: "#/$defs/EmergencyPath/properties/healthGateEnforced/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema59.properties.healthGateEnforced.type,
							parentSchema: schema59.properties.healthGateEnforced,
							data: data15
						};
						if (vErrors === null) vErrors = [err28];
						else vErrors.push(err28);
						errors++;
					}
				}
				if (data12.approvers !== void 0) {
					let data16 = data12.approvers;
					if (Array.isArray(data16)) {
						const len1 = data16.length;
						for (let i1 = 0; i1 < len1; i1++) {
							let data17 = data16[i1];
							if (typeof data17 === "string") {
								if (func2(data17) < 1) {
									const err29 = {
										instancePath: instancePath + "/emergencyPath/approvers/" + i1,
										schemaPath: "#/$defs/EmergencyPath/properties/approvers/items/minLength",
										keyword: "minLength",
										params: { limit: 1 },
										message: "must NOT have fewer than 1 characters",
										schema: 1,
										parentSchema: schema59.properties.approvers.items,
										data: data17
									};
									if (vErrors === null) vErrors = [err29];
									else vErrors.push(err29);
									errors++;
								}
							} else {
								const err30 = {
									instancePath: instancePath + "/emergencyPath/approvers/" + i1,
									schemaPath: "#/$defs/EmergencyPath/properties/approvers/items/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema59.properties.approvers.items.type,
									parentSchema: schema59.properties.approvers.items,
									data: data17
								};
								if (vErrors === null) vErrors = [err30];
								else vErrors.push(err30);
								errors++;
							}
						}
						let i2 = data16.length;
						let j0;
						if (i2 > 1) {
							const indices0 = {};
							for (; i2--;) {
								let item0 = data16[i2];
								if (typeof item0 !== "string") continue;
								if (typeof indices0[item0] == "number") {
									j0 = indices0[item0];
									const err31 = {
										instancePath: instancePath + "/emergencyPath/approvers",
										schemaPath: "#/$defs/EmergencyPath/properties/approvers/uniqueItems",
										keyword: "uniqueItems",
										params: {
											i: i2,
											j: j0
										},
										message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)",
										schema: true,
										parentSchema: schema59.properties.approvers,
										data: data16
									};
									if (vErrors === null) vErrors = [err31];
									else vErrors.push(err31);
									errors++;
									break;
								}
								indices0[item0] = i2;
							}
						}
					} else {
						const err32 = {
							instancePath: instancePath + "/emergencyPath/approvers",
							schemaPath: "#/$defs/EmergencyPath/properties/approvers/type",
							keyword: "type",
							params: { type: "array" },
							message: "must be array",
							schema: schema59.properties.approvers.type,
							parentSchema: schema59.properties.approvers,
							data: data16
						};
						if (vErrors === null) vErrors = [err32];
						else vErrors.push(err32);
						errors++;
					}
				}
			} else {
				const err33 = {
					instancePath: instancePath + "/emergencyPath",
					schemaPath: "#/$defs/EmergencyPath/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema59.type,
					parentSchema: schema59,
					data: data12
				};
				if (vErrors === null) vErrors = [err33];
				else vErrors.push(err33);
				errors++;
			}
		}
		if (data.healthGate !== void 0) {
			if (!validate35(data.healthGate, {
				instancePath: instancePath + "/healthGate",
				parentData: data,
				parentDataProperty: "healthGate",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
				errors = vErrors.length;
			}
		}
	} else {
		const err34 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema57.type,
			parentSchema: schema57,
			data
		};
		if (vErrors === null) vErrors = [err34];
		else vErrors.push(err34);
		errors++;
	}
	validate34.errors = vErrors;
	return errors === 0;
}
validate34.evaluated = {
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
		for (const key0 in data) if (!func1.call(schema48.properties, key0)) {
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
						parentSchema: schema48.properties.id,
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
					schema: schema48.properties.id.type,
					parentSchema: schema48.properties.id,
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
					schema: schema48.properties.description.type,
					parentSchema: schema48.properties.description,
					data: data1
				};
				if (vErrors === null) vErrors = [err3];
				else vErrors.push(err3);
				errors++;
			}
		}
		if (data.kind !== void 0) {
			let data2 = data.kind;
			if (typeof data2 !== "string") {
				const err4 = {
					instancePath: instancePath + "/kind",
					schemaPath: "#/properties/kind/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema48.properties.kind.type,
					parentSchema: schema48.properties.kind,
					data: data2
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
			if (!(data2 === "sensor" || data2 === "driver" || data2 === "content" || data2 === "model")) {
				const err5 = {
					instancePath: instancePath + "/kind",
					schemaPath: "#/properties/kind/enum",
					keyword: "enum",
					params: { allowedValues: schema48.properties.kind.enum },
					message: "must be equal to one of the allowed values",
					schema: schema48.properties.kind.enum,
					parentSchema: schema48.properties.kind,
					data: data2
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.category !== void 0) {
			let data3 = data.category;
			if (typeof data3 === "string") {
				if (!pattern8.test(data3)) {
					const err6 = {
						instancePath: instancePath + "/category",
						schemaPath: "#/properties/category/pattern",
						keyword: "pattern",
						params: { pattern: "^[a-z][a-z0-9_]*$" },
						message: "must match pattern \"^[a-z][a-z0-9_]*$\"",
						schema: "^[a-z][a-z0-9_]*$",
						parentSchema: schema48.properties.category,
						data: data3
					};
					if (vErrors === null) vErrors = [err6];
					else vErrors.push(err6);
					errors++;
				}
			} else {
				const err7 = {
					instancePath: instancePath + "/category",
					schemaPath: "#/properties/category/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema48.properties.category.type,
					parentSchema: schema48.properties.category,
					data: data3
				};
				if (vErrors === null) vErrors = [err7];
				else vErrors.push(err7);
				errors++;
			}
		}
		if (data.treatedAsCode !== void 0) {
			let data4 = data.treatedAsCode;
			if (typeof data4 !== "boolean") {
				const err8 = {
					instancePath: instancePath + "/treatedAsCode",
					schemaPath: "#/properties/treatedAsCode/type",
					keyword: "type",
					params: { type: "boolean" },
					message: "must be boolean",
					schema: schema48.properties.treatedAsCode.type,
					parentSchema: schema48.properties.treatedAsCode,
					data: data4
				};
				if (vErrors === null) vErrors = [err8];
				else vErrors.push(err8);
				errors++;
			}
		}
		if (data.pipelineId !== void 0) {
			let data5 = data.pipelineId;
			if (typeof data5 !== "string") {
				const err9 = {
					instancePath: instancePath + "/pipelineId",
					schemaPath: "#/properties/pipelineId/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema48.properties.pipelineId.type,
					parentSchema: schema48.properties.pipelineId,
					data: data5
				};
				if (vErrors === null) vErrors = [err9];
				else vErrors.push(err9);
				errors++;
			}
		}
		if (data.parsedIn !== void 0) {
			let data6 = data.parsedIn;
			if (typeof data6 !== "string") {
				const err10 = {
					instancePath: instancePath + "/parsedIn",
					schemaPath: "#/properties/parsedIn/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema48.properties.parsedIn.type,
					parentSchema: schema48.properties.parsedIn,
					data: data6
				};
				if (vErrors === null) vErrors = [err10];
				else vErrors.push(err10);
				errors++;
			}
			if (!(data6 === "user" || data6 === "kernel")) {
				const err11 = {
					instancePath: instancePath + "/parsedIn",
					schemaPath: "#/properties/parsedIn/enum",
					keyword: "enum",
					params: { allowedValues: schema48.properties.parsedIn.enum },
					message: "must be equal to one of the allowed values",
					schema: schema48.properties.parsedIn.enum,
					parentSchema: schema48.properties.parsedIn,
					data: data6
				};
				if (vErrors === null) vErrors = [err11];
				else vErrors.push(err11);
				errors++;
			}
		}
		if (data.schema !== void 0) {
			let data7 = data.schema;
			if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
				for (const key1 in data7) if (!(key1 === "versioned" || key1 === "parityCheck" || key1 === "compileTimeArityCheck")) {
					const err12 = {
						instancePath: instancePath + "/schema",
						schemaPath: "#/$defs/ContentSchema/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema49,
						data: data7
					};
					if (vErrors === null) vErrors = [err12];
					else vErrors.push(err12);
					errors++;
				}
				if (data7.versioned !== void 0) {
					let data8 = data7.versioned;
					if (typeof data8 !== "boolean") {
						const err13 = {
							instancePath: instancePath + "/schema/versioned",
							schemaPath: "#/$defs/ContentSchema/properties/versioned/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema49.properties.versioned.type,
							parentSchema: schema49.properties.versioned,
							data: data8
						};
						if (vErrors === null) vErrors = [err13];
						else vErrors.push(err13);
						errors++;
					}
				}
				if (data7.parityCheck !== void 0) {
					let data9 = data7.parityCheck;
					if (typeof data9 !== "string") {
						const err14 = {
							instancePath: instancePath + "/schema/parityCheck",
							schemaPath: "#/$defs/ContentSchema/properties/parityCheck/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema49.properties.parityCheck.type,
							parentSchema: schema49.properties.parityCheck,
							data: data9
						};
						if (vErrors === null) vErrors = [err14];
						else vErrors.push(err14);
						errors++;
					}
					if (!(data9 === "ci_enforced" || data9 === "manual" || data9 === "none")) {
						const err15 = {
							instancePath: instancePath + "/schema/parityCheck",
							schemaPath: "#/$defs/ContentSchema/properties/parityCheck/enum",
							keyword: "enum",
							params: { allowedValues: schema49.properties.parityCheck.enum },
							message: "must be equal to one of the allowed values",
							schema: schema49.properties.parityCheck.enum,
							parentSchema: schema49.properties.parityCheck,
							data: data9
						};
						if (vErrors === null) vErrors = [err15];
						else vErrors.push(err15);
						errors++;
					}
				}
				if (data7.compileTimeArityCheck !== void 0) {
					let data10 = data7.compileTimeArityCheck;
					if (typeof data10 !== "boolean") {
						const err16 = {
							instancePath: instancePath + "/schema/compileTimeArityCheck",
							schemaPath: "#/$defs/ContentSchema/properties/compileTimeArityCheck/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema49.properties.compileTimeArityCheck.type,
							parentSchema: schema49.properties.compileTimeArityCheck,
							data: data10
						};
						if (vErrors === null) vErrors = [err16];
						else vErrors.push(err16);
						errors++;
					}
				}
			} else {
				const err17 = {
					instancePath: instancePath + "/schema",
					schemaPath: "#/$defs/ContentSchema/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema49.type,
					parentSchema: schema49,
					data: data7
				};
				if (vErrors === null) vErrors = [err17];
				else vErrors.push(err17);
				errors++;
			}
		}
		if (data.validator !== void 0) {
			let data11 = data.validator;
			if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
				for (const key2 in data11) if (!(key2 === "runsProductionInterpreter")) {
					const err18 = {
						instancePath: instancePath + "/validator",
						schemaPath: "#/$defs/Validator/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key2 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema50,
						data: data11
					};
					if (vErrors === null) vErrors = [err18];
					else vErrors.push(err18);
					errors++;
				}
				if (data11.runsProductionInterpreter !== void 0) {
					let data12 = data11.runsProductionInterpreter;
					if (typeof data12 !== "boolean") {
						const err19 = {
							instancePath: instancePath + "/validator/runsProductionInterpreter",
							schemaPath: "#/$defs/Validator/properties/runsProductionInterpreter/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema50.properties.runsProductionInterpreter.type,
							parentSchema: schema50.properties.runsProductionInterpreter,
							data: data12
						};
						if (vErrors === null) vErrors = [err19];
						else vErrors.push(err19);
						errors++;
					}
				}
			} else {
				const err20 = {
					instancePath: instancePath + "/validator",
					schemaPath: "#/$defs/Validator/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema50.type,
					parentSchema: schema50,
					data: data11
				};
				if (vErrors === null) vErrors = [err20];
				else vErrors.push(err20);
				errors++;
			}
		}
		if (data.artifacts !== void 0) {
			let data13 = data.artifacts;
			if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
				for (const key3 in data13) if (!(key3 === "immutable")) {
					const err21 = {
						instancePath: instancePath + "/artifacts",
						schemaPath: "#/$defs/Artifacts/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key3 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema51,
						data: data13
					};
					if (vErrors === null) vErrors = [err21];
					else vErrors.push(err21);
					errors++;
				}
				if (data13.immutable !== void 0) {
					let data14 = data13.immutable;
					if (typeof data14 !== "boolean") {
						const err22 = {
							instancePath: instancePath + "/artifacts/immutable",
							schemaPath: "#/$defs/Artifacts/properties/immutable/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema51.properties.immutable.type,
							parentSchema: schema51.properties.immutable,
							data: data14
						};
						if (vErrors === null) vErrors = [err22];
						else vErrors.push(err22);
						errors++;
					}
				}
			} else {
				const err23 = {
					instancePath: instancePath + "/artifacts",
					schemaPath: "#/$defs/Artifacts/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema51.type,
					parentSchema: schema51,
					data: data13
				};
				if (vErrors === null) vErrors = [err23];
				else vErrors.push(err23);
				errors++;
			}
		}
		if (data.compatibility !== void 0) {
			if (!validate32(data.compatibility, {
				instancePath: instancePath + "/compatibility",
				parentData: data,
				parentDataProperty: "compatibility",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
				errors = vErrors.length;
			}
		}
		if (data.signing !== void 0) {
			let data16 = data.signing;
			if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
				for (const key4 in data16) if (!(key4 === "signed" || key4 === "verifiedBeforeParse" || key4 === "algorithm")) {
					const err24 = {
						instancePath: instancePath + "/signing",
						schemaPath: "#/$defs/ContentSigning/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key4 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema55,
						data: data16
					};
					if (vErrors === null) vErrors = [err24];
					else vErrors.push(err24);
					errors++;
				}
				if (data16.signed !== void 0) {
					let data17 = data16.signed;
					if (typeof data17 !== "boolean") {
						const err25 = {
							instancePath: instancePath + "/signing/signed",
							schemaPath: "#/$defs/ContentSigning/properties/signed/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema55.properties.signed.type,
							parentSchema: schema55.properties.signed,
							data: data17
						};
						if (vErrors === null) vErrors = [err25];
						else vErrors.push(err25);
						errors++;
					}
				}
				if (data16.verifiedBeforeParse !== void 0) {
					let data18 = data16.verifiedBeforeParse;
					if (typeof data18 !== "boolean") {
						const err26 = {
							instancePath: instancePath + "/signing/verifiedBeforeParse",
							schemaPath: "#/$defs/ContentSigning/properties/verifiedBeforeParse/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema55.properties.verifiedBeforeParse.type,
							parentSchema: schema55.properties.verifiedBeforeParse,
							data: data18
						};
						if (vErrors === null) vErrors = [err26];
						else vErrors.push(err26);
						errors++;
					}
				}
				if (data16.algorithm !== void 0) {
					let data19 = data16.algorithm;
					if (typeof data19 !== "string") {
						const err27 = {
							instancePath: instancePath + "/signing/algorithm",
							schemaPath: "#/$defs/ContentSigning/properties/algorithm/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema55.properties.algorithm.type,
							parentSchema: schema55.properties.algorithm,
							data: data19
						};
						if (vErrors === null) vErrors = [err27];
						else vErrors.push(err27);
						errors++;
					}
				}
			} else {
				const err28 = {
					instancePath: instancePath + "/signing",
					schemaPath: "#/$defs/ContentSigning/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema55.type,
					parentSchema: schema55,
					data: data16
				};
				if (vErrors === null) vErrors = [err28];
				else vErrors.push(err28);
				errors++;
			}
		}
		if (data.revocation !== void 0) {
			let data20 = data.revocation;
			if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
				for (const key5 in data20) if (!(key5 === "checkedBeforeLoad" || key5 === "supersededContentRemoved")) {
					const err29 = {
						instancePath: instancePath + "/revocation",
						schemaPath: "#/$defs/Revocation/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key5 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema56,
						data: data20
					};
					if (vErrors === null) vErrors = [err29];
					else vErrors.push(err29);
					errors++;
				}
				if (data20.checkedBeforeLoad !== void 0) {
					let data21 = data20.checkedBeforeLoad;
					if (typeof data21 !== "boolean") {
						const err30 = {
							instancePath: instancePath + "/revocation/checkedBeforeLoad",
							schemaPath: "#/$defs/Revocation/properties/checkedBeforeLoad/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema56.properties.checkedBeforeLoad.type,
							parentSchema: schema56.properties.checkedBeforeLoad,
							data: data21
						};
						if (vErrors === null) vErrors = [err30];
						else vErrors.push(err30);
						errors++;
					}
				}
				if (data20.supersededContentRemoved !== void 0) {
					let data22 = data20.supersededContentRemoved;
					if (typeof data22 !== "boolean") {
						const err31 = {
							instancePath: instancePath + "/revocation/supersededContentRemoved",
							schemaPath: "#/$defs/Revocation/properties/supersededContentRemoved/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema56.properties.supersededContentRemoved.type,
							parentSchema: schema56.properties.supersededContentRemoved,
							data: data22
						};
						if (vErrors === null) vErrors = [err31];
						else vErrors.push(err31);
						errors++;
					}
				}
			} else {
				const err32 = {
					instancePath: instancePath + "/revocation",
					schemaPath: "#/$defs/Revocation/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema56.type,
					parentSchema: schema56,
					data: data20
				};
				if (vErrors === null) vErrors = [err32];
				else vErrors.push(err32);
				errors++;
			}
		}
		if (data.rollout !== void 0) {
			if (!validate34(data.rollout, {
				instancePath: instancePath + "/rollout",
				parentData: data,
				parentDataProperty: "rollout",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
				errors = vErrors.length;
			}
		}
		if (data.rollback !== void 0) {
			let data24 = data.rollback;
			if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
				for (const key6 in data24) if (!(key6 === "lastKnownGood" || key6 === "maxRevertMinutes" || key6 === "testedEachRelease")) {
					const err33 = {
						instancePath: instancePath + "/rollback",
						schemaPath: "#/$defs/Rollback/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key6 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema64,
						data: data24
					};
					if (vErrors === null) vErrors = [err33];
					else vErrors.push(err33);
					errors++;
				}
				if (data24.lastKnownGood !== void 0) {
					let data25 = data24.lastKnownGood;
					if (typeof data25 !== "boolean") {
						const err34 = {
							instancePath: instancePath + "/rollback/lastKnownGood",
							schemaPath: "#/$defs/Rollback/properties/lastKnownGood/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema64.properties.lastKnownGood.type,
							parentSchema: schema64.properties.lastKnownGood,
							data: data25
						};
						if (vErrors === null) vErrors = [err34];
						else vErrors.push(err34);
						errors++;
					}
				}
				if (data24.maxRevertMinutes !== void 0) {
					let data26 = data24.maxRevertMinutes;
					if (!(typeof data26 == "number" && !(data26 % 1) && !isNaN(data26) && isFinite(data26))) {
						const err35 = {
							instancePath: instancePath + "/rollback/maxRevertMinutes",
							schemaPath: "#/$defs/Rollback/properties/maxRevertMinutes/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema64.properties.maxRevertMinutes.type,
							parentSchema: schema64.properties.maxRevertMinutes,
							data: data26
						};
						if (vErrors === null) vErrors = [err35];
						else vErrors.push(err35);
						errors++;
					}
					if (typeof data26 == "number" && isFinite(data26)) {
						if (data26 < 0 || isNaN(data26)) {
							const err36 = {
								instancePath: instancePath + "/rollback/maxRevertMinutes",
								schemaPath: "#/$defs/Rollback/properties/maxRevertMinutes/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema64.properties.maxRevertMinutes,
								data: data26
							};
							if (vErrors === null) vErrors = [err36];
							else vErrors.push(err36);
							errors++;
						}
					}
				}
				if (data24.testedEachRelease !== void 0) {
					let data27 = data24.testedEachRelease;
					if (typeof data27 !== "boolean") {
						const err37 = {
							instancePath: instancePath + "/rollback/testedEachRelease",
							schemaPath: "#/$defs/Rollback/properties/testedEachRelease/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema64.properties.testedEachRelease.type,
							parentSchema: schema64.properties.testedEachRelease,
							data: data27
						};
						if (vErrors === null) vErrors = [err37];
						else vErrors.push(err37);
						errors++;
					}
				}
			} else {
				const err38 = {
					instancePath: instancePath + "/rollback",
					schemaPath: "#/$defs/Rollback/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema64.type,
					parentSchema: schema64,
					data: data24
				};
				if (vErrors === null) vErrors = [err38];
				else vErrors.push(err38);
				errors++;
			}
		}
	} else {
		const err39 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema48.type,
			parentSchema: schema48,
			data
		};
		if (vErrors === null) vErrors = [err39];
		else vErrors.push(err39);
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
const schema65 = {
	"title": "CustomerControls",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"contentCategories": {
			"type": "array",
			"items": {
				"type": "string",
				"pattern": "^[a-z][a-z0-9_]*$"
			},
			"uniqueItems": true
		},
		"ringAssignment": {
			"type": "array",
			"items": { "$ref": "#/$defs/RingAssignment" },
			"uniqueItems": true
		},
		"pauseExemptCategories": {
			"type": "array",
			"items": {
				"type": "string",
				"pattern": "^[a-z][a-z0-9_]*$"
			},
			"uniqueItems": true
		},
		"delayHoursOptions": {
			"type": "array",
			"items": {
				"type": "integer",
				"minimum": 0
			},
			"uniqueItems": true
		},
		"contentPinning": { "type": "boolean" },
		"independentOfSensorPolicy": { "type": "boolean" },
		"sensorPinning": { "$ref": "#/$defs/SensorPinning" },
		"killSwitch": { "$ref": "#/$defs/KillSwitch" },
		"releaseNotes": { "$ref": "#/$defs/ReleaseNotes" }
	}
};
const schema66 = {
	"title": "RingAssignment",
	"type": "string",
	"enum": [
		"ea",
		"ga",
		"pause"
	]
};
const schema69 = {
	"title": "KillSwitch",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"available": { "type": "boolean" },
		"propagationMinutes": {
			"type": "integer",
			"minimum": 0
		}
	}
};
const schema70 = {
	"title": "ReleaseNotes",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"machineReadable": { "type": "boolean" },
		"feedUrl": {
			"type": "string",
			"format": "uri"
		},
		"advanceNoticeHours": {
			"type": "integer",
			"minimum": 0
		}
	}
};
const schema67 = {
	"title": "SensorPinning",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"supports": {
			"type": "array",
			"items": { "$ref": "#/$defs/SensorVersionSelector" },
			"uniqueItems": true
		},
		"revertWindowDays": {
			"type": "integer",
			"minimum": 0
		}
	}
};
const schema68 = {
	"title": "SensorVersionSelector",
	"type": "string",
	"enum": [
		"n",
		"n-1",
		"n-2",
		"pinned"
	]
};
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate40.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "supports" || key0 === "revertWindowDays")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema67,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.supports !== void 0) {
			let data0 = data.supports;
			if (Array.isArray(data0)) {
				const len0 = data0.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data1 = data0[i0];
					if (typeof data1 !== "string") {
						const err1 = {
							instancePath: instancePath + "/supports/" + i0,
							schemaPath: "#/$defs/SensorVersionSelector/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema68.type,
							parentSchema: schema68,
							data: data1
						};
						if (vErrors === null) vErrors = [err1];
						else vErrors.push(err1);
						errors++;
					}
					if (!(data1 === "n" || data1 === "n-1" || data1 === "n-2" || data1 === "pinned")) {
						const err2 = {
							instancePath: instancePath + "/supports/" + i0,
							schemaPath: "#/$defs/SensorVersionSelector/enum",
							keyword: "enum",
							params: { allowedValues: schema68.enum },
							message: "must be equal to one of the allowed values",
							schema: schema68.enum,
							parentSchema: schema68,
							data: data1
						};
						if (vErrors === null) vErrors = [err2];
						else vErrors.push(err2);
						errors++;
					}
				}
				let i1 = data0.length;
				let j0;
				if (i1 > 1) {
					outer0: for (; i1--;) for (j0 = i1; j0--;) if (func0(data0[i1], data0[j0])) {
						const err3 = {
							instancePath: instancePath + "/supports",
							schemaPath: "#/properties/supports/uniqueItems",
							keyword: "uniqueItems",
							params: {
								i: i1,
								j: j0
							},
							message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
							schema: true,
							parentSchema: schema67.properties.supports,
							data: data0
						};
						if (vErrors === null) vErrors = [err3];
						else vErrors.push(err3);
						errors++;
						break outer0;
					}
				}
			} else {
				const err4 = {
					instancePath: instancePath + "/supports",
					schemaPath: "#/properties/supports/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema67.properties.supports.type,
					parentSchema: schema67.properties.supports,
					data: data0
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
		}
		if (data.revertWindowDays !== void 0) {
			let data2 = data.revertWindowDays;
			if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
				const err5 = {
					instancePath: instancePath + "/revertWindowDays",
					schemaPath: "#/properties/revertWindowDays/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema67.properties.revertWindowDays.type,
					parentSchema: schema67.properties.revertWindowDays,
					data: data2
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
			if (typeof data2 == "number" && isFinite(data2)) {
				if (data2 < 0 || isNaN(data2)) {
					const err6 = {
						instancePath: instancePath + "/revertWindowDays",
						schemaPath: "#/properties/revertWindowDays/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema67.properties.revertWindowDays,
						data: data2
					};
					if (vErrors === null) vErrors = [err6];
					else vErrors.push(err6);
					errors++;
				}
			}
		}
	} else {
		const err7 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema67.type,
			parentSchema: schema67,
			data
		};
		if (vErrors === null) vErrors = [err7];
		else vErrors.push(err7);
		errors++;
	}
	validate40.errors = vErrors;
	return errors === 0;
}
validate40.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate39.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!func1.call(schema65.properties, key0)) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema65,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.contentCategories !== void 0) {
			let data0 = data.contentCategories;
			if (Array.isArray(data0)) {
				const len0 = data0.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data1 = data0[i0];
					if (typeof data1 === "string") {
						if (!pattern8.test(data1)) {
							const err1 = {
								instancePath: instancePath + "/contentCategories/" + i0,
								schemaPath: "#/properties/contentCategories/items/pattern",
								keyword: "pattern",
								params: { pattern: "^[a-z][a-z0-9_]*$" },
								message: "must match pattern \"^[a-z][a-z0-9_]*$\"",
								schema: "^[a-z][a-z0-9_]*$",
								parentSchema: schema65.properties.contentCategories.items,
								data: data1
							};
							if (vErrors === null) vErrors = [err1];
							else vErrors.push(err1);
							errors++;
						}
					} else {
						const err2 = {
							instancePath: instancePath + "/contentCategories/" + i0,
							schemaPath: "#/properties/contentCategories/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema65.properties.contentCategories.items.type,
							parentSchema: schema65.properties.contentCategories.items,
							data: data1
						};
						if (vErrors === null) vErrors = [err2];
						else vErrors.push(err2);
						errors++;
					}
				}
				let i1 = data0.length;
				let j0;
				if (i1 > 1) {
					const indices0 = {};
					for (; i1--;) {
						let item0 = data0[i1];
						if (typeof item0 !== "string") continue;
						if (typeof indices0[item0] == "number") {
							j0 = indices0[item0];
							const err3 = {
								instancePath: instancePath + "/contentCategories",
								schemaPath: "#/properties/contentCategories/uniqueItems",
								keyword: "uniqueItems",
								params: {
									i: i1,
									j: j0
								},
								message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
								schema: true,
								parentSchema: schema65.properties.contentCategories,
								data: data0
							};
							if (vErrors === null) vErrors = [err3];
							else vErrors.push(err3);
							errors++;
							break;
						}
						indices0[item0] = i1;
					}
				}
			} else {
				const err4 = {
					instancePath: instancePath + "/contentCategories",
					schemaPath: "#/properties/contentCategories/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema65.properties.contentCategories.type,
					parentSchema: schema65.properties.contentCategories,
					data: data0
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
		}
		if (data.ringAssignment !== void 0) {
			let data2 = data.ringAssignment;
			if (Array.isArray(data2)) {
				const len1 = data2.length;
				for (let i2 = 0; i2 < len1; i2++) {
					let data3 = data2[i2];
					if (typeof data3 !== "string") {
						const err5 = {
							instancePath: instancePath + "/ringAssignment/" + i2,
							schemaPath: "#/$defs/RingAssignment/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema66.type,
							parentSchema: schema66,
							data: data3
						};
						if (vErrors === null) vErrors = [err5];
						else vErrors.push(err5);
						errors++;
					}
					if (!(data3 === "ea" || data3 === "ga" || data3 === "pause")) {
						const err6 = {
							instancePath: instancePath + "/ringAssignment/" + i2,
							schemaPath: "#/$defs/RingAssignment/enum",
							keyword: "enum",
							params: { allowedValues: schema66.enum },
							message: "must be equal to one of the allowed values",
							schema: schema66.enum,
							parentSchema: schema66,
							data: data3
						};
						if (vErrors === null) vErrors = [err6];
						else vErrors.push(err6);
						errors++;
					}
				}
				let i3 = data2.length;
				let j1;
				if (i3 > 1) {
					outer0: for (; i3--;) for (j1 = i3; j1--;) if (func0(data2[i3], data2[j1])) {
						const err7 = {
							instancePath: instancePath + "/ringAssignment",
							schemaPath: "#/properties/ringAssignment/uniqueItems",
							keyword: "uniqueItems",
							params: {
								i: i3,
								j: j1
							},
							message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)",
							schema: true,
							parentSchema: schema65.properties.ringAssignment,
							data: data2
						};
						if (vErrors === null) vErrors = [err7];
						else vErrors.push(err7);
						errors++;
						break outer0;
					}
				}
			} else {
				const err8 = {
					instancePath: instancePath + "/ringAssignment",
					schemaPath: "#/properties/ringAssignment/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema65.properties.ringAssignment.type,
					parentSchema: schema65.properties.ringAssignment,
					data: data2
				};
				if (vErrors === null) vErrors = [err8];
				else vErrors.push(err8);
				errors++;
			}
		}
		if (data.pauseExemptCategories !== void 0) {
			let data4 = data.pauseExemptCategories;
			if (Array.isArray(data4)) {
				const len2 = data4.length;
				for (let i4 = 0; i4 < len2; i4++) {
					let data5 = data4[i4];
					if (typeof data5 === "string") {
						if (!pattern8.test(data5)) {
							const err9 = {
								instancePath: instancePath + "/pauseExemptCategories/" + i4,
								schemaPath: "#/properties/pauseExemptCategories/items/pattern",
								keyword: "pattern",
								params: { pattern: "^[a-z][a-z0-9_]*$" },
								message: "must match pattern \"^[a-z][a-z0-9_]*$\"",
								schema: "^[a-z][a-z0-9_]*$",
								parentSchema: schema65.properties.pauseExemptCategories.items,
								data: data5
							};
							if (vErrors === null) vErrors = [err9];
							else vErrors.push(err9);
							errors++;
						}
					} else {
						const err10 = {
							instancePath: instancePath + "/pauseExemptCategories/" + i4,
							schemaPath: "#/properties/pauseExemptCategories/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema65.properties.pauseExemptCategories.items.type,
							parentSchema: schema65.properties.pauseExemptCategories.items,
							data: data5
						};
						if (vErrors === null) vErrors = [err10];
						else vErrors.push(err10);
						errors++;
					}
				}
				let i5 = data4.length;
				let j2;
				if (i5 > 1) {
					const indices1 = {};
					for (; i5--;) {
						let item1 = data4[i5];
						if (typeof item1 !== "string") continue;
						if (typeof indices1[item1] == "number") {
							j2 = indices1[item1];
							const err11 = {
								instancePath: instancePath + "/pauseExemptCategories",
								schemaPath: "#/properties/pauseExemptCategories/uniqueItems",
								keyword: "uniqueItems",
								params: {
									i: i5,
									j: j2
								},
								message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)",
								schema: true,
								parentSchema: schema65.properties.pauseExemptCategories,
								data: data4
							};
							if (vErrors === null) vErrors = [err11];
							else vErrors.push(err11);
							errors++;
							break;
						}
						indices1[item1] = i5;
					}
				}
			} else {
				const err12 = {
					instancePath: instancePath + "/pauseExemptCategories",
					schemaPath: "#/properties/pauseExemptCategories/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema65.properties.pauseExemptCategories.type,
					parentSchema: schema65.properties.pauseExemptCategories,
					data: data4
				};
				if (vErrors === null) vErrors = [err12];
				else vErrors.push(err12);
				errors++;
			}
		}
		if (data.delayHoursOptions !== void 0) {
			let data6 = data.delayHoursOptions;
			if (Array.isArray(data6)) {
				const len3 = data6.length;
				for (let i6 = 0; i6 < len3; i6++) {
					let data7 = data6[i6];
					if (!(typeof data7 == "number" && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
						const err13 = {
							instancePath: instancePath + "/delayHoursOptions/" + i6,
							schemaPath: "#/properties/delayHoursOptions/items/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema65.properties.delayHoursOptions.items.type,
							parentSchema: schema65.properties.delayHoursOptions.items,
							data: data7
						};
						if (vErrors === null) vErrors = [err13];
						else vErrors.push(err13);
						errors++;
					}
					if (typeof data7 == "number" && isFinite(data7)) {
						if (data7 < 0 || isNaN(data7)) {
							const err14 = {
								instancePath: instancePath + "/delayHoursOptions/" + i6,
								schemaPath: "#/properties/delayHoursOptions/items/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema65.properties.delayHoursOptions.items,
								data: data7
							};
							if (vErrors === null) vErrors = [err14];
							else vErrors.push(err14);
							errors++;
						}
					}
				}
				let i7 = data6.length;
				let j3;
				if (i7 > 1) {
					const indices2 = {};
					for (; i7--;) {
						let item2 = data6[i7];
						if (!(typeof item2 == "number" && !(item2 % 1) && !isNaN(item2) && isFinite(item2))) continue;
						if (typeof indices2[item2] == "number") {
							j3 = indices2[item2];
							const err15 = {
								instancePath: instancePath + "/delayHoursOptions",
								schemaPath: "#/properties/delayHoursOptions/uniqueItems",
								keyword: "uniqueItems",
								params: {
									i: i7,
									j: j3
								},
								message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)",
								schema: true,
								parentSchema: schema65.properties.delayHoursOptions,
								data: data6
							};
							if (vErrors === null) vErrors = [err15];
							else vErrors.push(err15);
							errors++;
							break;
						}
						indices2[item2] = i7;
					}
				}
			} else {
				const err16 = {
					instancePath: instancePath + "/delayHoursOptions",
					schemaPath: "#/properties/delayHoursOptions/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema65.properties.delayHoursOptions.type,
					parentSchema: schema65.properties.delayHoursOptions,
					data: data6
				};
				if (vErrors === null) vErrors = [err16];
				else vErrors.push(err16);
				errors++;
			}
		}
		if (data.contentPinning !== void 0) {
			let data8 = data.contentPinning;
			if (typeof data8 !== "boolean") {
				const err17 = {
					instancePath: instancePath + "/contentPinning",
					schemaPath: "#/properties/contentPinning/type",
					keyword: "type",
					params: { type: "boolean" },
					message: "must be boolean",
					schema: schema65.properties.contentPinning.type,
					parentSchema: schema65.properties.contentPinning,
					data: data8
				};
				if (vErrors === null) vErrors = [err17];
				else vErrors.push(err17);
				errors++;
			}
		}
		if (data.independentOfSensorPolicy !== void 0) {
			let data9 = data.independentOfSensorPolicy;
			if (typeof data9 !== "boolean") {
				const err18 = {
					instancePath: instancePath + "/independentOfSensorPolicy",
					schemaPath: "#/properties/independentOfSensorPolicy/type",
					keyword: "type",
					params: { type: "boolean" },
					message: "must be boolean",
					schema: schema65.properties.independentOfSensorPolicy.type,
					parentSchema: schema65.properties.independentOfSensorPolicy,
					data: data9
				};
				if (vErrors === null) vErrors = [err18];
				else vErrors.push(err18);
				errors++;
			}
		}
		if (data.sensorPinning !== void 0) {
			if (!validate40(data.sensorPinning, {
				instancePath: instancePath + "/sensorPinning",
				parentData: data,
				parentDataProperty: "sensorPinning",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
				errors = vErrors.length;
			}
		}
		if (data.killSwitch !== void 0) {
			let data11 = data.killSwitch;
			if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
				for (const key1 in data11) if (!(key1 === "available" || key1 === "propagationMinutes")) {
					const err19 = {
						instancePath: instancePath + "/killSwitch",
						schemaPath: "#/$defs/KillSwitch/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema69,
						data: data11
					};
					if (vErrors === null) vErrors = [err19];
					else vErrors.push(err19);
					errors++;
				}
				if (data11.available !== void 0) {
					let data12 = data11.available;
					if (typeof data12 !== "boolean") {
						const err20 = {
							instancePath: instancePath + "/killSwitch/available",
							schemaPath: "#/$defs/KillSwitch/properties/available/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema69.properties.available.type,
							parentSchema: schema69.properties.available,
							data: data12
						};
						if (vErrors === null) vErrors = [err20];
						else vErrors.push(err20);
						errors++;
					}
				}
				if (data11.propagationMinutes !== void 0) {
					let data13 = data11.propagationMinutes;
					if (!(typeof data13 == "number" && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
						const err21 = {
							instancePath: instancePath + "/killSwitch/propagationMinutes",
							schemaPath: "#/$defs/KillSwitch/properties/propagationMinutes/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema69.properties.propagationMinutes.type,
							parentSchema: schema69.properties.propagationMinutes,
							data: data13
						};
						if (vErrors === null) vErrors = [err21];
						else vErrors.push(err21);
						errors++;
					}
					if (typeof data13 == "number" && isFinite(data13)) {
						if (data13 < 0 || isNaN(data13)) {
							const err22 = {
								instancePath: instancePath + "/killSwitch/propagationMinutes",
								schemaPath: "#/$defs/KillSwitch/properties/propagationMinutes/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema69.properties.propagationMinutes,
								data: data13
							};
							if (vErrors === null) vErrors = [err22];
							else vErrors.push(err22);
							errors++;
						}
					}
				}
			} else {
				const err23 = {
					instancePath: instancePath + "/killSwitch",
					schemaPath: "#/$defs/KillSwitch/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema69.type,
					parentSchema: schema69,
					data: data11
				};
				if (vErrors === null) vErrors = [err23];
				else vErrors.push(err23);
				errors++;
			}
		}
		if (data.releaseNotes !== void 0) {
			let data14 = data.releaseNotes;
			if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
				for (const key2 in data14) if (!(key2 === "machineReadable" || key2 === "feedUrl" || key2 === "advanceNoticeHours")) {
					const err24 = {
						instancePath: instancePath + "/releaseNotes",
						schemaPath: "#/$defs/ReleaseNotes/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key2 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema70,
						data: data14
					};
					if (vErrors === null) vErrors = [err24];
					else vErrors.push(err24);
					errors++;
				}
				if (data14.machineReadable !== void 0) {
					let data15 = data14.machineReadable;
					if (typeof data15 !== "boolean") {
						const err25 = {
							instancePath: instancePath + "/releaseNotes/machineReadable",
							schemaPath: "#/$defs/ReleaseNotes/properties/machineReadable/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema70.properties.machineReadable.type,
							parentSchema: schema70.properties.machineReadable,
							data: data15
						};
						if (vErrors === null) vErrors = [err25];
						else vErrors.push(err25);
						errors++;
					}
				}
				if (data14.feedUrl !== void 0) {
					let data16 = data14.feedUrl;
					if (typeof data16 === "string") {
						if (!formats10(data16)) {
							const err26 = {
								instancePath: instancePath + "/releaseNotes/feedUrl",
								schemaPath: "#/$defs/ReleaseNotes/properties/feedUrl/format",
								keyword: "format",
								params: { format: "uri" },
								message: "must match format \"uri\"",
								schema: "uri",
								parentSchema: schema70.properties.feedUrl,
								data: data16
							};
							if (vErrors === null) vErrors = [err26];
							else vErrors.push(err26);
							errors++;
						}
					} else {
						const err27 = {
							instancePath: instancePath + "/releaseNotes/feedUrl",
							schemaPath: "#/$defs/ReleaseNotes/properties/feedUrl/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema70.properties.feedUrl.type,
							parentSchema: schema70.properties.feedUrl,
							data: data16
						};
						if (vErrors === null) vErrors = [err27];
						else vErrors.push(err27);
						errors++;
					}
				}
				if (data14.advanceNoticeHours !== void 0) {
					let data17 = data14.advanceNoticeHours;
					if (!(typeof data17 == "number" && !(data17 % 1) && !isNaN(data17) && isFinite(data17))) {
						const err28 = {
							instancePath: instancePath + "/releaseNotes/advanceNoticeHours",
							schemaPath: "#/$defs/ReleaseNotes/properties/advanceNoticeHours/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema70.properties.advanceNoticeHours.type,
							parentSchema: schema70.properties.advanceNoticeHours,
							data: data17
						};
						if (vErrors === null) vErrors = [err28];
						else vErrors.push(err28);
						errors++;
					}
					if (typeof data17 == "number" && isFinite(data17)) {
						if (data17 < 0 || isNaN(data17)) {
							const err29 = {
								instancePath: instancePath + "/releaseNotes/advanceNoticeHours",
								schemaPath: "#/$defs/ReleaseNotes/properties/advanceNoticeHours/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema70.properties.advanceNoticeHours,
								data: data17
							};
							if (vErrors === null) vErrors = [err29];
							else vErrors.push(err29);
							errors++;
						}
					}
				}
			} else {
				const err30 = {
					instancePath: instancePath + "/releaseNotes",
					schemaPath: "#/$defs/ReleaseNotes/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema70.type,
					parentSchema: schema70,
					data: data14
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
			schema: schema65.type,
			parentSchema: schema65,
			data
		};
		if (vErrors === null) vErrors = [err31];
		else vErrors.push(err31);
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
const schema71 = {
	"title": "Testing",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"platformMatrix": { "$ref": "#/$defs/PlatformMatrix" },
		"content": { "$ref": "#/$defs/ContentTesting" },
		"fuzzing": { "$ref": "#/$defs/Fuzzing" },
		"faultInjection": { "$ref": "#/$defs/FaultInjection" },
		"sast": { "type": "boolean" },
		"sanitizers": {
			"type": "array",
			"items": {
				"type": "string",
				"enum": [
					"asan",
					"ubsan",
					"kasan",
					"msan",
					"tsan",
					"driver_verifier"
				]
			},
			"uniqueItems": true
		}
	}
};
const schema72 = {
	"title": "PlatformMatrix",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"coveragePct": {
			"type": "number",
			"minimum": 0,
			"maximum": 100
		},
		"includesPreviousDistroRelease": { "type": "boolean" },
		"preReleaseBuilds": {
			"type": "array",
			"items": {
				"type": "string",
				"enum": [
					"windows_insider_canary",
					"windows_insider_dev",
					"windows_insider_beta",
					"windows_release_preview",
					"windows_preview_updates",
					"windows_server_insider",
					"rhel_beta",
					"centos_stream",
					"debian_testing",
					"ubuntu_proposed",
					"ubuntu_devel",
					"sles_beta",
					"fedora_rawhide",
					"kernel_rc",
					"macos_developer_beta",
					"macos_public_beta"
				]
			},
			"uniqueItems": true
		}
	}
};
const schema73 = {
	"title": "ContentTesting",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"e2eRealOs": { "type": "boolean" },
		"rebootCycles": {
			"type": "integer",
			"minimum": 0
		},
		"platformCoveragePct": {
			"type": "number",
			"minimum": 0,
			"maximum": 100
		},
		"nonWildcardFieldCoveragePct": {
			"type": "number",
			"minimum": 0,
			"maximum": 100
		}
	}
};
const schema74 = {
	"title": "Fuzzing",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"continuous": { "type": "boolean" },
		"engines": {
			"type": "array",
			"items": { "type": "string" },
			"uniqueItems": true
		},
		"targets": {
			"type": "array",
			"items": { "type": "string" },
			"uniqueItems": true
		}
	}
};
const schema75 = {
	"title": "FaultInjection",
	"type": "object",
	"additionalProperties": false,
	"properties": { "cases": {
		"type": "array",
		"items": {
			"type": "string",
			"enum": [
				"truncated",
				"zero_filled",
				"extra_fields",
				"missing_fields",
				"wrong_schema_version",
				"out_of_range_values",
				"bit_flips"
			]
		},
		"uniqueItems": true
	} }
};
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate43.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "platformMatrix" || key0 === "content" || key0 === "fuzzing" || key0 === "faultInjection" || key0 === "sast" || key0 === "sanitizers")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema71,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.platformMatrix !== void 0) {
			let data0 = data.platformMatrix;
			if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
				for (const key1 in data0) if (!(key1 === "coveragePct" || key1 === "includesPreviousDistroRelease" || key1 === "preReleaseBuilds")) {
					const err1 = {
						instancePath: instancePath + "/platformMatrix",
						schemaPath: "#/$defs/PlatformMatrix/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema72,
						data: data0
					};
					if (vErrors === null) vErrors = [err1];
					else vErrors.push(err1);
					errors++;
				}
				if (data0.coveragePct !== void 0) {
					let data1 = data0.coveragePct;
					if (typeof data1 == "number" && isFinite(data1)) {
						if (data1 > 100 || isNaN(data1)) {
							const err2 = {
								instancePath: instancePath + "/platformMatrix/coveragePct",
								schemaPath: "#/$defs/PlatformMatrix/properties/coveragePct/maximum",
								keyword: "maximum",
								params: {
									comparison: "<=",
									limit: 100
								},
								message: "must be <= 100",
								schema: 100,
								parentSchema: schema72.properties.coveragePct,
								data: data1
							};
							if (vErrors === null) vErrors = [err2];
							else vErrors.push(err2);
							errors++;
						}
						if (data1 < 0 || isNaN(data1)) {
							const err3 = {
								instancePath: instancePath + "/platformMatrix/coveragePct",
								schemaPath: "#/$defs/PlatformMatrix/properties/coveragePct/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema72.properties.coveragePct,
								data: data1
							};
							if (vErrors === null) vErrors = [err3];
							else vErrors.push(err3);
							errors++;
						}
					} else {
						const err4 = {
							instancePath: instancePath + "/platformMatrix/coveragePct",
							schemaPath: "#/$defs/PlatformMatrix/properties/coveragePct/type",
							keyword: "type",
							params: { type: "number" },
							message: "must be number",
							schema: schema72.properties.coveragePct.type,
							parentSchema: schema72.properties.coveragePct,
							data: data1
						};
						if (vErrors === null) vErrors = [err4];
						else vErrors.push(err4);
						errors++;
					}
				}
				if (data0.includesPreviousDistroRelease !== void 0) {
					let data2 = data0.includesPreviousDistroRelease;
					if (typeof data2 !== "boolean") {
						const err5 = {
							instancePath: instancePath + "/platformMatrix/includesPreviousDistroRelease",
							schemaPath: "#/$defs/PlatformMatrix/properties/includesPreviousDistroRelease/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema72.properties.includesPreviousDistroRelease.type,
							parentSchema: schema72.properties.includesPreviousDistroRelease,
							data: data2
						};
						if (vErrors === null) vErrors = [err5];
						else vErrors.push(err5);
						errors++;
					}
				}
				if (data0.preReleaseBuilds !== void 0) {
					let data3 = data0.preReleaseBuilds;
					if (Array.isArray(data3)) {
						const len0 = data3.length;
						for (let i0 = 0; i0 < len0; i0++) {
							let data4 = data3[i0];
							if (typeof data4 !== "string") {
								const err6 = {
									instancePath: instancePath + "/platformMatrix/preReleaseBuilds/" + i0,
									schemaPath: "#/$defs/PlatformMatrix/properties/preReleaseBuilds/items/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema72.properties.preReleaseBuilds.items.type,
									parentSchema: schema72.properties.preReleaseBuilds.items,
									data: data4
								};
								if (vErrors === null) vErrors = [err6];
								else vErrors.push(err6);
								errors++;
							}
							if (!(data4 === "windows_insider_canary" || data4 === "windows_insider_dev" || data4 === "windows_insider_beta" || data4 === "windows_release_preview" || data4 === "windows_preview_updates" || data4 === "windows_server_insider" || data4 === "rhel_beta" || data4 === "centos_stream" || data4 === "debian_testing" || data4 === "ubuntu_proposed" || data4 === "ubuntu_devel" || data4 === "sles_beta" || data4 === "fedora_rawhide" || data4 === "kernel_rc" || data4 === "macos_developer_beta" || data4 === "macos_public_beta")) {
								const err7 = {
									instancePath: instancePath + "/platformMatrix/preReleaseBuilds/" + i0,
									schemaPath: "#/$defs/PlatformMatrix/properties/preReleaseBuilds/items/enum",
									keyword: "enum",
									params: { allowedValues: schema72.properties.preReleaseBuilds.items.enum },
									message: "must be equal to one of the allowed values",
									schema: schema72.properties.preReleaseBuilds.items.enum,
									parentSchema: schema72.properties.preReleaseBuilds.items,
									data: data4
								};
								if (vErrors === null) vErrors = [err7];
								else vErrors.push(err7);
								errors++;
							}
						}
						let i1 = data3.length;
						let j0;
						if (i1 > 1) {
							const indices0 = {};
							for (; i1--;) {
								let item0 = data3[i1];
								if (typeof item0 !== "string") continue;
								if (typeof indices0[item0] == "number") {
									j0 = indices0[item0];
									const err8 = {
										instancePath: instancePath + "/platformMatrix/preReleaseBuilds",
										schemaPath: "#/$defs/PlatformMatrix/properties/preReleaseBuilds/uniqueItems",
										keyword: "uniqueItems",
										params: {
											i: i1,
											j: j0
										},
										message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
										schema: true,
										parentSchema: schema72.properties.preReleaseBuilds,
										data: data3
									};
									if (vErrors === null) vErrors = [err8];
									else vErrors.push(err8);
									errors++;
									break;
								}
								indices0[item0] = i1;
							}
						}
					} else {
						const err9 = {
							instancePath: instancePath + "/platformMatrix/preReleaseBuilds",
							schemaPath: "#/$defs/PlatformMatrix/properties/preReleaseBuilds/type",
							keyword: "type",
							params: { type: "array" },
							message: "must be array",
							schema: schema72.properties.preReleaseBuilds.type,
							parentSchema: schema72.properties.preReleaseBuilds,
							data: data3
						};
						if (vErrors === null) vErrors = [err9];
						else vErrors.push(err9);
						errors++;
					}
				}
			} else {
				const err10 = {
					instancePath: instancePath + "/platformMatrix",
					schemaPath: "#/$defs/PlatformMatrix/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema72.type,
					parentSchema: schema72,
					data: data0
				};
				if (vErrors === null) vErrors = [err10];
				else vErrors.push(err10);
				errors++;
			}
		}
		if (data.content !== void 0) {
			let data5 = data.content;
			if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
				for (const key2 in data5) if (!(key2 === "e2eRealOs" || key2 === "rebootCycles" || key2 === "platformCoveragePct" || key2 === "nonWildcardFieldCoveragePct")) {
					const err11 = {
						instancePath: instancePath + "/content",
						schemaPath: "#/$defs/ContentTesting/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key2 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema73,
						data: data5
					};
					if (vErrors === null) vErrors = [err11];
					else vErrors.push(err11);
					errors++;
				}
				if (data5.e2eRealOs !== void 0) {
					let data6 = data5.e2eRealOs;
					if (typeof data6 !== "boolean") {
						const err12 = {
							instancePath: instancePath + "/content/e2eRealOs",
							schemaPath: "#/$defs/ContentTesting/properties/e2eRealOs/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema73.properties.e2eRealOs.type,
							parentSchema: schema73.properties.e2eRealOs,
							data: data6
						};
						if (vErrors === null) vErrors = [err12];
						else vErrors.push(err12);
						errors++;
					}
				}
				if (data5.rebootCycles !== void 0) {
					let data7 = data5.rebootCycles;
					if (!(typeof data7 == "number" && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
						const err13 = {
							instancePath: instancePath + "/content/rebootCycles",
							schemaPath: "#/$defs/ContentTesting/properties/rebootCycles/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema73.properties.rebootCycles.type,
							parentSchema: schema73.properties.rebootCycles,
							data: data7
						};
						if (vErrors === null) vErrors = [err13];
						else vErrors.push(err13);
						errors++;
					}
					if (typeof data7 == "number" && isFinite(data7)) {
						if (data7 < 0 || isNaN(data7)) {
							const err14 = {
								instancePath: instancePath + "/content/rebootCycles",
								schemaPath: "#/$defs/ContentTesting/properties/rebootCycles/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema73.properties.rebootCycles,
								data: data7
							};
							if (vErrors === null) vErrors = [err14];
							else vErrors.push(err14);
							errors++;
						}
					}
				}
				if (data5.platformCoveragePct !== void 0) {
					let data8 = data5.platformCoveragePct;
					if (typeof data8 == "number" && isFinite(data8)) {
						if (data8 > 100 || isNaN(data8)) {
							const err15 = {
								instancePath: instancePath + "/content/platformCoveragePct",
								schemaPath: "#/$defs/ContentTesting/properties/platformCoveragePct/maximum",
								keyword: "maximum",
								params: {
									comparison: "<=",
									limit: 100
								},
								message: "must be <= 100",
								schema: 100,
								parentSchema: schema73.properties.platformCoveragePct,
								data: data8
							};
							if (vErrors === null) vErrors = [err15];
							else vErrors.push(err15);
							errors++;
						}
						if (data8 < 0 || isNaN(data8)) {
							const err16 = {
								instancePath: instancePath + "/content/platformCoveragePct",
								schemaPath: "#/$defs/ContentTesting/properties/platformCoveragePct/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema73.properties.platformCoveragePct,
								data: data8
							};
							if (vErrors === null) vErrors = [err16];
							else vErrors.push(err16);
							errors++;
						}
					} else {
						const err17 = {
							instancePath: instancePath + "/content/platformCoveragePct",
							schemaPath: "#/$defs/ContentTesting/properties/platformCoveragePct/type",
							keyword: "type",
							params: { type: "number" },
							message: "must be number",
							schema: schema73.properties.platformCoveragePct.type,
							parentSchema: schema73.properties.platformCoveragePct,
							data: data8
						};
						if (vErrors === null) vErrors = [err17];
						else vErrors.push(err17);
						errors++;
					}
				}
				if (data5.nonWildcardFieldCoveragePct !== void 0) {
					let data9 = data5.nonWildcardFieldCoveragePct;
					if (typeof data9 == "number" && isFinite(data9)) {
						if (data9 > 100 || isNaN(data9)) {
							const err18 = {
								instancePath: instancePath + "/content/nonWildcardFieldCoveragePct",
								schemaPath: "#/$defs/ContentTesting/properties/nonWildcardFieldCoveragePct/maximum",
								keyword: "maximum",
								params: {
									comparison: "<=",
									limit: 100
								},
								message: "must be <= 100",
								schema: 100,
								parentSchema: schema73.properties.nonWildcardFieldCoveragePct,
								data: data9
							};
							if (vErrors === null) vErrors = [err18];
							else vErrors.push(err18);
							errors++;
						}
						if (data9 < 0 || isNaN(data9)) {
							const err19 = {
								instancePath: instancePath + "/content/nonWildcardFieldCoveragePct",
								schemaPath: "#/$defs/ContentTesting/properties/nonWildcardFieldCoveragePct/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema73.properties.nonWildcardFieldCoveragePct,
								data: data9
							};
							if (vErrors === null) vErrors = [err19];
							else vErrors.push(err19);
							errors++;
						}
					} else {
						const err20 = {
							instancePath: instancePath + "/content/nonWildcardFieldCoveragePct",
							schemaPath: "#/$defs/ContentTesting/properties/nonWildcardFieldCoveragePct/type",
							keyword: "type",
							params: { type: "number" },
							message: "must be number",
							schema: schema73.properties.nonWildcardFieldCoveragePct.type,
							parentSchema: schema73.properties.nonWildcardFieldCoveragePct,
							data: data9
						};
						if (vErrors === null) vErrors = [err20];
						else vErrors.push(err20);
						errors++;
					}
				}
			} else {
				const err21 = {
					instancePath: instancePath + "/content",
					schemaPath: "#/$defs/ContentTesting/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema73.type,
					parentSchema: schema73,
					data: data5
				};
				if (vErrors === null) vErrors = [err21];
				else vErrors.push(err21);
				errors++;
			}
		}
		if (data.fuzzing !== void 0) {
			let data10 = data.fuzzing;
			if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
				for (const key3 in data10) if (!(key3 === "continuous" || key3 === "engines" || key3 === "targets")) {
					const err22 = {
						instancePath: instancePath + "/fuzzing",
						schemaPath: "#/$defs/Fuzzing/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key3 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema74,
						data: data10
					};
					if (vErrors === null) vErrors = [err22];
					else vErrors.push(err22);
					errors++;
				}
				if (data10.continuous !== void 0) {
					let data11 = data10.continuous;
					if (typeof data11 !== "boolean") {
						const err23 = {
							instancePath: instancePath + "/fuzzing/continuous",
							schemaPath: "#/$defs/Fuzzing/properties/continuous/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema74.properties.continuous.type,
							parentSchema: schema74.properties.continuous,
							data: data11
						};
						if (vErrors === null) vErrors = [err23];
						else vErrors.push(err23);
						errors++;
					}
				}
				if (data10.engines !== void 0) {
					let data12 = data10.engines;
					if (Array.isArray(data12)) {
						const len1 = data12.length;
						for (let i2 = 0; i2 < len1; i2++) {
							let data13 = data12[i2];
							if (typeof data13 !== "string") {
								const err24 = {
									instancePath: instancePath + "/fuzzing/engines/" + i2,
									schemaPath: "#/$defs/Fuzzing/properties/engines/items/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema74.properties.engines.items.type,
									parentSchema: schema74.properties.engines.items,
									data: data13
								};
								if (vErrors === null) vErrors = [err24];
								else vErrors.push(err24);
								errors++;
							}
						}
						let i3 = data12.length;
						let j1;
						if (i3 > 1) {
							const indices1 = {};
							for (; i3--;) {
								let item1 = data12[i3];
								if (typeof item1 !== "string") continue;
								if (typeof indices1[item1] == "number") {
									j1 = indices1[item1];
									const err25 = {
										instancePath: instancePath + "/fuzzing/engines",
										schemaPath: "#/$defs/Fuzzing/properties/engines/uniqueItems",
										keyword: "uniqueItems",
										params: {
											i: i3,
											j: j1
										},
										message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)",
										schema: true,
										parentSchema: schema74.properties.engines,
										data: data12
									};
									if (vErrors === null) vErrors = [err25];
									else vErrors.push(err25);
									errors++;
									break;
								}
								indices1[item1] = i3;
							}
						}
					} else {
						const err26 = {
							instancePath: instancePath + "/fuzzing/engines",
							schemaPath: "#/$defs/Fuzzing/properties/engines/type",
							keyword: "type",
							params: { type: "array" },
							message: "must be array",
							schema: schema74.properties.engines.type,
							parentSchema: schema74.properties.engines,
							data: data12
						};
						if (vErrors === null) vErrors = [err26];
						else vErrors.push(err26);
						errors++;
					}
				}
				if (data10.targets !== void 0) {
					let data14 = data10.targets;
					if (Array.isArray(data14)) {
						const len2 = data14.length;
						for (let i4 = 0; i4 < len2; i4++) {
							let data15 = data14[i4];
							if (typeof data15 !== "string") {
								const err27 = {
									instancePath: instancePath + "/fuzzing/targets/" + i4,
									schemaPath: "#/$defs/Fuzzing/properties/targets/items/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema74.properties.targets.items.type,
									parentSchema: schema74.properties.targets.items,
									data: data15
								};
								if (vErrors === null) vErrors = [err27];
								else vErrors.push(err27);
								errors++;
							}
						}
						let i5 = data14.length;
						let j2;
						if (i5 > 1) {
							const indices2 = {};
							for (; i5--;) {
								let item2 = data14[i5];
								if (typeof item2 !== "string") continue;
								if (typeof indices2[item2] == "number") {
									j2 = indices2[item2];
									const err28 = {
										instancePath: instancePath + "/fuzzing/targets",
										schemaPath: "#/$defs/Fuzzing/properties/targets/uniqueItems",
										keyword: "uniqueItems",
										params: {
											i: i5,
											j: j2
										},
										message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)",
										schema: true,
										parentSchema: schema74.properties.targets,
										data: data14
									};
									if (vErrors === null) vErrors = [err28];
									else vErrors.push(err28);
									errors++;
									break;
								}
								indices2[item2] = i5;
							}
						}
					} else {
						const err29 = {
							instancePath: instancePath + "/fuzzing/targets",
							schemaPath: "#/$defs/Fuzzing/properties/targets/type",
							keyword: "type",
							params: { type: "array" },
							message: "must be array",
							schema: schema74.properties.targets.type,
							parentSchema: schema74.properties.targets,
							data: data14
						};
						if (vErrors === null) vErrors = [err29];
						else vErrors.push(err29);
						errors++;
					}
				}
			} else {
				const err30 = {
					instancePath: instancePath + "/fuzzing",
					schemaPath: "#/$defs/Fuzzing/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema74.type,
					parentSchema: schema74,
					data: data10
				};
				if (vErrors === null) vErrors = [err30];
				else vErrors.push(err30);
				errors++;
			}
		}
		if (data.faultInjection !== void 0) {
			let data16 = data.faultInjection;
			if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
				for (const key4 in data16) if (!(key4 === "cases")) {
					const err31 = {
						instancePath: instancePath + "/faultInjection",
						schemaPath: "#/$defs/FaultInjection/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key4 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema75,
						data: data16
					};
					if (vErrors === null) vErrors = [err31];
					else vErrors.push(err31);
					errors++;
				}
				if (data16.cases !== void 0) {
					let data17 = data16.cases;
					if (Array.isArray(data17)) {
						const len3 = data17.length;
						for (let i6 = 0; i6 < len3; i6++) {
							let data18 = data17[i6];
							if (typeof data18 !== "string") {
								const err32 = {
									instancePath: instancePath + "/faultInjection/cases/" + i6,
									schemaPath: "#/$defs/FaultInjection/properties/cases/items/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema75.properties.cases.items.type,
									parentSchema: schema75.properties.cases.items,
									data: data18
								};
								if (vErrors === null) vErrors = [err32];
								else vErrors.push(err32);
								errors++;
							}
							if (!(data18 === "truncated" || data18 === "zero_filled" || data18 === "extra_fields" || data18 === "missing_fields" || data18 === "wrong_schema_version" || data18 === "out_of_range_values" || data18 === "bit_flips")) {
								const err33 = {
									instancePath: instancePath + "/faultInjection/cases/" + i6,
									schemaPath: "#/$defs/FaultInjection/properties/cases/items/enum",
									keyword: "enum",
									params: { allowedValues: schema75.properties.cases.items.enum },
									message: "must be equal to one of the allowed values",
									schema: schema75.properties.cases.items.enum,
									parentSchema: schema75.properties.cases.items,
									data: data18
								};
								if (vErrors === null) vErrors = [err33];
								else vErrors.push(err33);
								errors++;
							}
						}
						let i7 = data17.length;
						let j3;
						if (i7 > 1) {
							const indices3 = {};
							for (; i7--;) {
								let item3 = data17[i7];
								if (typeof item3 !== "string") continue;
								if (typeof indices3[item3] == "number") {
									j3 = indices3[item3];
									const err34 = {
										instancePath: instancePath + "/faultInjection/cases",
										schemaPath: "#/$defs/FaultInjection/properties/cases/uniqueItems",
										keyword: "uniqueItems",
										params: {
											i: i7,
											j: j3
										},
										message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)",
										schema: true,
										parentSchema: schema75.properties.cases,
										data: data17
									};
									if (vErrors === null) vErrors = [err34];
									else vErrors.push(err34);
									errors++;
									break;
								}
								indices3[item3] = i7;
							}
						}
					} else {
						const err35 = {
							instancePath: instancePath + "/faultInjection/cases",
							schemaPath: "#/$defs/FaultInjection/properties/cases/type",
							keyword: "type",
							params: { type: "array" },
							message: "must be array",
							schema: schema75.properties.cases.type,
							parentSchema: schema75.properties.cases,
							data: data17
						};
						if (vErrors === null) vErrors = [err35];
						else vErrors.push(err35);
						errors++;
					}
				}
			} else {
				const err36 = {
					instancePath: instancePath + "/faultInjection",
					schemaPath: "#/$defs/FaultInjection/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema75.type,
					parentSchema: schema75,
					data: data16
				};
				if (vErrors === null) vErrors = [err36];
				else vErrors.push(err36);
				errors++;
			}
		}
		if (data.sast !== void 0) {
			let data19 = data.sast;
			if (typeof data19 !== "boolean") {
				const err37 = {
					instancePath: instancePath + "/sast",
					schemaPath: "#/properties/sast/type",
					keyword: "type",
					params: { type: "boolean" },
					message: "must be boolean",
					schema: schema71.properties.sast.type,
					parentSchema: schema71.properties.sast,
					data: data19
				};
				if (vErrors === null) vErrors = [err37];
				else vErrors.push(err37);
				errors++;
			}
		}
		if (data.sanitizers !== void 0) {
			let data20 = data.sanitizers;
			if (Array.isArray(data20)) {
				const len4 = data20.length;
				for (let i8 = 0; i8 < len4; i8++) {
					let data21 = data20[i8];
					if (typeof data21 !== "string") {
						const err38 = {
							instancePath: instancePath + "/sanitizers/" + i8,
							schemaPath: "#/properties/sanitizers/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema71.properties.sanitizers.items.type,
							parentSchema: schema71.properties.sanitizers.items,
							data: data21
						};
						if (vErrors === null) vErrors = [err38];
						else vErrors.push(err38);
						errors++;
					}
					if (!(data21 === "asan" || data21 === "ubsan" || data21 === "kasan" || data21 === "msan" || data21 === "tsan" || data21 === "driver_verifier")) {
						const err39 = {
							instancePath: instancePath + "/sanitizers/" + i8,
							schemaPath: "#/properties/sanitizers/items/enum",
							keyword: "enum",
							params: { allowedValues: schema71.properties.sanitizers.items.enum },
							message: "must be equal to one of the allowed values",
							schema: schema71.properties.sanitizers.items.enum,
							parentSchema: schema71.properties.sanitizers.items,
							data: data21
						};
						if (vErrors === null) vErrors = [err39];
						else vErrors.push(err39);
						errors++;
					}
				}
				let i9 = data20.length;
				let j4;
				if (i9 > 1) {
					const indices4 = {};
					for (; i9--;) {
						let item4 = data20[i9];
						if (typeof item4 !== "string") continue;
						if (typeof indices4[item4] == "number") {
							j4 = indices4[item4];
							const err40 = {
								instancePath: instancePath + "/sanitizers",
								schemaPath: "#/properties/sanitizers/uniqueItems",
								keyword: "uniqueItems",
								params: {
									i: i9,
									j: j4
								},
								message: "must NOT have duplicate items (items ## " + j4 + " and " + i9 + " are identical)",
								schema: true,
								parentSchema: schema71.properties.sanitizers,
								data: data20
							};
							if (vErrors === null) vErrors = [err40];
							else vErrors.push(err40);
							errors++;
							break;
						}
						indices4[item4] = i9;
					}
				}
			} else {
				const err41 = {
					instancePath: instancePath + "/sanitizers",
					schemaPath: "#/properties/sanitizers/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema71.properties.sanitizers.type,
					parentSchema: schema71.properties.sanitizers,
					data: data20
				};
				if (vErrors === null) vErrors = [err41];
				else vErrors.push(err41);
				errors++;
			}
		}
	} else {
		const err42 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema71.type,
			parentSchema: schema71,
			data
		};
		if (vErrors === null) vErrors = [err42];
		else vErrors.push(err42);
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
const schema77 = {
	"title": "Recovery",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"crashLoopBreaker": { "$ref": "#/$defs/CrashLoopBreaker" },
		"remoteRecovery": {
			"type": "array",
			"items": {
				"type": "string",
				"enum": [
					"windows_qmr_compatible",
					"agent_safe_mode",
					"network_revocation_pre_load",
					"boot_policy_disable"
				]
			},
			"uniqueItems": true
		}
	}
};
const schema78 = {
	"title": "CrashLoopBreaker",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"enabled": { "type": "boolean" },
		"threshold": {
			"type": "integer",
			"minimum": 1
		},
		"action": {
			"type": "string",
			"enum": [
				"boot_without_new_content",
				"reduced_functionality",
				"disable_agent",
				"none"
			]
		},
		"skipsNewContent": { "type": "boolean" }
	}
};
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate45.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "crashLoopBreaker" || key0 === "remoteRecovery")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema77,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.crashLoopBreaker !== void 0) {
			let data0 = data.crashLoopBreaker;
			if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
				for (const key1 in data0) if (!(key1 === "enabled" || key1 === "threshold" || key1 === "action" || key1 === "skipsNewContent")) {
					const err1 = {
						instancePath: instancePath + "/crashLoopBreaker",
						schemaPath: "#/$defs/CrashLoopBreaker/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema78,
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
							instancePath: instancePath + "/crashLoopBreaker/enabled",
							schemaPath: "#/$defs/CrashLoopBreaker/properties/enabled/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema78.properties.enabled.type,
							parentSchema: schema78.properties.enabled,
							data: data1
						};
						if (vErrors === null) vErrors = [err2];
						else vErrors.push(err2);
						errors++;
					}
				}
				if (data0.threshold !== void 0) {
					let data2 = data0.threshold;
					if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
						const err3 = {
							instancePath: instancePath + "/crashLoopBreaker/threshold",
							schemaPath: "#/$defs/CrashLoopBreaker/properties/threshold/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema78.properties.threshold.type,
							parentSchema: schema78.properties.threshold,
							data: data2
						};
						if (vErrors === null) vErrors = [err3];
						else vErrors.push(err3);
						errors++;
					}
					if (typeof data2 == "number" && isFinite(data2)) {
						if (data2 < 1 || isNaN(data2)) {
							const err4 = {
								instancePath: instancePath + "/crashLoopBreaker/threshold",
								schemaPath: "#/$defs/CrashLoopBreaker/properties/threshold/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1",
								schema: 1,
								parentSchema: schema78.properties.threshold,
								data: data2
							};
							if (vErrors === null) vErrors = [err4];
							else vErrors.push(err4);
							errors++;
						}
					}
				}
				if (data0.action !== void 0) {
					let data3 = data0.action;
					if (typeof data3 !== "string") {
						const err5 = {
							instancePath: instancePath + "/crashLoopBreaker/action",
							schemaPath: "#/$defs/CrashLoopBreaker/properties/action/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema78.properties.action.type,
							parentSchema: schema78.properties.action,
							data: data3
						};
						if (vErrors === null) vErrors = [err5];
						else vErrors.push(err5);
						errors++;
					}
					if (!(data3 === "boot_without_new_content" || data3 === "reduced_functionality" || data3 === "disable_agent" || data3 === "none")) {
						const err6 = {
							instancePath: instancePath + "/crashLoopBreaker/action",
							schemaPath: "#/$defs/CrashLoopBreaker/properties/action/enum",
							keyword: "enum",
							params: { allowedValues: schema78.properties.action.enum },
							message: "must be equal to one of the allowed values",
							schema: schema78.properties.action.enum,
							parentSchema: schema78.properties.action,
							data: data3
						};
						if (vErrors === null) vErrors = [err6];
						else vErrors.push(err6);
						errors++;
					}
				}
				if (data0.skipsNewContent !== void 0) {
					let data4 = data0.skipsNewContent;
					if (typeof data4 !== "boolean") {
						const err7 = {
							instancePath: instancePath + "/crashLoopBreaker/skipsNewContent",
							schemaPath: "#/$defs/CrashLoopBreaker/properties/skipsNewContent/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema78.properties.skipsNewContent.type,
							parentSchema: schema78.properties.skipsNewContent,
							data: data4
						};
						if (vErrors === null) vErrors = [err7];
						else vErrors.push(err7);
						errors++;
					}
				}
			} else {
				const err8 = {
					instancePath: instancePath + "/crashLoopBreaker",
					schemaPath: "#/$defs/CrashLoopBreaker/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema78.type,
					parentSchema: schema78,
					data: data0
				};
				if (vErrors === null) vErrors = [err8];
				else vErrors.push(err8);
				errors++;
			}
		}
		if (data.remoteRecovery !== void 0) {
			let data5 = data.remoteRecovery;
			if (Array.isArray(data5)) {
				const len0 = data5.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data6 = data5[i0];
					if (typeof data6 !== "string") {
						const err9 = {
							instancePath: instancePath + "/remoteRecovery/" + i0,
							schemaPath: "#/properties/remoteRecovery/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema77.properties.remoteRecovery.items.type,
							parentSchema: schema77.properties.remoteRecovery.items,
							data: data6
						};
						if (vErrors === null) vErrors = [err9];
						else vErrors.push(err9);
						errors++;
					}
					if (!(data6 === "windows_qmr_compatible" || data6 === "agent_safe_mode" || data6 === "network_revocation_pre_load" || data6 === "boot_policy_disable")) {
						const err10 = {
							instancePath: instancePath + "/remoteRecovery/" + i0,
							schemaPath: "#/properties/remoteRecovery/items/enum",
							keyword: "enum",
							params: { allowedValues: schema77.properties.remoteRecovery.items.enum },
							message: "must be equal to one of the allowed values",
							schema: schema77.properties.remoteRecovery.items.enum,
							parentSchema: schema77.properties.remoteRecovery.items,
							data: data6
						};
						if (vErrors === null) vErrors = [err10];
						else vErrors.push(err10);
						errors++;
					}
				}
				let i1 = data5.length;
				let j0;
				if (i1 > 1) {
					const indices0 = {};
					for (; i1--;) {
						let item0 = data5[i1];
						if (typeof item0 !== "string") continue;
						if (typeof indices0[item0] == "number") {
							j0 = indices0[item0];
							const err11 = {
								instancePath: instancePath + "/remoteRecovery",
								schemaPath: "#/properties/remoteRecovery/uniqueItems",
								keyword: "uniqueItems",
								params: {
									i: i1,
									j: j0
								},
								message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
								schema: true,
								parentSchema: schema77.properties.remoteRecovery,
								data: data5
							};
							if (vErrors === null) vErrors = [err11];
							else vErrors.push(err11);
							errors++;
							break;
						}
						indices0[item0] = i1;
					}
				}
			} else {
				const err12 = {
					instancePath: instancePath + "/remoteRecovery",
					schemaPath: "#/properties/remoteRecovery/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema77.properties.remoteRecovery.type,
					parentSchema: schema77.properties.remoteRecovery,
					data: data5
				};
				if (vErrors === null) vErrors = [err12];
				else vErrors.push(err12);
				errors++;
			}
		}
	} else {
		const err13 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema77.type,
			parentSchema: schema77,
			data
		};
		if (vErrors === null) vErrors = [err13];
		else vErrors.push(err13);
		errors++;
	}
	validate45.errors = vErrors;
	return errors === 0;
}
validate45.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const schema79 = {
	"title": "ControlPlane",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"agentOnCloudLoss": {
			"type": "string",
			"enum": [
				"keep_last_known_good",
				"disable_protection",
				"isolate_host",
				"apply_pending_updates"
			]
		},
		"actionsDuringConsoleOutage": {
			"type": "array",
			"items": {
				"type": "string",
				"enum": [
					"pause",
					"revert",
					"revoke"
				]
			},
			"uniqueItems": true
		},
		"statusPage": { "$ref": "#/$defs/StatusPage" }
	}
};
const schema80 = {
	"title": "StatusPage",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"url": {
			"type": "string",
			"format": "uri"
		},
		"hostedIndependently": { "type": "boolean" }
	}
};
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate47.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "agentOnCloudLoss" || key0 === "actionsDuringConsoleOutage" || key0 === "statusPage")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema79,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.agentOnCloudLoss !== void 0) {
			let data0 = data.agentOnCloudLoss;
			if (typeof data0 !== "string") {
				const err1 = {
					instancePath: instancePath + "/agentOnCloudLoss",
					schemaPath: "#/properties/agentOnCloudLoss/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema79.properties.agentOnCloudLoss.type,
					parentSchema: schema79.properties.agentOnCloudLoss,
					data: data0
				};
				if (vErrors === null) vErrors = [err1];
				else vErrors.push(err1);
				errors++;
			}
			if (!(data0 === "keep_last_known_good" || data0 === "disable_protection" || data0 === "isolate_host" || data0 === "apply_pending_updates")) {
				const err2 = {
					instancePath: instancePath + "/agentOnCloudLoss",
					schemaPath: "#/properties/agentOnCloudLoss/enum",
					keyword: "enum",
					params: { allowedValues: schema79.properties.agentOnCloudLoss.enum },
					message: "must be equal to one of the allowed values",
					schema: schema79.properties.agentOnCloudLoss.enum,
					parentSchema: schema79.properties.agentOnCloudLoss,
					data: data0
				};
				if (vErrors === null) vErrors = [err2];
				else vErrors.push(err2);
				errors++;
			}
		}
		if (data.actionsDuringConsoleOutage !== void 0) {
			let data1 = data.actionsDuringConsoleOutage;
			if (Array.isArray(data1)) {
				const len0 = data1.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data2 = data1[i0];
					if (typeof data2 !== "string") {
						const err3 = {
							instancePath: instancePath + "/actionsDuringConsoleOutage/" + i0,
							schemaPath: "#/properties/actionsDuringConsoleOutage/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema79.properties.actionsDuringConsoleOutage.items.type,
							parentSchema: schema79.properties.actionsDuringConsoleOutage.items,
							data: data2
						};
						if (vErrors === null) vErrors = [err3];
						else vErrors.push(err3);
						errors++;
					}
					if (!(data2 === "pause" || data2 === "revert" || data2 === "revoke")) {
						const err4 = {
							instancePath: instancePath + "/actionsDuringConsoleOutage/" + i0,
							schemaPath: "#/properties/actionsDuringConsoleOutage/items/enum",
							keyword: "enum",
							params: { allowedValues: schema79.properties.actionsDuringConsoleOutage.items.enum },
							message: "must be equal to one of the allowed values",
							schema: schema79.properties.actionsDuringConsoleOutage.items.enum,
							parentSchema: schema79.properties.actionsDuringConsoleOutage.items,
							data: data2
						};
						if (vErrors === null) vErrors = [err4];
						else vErrors.push(err4);
						errors++;
					}
				}
				let i1 = data1.length;
				let j0;
				if (i1 > 1) {
					const indices0 = {};
					for (; i1--;) {
						let item0 = data1[i1];
						if (typeof item0 !== "string") continue;
						if (typeof indices0[item0] == "number") {
							j0 = indices0[item0];
							const err5 = {
								instancePath: instancePath + "/actionsDuringConsoleOutage",
								schemaPath: "#/properties/actionsDuringConsoleOutage/uniqueItems",
								keyword: "uniqueItems",
								params: {
									i: i1,
									j: j0
								},
								message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
								schema: true,
								parentSchema: schema79.properties.actionsDuringConsoleOutage,
								data: data1
							};
							if (vErrors === null) vErrors = [err5];
							else vErrors.push(err5);
							errors++;
							break;
						}
						indices0[item0] = i1;
					}
				}
			} else {
				const err6 = {
					instancePath: instancePath + "/actionsDuringConsoleOutage",
					schemaPath: "#/properties/actionsDuringConsoleOutage/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema79.properties.actionsDuringConsoleOutage.type,
					parentSchema: schema79.properties.actionsDuringConsoleOutage,
					data: data1
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
		}
		if (data.statusPage !== void 0) {
			let data3 = data.statusPage;
			if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
				for (const key1 in data3) if (!(key1 === "url" || key1 === "hostedIndependently")) {
					const err7 = {
						instancePath: instancePath + "/statusPage",
						schemaPath: "#/$defs/StatusPage/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema80,
						data: data3
					};
					if (vErrors === null) vErrors = [err7];
					else vErrors.push(err7);
					errors++;
				}
				if (data3.url !== void 0) {
					let data4 = data3.url;
					if (typeof data4 === "string") {
						if (!formats10(data4)) {
							const err8 = {
								instancePath: instancePath + "/statusPage/url",
								schemaPath: "#/$defs/StatusPage/properties/url/format",
								keyword: "format",
								params: { format: "uri" },
								message: "must match format \"uri\"",
								schema: "uri",
								parentSchema: schema80.properties.url,
								data: data4
							};
							if (vErrors === null) vErrors = [err8];
							else vErrors.push(err8);
							errors++;
						}
					} else {
						const err9 = {
							instancePath: instancePath + "/statusPage/url",
							schemaPath: "#/$defs/StatusPage/properties/url/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema80.properties.url.type,
							parentSchema: schema80.properties.url,
							data: data4
						};
						if (vErrors === null) vErrors = [err9];
						else vErrors.push(err9);
						errors++;
					}
				}
				if (data3.hostedIndependently !== void 0) {
					let data5 = data3.hostedIndependently;
					if (typeof data5 !== "boolean") {
						const err10 = {
							instancePath: instancePath + "/statusPage/hostedIndependently",
							schemaPath: "#/$defs/StatusPage/properties/hostedIndependently/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema80.properties.hostedIndependently.type,
							parentSchema: schema80.properties.hostedIndependently,
							data: data5
						};
						if (vErrors === null) vErrors = [err10];
						else vErrors.push(err10);
						errors++;
					}
				}
			} else {
				const err11 = {
					instancePath: instancePath + "/statusPage",
					schemaPath: "#/$defs/StatusPage/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema80.type,
					parentSchema: schema80,
					data: data3
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
			schema: schema79.type,
			parentSchema: schema79,
			data
		};
		if (vErrors === null) vErrors = [err12];
		else vErrors.push(err12);
		errors++;
	}
	validate47.errors = vErrors;
	return errors === 0;
}
validate47.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const schema81 = {
	"title": "RemediationSafety",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"protectedFiles": { "$ref": "#/$defs/ProtectedFiles" },
		"quarantine": { "$ref": "#/$defs/QuarantineReversal" },
		"newDetections": { "$ref": "#/$defs/NewDetections" },
		"cleanCorpus": { "$ref": "#/$defs/CleanCorpus" }
	}
};
const schema82 = {
	"title": "ProtectedFiles",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"enforcedByAgent": { "type": "boolean" },
		"allSupportedBuilds": { "type": "boolean" },
		"allLocales": { "type": "boolean" }
	}
};
const schema83 = {
	"title": "QuarantineReversal",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"reversible": { "type": "boolean" },
		"restoreAction": {
			"type": "string",
			"enum": [
				"one_remote_action",
				"per_host_remote",
				"per_host_manual",
				"none"
			]
		}
	}
};
const schema84 = {
	"title": "NewDetections",
	"type": "object",
	"additionalProperties": false,
	"properties": { "firstRingMode": {
		"type": "string",
		"enum": ["audit", "block"]
	} }
};
const schema85 = {
	"title": "CleanCorpus",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"perOsBuild": { "type": "boolean" },
		"perLocale": { "type": "boolean" },
		"perPatchLevel": { "type": "boolean" },
		"blocksRelease": { "type": "boolean" }
	}
};
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate49.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "protectedFiles" || key0 === "quarantine" || key0 === "newDetections" || key0 === "cleanCorpus")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema81,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.protectedFiles !== void 0) {
			let data0 = data.protectedFiles;
			if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
				for (const key1 in data0) if (!(key1 === "enforcedByAgent" || key1 === "allSupportedBuilds" || key1 === "allLocales")) {
					const err1 = {
						instancePath: instancePath + "/protectedFiles",
						schemaPath: "#/$defs/ProtectedFiles/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema82,
						data: data0
					};
					if (vErrors === null) vErrors = [err1];
					else vErrors.push(err1);
					errors++;
				}
				if (data0.enforcedByAgent !== void 0) {
					let data1 = data0.enforcedByAgent;
					if (typeof data1 !== "boolean") {
						const err2 = {
							instancePath: instancePath + "/protectedFiles/enforcedByAgent",
							schemaPath: "#/$defs/ProtectedFiles/properties/enforcedByAgent/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema82.properties.enforcedByAgent.type,
							parentSchema: schema82.properties.enforcedByAgent,
							data: data1
						};
						if (vErrors === null) vErrors = [err2];
						else vErrors.push(err2);
						errors++;
					}
				}
				if (data0.allSupportedBuilds !== void 0) {
					let data2 = data0.allSupportedBuilds;
					if (typeof data2 !== "boolean") {
						const err3 = {
							instancePath: instancePath + "/protectedFiles/allSupportedBuilds",
							schemaPath: "#/$defs/ProtectedFiles/properties/allSupportedBuilds/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema82.properties.allSupportedBuilds.type,
							parentSchema: schema82.properties.allSupportedBuilds,
							data: data2
						};
						if (vErrors === null) vErrors = [err3];
						else vErrors.push(err3);
						errors++;
					}
				}
				if (data0.allLocales !== void 0) {
					let data3 = data0.allLocales;
					if (typeof data3 !== "boolean") {
						const err4 = {
							instancePath: instancePath + "/protectedFiles/allLocales",
							schemaPath: "#/$defs/ProtectedFiles/properties/allLocales/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema82.properties.allLocales.type,
							parentSchema: schema82.properties.allLocales,
							data: data3
						};
						if (vErrors === null) vErrors = [err4];
						else vErrors.push(err4);
						errors++;
					}
				}
			} else {
				const err5 = {
					instancePath: instancePath + "/protectedFiles",
					schemaPath: "#/$defs/ProtectedFiles/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema82.type,
					parentSchema: schema82,
					data: data0
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.quarantine !== void 0) {
			let data4 = data.quarantine;
			if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
				for (const key2 in data4) if (!(key2 === "reversible" || key2 === "restoreAction")) {
					const err6 = {
						instancePath: instancePath + "/quarantine",
						schemaPath: "#/$defs/QuarantineReversal/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key2 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema83,
						data: data4
					};
					if (vErrors === null) vErrors = [err6];
					else vErrors.push(err6);
					errors++;
				}
				if (data4.reversible !== void 0) {
					let data5 = data4.reversible;
					if (typeof data5 !== "boolean") {
						const err7 = {
							instancePath: instancePath + "/quarantine/reversible",
							schemaPath: "#/$defs/QuarantineReversal/properties/reversible/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema83.properties.reversible.type,
							parentSchema: schema83.properties.reversible,
							data: data5
						};
						if (vErrors === null) vErrors = [err7];
						else vErrors.push(err7);
						errors++;
					}
				}
				if (data4.restoreAction !== void 0) {
					let data6 = data4.restoreAction;
					if (typeof data6 !== "string") {
						const err8 = {
							instancePath: instancePath + "/quarantine/restoreAction",
							schemaPath: "#/$defs/QuarantineReversal/properties/restoreAction/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema83.properties.restoreAction.type,
							parentSchema: schema83.properties.restoreAction,
							data: data6
						};
						if (vErrors === null) vErrors = [err8];
						else vErrors.push(err8);
						errors++;
					}
					if (!(data6 === "one_remote_action" || data6 === "per_host_remote" || data6 === "per_host_manual" || data6 === "none")) {
						const err9 = {
							instancePath: instancePath + "/quarantine/restoreAction",
							schemaPath: "#/$defs/QuarantineReversal/properties/restoreAction/enum",
							keyword: "enum",
							params: { allowedValues: schema83.properties.restoreAction.enum },
							message: "must be equal to one of the allowed values",
							schema: schema83.properties.restoreAction.enum,
							parentSchema: schema83.properties.restoreAction,
							data: data6
						};
						if (vErrors === null) vErrors = [err9];
						else vErrors.push(err9);
						errors++;
					}
				}
			} else {
				const err10 = {
					instancePath: instancePath + "/quarantine",
					schemaPath: "#/$defs/QuarantineReversal/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema83.type,
					parentSchema: schema83,
					data: data4
				};
				if (vErrors === null) vErrors = [err10];
				else vErrors.push(err10);
				errors++;
			}
		}
		if (data.newDetections !== void 0) {
			let data7 = data.newDetections;
			if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
				for (const key3 in data7) if (!(key3 === "firstRingMode")) {
					const err11 = {
						instancePath: instancePath + "/newDetections",
						schemaPath: "#/$defs/NewDetections/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key3 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema84,
						data: data7
					};
					if (vErrors === null) vErrors = [err11];
					else vErrors.push(err11);
					errors++;
				}
				if (data7.firstRingMode !== void 0) {
					let data8 = data7.firstRingMode;
					if (typeof data8 !== "string") {
						const err12 = {
							instancePath: instancePath + "/newDetections/firstRingMode",
							schemaPath: "#/$defs/NewDetections/properties/firstRingMode/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema84.properties.firstRingMode.type,
							parentSchema: schema84.properties.firstRingMode,
							data: data8
						};
						if (vErrors === null) vErrors = [err12];
						else vErrors.push(err12);
						errors++;
					}
					if (!(data8 === "audit" || data8 === "block")) {
						const err13 = {
							instancePath: instancePath + "/newDetections/firstRingMode",
							schemaPath: "#/$defs/NewDetections/properties/firstRingMode/enum",
							keyword: "enum",
							params: { allowedValues: schema84.properties.firstRingMode.enum },
							message: "must be equal to one of the allowed values",
							schema: schema84.properties.firstRingMode.enum,
							parentSchema: schema84.properties.firstRingMode,
							data: data8
						};
						if (vErrors === null) vErrors = [err13];
						else vErrors.push(err13);
						errors++;
					}
				}
			} else {
				const err14 = {
					instancePath: instancePath + "/newDetections",
					schemaPath: "#/$defs/NewDetections/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema84.type,
					parentSchema: schema84,
					data: data7
				};
				if (vErrors === null) vErrors = [err14];
				else vErrors.push(err14);
				errors++;
			}
		}
		if (data.cleanCorpus !== void 0) {
			let data9 = data.cleanCorpus;
			if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
				for (const key4 in data9) if (!(key4 === "perOsBuild" || key4 === "perLocale" || key4 === "perPatchLevel" || key4 === "blocksRelease")) {
					const err15 = {
						instancePath: instancePath + "/cleanCorpus",
						schemaPath: "#/$defs/CleanCorpus/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key4 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema85,
						data: data9
					};
					if (vErrors === null) vErrors = [err15];
					else vErrors.push(err15);
					errors++;
				}
				if (data9.perOsBuild !== void 0) {
					let data10 = data9.perOsBuild;
					if (typeof data10 !== "boolean") {
						const err16 = {
							instancePath: instancePath + "/cleanCorpus/perOsBuild",
							schemaPath: "#/$defs/CleanCorpus/properties/perOsBuild/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema85.properties.perOsBuild.type,
							parentSchema: schema85.properties.perOsBuild,
							data: data10
						};
						if (vErrors === null) vErrors = [err16];
						else vErrors.push(err16);
						errors++;
					}
				}
				if (data9.perLocale !== void 0) {
					let data11 = data9.perLocale;
					if (typeof data11 !== "boolean") {
						const err17 = {
							instancePath: instancePath + "/cleanCorpus/perLocale",
							schemaPath: "#/$defs/CleanCorpus/properties/perLocale/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema85.properties.perLocale.type,
							parentSchema: schema85.properties.perLocale,
							data: data11
						};
						if (vErrors === null) vErrors = [err17];
						else vErrors.push(err17);
						errors++;
					}
				}
				if (data9.perPatchLevel !== void 0) {
					let data12 = data9.perPatchLevel;
					if (typeof data12 !== "boolean") {
						const err18 = {
							instancePath: instancePath + "/cleanCorpus/perPatchLevel",
							schemaPath: "#/$defs/CleanCorpus/properties/perPatchLevel/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema85.properties.perPatchLevel.type,
							parentSchema: schema85.properties.perPatchLevel,
							data: data12
						};
						if (vErrors === null) vErrors = [err18];
						else vErrors.push(err18);
						errors++;
					}
				}
				if (data9.blocksRelease !== void 0) {
					let data13 = data9.blocksRelease;
					if (typeof data13 !== "boolean") {
						const err19 = {
							instancePath: instancePath + "/cleanCorpus/blocksRelease",
							schemaPath: "#/$defs/CleanCorpus/properties/blocksRelease/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema85.properties.blocksRelease.type,
							parentSchema: schema85.properties.blocksRelease,
							data: data13
						};
						if (vErrors === null) vErrors = [err19];
						else vErrors.push(err19);
						errors++;
					}
				}
			} else {
				const err20 = {
					instancePath: instancePath + "/cleanCorpus",
					schemaPath: "#/$defs/CleanCorpus/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema85.type,
					parentSchema: schema85,
					data: data9
				};
				if (vErrors === null) vErrors = [err20];
				else vErrors.push(err20);
				errors++;
			}
		}
	} else {
		const err21 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema81.type,
			parentSchema: schema81,
			data
		};
		if (vErrors === null) vErrors = [err21];
		else vErrors.push(err21);
		errors++;
	}
	validate49.errors = vErrors;
	return errors === 0;
}
validate49.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const schema86 = {
	"title": "Telemetry",
	"type": "object",
	"additionalProperties": false,
	"properties": { "crashDumps": { "$ref": "#/$defs/CrashDumps" } }
};
const schema87 = {
	"title": "CrashDumps",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"collected": { "type": "boolean" },
		"channel": {
			"type": "array",
			"items": {
				"type": "string",
				"enum": [
					"wer",
					"vendor",
					"kdump",
					"apple_diagnostics"
				]
			},
			"uniqueItems": true
		}
	}
};
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate51.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "crashDumps")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema86,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.crashDumps !== void 0) {
			let data0 = data.crashDumps;
			if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
				for (const key1 in data0) if (!(key1 === "collected" || key1 === "channel")) {
					const err1 = {
						instancePath: instancePath + "/crashDumps",
						schemaPath: "#/$defs/CrashDumps/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema87,
						data: data0
					};
					if (vErrors === null) vErrors = [err1];
					else vErrors.push(err1);
					errors++;
				}
				if (data0.collected !== void 0) {
					let data1 = data0.collected;
					if (typeof data1 !== "boolean") {
						const err2 = {
							instancePath: instancePath + "/crashDumps/collected",
							schemaPath: "#/$defs/CrashDumps/properties/collected/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema87.properties.collected.type,
							parentSchema: schema87.properties.collected,
							data: data1
						};
						if (vErrors === null) vErrors = [err2];
						else vErrors.push(err2);
						errors++;
					}
				}
				if (data0.channel !== void 0) {
					let data2 = data0.channel;
					if (Array.isArray(data2)) {
						const len0 = data2.length;
						for (let i0 = 0; i0 < len0; i0++) {
							let data3 = data2[i0];
							if (typeof data3 !== "string") {
								const err3 = {
									instancePath: instancePath + "/crashDumps/channel/" + i0,
									schemaPath: "#/$defs/CrashDumps/properties/channel/items/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema87.properties.channel.items.type,
									parentSchema: schema87.properties.channel.items,
									data: data3
								};
								if (vErrors === null) vErrors = [err3];
								else vErrors.push(err3);
								errors++;
							}
							if (!(data3 === "wer" || data3 === "vendor" || data3 === "kdump" || data3 === "apple_diagnostics")) {
								const err4 = {
									instancePath: instancePath + "/crashDumps/channel/" + i0,
									schemaPath: "#/$defs/CrashDumps/properties/channel/items/enum",
									keyword: "enum",
									params: { allowedValues: schema87.properties.channel.items.enum },
									message: "must be equal to one of the allowed values",
									schema: schema87.properties.channel.items.enum,
									parentSchema: schema87.properties.channel.items,
									data: data3
								};
								if (vErrors === null) vErrors = [err4];
								else vErrors.push(err4);
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
									const err5 = {
										instancePath: instancePath + "/crashDumps/channel",
										schemaPath: "#/$defs/CrashDumps/properties/channel/uniqueItems",
										keyword: "uniqueItems",
										params: {
											i: i1,
											j: j0
										},
										message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
										schema: true,
										parentSchema: schema87.properties.channel,
										data: data2
									};
									if (vErrors === null) vErrors = [err5];
									else vErrors.push(err5);
									errors++;
									break;
								}
								indices0[item0] = i1;
							}
						}
					} else {
						const err6 = {
							instancePath: instancePath + "/crashDumps/channel",
							schemaPath: "#/$defs/CrashDumps/properties/channel/type",
							keyword: "type",
							params: { type: "array" },
							message: "must be array",
							schema: schema87.properties.channel.type,
							parentSchema: schema87.properties.channel,
							data: data2
						};
						if (vErrors === null) vErrors = [err6];
						else vErrors.push(err6);
						errors++;
					}
				}
			} else {
				const err7 = {
					instancePath: instancePath + "/crashDumps",
					schemaPath: "#/$defs/CrashDumps/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema87.type,
					parentSchema: schema87,
					data: data0
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
			schema: schema86.type,
			parentSchema: schema86,
			data
		};
		if (vErrors === null) vErrors = [err8];
		else vErrors.push(err8);
		errors++;
	}
	validate51.errors = vErrors;
	return errors === 0;
}
validate51.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const schema88 = {
	"title": "MemorySafety",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"roadmap": { "$ref": "#/$defs/MemorySafetyRoadmap" },
		"sbom": { "$ref": "#/$defs/Sbom" }
	}
};
const schema91 = {
	"title": "Sbom",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"format": {
			"type": "string",
			"enum": ["cyclonedx", "spdx"]
		},
		"url": {
			"type": "string",
			"format": "uri"
		}
	}
};
const schema89 = {
	"title": "MemorySafetyRoadmap",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"url": {
			"type": "string",
			"format": "uri"
		},
		"publishedDate": {
			"type": "string",
			"format": "date"
		},
		"components": {
			"type": "array",
			"items": { "$ref": "#/$defs/RoadmapComponent" }
		}
	}
};
const schema90 = {
	"title": "RoadmapComponent",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"id": {
			"type": "string",
			"pattern": "^[a-z0-9][a-z0-9._-]*$"
		},
		"targetDate": {
			"type": "string",
			"format": "date"
		}
	}
};
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate54.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "url" || key0 === "publishedDate" || key0 === "components")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema89,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.url !== void 0) {
			let data0 = data.url;
			if (typeof data0 === "string") {
				if (!formats10(data0)) {
					const err1 = {
						instancePath: instancePath + "/url",
						schemaPath: "#/properties/url/format",
						keyword: "format",
						params: { format: "uri" },
						message: "must match format \"uri\"",
						schema: "uri",
						parentSchema: schema89.properties.url,
						data: data0
					};
					if (vErrors === null) vErrors = [err1];
					else vErrors.push(err1);
					errors++;
				}
			} else {
				const err2 = {
					instancePath: instancePath + "/url",
					schemaPath: "#/properties/url/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema89.properties.url.type,
					parentSchema: schema89.properties.url,
					data: data0
				};
				if (vErrors === null) vErrors = [err2];
				else vErrors.push(err2);
				errors++;
			}
		}
		if (data.publishedDate !== void 0) {
			let data1 = data.publishedDate;
			if (typeof data1 === "string") {
				if (!formats0.validate(data1)) {
					const err3 = {
						instancePath: instancePath + "/publishedDate",
						schemaPath: "#/properties/publishedDate/format",
						keyword: "format",
						params: { format: "date" },
						message: "must match format \"date\"",
						schema: "date",
						parentSchema: schema89.properties.publishedDate,
						data: data1
					};
					if (vErrors === null) vErrors = [err3];
					else vErrors.push(err3);
					errors++;
				}
			} else {
				const err4 = {
					instancePath: instancePath + "/publishedDate",
					schemaPath: "#/properties/publishedDate/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema89.properties.publishedDate.type,
					parentSchema: schema89.properties.publishedDate,
					data: data1
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
		}
		if (data.components !== void 0) {
			let data2 = data.components;
			if (Array.isArray(data2)) {
				const len0 = data2.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data3 = data2[i0];
					if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
						for (const key1 in data3) if (!(key1 === "id" || key1 === "targetDate")) {
							const err5 = {
								instancePath: instancePath + "/components/" + i0,
								schemaPath: "#/$defs/RoadmapComponent/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key1 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema90,
								data: data3
							};
							if (vErrors === null) vErrors = [err5];
							else vErrors.push(err5);
							errors++;
						}
						if (data3.id !== void 0) {
							let data4 = data3.id;
							if (typeof data4 === "string") {
								if (!pattern4.test(data4)) {
									const err6 = {
										instancePath: instancePath + "/components/" + i0 + "/id",
										schemaPath: "#/$defs/RoadmapComponent/properties/id/pattern",
										keyword: "pattern",
										params: { pattern: "^[a-z0-9][a-z0-9._-]*$" },
										message: "must match pattern \"^[a-z0-9][a-z0-9._-]*$\"",
										schema: "^[a-z0-9][a-z0-9._-]*$",
										parentSchema: schema90.properties.id,
										data: data4
									};
									if (vErrors === null) vErrors = [err6];
									else vErrors.push(err6);
									errors++;
								}
							} else {
								const err7 = {
									instancePath: instancePath + "/components/" + i0 + "/id",
									schemaPath: "#/$defs/RoadmapComponent/properties/id/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema90.properties.id.type,
									parentSchema: schema90.properties.id,
									data: data4
								};
								if (vErrors === null) vErrors = [err7];
								else vErrors.push(err7);
								errors++;
							}
						}
						if (data3.targetDate !== void 0) {
							let data5 = data3.targetDate;
							if (typeof data5 === "string") {
								if (!formats0.validate(data5)) {
									const err8 = {
										instancePath: instancePath + "/components/" + i0 + "/targetDate",
										schemaPath: "#/$defs/RoadmapComponent/properties/targetDate/format",
										keyword: "format",
										params: { format: "date" },
										message: "must match format \"date\"",
										schema: "date",
										parentSchema: schema90.properties.targetDate,
										data: data5
									};
									if (vErrors === null) vErrors = [err8];
									else vErrors.push(err8);
									errors++;
								}
							} else {
								const err9 = {
									instancePath: instancePath + "/components/" + i0 + "/targetDate",
									schemaPath: "#/$defs/RoadmapComponent/properties/targetDate/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema90.properties.targetDate.type,
									parentSchema: schema90.properties.targetDate,
									data: data5
								};
								if (vErrors === null) vErrors = [err9];
								else vErrors.push(err9);
								errors++;
							}
						}
					} else {
						const err10 = {
							instancePath: instancePath + "/components/" + i0,
							schemaPath: "#/$defs/RoadmapComponent/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema90.type,
							parentSchema: schema90,
							data: data3
						};
						if (vErrors === null) vErrors = [err10];
						else vErrors.push(err10);
						errors++;
					}
				}
			} else {
				const err11 = {
					instancePath: instancePath + "/components",
					schemaPath: "#/properties/components/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema89.properties.components.type,
					parentSchema: schema89.properties.components,
					data: data2
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
			schema: schema89.type,
			parentSchema: schema89,
			data
		};
		if (vErrors === null) vErrors = [err12];
		else vErrors.push(err12);
		errors++;
	}
	validate54.errors = vErrors;
	return errors === 0;
}
validate54.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate53.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "roadmap" || key0 === "sbom")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema88,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.roadmap !== void 0) {
			if (!validate54(data.roadmap, {
				instancePath: instancePath + "/roadmap",
				parentData: data,
				parentDataProperty: "roadmap",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
				errors = vErrors.length;
			}
		}
		if (data.sbom !== void 0) {
			let data1 = data.sbom;
			if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
				for (const key1 in data1) if (!(key1 === "format" || key1 === "url")) {
					const err1 = {
						instancePath: instancePath + "/sbom",
						schemaPath: "#/$defs/Sbom/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema91,
						data: data1
					};
					if (vErrors === null) vErrors = [err1];
					else vErrors.push(err1);
					errors++;
				}
				if (data1.format !== void 0) {
					let data2 = data1.format;
					if (typeof data2 !== "string") {
						const err2 = {
							instancePath: instancePath + "/sbom/format",
							schemaPath: "#/$defs/Sbom/properties/format/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema91.properties.format.type,
							parentSchema: schema91.properties.format,
							data: data2
						};
						if (vErrors === null) vErrors = [err2];
						else vErrors.push(err2);
						errors++;
					}
					if (!(data2 === "cyclonedx" || data2 === "spdx")) {
						const err3 = {
							instancePath: instancePath + "/sbom/format",
							schemaPath: "#/$defs/Sbom/properties/format/enum",
							keyword: "enum",
							params: { allowedValues: schema91.properties.format.enum },
							message: "must be equal to one of the allowed values",
							schema: schema91.properties.format.enum,
							parentSchema: schema91.properties.format,
							data: data2
						};
						if (vErrors === null) vErrors = [err3];
						else vErrors.push(err3);
						errors++;
					}
				}
				if (data1.url !== void 0) {
					let data3 = data1.url;
					if (typeof data3 === "string") {
						if (!formats10(data3)) {
							const err4 = {
								instancePath: instancePath + "/sbom/url",
								schemaPath: "#/$defs/Sbom/properties/url/format",
								keyword: "format",
								params: { format: "uri" },
								message: "must match format \"uri\"",
								schema: "uri",
								parentSchema: schema91.properties.url,
								data: data3
							};
							if (vErrors === null) vErrors = [err4];
							else vErrors.push(err4);
							errors++;
						}
					} else {
						const err5 = {
							instancePath: instancePath + "/sbom/url",
							schemaPath: "#/$defs/Sbom/properties/url/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema91.properties.url.type,
							parentSchema: schema91.properties.url,
							data: data3
						};
						if (vErrors === null) vErrors = [err5];
						else vErrors.push(err5);
						errors++;
					}
				}
			} else {
				const err6 = {
					instancePath: instancePath + "/sbom",
					schemaPath: "#/$defs/Sbom/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema91.type,
					parentSchema: schema91,
					data: data1
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
		}
	} else {
		const err7 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema88.type,
			parentSchema: schema88,
			data
		};
		if (vErrors === null) vErrors = [err7];
		else vErrors.push(err7);
		errors++;
	}
	validate53.errors = vErrors;
	return errors === 0;
}
validate53.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const schema92 = {
	"title": "SupplyChain",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"slsaBuildLevel": {
			"type": "integer",
			"minimum": 0,
			"maximum": 3
		},
		"releaseIntegrity": { "$ref": "#/$defs/ReleaseIntegrity" }
	}
};
const schema93 = {
	"title": "ReleaseIntegrity",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"hashesPublished": { "type": "boolean" },
		"signaturesPublished": { "type": "boolean" }
	}
};
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate57.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "slsaBuildLevel" || key0 === "releaseIntegrity")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema92,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.slsaBuildLevel !== void 0) {
			let data0 = data.slsaBuildLevel;
			if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
				const err1 = {
					instancePath: instancePath + "/slsaBuildLevel",
					schemaPath: "#/properties/slsaBuildLevel/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema92.properties.slsaBuildLevel.type,
					parentSchema: schema92.properties.slsaBuildLevel,
					data: data0
				};
				if (vErrors === null) vErrors = [err1];
				else vErrors.push(err1);
				errors++;
			}
			if (typeof data0 == "number" && isFinite(data0)) {
				if (data0 > 3 || isNaN(data0)) {
					const err2 = {
						instancePath: instancePath + "/slsaBuildLevel",
						schemaPath: "#/properties/slsaBuildLevel/maximum",
						keyword: "maximum",
						params: {
							comparison: "<=",
							limit: 3
						},
						message: "must be <= 3",
						schema: 3,
						parentSchema: schema92.properties.slsaBuildLevel,
						data: data0
					};
					if (vErrors === null) vErrors = [err2];
					else vErrors.push(err2);
					errors++;
				}
				if (data0 < 0 || isNaN(data0)) {
					const err3 = {
						instancePath: instancePath + "/slsaBuildLevel",
						schemaPath: "#/properties/slsaBuildLevel/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema92.properties.slsaBuildLevel,
						data: data0
					};
					if (vErrors === null) vErrors = [err3];
					else vErrors.push(err3);
					errors++;
				}
			}
		}
		if (data.releaseIntegrity !== void 0) {
			let data1 = data.releaseIntegrity;
			if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
				for (const key1 in data1) if (!(key1 === "hashesPublished" || key1 === "signaturesPublished")) {
					const err4 = {
						instancePath: instancePath + "/releaseIntegrity",
						schemaPath: "#/$defs/ReleaseIntegrity/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema93,
						data: data1
					};
					if (vErrors === null) vErrors = [err4];
					else vErrors.push(err4);
					errors++;
				}
				if (data1.hashesPublished !== void 0) {
					let data2 = data1.hashesPublished;
					if (typeof data2 !== "boolean") {
						const err5 = {
							instancePath: instancePath + "/releaseIntegrity/hashesPublished",
							schemaPath: "#/$defs/ReleaseIntegrity/properties/hashesPublished/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema93.properties.hashesPublished.type,
							parentSchema: schema93.properties.hashesPublished,
							data: data2
						};
						if (vErrors === null) vErrors = [err5];
						else vErrors.push(err5);
						errors++;
					}
				}
				if (data1.signaturesPublished !== void 0) {
					let data3 = data1.signaturesPublished;
					if (typeof data3 !== "boolean") {
						const err6 = {
							instancePath: instancePath + "/releaseIntegrity/signaturesPublished",
							schemaPath: "#/$defs/ReleaseIntegrity/properties/signaturesPublished/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema93.properties.signaturesPublished.type,
							parentSchema: schema93.properties.signaturesPublished,
							data: data3
						};
						if (vErrors === null) vErrors = [err6];
						else vErrors.push(err6);
						errors++;
					}
				}
			} else {
				const err7 = {
					instancePath: instancePath + "/releaseIntegrity",
					schemaPath: "#/$defs/ReleaseIntegrity/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema93.type,
					parentSchema: schema93,
					data: data1
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
			schema: schema92.type,
			parentSchema: schema92,
			data
		};
		if (vErrors === null) vErrors = [err8];
		else vErrors.push(err8);
		errors++;
	}
	validate57.errors = vErrors;
	return errors === 0;
}
validate57.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const schema94 = {
	"title": "Programs",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"mvi": { "$ref": "#/$defs/MviMembership" },
		"independentCertifications": {
			"type": "array",
			"items": { "$ref": "#/$defs/Certification" }
		}
	}
};
const schema95 = {
	"title": "MviMembership",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"member": { "type": "boolean" },
		"version": { "type": "string" }
	}
};
const schema96 = {
	"title": "Certification",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"lab": {
			"type": "string",
			"minLength": 1
		},
		"test": { "type": "string" },
		"date": {
			"type": "string",
			"format": "date"
		}
	}
};
function validate59(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate59.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "mvi" || key0 === "independentCertifications")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema94,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.mvi !== void 0) {
			let data0 = data.mvi;
			if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
				for (const key1 in data0) if (!(key1 === "member" || key1 === "version")) {
					const err1 = {
						instancePath: instancePath + "/mvi",
						schemaPath: "#/$defs/MviMembership/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema95,
						data: data0
					};
					if (vErrors === null) vErrors = [err1];
					else vErrors.push(err1);
					errors++;
				}
				if (data0.member !== void 0) {
					let data1 = data0.member;
					if (typeof data1 !== "boolean") {
						const err2 = {
							instancePath: instancePath + "/mvi/member",
							schemaPath: "#/$defs/MviMembership/properties/member/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema95.properties.member.type,
							parentSchema: schema95.properties.member,
							data: data1
						};
						if (vErrors === null) vErrors = [err2];
						else vErrors.push(err2);
						errors++;
					}
				}
				if (data0.version !== void 0) {
					let data2 = data0.version;
					if (typeof data2 !== "string") {
						const err3 = {
							instancePath: instancePath + "/mvi/version",
							schemaPath: "#/$defs/MviMembership/properties/version/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema95.properties.version.type,
							parentSchema: schema95.properties.version,
							data: data2
						};
						if (vErrors === null) vErrors = [err3];
						else vErrors.push(err3);
						errors++;
					}
				}
			} else {
				const err4 = {
					instancePath: instancePath + "/mvi",
					schemaPath: "#/$defs/MviMembership/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema95.type,
					parentSchema: schema95,
					data: data0
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
		}
		if (data.independentCertifications !== void 0) {
			let data3 = data.independentCertifications;
			if (Array.isArray(data3)) {
				const len0 = data3.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data4 = data3[i0];
					if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
						for (const key2 in data4) if (!(key2 === "lab" || key2 === "test" || key2 === "date")) {
							const err5 = {
								instancePath: instancePath + "/independentCertifications/" + i0,
								schemaPath: "#/$defs/Certification/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key2 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema96,
								data: data4
							};
							if (vErrors === null) vErrors = [err5];
							else vErrors.push(err5);
							errors++;
						}
						if (data4.lab !== void 0) {
							let data5 = data4.lab;
							if (typeof data5 === "string") {
								if (func2(data5) < 1) {
									const err6 = {
										instancePath: instancePath + "/independentCertifications/" + i0 + "/lab",
										schemaPath: "#/$defs/Certification/properties/lab/minLength",
										keyword: "minLength",
										params: { limit: 1 },
										message: "must NOT have fewer than 1 characters",
										schema: 1,
										parentSchema: schema96.properties.lab,
										data: data5
									};
									if (vErrors === null) vErrors = [err6];
									else vErrors.push(err6);
									errors++;
								}
							} else {
								const err7 = {
									instancePath: instancePath + "/independentCertifications/" + i0 + "/lab",
									schemaPath: "#/$defs/Certification/properties/lab/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema96.properties.lab.type,
									parentSchema: schema96.properties.lab,
									data: data5
								};
								if (vErrors === null) vErrors = [err7];
								else vErrors.push(err7);
								errors++;
							}
						}
						if (data4.test !== void 0) {
							let data6 = data4.test;
							if (typeof data6 !== "string") {
								const err8 = {
									instancePath: instancePath + "/independentCertifications/" + i0 + "/test",
									schemaPath: "#/$defs/Certification/properties/test/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema96.properties.test.type,
									parentSchema: schema96.properties.test,
									data: data6
								};
								if (vErrors === null) vErrors = [err8];
								else vErrors.push(err8);
								errors++;
							}
						}
						if (data4.date !== void 0) {
							let data7 = data4.date;
							if (typeof data7 === "string") {
								if (!formats0.validate(data7)) {
									const err9 = {
										instancePath: instancePath + "/independentCertifications/" + i0 + "/date",
										schemaPath: "#/$defs/Certification/properties/date/format",
										keyword: "format",
										params: { format: "date" },
										message: "must match format \"date\"",
										schema: "date",
										parentSchema: schema96.properties.date,
										data: data7
									};
									if (vErrors === null) vErrors = [err9];
									else vErrors.push(err9);
									errors++;
								}
							} else {
								const err10 = {
									instancePath: instancePath + "/independentCertifications/" + i0 + "/date",
									schemaPath: "#/$defs/Certification/properties/date/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema96.properties.date.type,
									parentSchema: schema96.properties.date,
									data: data7
								};
								if (vErrors === null) vErrors = [err10];
								else vErrors.push(err10);
								errors++;
							}
						}
					} else {
						const err11 = {
							instancePath: instancePath + "/independentCertifications/" + i0,
							schemaPath: "#/$defs/Certification/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema96.type,
							parentSchema: schema96,
							data: data4
						};
						if (vErrors === null) vErrors = [err11];
						else vErrors.push(err11);
						errors++;
					}
				}
			} else {
				const err12 = {
					instancePath: instancePath + "/independentCertifications",
					schemaPath: "#/properties/independentCertifications/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema94.properties.independentCertifications.type,
					parentSchema: schema94.properties.independentCertifications,
					data: data3
				};
				if (vErrors === null) vErrors = [err12];
				else vErrors.push(err12);
				errors++;
			}
		}
	} else {
		const err13 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema94.type,
			parentSchema: schema94,
			data
		};
		if (vErrors === null) vErrors = [err13];
		else vErrors.push(err13);
		errors++;
	}
	validate59.errors = vErrors;
	return errors === 0;
}
validate59.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const schema97 = {
	"title": "Transparency",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"pirSlaDays": {
			"type": "integer",
			"minimum": 0
		},
		"rcaSlaDays": {
			"type": "integer",
			"minimum": 0
		},
		"thirdPartyReview": { "$ref": "#/$defs/ThirdPartyReview" },
		"vdp": { "$ref": "#/$defs/Vdp" },
		"cveCweComplete": { "type": "boolean" },
		"incidentCommunication": { "$ref": "#/$defs/IncidentCommunication" }
	}
};
const schema98 = {
	"title": "ThirdPartyReview",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"lastDate": {
			"type": "string",
			"format": "date"
		},
		"scope": {
			"type": "array",
			"items": {
				"type": "string",
				"enum": [
					"code",
					"release_process",
					"architecture",
					"content_pipeline"
				]
			},
			"uniqueItems": true
		},
		"reviewer": { "type": "string" }
	}
};
const schema99 = {
	"title": "Vdp",
	"type": "object",
	"additionalProperties": false,
	"properties": { "url": {
		"type": "string",
		"format": "uri"
	} }
};
const schema100 = {
	"title": "IncidentCommunication",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"customerNotificationHours": {
			"type": "number",
			"minimum": 0
		},
		"channels": {
			"type": "array",
			"items": {
				"type": "string",
				"enum": [
					"email",
					"webhook",
					"phone",
					"sms",
					"console_banner",
					"status_page",
					"blog"
				]
			},
			"uniqueItems": true
		},
		"machineReadableReleaseIds": { "type": "boolean" },
		"craArticle14": { "$ref": "#/$defs/CraArticle14Clocks" }
	}
};
const schema101 = {
	"title": "CraArticle14Clocks",
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
		"vulnerabilityFinalReportDays": {
			"type": "number",
			"minimum": 0
		},
		"incidentFinalReportDays": {
			"type": "number",
			"minimum": 0
		}
	}
};
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate62.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "customerNotificationHours" || key0 === "channels" || key0 === "machineReadableReleaseIds" || key0 === "craArticle14")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema100,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.customerNotificationHours !== void 0) {
			let data0 = data.customerNotificationHours;
			if (typeof data0 == "number" && isFinite(data0)) {
				if (data0 < 0 || isNaN(data0)) {
					const err1 = {
						instancePath: instancePath + "/customerNotificationHours",
						schemaPath: "#/properties/customerNotificationHours/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema100.properties.customerNotificationHours,
						data: data0
					};
					if (vErrors === null) vErrors = [err1];
					else vErrors.push(err1);
					errors++;
				}
			} else {
				const err2 = {
					instancePath: instancePath + "/customerNotificationHours",
					schemaPath: "#/properties/customerNotificationHours/type",
					keyword: "type",
					params: { type: "number" },
					message: "must be number",
					schema: schema100.properties.customerNotificationHours.type,
					parentSchema: schema100.properties.customerNotificationHours,
					data: data0
				};
				if (vErrors === null) vErrors = [err2];
				else vErrors.push(err2);
				errors++;
			}
		}
		if (data.channels !== void 0) {
			let data1 = data.channels;
			if (Array.isArray(data1)) {
				const len0 = data1.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data2 = data1[i0];
					if (typeof data2 !== "string") {
						const err3 = {
							instancePath: instancePath + "/channels/" + i0,
							schemaPath: "#/properties/channels/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema100.properties.channels.items.type,
							parentSchema: schema100.properties.channels.items,
							data: data2
						};
						if (vErrors === null) vErrors = [err3];
						else vErrors.push(err3);
						errors++;
					}
					if (!(data2 === "email" || data2 === "webhook" || data2 === "phone" || data2 === "sms" || data2 === "console_banner" || data2 === "status_page" || data2 === "blog")) {
						const err4 = {
							instancePath: instancePath + "/channels/" + i0,
							schemaPath: "#/properties/channels/items/enum",
							keyword: "enum",
							params: { allowedValues: schema100.properties.channels.items.enum },
							message: "must be equal to one of the allowed values",
							schema: schema100.properties.channels.items.enum,
							parentSchema: schema100.properties.channels.items,
							data: data2
						};
						if (vErrors === null) vErrors = [err4];
						else vErrors.push(err4);
						errors++;
					}
				}
				let i1 = data1.length;
				let j0;
				if (i1 > 1) {
					const indices0 = {};
					for (; i1--;) {
						let item0 = data1[i1];
						if (typeof item0 !== "string") continue;
						if (typeof indices0[item0] == "number") {
							j0 = indices0[item0];
							const err5 = {
								instancePath: instancePath + "/channels",
								schemaPath: "#/properties/channels/uniqueItems",
								keyword: "uniqueItems",
								params: {
									i: i1,
									j: j0
								},
								message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
								schema: true,
								parentSchema: schema100.properties.channels,
								data: data1
							};
							if (vErrors === null) vErrors = [err5];
							else vErrors.push(err5);
							errors++;
							break;
						}
						indices0[item0] = i1;
					}
				}
			} else {
				const err6 = {
					instancePath: instancePath + "/channels",
					schemaPath: "#/properties/channels/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema100.properties.channels.type,
					parentSchema: schema100.properties.channels,
					data: data1
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
		}
		if (data.machineReadableReleaseIds !== void 0) {
			let data3 = data.machineReadableReleaseIds;
			if (typeof data3 !== "boolean") {
				const err7 = {
					instancePath: instancePath + "/machineReadableReleaseIds",
					schemaPath: "#/properties/machineReadableReleaseIds/type",
					keyword: "type",
					params: { type: "boolean" },
					message: "must be boolean",
					schema: schema100.properties.machineReadableReleaseIds.type,
					parentSchema: schema100.properties.machineReadableReleaseIds,
					data: data3
				};
				if (vErrors === null) vErrors = [err7];
				else vErrors.push(err7);
				errors++;
			}
		}
		if (data.craArticle14 !== void 0) {
			let data4 = data.craArticle14;
			if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
				for (const key1 in data4) if (!(key1 === "earlyWarningHours" || key1 === "notificationHours" || key1 === "vulnerabilityFinalReportDays" || key1 === "incidentFinalReportDays")) {
					const err8 = {
						instancePath: instancePath + "/craArticle14",
						schemaPath: "#/$defs/CraArticle14Clocks/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema101,
						data: data4
					};
					if (vErrors === null) vErrors = [err8];
					else vErrors.push(err8);
					errors++;
				}
				if (data4.earlyWarningHours !== void 0) {
					let data5 = data4.earlyWarningHours;
					if (typeof data5 == "number" && isFinite(data5)) {
						if (data5 < 0 || isNaN(data5)) {
							const err9 = {
								instancePath: instancePath + "/craArticle14/earlyWarningHours",
								schemaPath: "#/$defs/CraArticle14Clocks/properties/earlyWarningHours/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema101.properties.earlyWarningHours,
								data: data5
							};
							if (vErrors === null) vErrors = [err9];
							else vErrors.push(err9);
							errors++;
						}
					} else {
						const err10 = {
							instancePath: instancePath + "/craArticle14/earlyWarningHours",
							schemaPath: "#/$defs/CraArticle14Clocks/properties/earlyWarningHours/type",
							keyword: "type",
							params: { type: "number" },
							message: "must be number",
							schema: schema101.properties.earlyWarningHours.type,
							parentSchema: schema101.properties.earlyWarningHours,
							data: data5
						};
						if (vErrors === null) vErrors = [err10];
						else vErrors.push(err10);
						errors++;
					}
				}
				if (data4.notificationHours !== void 0) {
					let data6 = data4.notificationHours;
					if (typeof data6 == "number" && isFinite(data6)) {
						if (data6 < 0 || isNaN(data6)) {
							const err11 = {
								instancePath: instancePath + "/craArticle14/notificationHours",
								schemaPath: "#/$defs/CraArticle14Clocks/properties/notificationHours/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema101.properties.notificationHours,
								data: data6
							};
							if (vErrors === null) vErrors = [err11];
							else vErrors.push(err11);
							errors++;
						}
					} else {
						const err12 = {
							instancePath: instancePath + "/craArticle14/notificationHours",
							schemaPath: "#/$defs/CraArticle14Clocks/properties/notificationHours/type",
							keyword: "type",
							params: { type: "number" },
							message: "must be number",
							schema: schema101.properties.notificationHours.type,
							parentSchema: schema101.properties.notificationHours,
							data: data6
						};
						if (vErrors === null) vErrors = [err12];
						else vErrors.push(err12);
						errors++;
					}
				}
				if (data4.vulnerabilityFinalReportDays !== void 0) {
					let data7 = data4.vulnerabilityFinalReportDays;
					if (typeof data7 == "number" && isFinite(data7)) {
						if (data7 < 0 || isNaN(data7)) {
							const err13 = {
								instancePath: instancePath + "/craArticle14/vulnerabilityFinalReportDays",
								schemaPath: "#/$defs/CraArticle14Clocks/properties/vulnerabilityFinalReportDays/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema101.properties.vulnerabilityFinalReportDays,
								data: data7
							};
							if (vErrors === null) vErrors = [err13];
							else vErrors.push(err13);
							errors++;
						}
					} else {
						const err14 = {
							instancePath: instancePath + "/craArticle14/vulnerabilityFinalReportDays",
							schemaPath: "#/$defs/CraArticle14Clocks/properties/vulnerabilityFinalReportDays/type",
							keyword: "type",
							params: { type: "number" },
							message: "must be number",
							schema: schema101.properties.vulnerabilityFinalReportDays.type,
							parentSchema: schema101.properties.vulnerabilityFinalReportDays,
							data: data7
						};
						if (vErrors === null) vErrors = [err14];
						else vErrors.push(err14);
						errors++;
					}
				}
				if (data4.incidentFinalReportDays !== void 0) {
					let data8 = data4.incidentFinalReportDays;
					if (typeof data8 == "number" && isFinite(data8)) {
						if (data8 < 0 || isNaN(data8)) {
							const err15 = {
								instancePath: instancePath + "/craArticle14/incidentFinalReportDays",
								schemaPath: "#/$defs/CraArticle14Clocks/properties/incidentFinalReportDays/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema101.properties.incidentFinalReportDays,
								data: data8
							};
							if (vErrors === null) vErrors = [err15];
							else vErrors.push(err15);
							errors++;
						}
					} else {
						const err16 = {
							instancePath: instancePath + "/craArticle14/incidentFinalReportDays",
							schemaPath: "#/$defs/CraArticle14Clocks/properties/incidentFinalReportDays/type",
							keyword: "type",
							params: { type: "number" },
							message: "must be number",
							schema: schema101.properties.incidentFinalReportDays.type,
							parentSchema: schema101.properties.incidentFinalReportDays,
							data: data8
						};
						if (vErrors === null) vErrors = [err16];
						else vErrors.push(err16);
						errors++;
					}
				}
			} else {
				const err17 = {
					instancePath: instancePath + "/craArticle14",
					schemaPath: "#/$defs/CraArticle14Clocks/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema101.type,
					parentSchema: schema101,
					data: data4
				};
				if (vErrors === null) vErrors = [err17];
				else vErrors.push(err17);
				errors++;
			}
		}
	} else {
		const err18 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema100.type,
			parentSchema: schema100,
			data
		};
		if (vErrors === null) vErrors = [err18];
		else vErrors.push(err18);
		errors++;
	}
	validate62.errors = vErrors;
	return errors === 0;
}
validate62.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate61.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		for (const key0 in data) if (!(key0 === "pirSlaDays" || key0 === "rcaSlaDays" || key0 === "thirdPartyReview" || key0 === "vdp" || key0 === "cveCweComplete" || key0 === "incidentCommunication")) {
			const err0 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema97,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.pirSlaDays !== void 0) {
			let data0 = data.pirSlaDays;
			if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
				const err1 = {
					instancePath: instancePath + "/pirSlaDays",
					schemaPath: "#/properties/pirSlaDays/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema97.properties.pirSlaDays.type,
					parentSchema: schema97.properties.pirSlaDays,
					data: data0
				};
				if (vErrors === null) vErrors = [err1];
				else vErrors.push(err1);
				errors++;
			}
			if (typeof data0 == "number" && isFinite(data0)) {
				if (data0 < 0 || isNaN(data0)) {
					const err2 = {
						instancePath: instancePath + "/pirSlaDays",
						schemaPath: "#/properties/pirSlaDays/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema97.properties.pirSlaDays,
						data: data0
					};
					if (vErrors === null) vErrors = [err2];
					else vErrors.push(err2);
					errors++;
				}
			}
		}
		if (data.rcaSlaDays !== void 0) {
			let data1 = data.rcaSlaDays;
			if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
				const err3 = {
					instancePath: instancePath + "/rcaSlaDays",
					schemaPath: "#/properties/rcaSlaDays/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema97.properties.rcaSlaDays.type,
					parentSchema: schema97.properties.rcaSlaDays,
					data: data1
				};
				if (vErrors === null) vErrors = [err3];
				else vErrors.push(err3);
				errors++;
			}
			if (typeof data1 == "number" && isFinite(data1)) {
				if (data1 < 0 || isNaN(data1)) {
					const err4 = {
						instancePath: instancePath + "/rcaSlaDays",
						schemaPath: "#/properties/rcaSlaDays/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema97.properties.rcaSlaDays,
						data: data1
					};
					if (vErrors === null) vErrors = [err4];
					else vErrors.push(err4);
					errors++;
				}
			}
		}
		if (data.thirdPartyReview !== void 0) {
			let data2 = data.thirdPartyReview;
			if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
				for (const key1 in data2) if (!(key1 === "lastDate" || key1 === "scope" || key1 === "reviewer")) {
					const err5 = {
						instancePath: instancePath + "/thirdPartyReview",
						schemaPath: "#/$defs/ThirdPartyReview/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema98,
						data: data2
					};
					if (vErrors === null) vErrors = [err5];
					else vErrors.push(err5);
					errors++;
				}
				if (data2.lastDate !== void 0) {
					let data3 = data2.lastDate;
					if (typeof data3 === "string") {
						if (!formats0.validate(data3)) {
							const err6 = {
								instancePath: instancePath + "/thirdPartyReview/lastDate",
								schemaPath: "#/$defs/ThirdPartyReview/properties/lastDate/format",
								keyword: "format",
								params: { format: "date" },
								message: "must match format \"date\"",
								schema: "date",
								parentSchema: schema98.properties.lastDate,
								data: data3
							};
							if (vErrors === null) vErrors = [err6];
							else vErrors.push(err6);
							errors++;
						}
					} else {
						const err7 = {
							instancePath: instancePath + "/thirdPartyReview/lastDate",
							schemaPath: "#/$defs/ThirdPartyReview/properties/lastDate/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema98.properties.lastDate.type,
							parentSchema: schema98.properties.lastDate,
							data: data3
						};
						if (vErrors === null) vErrors = [err7];
						else vErrors.push(err7);
						errors++;
					}
				}
				if (data2.scope !== void 0) {
					let data4 = data2.scope;
					if (Array.isArray(data4)) {
						const len0 = data4.length;
						for (let i0 = 0; i0 < len0; i0++) {
							let data5 = data4[i0];
							if (typeof data5 !== "string") {
								const err8 = {
									instancePath: instancePath + "/thirdPartyReview/scope/" + i0,
									schemaPath: "#/$defs/ThirdPartyReview/properties/scope/items/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema98.properties.scope.items.type,
									parentSchema: schema98.properties.scope.items,
									data: data5
								};
								if (vErrors === null) vErrors = [err8];
								else vErrors.push(err8);
								errors++;
							}
							if (!(data5 === "code" || data5 === "release_process" || data5 === "architecture" || data5 === "content_pipeline")) {
								const err9 = {
									instancePath: instancePath + "/thirdPartyReview/scope/" + i0,
									schemaPath: "#/$defs/ThirdPartyReview/properties/scope/items/enum",
									keyword: "enum",
									params: { allowedValues: schema98.properties.scope.items.enum },
									message: "must be equal to one of the allowed values",
									schema: schema98.properties.scope.items.enum,
									parentSchema: schema98.properties.scope.items,
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
							const indices0 = {};
							for (; i1--;) {
								let item0 = data4[i1];
								if (typeof item0 !== "string") continue;
								if (typeof indices0[item0] == "number") {
									j0 = indices0[item0];
									const err10 = {
										instancePath: instancePath + "/thirdPartyReview/scope",
										schemaPath: "#/$defs/ThirdPartyReview/properties/scope/uniqueItems",
										keyword: "uniqueItems",
										params: {
											i: i1,
											j: j0
										},
										message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
										schema: true,
										parentSchema: schema98.properties.scope,
										data: data4
									};
									if (vErrors === null) vErrors = [err10];
									else vErrors.push(err10);
									errors++;
									break;
								}
								indices0[item0] = i1;
							}
						}
					} else {
						const err11 = {
							instancePath: instancePath + "/thirdPartyReview/scope",
							schemaPath: "#/$defs/ThirdPartyReview/properties/scope/type",
							keyword: "type",
							params: { type: "array" },
							message: "must be array",
							schema: schema98.properties.scope.type,
							parentSchema: schema98.properties.scope,
							data: data4
						};
						if (vErrors === null) vErrors = [err11];
						else vErrors.push(err11);
						errors++;
					}
				}
				if (data2.reviewer !== void 0) {
					let data6 = data2.reviewer;
					if (typeof data6 !== "string") {
						const err12 = {
							instancePath: instancePath + "/thirdPartyReview/reviewer",
							schemaPath: "#/$defs/ThirdPartyReview/properties/reviewer/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema98.properties.reviewer.type,
							parentSchema: schema98.properties.reviewer,
							data: data6
						};
						if (vErrors === null) vErrors = [err12];
						else vErrors.push(err12);
						errors++;
					}
				}
			} else {
				const err13 = {
					instancePath: instancePath + "/thirdPartyReview",
					schemaPath: "#/$defs/ThirdPartyReview/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema98.type,
					parentSchema: schema98,
					data: data2
				};
				if (vErrors === null) vErrors = [err13];
				else vErrors.push(err13);
				errors++;
			}
		}
		if (data.vdp !== void 0) {
			let data7 = data.vdp;
			if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
				for (const key2 in data7) if (!(key2 === "url")) {
					const err14 = {
						instancePath: instancePath + "/vdp",
						schemaPath: "#/$defs/Vdp/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key2 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema99,
						data: data7
					};
					if (vErrors === null) vErrors = [err14];
					else vErrors.push(err14);
					errors++;
				}
				if (data7.url !== void 0) {
					let data8 = data7.url;
					if (typeof data8 === "string") {
						if (!formats10(data8)) {
							const err15 = {
								instancePath: instancePath + "/vdp/url",
								schemaPath: "#/$defs/Vdp/properties/url/format",
								keyword: "format",
								params: { format: "uri" },
								message: "must match format \"uri\"",
								schema: "uri",
								parentSchema: schema99.properties.url,
								data: data8
							};
							if (vErrors === null) vErrors = [err15];
							else vErrors.push(err15);
							errors++;
						}
					} else {
						const err16 = {
							instancePath: instancePath + "/vdp/url",
							schemaPath: "#/$defs/Vdp/properties/url/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema99.properties.url.type,
							parentSchema: schema99.properties.url,
							data: data8
						};
						if (vErrors === null) vErrors = [err16];
						else vErrors.push(err16);
						errors++;
					}
				}
			} else {
				const err17 = {
					instancePath: instancePath + "/vdp",
					schemaPath: "#/$defs/Vdp/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema99.type,
					parentSchema: schema99,
					data: data7
				};
				if (vErrors === null) vErrors = [err17];
				else vErrors.push(err17);
				errors++;
			}
		}
		if (data.cveCweComplete !== void 0) {
			let data9 = data.cveCweComplete;
			if (typeof data9 !== "boolean") {
				const err18 = {
					instancePath: instancePath + "/cveCweComplete",
					schemaPath: "#/properties/cveCweComplete/type",
					keyword: "type",
					params: { type: "boolean" },
					message: "must be boolean",
					schema: schema97.properties.cveCweComplete.type,
					parentSchema: schema97.properties.cveCweComplete,
					data: data9
				};
				if (vErrors === null) vErrors = [err18];
				else vErrors.push(err18);
				errors++;
			}
		}
		if (data.incidentCommunication !== void 0) {
			if (!validate62(data.incidentCommunication, {
				instancePath: instancePath + "/incidentCommunication",
				parentData: data,
				parentDataProperty: "incidentCommunication",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
				errors = vErrors.length;
			}
		}
	} else {
		const err19 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema97.type,
			parentSchema: schema97,
			data
		};
		if (vErrors === null) vErrors = [err19];
		else vErrors.push(err19);
		errors++;
	}
	validate61.errors = vErrors;
	return errors === 0;
}
validate61.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const pattern12 = new RegExp("^[a-f0-9]{64}$", "u");
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
			if ("VendorManifest" !== data1) {
				const err5 = {
					instancePath: instancePath + "/kind",
					schemaPath: "#/properties/kind/const",
					keyword: "const",
					params: { allowedValue: "VendorManifest" },
					message: "must be equal to constant",
					schema: "VendorManifest",
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
				if (data2.vendor === void 0) {
					const err6 = {
						instancePath: instancePath + "/metadata",
						schemaPath: "#/$defs/VendorMetadata/required",
						keyword: "required",
						params: { missingProperty: "vendor" },
						message: "must have required property 'vendor'",
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
						schemaPath: "#/$defs/VendorMetadata/required",
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
				for (const key1 in data2) if (!(key1 === "vendor" || key1 === "product" || key1 === "productVersion" || key1 === "productGaDate" || key1 === "manifestDate" || key1 === "assurance")) {
					const err8 = {
						instancePath: instancePath + "/metadata",
						schemaPath: "#/$defs/VendorMetadata/additionalProperties",
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
				if (data2.vendor !== void 0) {
					let data3 = data2.vendor;
					if (typeof data3 === "string") {
						if (func2(data3) < 1) {
							const err9 = {
								instancePath: instancePath + "/metadata/vendor",
								schemaPath: "#/$defs/VendorMetadata/properties/vendor/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema32.properties.vendor,
								data: data3
							};
							if (vErrors === null) vErrors = [err9];
							else vErrors.push(err9);
							errors++;
						}
					} else {
						const err10 = {
							instancePath: instancePath + "/metadata/vendor",
							schemaPath: "#/$defs/VendorMetadata/properties/vendor/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema32.properties.vendor.type,
							parentSchema: schema32.properties.vendor,
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
								schemaPath: "#/$defs/VendorMetadata/properties/product/minLength",
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
							schemaPath: "#/$defs/VendorMetadata/properties/product/type",
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
				if (data2.productVersion !== void 0) {
					let data5 = data2.productVersion;
					if (typeof data5 !== "string") {
						const err13 = {
							instancePath: instancePath + "/metadata/productVersion",
							schemaPath: "#/$defs/VendorMetadata/properties/productVersion/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema32.properties.productVersion.type,
							parentSchema: schema32.properties.productVersion,
							data: data5
						};
						if (vErrors === null) vErrors = [err13];
						else vErrors.push(err13);
						errors++;
					}
				}
				if (data2.productGaDate !== void 0) {
					let data6 = data2.productGaDate;
					if (typeof data6 === "string") {
						if (!formats0.validate(data6)) {
							const err14 = {
								instancePath: instancePath + "/metadata/productGaDate",
								schemaPath: "#/$defs/VendorMetadata/properties/productGaDate/format",
								keyword: "format",
								params: { format: "date" },
								message: "must match format \"date\"",
								schema: "date",
								parentSchema: schema32.properties.productGaDate,
								data: data6
							};
							if (vErrors === null) vErrors = [err14];
							else vErrors.push(err14);
							errors++;
						}
					} else {
						const err15 = {
							instancePath: instancePath + "/metadata/productGaDate",
							schemaPath: "#/$defs/VendorMetadata/properties/productGaDate/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema32.properties.productGaDate.type,
							parentSchema: schema32.properties.productGaDate,
							data: data6
						};
						if (vErrors === null) vErrors = [err15];
						else vErrors.push(err15);
						errors++;
					}
				}
				if (data2.manifestDate !== void 0) {
					let data7 = data2.manifestDate;
					if (typeof data7 === "string") {
						if (!formats0.validate(data7)) {
							const err16 = {
								instancePath: instancePath + "/metadata/manifestDate",
								schemaPath: "#/$defs/VendorMetadata/properties/manifestDate/format",
								keyword: "format",
								params: { format: "date" },
								message: "must match format \"date\"",
								schema: "date",
								parentSchema: schema32.properties.manifestDate,
								data: data7
							};
							if (vErrors === null) vErrors = [err16];
							else vErrors.push(err16);
							errors++;
						}
					} else {
						const err17 = {
							instancePath: instancePath + "/metadata/manifestDate",
							schemaPath: "#/$defs/VendorMetadata/properties/manifestDate/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema32.properties.manifestDate.type,
							parentSchema: schema32.properties.manifestDate,
							data: data7
						};
						if (vErrors === null) vErrors = [err17];
						else vErrors.push(err17);
						errors++;
					}
				}
				if (data2.assurance !== void 0) {
					let data8 = data2.assurance;
					if (typeof data8 !== "string") {
						const err18 = {
							instancePath: instancePath + "/metadata/assurance",
							schemaPath: "#/$defs/VendorMetadata/properties/assurance/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema32.properties.assurance.type,
							parentSchema: schema32.properties.assurance,
							data: data8
						};
						if (vErrors === null) vErrors = [err18];
						else vErrors.push(err18);
						errors++;
					}
					if (!(data8 === "self_attested" || data8 === "evidence_linked" || data8 === "third_party_verified")) {
						const err19 = {
							instancePath: instancePath + "/metadata/assurance",
							schemaPath: "#/$defs/VendorMetadata/properties/assurance/enum",
							keyword: "enum",
							params: { allowedValues: schema32.properties.assurance.enum },
							message: "must be equal to one of the allowed values",
							schema: schema32.properties.assurance.enum,
							parentSchema: schema32.properties.assurance,
							data: data8
						};
						if (vErrors === null) vErrors = [err19];
						else vErrors.push(err19);
						errors++;
					}
				}
			} else {
				const err20 = {
					instancePath: instancePath + "/metadata",
					schemaPath: "#/$defs/VendorMetadata/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema32.type,
					parentSchema: schema32,
					data: data2
				};
				if (vErrors === null) vErrors = [err20];
				else vErrors.push(err20);
				errors++;
			}
		}
		if (data.platforms !== void 0) {
			let data9 = data.platforms;
			if (Array.isArray(data9)) {
				const len0 = data9.length;
				for (let i0 = 0; i0 < len0; i0++) if (!validate21(data9[i0], {
					instancePath: instancePath + "/platforms/" + i0,
					parentData: data9,
					parentDataProperty: i0,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
					errors = vErrors.length;
				}
			} else {
				const err21 = {
					instancePath: instancePath + "/platforms",
					schemaPath: "#/properties/platforms/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.platforms.type,
					parentSchema: schema31.properties.platforms,
					data: data9
				};
				if (vErrors === null) vErrors = [err21];
				else vErrors.push(err21);
				errors++;
			}
		}
		if (data.components !== void 0) {
			let data11 = data.components;
			if (Array.isArray(data11)) {
				const len1 = data11.length;
				for (let i1 = 0; i1 < len1; i1++) if (!validate25(data11[i1], {
					instancePath: instancePath + "/components/" + i1,
					parentData: data11,
					parentDataProperty: i1,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
					errors = vErrors.length;
				}
			} else {
				const err22 = {
					instancePath: instancePath + "/components",
					schemaPath: "#/properties/components/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.components.type,
					parentSchema: schema31.properties.components,
					data: data11
				};
				if (vErrors === null) vErrors = [err22];
				else vErrors.push(err22);
				errors++;
			}
		}
		if (data.updateChannels !== void 0) {
			let data13 = data.updateChannels;
			if (Array.isArray(data13)) {
				const len2 = data13.length;
				for (let i2 = 0; i2 < len2; i2++) if (!validate31(data13[i2], {
					instancePath: instancePath + "/updateChannels/" + i2,
					parentData: data13,
					parentDataProperty: i2,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
					errors = vErrors.length;
				}
			} else {
				const err23 = {
					instancePath: instancePath + "/updateChannels",
					schemaPath: "#/properties/updateChannels/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.updateChannels.type,
					parentSchema: schema31.properties.updateChannels,
					data: data13
				};
				if (vErrors === null) vErrors = [err23];
				else vErrors.push(err23);
				errors++;
			}
		}
		if (data.customerControls !== void 0) {
			if (!validate39(data.customerControls, {
				instancePath: instancePath + "/customerControls",
				parentData: data,
				parentDataProperty: "customerControls",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
				errors = vErrors.length;
			}
		}
		if (data.testing !== void 0) {
			if (!validate43(data.testing, {
				instancePath: instancePath + "/testing",
				parentData: data,
				parentDataProperty: "testing",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
				errors = vErrors.length;
			}
		}
		if (data.build !== void 0) {
			let data17 = data.build;
			if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
				for (const key2 in data17) if (!(key2 === "warningsAsErrors")) {
					const err24 = {
						instancePath: instancePath + "/build",
						schemaPath: "#/$defs/Build/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key2 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema76,
						data: data17
					};
					if (vErrors === null) vErrors = [err24];
					else vErrors.push(err24);
					errors++;
				}
				if (data17.warningsAsErrors !== void 0) {
					let data18 = data17.warningsAsErrors;
					if (typeof data18 !== "boolean") {
						const err25 = {
							instancePath: instancePath + "/build/warningsAsErrors",
							schemaPath: "#/$defs/Build/properties/warningsAsErrors/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema76.properties.warningsAsErrors.type,
							parentSchema: schema76.properties.warningsAsErrors,
							data: data18
						};
						if (vErrors === null) vErrors = [err25];
						else vErrors.push(err25);
						errors++;
					}
				}
			} else {
				const err26 = {
					instancePath: instancePath + "/build",
					schemaPath: "#/$defs/Build/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema76.type,
					parentSchema: schema76,
					data: data17
				};
				if (vErrors === null) vErrors = [err26];
				else vErrors.push(err26);
				errors++;
			}
		}
		if (data.recovery !== void 0) {
			if (!validate45(data.recovery, {
				instancePath: instancePath + "/recovery",
				parentData: data,
				parentDataProperty: "recovery",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
				errors = vErrors.length;
			}
		}
		if (data.controlPlane !== void 0) {
			if (!validate47(data.controlPlane, {
				instancePath: instancePath + "/controlPlane",
				parentData: data,
				parentDataProperty: "controlPlane",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
				errors = vErrors.length;
			}
		}
		if (data.remediationSafety !== void 0) {
			if (!validate49(data.remediationSafety, {
				instancePath: instancePath + "/remediationSafety",
				parentData: data,
				parentDataProperty: "remediationSafety",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
				errors = vErrors.length;
			}
		}
		if (data.telemetry !== void 0) {
			if (!validate51(data.telemetry, {
				instancePath: instancePath + "/telemetry",
				parentData: data,
				parentDataProperty: "telemetry",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
				errors = vErrors.length;
			}
		}
		if (data.memorySafety !== void 0) {
			if (!validate53(data.memorySafety, {
				instancePath: instancePath + "/memorySafety",
				parentData: data,
				parentDataProperty: "memorySafety",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
				errors = vErrors.length;
			}
		}
		if (data.supplyChain !== void 0) {
			if (!validate57(data.supplyChain, {
				instancePath: instancePath + "/supplyChain",
				parentData: data,
				parentDataProperty: "supplyChain",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
				errors = vErrors.length;
			}
		}
		if (data.programs !== void 0) {
			if (!validate59(data.programs, {
				instancePath: instancePath + "/programs",
				parentData: data,
				parentDataProperty: "programs",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
				errors = vErrors.length;
			}
		}
		if (data.transparency !== void 0) {
			if (!validate61(data.transparency, {
				instancePath: instancePath + "/transparency",
				parentData: data,
				parentDataProperty: "transparency",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
				errors = vErrors.length;
			}
		}
		if (data.evidence !== void 0) {
			let data27 = data.evidence;
			if (Array.isArray(data27)) {
				const len3 = data27.length;
				for (let i3 = 0; i3 < len3; i3++) {
					let data28 = data27[i3];
					if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
						for (const key3 in data28) if (!(key3 === "claim" || key3 === "type" || key3 === "url" || key3 === "path" || key3 === "sha256" || key3 === "description")) {
							const err27 = {
								instancePath: instancePath + "/evidence/" + i3,
								schemaPath: "#/$defs/EvidenceItem/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key3 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema102,
								data: data28
							};
							if (vErrors === null) vErrors = [err27];
							else vErrors.push(err27);
							errors++;
						}
						if (data28.claim !== void 0) {
							let data29 = data28.claim;
							if (typeof data29 === "string") {
								if (!formats28.test(data29)) {
									const err28 = {
										instancePath: instancePath + "/evidence/" + i3 + "/claim",
										schemaPath: "#/$defs/EvidenceItem/properties/claim/format",
										keyword: "format",
										params: { format: "json-pointer" },
										message: "must match format \"json-pointer\"",
										schema: "json-pointer",
										parentSchema: schema102.properties.claim,
										data: data29
									};
									if (vErrors === null) vErrors = [err28];
									else vErrors.push(err28);
									errors++;
								}
							} else {
								const err29 = {
									instancePath: instancePath + "/evidence/" + i3 + "/claim",
									schemaPath: "#/$defs/EvidenceItem/properties/claim/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema102.properties.claim.type,
									parentSchema: schema102.properties.claim,
									data: data29
								};
								if (vErrors === null) vErrors = [err29];
								else vErrors.push(err29);
								errors++;
							}
						}
						if (data28.type !== void 0) {
							let data30 = data28.type;
							if (typeof data30 !== "string") {
								const err30 = {
									instancePath: instancePath + "/evidence/" + i3 + "/type",
									schemaPath: "#/$defs/EvidenceItem/properties/type/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema102.properties.type.type,
									parentSchema: schema102.properties.type,
									data: data30
								};
								if (vErrors === null) vErrors = [err30];
								else vErrors.push(err30);
								errors++;
							}
							if (!(data30 === "document" || data30 === "attestation" || data30 === "report" || data30 === "url")) {
								const err31 = {
									instancePath: instancePath + "/evidence/" + i3 + "/type",
									schemaPath: "#/$defs/EvidenceItem/properties/type/enum",
									keyword: "enum",
									params: { allowedValues: schema102.properties.type.enum },
									message: "must be equal to one of the allowed values",
									schema: schema102.properties.type.enum,
									parentSchema: schema102.properties.type,
									data: data30
								};
								if (vErrors === null) vErrors = [err31];
								else vErrors.push(err31);
								errors++;
							}
						}
						if (data28.url !== void 0) {
							let data31 = data28.url;
							if (typeof data31 === "string") {
								if (!formats10(data31)) {
									const err32 = {
										instancePath: instancePath + "/evidence/" + i3 + "/url",
										schemaPath: "#/$defs/EvidenceItem/properties/url/format",
										keyword: "format",
										params: { format: "uri" },
										message: "must match format \"uri\"",
										schema: "uri",
										parentSchema: schema102.properties.url,
										data: data31
									};
									if (vErrors === null) vErrors = [err32];
									else vErrors.push(err32);
									errors++;
								}
							} else {
								const err33 = {
									instancePath: instancePath + "/evidence/" + i3 + "/url",
									schemaPath: "#/$defs/EvidenceItem/properties/url/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema102.properties.url.type,
									parentSchema: schema102.properties.url,
									data: data31
								};
								if (vErrors === null) vErrors = [err33];
								else vErrors.push(err33);
								errors++;
							}
						}
						if (data28.path !== void 0) {
							let data32 = data28.path;
							if (typeof data32 === "string") {
								if (func2(data32) > 1024) {
									const err34 = {
										instancePath: instancePath + "/evidence/" + i3 + "/path",
										schemaPath: "#/$defs/EvidenceItem/properties/path/maxLength",
										keyword: "maxLength",
										params: { limit: 1024 },
										message: "must NOT have more than 1024 characters",
										schema: 1024,
										parentSchema: schema102.properties.path,
										data: data32
									};
									if (vErrors === null) vErrors = [err34];
									else vErrors.push(err34);
									errors++;
								}
								if (func2(data32) < 1) {
									const err35 = {
										instancePath: instancePath + "/evidence/" + i3 + "/path",
										schemaPath: "#/$defs/EvidenceItem/properties/path/minLength",
										keyword: "minLength",
										params: { limit: 1 },
										message: "must NOT have fewer than 1 characters",
										schema: 1,
										parentSchema: schema102.properties.path,
										data: data32
									};
									if (vErrors === null) vErrors = [err35];
									else vErrors.push(err35);
									errors++;
								}
							} else {
								const err36 = {
									instancePath: instancePath + "/evidence/" + i3 + "/path",
									schemaPath: "#/$defs/EvidenceItem/properties/path/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema102.properties.path.type,
									parentSchema: schema102.properties.path,
									data: data32
								};
								if (vErrors === null) vErrors = [err36];
								else vErrors.push(err36);
								errors++;
							}
						}
						if (data28.sha256 !== void 0) {
							let data33 = data28.sha256;
							if (typeof data33 === "string") {
								if (!pattern12.test(data33)) {
									const err37 = {
										instancePath: instancePath + "/evidence/" + i3 + "/sha256",
										schemaPath: "#/$defs/EvidenceItem/properties/sha256/pattern",
										keyword: "pattern",
										params: { pattern: "^[a-f0-9]{64}$" },
										message: "must match pattern \"^[a-f0-9]{64}$\"",
										schema: "^[a-f0-9]{64}$",
										parentSchema: schema102.properties.sha256,
										data: data33
									};
									if (vErrors === null) vErrors = [err37];
									else vErrors.push(err37);
									errors++;
								}
							} else {
								const err38 = {
									instancePath: instancePath + "/evidence/" + i3 + "/sha256",
									schemaPath: "#/$defs/EvidenceItem/properties/sha256/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema102.properties.sha256.type,
									parentSchema: schema102.properties.sha256,
									data: data33
								};
								if (vErrors === null) vErrors = [err38];
								else vErrors.push(err38);
								errors++;
							}
						}
						if (data28.description !== void 0) {
							let data34 = data28.description;
							if (typeof data34 !== "string") {
								const err39 = {
									instancePath: instancePath + "/evidence/" + i3 + "/description",
									schemaPath: "#/$defs/EvidenceItem/properties/description/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema102.properties.description.type,
									parentSchema: schema102.properties.description,
									data: data34
								};
								if (vErrors === null) vErrors = [err39];
								else vErrors.push(err39);
								errors++;
							}
						}
					} else {
						const err40 = {
							instancePath: instancePath + "/evidence/" + i3,
							schemaPath: "#/$defs/EvidenceItem/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema102.type,
							parentSchema: schema102,
							data: data28
						};
						if (vErrors === null) vErrors = [err40];
						else vErrors.push(err40);
						errors++;
					}
				}
			} else {
				const err41 = {
					instancePath: instancePath + "/evidence",
					schemaPath: "#/properties/evidence/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.evidence.type,
					parentSchema: schema31.properties.evidence,
					data: data27
				};
				if (vErrors === null) vErrors = [err41];
				else vErrors.push(err41);
				errors++;
			}
		}
	} else {
		const err42 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema31.type,
			parentSchema: schema31,
			data
		};
		if (vErrors === null) vErrors = [err42];
		else vErrors.push(err42);
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
module.exports.schemaDigest = "c212b2165904bbfc4e5cc0e79c7f708724f52e82f06a5fea4eba6c506b281294";
