import type { KeyboardEvent } from 'react';

/**
 * The digit typed in a choice group, 0 to 5, or null for any other key. Modified keys are left
 * alone so browser and assistive-technology shortcuts keep working.
 */
export function digitOf(event: KeyboardEvent): number | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  return /^[0-5]$/.test(event.key) ? Number(event.key) : null;
}

/** Moves focus to the group's radio with this value (checking is left to the store's update). */
export function focusChoice(group: HTMLElement, value: string): void {
  group.querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`)?.focus();
}
