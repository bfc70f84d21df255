// dist/src/import/microsoft/recognise.js
function recogniseMicrosoft(name, head) {
	if (!/\.json$/i.test(name)) return false;
	return /windowsUpdateForBusinessConfiguration|windows10CustomConfiguration|deviceManagementConfiguration(Policy|Setting)|deviceManagement\/(deviceConfigurations|configurationPolicies)|defender_configuration_|UpdatesChannel|"settingDefinitionId"|"technologies"\s*:/i.test(head);
}
export { recogniseMicrosoft as t };
