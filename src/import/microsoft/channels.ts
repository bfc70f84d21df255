/**
 * Microsoft Defender for Endpoint update channels (gradual rollout), as the Defender CSP defines them
 * (./Device/Vendor/MSFT/Defender/Configuration/{Engine,Platform,SecurityIntelligence}UpdatesChannel) and as the
 * Intune settings catalog names them (device_vendor_msft_defender_configuration_<name>updateschannel, whose choice
 * values end in `_<csp value>`). Value table from the Defender CSP reference: 0 not configured, 2 Beta Channel,
 * 3 Current Channel (Preview), 4 Current Channel (Staged), 5 Current Channel (Broad), 6 Critical – Time delay
 * (48 hours); security intelligence accepts only 0, 4 and 5. Value 1 is not defined and is refused.
 */

/** The DeploymentConfig content category each Defender update kind maps to. */
export type DefenderCategory = 'engine' | 'platform' | 'security_intelligence';

export const categoryBySetting: Readonly<Record<string, DefenderCategory>> = {
  engineupdateschannel: 'engine',
  platformupdateschannel: 'platform',
  securityintelligenceupdateschannel: 'security_intelligence',
};

export interface Channel {
  /** The CSP value. */
  value: number;
  /** As the Defender documentation names it. */
  title: string;
  /** The DeploymentConfig ring assignment it maps to. */
  ring: 'ea' | 'ga';
  /** Hours after general availability; only for ring ga. */
  delayHours?: number;
  /** Order of arrival in Microsoft's monthly gradual release: smaller is earlier (sorts the rings). */
  rank: number;
}

const channels: readonly Channel[] = [
  // Not configured: the device stays up to date automatically during the gradual release cycle. It may be offered
  // an update at any point of that cycle, so it is counted as GA without delay (the product default elsewhere too).
  { value: 0, title: 'Not configured (gradual release default)', ring: 'ga', delayHours: 0, rank: 2 },
  { value: 2, title: 'Beta Channel', ring: 'ea', rank: 0 },
  { value: 3, title: 'Current Channel (Preview)', ring: 'ea', rank: 1 },
  { value: 4, title: 'Current Channel (Staged)', ring: 'ga', delayHours: 0, rank: 2 },
  // Broad waits until Microsoft's gradual release completes; how long that takes is Microsoft's, not a fixed delay,
  // so no delay is credited (a ring that relies on it is judged as taking GA at once).
  { value: 5, title: 'Current Channel (Broad)', ring: 'ga', delayHours: 0, rank: 3 },
  { value: 6, title: 'Critical – Time delay (48 hours)', ring: 'ga', delayHours: 48, rank: 4 },
];

/** The values each kind accepts (security intelligence has no Beta, Preview or Critical channel). */
const accepted: Readonly<Record<DefenderCategory, readonly number[]>> = {
  engine: [0, 2, 3, 4, 5, 6],
  platform: [0, 2, 3, 4, 5, 6],
  security_intelligence: [0, 4, 5],
};

export function channelOf(category: DefenderCategory, value: number): Channel | undefined {
  if (!accepted[category].includes(value)) return undefined;
  return channels.find((c) => c.value === value);
}

/** "2 (Beta Channel), 3 (…)…": the values a kind accepts, for messages. */
export function acceptedValues(category: DefenderCategory): string {
  return accepted[category].map((v) => `${v} (${channels.find((c) => c.value === v)!.title})`).join(', ');
}

/** Own keys only: an id ending in `_constructor` names no category (not Object's constructor). */
const own = (name: string): DefenderCategory | undefined => (Object.hasOwn(categoryBySetting, name) ? categoryBySetting[name] : undefined);

/** Settings-catalog definition id → category: `device_vendor_msft_defender_configuration_engineupdateschannel`. */
export function categoryOfDefinition(id: string): DefenderCategory | undefined {
  const m = /^device_vendor_msft_defender_configuration_([a-z]+)$/.exec(id.toLowerCase());
  return m ? own(m[1]!) : undefined;
}

/** OMA-URI → category: `./Device/Vendor/MSFT/Defender/Configuration/EngineUpdatesChannel` (case-insensitive). */
export function categoryOfOmaUri(uri: string): DefenderCategory | undefined {
  const m = /^\.\/(?:device\/)?vendor\/msft\/(?:defender\/configuration|policy\/config\/defender)\/([a-z]+)$/.exec(uri.trim().toLowerCase());
  return m ? own(m[1]!) : undefined;
}
