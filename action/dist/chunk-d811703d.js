// dist/src/cli/help.js
const helpText = `ringfence \u2014 checks EDR vendor manifests and deployment configs against kernel-driver
and update-safety standards (KDUS by default), and scores them.

Usage
  ringfence check <files or folders\u2026> [options]   evaluate documents; print or write reports
  ringfence explain <control-id | rule> [files]  what a control checks, why, how to fix it (and on files)
  ringfence import <files or folders\u2026> [-o file] the DeploymentConfig ringfence maps from foreign files
                                                 (Kubernetes DaemonSets, Argo Rollouts) and their overlay
  ringfence test [rule files or folders\u2026]        run the rules' own test cases
  ringfence lint-standard [standard.yaml]        load a standard and its rules; report every problem
  ringfence schema <kind>                        print the JSON Schema of VendorManifest,
                                                 DeploymentConfig, Waivers, Rule, Standard,
                                                 Report (the --format json report),
                                                 RingfenceConfig (.ringfence.yaml) or
                                                 DeploymentOverlay (what an import cannot say)
  ringfence schema --write DIR                   write every bundled JSON Schema into DIR
  ringfence init vendor|deployment|config|overlay [-o file]  a commented template to start from
  ringfence docs [standard.yaml] [-o file]       the standard's reference page (Markdown)
  ringfence attest <files\u2026> --key KEY [-o FILE]  sign the result (in-toto statement, DSSE, Ed25519)
  ringfence verify <attestation> --key PUB       check a signed result (--recheck: evaluate again)
  ringfence keygen [-o NAME]                     an Ed25519 key pair for attest, verify and vouch
  ringfence vouch <manifest> --key KEY --claim P  sign that claims of a manifest were checked (labs, auditors)
  ringfence compare <files or folders\u2026>          rank vendor manifests side by side, with the reasons
  ringfence merge <parts\u2026> [--format \u2026]          combine the JSON parts of \`check --shard i/n\` into one run's outputs
  ringfence help <command>                       options of one command

Standards
  --standard takes a bundled standard by name \u2014 kdus, kdus-ci (kdus-critical-infrastructure), with an
  optional version: kdus@1.1 \u2014 or a file path. A bare name always means the bundled standard; name a
  local file with a / or its .yaml ending (./kdus).

Config file
  check reads .ringfence.yaml (or .ringfence.yml) from the working folder or the nearest parent, up to
  the repository root; --config FILE names one, --no-config ignores it. Options on the command line
  win. See docs/configuration.md.

Exit codes
  0  the gate passed
  1  the gate failed (a control at or above --fail-on did not pass, or a score/level threshold)
  2  usage error, or an input, rule or standard problem (reports are still written)

Examples
  ringfence check examples/
  ringfence check vendor.yaml --format sarif=results.sarif --format text
  ringfence check vendor.yaml --min-level 2 --fail-on critical
  ringfence check vendors/ --standard kdus-ci -f sarif -o results.sarif
  ringfence check --quiet                       (paths and settings from .ringfence.yaml)
  ringfence check examples/vendors --interactive
  ringfence explain KDUS-CU-01
`;
const commandHelp = {
	check: `ringfence check <files or folders\u2026> [options]

Evaluates every VendorManifest and DeploymentConfig found (YAML or JSON; folders are searched for
.yaml, .yml and .json files) against the standard, scores each document, and writes reports. Foreign
files an importer reads (CrowdStrike Falcon policies in Terraform, terraform show -json or API exports;
Kubernetes DaemonSets and Argo Rollouts) are mapped onto DeploymentConfigs, with the overlay beside them,
and findings point at their lines (docs/importers.md).

Options
  -s, --standard NAME|FILE  standard to evaluate: a bundled one by name (kdus, kdus-ci,
                            kdus-critical-infrastructure, optionally @VERSION: kdus@1.1) or a file
                            (default: the bundled KDUS 1.1). A bare name is always the bundled standard.
  -f, --format NAME[=FILE]  output format: text (default), json, sarif, jsonl, markdown, html, junit, oscal;
                            repeat for several. json, sarif and jsonl (one line per document) are written
                            as the documents are evaluated, in flat memory, when only they are asked for.
                            Without =FILE the output goes to standard output (one format at most).
  -o, --output FILE         write the one format asked for (text when none is) to FILE:
                            -f sarif -o results.sarif. With several formats, give each NAME=FILE.
  -c, --config FILE         read settings from FILE instead of the .ringfence.yaml (or .ringfence.yml)
                            found in the working folder or the nearest parent up to the repository root
  --no-config               read no config file
  --ignore PATTERN          leave out files and folders matching the glob (*, **, ?, [...], {a,b}),
                            relative to the working folder (repeatable; adds to the config's ignore:).
                            A file named on the command line that matches is skipped with a warning
  --no-ignore               apply no ignore pattern (neither --ignore nor the config's)
  -q, --quiet               text: print only what fails \u2014 the documents that fail the gate with their
                            failing controls, error problems, and the failed gate; nothing when the gate
                            passes. No progress line and no notes on standard error; warnings are left
                            out (except a config file's fail-on: none). Other formats are complete
  --fail-on SEVERITY        gate: fail when a control of this severity or higher does not pass:
                            critical, high (default), medium, low, or none
  --min-score N             gate: fail when a document scores below N (0\u2013100)
  --min-level N             gate: fail when a document reaches a level below N
  --waivers FILE            a Waivers register (repeatable): accepted risks that do not fail the gate
                            until they expire; they still cost their points
  --baseline FILE           an earlier run's SARIF or JSON report: findings are marked new or unchanged,
                            and findings that disappeared are listed
  --fail-on-new             with --baseline: only new findings count against --fail-on
  --evidence DIR|BUNDLE     the evidence files a vendor handed over, as a folder or an archive (.tar,
                            .tar.gz, .tgz, .zip; read in memory, never extracted): each manifest evidence
                            entry whose SHA-256 matches a file backs its claims as verified; missing and
                            changed files are reported (regular files only, size-bounded)
  --trust-policy FILE       with --evidence: the reader's kind: TrustPolicy (schemas/trust-policy.schema.json),
                            the keys whose signed statements (ringfence vouch) count. A statement by a lab
                            or auditor makes the claims it covers independently verified, by the vendor's
                            own key verified; a contradicted claim fails its control. Without a policy,
                            signed statements count for nothing (a warning says so)
  --artifact FILE           an artifact of the vendor's own to set beside its manifest (repeatable; those in
                            --evidence are read too): a Windows driver package's .inf. What it shows makes
                            a claim observed; what it contradicts fails the control reading the claim, at
                            the claim's line, naming the artifact's line (docs/artifacts.md)
  --sources                 read what the manifests name in their own repository (inside the manifest's
                            folder): the artifacts their evidence lists give by path (evidence[].path),
                            and a language census of the source folders their components name
                            (components[].source; GitHub Linguist's rules), set beside the declared
                            languages, line counts and parser language
  --omit-waived             SARIF: leave waived results out (GitHub shows suppressed results as open alerts)
  --max-results N           SARIF: at most N results per run, most severe first (default 5000)
  --sarif-category NAME     SARIF: the code scanning category, as the run's automationDetails.id NAME/
                            (default ringfence/<standard id>/); jobs that check different files need
                            different categories, or each upload closes the other's alerts
  --as-of YYYY-MM-DD        date for date-based checks (default: today, UTC)
  -j, --jobs N              worker threads (default: one per 1,500 files, up to the cores; never more than
                            the cores); the output is the same, byte for byte, whatever N
  --allow-empty             a run that finds no ringfence document passes (otherwise: gate failed, exit 2)
  --shard I/N               evaluate shard I of N (a hash of each file's path picks its shard; a file's
                            documents stay together) and write a part for \`ringfence merge\`: needs
                            --format json=FILE; deployments still pair with manifests in other shards
  --title TEXT              the report's title (HTML executive summary, Markdown and text headings, JSON about)
  --organization TEXT       the organisation the assessment is made by or for
  --purpose TEXT            why it was made (procurement, renewal, audit): stated in the executive summary
  -i, --interactive         browse the results in the terminal instead of printing them: documents,
                            areas, controls, findings with their YAML excerpt and the remediation
                            (keys: arrows or j/k, Enter, \u2190, s and f filters, ? help, q quit). Needs a
                            terminal; --format NAME=FILE outputs are still written. Exit code as usual.
  --color, --no-color       force colour on or off (default: on for a terminal; NO_COLOR is honoured)

Without files or folders, check takes them from paths: in the config file. Options on the command
line win over the config file; a gate option (--fail-on, --min-score, --min-level, --fail-on-new)
sets the config's whole gate: section aside. The report names the config file it used.

A deployment config is checked together with the vendor manifest of the same product
(metadata.product) when that manifest is among the inputs.
`,
	merge: `ringfence merge <parts\u2026> [options]

Combines the JSON parts written by \`ringfence check --shard i/n --format json=FILE\` (one per shard, in any
order) into the outputs one unsharded check would have written, byte for byte: subjects in input order,
waivers (unmatched only when no shard matched them), the baseline, problems and the gate. Parts of
different runs (inputs, settings, standard, as-of date, number of shards), a missing or repeated shard,
and files that are not parts are refused; nothing is written then. Each part is read once; the outputs
are written beside their files and renamed into place (standard output held and written) only when every
part proved valid. See docs/scale-out.md.

Options
  -f, --format NAME[=FILE]  output format: text (default), json, jsonl, sarif, markdown, html, junit, oscal;
                            repeat for several. Without =FILE the output goes to standard output.
  -o, --output FILE         write the one format asked for (text when none is) to FILE
  --omit-waived, --max-results N, --sarif-category NAME, -q/--quiet: as for check (give the same values)
  --max-part-mb N           refuse a part larger than N MiB (default 16384; parts are read a subject at
                            a time, so a large part costs time, not memory)
  --color, --no-color       force colour on or off

Exit codes: as check's, for the merged run (0 passed, 1 gate failed, 2 a problem or a refused part).
`,
	compare: `ringfence compare <files or folders\u2026> [options]

Ranks vendor manifests (or, when there are none, deployment configs) side by side: by grade, which
carries the critical cap, then score, level and evidence coverage. Prints the ranking with the reasons
for it, the area scores side by side, and the controls on which they differ.

Options
  -s, --standard NAME|FILE  standard to evaluate: kdus, kdus-ci, kdus@1.1 \u2026 or a file (default: KDUS 1.1)
  -f, --format NAME[=FILE]  output format: text (default), markdown, json, html; repeat for several.
                            Without =FILE the output goes to standard output (one format at most).
  -o, --output FILE         write the one format asked for (text when none is) to FILE
  --as-of YYYY-MM-DD        date for date-based checks (default: today, UTC)
  --title TEXT              the report's title (HTML executive summary, Markdown and text headings, JSON about)
  --organization TEXT       the organisation the assessment is made by or for
  --purpose TEXT            why it was made (procurement, renewal, audit): stated in the executive summary
  -i, --interactive         browse the comparison in the terminal: the ranking and its reasons, each
                            vendor's areas, controls and findings (Enter), the controls on which they
                            differ (d). Needs a terminal; --format NAME=FILE outputs are still written.
  --color, --no-color       force colour on or off (default: on for a terminal; NO_COLOR is honoured)

Exit 0, or 2 when an input, rule or standard problem left the comparison incomplete.
`,
	explain: `ringfence explain <control-id | rule-name> [files\u2026] [--standard NAME|FILE] [--as-of DATE]

Prints a control's severity, level, parameters, rationale, remediation, the rule's expressions,
framework mappings and references. Given files, it also evaluates the control on each document and
lists every instance: its outcome, its JSON pointer and line, and the message.
`,
	import: `ringfence import <files or folders\u2026> [-o FILE]

Writes, as YAML, the DeploymentConfig that check maps from foreign files \u2014 CrowdStrike Falcon policies in
Terraform, terraform show -json or API exports; Kubernetes DaemonSets and Argo Rollouts that deploy a sensor
to nodes \u2014 merged with their overlay (kind DeploymentOverlay, beside them or named by its appliesTo). check
reads the foreign files directly; this shows or keeps what it evaluates. A header comment names the sources
and what they do not say. The same files give the same bytes.

Options
  -o, --output FILE  write to FILE (default: standard output); not inside a folder being imported

Exit 0, or 2 when a file cannot be imported (nothing is written) or none is importable. See docs/importers.md.
`,
	test: `ringfence test [rule files or folders\u2026] [--verbose]

Runs the test cases written in each rule (default: every rule bundled with ringfence). Each rule needs at
least one passing and one failing case. Exit 1 when a case fails or a rule lacks cases; 2 when a rule
does not load.
`,
	"lint-standard": `ringfence lint-standard [NAME | standard.yaml]

Loads a standard (following "extends"), finds and compiles its rules, and prints every problem with its
file, line and column: unknown fields, expressions that do not parse, paths that do not exist in the input
schema, missing rules, unknown parameters, cyclic "extends". Exit 2 when there is an error.
`,
	schema: `ringfence schema <VendorManifest | DeploymentConfig | Waivers | TrustPolicy | Rule | Standard | Report | Attestation | ClaimsAttestation | RingfenceConfig | ReleaseHistory>
ringfence schema --write DIR [--force]

Prints the JSON Schema (draft 2020-12). Save it and point your editor at it, or add
"# yaml-language-server: $schema=<path>" to the top of a YAML file (a path relative to that file, or
absolute). --write DIR writes every bundled schema into DIR as <name>.schema.json (DIR is created; a
file there that is not a ringfence schema is left alone unless --force); "init --schema-dir DIR" then
points new files at them. No schema needs a network: their $id is a name (urn:ringfence:schema:\u2026), not
an address. Report is the schema of the
JSON report that "check --format json" writes, for tools that consume it; Attestation, of the statement
"attest" signs; ClaimsAttestation, of the statement "vouch" signs; TrustPolicy, of the reader's list of
trusted keys; RingfenceConfig, of the .ringfence.yaml config file of check; ReleaseHistory, of the
vendor's record of its rollouts (an artifact for check --artifact).
`,
	attest: `ringfence attest <files or folders\u2026> --key KEY [--standard NAME|FILE] [--as-of DATE] [-o FILE] [--allow-outside]

Evaluates the documents and signs the result: an in-toto Statement (v1) whose subjects are the files with
their sha-256, and whose predicate (urn:ringfence:attestation:check:v1) holds the standard's id,
version and digest, the as-of date, and per document the score, grade, level and every control's status.
It is wrapped in a DSSE envelope signed with an Ed25519 private key (PEM; see \`ringfence keygen\`).
Nothing is attested when an input, rule or standard problem makes the evaluation incomplete (exit 2).
Files are named relative to the current folder: files outside it need --allow-outside.
An attestation proves which bytes were evaluated and what the evaluation gave, not that what the documents
claim is true.
`,
	verify: `ringfence verify <attestation> --key PUB [--recheck] [--standard NAME|FILE] [--allow-outside]

Checks the DSSE signature with the Ed25519 public key; that the signed statement is well formed (the
attestation schema, no key twice, an as-of date no later than tomorrow and at most ten years old); that every
attested file is here, a regular file inside this folder (--allow-outside: anywhere), with the attested
sha-256; and that every result names an attested file and every attested file has one. With --recheck it
evaluates the files again, as of the attested date, and requires exactly the attested documents with the
same results. Exit 0 when verified, 1 when not, 2 when the attestation is malformed or unreadable.
`,
	keygen: `ringfence keygen [-o NAME] [--force]

Writes an Ed25519 key pair: NAME.key (private, PKCS#8 PEM, readable by you only) and NAME.pub (SPKI PEM).
`,
	vouch: `ringfence vouch <manifest> --key KEY --verifier NAME --claim POINTER\u2026 [--contradicted POINTER\u2026]
                [--method TEXT] [--checked-on DATE] [-o FILE]

For a test lab, an auditor or the vendor: signs that claims of one vendor manifest were checked. Each claim
is a JSON Pointer into the manifest (it covers everything under it) and must exist there; --claim marks it
verified, --contradicted marks it contradicted. The statement (in-toto v1, predicate
urn:ringfence:attestation:claims:v1) names the manifest by its sha-256, so it says nothing about
an edited copy, and is signed in a DSSE envelope with an Ed25519 private key. Put it in the evidence a
vendor hands over. It counts only for a reader whose trust policy lists the key, as what the policy says
the key is: a vendor's own key can make a claim verified, never independently verified.
`,
	docs: `ringfence docs [NAME | standard.yaml] [-o FILE] [--check]

Generates the reference page of a standard (default: KDUS 1.1) from its YAML and its rules: areas,
controls, parameters, rationale, remediation, the rules' expressions, mappings and references.
With --check, compares the page with FILE and exits 1 when FILE is out of date.
`,
	init: `ringfence init vendor|deployment|config|overlay [-o FILE] [--force] [--schema-dir DIR]

Prints (or writes) a commented template of a vendor manifest, a deployment config, the .ringfence.yaml
config file of check (init config -o .ringfence.yaml), or the overlay of imported files (docs/importers.md). Its first line,
"# yaml-language-server: $schema=\u2026", gives editors its JSON Schema on this disk, so completion and
checking work offline: with -o, by a path relative to FILE \u2014 to the schema inside this installed
ringfence, or with --schema-dir to DIR/<name>.schema.json (written by "ringfence schema --write DIR",
a copy that stays put when ringfence is updated or removed); printed, by the schema's absolute path.
`
};
export { commandHelp, helpText };
