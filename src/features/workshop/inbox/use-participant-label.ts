import { useCallback } from 'react';
import type { Assessment } from '../../../model/schema';

/** How the facilitator sees a participant: "Name (code)" in a named workshop, else the code. */
export function useParticipantLabel(a: Assessment | undefined): (participantId: string) => string {
  return useCallback(
    (participantId: string) => {
      const p = a?.participants.find((x) => x.id === participantId);
      if (!p) return participantId;
      return a?.anonymity === 'named' && p.name !== '' ? `${p.name} (${p.code})` : p.code;
    },
    [a],
  );
}
