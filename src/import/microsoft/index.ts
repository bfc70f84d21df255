import type { Importer } from '../types.js';
import { mapMicrosoft } from './map.js';
import { recogniseMicrosoft } from './recognise.js';

/**
 * Microsoft Intune exports (Microsoft Graph JSON): Windows Update for Business rings, and Microsoft Defender for
 * Endpoint update channels from settings-catalog policies or custom OMA-URI profiles. docs/importers-microsoft.md
 * describes what is mapped, how, and what an export cannot say.
 */
export const microsoftImporter: Importer = {
  kind: 'microsoft-intune',
  title: 'Microsoft Intune exports: Windows Update rings and Defender for Endpoint update channels (*.json)',
  recognise: recogniseMicrosoft,
  map: (files) => mapMicrosoft(files),
};
