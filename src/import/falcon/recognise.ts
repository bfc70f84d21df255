/**
 * Telling the three Falcon sources apart by a file's name and first bytes, with nothing imported: the import
 * registry (src/import/kinds.ts) calls these on every candidate file and loads the importer (./index.ts) only when
 * one answers yes.
 */

/**
 * A `.tf` file whose first bytes name CrowdStrike's provider, or name no resource, data source or module at all
 * (variables.tf, locals.tf, providers.tf): a Terraform module is a folder, and the policies' values come from such
 * files too. A file that opens with other providers' resources is not taken — put Falcon resources in files of
 * their own (or first). A folder whose taken files name no Falcon resource maps to no document (and no problem).
 */
export function recogniseFalconTerraform(name: string, head: string): boolean {
  if (!name.endsWith('.tf')) return false;
  return /crowdstrike/.test(head) || !/^[ \t]*(resource|data|module)[ \t]+"/m.test(head);
}

/** `terraform show -json` (a plan or a state) that names CrowdStrike's provider in its first bytes. */
export function recogniseFalconTerraformJson(name: string, head: string): boolean {
  return /\.json$/i.test(name) && /"format_version"/.test(head) && /"(planned_values|values|prior_state|resource_changes|configuration)"/.test(head) && /crowdstrike/.test(head);
}

/**
 * The Falcon API's JSON as PSFalcon or FalconPy write it: host groups (group_type), content-update policies
 * (ring_assignment_settings) or sensor-update policies (a settings object with a build, or the platform_default policy).
 */
export function recogniseFalconApi(name: string, head: string): boolean {
  if (!/\.json$/i.test(name) || /"format_version"/.test(head)) return false;
  return /"(ring_assignment_settings|group_type)"\s*:/.test(head) || (/"settings"\s*:/.test(head) && /"build"\s*:/.test(head) && /"platform_name"\s*:/.test(head));
}
