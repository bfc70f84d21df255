/**
 * Whether a file looks like a Microsoft Intune export this importer reads: a JSON file naming, in its first bytes, a
 * Windows Update for Business ring, a custom OMA-URI profile, a settings-catalog policy or a Defender update channel.
 * Cheap and dependency-free, so that the list of importer kinds can call it without loading the importer.
 */
export function recogniseMicrosoft(name: string, head: string): boolean {
  if (!/\.json$/i.test(name)) return false;
  // A Graph list of every device configuration may start with other kinds, its update rings past the first 4 KiB:
  // its @odata.context names the collection.
  return /windowsUpdateForBusinessConfiguration|windows10CustomConfiguration|deviceManagementConfiguration(Policy|Setting)|deviceManagement\/(deviceConfigurations|configurationPolicies)|defender_configuration_|UpdatesChannel|"settingDefinitionId"|"technologies"\s*:/i.test(head);
}
