import { create } from 'zustand';
import { publishedAddress } from '../model/workshop/links/app-address';
import { readSetting, writeSetting } from './storage';

/** The settings key of the address where the facilitator published the app. */
export const PUBLISHED_ADDRESS_KEY = 'published-address';

interface PublishedAddressState {
  status: 'idle' | 'ready';
  /** The app's published address (for invitation links), or null when none was given. */
  address: string | null;
}

export const usePublishedAddress = create<PublishedAddressState>(() => ({
  status: 'idle',
  address: null,
}));

/** Reads the remembered address once; unreadable storage simply means none. */
export async function loadPublishedAddress(): Promise<void> {
  if (usePublishedAddress.getState().status === 'ready') return;
  let address: string | null = null;
  try {
    const text = await readSetting(PUBLISHED_ADDRESS_KEY);
    address = text === undefined || text === '' ? null : publishedAddress(text);
  } catch {
    // No IndexedDB: the facilitator is asked again next time.
  }
  usePublishedAddress.setState({ status: 'ready', address });
}

/** Remembers the address (or forgets it, with null). The screen changes even if storage fails. */
export async function savePublishedAddress(address: string | null): Promise<void> {
  usePublishedAddress.setState({ status: 'ready', address });
  try {
    await writeSetting(PUBLISHED_ADDRESS_KEY, address ?? '');
  } catch {
    // Storage full or unavailable: the address holds for this visit.
  }
}
