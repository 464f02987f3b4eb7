import { readSettingText, writeSettingText } from '../lib/db';

/**
 * Settings (branding, where the user last was) live in the settings store of SE Radar's database,
 * apart from the assessments; the UI language alone stays in localStorage, so it is known before
 * anything renders.
 */
export function readSetting(key: string): Promise<string | undefined> {
  return readSettingText(key);
}

export function writeSetting(key: string, text: string): Promise<void> {
  return writeSettingText(key, text);
}

export { isQuotaError } from '../lib/db';
