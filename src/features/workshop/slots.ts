/**
 * Where the invitation and inbox screens (built beside this page) plug into the facilitator's
 * workshop page. Each slot is a component taking the workshop's id, or null while there is none:
 * the page then shows a short "not available yet" line in that tab. Point a slot at a lazy
 * component, e.g. `lazy(() => import('./InvitationPanel').then((m) => ({ default: m.InvitationPanel })))`.
 */
import type { ComponentType } from 'react';

export interface WorkshopSlotProps {
  /** The workshop assessment's id; read it from the store with useAssessments. */
  assessmentId: string;
}

/** The invitation links and QR codes, one per group ("Invite" tab). */
export const InvitationPanel: ComponentType<WorkshopSlotProps> | null = null;

/** The facilitator's inbox: pasted links, dropped files, scanned QR codes ("Inbox" tab). */
export const InboxPanel: ComponentType<WorkshopSlotProps> | null = null;

/** Opens the presentation window; shown on the results tab when set. */
export const PresentButton: ComponentType<WorkshopSlotProps> | null = null;
