/**
 * Whether a file looks like a Microsoft Intune export this importer reads: a JSON file naming, in its first bytes, a
 * Windows Update for Business ring, a custom OMA-URI profile, a settings-catalog policy or a Defender update channel.
 * Cheap and dependency-free, so that the list of importer kinds can call it without loading the importer.
 */
export function recogniseMicrosoft(name: string, head: string): boolean {
  if (!/\.json$/i.test(name)) return false;
  return /windowsUpdateForBusinessConfiguration|windows10CustomConfiguration|deviceManagementConfiguration(Policy|Setting)|defender_configuration_|UpdatesChannel|"settingDefinitionId"|"technologies"\s*:/i.test(head);
}
