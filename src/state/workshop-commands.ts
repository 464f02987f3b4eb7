import { newId } from '../model/ids';
import type {
  Anonymity,
  AssessmentKind,
  AssessmentMeta,
  Group,
  Participant,
} from '../model/schema';
import { makeSecret } from '../model/workshop/links/secret';
import { newWorkshop } from '../model/workshop/setup';
import { addAssessment } from './assessments';

/** Creates a workshop with a fresh secret for its links and saves it; returns its id. */
export function createWorkshop(args: {
  kind: AssessmentKind;
  meta: AssessmentMeta;
  groups: Group[];
  participants: Participant[];
  anonymity: Anonymity;
}): string {
  const a = newWorkshop({
    ...args,
    id: newId('w'),
    secret: makeSecret((n) => crypto.getRandomValues(new Uint8Array(n))),
    now: new Date().toISOString(),
  });
  addAssessment(a);
  return a.id;
}
