import { create } from 'zustand';
import { restoreBranding, serializeBranding } from '../model/restore';
import { SCHEMA_VERSION, type Branding } from '../model/schema';
import { readSetting, writeSetting } from './storage';

/** The settings key of the branding profile (IndexedDB, apart from the assessments). */
export const BRANDING_KEY = 'branding';

/** The profile before anything is set: no names, no logo, the house colour. */
export const DEFAULT_BRANDING: Branding = {
  schemaVersion: SCHEMA_VERSION,
  consultantName: '',
  company: '',
  logo: null,
  accentColor: '#1d4e89',
};

interface BrandingState {
  status: 'idle' | 'loading' | 'ready';
  /** Null until loaded, and when nothing has been saved. */
  branding: Branding | null;
  /** True when a saved profile exists but restore() refused it (it is kept until overwritten). */
  unreadable: boolean;
}

export const useBranding = create<BrandingState>(() => ({
  status: 'idle',
  branding: null,
  unreadable: false,
}));

let loading: Promise<Branding | null> | null = null;

/**
 * Reads the saved profile through the one restore path, every time it is asked (a report must
 * never use a profile that "remove all my data" has deleted meanwhile); calls made while a read
 * is under way share it. Storage that cannot be read (a private window) or a record restore()
 * refuses leaves the report unbranded: it never throws.
 */
export function loadBranding(): Promise<Branding | null> {
  loading ??= (async () => {
    if (useBranding.getState().status === 'idle') useBranding.setState({ status: 'loading' });
    let result: Branding | null = null;
    let unreadable = false;
    try {
      const text = await readSetting(BRANDING_KEY);
      if (text !== undefined) {
        const restored = restoreBranding(text);
        if (restored.ok) result = restored.value;
        else unreadable = true;
      }
    } catch {
      // No IndexedDB: work without branding.
    }
    useBranding.setState({ status: 'ready', branding: result, unreadable });
    loading = null;
    return result;
  })();
  return loading;
}

/** Saves the profile (validated by restore() on the way back in) and makes it current. */
export async function saveBranding(branding: Branding): Promise<void> {
  await writeSetting(BRANDING_KEY, serializeBranding(branding));
  useBranding.setState({ status: 'ready', branding, unreadable: false });
}
