import { useEffect, useState } from 'react';
import { addressProblem, appAddress } from '../../../model/workshop/links/app-address';
import { loadPublishedAddress, usePublishedAddress } from '../../../state/published-address';

/**
 * Where invitations send participants: this address when phones can reach it; otherwise the
 * published address the facilitator gave, or this one after they chose to go on regardless.
 * `address` is null while the facilitator has not decided.
 */
export function useInvitationAddress() {
  const current = appAddress(window.location.href);
  const problem = addressProblem(current);
  const { status, address: published } = usePublishedAddress();
  const [keepCurrent, setKeepCurrent] = useState(false);
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    void loadPublishedAddress();
  }, []);
  let address: string | null = null;
  if (problem === null) address = current;
  else if (!asking && keepCurrent) address = current;
  else if (!asking && published !== null) address = published;
  return {
    ready: status === 'ready',
    current,
    problem,
    published: keepCurrent ? null : published,
    address,
    asking: problem !== null && address === null,
    ask: () => {
      setKeepCurrent(false);
      setAsking(true);
    },
    saved: () => {
      setKeepCurrent(false);
      setAsking(false);
    },
    keepCurrent: () => {
      setKeepCurrent(true);
      setAsking(false);
    },
  };
}
