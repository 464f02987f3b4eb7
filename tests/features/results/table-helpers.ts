import { screen, within } from '@testing-library/react';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function table(name: string): HTMLElement {
  return screen.getByRole('table', { name });
}

/** The text of every cell in the row whose header starts with `header`. */
export function rowCells(tableEl: HTMLElement, header: string): string[] {
  const th = within(tableEl).getByRole('rowheader', { name: new RegExp(`^${escape(header)}`) });
  const row = th.closest('tr');
  if (!row) throw new Error(`No row for ${header}`);
  return [...row.children].map((c) => c.textContent ?? '');
}

/** The row headers of a table's body, in order. */
export function rowHeaders(tableEl: HTMLElement): string[] {
  return within(tableEl)
    .getAllByRole('rowheader')
    .map((th) => th.textContent ?? '');
}
