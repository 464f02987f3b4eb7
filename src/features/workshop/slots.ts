/**
 * Where the invitation and inbox screens (built beside this page) plug into the facilitator's
 * workshop page. Each slot is a component taking the workshop's id, or null while there is none:
 * the page then shows a short "not available yet" line in that tab. The panels are lazy, so the
 * QR encoder and the link codecs load with their tab, not with the workshop page.
 */
import { lazy, type ComponentType } from 'react';
import { PresentControls } from './present/PresentControls';

export interface WorkshopSlotProps {
  /** The workshop assessment's id; read it from the store with useAssessments. */
  assessmentId: string;
}

/** The invitation links and QR codes, one per group ("Invite" tab). */
export const InvitationPanel: ComponentType<WorkshopSlotProps> | null = lazy(() =>
  import('./invite/InvitationPanel').then((m) => ({ default: m.InvitationPanel })),
);

/** The facilitator's inbox: pasted links, dropped files, scanned QR codes ("Inbox" tab). */
export const InboxPanel: ComponentType<WorkshopSlotProps> | null = lazy(() =>
  import('./inbox/InboxPanel').then((m) => ({ default: m.InboxPanel })),
);

/** Opens the presentation window; shown on the results tab when set. */
export const PresentButton: ComponentType<WorkshopSlotProps> | null = PresentControls;
