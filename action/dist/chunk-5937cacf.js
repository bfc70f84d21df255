// dist/src/import/falcon/recognise.js
function recogniseFalconTerraform(name, head) {
	if (!name.endsWith(".tf")) return false;
	return /crowdstrike/.test(head) || !/^[ \t]*(resource|data|module)[ \t]+"/m.test(head);
}
function recogniseFalconTerraformJson(name, head) {
	return /\.json$/i.test(name) && /"format_version"/.test(head) && /"(planned_values|values|prior_state|resource_changes|configuration)"/.test(head) && /crowdstrike/.test(head);
}
function recogniseFalconApi(name, head) {
	if (!/\.json$/i.test(name) || /"format_version"/.test(head)) return false;
	return /"(ring_assignment_settings|group_type)"\s*:/.test(head) || /"settings"\s*:/.test(head) && /"build"\s*:/.test(head) && /"platform_name"\s*:/.test(head);
}
export { recogniseFalconTerraform as n, recogniseFalconTerraformJson as r, recogniseFalconApi as t };
