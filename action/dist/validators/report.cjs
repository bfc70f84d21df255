"use strict";
const require_ucs2length$1 = require("./shared-5ab0ab80.cjs");
const require_formats$1 = require("./shared-7d2e0bb5.cjs");
// dist/validators/report.cjs
module.exports = validate20;
module.exports.default = validate20;
const schema31 = {
	"$schema": "https://json-schema.org/draft/2020-12/schema",
	"$id": "urn:ringfence:schema:report",
	"title": "Report",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"reportVersion",
		"tool",
		"asOf",
		"standard",
		"subjects",
		"problems",
		"waivers",
		"gate"
	],
	"properties": {
		"reportVersion": { "const": 2 },
		"tool": { "$ref": "#/$defs/Tool" },
		"asOf": {
			"type": "string",
			"format": "date"
		},
		"about": { "$ref": "#/$defs/ReportAbout" },
		"standard": { "$ref": "#/$defs/StandardInfo" },
		"subjects": {
			"type": "array",
			"items": { "$ref": "#/$defs/Subject" }
		},
		"problems": {
			"type": "array",
			"items": { "$ref": "#/$defs/Problem" }
		},
		"waivers": {
			"type": "array",
			"items": { "$ref": "#/$defs/WaiverStatus" }
		},
		"baseline": { "$ref": "#/$defs/BaselineSummary" },
		"gate": { "$ref": "#/$defs/Gate" },
		"shard": { "$ref": "#/$defs/ShardInfo" }
	},
	"$defs": {
		"ShardInfo": {
			"title": "ShardInfo",
			"type": "object",
			"additionalProperties": false,
			"required": [
				"index",
				"count",
				"run",
				"files",
				"waiverColumns",
				"subjects",
				"runProblems",
				"documentProblems"
			],
			"properties": {
				"index": {
					"type": "integer",
					"minimum": 1,
					"maximum": 256
				},
				"count": {
					"type": "integer",
					"minimum": 1,
					"maximum": 256
				},
				"run": {
					"type": "string",
					"pattern": "^sha256:[0-9a-f]{64}$"
				},
				"files": {
					"type": "integer",
					"minimum": 0
				},
				"allowEmpty": { "const": true },
				"waiverColumns": {
					"type": "array",
					"items": {
						"type": "integer",
						"minimum": 0
					}
				},
				"subjects": {
					"type": "array",
					"items": {
						"type": "object",
						"additionalProperties": false,
						"required": ["entry"],
						"properties": {
							"entry": {
								"type": "integer",
								"minimum": 0
							},
							"reasons": {
								"type": "array",
								"items": { "type": "string" }
							},
							"schema": {
								"type": "array",
								"items": { "$ref": "#/$defs/Problem" }
							}
						}
					}
				},
				"runProblems": {
					"type": "array",
					"items": { "$ref": "#/$defs/Problem" }
				},
				"documentProblems": {
					"type": "array",
					"items": { "$ref": "#/$defs/Problem" }
				}
			}
		},
		"Assurance": { "enum": [
			"declared",
			"linked",
			"verified",
			"observed",
			"independently_verified",
			"contradicted"
		] },
		"ObservedRollout": {
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
		},
		"ControlObservation": {
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
		},
		"ControlStatement": {
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
		},
		"ControlEvidence": {
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
		},
		"Severity": {
			"title": "Severity",
			"enum": [
				"critical",
				"high",
				"medium",
				"low"
			]
		},
		"ControlStatus": {
			"title": "ControlStatus",
			"enum": [
				"pass",
				"fail",
				"missing_evidence",
				"error",
				"not_applicable"
			]
		},
		"DocumentKind": {
			"title": "DocumentKind",
			"enum": ["VendorManifest", "DeploymentConfig"]
		},
		"Tool": {
			"title": "Tool",
			"type": "object",
			"additionalProperties": false,
			"required": ["name", "version"],
			"properties": {
				"name": { "const": "ringfence" },
				"version": { "type": "string" },
				"config": {
					"type": "object",
					"additionalProperties": false,
					"required": ["file", "sha256"],
					"properties": {
						"file": { "type": "string" },
						"sha256": {
							"type": "string",
							"pattern": "^[0-9a-f]{64}$"
						}
					}
				},
				"informationUri": {
					"type": "string",
					"format": "uri",
					"pattern": "^https://"
				}
			}
		},
		"StandardInfo": {
			"title": "StandardInfo",
			"type": "object",
			"additionalProperties": false,
			"required": [
				"id",
				"version",
				"title",
				"file",
				"digest",
				"extends",
				"levels",
				"grading",
				"areas",
				"controls"
			],
			"properties": {
				"id": { "type": "string" },
				"version": { "type": "string" },
				"title": { "type": "string" },
				"description": { "type": "string" },
				"url": { "type": "string" },
				"file": { "type": "string" },
				"digest": {
					"type": "string",
					"pattern": "^sha256:[0-9a-f]{64}$"
				},
				"extends": {
					"type": "array",
					"items": { "type": "string" }
				},
				"levels": {
					"type": "array",
					"items": { "$ref": "#/$defs/Level" }
				},
				"grading": { "$ref": "#/$defs/Grading" },
				"areas": {
					"type": "array",
					"items": { "$ref": "#/$defs/StandardArea" }
				},
				"controls": {
					"type": "array",
					"items": { "$ref": "#/$defs/ControlInfo" }
				}
			}
		},
		"Level": {
			"title": "Level",
			"type": "object",
			"additionalProperties": false,
			"required": ["level", "name"],
			"properties": {
				"level": {
					"type": "integer",
					"minimum": 1
				},
				"name": { "type": "string" },
				"description": { "type": "string" }
			}
		},
		"Grading": {
			"title": "Grading",
			"type": "object",
			"additionalProperties": false,
			"required": [
				"bands",
				"criticalCap",
				"instances",
				"weighting"
			],
			"properties": {
				"bands": {
					"type": "array",
					"items": { "$ref": "#/$defs/GradeBand" }
				},
				"criticalCap": { "type": "string" },
				"instances": { "enum": ["mean", "worst"] },
				"weighting": { "enum": ["areas", "severity"] },
				"unbackedCap": { "type": "string" },
				"minimumAssurance": { "enum": [
					"linked",
					"verified",
					"observed",
					"independently_verified"
				] }
			}
		},
		"GradeBand": {
			"title": "GradeBand",
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
		},
		"StandardArea": {
			"title": "StandardArea",
			"type": "object",
			"additionalProperties": false,
			"required": [
				"id",
				"title",
				"weight",
				"controls"
			],
			"properties": {
				"id": { "type": "string" },
				"title": { "type": "string" },
				"weight": {
					"type": "number",
					"minimum": 0
				},
				"description": { "type": "string" },
				"controls": {
					"type": "array",
					"items": { "type": "string" }
				}
			}
		},
		"ControlInfo": {
			"title": "ControlInfo",
			"type": "object",
			"additionalProperties": false,
			"required": [
				"id",
				"title",
				"area",
				"severity",
				"weight",
				"level",
				"capsGrade",
				"rule",
				"params",
				"rationale",
				"remediation",
				"references",
				"mappings",
				"source"
			],
			"properties": {
				"id": { "type": "string" },
				"title": { "type": "string" },
				"area": { "type": "string" },
				"severity": { "$ref": "#/$defs/Severity" },
				"weight": {
					"type": "number",
					"minimum": 0
				},
				"level": {
					"type": "integer",
					"minimum": 1
				},
				"capsGrade": { "type": "boolean" },
				"rule": { "type": "string" },
				"appliesTo": { "$ref": "#/$defs/DocumentKind" },
				"params": { "type": "object" },
				"rationale": { "type": "string" },
				"remediation": { "type": "string" },
				"references": {
					"type": "array",
					"items": { "$ref": "#/$defs/Reference" }
				},
				"mappings": {
					"type": "array",
					"items": { "$ref": "#/$defs/Mapping" }
				},
				"source": { "$ref": "#/$defs/ControlSource" },
				"broken": { "type": "string" }
			}
		},
		"Reference": {
			"title": "Reference",
			"type": "object",
			"additionalProperties": false,
			"required": ["title"],
			"properties": {
				"title": { "type": "string" },
				"url": { "type": "string" }
			}
		},
		"Mapping": {
			"title": "Mapping",
			"type": "object",
			"additionalProperties": false,
			"required": ["framework", "id"],
			"properties": {
				"framework": { "type": "string" },
				"id": { "type": "string" },
				"title": { "type": "string" }
			}
		},
		"ControlSource": {
			"title": "ControlSource",
			"type": "object",
			"additionalProperties": false,
			"required": ["file", "line"],
			"properties": {
				"file": { "type": "string" },
				"line": {
					"type": "integer",
					"minimum": 1
				}
			}
		},
		"Subject": {
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
		},
		"SubjectArea": {
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
		},
		"SubjectControl": {
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
		},
		"InstanceCounts": {
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
		},
		"Finding": {
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
		},
		"RelatedLocation": {
			"title": "RelatedLocation",
			"type": "object",
			"additionalProperties": false,
			"required": ["message", "location"],
			"properties": {
				"message": { "type": "string" },
				"location": { "$ref": "#/$defs/SourceLocation" }
			}
		},
		"Excerpt": {
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
		},
		"FindingWaiver": {
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
		},
		"SourceLocation": {
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
		},
		"Range": {
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
		},
		"Problem": {
			"title": "Problem",
			"type": "object",
			"additionalProperties": false,
			"required": [
				"severity",
				"code",
				"message"
			],
			"properties": {
				"severity": { "enum": ["error", "warning"] },
				"code": { "type": "string" },
				"message": { "type": "string" },
				"file": { "type": "string" },
				"range": { "$ref": "#/$defs/Range" },
				"pointer": {
					"type": "string",
					"pattern": "^(/([^~/]|~[01])*)*$"
				},
				"documentIndex": {
					"type": "integer",
					"minimum": 0
				},
				"rule": { "type": "string" },
				"control": { "type": "string" }
			}
		},
		"WaiverStatus": {
			"title": "WaiverStatus",
			"type": "object",
			"additionalProperties": false,
			"required": [
				"file",
				"line",
				"control",
				"documents",
				"reason",
				"owner",
				"expires",
				"status",
				"matched"
			],
			"properties": {
				"file": { "type": "string" },
				"line": {
					"type": "integer",
					"minimum": 1
				},
				"control": { "type": "string" },
				"documents": { "type": "string" },
				"pointer": { "type": "string" },
				"reason": { "type": "string" },
				"owner": { "type": "string" },
				"ticket": { "type": "string" },
				"expires": {
					"type": "string",
					"format": "date"
				},
				"status": { "enum": [
					"active",
					"expiring",
					"expired",
					"unmatched",
					"invalid"
				] },
				"matched": {
					"type": "integer",
					"minimum": 0
				},
				"note": { "type": "string" }
			}
		},
		"BaselineSummary": {
			"title": "BaselineSummary",
			"type": "object",
			"additionalProperties": false,
			"required": [
				"file",
				"new",
				"unchanged",
				"absent"
			],
			"properties": {
				"file": { "type": "string" },
				"new": {
					"type": "integer",
					"minimum": 0
				},
				"unchanged": {
					"type": "integer",
					"minimum": 0
				},
				"absent": {
					"type": "array",
					"items": { "$ref": "#/$defs/AbsentFinding" }
				}
			}
		},
		"AbsentFinding": {
			"title": "AbsentFinding",
			"type": "object",
			"additionalProperties": false,
			"required": [
				"control",
				"file",
				"pointer",
				"message",
				"fingerprint"
			],
			"properties": {
				"control": { "type": "string" },
				"file": { "type": "string" },
				"pointer": { "type": "string" },
				"message": { "type": "string" },
				"fingerprint": { "type": "string" }
			}
		},
		"ReportAbout": {
			"title": "ReportAbout",
			"type": "object",
			"additionalProperties": false,
			"properties": {
				"title": {
					"type": "string",
					"minLength": 1,
					"maxLength": 120,
					"pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"
				},
				"organization": {
					"type": "string",
					"minLength": 1,
					"maxLength": 120,
					"pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"
				},
				"purpose": {
					"type": "string",
					"minLength": 1,
					"maxLength": 300,
					"pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"
				}
			}
		},
		"Timeline": {
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
		},
		"TimelineRow": {
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
		},
		"SensorTiming": {
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
		},
		"ContentTiming": {
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
		},
		"Gate": {
			"title": "Gate",
			"type": "object",
			"additionalProperties": false,
			"required": [
				"passed",
				"failOn",
				"reasons"
			],
			"properties": {
				"passed": { "type": "boolean" },
				"failOn": { "enum": [
					"critical",
					"high",
					"medium",
					"low",
					"none"
				] },
				"minScore": {
					"type": "number",
					"minimum": 0,
					"maximum": 100
				},
				"minLevel": {
					"type": "number",
					"minimum": 0
				},
				"failOnNew": { "type": "boolean" },
				"reasons": {
					"type": "array",
					"items": { "type": "string" }
				}
			}
		}
	}
};
const schema32 = {
	"title": "Tool",
	"type": "object",
	"additionalProperties": false,
	"required": ["name", "version"],
	"properties": {
		"name": { "const": "ringfence" },
		"version": { "type": "string" },
		"config": {
			"type": "object",
			"additionalProperties": false,
			"required": ["file", "sha256"],
			"properties": {
				"file": { "type": "string" },
				"sha256": {
					"type": "string",
					"pattern": "^[0-9a-f]{64}$"
				}
			}
		},
		"informationUri": {
			"type": "string",
			"format": "uri",
			"pattern": "^https://"
		}
	}
};
const schema33 = {
	"title": "ReportAbout",
	"type": "object",
	"additionalProperties": false,
	"properties": {
		"title": {
			"type": "string",
			"minLength": 1,
			"maxLength": 120,
			"pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"
		},
		"organization": {
			"type": "string",
			"minLength": 1,
			"maxLength": 120,
			"pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"
		},
		"purpose": {
			"type": "string",
			"minLength": 1,
			"maxLength": 300,
			"pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"
		}
	}
};
const schema71 = {
	"title": "WaiverStatus",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"file",
		"line",
		"control",
		"documents",
		"reason",
		"owner",
		"expires",
		"status",
		"matched"
	],
	"properties": {
		"file": { "type": "string" },
		"line": {
			"type": "integer",
			"minimum": 1
		},
		"control": { "type": "string" },
		"documents": { "type": "string" },
		"pointer": { "type": "string" },
		"reason": { "type": "string" },
		"owner": { "type": "string" },
		"ticket": { "type": "string" },
		"expires": {
			"type": "string",
			"format": "date"
		},
		"status": { "enum": [
			"active",
			"expiring",
			"expired",
			"unmatched",
			"invalid"
		] },
		"matched": {
			"type": "integer",
			"minimum": 0
		},
		"note": { "type": "string" }
	}
};
const schema74 = {
	"title": "Gate",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"passed",
		"failOn",
		"reasons"
	],
	"properties": {
		"passed": { "type": "boolean" },
		"failOn": { "enum": [
			"critical",
			"high",
			"medium",
			"low",
			"none"
		] },
		"minScore": {
			"type": "number",
			"minimum": 0,
			"maximum": 100
		},
		"minLevel": {
			"type": "number",
			"minimum": 0
		},
		"failOnNew": { "type": "boolean" },
		"reasons": {
			"type": "array",
			"items": { "type": "string" }
		}
	}
};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require_ucs2length$1.require_ucs2length().default;
const pattern4 = new RegExp("^[0-9a-f]{64}$", "u");
const pattern5 = new RegExp("^https://", "u");
const pattern6 = new RegExp("^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "u");
const formats0 = require_formats$1.require_formats().fullFormats.uri;
const formats2 = require_formats$1.require_formats().fullFormats.date;
const schema34 = {
	"title": "StandardInfo",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"id",
		"version",
		"title",
		"file",
		"digest",
		"extends",
		"levels",
		"grading",
		"areas",
		"controls"
	],
	"properties": {
		"id": { "type": "string" },
		"version": { "type": "string" },
		"title": { "type": "string" },
		"description": { "type": "string" },
		"url": { "type": "string" },
		"file": { "type": "string" },
		"digest": {
			"type": "string",
			"pattern": "^sha256:[0-9a-f]{64}$"
		},
		"extends": {
			"type": "array",
			"items": { "type": "string" }
		},
		"levels": {
			"type": "array",
			"items": { "$ref": "#/$defs/Level" }
		},
		"grading": { "$ref": "#/$defs/Grading" },
		"areas": {
			"type": "array",
			"items": { "$ref": "#/$defs/StandardArea" }
		},
		"controls": {
			"type": "array",
			"items": { "$ref": "#/$defs/ControlInfo" }
		}
	}
};
const schema35 = {
	"title": "Level",
	"type": "object",
	"additionalProperties": false,
	"required": ["level", "name"],
	"properties": {
		"level": {
			"type": "integer",
			"minimum": 1
		},
		"name": { "type": "string" },
		"description": { "type": "string" }
	}
};
const schema38 = {
	"title": "StandardArea",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"id",
		"title",
		"weight",
		"controls"
	],
	"properties": {
		"id": { "type": "string" },
		"title": { "type": "string" },
		"weight": {
			"type": "number",
			"minimum": 0
		},
		"description": { "type": "string" },
		"controls": {
			"type": "array",
			"items": { "type": "string" }
		}
	}
};
const pattern9 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const schema36 = {
	"title": "Grading",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"bands",
		"criticalCap",
		"instances",
		"weighting"
	],
	"properties": {
		"bands": {
			"type": "array",
			"items": { "$ref": "#/$defs/GradeBand" }
		},
		"criticalCap": { "type": "string" },
		"instances": { "enum": ["mean", "worst"] },
		"weighting": { "enum": ["areas", "severity"] },
		"unbackedCap": { "type": "string" },
		"minimumAssurance": { "enum": [
			"linked",
			"verified",
			"observed",
			"independently_verified"
		] }
	}
};
const schema37 = {
	"title": "GradeBand",
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
};
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate22.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.bands === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "bands" },
				message: "must have required property 'bands'",
				schema: schema36.required,
				parentSchema: schema36,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.criticalCap === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "criticalCap" },
				message: "must have required property 'criticalCap'",
				schema: schema36.required,
				parentSchema: schema36,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.instances === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "instances" },
				message: "must have required property 'instances'",
				schema: schema36.required,
				parentSchema: schema36,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.weighting === void 0) {
			const err3 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "weighting" },
				message: "must have required property 'weighting'",
				schema: schema36.required,
				parentSchema: schema36,
				data
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "bands" || key0 === "criticalCap" || key0 === "instances" || key0 === "weighting" || key0 === "unbackedCap" || key0 === "minimumAssurance")) {
			const err4 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema36,
				data
			};
			if (vErrors === null) vErrors = [err4];
			else vErrors.push(err4);
			errors++;
		}
		if (data.bands !== void 0) {
			let data0 = data.bands;
			if (Array.isArray(data0)) {
				const len0 = data0.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data1 = data0[i0];
					if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
						if (data1.grade === void 0) {
							const err5 = {
								instancePath: instancePath + "/bands/" + i0,
								schemaPath: "#/$defs/GradeBand/required",
								keyword: "required",
								params: { missingProperty: "grade" },
								message: "must have required property 'grade'",
								schema: schema37.required,
								parentSchema: schema37,
								data: data1
							};
							if (vErrors === null) vErrors = [err5];
							else vErrors.push(err5);
							errors++;
						}
						if (data1.min === void 0) {
							const err6 = {
								instancePath: instancePath + "/bands/" + i0,
								schemaPath: "#/$defs/GradeBand/required",
								keyword: "required",
								params: { missingProperty: "min" },
								message: "must have required property 'min'",
								schema: schema37.required,
								parentSchema: schema37,
								data: data1
							};
							if (vErrors === null) vErrors = [err6];
							else vErrors.push(err6);
							errors++;
						}
						for (const key1 in data1) if (!(key1 === "grade" || key1 === "min")) {
							const err7 = {
								instancePath: instancePath + "/bands/" + i0,
								schemaPath: "#/$defs/GradeBand/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key1 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema37,
								data: data1
							};
							if (vErrors === null) vErrors = [err7];
							else vErrors.push(err7);
							errors++;
						}
						if (data1.grade !== void 0) {
							let data2 = data1.grade;
							if (typeof data2 !== "string") {
								const err8 = {
									instancePath: instancePath + "/bands/" + i0 + "/grade",
									schemaPath: "#/$defs/GradeBand/properties/grade/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema37.properties.grade.type,
									parentSchema: schema37.properties.grade,
									data: data2
								};
								if (vErrors === null) vErrors = [err8];
								else vErrors.push(err8);
								errors++;
							}
						}
						if (data1.min !== void 0) {
							let data3 = data1.min;
							if (typeof data3 == "number" && isFinite(data3)) {
								if (data3 > 100 || isNaN(data3)) {
									const err9 = {
										instancePath: instancePath + "/bands/" + i0 + "/min",
										schemaPath: "#/$defs/GradeBand/properties/min/maximum",
										keyword: "maximum",
										params: {
											comparison: "<=",
											limit: 100
										},
										message: "must be <= 100",
										schema: 100,
										parentSchema: schema37.properties.min,
										data: data3
									};
									if (vErrors === null) vErrors = [err9];
									else vErrors.push(err9);
									errors++;
								}
								if (data3 < 0 || isNaN(data3)) {
									const err10 = {
										instancePath: instancePath + "/bands/" + i0 + "/min",
										schemaPath: "#/$defs/GradeBand/properties/min/minimum",
										keyword: "minimum",
										params: {
											comparison: ">=",
											limit: 0
										},
										message: "must be >= 0",
										schema: 0,
										parentSchema: schema37.properties.min,
										data: data3
									};
									if (vErrors === null) vErrors = [err10];
									else vErrors.push(err10);
									errors++;
								}
							} else {
								const err11 = {
									instancePath: instancePath + "/bands/" + i0 + "/min",
									schemaPath: "#/$defs/GradeBand/properties/min/type",
									keyword: "type",
									params: { type: "number" },
									message: "must be number",
									schema: schema37.properties.min.type,
									parentSchema: schema37.properties.min,
									data: data3
								};
								if (vErrors === null) vErrors = [err11];
								else vErrors.push(err11);
								errors++;
							}
						}
					} else {
						const err12 = {
							instancePath: instancePath + "/bands/" + i0,
							schemaPath: "#/$defs/GradeBand/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema37.type,
							parentSchema: schema37,
							data: data1
						};
						if (vErrors === null) vErrors = [err12];
						else vErrors.push(err12);
						errors++;
					}
				}
			} else {
				const err13 = {
					instancePath: instancePath + "/bands",
					schemaPath: "#/properties/bands/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema36.properties.bands.type,
					parentSchema: schema36.properties.bands,
					data: data0
				};
				if (vErrors === null) vErrors = [err13];
				else vErrors.push(err13);
				errors++;
			}
		}
		if (data.criticalCap !== void 0) {
			let data4 = data.criticalCap;
			if (typeof data4 !== "string") {
				const err14 = {
					instancePath: instancePath + "/criticalCap",
					schemaPath: "#/properties/criticalCap/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema36.properties.criticalCap.type,
					parentSchema: schema36.properties.criticalCap,
					data: data4
				};
				if (vErrors === null) vErrors = [err14];
				else vErrors.push(err14);
				errors++;
			}
		}
		if (data.instances !== void 0) {
			let data5 = data.instances;
			if (!(data5 === "mean" || data5 === "worst")) {
				const err15 = {
					instancePath: instancePath + "/instances",
					schemaPath: "#/properties/instances/enum",
					keyword: "enum",
					params: { allowedValues: schema36.properties.instances.enum },
					message: "must be equal to one of the allowed values",
					schema: schema36.properties.instances.enum,
					parentSchema: schema36.properties.instances,
					data: data5
				};
				if (vErrors === null) vErrors = [err15];
				else vErrors.push(err15);
				errors++;
			}
		}
		if (data.weighting !== void 0) {
			let data6 = data.weighting;
			if (!(data6 === "areas" || data6 === "severity")) {
				const err16 = {
					instancePath: instancePath + "/weighting",
					schemaPath: "#/properties/weighting/enum",
					keyword: "enum",
					params: { allowedValues: schema36.properties.weighting.enum },
					message: "must be equal to one of the allowed values",
					schema: schema36.properties.weighting.enum,
					parentSchema: schema36.properties.weighting,
					data: data6
				};
				if (vErrors === null) vErrors = [err16];
				else vErrors.push(err16);
				errors++;
			}
		}
		if (data.unbackedCap !== void 0) {
			let data7 = data.unbackedCap;
			if (typeof data7 !== "string") {
				const err17 = {
					instancePath: instancePath + "/unbackedCap",
					schemaPath: "#/properties/unbackedCap/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema36.properties.unbackedCap.type,
					parentSchema: schema36.properties.unbackedCap,
					data: data7
				};
				if (vErrors === null) vErrors = [err17];
				else vErrors.push(err17);
				errors++;
			}
		}
		if (data.minimumAssurance !== void 0) {
			let data8 = data.minimumAssurance;
			if (!(data8 === "linked" || data8 === "verified" || data8 === "observed" || data8 === "independently_verified")) {
				const err18 = {
					instancePath: instancePath + "/minimumAssurance",
					schemaPath: "#/properties/minimumAssurance/enum",
					keyword: "enum",
					params: { allowedValues: schema36.properties.minimumAssurance.enum },
					message: "must be equal to one of the allowed values",
					schema: schema36.properties.minimumAssurance.enum,
					parentSchema: schema36.properties.minimumAssurance,
					data: data8
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
const schema39 = {
	"title": "ControlInfo",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"id",
		"title",
		"area",
		"severity",
		"weight",
		"level",
		"capsGrade",
		"rule",
		"params",
		"rationale",
		"remediation",
		"references",
		"mappings",
		"source"
	],
	"properties": {
		"id": { "type": "string" },
		"title": { "type": "string" },
		"area": { "type": "string" },
		"severity": { "$ref": "#/$defs/Severity" },
		"weight": {
			"type": "number",
			"minimum": 0
		},
		"level": {
			"type": "integer",
			"minimum": 1
		},
		"capsGrade": { "type": "boolean" },
		"rule": { "type": "string" },
		"appliesTo": { "$ref": "#/$defs/DocumentKind" },
		"params": { "type": "object" },
		"rationale": { "type": "string" },
		"remediation": { "type": "string" },
		"references": {
			"type": "array",
			"items": { "$ref": "#/$defs/Reference" }
		},
		"mappings": {
			"type": "array",
			"items": { "$ref": "#/$defs/Mapping" }
		},
		"source": { "$ref": "#/$defs/ControlSource" },
		"broken": { "type": "string" }
	}
};
const schema40 = {
	"title": "Severity",
	"enum": [
		"critical",
		"high",
		"medium",
		"low"
	]
};
const schema41 = {
	"title": "DocumentKind",
	"enum": ["VendorManifest", "DeploymentConfig"]
};
const schema42 = {
	"title": "Reference",
	"type": "object",
	"additionalProperties": false,
	"required": ["title"],
	"properties": {
		"title": { "type": "string" },
		"url": { "type": "string" }
	}
};
const schema43 = {
	"title": "Mapping",
	"type": "object",
	"additionalProperties": false,
	"required": ["framework", "id"],
	"properties": {
		"framework": { "type": "string" },
		"id": { "type": "string" },
		"title": { "type": "string" }
	}
};
const schema44 = {
	"title": "ControlSource",
	"type": "object",
	"additionalProperties": false,
	"required": ["file", "line"],
	"properties": {
		"file": { "type": "string" },
		"line": {
			"type": "integer",
			"minimum": 1
		}
	}
};
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate24.evaluated;
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
				schema: schema39.required,
				parentSchema: schema39,
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
				schema: schema39.required,
				parentSchema: schema39,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.area === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "area" },
				message: "must have required property 'area'",
				schema: schema39.required,
				parentSchema: schema39,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.severity === void 0) {
			const err3 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "severity" },
				message: "must have required property 'severity'",
				schema: schema39.required,
				parentSchema: schema39,
				data
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		if (data.weight === void 0) {
			const err4 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "weight" },
				message: "must have required property 'weight'",
				schema: schema39.required,
				parentSchema: schema39,
				data
			};
			if (vErrors === null) vErrors = [err4];
			else vErrors.push(err4);
			errors++;
		}
		if (data.level === void 0) {
			const err5 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "level" },
				message: "must have required property 'level'",
				schema: schema39.required,
				parentSchema: schema39,
				data
			};
			if (vErrors === null) vErrors = [err5];
			else vErrors.push(err5);
			errors++;
		}
		if (data.capsGrade === void 0) {
			const err6 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "capsGrade" },
				message: "must have required property 'capsGrade'",
				schema: schema39.required,
				parentSchema: schema39,
				data
			};
			if (vErrors === null) vErrors = [err6];
			else vErrors.push(err6);
			errors++;
		}
		if (data.rule === void 0) {
			const err7 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "rule" },
				message: "must have required property 'rule'",
				schema: schema39.required,
				parentSchema: schema39,
				data
			};
			if (vErrors === null) vErrors = [err7];
			else vErrors.push(err7);
			errors++;
		}
		if (data.params === void 0) {
			const err8 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "params" },
				message: "must have required property 'params'",
				schema: schema39.required,
				parentSchema: schema39,
				data
			};
			if (vErrors === null) vErrors = [err8];
			else vErrors.push(err8);
			errors++;
		}
		if (data.rationale === void 0) {
			const err9 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "rationale" },
				message: "must have required property 'rationale'",
				schema: schema39.required,
				parentSchema: schema39,
				data
			};
			if (vErrors === null) vErrors = [err9];
			else vErrors.push(err9);
			errors++;
		}
		if (data.remediation === void 0) {
			const err10 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "remediation" },
				message: "must have required property 'remediation'",
				schema: schema39.required,
				parentSchema: schema39,
				data
			};
			if (vErrors === null) vErrors = [err10];
			else vErrors.push(err10);
			errors++;
		}
		if (data.references === void 0) {
			const err11 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "references" },
				message: "must have required property 'references'",
				schema: schema39.required,
				parentSchema: schema39,
				data
			};
			if (vErrors === null) vErrors = [err11];
			else vErrors.push(err11);
			errors++;
		}
		if (data.mappings === void 0) {
			const err12 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "mappings" },
				message: "must have required property 'mappings'",
				schema: schema39.required,
				parentSchema: schema39,
				data
			};
			if (vErrors === null) vErrors = [err12];
			else vErrors.push(err12);
			errors++;
		}
		if (data.source === void 0) {
			const err13 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "source" },
				message: "must have required property 'source'",
				schema: schema39.required,
				parentSchema: schema39,
				data
			};
			if (vErrors === null) vErrors = [err13];
			else vErrors.push(err13);
			errors++;
		}
		for (const key0 in data) if (!func1.call(schema39.properties, key0)) {
			const err14 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema39,
				data
			};
			if (vErrors === null) vErrors = [err14];
			else vErrors.push(err14);
			errors++;
		}
		if (data.id !== void 0) {
			let data0 = data.id;
			if (typeof data0 !== "string") {
				const err15 = {
					instancePath: instancePath + "/id",
					schemaPath: "#/properties/id/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema39.properties.id.type,
					parentSchema: schema39.properties.id,
					data: data0
				};
				if (vErrors === null) vErrors = [err15];
				else vErrors.push(err15);
				errors++;
			}
		}
		if (data.title !== void 0) {
			let data1 = data.title;
			if (typeof data1 !== "string") {
				const err16 = {
					instancePath: instancePath + "/title",
					schemaPath: "#/properties/title/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema39.properties.title.type,
					parentSchema: schema39.properties.title,
					data: data1
				};
				if (vErrors === null) vErrors = [err16];
				else vErrors.push(err16);
				errors++;
			}
		}
		if (data.area !== void 0) {
			let data2 = data.area;
			if (typeof data2 !== "string") {
				const err17 = {
					instancePath: instancePath + "/area",
					schemaPath: "#/properties/area/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema39.properties.area.type,
					parentSchema: schema39.properties.area,
					data: data2
				};
				if (vErrors === null) vErrors = [err17];
				else vErrors.push(err17);
				errors++;
			}
		}
		if (data.severity !== void 0) {
			let data3 = data.severity;
			if (!(data3 === "critical" || data3 === "high" || data3 === "medium" || data3 === "low")) {
				const err18 = {
					instancePath: instancePath + "/severity",
					schemaPath: "#/$defs/Severity/enum",
					keyword: "enum",
					params: { allowedValues: schema40.enum },
					message: "must be equal to one of the allowed values",
					schema: schema40.enum,
					parentSchema: schema40,
					data: data3
				};
				if (vErrors === null) vErrors = [err18];
				else vErrors.push(err18);
				errors++;
			}
		}
		if (data.weight !== void 0) {
			let data4 = data.weight;
			if (typeof data4 == "number" && isFinite(data4)) {
				if (data4 < 0 || isNaN(data4)) {
					const err19 = {
						instancePath: instancePath + "/weight",
						schemaPath: "#/properties/weight/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema39.properties.weight,
						data: data4
					};
					if (vErrors === null) vErrors = [err19];
					else vErrors.push(err19);
					errors++;
				}
			} else {
				const err20 = {
					instancePath: instancePath + "/weight",
					schemaPath: "#/properties/weight/type",
					keyword: "type",
					params: { type: "number" },
					message: "must be number",
					schema: schema39.properties.weight.type,
					parentSchema: schema39.properties.weight,
					data: data4
				};
				if (vErrors === null) vErrors = [err20];
				else vErrors.push(err20);
				errors++;
			}
		}
		if (data.level !== void 0) {
			let data5 = data.level;
			if (!(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
				const err21 = {
					instancePath: instancePath + "/level",
					schemaPath: "#/properties/level/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema39.properties.level.type,
					parentSchema: schema39.properties.level,
					data: data5
				};
				if (vErrors === null) vErrors = [err21];
				else vErrors.push(err21);
				errors++;
			}
			if (typeof data5 == "number" && isFinite(data5)) {
				if (data5 < 1 || isNaN(data5)) {
					const err22 = {
						instancePath: instancePath + "/level",
						schemaPath: "#/properties/level/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 1
						},
						message: "must be >= 1",
						schema: 1,
						parentSchema: schema39.properties.level,
						data: data5
					};
					if (vErrors === null) vErrors = [err22];
					else vErrors.push(err22);
					errors++;
				}
			}
		}
		if (data.capsGrade !== void 0) {
			let data6 = data.capsGrade;
			if (typeof data6 !== "boolean") {
				const err23 = {
					instancePath: instancePath + "/capsGrade",
					schemaPath: "#/properties/capsGrade/type",
					keyword: "type",
					params: { type: "boolean" },
					message: "must be boolean",
					schema: schema39.properties.capsGrade.type,
					parentSchema: schema39.properties.capsGrade,
					data: data6
				};
				if (vErrors === null) vErrors = [err23];
				else vErrors.push(err23);
				errors++;
			}
		}
		if (data.rule !== void 0) {
			let data7 = data.rule;
			if (typeof data7 !== "string") {
				const err24 = {
					instancePath: instancePath + "/rule",
					schemaPath: "#/properties/rule/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema39.properties.rule.type,
					parentSchema: schema39.properties.rule,
					data: data7
				};
				if (vErrors === null) vErrors = [err24];
				else vErrors.push(err24);
				errors++;
			}
		}
		if (data.appliesTo !== void 0) {
			let data8 = data.appliesTo;
			if (!(data8 === "VendorManifest" || data8 === "DeploymentConfig")) {
				const err25 = {
					instancePath: instancePath + "/appliesTo",
					schemaPath: "#/$defs/DocumentKind/enum",
					keyword: "enum",
					params: { allowedValues: schema41.enum },
					message: "must be equal to one of the allowed values",
					schema: schema41.enum,
					parentSchema: schema41,
					data: data8
				};
				if (vErrors === null) vErrors = [err25];
				else vErrors.push(err25);
				errors++;
			}
		}
		if (data.params !== void 0) {
			let data9 = data.params;
			if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
				const err26 = {
					instancePath: instancePath + "/params",
					schemaPath: "#/properties/params/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema39.properties.params.type,
					parentSchema: schema39.properties.params,
					data: data9
				};
				if (vErrors === null) vErrors = [err26];
				else vErrors.push(err26);
				errors++;
			}
		}
		if (data.rationale !== void 0) {
			let data10 = data.rationale;
			if (typeof data10 !== "string") {
				const err27 = {
					instancePath: instancePath + "/rationale",
					schemaPath: "#/properties/rationale/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema39.properties.rationale.type,
					parentSchema: schema39.properties.rationale,
					data: data10
				};
				if (vErrors === null) vErrors = [err27];
				else vErrors.push(err27);
				errors++;
			}
		}
		if (data.remediation !== void 0) {
			let data11 = data.remediation;
			if (typeof data11 !== "string") {
				const err28 = {
					instancePath: instancePath + "/remediation",
					schemaPath: "#/properties/remediation/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema39.properties.remediation.type,
					parentSchema: schema39.properties.remediation,
					data: data11
				};
				if (vErrors === null) vErrors = [err28];
				else vErrors.push(err28);
				errors++;
			}
		}
		if (data.references !== void 0) {
			let data12 = data.references;
			if (Array.isArray(data12)) {
				const len0 = data12.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data13 = data12[i0];
					if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
						if (data13.title === void 0) {
							const err29 = {
								instancePath: instancePath + "/references/" + i0,
								schemaPath: "#/$defs/Reference/required",
								keyword: "required",
								params: { missingProperty: "title" },
								message: "must have required property 'title'",
								schema: schema42.required,
								parentSchema: schema42,
								data: data13
							};
							if (vErrors === null) vErrors = [err29];
							else vErrors.push(err29);
							errors++;
						}
						for (const key1 in data13) if (!(key1 === "title" || key1 === "url")) {
							const err30 = {
								instancePath: instancePath + "/references/" + i0,
								schemaPath: "#/$defs/Reference/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key1 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema42,
								data: data13
							};
							if (vErrors === null) vErrors = [err30];
							else vErrors.push(err30);
							errors++;
						}
						if (data13.title !== void 0) {
							let data14 = data13.title;
							if (typeof data14 !== "string") {
								const err31 = {
									instancePath: instancePath + "/references/" + i0 + "/title",
									schemaPath: "#/$defs/Reference/properties/title/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema42.properties.title.type,
									parentSchema: schema42.properties.title,
									data: data14
								};
								if (vErrors === null) vErrors = [err31];
								else vErrors.push(err31);
								errors++;
							}
						}
						if (data13.url !== void 0) {
							let data15 = data13.url;
							if (typeof data15 !== "string") {
								const err32 = {
									instancePath: instancePath + "/references/" + i0 + "/url",
									schemaPath: "#/$defs/Reference/properties/url/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema42.properties.url.type,
									parentSchema: schema42.properties.url,
									data: data15
								};
								if (vErrors === null) vErrors = [err32];
								else vErrors.push(err32);
								errors++;
							}
						}
					} else {
						const err33 = {
							instancePath: instancePath + "/references/" + i0,
							schemaPath: "#/$defs/Reference/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema42.type,
							parentSchema: schema42,
							data: data13
						};
						if (vErrors === null) vErrors = [err33];
						else vErrors.push(err33);
						errors++;
					}
				}
			} else {
				const err34 = {
					instancePath: instancePath + "/references",
					schemaPath: "#/properties/references/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema39.properties.references.type,
					parentSchema: schema39.properties.references,
					data: data12
				};
				if (vErrors === null) vErrors = [err34];
				else vErrors.push(err34);
				errors++;
			}
		}
		if (data.mappings !== void 0) {
			let data16 = data.mappings;
			if (Array.isArray(data16)) {
				const len1 = data16.length;
				for (let i1 = 0; i1 < len1; i1++) {
					let data17 = data16[i1];
					if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
						if (data17.framework === void 0) {
							const err35 = {
								instancePath: instancePath + "/mappings/" + i1,
								schemaPath: "#/$defs/Mapping/required",
								keyword: "required",
								params: { missingProperty: "framework" },
								message: "must have required property 'framework'",
								schema: schema43.required,
								parentSchema: schema43,
								data: data17
							};
							if (vErrors === null) vErrors = [err35];
							else vErrors.push(err35);
							errors++;
						}
						if (data17.id === void 0) {
							const err36 = {
								instancePath: instancePath + "/mappings/" + i1,
								schemaPath: "#/$defs/Mapping/required",
								keyword: "required",
								params: { missingProperty: "id" },
								message: "must have required property 'id'",
								schema: schema43.required,
								parentSchema: schema43,
								data: data17
							};
							if (vErrors === null) vErrors = [err36];
							else vErrors.push(err36);
							errors++;
						}
						for (const key2 in data17) if (!(key2 === "framework" || key2 === "id" || key2 === "title")) {
							const err37 = {
								instancePath: instancePath + "/mappings/" + i1,
								schemaPath: "#/$defs/Mapping/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key2 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema43,
								data: data17
							};
							if (vErrors === null) vErrors = [err37];
							else vErrors.push(err37);
							errors++;
						}
						if (data17.framework !== void 0) {
							let data18 = data17.framework;
							if (typeof data18 !== "string") {
								const err38 = {
									instancePath: instancePath + "/mappings/" + i1 + "/framework",
									schemaPath: "#/$defs/Mapping/properties/framework/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema43.properties.framework.type,
									parentSchema: schema43.properties.framework,
									data: data18
								};
								if (vErrors === null) vErrors = [err38];
								else vErrors.push(err38);
								errors++;
							}
						}
						if (data17.id !== void 0) {
							let data19 = data17.id;
							if (typeof data19 !== "string") {
								const err39 = {
									instancePath: instancePath + "/mappings/" + i1 + "/id",
									schemaPath: "#/$defs/Mapping/properties/id/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema43.properties.id.type,
									parentSchema: schema43.properties.id,
									data: data19
								};
								if (vErrors === null) vErrors = [err39];
								else vErrors.push(err39);
								errors++;
							}
						}
						if (data17.title !== void 0) {
							let data20 = data17.title;
							if (typeof data20 !== "string") {
								const err40 = {
									instancePath: instancePath + "/mappings/" + i1 + "/title",
									schemaPath: "#/$defs/Mapping/properties/title/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema43.properties.title.type,
									parentSchema: schema43.properties.title,
									data: data20
								};
								if (vErrors === null) vErrors = [err40];
								else vErrors.push(err40);
								errors++;
							}
						}
					} else {
						const err41 = {
							instancePath: instancePath + "/mappings/" + i1,
							schemaPath: "#/$defs/Mapping/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema43.type,
							parentSchema: schema43,
							data: data17
						};
						if (vErrors === null) vErrors = [err41];
						else vErrors.push(err41);
						errors++;
					}
				}
			} else {
				const err42 = {
					instancePath: instancePath + "/mappings",
					schemaPath: "#/properties/mappings/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema39.properties.mappings.type,
					parentSchema: schema39.properties.mappings,
					data: data16
				};
				if (vErrors === null) vErrors = [err42];
				else vErrors.push(err42);
				errors++;
			}
		}
		if (data.source !== void 0) {
			let data21 = data.source;
			if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
				if (data21.file === void 0) {
					const err43 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/ControlSource/required",
						keyword: "required",
						params: { missingProperty: "file" },
						message: "must have required property 'file'",
						schema: schema44.required,
						parentSchema: schema44,
						data: data21
					};
					if (vErrors === null) vErrors = [err43];
					else vErrors.push(err43);
					errors++;
				}
				if (data21.line === void 0) {
					const err44 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/ControlSource/required",
						keyword: "required",
						params: { missingProperty: "line" },
						message: "must have required property 'line'",
						schema: schema44.required,
						parentSchema: schema44,
						data: data21
					};
					if (vErrors === null) vErrors = [err44];
					else vErrors.push(err44);
					errors++;
				}
				for (const key3 in data21) if (!(key3 === "file" || key3 === "line")) {
					const err45 = {
						instancePath: instancePath + "/source",
						schemaPath: "#/$defs/ControlSource/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key3 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema44,
						data: data21
					};
					if (vErrors === null) vErrors = [err45];
					else vErrors.push(err45);
					errors++;
				}
				if (data21.file !== void 0) {
					let data22 = data21.file;
					if (typeof data22 !== "string") {
						const err46 = {
							instancePath: instancePath + "/source/file",
							schemaPath: "#/$defs/ControlSource/properties/file/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema44.properties.file.type,
							parentSchema: schema44.properties.file,
							data: data22
						};
						if (vErrors === null) vErrors = [err46];
						else vErrors.push(err46);
						errors++;
					}
				}
				if (data21.line !== void 0) {
					let data23 = data21.line;
					if (!(typeof data23 == "number" && !(data23 % 1) && !isNaN(data23) && isFinite(data23))) {
						const err47 = {
							instancePath: instancePath + "/source/line",
							schemaPath: "#/$defs/ControlSource/properties/line/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema44.properties.line.type,
							parentSchema: schema44.properties.line,
							data: data23
						};
						if (vErrors === null) vErrors = [err47];
						else vErrors.push(err47);
						errors++;
					}
					if (typeof data23 == "number" && isFinite(data23)) {
						if (data23 < 1 || isNaN(data23)) {
							const err48 = {
								instancePath: instancePath + "/source/line",
								schemaPath: "#/$defs/ControlSource/properties/line/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1",
								schema: 1,
								parentSchema: schema44.properties.line,
								data: data23
							};
							if (vErrors === null) vErrors = [err48];
							else vErrors.push(err48);
							errors++;
						}
					}
				}
			} else {
				const err49 = {
					instancePath: instancePath + "/source",
					schemaPath: "#/$defs/ControlSource/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema44.type,
					parentSchema: schema44,
					data: data21
				};
				if (vErrors === null) vErrors = [err49];
				else vErrors.push(err49);
				errors++;
			}
		}
		if (data.broken !== void 0) {
			let data24 = data.broken;
			if (typeof data24 !== "string") {
				const err50 = {
					instancePath: instancePath + "/broken",
					schemaPath: "#/properties/broken/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema39.properties.broken.type,
					parentSchema: schema39.properties.broken,
					data: data24
				};
				if (vErrors === null) vErrors = [err50];
				else vErrors.push(err50);
				errors++;
			}
		}
	} else {
		const err51 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema39.type,
			parentSchema: schema39,
			data
		};
		if (vErrors === null) vErrors = [err51];
		else vErrors.push(err51);
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
				schema: schema34.required,
				parentSchema: schema34,
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
				schema: schema34.required,
				parentSchema: schema34,
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
				schema: schema34.required,
				parentSchema: schema34,
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
				schema: schema34.required,
				parentSchema: schema34,
				data
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		if (data.digest === void 0) {
			const err4 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "digest" },
				message: "must have required property 'digest'",
				schema: schema34.required,
				parentSchema: schema34,
				data
			};
			if (vErrors === null) vErrors = [err4];
			else vErrors.push(err4);
			errors++;
		}
		if (data.extends === void 0) {
			const err5 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "extends" },
				message: "must have required property 'extends'",
				schema: schema34.required,
				parentSchema: schema34,
				data
			};
			if (vErrors === null) vErrors = [err5];
			else vErrors.push(err5);
			errors++;
		}
		if (data.levels === void 0) {
			const err6 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "levels" },
				message: "must have required property 'levels'",
				schema: schema34.required,
				parentSchema: schema34,
				data
			};
			if (vErrors === null) vErrors = [err6];
			else vErrors.push(err6);
			errors++;
		}
		if (data.grading === void 0) {
			const err7 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "grading" },
				message: "must have required property 'grading'",
				schema: schema34.required,
				parentSchema: schema34,
				data
			};
			if (vErrors === null) vErrors = [err7];
			else vErrors.push(err7);
			errors++;
		}
		if (data.areas === void 0) {
			const err8 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "areas" },
				message: "must have required property 'areas'",
				schema: schema34.required,
				parentSchema: schema34,
				data
			};
			if (vErrors === null) vErrors = [err8];
			else vErrors.push(err8);
			errors++;
		}
		if (data.controls === void 0) {
			const err9 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "controls" },
				message: "must have required property 'controls'",
				schema: schema34.required,
				parentSchema: schema34,
				data
			};
			if (vErrors === null) vErrors = [err9];
			else vErrors.push(err9);
			errors++;
		}
		for (const key0 in data) if (!func1.call(schema34.properties, key0)) {
			const err10 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema34,
				data
			};
			if (vErrors === null) vErrors = [err10];
			else vErrors.push(err10);
			errors++;
		}
		if (data.id !== void 0) {
			let data0 = data.id;
			if (typeof data0 !== "string") {
				const err11 = {
					instancePath: instancePath + "/id",
					schemaPath: "#/properties/id/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema34.properties.id.type,
					parentSchema: schema34.properties.id,
					data: data0
				};
				if (vErrors === null) vErrors = [err11];
				else vErrors.push(err11);
				errors++;
			}
		}
		if (data.version !== void 0) {
			let data1 = data.version;
			if (typeof data1 !== "string") {
				const err12 = {
					instancePath: instancePath + "/version",
					schemaPath: "#/properties/version/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema34.properties.version.type,
					parentSchema: schema34.properties.version,
					data: data1
				};
				if (vErrors === null) vErrors = [err12];
				else vErrors.push(err12);
				errors++;
			}
		}
		if (data.title !== void 0) {
			let data2 = data.title;
			if (typeof data2 !== "string") {
				const err13 = {
					instancePath: instancePath + "/title",
					schemaPath: "#/properties/title/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema34.properties.title.type,
					parentSchema: schema34.properties.title,
					data: data2
				};
				if (vErrors === null) vErrors = [err13];
				else vErrors.push(err13);
				errors++;
			}
		}
		if (data.description !== void 0) {
			let data3 = data.description;
			if (typeof data3 !== "string") {
				const err14 = {
					instancePath: instancePath + "/description",
					schemaPath: "#/properties/description/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema34.properties.description.type,
					parentSchema: schema34.properties.description,
					data: data3
				};
				if (vErrors === null) vErrors = [err14];
				else vErrors.push(err14);
				errors++;
			}
		}
		if (data.url !== void 0) {
			let data4 = data.url;
			if (typeof data4 !== "string") {
				const err15 = {
					instancePath: instancePath + "/url",
					schemaPath: "#/properties/url/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema34.properties.url.type,
					parentSchema: schema34.properties.url,
					data: data4
				};
				if (vErrors === null) vErrors = [err15];
				else vErrors.push(err15);
				errors++;
			}
		}
		if (data.file !== void 0) {
			let data5 = data.file;
			if (typeof data5 !== "string") {
				const err16 = {
					instancePath: instancePath + "/file",
					schemaPath: "#/properties/file/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema34.properties.file.type,
					parentSchema: schema34.properties.file,
					data: data5
				};
				if (vErrors === null) vErrors = [err16];
				else vErrors.push(err16);
				errors++;
			}
		}
		if (data.digest !== void 0) {
			let data6 = data.digest;
			if (typeof data6 === "string") {
				if (!pattern9.test(data6)) {
					const err17 = {
						instancePath: instancePath + "/digest",
						schemaPath: "#/properties/digest/pattern",
						keyword: "pattern",
						params: { pattern: "^sha256:[0-9a-f]{64}$" },
						message: "must match pattern \"^sha256:[0-9a-f]{64}$\"",
						schema: "^sha256:[0-9a-f]{64}$",
						parentSchema: schema34.properties.digest,
						data: data6
					};
					if (vErrors === null) vErrors = [err17];
					else vErrors.push(err17);
					errors++;
				}
			} else {
				const err18 = {
					instancePath: instancePath + "/digest",
					schemaPath: "#/properties/digest/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema34.properties.digest.type,
					parentSchema: schema34.properties.digest,
					data: data6
				};
				if (vErrors === null) vErrors = [err18];
				else vErrors.push(err18);
				errors++;
			}
		}
		if (data.extends !== void 0) {
			let data7 = data.extends;
			if (Array.isArray(data7)) {
				const len0 = data7.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data8 = data7[i0];
					if (typeof data8 !== "string") {
						const err19 = {
							instancePath: instancePath + "/extends/" + i0,
							schemaPath: "#/properties/extends/items/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema34.properties.extends.items.type,
							parentSchema: schema34.properties.extends.items,
							data: data8
						};
						if (vErrors === null) vErrors = [err19];
						else vErrors.push(err19);
						errors++;
					}
				}
			} else {
				const err20 = {
					instancePath: instancePath + "/extends",
					schemaPath: "#/properties/extends/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema34.properties.extends.type,
					parentSchema: schema34.properties.extends,
					data: data7
				};
				if (vErrors === null) vErrors = [err20];
				else vErrors.push(err20);
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
							const err21 = {
								instancePath: instancePath + "/levels/" + i1,
								schemaPath: "#/$defs/Level/required",
								keyword: "required",
								params: { missingProperty: "level" },
								message: "must have required property 'level'",
								schema: schema35.required,
								parentSchema: schema35,
								data: data10
							};
							if (vErrors === null) vErrors = [err21];
							else vErrors.push(err21);
							errors++;
						}
						if (data10.name === void 0) {
							const err22 = {
								instancePath: instancePath + "/levels/" + i1,
								schemaPath: "#/$defs/Level/required",
								keyword: "required",
								params: { missingProperty: "name" },
								message: "must have required property 'name'",
								schema: schema35.required,
								parentSchema: schema35,
								data: data10
							};
							if (vErrors === null) vErrors = [err22];
							else vErrors.push(err22);
							errors++;
						}
						for (const key1 in data10) if (!(key1 === "level" || key1 === "name" || key1 === "description")) {
							const err23 = {
								instancePath: instancePath + "/levels/" + i1,
								schemaPath: "#/$defs/Level/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key1 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema35,
								data: data10
							};
							if (vErrors === null) vErrors = [err23];
							else vErrors.push(err23);
							errors++;
						}
						if (data10.level !== void 0) {
							let data11 = data10.level;
							if (!(typeof data11 == "number" && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
								const err24 = {
									instancePath: instancePath + "/levels/" + i1 + "/level",
									schemaPath: "#/$defs/Level/properties/level/type",
									keyword: "type",
									params: { type: "integer" },
									message: "must be integer",
									schema: schema35.properties.level.type,
									parentSchema: schema35.properties.level,
									data: data11
								};
								if (vErrors === null) vErrors = [err24];
								else vErrors.push(err24);
								errors++;
							}
							if (typeof data11 == "number" && isFinite(data11)) {
								if (data11 < 1 || isNaN(data11)) {
									const err25 = {
										instancePath: instancePath + "/levels/" + i1 + "/level",
										schemaPath: "#/$defs/Level/properties/level/minimum",
										keyword: "minimum",
										params: {
											comparison: ">=",
											limit: 1
										},
										message: "must be >= 1",
										schema: 1,
										parentSchema: schema35.properties.level,
										data: data11
									};
									if (vErrors === null) vErrors = [err25];
									else vErrors.push(err25);
									errors++;
								}
							}
						}
						if (data10.name !== void 0) {
							let data12 = data10.name;
							if (typeof data12 !== "string") {
								const err26 = {
									instancePath: instancePath + "/levels/" + i1 + "/name",
									schemaPath: "#/$defs/Level/properties/name/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema35.properties.name.type,
									parentSchema: schema35.properties.name,
									data: data12
								};
								if (vErrors === null) vErrors = [err26];
								else vErrors.push(err26);
								errors++;
							}
						}
						if (data10.description !== void 0) {
							let data13 = data10.description;
							if (typeof data13 !== "string") {
								const err27 = {
									instancePath: instancePath + "/levels/" + i1 + "/description",
									schemaPath: "#/$defs/Level/properties/description/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema35.properties.description.type,
									parentSchema: schema35.properties.description,
									data: data13
								};
								if (vErrors === null) vErrors = [err27];
								else vErrors.push(err27);
								errors++;
							}
						}
					} else {
						const err28 = {
							instancePath: instancePath + "/levels/" + i1,
							schemaPath: "#/$defs/Level/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema35.type,
							parentSchema: schema35,
							data: data10
						};
						if (vErrors === null) vErrors = [err28];
						else vErrors.push(err28);
						errors++;
					}
				}
			} else {
				const err29 = {
					instancePath: instancePath + "/levels",
					schemaPath: "#/properties/levels/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema34.properties.levels.type,
					parentSchema: schema34.properties.levels,
					data: data9
				};
				if (vErrors === null) vErrors = [err29];
				else vErrors.push(err29);
				errors++;
			}
		}
		if (data.grading !== void 0) {
			if (!validate22(data.grading, {
				instancePath: instancePath + "/grading",
				parentData: data,
				parentDataProperty: "grading",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
				errors = vErrors.length;
			}
		}
		if (data.areas !== void 0) {
			let data15 = data.areas;
			if (Array.isArray(data15)) {
				const len2 = data15.length;
				for (let i2 = 0; i2 < len2; i2++) {
					let data16 = data15[i2];
					if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
						if (data16.id === void 0) {
							const err30 = {
								instancePath: instancePath + "/areas/" + i2,
								schemaPath: "#/$defs/StandardArea/required",
								keyword: "required",
								params: { missingProperty: "id" },
								message: "must have required property 'id'",
								schema: schema38.required,
								parentSchema: schema38,
								data: data16
							};
							if (vErrors === null) vErrors = [err30];
							else vErrors.push(err30);
							errors++;
						}
						if (data16.title === void 0) {
							const err31 = {
								instancePath: instancePath + "/areas/" + i2,
								schemaPath: "#/$defs/StandardArea/required",
								keyword: "required",
								params: { missingProperty: "title" },
								message: "must have required property 'title'",
								schema: schema38.required,
								parentSchema: schema38,
								data: data16
							};
							if (vErrors === null) vErrors = [err31];
							else vErrors.push(err31);
							errors++;
						}
						if (data16.weight === void 0) {
							const err32 = {
								instancePath: instancePath + "/areas/" + i2,
								schemaPath: "#/$defs/StandardArea/required",
								keyword: "required",
								params: { missingProperty: "weight" },
								message: "must have required property 'weight'",
								schema: schema38.required,
								parentSchema: schema38,
								data: data16
							};
							if (vErrors === null) vErrors = [err32];
							else vErrors.push(err32);
							errors++;
						}
						if (data16.controls === void 0) {
							const err33 = {
								instancePath: instancePath + "/areas/" + i2,
								schemaPath: "#/$defs/StandardArea/required",
								keyword: "required",
								params: { missingProperty: "controls" },
								message: "must have required property 'controls'",
								schema: schema38.required,
								parentSchema: schema38,
								data: data16
							};
							if (vErrors === null) vErrors = [err33];
							else vErrors.push(err33);
							errors++;
						}
						for (const key2 in data16) if (!(key2 === "id" || key2 === "title" || key2 === "weight" || key2 === "description" || key2 === "controls")) {
							const err34 = {
								instancePath: instancePath + "/areas/" + i2,
								schemaPath: "#/$defs/StandardArea/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key2 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema38,
								data: data16
							};
							if (vErrors === null) vErrors = [err34];
							else vErrors.push(err34);
							errors++;
						}
						if (data16.id !== void 0) {
							let data17 = data16.id;
							if (typeof data17 !== "string") {
								const err35 = {
									instancePath: instancePath + "/areas/" + i2 + "/id",
									schemaPath: "#/$defs/StandardArea/properties/id/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema38.properties.id.type,
									parentSchema: schema38.properties.id,
									data: data17
								};
								if (vErrors === null) vErrors = [err35];
								else vErrors.push(err35);
								errors++;
							}
						}
						if (data16.title !== void 0) {
							let data18 = data16.title;
							if (typeof data18 !== "string") {
								const err36 = {
									instancePath: instancePath + "/areas/" + i2 + "/title",
									schemaPath: "#/$defs/StandardArea/properties/title/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema38.properties.title.type,
									parentSchema: schema38.properties.title,
									data: data18
								};
								if (vErrors === null) vErrors = [err36];
								else vErrors.push(err36);
								errors++;
							}
						}
						if (data16.weight !== void 0) {
							let data19 = data16.weight;
							if (typeof data19 == "number" && isFinite(data19)) {
								if (data19 < 0 || isNaN(data19)) {
									const err37 = {
										instancePath: instancePath + "/areas/" + i2 + "/weight",
										schemaPath: "#/$defs/StandardArea/properties/weight/minimum",
										keyword: "minimum",
										params: {
											comparison: ">=",
											limit: 0
										},
										message: "must be >= 0",
										schema: 0,
										parentSchema: schema38.properties.weight,
										data: data19
									};
									if (vErrors === null) vErrors = [err37];
									else vErrors.push(err37);
									errors++;
								}
							} else {
								const err38 = {
									instancePath: instancePath + "/areas/" + i2 + "/weight",
									schemaPath: "#/$defs/StandardArea/properties/weight/type",
									keyword: "type",
									params: { type: "number" },
									message: "must be number",
									schema: schema38.properties.weight.type,
									parentSchema: schema38.properties.weight,
									data: data19
								};
								if (vErrors === null) vErrors = [err38];
								else vErrors.push(err38);
								errors++;
							}
						}
						if (data16.description !== void 0) {
							let data20 = data16.description;
							if (typeof data20 !== "string") {
								const err39 = {
									instancePath: instancePath + "/areas/" + i2 + "/description",
									schemaPath: "#/$defs/StandardArea/properties/description/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema38.properties.description.type,
									parentSchema: schema38.properties.description,
									data: data20
								};
								if (vErrors === null) vErrors = [err39];
								else vErrors.push(err39);
								errors++;
							}
						}
						if (data16.controls !== void 0) {
							let data21 = data16.controls;
							if (Array.isArray(data21)) {
								const len3 = data21.length;
								for (let i3 = 0; i3 < len3; i3++) {
									let data22 = data21[i3];
									if (typeof data22 !== "string") {
										const err40 = {
											instancePath: instancePath + "/areas/" + i2 + "/controls/" + i3,
											schemaPath: "#/$defs/StandardArea/properties/controls/items/type",
											keyword: "type",
											params: { type: "string" },
											message: "must be string",
											schema: schema38.properties.controls.items.type,
											parentSchema: schema38.properties.controls.items,
											data: data22
										};
										if (vErrors === null) vErrors = [err40];
										else vErrors.push(err40);
										errors++;
									}
								}
							} else {
								const err41 = {
									instancePath: instancePath + "/areas/" + i2 + "/controls",
									schemaPath: "#/$defs/StandardArea/properties/controls/type",
									keyword: "type",
									params: { type: "array" },
									message: "must be array",
									schema: schema38.properties.controls.type,
									parentSchema: schema38.properties.controls,
									data: data21
								};
								if (vErrors === null) vErrors = [err41];
								else vErrors.push(err41);
								errors++;
							}
						}
					} else {
						const err42 = {
							instancePath: instancePath + "/areas/" + i2,
							schemaPath: "#/$defs/StandardArea/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema38.type,
							parentSchema: schema38,
							data: data16
						};
						if (vErrors === null) vErrors = [err42];
						else vErrors.push(err42);
						errors++;
					}
				}
			} else {
				const err43 = {
					instancePath: instancePath + "/areas",
					schemaPath: "#/properties/areas/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema34.properties.areas.type,
					parentSchema: schema34.properties.areas,
					data: data15
				};
				if (vErrors === null) vErrors = [err43];
				else vErrors.push(err43);
				errors++;
			}
		}
		if (data.controls !== void 0) {
			let data23 = data.controls;
			if (Array.isArray(data23)) {
				const len4 = data23.length;
				for (let i4 = 0; i4 < len4; i4++) if (!validate24(data23[i4], {
					instancePath: instancePath + "/controls/" + i4,
					parentData: data23,
					parentDataProperty: i4,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
					errors = vErrors.length;
				}
			} else {
				const err44 = {
					instancePath: instancePath + "/controls",
					schemaPath: "#/properties/controls/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema34.properties.controls.type,
					parentSchema: schema34.properties.controls,
					data: data23
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
			schema: schema34.type,
			parentSchema: schema34,
			data
		};
		if (vErrors === null) vErrors = [err45];
		else vErrors.push(err45);
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
const schema45 = {
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
const schema47 = { "enum": [
	"declared",
	"linked",
	"verified",
	"observed",
	"independently_verified",
	"contradicted"
] };
const schema48 = {
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
const schema68 = {
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
const pattern10 = new RegExp("#(0|[1-9][0-9]*)$", "u");
const schema49 = {
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
const schema50 = {
	"title": "ControlStatus",
	"enum": [
		"pass",
		"fail",
		"missing_evidence",
		"error",
		"not_applicable"
	]
};
const schema51 = {
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
const schema61 = {
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
const schema52 = {
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
const schema55 = {
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
const schema57 = {
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
const schema53 = {
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
const schema54 = {
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
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate30.evaluated;
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
				schema: schema53.required,
				parentSchema: schema53,
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
				schema: schema53.required,
				parentSchema: schema53,
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
				schema: schema53.required,
				parentSchema: schema53,
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
				schema: schema53.required,
				parentSchema: schema53,
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
				parentSchema: schema53,
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
					schema: schema53.properties.file.type,
					parentSchema: schema53.properties.file,
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
					schema: schema53.properties.documentIndex.type,
					parentSchema: schema53.properties.documentIndex,
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
						parentSchema: schema53.properties.documentIndex,
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
						parentSchema: schema53.properties.pointer,
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
					schema: schema53.properties.pointer.type,
					parentSchema: schema53.properties.pointer,
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
						schema: schema54.required,
						parentSchema: schema54,
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
						schema: schema54.required,
						parentSchema: schema54,
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
						schema: schema54.required,
						parentSchema: schema54,
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
						schema: schema54.required,
						parentSchema: schema54,
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
						parentSchema: schema54,
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
							schema: schema54.properties.startLine.type,
							parentSchema: schema54.properties.startLine,
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
								parentSchema: schema54.properties.startLine,
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
							schema: schema54.properties.startColumn.type,
							parentSchema: schema54.properties.startColumn,
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
								parentSchema: schema54.properties.startColumn,
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
							schema: schema54.properties.endLine.type,
							parentSchema: schema54.properties.endLine,
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
								parentSchema: schema54.properties.endLine,
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
							schema: schema54.properties.endColumn.type,
							parentSchema: schema54.properties.endColumn,
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
								parentSchema: schema54.properties.endColumn,
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
					schema: schema54.type,
					parentSchema: schema54,
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
			schema: schema53.type,
			parentSchema: schema53,
			data
		};
		if (vErrors === null) vErrors = [err24];
		else vErrors.push(err24);
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
const schema56 = {
	"title": "RelatedLocation",
	"type": "object",
	"additionalProperties": false,
	"required": ["message", "location"],
	"properties": {
		"message": { "type": "string" },
		"location": { "$ref": "#/$defs/SourceLocation" }
	}
};
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate32.evaluated;
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
				schema: schema56.required,
				parentSchema: schema56,
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
				schema: schema56.required,
				parentSchema: schema56,
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
				parentSchema: schema56,
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
					schema: schema56.properties.message.type,
					parentSchema: schema56.properties.message,
					data: data0
				};
				if (vErrors === null) vErrors = [err3];
				else vErrors.push(err3);
				errors++;
			}
		}
		if (data.location !== void 0) {
			if (!validate30(data.location, {
				instancePath: instancePath + "/location",
				parentData: data,
				parentDataProperty: "location",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
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
			schema: schema56.type,
			parentSchema: schema56,
			data
		};
		if (vErrors === null) vErrors = [err4];
		else vErrors.push(err4);
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
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate29.evaluated;
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
				schema: schema52.required,
				parentSchema: schema52,
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
				schema: schema52.required,
				parentSchema: schema52,
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
				schema: schema52.required,
				parentSchema: schema52,
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
				schema: schema52.required,
				parentSchema: schema52,
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
				parentSchema: schema52,
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
					params: { allowedValues: schema52.properties.status.enum },
					message: "must be equal to one of the allowed values",
					schema: schema52.properties.status.enum,
					parentSchema: schema52.properties.status,
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
					schema: schema52.properties.message.type,
					parentSchema: schema52.properties.message,
					data: data1
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
		}
		if (data.location !== void 0) {
			if (!validate30(data.location, {
				instancePath: instancePath + "/location",
				parentData: data,
				parentDataProperty: "location",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
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
						schema: schema55.required,
						parentSchema: schema55,
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
						schema: schema55.required,
						parentSchema: schema55,
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
						parentSchema: schema55,
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
							schema: schema55.properties.startLine.type,
							parentSchema: schema55.properties.startLine,
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
								parentSchema: schema55.properties.startLine,
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
									schema: schema55.properties.lines.items.type,
									parentSchema: schema55.properties.lines.items,
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
							schema: schema55.properties.lines.type,
							parentSchema: schema55.properties.lines,
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
					schema: schema55.type,
					parentSchema: schema55,
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
						parentSchema: schema52.properties.fingerprint,
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
					schema: schema52.properties.fingerprint.type,
					parentSchema: schema52.properties.fingerprint,
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
						parentSchema: schema52.properties.related,
						data: data8
					};
					if (vErrors === null) vErrors = [err17];
					else vErrors.push(err17);
					errors++;
				}
				const len1 = data8.length;
				for (let i1 = 0; i1 < len1; i1++) if (!validate32(data8[i1], {
					instancePath: instancePath + "/related/" + i1,
					parentData: data8,
					parentDataProperty: i1,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
					errors = vErrors.length;
				}
			} else {
				const err18 = {
					instancePath: instancePath + "/related",
					schemaPath: "#/properties/related/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema52.properties.related.type,
					parentSchema: schema52.properties.related,
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
						schema: schema57.required,
						parentSchema: schema57,
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
						schema: schema57.required,
						parentSchema: schema57,
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
						schema: schema57.required,
						parentSchema: schema57,
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
						schema: schema57.required,
						parentSchema: schema57,
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
						schema: schema57.required,
						parentSchema: schema57,
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
						parentSchema: schema57,
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
							schema: schema57.properties.file.type,
							parentSchema: schema57.properties.file,
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
							schema: schema57.properties.line.type,
							parentSchema: schema57.properties.line,
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
								parentSchema: schema57.properties.line,
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
							schema: schema57.properties.reason.type,
							parentSchema: schema57.properties.reason,
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
							schema: schema57.properties.owner.type,
							parentSchema: schema57.properties.owner,
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
							schema: schema57.properties.ticket.type,
							parentSchema: schema57.properties.ticket,
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
								parentSchema: schema57.properties.expires,
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
							schema: schema57.properties.expires.type,
							parentSchema: schema57.properties.expires,
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
					schema: schema57.type,
					parentSchema: schema57,
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
					params: { allowedValues: schema52.properties.baselineState.enum },
					message: "must be equal to one of the allowed values",
					schema: schema52.properties.baselineState.enum,
					parentSchema: schema52.properties.baselineState,
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
			schema: schema52.type,
			parentSchema: schema52,
			data
		};
		if (vErrors === null) vErrors = [err35];
		else vErrors.push(err35);
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
const schema59 = {
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
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate36.evaluated;
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
				schema: schema59.required,
				parentSchema: schema59,
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
				schema: schema59.required,
				parentSchema: schema59,
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
				parentSchema: schema59,
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
					schema: schema59.properties.claim.type,
					parentSchema: schema59.properties.claim,
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
					schema: schema59.properties.url.type,
					parentSchema: schema59.properties.url,
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
					schema: schema59.properties.sha256.type,
					parentSchema: schema59.properties.sha256,
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
					params: { allowedValues: schema47.enum },
					message: "must be equal to one of the allowed values",
					schema: schema47.enum,
					parentSchema: schema47,
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
					schema: schema59.properties.file.type,
					parentSchema: schema59.properties.file,
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
			schema: schema59.type,
			parentSchema: schema59,
			data
		};
		if (vErrors === null) vErrors = [err8];
		else vErrors.push(err8);
		errors++;
	}
	validate36.errors = vErrors;
	return errors === 0;
}
validate36.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const schema62 = {
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
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate38.evaluated;
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
				schema: schema62.required,
				parentSchema: schema62,
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
				schema: schema62.required,
				parentSchema: schema62,
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
				schema: schema62.required,
				parentSchema: schema62,
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
				schema: schema62.required,
				parentSchema: schema62,
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
				schema: schema62.required,
				parentSchema: schema62,
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
				schema: schema62.required,
				parentSchema: schema62,
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
				schema: schema62.required,
				parentSchema: schema62,
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
				parentSchema: schema62,
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
					schema: schema62.properties.claim.type,
					parentSchema: schema62.properties.claim,
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
					params: { allowedValues: schema62.properties.result.enum },
					message: "must be equal to one of the allowed values",
					schema: schema62.properties.result.enum,
					parentSchema: schema62.properties.result,
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
					params: { allowedValues: schema47.enum },
					message: "must be equal to one of the allowed values",
					schema: schema47.enum,
					parentSchema: schema47,
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
					schema: schema62.properties.file.type,
					parentSchema: schema62.properties.file,
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
						schema: schema62.properties.signedBy.required,
						parentSchema: schema62.properties.signedBy,
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
						schema: schema62.properties.signedBy.required,
						parentSchema: schema62.properties.signedBy,
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
						schema: schema62.properties.signedBy.required,
						parentSchema: schema62.properties.signedBy,
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
						schema: schema62.properties.signedBy.required,
						parentSchema: schema62.properties.signedBy,
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
						parentSchema: schema62.properties.signedBy,
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
							schema: schema62.properties.signedBy.properties.name.type,
							parentSchema: schema62.properties.signedBy.properties.name,
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
							schema: schema62.properties.signedBy.properties.party.type,
							parentSchema: schema62.properties.signedBy.properties.party,
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
							params: { allowedValues: schema62.properties.signedBy.properties.role.enum },
							message: "must be equal to one of the allowed values",
							schema: schema62.properties.signedBy.properties.role.enum,
							parentSchema: schema62.properties.signedBy.properties.role,
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
							schema: schema62.properties.signedBy.properties.keyid.type,
							parentSchema: schema62.properties.signedBy.properties.keyid,
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
					schema: schema62.properties.signedBy.type,
					parentSchema: schema62.properties.signedBy,
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
					schema: schema62.properties.verifier.type,
					parentSchema: schema62.properties.verifier,
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
					schema: schema62.properties.checkedOn.type,
					parentSchema: schema62.properties.checkedOn,
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
					schema: schema62.properties.found.type,
					parentSchema: schema62.properties.found,
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
			schema: schema62.type,
			parentSchema: schema62,
			data
		};
		if (vErrors === null) vErrors = [err25];
		else vErrors.push(err25);
		errors++;
	}
	validate38.errors = vErrors;
	return errors === 0;
}
validate38.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate28.evaluated;
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
				schema: schema49.required,
				parentSchema: schema49,
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
				schema: schema49.required,
				parentSchema: schema49,
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
				schema: schema49.required,
				parentSchema: schema49,
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
				schema: schema49.required,
				parentSchema: schema49,
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
				schema: schema49.required,
				parentSchema: schema49,
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
				schema: schema49.required,
				parentSchema: schema49,
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
				schema: schema49.required,
				parentSchema: schema49,
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
				schema: schema49.required,
				parentSchema: schema49,
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
				schema: schema49.required,
				parentSchema: schema49,
				data
			};
			if (vErrors === null) vErrors = [err8];
			else vErrors.push(err8);
			errors++;
		}
		for (const key0 in data) if (!func1.call(schema49.properties, key0)) {
			const err9 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema49,
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
					schema: schema49.properties.id.type,
					parentSchema: schema49.properties.id,
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
					params: { allowedValues: schema50.enum },
					message: "must be equal to one of the allowed values",
					schema: schema50.enum,
					parentSchema: schema50,
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
					params: { type: schema49.properties.score.type },
					message: "must be number,null",
					schema: schema49.properties.score.type,
					parentSchema: schema49.properties.score,
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
						parentSchema: schema49.properties.score,
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
						parentSchema: schema49.properties.score,
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
						schema: schema51.required,
						parentSchema: schema51,
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
						schema: schema51.required,
						parentSchema: schema51,
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
						schema: schema51.required,
						parentSchema: schema51,
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
						schema: schema51.required,
						parentSchema: schema51,
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
						schema: schema51.required,
						parentSchema: schema51,
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
						parentSchema: schema51,
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
							schema: schema51.properties.pass.type,
							parentSchema: schema51.properties.pass,
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
								parentSchema: schema51.properties.pass,
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
							schema: schema51.properties.fail.type,
							parentSchema: schema51.properties.fail,
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
								parentSchema: schema51.properties.fail,
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
							schema: schema51.properties.missing_evidence.type,
							parentSchema: schema51.properties.missing_evidence,
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
								parentSchema: schema51.properties.missing_evidence,
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
							schema: schema51.properties.not_applicable.type,
							parentSchema: schema51.properties.not_applicable,
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
								parentSchema: schema51.properties.not_applicable,
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
							schema: schema51.properties.error.type,
							parentSchema: schema51.properties.error,
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
								parentSchema: schema51.properties.error,
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
					schema: schema51.type,
					parentSchema: schema51,
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
						parentSchema: schema49.properties.pointsLost,
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
						parentSchema: schema49.properties.pointsLost,
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
					schema: schema49.properties.pointsLost.type,
					parentSchema: schema49.properties.pointsLost,
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
						parentSchema: schema49.properties.findings,
						data: data10
					};
					if (vErrors === null) vErrors = [err35];
					else vErrors.push(err35);
					errors++;
				}
				const len0 = data10.length;
				for (let i0 = 0; i0 < len0; i0++) if (!validate29(data10[i0], {
					instancePath: instancePath + "/findings/" + i0,
					parentData: data10,
					parentDataProperty: i0,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
					errors = vErrors.length;
				}
			} else {
				const err36 = {
					instancePath: instancePath + "/findings",
					schemaPath: "#/properties/findings/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema49.properties.findings.type,
					parentSchema: schema49.properties.findings,
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
							schema: schema49.properties.linkedEvidence.items.type,
							parentSchema: schema49.properties.linkedEvidence.items,
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
					schema: schema49.properties.linkedEvidence.type,
					parentSchema: schema49.properties.linkedEvidence,
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
						parentSchema: schema49.properties.declared,
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
								schema: schema49.properties.declared.items.required,
								parentSchema: schema49.properties.declared.items,
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
								schema: schema49.properties.declared.items.required,
								parentSchema: schema49.properties.declared.items,
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
								parentSchema: schema49.properties.declared.items,
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
									schema: schema49.properties.declared.items.properties.pointer.type,
									parentSchema: schema49.properties.declared.items.properties.pointer,
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
									schema: schema49.properties.declared.items.properties.value.anyOf[0].type,
									parentSchema: schema49.properties.declared.items.properties.value.anyOf[0],
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
									schema: schema49.properties.declared.items.properties.value.anyOf[1].type,
									parentSchema: schema49.properties.declared.items.properties.value.anyOf[1],
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
									schema: schema49.properties.declared.items.properties.value.anyOf[2].type,
									parentSchema: schema49.properties.declared.items.properties.value.anyOf[2],
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
									schema: schema49.properties.declared.items.properties.value.anyOf[3].type,
									parentSchema: schema49.properties.declared.items.properties.value.anyOf[3],
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
									schema: schema49.properties.declared.items.properties.value.anyOf,
									parentSchema: schema49.properties.declared.items.properties.value,
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
							schema: schema49.properties.declared.items.type,
							parentSchema: schema49.properties.declared.items,
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
					schema: schema49.properties.declared.type,
					parentSchema: schema49.properties.declared,
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
					schema: schema49.properties.declaredOmitted.type,
					parentSchema: schema49.properties.declaredOmitted,
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
						parentSchema: schema49.properties.declaredOmitted,
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
					params: { allowedValues: schema47.enum },
					message: "must be equal to one of the allowed values",
					schema: schema47.enum,
					parentSchema: schema47,
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
					schema: schema49.properties.assurance.oneOf[1].type,
					parentSchema: schema49.properties.assurance.oneOf[1],
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
					schema: schema49.properties.assurance.oneOf,
					parentSchema: schema49.properties.assurance,
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
				for (let i3 = 0; i3 < len3; i3++) if (!validate36(data20[i3], {
					instancePath: instancePath + "/evidence/" + i3,
					parentData: data20,
					parentDataProperty: i3,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
					errors = vErrors.length;
				}
			} else {
				const err56 = {
					instancePath: instancePath + "/evidence",
					schemaPath: "#/properties/evidence/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema49.properties.evidence.type,
					parentSchema: schema49.properties.evidence,
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
					schema: schema49.properties.evidenceOmitted.type,
					parentSchema: schema49.properties.evidenceOmitted,
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
						parentSchema: schema49.properties.evidenceOmitted,
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
						parentSchema: schema49.properties.observations,
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
								schema: schema61.required,
								parentSchema: schema61,
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
								schema: schema61.required,
								parentSchema: schema61,
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
								schema: schema61.required,
								parentSchema: schema61,
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
								schema: schema61.required,
								parentSchema: schema61,
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
								schema: schema61.required,
								parentSchema: schema61,
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
								parentSchema: schema61,
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
									schema: schema61.properties.claim.type,
									parentSchema: schema61.properties.claim,
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
									params: { allowedValues: schema61.properties.result.enum },
									message: "must be equal to one of the allowed values",
									schema: schema61.properties.result.enum,
									parentSchema: schema61.properties.result,
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
									schema: schema61.properties.observed.type,
									parentSchema: schema61.properties.observed,
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
										schema: schema61.properties.artifact.required,
										parentSchema: schema61.properties.artifact,
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
										schema: schema61.properties.artifact.required,
										parentSchema: schema61.properties.artifact,
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
										schema: schema61.properties.artifact.required,
										parentSchema: schema61.properties.artifact,
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
										schema: schema61.properties.artifact.required,
										parentSchema: schema61.properties.artifact,
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
										schema: schema61.properties.artifact.required,
										parentSchema: schema61.properties.artifact,
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
										parentSchema: schema61.properties.artifact,
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
											schema: schema61.properties.artifact.properties.kind.type,
											parentSchema: schema61.properties.artifact.properties.kind,
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
											schema: schema61.properties.artifact.properties.title.type,
											parentSchema: schema61.properties.artifact.properties.title,
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
											schema: schema61.properties.artifact.properties.file.type,
											parentSchema: schema61.properties.artifact.properties.file,
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
											schema: schema61.properties.artifact.properties.line.type,
											parentSchema: schema61.properties.artifact.properties.line,
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
												parentSchema: schema61.properties.artifact.properties.line,
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
											schema: schema61.properties.artifact.properties.column.type,
											parentSchema: schema61.properties.artifact.properties.column,
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
												parentSchema: schema61.properties.artifact.properties.column,
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
									schema: schema61.properties.artifact.type,
									parentSchema: schema61.properties.artifact,
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
									params: { allowedValues: schema61.properties.basis.enum },
									message: "must be equal to one of the allowed values",
									schema: schema61.properties.basis.enum,
									parentSchema: schema61.properties.basis,
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
									schema: schema61.properties.signer.type,
									parentSchema: schema61.properties.signer,
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
							schema: schema61.type,
							parentSchema: schema61,
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
					schema: schema49.properties.observations.type,
					parentSchema: schema49.properties.observations,
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
						parentSchema: schema49.properties.statements,
						data: data36
					};
					if (vErrors === null) vErrors = [err87];
					else vErrors.push(err87);
					errors++;
				}
				const len5 = data36.length;
				for (let i5 = 0; i5 < len5; i5++) if (!validate38(data36[i5], {
					instancePath: instancePath + "/statements/" + i5,
					parentData: data36,
					parentDataProperty: i5,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
					errors = vErrors.length;
				}
			} else {
				const err88 = {
					instancePath: instancePath + "/statements",
					schemaPath: "#/properties/statements/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema49.properties.statements.type,
					parentSchema: schema49.properties.statements,
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
						schema: schema49.properties.findingsOmitted.required,
						parentSchema: schema49.properties.findingsOmitted,
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
						schema: schema49.properties.findingsOmitted.required,
						parentSchema: schema49.properties.findingsOmitted,
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
						parentSchema: schema49.properties.findingsOmitted,
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
							schema: schema49.properties.findingsOmitted.properties.count.type,
							parentSchema: schema49.properties.findingsOmitted.properties.count,
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
								parentSchema: schema49.properties.findingsOmitted.properties.count,
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
							schema: schema49.properties.findingsOmitted.properties.waived.type,
							parentSchema: schema49.properties.findingsOmitted.properties.waived,
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
								parentSchema: schema49.properties.findingsOmitted.properties.waived,
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
					schema: schema49.properties.findingsOmitted.type,
					parentSchema: schema49.properties.findingsOmitted,
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
			schema: schema49.type,
			parentSchema: schema49,
			data
		};
		if (vErrors === null) vErrors = [err97];
		else vErrors.push(err97);
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
const schema64 = {
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
const schema65 = {
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
const schema66 = {
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
const schema67 = {
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
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate42.evaluated;
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
				schema: schema65.required,
				parentSchema: schema65,
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
				schema: schema65.required,
				parentSchema: schema65,
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
				schema: schema65.required,
				parentSchema: schema65,
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
				parentSchema: schema65,
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
					schema: schema65.properties.group.type,
					parentSchema: schema65.properties.group,
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
					schema: schema65.properties.hosts.type,
					parentSchema: schema65.properties.hosts,
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
					schema: schema65.properties.criticality.type,
					parentSchema: schema65.properties.criticality,
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
					schema: schema65.properties.ring.type,
					parentSchema: schema65.properties.ring,
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
					schema: schema65.properties.ringIndex.type,
					parentSchema: schema65.properties.ringIndex,
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
						parentSchema: schema65.properties.ringIndex,
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
						schema: schema66.required,
						parentSchema: schema66,
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
						schema: schema66.required,
						parentSchema: schema66,
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
						parentSchema: schema66,
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
							params: { allowedValues: schema66.properties.version.enum },
							message: "must be equal to one of the allowed values",
							schema: schema66.properties.version.enum,
							parentSchema: schema66.properties.version,
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
							params: { type: schema66.properties.behind.type },
							message: "must be integer,null",
							schema: schema66.properties.behind.type,
							parentSchema: schema66.properties.behind,
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
								parentSchema: schema66.properties.behind,
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
							schema: schema66.properties.pinnedVersion.type,
							parentSchema: schema66.properties.pinnedVersion,
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
							schema: schema66.properties.pinnedSince.type,
							parentSchema: schema66.properties.pinnedSince,
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
					schema: schema66.type,
					parentSchema: schema66,
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
								schema: schema67.required,
								parentSchema: schema67,
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
								schema: schema67.required,
								parentSchema: schema67,
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
								parentSchema: schema67,
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
									params: { allowedValues: schema67.properties.ring.enum },
									message: "must be equal to one of the allowed values",
									schema: schema67.properties.ring.enum,
									parentSchema: schema67.properties.ring,
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
									params: { type: schema67.properties.hoursAfterGa.type },
									message: "must be number,null",
									schema: schema67.properties.hoursAfterGa.type,
									parentSchema: schema67.properties.hoursAfterGa,
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
										parentSchema: schema67.properties.hoursAfterGa,
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
									schema: schema67.properties.pinnedVersion.type,
									parentSchema: schema67.properties.pinnedVersion,
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
										parentSchema: schema67.properties.paused,
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
											schema: schema67.properties.paused.properties.reason.type,
											parentSchema: schema67.properties.paused.properties.reason,
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
											schema: schema67.properties.paused.properties.expiresAt.type,
											parentSchema: schema67.properties.paused.properties.expiresAt,
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
									schema: schema67.properties.paused.type,
									parentSchema: schema67.properties.paused,
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
							schema: schema67.type,
							parentSchema: schema67,
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
					schema: schema65.properties.content.type,
					parentSchema: schema65.properties.content,
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
			schema: schema65.type,
			parentSchema: schema65,
			data
		};
		if (vErrors === null) vErrors = [err32];
		else vErrors.push(err32);
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
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate41.evaluated;
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
				schema: schema64.required,
				parentSchema: schema64,
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
				schema: schema64.required,
				parentSchema: schema64,
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
				parentSchema: schema64,
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
						parentSchema: schema64.properties.categories,
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
							schema: schema64.properties.categories.items.type,
							parentSchema: schema64.properties.categories.items,
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
					schema: schema64.properties.categories.type,
					parentSchema: schema64.properties.categories,
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
						parentSchema: schema64.properties.rows,
						data: data2
					};
					if (vErrors === null) vErrors = [err6];
					else vErrors.push(err6);
					errors++;
				}
				const len1 = data2.length;
				for (let i1 = 0; i1 < len1; i1++) if (!validate42(data2[i1], {
					instancePath: instancePath + "/rows/" + i1,
					parentData: data2,
					parentDataProperty: i1,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
					errors = vErrors.length;
				}
			} else {
				const err7 = {
					instancePath: instancePath + "/rows",
					schemaPath: "#/properties/rows/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema64.properties.rows.type,
					parentSchema: schema64.properties.rows,
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
					schema: schema64.properties.rowsOmitted.type,
					parentSchema: schema64.properties.rowsOmitted,
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
						parentSchema: schema64.properties.rowsOmitted,
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
			schema: schema64.type,
			parentSchema: schema64,
			data
		};
		if (vErrors === null) vErrors = [err10];
		else vErrors.push(err10);
		errors++;
	}
	validate41.errors = vErrors;
	return errors === 0;
}
validate41.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const formats6 = require_formats$1.require_formats().fullFormats["date-time"];
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate27.evaluated;
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
				schema: schema45.required,
				parentSchema: schema45,
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
				schema: schema45.required,
				parentSchema: schema45,
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
				schema: schema45.required,
				parentSchema: schema45,
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
				schema: schema45.required,
				parentSchema: schema45,
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
				schema: schema45.required,
				parentSchema: schema45,
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
				schema: schema45.required,
				parentSchema: schema45,
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
				schema: schema45.required,
				parentSchema: schema45,
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
				schema: schema45.required,
				parentSchema: schema45,
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
				schema: schema45.required,
				parentSchema: schema45,
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
				schema: schema45.required,
				parentSchema: schema45,
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
				schema: schema45.required,
				parentSchema: schema45,
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
				schema: schema45.required,
				parentSchema: schema45,
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
				schema: schema45.required,
				parentSchema: schema45,
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
				schema: schema45.required,
				parentSchema: schema45,
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
				schema: schema45.required,
				parentSchema: schema45,
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
				schema: schema45.required,
				parentSchema: schema45,
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
				schema: schema45.required,
				parentSchema: schema45,
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
				schema: schema45.required,
				parentSchema: schema45,
				data
			};
			if (vErrors === null) vErrors = [err17];
			else vErrors.push(err17);
			errors++;
		}
		for (const key0 in data) if (!func1.call(schema45.properties, key0)) {
			const err18 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema45,
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
						parentSchema: schema45.properties.id,
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
					schema: schema45.properties.id.type,
					parentSchema: schema45.properties.id,
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
					schema: schema45.properties.file.type,
					parentSchema: schema45.properties.file,
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
					schema: schema45.properties.documentIndex.type,
					parentSchema: schema45.properties.documentIndex,
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
						parentSchema: schema45.properties.documentIndex,
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
					params: { allowedValues: schema41.enum },
					message: "must be equal to one of the allowed values",
					schema: schema41.enum,
					parentSchema: schema41,
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
					schema: schema45.properties.name.type,
					parentSchema: schema45.properties.name,
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
					params: { type: schema45.properties.score.type },
					message: "must be number,null",
					schema: schema45.properties.score.type,
					parentSchema: schema45.properties.score,
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
						parentSchema: schema45.properties.score,
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
						parentSchema: schema45.properties.score,
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
					schema: schema45.properties.grade.type,
					parentSchema: schema45.properties.grade,
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
					schema: schema45.properties.uncappedGrade.type,
					parentSchema: schema45.properties.uncappedGrade,
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
					schema: schema45.properties.gradeLimitedBy.type,
					parentSchema: schema45.properties.gradeLimitedBy,
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
					schema: schema45.properties.levelLimitedBy.type,
					parentSchema: schema45.properties.levelLimitedBy,
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
							schema: schema45.properties.cappedBy.items.type,
							parentSchema: schema45.properties.cappedBy.items,
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
					schema: schema45.properties.cappedBy.type,
					parentSchema: schema45.properties.cappedBy,
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
							schema: schema45.properties.criticalFailures.items.type,
							parentSchema: schema45.properties.criticalFailures.items,
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
					schema: schema45.properties.criticalFailures.type,
					parentSchema: schema45.properties.criticalFailures,
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
					schema: schema45.properties.level.type,
					parentSchema: schema45.properties.level,
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
						parentSchema: schema45.properties.level,
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
					params: { type: schema45.properties.evidenceCoverage.type },
					message: "must be number,null",
					schema: schema45.properties.evidenceCoverage.type,
					parentSchema: schema45.properties.evidenceCoverage,
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
						parentSchema: schema45.properties.evidenceCoverage,
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
						parentSchema: schema45.properties.evidenceCoverage,
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
					params: { allowedValues: schema47.enum },
					message: "must be equal to one of the allowed values",
					schema: schema47.enum,
					parentSchema: schema47,
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
					schema: schema45.properties.declaredAssurance.type,
					parentSchema: schema45.properties.declaredAssurance,
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
					params: { type: schema45.properties.linkedCoverage.type },
					message: "must be number,null",
					schema: schema45.properties.linkedCoverage.type,
					parentSchema: schema45.properties.linkedCoverage,
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
						parentSchema: schema45.properties.linkedCoverage,
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
						parentSchema: schema45.properties.linkedCoverage,
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
					params: { type: schema45.properties.verifiedCoverage.type },
					message: "must be number,null",
					schema: schema45.properties.verifiedCoverage.type,
					parentSchema: schema45.properties.verifiedCoverage,
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
						parentSchema: schema45.properties.verifiedCoverage,
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
						parentSchema: schema45.properties.verifiedCoverage,
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
								schema: schema48.required,
								parentSchema: schema48,
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
								schema: schema48.required,
								parentSchema: schema48,
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
								schema: schema48.required,
								parentSchema: schema48,
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
								schema: schema48.required,
								parentSchema: schema48,
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
								parentSchema: schema48,
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
									schema: schema48.properties.id.type,
									parentSchema: schema48.properties.id,
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
									params: { type: schema48.properties.score.type },
									message: "must be number,null",
									schema: schema48.properties.score.type,
									parentSchema: schema48.properties.score,
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
										parentSchema: schema48.properties.score,
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
										parentSchema: schema48.properties.score,
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
										parentSchema: schema48.properties.weight,
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
									schema: schema48.properties.weight.type,
									parentSchema: schema48.properties.weight,
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
										parentSchema: schema48.properties.applicableWeight,
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
									schema: schema48.properties.applicableWeight.type,
									parentSchema: schema48.properties.applicableWeight,
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
							schema: schema48.type,
							parentSchema: schema48,
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
					schema: schema45.properties.areas.type,
					parentSchema: schema45.properties.areas,
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
				for (let i3 = 0; i3 < len3; i3++) if (!validate28(data26[i3], {
					instancePath: instancePath + "/controls/" + i3,
					parentData: data26,
					parentDataProperty: i3,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
					errors = vErrors.length;
				}
			} else {
				const err65 = {
					instancePath: instancePath + "/controls",
					schemaPath: "#/properties/controls/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema45.properties.controls.type,
					parentSchema: schema45.properties.controls,
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
					schema: schema45.properties.schemaErrors.type,
					parentSchema: schema45.properties.schemaErrors,
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
						parentSchema: schema45.properties.schemaErrors,
						data: data28
					};
					if (vErrors === null) vErrors = [err67];
					else vErrors.push(err67);
					errors++;
				}
			}
		}
		if (data.timeline !== void 0) {
			if (!validate41(data.timeline, {
				instancePath: instancePath + "/timeline",
				parentData: data,
				parentDataProperty: "timeline",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
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
								schema: schema68.required,
								parentSchema: schema68,
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
								schema: schema68.required,
								parentSchema: schema68,
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
								schema: schema68.required,
								parentSchema: schema68,
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
								schema: schema68.required,
								parentSchema: schema68,
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
								schema: schema68.required,
								parentSchema: schema68,
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
								parentSchema: schema68,
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
									schema: schema68.properties.artifact.type,
									parentSchema: schema68.properties.artifact,
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
									schema: schema68.properties.release.type,
									parentSchema: schema68.properties.release,
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
									schema: schema68.properties.channel.type,
									parentSchema: schema68.properties.channel,
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
									schema: schema68.properties.emergency.type,
									parentSchema: schema68.properties.emergency,
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
												schema: schema68.properties.rings.items.required,
												parentSchema: schema68.properties.rings.items,
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
												schema: schema68.properties.rings.items.required,
												parentSchema: schema68.properties.rings.items,
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
												schema: schema68.properties.rings.items.required,
												parentSchema: schema68.properties.rings.items,
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
												parentSchema: schema68.properties.rings.items,
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
													schema: schema68.properties.rings.items.properties.name.type,
													parentSchema: schema68.properties.rings.items.properties.name,
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
														parentSchema: schema68.properties.rings.items.properties.start,
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
													schema: schema68.properties.rings.items.properties.start.type,
													parentSchema: schema68.properties.rings.items.properties.start,
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
														parentSchema: schema68.properties.rings.items.properties.end,
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
													schema: schema68.properties.rings.items.properties.end.type,
													parentSchema: schema68.properties.rings.items.properties.end,
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
													params: { type: schema68.properties.rings.items.properties.pct.type },
													message: "must be number,null",
													schema: schema68.properties.rings.items.properties.pct.type,
													parentSchema: schema68.properties.rings.items.properties.pct,
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
														parentSchema: schema68.properties.rings.items.properties.pct,
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
														parentSchema: schema68.properties.rings.items.properties.pct,
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
													parentSchema: schema68.properties.rings.items.properties.declaredPct,
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
											schema: schema68.properties.rings.items.type,
											parentSchema: schema68.properties.rings.items,
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
									schema: schema68.properties.rings.type,
									parentSchema: schema68.properties.rings,
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
										parentSchema: schema68.properties.halted,
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
									schema: schema68.properties.halted.type,
									parentSchema: schema68.properties.halted,
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
										parentSchema: schema68.properties.rolledBack,
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
									schema: schema68.properties.rolledBack.type,
									parentSchema: schema68.properties.rolledBack,
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
							schema: schema68.type,
							parentSchema: schema68,
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
					schema: schema45.properties.observedRollouts.type,
					parentSchema: schema45.properties.observedRollouts,
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
			schema: schema45.type,
			parentSchema: schema45,
			data
		};
		if (vErrors === null) vErrors = [err99];
		else vErrors.push(err99);
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
const schema69 = {
	"title": "Problem",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"severity",
		"code",
		"message"
	],
	"properties": {
		"severity": { "enum": ["error", "warning"] },
		"code": { "type": "string" },
		"message": { "type": "string" },
		"file": { "type": "string" },
		"range": { "$ref": "#/$defs/Range" },
		"pointer": {
			"type": "string",
			"pattern": "^(/([^~/]|~[01])*)*$"
		},
		"documentIndex": {
			"type": "integer",
			"minimum": 0
		},
		"rule": { "type": "string" },
		"control": { "type": "string" }
	}
};
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate46.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.severity === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "severity" },
				message: "must have required property 'severity'",
				schema: schema69.required,
				parentSchema: schema69,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.code === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "code" },
				message: "must have required property 'code'",
				schema: schema69.required,
				parentSchema: schema69,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.message === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "message" },
				message: "must have required property 'message'",
				schema: schema69.required,
				parentSchema: schema69,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		for (const key0 in data) if (!func1.call(schema69.properties, key0)) {
			const err3 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema69,
				data
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		if (data.severity !== void 0) {
			let data0 = data.severity;
			if (!(data0 === "error" || data0 === "warning")) {
				const err4 = {
					instancePath: instancePath + "/severity",
					schemaPath: "#/properties/severity/enum",
					keyword: "enum",
					params: { allowedValues: schema69.properties.severity.enum },
					message: "must be equal to one of the allowed values",
					schema: schema69.properties.severity.enum,
					parentSchema: schema69.properties.severity,
					data: data0
				};
				if (vErrors === null) vErrors = [err4];
				else vErrors.push(err4);
				errors++;
			}
		}
		if (data.code !== void 0) {
			let data1 = data.code;
			if (typeof data1 !== "string") {
				const err5 = {
					instancePath: instancePath + "/code",
					schemaPath: "#/properties/code/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema69.properties.code.type,
					parentSchema: schema69.properties.code,
					data: data1
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.message !== void 0) {
			let data2 = data.message;
			if (typeof data2 !== "string") {
				const err6 = {
					instancePath: instancePath + "/message",
					schemaPath: "#/properties/message/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema69.properties.message.type,
					parentSchema: schema69.properties.message,
					data: data2
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
		}
		if (data.file !== void 0) {
			let data3 = data.file;
			if (typeof data3 !== "string") {
				const err7 = {
					instancePath: instancePath + "/file",
					schemaPath: "#/properties/file/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema69.properties.file.type,
					parentSchema: schema69.properties.file,
					data: data3
				};
				if (vErrors === null) vErrors = [err7];
				else vErrors.push(err7);
				errors++;
			}
		}
		if (data.range !== void 0) {
			let data4 = data.range;
			if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
				if (data4.startLine === void 0) {
					const err8 = {
						instancePath: instancePath + "/range",
						schemaPath: "#/$defs/Range/required",
						keyword: "required",
						params: { missingProperty: "startLine" },
						message: "must have required property 'startLine'",
						schema: schema54.required,
						parentSchema: schema54,
						data: data4
					};
					if (vErrors === null) vErrors = [err8];
					else vErrors.push(err8);
					errors++;
				}
				if (data4.startColumn === void 0) {
					const err9 = {
						instancePath: instancePath + "/range",
						schemaPath: "#/$defs/Range/required",
						keyword: "required",
						params: { missingProperty: "startColumn" },
						message: "must have required property 'startColumn'",
						schema: schema54.required,
						parentSchema: schema54,
						data: data4
					};
					if (vErrors === null) vErrors = [err9];
					else vErrors.push(err9);
					errors++;
				}
				if (data4.endLine === void 0) {
					const err10 = {
						instancePath: instancePath + "/range",
						schemaPath: "#/$defs/Range/required",
						keyword: "required",
						params: { missingProperty: "endLine" },
						message: "must have required property 'endLine'",
						schema: schema54.required,
						parentSchema: schema54,
						data: data4
					};
					if (vErrors === null) vErrors = [err10];
					else vErrors.push(err10);
					errors++;
				}
				if (data4.endColumn === void 0) {
					const err11 = {
						instancePath: instancePath + "/range",
						schemaPath: "#/$defs/Range/required",
						keyword: "required",
						params: { missingProperty: "endColumn" },
						message: "must have required property 'endColumn'",
						schema: schema54.required,
						parentSchema: schema54,
						data: data4
					};
					if (vErrors === null) vErrors = [err11];
					else vErrors.push(err11);
					errors++;
				}
				for (const key1 in data4) if (!(key1 === "startLine" || key1 === "startColumn" || key1 === "endLine" || key1 === "endColumn")) {
					const err12 = {
						instancePath: instancePath + "/range",
						schemaPath: "#/$defs/Range/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema54,
						data: data4
					};
					if (vErrors === null) vErrors = [err12];
					else vErrors.push(err12);
					errors++;
				}
				if (data4.startLine !== void 0) {
					let data5 = data4.startLine;
					if (!(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
						const err13 = {
							instancePath: instancePath + "/range/startLine",
							schemaPath: "#/$defs/Range/properties/startLine/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema54.properties.startLine.type,
							parentSchema: schema54.properties.startLine,
							data: data5
						};
						if (vErrors === null) vErrors = [err13];
						else vErrors.push(err13);
						errors++;
					}
					if (typeof data5 == "number" && isFinite(data5)) {
						if (data5 < 1 || isNaN(data5)) {
							const err14 = {
								instancePath: instancePath + "/range/startLine",
								schemaPath: "#/$defs/Range/properties/startLine/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1",
								schema: 1,
								parentSchema: schema54.properties.startLine,
								data: data5
							};
							if (vErrors === null) vErrors = [err14];
							else vErrors.push(err14);
							errors++;
						}
					}
				}
				if (data4.startColumn !== void 0) {
					let data6 = data4.startColumn;
					if (!(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
						const err15 = {
							instancePath: instancePath + "/range/startColumn",
							schemaPath: "#/$defs/Range/properties/startColumn/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema54.properties.startColumn.type,
							parentSchema: schema54.properties.startColumn,
							data: data6
						};
						if (vErrors === null) vErrors = [err15];
						else vErrors.push(err15);
						errors++;
					}
					if (typeof data6 == "number" && isFinite(data6)) {
						if (data6 < 1 || isNaN(data6)) {
							const err16 = {
								instancePath: instancePath + "/range/startColumn",
								schemaPath: "#/$defs/Range/properties/startColumn/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1",
								schema: 1,
								parentSchema: schema54.properties.startColumn,
								data: data6
							};
							if (vErrors === null) vErrors = [err16];
							else vErrors.push(err16);
							errors++;
						}
					}
				}
				if (data4.endLine !== void 0) {
					let data7 = data4.endLine;
					if (!(typeof data7 == "number" && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
						const err17 = {
							instancePath: instancePath + "/range/endLine",
							schemaPath: "#/$defs/Range/properties/endLine/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema54.properties.endLine.type,
							parentSchema: schema54.properties.endLine,
							data: data7
						};
						if (vErrors === null) vErrors = [err17];
						else vErrors.push(err17);
						errors++;
					}
					if (typeof data7 == "number" && isFinite(data7)) {
						if (data7 < 1 || isNaN(data7)) {
							const err18 = {
								instancePath: instancePath + "/range/endLine",
								schemaPath: "#/$defs/Range/properties/endLine/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1",
								schema: 1,
								parentSchema: schema54.properties.endLine,
								data: data7
							};
							if (vErrors === null) vErrors = [err18];
							else vErrors.push(err18);
							errors++;
						}
					}
				}
				if (data4.endColumn !== void 0) {
					let data8 = data4.endColumn;
					if (!(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8) && isFinite(data8))) {
						const err19 = {
							instancePath: instancePath + "/range/endColumn",
							schemaPath: "#/$defs/Range/properties/endColumn/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema54.properties.endColumn.type,
							parentSchema: schema54.properties.endColumn,
							data: data8
						};
						if (vErrors === null) vErrors = [err19];
						else vErrors.push(err19);
						errors++;
					}
					if (typeof data8 == "number" && isFinite(data8)) {
						if (data8 < 1 || isNaN(data8)) {
							const err20 = {
								instancePath: instancePath + "/range/endColumn",
								schemaPath: "#/$defs/Range/properties/endColumn/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 1
								},
								message: "must be >= 1",
								schema: 1,
								parentSchema: schema54.properties.endColumn,
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
					instancePath: instancePath + "/range",
					schemaPath: "#/$defs/Range/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema54.type,
					parentSchema: schema54,
					data: data4
				};
				if (vErrors === null) vErrors = [err21];
				else vErrors.push(err21);
				errors++;
			}
		}
		if (data.pointer !== void 0) {
			let data9 = data.pointer;
			if (typeof data9 === "string") {
				if (!pattern11.test(data9)) {
					const err22 = {
						instancePath: instancePath + "/pointer",
						schemaPath: "#/properties/pointer/pattern",
						keyword: "pattern",
						params: { pattern: "^(/([^~/]|~[01])*)*$" },
						message: "must match pattern \"^(/([^~/]|~[01])*)*$\"",
						schema: "^(/([^~/]|~[01])*)*$",
						parentSchema: schema69.properties.pointer,
						data: data9
					};
					if (vErrors === null) vErrors = [err22];
					else vErrors.push(err22);
					errors++;
				}
			} else {
				const err23 = {
					instancePath: instancePath + "/pointer",
					schemaPath: "#/properties/pointer/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema69.properties.pointer.type,
					parentSchema: schema69.properties.pointer,
					data: data9
				};
				if (vErrors === null) vErrors = [err23];
				else vErrors.push(err23);
				errors++;
			}
		}
		if (data.documentIndex !== void 0) {
			let data10 = data.documentIndex;
			if (!(typeof data10 == "number" && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
				const err24 = {
					instancePath: instancePath + "/documentIndex",
					schemaPath: "#/properties/documentIndex/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema69.properties.documentIndex.type,
					parentSchema: schema69.properties.documentIndex,
					data: data10
				};
				if (vErrors === null) vErrors = [err24];
				else vErrors.push(err24);
				errors++;
			}
			if (typeof data10 == "number" && isFinite(data10)) {
				if (data10 < 0 || isNaN(data10)) {
					const err25 = {
						instancePath: instancePath + "/documentIndex",
						schemaPath: "#/properties/documentIndex/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema69.properties.documentIndex,
						data: data10
					};
					if (vErrors === null) vErrors = [err25];
					else vErrors.push(err25);
					errors++;
				}
			}
		}
		if (data.rule !== void 0) {
			let data11 = data.rule;
			if (typeof data11 !== "string") {
				const err26 = {
					instancePath: instancePath + "/rule",
					schemaPath: "#/properties/rule/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema69.properties.rule.type,
					parentSchema: schema69.properties.rule,
					data: data11
				};
				if (vErrors === null) vErrors = [err26];
				else vErrors.push(err26);
				errors++;
			}
		}
		if (data.control !== void 0) {
			let data12 = data.control;
			if (typeof data12 !== "string") {
				const err27 = {
					instancePath: instancePath + "/control",
					schemaPath: "#/properties/control/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema69.properties.control.type,
					parentSchema: schema69.properties.control,
					data: data12
				};
				if (vErrors === null) vErrors = [err27];
				else vErrors.push(err27);
				errors++;
			}
		}
	} else {
		const err28 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema69.type,
			parentSchema: schema69,
			data
		};
		if (vErrors === null) vErrors = [err28];
		else vErrors.push(err28);
		errors++;
	}
	validate46.errors = vErrors;
	return errors === 0;
}
validate46.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const schema72 = {
	"title": "BaselineSummary",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"file",
		"new",
		"unchanged",
		"absent"
	],
	"properties": {
		"file": { "type": "string" },
		"new": {
			"type": "integer",
			"minimum": 0
		},
		"unchanged": {
			"type": "integer",
			"minimum": 0
		},
		"absent": {
			"type": "array",
			"items": { "$ref": "#/$defs/AbsentFinding" }
		}
	}
};
const schema73 = {
	"title": "AbsentFinding",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"control",
		"file",
		"pointer",
		"message",
		"fingerprint"
	],
	"properties": {
		"control": { "type": "string" },
		"file": { "type": "string" },
		"pointer": { "type": "string" },
		"message": { "type": "string" },
		"fingerprint": { "type": "string" }
	}
};
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate48.evaluated;
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
				schema: schema72.required,
				parentSchema: schema72,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.new === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "new" },
				message: "must have required property 'new'",
				schema: schema72.required,
				parentSchema: schema72,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.unchanged === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "unchanged" },
				message: "must have required property 'unchanged'",
				schema: schema72.required,
				parentSchema: schema72,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.absent === void 0) {
			const err3 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "absent" },
				message: "must have required property 'absent'",
				schema: schema72.required,
				parentSchema: schema72,
				data
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		for (const key0 in data) if (!(key0 === "file" || key0 === "new" || key0 === "unchanged" || key0 === "absent")) {
			const err4 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema72,
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
					schema: schema72.properties.file.type,
					parentSchema: schema72.properties.file,
					data: data0
				};
				if (vErrors === null) vErrors = [err5];
				else vErrors.push(err5);
				errors++;
			}
		}
		if (data.new !== void 0) {
			let data1 = data.new;
			if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
				const err6 = {
					instancePath: instancePath + "/new",
					schemaPath: "#/properties/new/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema72.properties.new.type,
					parentSchema: schema72.properties.new,
					data: data1
				};
				if (vErrors === null) vErrors = [err6];
				else vErrors.push(err6);
				errors++;
			}
			if (typeof data1 == "number" && isFinite(data1)) {
				if (data1 < 0 || isNaN(data1)) {
					const err7 = {
						instancePath: instancePath + "/new",
						schemaPath: "#/properties/new/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema72.properties.new,
						data: data1
					};
					if (vErrors === null) vErrors = [err7];
					else vErrors.push(err7);
					errors++;
				}
			}
		}
		if (data.unchanged !== void 0) {
			let data2 = data.unchanged;
			if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
				const err8 = {
					instancePath: instancePath + "/unchanged",
					schemaPath: "#/properties/unchanged/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema72.properties.unchanged.type,
					parentSchema: schema72.properties.unchanged,
					data: data2
				};
				if (vErrors === null) vErrors = [err8];
				else vErrors.push(err8);
				errors++;
			}
			if (typeof data2 == "number" && isFinite(data2)) {
				if (data2 < 0 || isNaN(data2)) {
					const err9 = {
						instancePath: instancePath + "/unchanged",
						schemaPath: "#/properties/unchanged/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema72.properties.unchanged,
						data: data2
					};
					if (vErrors === null) vErrors = [err9];
					else vErrors.push(err9);
					errors++;
				}
			}
		}
		if (data.absent !== void 0) {
			let data3 = data.absent;
			if (Array.isArray(data3)) {
				const len0 = data3.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data4 = data3[i0];
					if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
						if (data4.control === void 0) {
							const err10 = {
								instancePath: instancePath + "/absent/" + i0,
								schemaPath: "#/$defs/AbsentFinding/required",
								keyword: "required",
								params: { missingProperty: "control" },
								message: "must have required property 'control'",
								schema: schema73.required,
								parentSchema: schema73,
								data: data4
							};
							if (vErrors === null) vErrors = [err10];
							else vErrors.push(err10);
							errors++;
						}
						if (data4.file === void 0) {
							const err11 = {
								instancePath: instancePath + "/absent/" + i0,
								schemaPath: "#/$defs/AbsentFinding/required",
								keyword: "required",
								params: { missingProperty: "file" },
								message: "must have required property 'file'",
								schema: schema73.required,
								parentSchema: schema73,
								data: data4
							};
							if (vErrors === null) vErrors = [err11];
							else vErrors.push(err11);
							errors++;
						}
						if (data4.pointer === void 0) {
							const err12 = {
								instancePath: instancePath + "/absent/" + i0,
								schemaPath: "#/$defs/AbsentFinding/required",
								keyword: "required",
								params: { missingProperty: "pointer" },
								message: "must have required property 'pointer'",
								schema: schema73.required,
								parentSchema: schema73,
								data: data4
							};
							if (vErrors === null) vErrors = [err12];
							else vErrors.push(err12);
							errors++;
						}
						if (data4.message === void 0) {
							const err13 = {
								instancePath: instancePath + "/absent/" + i0,
								schemaPath: "#/$defs/AbsentFinding/required",
								keyword: "required",
								params: { missingProperty: "message" },
								message: "must have required property 'message'",
								schema: schema73.required,
								parentSchema: schema73,
								data: data4
							};
							if (vErrors === null) vErrors = [err13];
							else vErrors.push(err13);
							errors++;
						}
						if (data4.fingerprint === void 0) {
							const err14 = {
								instancePath: instancePath + "/absent/" + i0,
								schemaPath: "#/$defs/AbsentFinding/required",
								keyword: "required",
								params: { missingProperty: "fingerprint" },
								message: "must have required property 'fingerprint'",
								schema: schema73.required,
								parentSchema: schema73,
								data: data4
							};
							if (vErrors === null) vErrors = [err14];
							else vErrors.push(err14);
							errors++;
						}
						for (const key1 in data4) if (!(key1 === "control" || key1 === "file" || key1 === "pointer" || key1 === "message" || key1 === "fingerprint")) {
							const err15 = {
								instancePath: instancePath + "/absent/" + i0,
								schemaPath: "#/$defs/AbsentFinding/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key1 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema73,
								data: data4
							};
							if (vErrors === null) vErrors = [err15];
							else vErrors.push(err15);
							errors++;
						}
						if (data4.control !== void 0) {
							let data5 = data4.control;
							if (typeof data5 !== "string") {
								const err16 = {
									instancePath: instancePath + "/absent/" + i0 + "/control",
									schemaPath: "#/$defs/AbsentFinding/properties/control/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema73.properties.control.type,
									parentSchema: schema73.properties.control,
									data: data5
								};
								if (vErrors === null) vErrors = [err16];
								else vErrors.push(err16);
								errors++;
							}
						}
						if (data4.file !== void 0) {
							let data6 = data4.file;
							if (typeof data6 !== "string") {
								const err17 = {
									instancePath: instancePath + "/absent/" + i0 + "/file",
									schemaPath: "#/$defs/AbsentFinding/properties/file/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema73.properties.file.type,
									parentSchema: schema73.properties.file,
									data: data6
								};
								if (vErrors === null) vErrors = [err17];
								else vErrors.push(err17);
								errors++;
							}
						}
						if (data4.pointer !== void 0) {
							let data7 = data4.pointer;
							if (typeof data7 !== "string") {
								const err18 = {
									instancePath: instancePath + "/absent/" + i0 + "/pointer",
									schemaPath: "#/$defs/AbsentFinding/properties/pointer/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema73.properties.pointer.type,
									parentSchema: schema73.properties.pointer,
									data: data7
								};
								if (vErrors === null) vErrors = [err18];
								else vErrors.push(err18);
								errors++;
							}
						}
						if (data4.message !== void 0) {
							let data8 = data4.message;
							if (typeof data8 !== "string") {
								const err19 = {
									instancePath: instancePath + "/absent/" + i0 + "/message",
									schemaPath: "#/$defs/AbsentFinding/properties/message/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema73.properties.message.type,
									parentSchema: schema73.properties.message,
									data: data8
								};
								if (vErrors === null) vErrors = [err19];
								else vErrors.push(err19);
								errors++;
							}
						}
						if (data4.fingerprint !== void 0) {
							let data9 = data4.fingerprint;
							if (typeof data9 !== "string") {
								const err20 = {
									instancePath: instancePath + "/absent/" + i0 + "/fingerprint",
									schemaPath: "#/$defs/AbsentFinding/properties/fingerprint/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema73.properties.fingerprint.type,
									parentSchema: schema73.properties.fingerprint,
									data: data9
								};
								if (vErrors === null) vErrors = [err20];
								else vErrors.push(err20);
								errors++;
							}
						}
					} else {
						const err21 = {
							instancePath: instancePath + "/absent/" + i0,
							schemaPath: "#/$defs/AbsentFinding/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema73.type,
							parentSchema: schema73,
							data: data4
						};
						if (vErrors === null) vErrors = [err21];
						else vErrors.push(err21);
						errors++;
					}
				}
			} else {
				const err22 = {
					instancePath: instancePath + "/absent",
					schemaPath: "#/properties/absent/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema72.properties.absent.type,
					parentSchema: schema72.properties.absent,
					data: data3
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
			schema: schema72.type,
			parentSchema: schema72,
			data
		};
		if (vErrors === null) vErrors = [err23];
		else vErrors.push(err23);
		errors++;
	}
	validate48.errors = vErrors;
	return errors === 0;
}
validate48.evaluated = {
	"props": true,
	"dynamicProps": false,
	"dynamicItems": false
};
const schema75 = {
	"title": "ShardInfo",
	"type": "object",
	"additionalProperties": false,
	"required": [
		"index",
		"count",
		"run",
		"files",
		"waiverColumns",
		"subjects",
		"runProblems",
		"documentProblems"
	],
	"properties": {
		"index": {
			"type": "integer",
			"minimum": 1,
			"maximum": 256
		},
		"count": {
			"type": "integer",
			"minimum": 1,
			"maximum": 256
		},
		"run": {
			"type": "string",
			"pattern": "^sha256:[0-9a-f]{64}$"
		},
		"files": {
			"type": "integer",
			"minimum": 0
		},
		"allowEmpty": { "const": true },
		"waiverColumns": {
			"type": "array",
			"items": {
				"type": "integer",
				"minimum": 0
			}
		},
		"subjects": {
			"type": "array",
			"items": {
				"type": "object",
				"additionalProperties": false,
				"required": ["entry"],
				"properties": {
					"entry": {
						"type": "integer",
						"minimum": 0
					},
					"reasons": {
						"type": "array",
						"items": { "type": "string" }
					},
					"schema": {
						"type": "array",
						"items": { "$ref": "#/$defs/Problem" }
					}
				}
			}
		},
		"runProblems": {
			"type": "array",
			"items": { "$ref": "#/$defs/Problem" }
		},
		"documentProblems": {
			"type": "array",
			"items": { "$ref": "#/$defs/Problem" }
		}
	}
};
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
	let vErrors = null;
	let errors = 0;
	const evaluated0 = validate50.evaluated;
	if (evaluated0.dynamicProps) evaluated0.props = void 0;
	if (evaluated0.dynamicItems) evaluated0.items = void 0;
	if (data && typeof data == "object" && !Array.isArray(data)) {
		if (data.index === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "index" },
				message: "must have required property 'index'",
				schema: schema75.required,
				parentSchema: schema75,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.count === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "count" },
				message: "must have required property 'count'",
				schema: schema75.required,
				parentSchema: schema75,
				data
			};
			if (vErrors === null) vErrors = [err1];
			else vErrors.push(err1);
			errors++;
		}
		if (data.run === void 0) {
			const err2 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "run" },
				message: "must have required property 'run'",
				schema: schema75.required,
				parentSchema: schema75,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.files === void 0) {
			const err3 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "files" },
				message: "must have required property 'files'",
				schema: schema75.required,
				parentSchema: schema75,
				data
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		if (data.waiverColumns === void 0) {
			const err4 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "waiverColumns" },
				message: "must have required property 'waiverColumns'",
				schema: schema75.required,
				parentSchema: schema75,
				data
			};
			if (vErrors === null) vErrors = [err4];
			else vErrors.push(err4);
			errors++;
		}
		if (data.subjects === void 0) {
			const err5 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "subjects" },
				message: "must have required property 'subjects'",
				schema: schema75.required,
				parentSchema: schema75,
				data
			};
			if (vErrors === null) vErrors = [err5];
			else vErrors.push(err5);
			errors++;
		}
		if (data.runProblems === void 0) {
			const err6 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "runProblems" },
				message: "must have required property 'runProblems'",
				schema: schema75.required,
				parentSchema: schema75,
				data
			};
			if (vErrors === null) vErrors = [err6];
			else vErrors.push(err6);
			errors++;
		}
		if (data.documentProblems === void 0) {
			const err7 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "documentProblems" },
				message: "must have required property 'documentProblems'",
				schema: schema75.required,
				parentSchema: schema75,
				data
			};
			if (vErrors === null) vErrors = [err7];
			else vErrors.push(err7);
			errors++;
		}
		for (const key0 in data) if (!func1.call(schema75.properties, key0)) {
			const err8 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema75,
				data
			};
			if (vErrors === null) vErrors = [err8];
			else vErrors.push(err8);
			errors++;
		}
		if (data.index !== void 0) {
			let data0 = data.index;
			if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
				const err9 = {
					instancePath: instancePath + "/index",
					schemaPath: "#/properties/index/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema75.properties.index.type,
					parentSchema: schema75.properties.index,
					data: data0
				};
				if (vErrors === null) vErrors = [err9];
				else vErrors.push(err9);
				errors++;
			}
			if (typeof data0 == "number" && isFinite(data0)) {
				if (data0 > 256 || isNaN(data0)) {
					const err10 = {
						instancePath: instancePath + "/index",
						schemaPath: "#/properties/index/maximum",
						keyword: "maximum",
						params: {
							comparison: "<=",
							limit: 256
						},
						message: "must be <= 256",
						schema: 256,
						parentSchema: schema75.properties.index,
						data: data0
					};
					if (vErrors === null) vErrors = [err10];
					else vErrors.push(err10);
					errors++;
				}
				if (data0 < 1 || isNaN(data0)) {
					const err11 = {
						instancePath: instancePath + "/index",
						schemaPath: "#/properties/index/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 1
						},
						message: "must be >= 1",
						schema: 1,
						parentSchema: schema75.properties.index,
						data: data0
					};
					if (vErrors === null) vErrors = [err11];
					else vErrors.push(err11);
					errors++;
				}
			}
		}
		if (data.count !== void 0) {
			let data1 = data.count;
			if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
				const err12 = {
					instancePath: instancePath + "/count",
					schemaPath: "#/properties/count/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema75.properties.count.type,
					parentSchema: schema75.properties.count,
					data: data1
				};
				if (vErrors === null) vErrors = [err12];
				else vErrors.push(err12);
				errors++;
			}
			if (typeof data1 == "number" && isFinite(data1)) {
				if (data1 > 256 || isNaN(data1)) {
					const err13 = {
						instancePath: instancePath + "/count",
						schemaPath: "#/properties/count/maximum",
						keyword: "maximum",
						params: {
							comparison: "<=",
							limit: 256
						},
						message: "must be <= 256",
						schema: 256,
						parentSchema: schema75.properties.count,
						data: data1
					};
					if (vErrors === null) vErrors = [err13];
					else vErrors.push(err13);
					errors++;
				}
				if (data1 < 1 || isNaN(data1)) {
					const err14 = {
						instancePath: instancePath + "/count",
						schemaPath: "#/properties/count/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 1
						},
						message: "must be >= 1",
						schema: 1,
						parentSchema: schema75.properties.count,
						data: data1
					};
					if (vErrors === null) vErrors = [err14];
					else vErrors.push(err14);
					errors++;
				}
			}
		}
		if (data.run !== void 0) {
			let data2 = data.run;
			if (typeof data2 === "string") {
				if (!pattern9.test(data2)) {
					const err15 = {
						instancePath: instancePath + "/run",
						schemaPath: "#/properties/run/pattern",
						keyword: "pattern",
						params: { pattern: "^sha256:[0-9a-f]{64}$" },
						message: "must match pattern \"^sha256:[0-9a-f]{64}$\"",
						schema: "^sha256:[0-9a-f]{64}$",
						parentSchema: schema75.properties.run,
						data: data2
					};
					if (vErrors === null) vErrors = [err15];
					else vErrors.push(err15);
					errors++;
				}
			} else {
				const err16 = {
					instancePath: instancePath + "/run",
					schemaPath: "#/properties/run/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema75.properties.run.type,
					parentSchema: schema75.properties.run,
					data: data2
				};
				if (vErrors === null) vErrors = [err16];
				else vErrors.push(err16);
				errors++;
			}
		}
		if (data.files !== void 0) {
			let data3 = data.files;
			if (!(typeof data3 == "number" && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
				const err17 = {
					instancePath: instancePath + "/files",
					schemaPath: "#/properties/files/type",
					keyword: "type",
					params: { type: "integer" },
					message: "must be integer",
					schema: schema75.properties.files.type,
					parentSchema: schema75.properties.files,
					data: data3
				};
				if (vErrors === null) vErrors = [err17];
				else vErrors.push(err17);
				errors++;
			}
			if (typeof data3 == "number" && isFinite(data3)) {
				if (data3 < 0 || isNaN(data3)) {
					const err18 = {
						instancePath: instancePath + "/files",
						schemaPath: "#/properties/files/minimum",
						keyword: "minimum",
						params: {
							comparison: ">=",
							limit: 0
						},
						message: "must be >= 0",
						schema: 0,
						parentSchema: schema75.properties.files,
						data: data3
					};
					if (vErrors === null) vErrors = [err18];
					else vErrors.push(err18);
					errors++;
				}
			}
		}
		if (data.allowEmpty !== void 0) {
			let data4 = data.allowEmpty;
			if (true !== data4) {
				const err19 = {
					instancePath: instancePath + "/allowEmpty",
					schemaPath: "#/properties/allowEmpty/const",
					keyword: "const",
					params: { allowedValue: true },
					message: "must be equal to constant",
					schema: true,
					parentSchema: schema75.properties.allowEmpty,
					data: data4
				};
				if (vErrors === null) vErrors = [err19];
				else vErrors.push(err19);
				errors++;
			}
		}
		if (data.waiverColumns !== void 0) {
			let data5 = data.waiverColumns;
			if (Array.isArray(data5)) {
				const len0 = data5.length;
				for (let i0 = 0; i0 < len0; i0++) {
					let data6 = data5[i0];
					if (!(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
						const err20 = {
							instancePath: instancePath + "/waiverColumns/" + i0,
							schemaPath: "#/properties/waiverColumns/items/type",
							keyword: "type",
							params: { type: "integer" },
							message: "must be integer",
							schema: schema75.properties.waiverColumns.items.type,
							parentSchema: schema75.properties.waiverColumns.items,
							data: data6
						};
						if (vErrors === null) vErrors = [err20];
						else vErrors.push(err20);
						errors++;
					}
					if (typeof data6 == "number" && isFinite(data6)) {
						if (data6 < 0 || isNaN(data6)) {
							const err21 = {
								instancePath: instancePath + "/waiverColumns/" + i0,
								schemaPath: "#/properties/waiverColumns/items/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema75.properties.waiverColumns.items,
								data: data6
							};
							if (vErrors === null) vErrors = [err21];
							else vErrors.push(err21);
							errors++;
						}
					}
				}
			} else {
				const err22 = {
					instancePath: instancePath + "/waiverColumns",
					schemaPath: "#/properties/waiverColumns/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema75.properties.waiverColumns.type,
					parentSchema: schema75.properties.waiverColumns,
					data: data5
				};
				if (vErrors === null) vErrors = [err22];
				else vErrors.push(err22);
				errors++;
			}
		}
		if (data.subjects !== void 0) {
			let data7 = data.subjects;
			if (Array.isArray(data7)) {
				const len1 = data7.length;
				for (let i1 = 0; i1 < len1; i1++) {
					let data8 = data7[i1];
					if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
						if (data8.entry === void 0) {
							const err23 = {
								instancePath: instancePath + "/subjects/" + i1,
								schemaPath: "#/properties/subjects/items/required",
								keyword: "required",
								params: { missingProperty: "entry" },
								message: "must have required property 'entry'",
								schema: schema75.properties.subjects.items.required,
								parentSchema: schema75.properties.subjects.items,
								data: data8
							};
							if (vErrors === null) vErrors = [err23];
							else vErrors.push(err23);
							errors++;
						}
						for (const key1 in data8) if (!(key1 === "entry" || key1 === "reasons" || key1 === "schema")) {
							const err24 = {
								instancePath: instancePath + "/subjects/" + i1,
								schemaPath: "#/properties/subjects/items/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key1 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema75.properties.subjects.items,
								data: data8
							};
							if (vErrors === null) vErrors = [err24];
							else vErrors.push(err24);
							errors++;
						}
						if (data8.entry !== void 0) {
							let data9 = data8.entry;
							if (!(typeof data9 == "number" && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
								const err25 = {
									instancePath: instancePath + "/subjects/" + i1 + "/entry",
									schemaPath: "#/properties/subjects/items/properties/entry/type",
									keyword: "type",
									params: { type: "integer" },
									message: "must be integer",
									schema: schema75.properties.subjects.items.properties.entry.type,
									parentSchema: schema75.properties.subjects.items.properties.entry,
									data: data9
								};
								if (vErrors === null) vErrors = [err25];
								else vErrors.push(err25);
								errors++;
							}
							if (typeof data9 == "number" && isFinite(data9)) {
								if (data9 < 0 || isNaN(data9)) {
									const err26 = {
										instancePath: instancePath + "/subjects/" + i1 + "/entry",
										schemaPath: "#/properties/subjects/items/properties/entry/minimum",
										keyword: "minimum",
										params: {
											comparison: ">=",
											limit: 0
										},
										message: "must be >= 0",
										schema: 0,
										parentSchema: schema75.properties.subjects.items.properties.entry,
										data: data9
									};
									if (vErrors === null) vErrors = [err26];
									else vErrors.push(err26);
									errors++;
								}
							}
						}
						if (data8.reasons !== void 0) {
							let data10 = data8.reasons;
							if (Array.isArray(data10)) {
								const len2 = data10.length;
								for (let i2 = 0; i2 < len2; i2++) {
									let data11 = data10[i2];
									if (typeof data11 !== "string") {
										const err27 = {
											instancePath: instancePath + "/subjects/" + i1 + "/reasons/" + i2,
											schemaPath: "#/properties/subjects/items/properties/reasons/items/type",
											keyword: "type",
											params: { type: "string" },
											message: "must be string",
											schema: schema75.properties.subjects.items.properties.reasons.items.type,
											parentSchema: schema75.properties.subjects.items.properties.reasons.items,
											data: data11
										};
										if (vErrors === null) vErrors = [err27];
										else vErrors.push(err27);
										errors++;
									}
								}
							} else {
								const err28 = {
									instancePath: instancePath + "/subjects/" + i1 + "/reasons",
									schemaPath: "#/properties/subjects/items/properties/reasons/type",
									keyword: "type",
									params: { type: "array" },
									message: "must be array",
									schema: schema75.properties.subjects.items.properties.reasons.type,
									parentSchema: schema75.properties.subjects.items.properties.reasons,
									data: data10
								};
								if (vErrors === null) vErrors = [err28];
								else vErrors.push(err28);
								errors++;
							}
						}
						if (data8.schema !== void 0) {
							let data12 = data8.schema;
							if (Array.isArray(data12)) {
								const len3 = data12.length;
								for (let i3 = 0; i3 < len3; i3++) if (!validate46(data12[i3], {
									instancePath: instancePath + "/subjects/" + i1 + "/schema/" + i3,
									parentData: data12,
									parentDataProperty: i3,
									rootData,
									dynamicAnchors
								})) {
									vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
									errors = vErrors.length;
								}
							} else {
								const err29 = {
									instancePath: instancePath + "/subjects/" + i1 + "/schema",
									schemaPath: "#/properties/subjects/items/properties/schema/type",
									keyword: "type",
									params: { type: "array" },
									message: "must be array",
									schema: schema75.properties.subjects.items.properties.schema.type,
									parentSchema: schema75.properties.subjects.items.properties.schema,
									data: data12
								};
								if (vErrors === null) vErrors = [err29];
								else vErrors.push(err29);
								errors++;
							}
						}
					} else {
						const err30 = {
							instancePath: instancePath + "/subjects/" + i1,
							schemaPath: "#/properties/subjects/items/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema75.properties.subjects.items.type,
							parentSchema: schema75.properties.subjects.items,
							data: data8
						};
						if (vErrors === null) vErrors = [err30];
						else vErrors.push(err30);
						errors++;
					}
				}
			} else {
				const err31 = {
					instancePath: instancePath + "/subjects",
					schemaPath: "#/properties/subjects/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema75.properties.subjects.type,
					parentSchema: schema75.properties.subjects,
					data: data7
				};
				if (vErrors === null) vErrors = [err31];
				else vErrors.push(err31);
				errors++;
			}
		}
		if (data.runProblems !== void 0) {
			let data14 = data.runProblems;
			if (Array.isArray(data14)) {
				const len4 = data14.length;
				for (let i4 = 0; i4 < len4; i4++) if (!validate46(data14[i4], {
					instancePath: instancePath + "/runProblems/" + i4,
					parentData: data14,
					parentDataProperty: i4,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
					errors = vErrors.length;
				}
			} else {
				const err32 = {
					instancePath: instancePath + "/runProblems",
					schemaPath: "#/properties/runProblems/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema75.properties.runProblems.type,
					parentSchema: schema75.properties.runProblems,
					data: data14
				};
				if (vErrors === null) vErrors = [err32];
				else vErrors.push(err32);
				errors++;
			}
		}
		if (data.documentProblems !== void 0) {
			let data16 = data.documentProblems;
			if (Array.isArray(data16)) {
				const len5 = data16.length;
				for (let i5 = 0; i5 < len5; i5++) if (!validate46(data16[i5], {
					instancePath: instancePath + "/documentProblems/" + i5,
					parentData: data16,
					parentDataProperty: i5,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
					errors = vErrors.length;
				}
			} else {
				const err33 = {
					instancePath: instancePath + "/documentProblems",
					schemaPath: "#/properties/documentProblems/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema75.properties.documentProblems.type,
					parentSchema: schema75.properties.documentProblems,
					data: data16
				};
				if (vErrors === null) vErrors = [err33];
				else vErrors.push(err33);
				errors++;
			}
		}
	} else {
		const err34 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema75.type,
			parentSchema: schema75,
			data
		};
		if (vErrors === null) vErrors = [err34];
		else vErrors.push(err34);
		errors++;
	}
	validate50.errors = vErrors;
	return errors === 0;
}
validate50.evaluated = {
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
		if (data.reportVersion === void 0) {
			const err0 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "reportVersion" },
				message: "must have required property 'reportVersion'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err0];
			else vErrors.push(err0);
			errors++;
		}
		if (data.tool === void 0) {
			const err1 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "tool" },
				message: "must have required property 'tool'",
				schema: schema31.required,
				parentSchema: schema31,
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
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err2];
			else vErrors.push(err2);
			errors++;
		}
		if (data.standard === void 0) {
			const err3 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "standard" },
				message: "must have required property 'standard'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err3];
			else vErrors.push(err3);
			errors++;
		}
		if (data.subjects === void 0) {
			const err4 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "subjects" },
				message: "must have required property 'subjects'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err4];
			else vErrors.push(err4);
			errors++;
		}
		if (data.problems === void 0) {
			const err5 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "problems" },
				message: "must have required property 'problems'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err5];
			else vErrors.push(err5);
			errors++;
		}
		if (data.waivers === void 0) {
			const err6 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "waivers" },
				message: "must have required property 'waivers'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err6];
			else vErrors.push(err6);
			errors++;
		}
		if (data.gate === void 0) {
			const err7 = {
				instancePath,
				schemaPath: "#/required",
				keyword: "required",
				params: { missingProperty: "gate" },
				message: "must have required property 'gate'",
				schema: schema31.required,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err7];
			else vErrors.push(err7);
			errors++;
		}
		for (const key0 in data) if (!func1.call(schema31.properties, key0)) {
			const err8 = {
				instancePath,
				schemaPath: "#/additionalProperties",
				keyword: "additionalProperties",
				params: { additionalProperty: key0 },
				message: "must NOT have additional properties",
				schema: false,
				parentSchema: schema31,
				data
			};
			if (vErrors === null) vErrors = [err8];
			else vErrors.push(err8);
			errors++;
		}
		if (data.reportVersion !== void 0) {
			let data0 = data.reportVersion;
			if (2 !== data0) {
				const err9 = {
					instancePath: instancePath + "/reportVersion",
					schemaPath: "#/properties/reportVersion/const",
					keyword: "const",
					params: { allowedValue: 2 },
					message: "must be equal to constant",
					schema: 2,
					parentSchema: schema31.properties.reportVersion,
					data: data0
				};
				if (vErrors === null) vErrors = [err9];
				else vErrors.push(err9);
				errors++;
			}
		}
		if (data.tool !== void 0) {
			let data1 = data.tool;
			if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
				if (data1.name === void 0) {
					const err10 = {
						instancePath: instancePath + "/tool",
						schemaPath: "#/$defs/Tool/required",
						keyword: "required",
						params: { missingProperty: "name" },
						message: "must have required property 'name'",
						schema: schema32.required,
						parentSchema: schema32,
						data: data1
					};
					if (vErrors === null) vErrors = [err10];
					else vErrors.push(err10);
					errors++;
				}
				if (data1.version === void 0) {
					const err11 = {
						instancePath: instancePath + "/tool",
						schemaPath: "#/$defs/Tool/required",
						keyword: "required",
						params: { missingProperty: "version" },
						message: "must have required property 'version'",
						schema: schema32.required,
						parentSchema: schema32,
						data: data1
					};
					if (vErrors === null) vErrors = [err11];
					else vErrors.push(err11);
					errors++;
				}
				for (const key1 in data1) if (!(key1 === "name" || key1 === "version" || key1 === "config" || key1 === "informationUri")) {
					const err12 = {
						instancePath: instancePath + "/tool",
						schemaPath: "#/$defs/Tool/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key1 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema32,
						data: data1
					};
					if (vErrors === null) vErrors = [err12];
					else vErrors.push(err12);
					errors++;
				}
				if (data1.name !== void 0) {
					let data2 = data1.name;
					if ("ringfence" !== data2) {
						const err13 = {
							instancePath: instancePath + "/tool/name",
							schemaPath: "#/$defs/Tool/properties/name/const",
							keyword: "const",
							params: { allowedValue: "ringfence" },
							message: "must be equal to constant",
							schema: "ringfence",
							parentSchema: schema32.properties.name,
							data: data2
						};
						if (vErrors === null) vErrors = [err13];
						else vErrors.push(err13);
						errors++;
					}
				}
				if (data1.version !== void 0) {
					let data3 = data1.version;
					if (typeof data3 !== "string") {
						const err14 = {
							instancePath: instancePath + "/tool/version",
							schemaPath: "#/$defs/Tool/properties/version/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema32.properties.version.type,
							parentSchema: schema32.properties.version,
							data: data3
						};
						if (vErrors === null) vErrors = [err14];
						else vErrors.push(err14);
						errors++;
					}
				}
				if (data1.config !== void 0) {
					let data4 = data1.config;
					if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
						if (data4.file === void 0) {
							const err15 = {
								instancePath: instancePath + "/tool/config",
								schemaPath: "#/$defs/Tool/properties/config/required",
								keyword: "required",
								params: { missingProperty: "file" },
								message: "must have required property 'file'",
								schema: schema32.properties.config.required,
								parentSchema: schema32.properties.config,
								data: data4
							};
							if (vErrors === null) vErrors = [err15];
							else vErrors.push(err15);
							errors++;
						}
						if (data4.sha256 === void 0) {
							const err16 = {
								instancePath: instancePath + "/tool/config",
								schemaPath: "#/$defs/Tool/properties/config/required",
								keyword: "required",
								params: { missingProperty: "sha256" },
								message: "must have required property 'sha256'",
								schema: schema32.properties.config.required,
								parentSchema: schema32.properties.config,
								data: data4
							};
							if (vErrors === null) vErrors = [err16];
							else vErrors.push(err16);
							errors++;
						}
						for (const key2 in data4) if (!(key2 === "file" || key2 === "sha256")) {
							const err17 = {
								instancePath: instancePath + "/tool/config",
								schemaPath: "#/$defs/Tool/properties/config/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key2 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema32.properties.config,
								data: data4
							};
							if (vErrors === null) vErrors = [err17];
							else vErrors.push(err17);
							errors++;
						}
						if (data4.file !== void 0) {
							let data5 = data4.file;
							if (typeof data5 !== "string") {
								const err18 = {
									instancePath: instancePath + "/tool/config/file",
									schemaPath: "#/$defs/Tool/properties/config/properties/file/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema32.properties.config.properties.file.type,
									parentSchema: schema32.properties.config.properties.file,
									data: data5
								};
								if (vErrors === null) vErrors = [err18];
								else vErrors.push(err18);
								errors++;
							}
						}
						if (data4.sha256 !== void 0) {
							let data6 = data4.sha256;
							if (typeof data6 === "string") {
								if (!pattern4.test(data6)) {
									const err19 = {
										instancePath: instancePath + "/tool/config/sha256",
										schemaPath: "#/$defs/Tool/properties/config/properties/sha256/pattern",
										keyword: "pattern",
										params: { pattern: "^[0-9a-f]{64}$" },
										message: "must match pattern \"^[0-9a-f]{64}$\"",
										schema: "^[0-9a-f]{64}$",
										parentSchema: schema32.properties.config.properties.sha256,
										data: data6
									};
									if (vErrors === null) vErrors = [err19];
									else vErrors.push(err19);
									errors++;
								}
							} else {
								const err20 = {
									instancePath: instancePath + "/tool/config/sha256",
									schemaPath: "#/$defs/Tool/properties/config/properties/sha256/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema32.properties.config.properties.sha256.type,
									parentSchema: schema32.properties.config.properties.sha256,
									data: data6
								};
								if (vErrors === null) vErrors = [err20];
								else vErrors.push(err20);
								errors++;
							}
						}
					} else {
						const err21 = {
							instancePath: instancePath + "/tool/config",
							schemaPath: "#/$defs/Tool/properties/config/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema32.properties.config.type,
							parentSchema: schema32.properties.config,
							data: data4
						};
						if (vErrors === null) vErrors = [err21];
						else vErrors.push(err21);
						errors++;
					}
				}
				if (data1.informationUri !== void 0) {
					let data7 = data1.informationUri;
					if (typeof data7 === "string") {
						if (!pattern5.test(data7)) {
							const err22 = {
								instancePath: instancePath + "/tool/informationUri",
								schemaPath: "#/$defs/Tool/properties/informationUri/pattern",
								keyword: "pattern",
								params: { pattern: "^https://" },
								message: "must match pattern \"^https://\"",
								schema: "^https://",
								parentSchema: schema32.properties.informationUri,
								data: data7
							};
							if (vErrors === null) vErrors = [err22];
							else vErrors.push(err22);
							errors++;
						}
						if (!formats0(data7)) {
							const err23 = {
								instancePath: instancePath + "/tool/informationUri",
								schemaPath: "#/$defs/Tool/properties/informationUri/format",
								keyword: "format",
								params: { format: "uri" },
								message: "must match format \"uri\"",
								schema: "uri",
								parentSchema: schema32.properties.informationUri,
								data: data7
							};
							if (vErrors === null) vErrors = [err23];
							else vErrors.push(err23);
							errors++;
						}
					} else {
						const err24 = {
							instancePath: instancePath + "/tool/informationUri",
							schemaPath: "#/$defs/Tool/properties/informationUri/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema32.properties.informationUri.type,
							parentSchema: schema32.properties.informationUri,
							data: data7
						};
						if (vErrors === null) vErrors = [err24];
						else vErrors.push(err24);
						errors++;
					}
				}
			} else {
				const err25 = {
					instancePath: instancePath + "/tool",
					schemaPath: "#/$defs/Tool/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema32.type,
					parentSchema: schema32,
					data: data1
				};
				if (vErrors === null) vErrors = [err25];
				else vErrors.push(err25);
				errors++;
			}
		}
		if (data.asOf !== void 0) {
			let data8 = data.asOf;
			if (typeof data8 === "string") {
				if (!formats2.validate(data8)) {
					const err26 = {
						instancePath: instancePath + "/asOf",
						schemaPath: "#/properties/asOf/format",
						keyword: "format",
						params: { format: "date" },
						message: "must match format \"date\"",
						schema: "date",
						parentSchema: schema31.properties.asOf,
						data: data8
					};
					if (vErrors === null) vErrors = [err26];
					else vErrors.push(err26);
					errors++;
				}
			} else {
				const err27 = {
					instancePath: instancePath + "/asOf",
					schemaPath: "#/properties/asOf/type",
					keyword: "type",
					params: { type: "string" },
					message: "must be string",
					schema: schema31.properties.asOf.type,
					parentSchema: schema31.properties.asOf,
					data: data8
				};
				if (vErrors === null) vErrors = [err27];
				else vErrors.push(err27);
				errors++;
			}
		}
		if (data.about !== void 0) {
			let data9 = data.about;
			if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
				for (const key3 in data9) if (!(key3 === "title" || key3 === "organization" || key3 === "purpose")) {
					const err28 = {
						instancePath: instancePath + "/about",
						schemaPath: "#/$defs/ReportAbout/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key3 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema33,
						data: data9
					};
					if (vErrors === null) vErrors = [err28];
					else vErrors.push(err28);
					errors++;
				}
				if (data9.title !== void 0) {
					let data10 = data9.title;
					if (typeof data10 === "string") {
						if (func2(data10) > 120) {
							const err29 = {
								instancePath: instancePath + "/about/title",
								schemaPath: "#/$defs/ReportAbout/properties/title/maxLength",
								keyword: "maxLength",
								params: { limit: 120 },
								message: "must NOT have more than 120 characters",
								schema: 120,
								parentSchema: schema33.properties.title,
								data: data10
							};
							if (vErrors === null) vErrors = [err29];
							else vErrors.push(err29);
							errors++;
						}
						if (func2(data10) < 1) {
							const err30 = {
								instancePath: instancePath + "/about/title",
								schemaPath: "#/$defs/ReportAbout/properties/title/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema33.properties.title,
								data: data10
							};
							if (vErrors === null) vErrors = [err30];
							else vErrors.push(err30);
							errors++;
						}
						if (!pattern6.test(data10)) {
							const err31 = {
								instancePath: instancePath + "/about/title",
								schemaPath: "#/$defs/ReportAbout/properties/title/pattern",
								keyword: "pattern",
								params: { pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$" },
								message: "must match pattern \"^[^\\u0000-\\u001f\\u007f-\\u009f]*$\"",
								schema: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$",
								parentSchema: schema33.properties.title,
								data: data10
							};
							if (vErrors === null) vErrors = [err31];
							else vErrors.push(err31);
							errors++;
						}
					} else {
						const err32 = {
							instancePath: instancePath + "/about/title",
							schemaPath: "#/$defs/ReportAbout/properties/title/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema33.properties.title.type,
							parentSchema: schema33.properties.title,
							data: data10
						};
						if (vErrors === null) vErrors = [err32];
						else vErrors.push(err32);
						errors++;
					}
				}
				if (data9.organization !== void 0) {
					let data11 = data9.organization;
					if (typeof data11 === "string") {
						if (func2(data11) > 120) {
							const err33 = {
								instancePath: instancePath + "/about/organization",
								schemaPath: "#/$defs/ReportAbout/properties/organization/maxLength",
								keyword: "maxLength",
								params: { limit: 120 },
								message: "must NOT have more than 120 characters",
								schema: 120,
								parentSchema: schema33.properties.organization,
								data: data11
							};
							if (vErrors === null) vErrors = [err33];
							else vErrors.push(err33);
							errors++;
						}
						if (func2(data11) < 1) {
							const err34 = {
								instancePath: instancePath + "/about/organization",
								schemaPath: "#/$defs/ReportAbout/properties/organization/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema33.properties.organization,
								data: data11
							};
							if (vErrors === null) vErrors = [err34];
							else vErrors.push(err34);
							errors++;
						}
						if (!pattern6.test(data11)) {
							const err35 = {
								instancePath: instancePath + "/about/organization",
								schemaPath: "#/$defs/ReportAbout/properties/organization/pattern",
								keyword: "pattern",
								params: { pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$" },
								message: "must match pattern \"^[^\\u0000-\\u001f\\u007f-\\u009f]*$\"",
								schema: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$",
								parentSchema: schema33.properties.organization,
								data: data11
							};
							if (vErrors === null) vErrors = [err35];
							else vErrors.push(err35);
							errors++;
						}
					} else {
						const err36 = {
							instancePath: instancePath + "/about/organization",
							schemaPath: "#/$defs/ReportAbout/properties/organization/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema33.properties.organization.type,
							parentSchema: schema33.properties.organization,
							data: data11
						};
						if (vErrors === null) vErrors = [err36];
						else vErrors.push(err36);
						errors++;
					}
				}
				if (data9.purpose !== void 0) {
					let data12 = data9.purpose;
					if (typeof data12 === "string") {
						if (func2(data12) > 300) {
							const err37 = {
								instancePath: instancePath + "/about/purpose",
								schemaPath: "#/$defs/ReportAbout/properties/purpose/maxLength",
								keyword: "maxLength",
								params: { limit: 300 },
								message: "must NOT have more than 300 characters",
								schema: 300,
								parentSchema: schema33.properties.purpose,
								data: data12
							};
							if (vErrors === null) vErrors = [err37];
							else vErrors.push(err37);
							errors++;
						}
						if (func2(data12) < 1) {
							const err38 = {
								instancePath: instancePath + "/about/purpose",
								schemaPath: "#/$defs/ReportAbout/properties/purpose/minLength",
								keyword: "minLength",
								params: { limit: 1 },
								message: "must NOT have fewer than 1 characters",
								schema: 1,
								parentSchema: schema33.properties.purpose,
								data: data12
							};
							if (vErrors === null) vErrors = [err38];
							else vErrors.push(err38);
							errors++;
						}
						if (!pattern6.test(data12)) {
							const err39 = {
								instancePath: instancePath + "/about/purpose",
								schemaPath: "#/$defs/ReportAbout/properties/purpose/pattern",
								keyword: "pattern",
								params: { pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$" },
								message: "must match pattern \"^[^\\u0000-\\u001f\\u007f-\\u009f]*$\"",
								schema: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$",
								parentSchema: schema33.properties.purpose,
								data: data12
							};
							if (vErrors === null) vErrors = [err39];
							else vErrors.push(err39);
							errors++;
						}
					} else {
						const err40 = {
							instancePath: instancePath + "/about/purpose",
							schemaPath: "#/$defs/ReportAbout/properties/purpose/type",
							keyword: "type",
							params: { type: "string" },
							message: "must be string",
							schema: schema33.properties.purpose.type,
							parentSchema: schema33.properties.purpose,
							data: data12
						};
						if (vErrors === null) vErrors = [err40];
						else vErrors.push(err40);
						errors++;
					}
				}
			} else {
				const err41 = {
					instancePath: instancePath + "/about",
					schemaPath: "#/$defs/ReportAbout/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema33.type,
					parentSchema: schema33,
					data: data9
				};
				if (vErrors === null) vErrors = [err41];
				else vErrors.push(err41);
				errors++;
			}
		}
		if (data.standard !== void 0) {
			if (!validate21(data.standard, {
				instancePath: instancePath + "/standard",
				parentData: data,
				parentDataProperty: "standard",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
				errors = vErrors.length;
			}
		}
		if (data.subjects !== void 0) {
			let data14 = data.subjects;
			if (Array.isArray(data14)) {
				const len0 = data14.length;
				for (let i0 = 0; i0 < len0; i0++) if (!validate27(data14[i0], {
					instancePath: instancePath + "/subjects/" + i0,
					parentData: data14,
					parentDataProperty: i0,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
					errors = vErrors.length;
				}
			} else {
				const err42 = {
					instancePath: instancePath + "/subjects",
					schemaPath: "#/properties/subjects/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.subjects.type,
					parentSchema: schema31.properties.subjects,
					data: data14
				};
				if (vErrors === null) vErrors = [err42];
				else vErrors.push(err42);
				errors++;
			}
		}
		if (data.problems !== void 0) {
			let data16 = data.problems;
			if (Array.isArray(data16)) {
				const len1 = data16.length;
				for (let i1 = 0; i1 < len1; i1++) if (!validate46(data16[i1], {
					instancePath: instancePath + "/problems/" + i1,
					parentData: data16,
					parentDataProperty: i1,
					rootData,
					dynamicAnchors
				})) {
					vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
					errors = vErrors.length;
				}
			} else {
				const err43 = {
					instancePath: instancePath + "/problems",
					schemaPath: "#/properties/problems/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.problems.type,
					parentSchema: schema31.properties.problems,
					data: data16
				};
				if (vErrors === null) vErrors = [err43];
				else vErrors.push(err43);
				errors++;
			}
		}
		if (data.waivers !== void 0) {
			let data18 = data.waivers;
			if (Array.isArray(data18)) {
				const len2 = data18.length;
				for (let i2 = 0; i2 < len2; i2++) {
					let data19 = data18[i2];
					if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
						if (data19.file === void 0) {
							const err44 = {
								instancePath: instancePath + "/waivers/" + i2,
								schemaPath: "#/$defs/WaiverStatus/required",
								keyword: "required",
								params: { missingProperty: "file" },
								message: "must have required property 'file'",
								schema: schema71.required,
								parentSchema: schema71,
								data: data19
							};
							if (vErrors === null) vErrors = [err44];
							else vErrors.push(err44);
							errors++;
						}
						if (data19.line === void 0) {
							const err45 = {
								instancePath: instancePath + "/waivers/" + i2,
								schemaPath: "#/$defs/WaiverStatus/required",
								keyword: "required",
								params: { missingProperty: "line" },
								message: "must have required property 'line'",
								schema: schema71.required,
								parentSchema: schema71,
								data: data19
							};
							if (vErrors === null) vErrors = [err45];
							else vErrors.push(err45);
							errors++;
						}
						if (data19.control === void 0) {
							const err46 = {
								instancePath: instancePath + "/waivers/" + i2,
								schemaPath: "#/$defs/WaiverStatus/required",
								keyword: "required",
								params: { missingProperty: "control" },
								message: "must have required property 'control'",
								schema: schema71.required,
								parentSchema: schema71,
								data: data19
							};
							if (vErrors === null) vErrors = [err46];
							else vErrors.push(err46);
							errors++;
						}
						if (data19.documents === void 0) {
							const err47 = {
								instancePath: instancePath + "/waivers/" + i2,
								schemaPath: "#/$defs/WaiverStatus/required",
								keyword: "required",
								params: { missingProperty: "documents" },
								message: "must have required property 'documents'",
								schema: schema71.required,
								parentSchema: schema71,
								data: data19
							};
							if (vErrors === null) vErrors = [err47];
							else vErrors.push(err47);
							errors++;
						}
						if (data19.reason === void 0) {
							const err48 = {
								instancePath: instancePath + "/waivers/" + i2,
								schemaPath: "#/$defs/WaiverStatus/required",
								keyword: "required",
								params: { missingProperty: "reason" },
								message: "must have required property 'reason'",
								schema: schema71.required,
								parentSchema: schema71,
								data: data19
							};
							if (vErrors === null) vErrors = [err48];
							else vErrors.push(err48);
							errors++;
						}
						if (data19.owner === void 0) {
							const err49 = {
								instancePath: instancePath + "/waivers/" + i2,
								schemaPath: "#/$defs/WaiverStatus/required",
								keyword: "required",
								params: { missingProperty: "owner" },
								message: "must have required property 'owner'",
								schema: schema71.required,
								parentSchema: schema71,
								data: data19
							};
							if (vErrors === null) vErrors = [err49];
							else vErrors.push(err49);
							errors++;
						}
						if (data19.expires === void 0) {
							const err50 = {
								instancePath: instancePath + "/waivers/" + i2,
								schemaPath: "#/$defs/WaiverStatus/required",
								keyword: "required",
								params: { missingProperty: "expires" },
								message: "must have required property 'expires'",
								schema: schema71.required,
								parentSchema: schema71,
								data: data19
							};
							if (vErrors === null) vErrors = [err50];
							else vErrors.push(err50);
							errors++;
						}
						if (data19.status === void 0) {
							const err51 = {
								instancePath: instancePath + "/waivers/" + i2,
								schemaPath: "#/$defs/WaiverStatus/required",
								keyword: "required",
								params: { missingProperty: "status" },
								message: "must have required property 'status'",
								schema: schema71.required,
								parentSchema: schema71,
								data: data19
							};
							if (vErrors === null) vErrors = [err51];
							else vErrors.push(err51);
							errors++;
						}
						if (data19.matched === void 0) {
							const err52 = {
								instancePath: instancePath + "/waivers/" + i2,
								schemaPath: "#/$defs/WaiverStatus/required",
								keyword: "required",
								params: { missingProperty: "matched" },
								message: "must have required property 'matched'",
								schema: schema71.required,
								parentSchema: schema71,
								data: data19
							};
							if (vErrors === null) vErrors = [err52];
							else vErrors.push(err52);
							errors++;
						}
						for (const key4 in data19) if (!func1.call(schema71.properties, key4)) {
							const err53 = {
								instancePath: instancePath + "/waivers/" + i2,
								schemaPath: "#/$defs/WaiverStatus/additionalProperties",
								keyword: "additionalProperties",
								params: { additionalProperty: key4 },
								message: "must NOT have additional properties",
								schema: false,
								parentSchema: schema71,
								data: data19
							};
							if (vErrors === null) vErrors = [err53];
							else vErrors.push(err53);
							errors++;
						}
						if (data19.file !== void 0) {
							let data20 = data19.file;
							if (typeof data20 !== "string") {
								const err54 = {
									instancePath: instancePath + "/waivers/" + i2 + "/file",
									schemaPath: "#/$defs/WaiverStatus/properties/file/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema71.properties.file.type,
									parentSchema: schema71.properties.file,
									data: data20
								};
								if (vErrors === null) vErrors = [err54];
								else vErrors.push(err54);
								errors++;
							}
						}
						if (data19.line !== void 0) {
							let data21 = data19.line;
							if (!(typeof data21 == "number" && !(data21 % 1) && !isNaN(data21) && isFinite(data21))) {
								const err55 = {
									instancePath: instancePath + "/waivers/" + i2 + "/line",
									schemaPath: "#/$defs/WaiverStatus/properties/line/type",
									keyword: "type",
									params: { type: "integer" },
									message: "must be integer",
									schema: schema71.properties.line.type,
									parentSchema: schema71.properties.line,
									data: data21
								};
								if (vErrors === null) vErrors = [err55];
								else vErrors.push(err55);
								errors++;
							}
							if (typeof data21 == "number" && isFinite(data21)) {
								if (data21 < 1 || isNaN(data21)) {
									const err56 = {
										instancePath: instancePath + "/waivers/" + i2 + "/line",
										schemaPath: "#/$defs/WaiverStatus/properties/line/minimum",
										keyword: "minimum",
										params: {
											comparison: ">=",
											limit: 1
										},
										message: "must be >= 1",
										schema: 1,
										parentSchema: schema71.properties.line,
										data: data21
									};
									if (vErrors === null) vErrors = [err56];
									else vErrors.push(err56);
									errors++;
								}
							}
						}
						if (data19.control !== void 0) {
							let data22 = data19.control;
							if (typeof data22 !== "string") {
								const err57 = {
									instancePath: instancePath + "/waivers/" + i2 + "/control",
									schemaPath: "#/$defs/WaiverStatus/properties/control/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema71.properties.control.type,
									parentSchema: schema71.properties.control,
									data: data22
								};
								if (vErrors === null) vErrors = [err57];
								else vErrors.push(err57);
								errors++;
							}
						}
						if (data19.documents !== void 0) {
							let data23 = data19.documents;
							if (typeof data23 !== "string") {
								const err58 = {
									instancePath: instancePath + "/waivers/" + i2 + "/documents",
									schemaPath: "#/$defs/WaiverStatus/properties/documents/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema71.properties.documents.type,
									parentSchema: schema71.properties.documents,
									data: data23
								};
								if (vErrors === null) vErrors = [err58];
								else vErrors.push(err58);
								errors++;
							}
						}
						if (data19.pointer !== void 0) {
							let data24 = data19.pointer;
							if (typeof data24 !== "string") {
								const err59 = {
									instancePath: instancePath + "/waivers/" + i2 + "/pointer",
									schemaPath: "#/$defs/WaiverStatus/properties/pointer/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema71.properties.pointer.type,
									parentSchema: schema71.properties.pointer,
									data: data24
								};
								if (vErrors === null) vErrors = [err59];
								else vErrors.push(err59);
								errors++;
							}
						}
						if (data19.reason !== void 0) {
							let data25 = data19.reason;
							if (typeof data25 !== "string") {
								const err60 = {
									instancePath: instancePath + "/waivers/" + i2 + "/reason",
									schemaPath: "#/$defs/WaiverStatus/properties/reason/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema71.properties.reason.type,
									parentSchema: schema71.properties.reason,
									data: data25
								};
								if (vErrors === null) vErrors = [err60];
								else vErrors.push(err60);
								errors++;
							}
						}
						if (data19.owner !== void 0) {
							let data26 = data19.owner;
							if (typeof data26 !== "string") {
								const err61 = {
									instancePath: instancePath + "/waivers/" + i2 + "/owner",
									schemaPath: "#/$defs/WaiverStatus/properties/owner/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema71.properties.owner.type,
									parentSchema: schema71.properties.owner,
									data: data26
								};
								if (vErrors === null) vErrors = [err61];
								else vErrors.push(err61);
								errors++;
							}
						}
						if (data19.ticket !== void 0) {
							let data27 = data19.ticket;
							if (typeof data27 !== "string") {
								const err62 = {
									instancePath: instancePath + "/waivers/" + i2 + "/ticket",
									schemaPath: "#/$defs/WaiverStatus/properties/ticket/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema71.properties.ticket.type,
									parentSchema: schema71.properties.ticket,
									data: data27
								};
								if (vErrors === null) vErrors = [err62];
								else vErrors.push(err62);
								errors++;
							}
						}
						if (data19.expires !== void 0) {
							let data28 = data19.expires;
							if (typeof data28 === "string") {
								if (!formats2.validate(data28)) {
									const err63 = {
										instancePath: instancePath + "/waivers/" + i2 + "/expires",
										schemaPath: "#/$defs/WaiverStatus/properties/expires/format",
										keyword: "format",
										params: { format: "date" },
										message: "must match format \"date\"",
										schema: "date",
										parentSchema: schema71.properties.expires,
										data: data28
									};
									if (vErrors === null) vErrors = [err63];
									else vErrors.push(err63);
									errors++;
								}
							} else {
								const err64 = {
									instancePath: instancePath + "/waivers/" + i2 + "/expires",
									schemaPath: "#/$defs/WaiverStatus/properties/expires/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema71.properties.expires.type,
									parentSchema: schema71.properties.expires,
									data: data28
								};
								if (vErrors === null) vErrors = [err64];
								else vErrors.push(err64);
								errors++;
							}
						}
						if (data19.status !== void 0) {
							let data29 = data19.status;
							if (!(data29 === "active" || data29 === "expiring" || data29 === "expired" || data29 === "unmatched" || data29 === "invalid")) {
								const err65 = {
									instancePath: instancePath + "/waivers/" + i2 + "/status",
									schemaPath: "#/$defs/WaiverStatus/properties/status/enum",
									keyword: "enum",
									params: { allowedValues: schema71.properties.status.enum },
									message: "must be equal to one of the allowed values",
									schema: schema71.properties.status.enum,
									parentSchema: schema71.properties.status,
									data: data29
								};
								if (vErrors === null) vErrors = [err65];
								else vErrors.push(err65);
								errors++;
							}
						}
						if (data19.matched !== void 0) {
							let data30 = data19.matched;
							if (!(typeof data30 == "number" && !(data30 % 1) && !isNaN(data30) && isFinite(data30))) {
								const err66 = {
									instancePath: instancePath + "/waivers/" + i2 + "/matched",
									schemaPath: "#/$defs/WaiverStatus/properties/matched/type",
									keyword: "type",
									params: { type: "integer" },
									message: "must be integer",
									schema: schema71.properties.matched.type,
									parentSchema: schema71.properties.matched,
									data: data30
								};
								if (vErrors === null) vErrors = [err66];
								else vErrors.push(err66);
								errors++;
							}
							if (typeof data30 == "number" && isFinite(data30)) {
								if (data30 < 0 || isNaN(data30)) {
									const err67 = {
										instancePath: instancePath + "/waivers/" + i2 + "/matched",
										schemaPath: "#/$defs/WaiverStatus/properties/matched/minimum",
										keyword: "minimum",
										params: {
											comparison: ">=",
											limit: 0
										},
										message: "must be >= 0",
										schema: 0,
										parentSchema: schema71.properties.matched,
										data: data30
									};
									if (vErrors === null) vErrors = [err67];
									else vErrors.push(err67);
									errors++;
								}
							}
						}
						if (data19.note !== void 0) {
							let data31 = data19.note;
							if (typeof data31 !== "string") {
								const err68 = {
									instancePath: instancePath + "/waivers/" + i2 + "/note",
									schemaPath: "#/$defs/WaiverStatus/properties/note/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema71.properties.note.type,
									parentSchema: schema71.properties.note,
									data: data31
								};
								if (vErrors === null) vErrors = [err68];
								else vErrors.push(err68);
								errors++;
							}
						}
					} else {
						const err69 = {
							instancePath: instancePath + "/waivers/" + i2,
							schemaPath: "#/$defs/WaiverStatus/type",
							keyword: "type",
							params: { type: "object" },
							message: "must be object",
							schema: schema71.type,
							parentSchema: schema71,
							data: data19
						};
						if (vErrors === null) vErrors = [err69];
						else vErrors.push(err69);
						errors++;
					}
				}
			} else {
				const err70 = {
					instancePath: instancePath + "/waivers",
					schemaPath: "#/properties/waivers/type",
					keyword: "type",
					params: { type: "array" },
					message: "must be array",
					schema: schema31.properties.waivers.type,
					parentSchema: schema31.properties.waivers,
					data: data18
				};
				if (vErrors === null) vErrors = [err70];
				else vErrors.push(err70);
				errors++;
			}
		}
		if (data.baseline !== void 0) {
			if (!validate48(data.baseline, {
				instancePath: instancePath + "/baseline",
				parentData: data,
				parentDataProperty: "baseline",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
				errors = vErrors.length;
			}
		}
		if (data.gate !== void 0) {
			let data33 = data.gate;
			if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
				if (data33.passed === void 0) {
					const err71 = {
						instancePath: instancePath + "/gate",
						schemaPath: "#/$defs/Gate/required",
						keyword: "required",
						params: { missingProperty: "passed" },
						message: "must have required property 'passed'",
						schema: schema74.required,
						parentSchema: schema74,
						data: data33
					};
					if (vErrors === null) vErrors = [err71];
					else vErrors.push(err71);
					errors++;
				}
				if (data33.failOn === void 0) {
					const err72 = {
						instancePath: instancePath + "/gate",
						schemaPath: "#/$defs/Gate/required",
						keyword: "required",
						params: { missingProperty: "failOn" },
						message: "must have required property 'failOn'",
						schema: schema74.required,
						parentSchema: schema74,
						data: data33
					};
					if (vErrors === null) vErrors = [err72];
					else vErrors.push(err72);
					errors++;
				}
				if (data33.reasons === void 0) {
					const err73 = {
						instancePath: instancePath + "/gate",
						schemaPath: "#/$defs/Gate/required",
						keyword: "required",
						params: { missingProperty: "reasons" },
						message: "must have required property 'reasons'",
						schema: schema74.required,
						parentSchema: schema74,
						data: data33
					};
					if (vErrors === null) vErrors = [err73];
					else vErrors.push(err73);
					errors++;
				}
				for (const key5 in data33) if (!(key5 === "passed" || key5 === "failOn" || key5 === "minScore" || key5 === "minLevel" || key5 === "failOnNew" || key5 === "reasons")) {
					const err74 = {
						instancePath: instancePath + "/gate",
						schemaPath: "#/$defs/Gate/additionalProperties",
						keyword: "additionalProperties",
						params: { additionalProperty: key5 },
						message: "must NOT have additional properties",
						schema: false,
						parentSchema: schema74,
						data: data33
					};
					if (vErrors === null) vErrors = [err74];
					else vErrors.push(err74);
					errors++;
				}
				if (data33.passed !== void 0) {
					let data34 = data33.passed;
					if (typeof data34 !== "boolean") {
						const err75 = {
							instancePath: instancePath + "/gate/passed",
							schemaPath: "#/$defs/Gate/properties/passed/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema74.properties.passed.type,
							parentSchema: schema74.properties.passed,
							data: data34
						};
						if (vErrors === null) vErrors = [err75];
						else vErrors.push(err75);
						errors++;
					}
				}
				if (data33.failOn !== void 0) {
					let data35 = data33.failOn;
					if (!(data35 === "critical" || data35 === "high" || data35 === "medium" || data35 === "low" || data35 === "none")) {
						const err76 = {
							instancePath: instancePath + "/gate/failOn",
							schemaPath: "#/$defs/Gate/properties/failOn/enum",
							keyword: "enum",
							params: { allowedValues: schema74.properties.failOn.enum },
							message: "must be equal to one of the allowed values",
							schema: schema74.properties.failOn.enum,
							parentSchema: schema74.properties.failOn,
							data: data35
						};
						if (vErrors === null) vErrors = [err76];
						else vErrors.push(err76);
						errors++;
					}
				}
				if (data33.minScore !== void 0) {
					let data36 = data33.minScore;
					if (typeof data36 == "number" && isFinite(data36)) {
						if (data36 > 100 || isNaN(data36)) {
							const err77 = {
								instancePath: instancePath + "/gate/minScore",
								schemaPath: "#/$defs/Gate/properties/minScore/maximum",
								keyword: "maximum",
								params: {
									comparison: "<=",
									limit: 100
								},
								message: "must be <= 100",
								schema: 100,
								parentSchema: schema74.properties.minScore,
								data: data36
							};
							if (vErrors === null) vErrors = [err77];
							else vErrors.push(err77);
							errors++;
						}
						if (data36 < 0 || isNaN(data36)) {
							const err78 = {
								instancePath: instancePath + "/gate/minScore",
								schemaPath: "#/$defs/Gate/properties/minScore/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema74.properties.minScore,
								data: data36
							};
							if (vErrors === null) vErrors = [err78];
							else vErrors.push(err78);
							errors++;
						}
					} else {
						const err79 = {
							instancePath: instancePath + "/gate/minScore",
							schemaPath: "#/$defs/Gate/properties/minScore/type",
							keyword: "type",
							params: { type: "number" },
							message: "must be number",
							schema: schema74.properties.minScore.type,
							parentSchema: schema74.properties.minScore,
							data: data36
						};
						if (vErrors === null) vErrors = [err79];
						else vErrors.push(err79);
						errors++;
					}
				}
				if (data33.minLevel !== void 0) {
					let data37 = data33.minLevel;
					if (typeof data37 == "number" && isFinite(data37)) {
						if (data37 < 0 || isNaN(data37)) {
							const err80 = {
								instancePath: instancePath + "/gate/minLevel",
								schemaPath: "#/$defs/Gate/properties/minLevel/minimum",
								keyword: "minimum",
								params: {
									comparison: ">=",
									limit: 0
								},
								message: "must be >= 0",
								schema: 0,
								parentSchema: schema74.properties.minLevel,
								data: data37
							};
							if (vErrors === null) vErrors = [err80];
							else vErrors.push(err80);
							errors++;
						}
					} else {
						const err81 = {
							instancePath: instancePath + "/gate/minLevel",
							schemaPath: "#/$defs/Gate/properties/minLevel/type",
							keyword: "type",
							params: { type: "number" },
							message: "must be number",
							schema: schema74.properties.minLevel.type,
							parentSchema: schema74.properties.minLevel,
							data: data37
						};
						if (vErrors === null) vErrors = [err81];
						else vErrors.push(err81);
						errors++;
					}
				}
				if (data33.failOnNew !== void 0) {
					let data38 = data33.failOnNew;
					if (typeof data38 !== "boolean") {
						const err82 = {
							instancePath: instancePath + "/gate/failOnNew",
							schemaPath: "#/$defs/Gate/properties/failOnNew/type",
							keyword: "type",
							params: { type: "boolean" },
							message: "must be boolean",
							schema: schema74.properties.failOnNew.type,
							parentSchema: schema74.properties.failOnNew,
							data: data38
						};
						if (vErrors === null) vErrors = [err82];
						else vErrors.push(err82);
						errors++;
					}
				}
				if (data33.reasons !== void 0) {
					let data39 = data33.reasons;
					if (Array.isArray(data39)) {
						const len3 = data39.length;
						for (let i3 = 0; i3 < len3; i3++) {
							let data40 = data39[i3];
							if (typeof data40 !== "string") {
								const err83 = {
									instancePath: instancePath + "/gate/reasons/" + i3,
									schemaPath: "#/$defs/Gate/properties/reasons/items/type",
									keyword: "type",
									params: { type: "string" },
									message: "must be string",
									schema: schema74.properties.reasons.items.type,
									parentSchema: schema74.properties.reasons.items,
									data: data40
								};
								if (vErrors === null) vErrors = [err83];
								else vErrors.push(err83);
								errors++;
							}
						}
					} else {
						const err84 = {
							instancePath: instancePath + "/gate/reasons",
							schemaPath: "#/$defs/Gate/properties/reasons/type",
							keyword: "type",
							params: { type: "array" },
							message: "must be array",
							schema: schema74.properties.reasons.type,
							parentSchema: schema74.properties.reasons,
							data: data39
						};
						if (vErrors === null) vErrors = [err84];
						else vErrors.push(err84);
						errors++;
					}
				}
			} else {
				const err85 = {
					instancePath: instancePath + "/gate",
					schemaPath: "#/$defs/Gate/type",
					keyword: "type",
					params: { type: "object" },
					message: "must be object",
					schema: schema74.type,
					parentSchema: schema74,
					data: data33
				};
				if (vErrors === null) vErrors = [err85];
				else vErrors.push(err85);
				errors++;
			}
		}
		if (data.shard !== void 0) {
			if (!validate50(data.shard, {
				instancePath: instancePath + "/shard",
				parentData: data,
				parentDataProperty: "shard",
				rootData,
				dynamicAnchors
			})) {
				vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
				errors = vErrors.length;
			}
		}
	} else {
		const err86 = {
			instancePath,
			schemaPath: "#/type",
			keyword: "type",
			params: { type: "object" },
			message: "must be object",
			schema: schema31.type,
			parentSchema: schema31,
			data
		};
		if (vErrors === null) vErrors = [err86];
		else vErrors.push(err86);
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
module.exports.schemaDigest = "4479661fa908e95b5d38ac43cae892e3732a3d017f4779727352daee91d158ed";
