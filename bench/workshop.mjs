// The workshop's figures (issue 8): aggregating 200 participants by the current edition's
// statements (target < 20 ms), and the link sizes against their budgets. Runs the TypeScript model
// through Vite's SSR loader, so it needs no build: `node bench/workshop.mjs`. A figure over its
// target prints FAIL and the script exits 1.
import { loadModules, median } from './shared.mjs';

const {
  CURRENT_EDITION,
  editionStatementIds,
  participantScores,
  workshopResults,
  perceptionGap,
  encodeInvitation,
  encodeResponse,
  encodeResponseLink,
  decodeResponse,
  extractFragments,
  linkAt,
  qrMatrix,
} = await loadModules([
  '/src/model/framework.ts',
  '/src/model/scoring.ts',
  '/src/model/workshop/results.ts',
  '/src/model/workshop/gaps.ts',
  '/src/model/workshop/links/invitation.ts',
  '/src/model/workshop/links/response.ts',
  '/src/model/workshop/links/extract.ts',
  '/src/model/workshop/links/app-address.ts',
  '/src/features/workshop/qr-matrix.ts',
]);
const ALL_STATEMENT_IDS = editionStatementIds(CURRENT_EDITION);

const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const rows = [];
const record = (name, value, unit, target) =>
  rows.push({ name, value, unit, target: target ?? null, ok: target == null || value <= target });

// A deterministic pseudo-random workshop: 200 participants in three groups, every statement of
// the current edition answered 1-5, with some "not applicable", "don't know" and open answers.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const groups = [
  { id: 'mgmt', name: 'Management' },
  { id: 'staff', name: 'Employees' },
  { id: 'front', name: 'Customer-facing staff' },
];
const participants = Array.from({ length: 200 }, (_, i) => ({
  id: `p${i}`,
  code: `P${i + 1}`,
  groupId: groups[i % 3].id,
  answered: true,
}));
const responses = participants.map(() => {
  const r = {};
  for (const id of ALL_STATEMENT_IDS) {
    const x = random();
    r[id] = x < 0.05 ? 'na' : x < 0.1 ? 'dk' : x < 0.13 ? undefined : 1 + Math.floor(random() * 5);
    if (r[id] === undefined) delete r[id];
  }
  return r;
});
const answers = Object.fromEntries(
  participants.map((p, i) => [
    p.id,
    Object.fromEntries(Object.entries(responses[i]).filter(([, a]) => a !== 'dk')),
  ]),
);

const responsesById = Object.fromEntries(participants.map((p, i) => [p.id, responses[i]]));

/** Everything the workshop's results show, from the answers up. */
function aggregateAll() {
  const input = { kind: 'full', frameworkEdition: CURRENT_EDITION, answers, quickAnswers: {} };
  const scores = Object.fromEntries(
    participants.map((p) => [p.id, participantScores(input, p.id)]),
  );
  const results = workshopResults({
    groups,
    participants,
    scores,
    answers: responsesById,
    edition: CURRENT_EDITION,
  });
  return perceptionGap(results.groups[0], results.groups[2]);
}

for (let i = 0; i < 10; i++) aggregateAll();
const times = [];
for (let i = 0; i < 51; i++) {
  const t0 = performance.now();
  aggregateAll();
  times.push(performance.now() - t0);
}
// The median is the figure; the fastest run shows how much of it is other load on the machine.
record(
  `aggregate 200 participants x ${ALL_STATEMENT_IDS.length} statements (median of 51)`,
  round(median(times)),
  'ms',
  20,
);
record('  the same, fastest run', round(Math.min(...times)), 'ms');

// Link sizes, characters after '#'.
const secret = 'AQIDBAUGBwgJCgsMDQ4PEA';
const workshopId = 'Xq3_b9LmA0-zT2kR';
const statementsOf = (edition) => (edition === CURRENT_EDITION ? ALL_STATEMENT_IDS : undefined);
const invitation = encodeInvitation({
  workshopId,
  edition: CURRENT_EDITION,
  questionnaire: 'full',
  customerWord: 'tenant',
  anonymity: 'anonymous',
  title: 'Workshop serviceniveau Woonstichting De Linde, december 2026',
  groupName: 'Klantcontact en wijkbeheer',
  codes: Array.from({ length: 12 }, (_, i) => `K${i + 1}`),
  secret,
});
record('invitation, 12 codes, 59-character title', invitation.fragment.length, 'chars', 250);
const full = {
  workshopId,
  code: 'K12',
  edition: CURRENT_EDITION,
  questionnaire: 'full',
  answers: responses[0],
  quickAnswers: {},
  comments: {},
};
const plain = encodeResponse(full, secret, statementsOf).fragment;
record(`response, ${ALL_STATEMENT_IDS.length} statements, no comments`, plain.length, 'chars', 110);
const commented = {
  ...full,
  comments: {
    monitoring: 'We meten vooral wat we makkelijk kunnen meten, niet wat de huurder merkt.',
    'cu-1': 'Klantreizen zijn twee jaar geleden gemaakt en sindsdien niet bijgewerkt.',
  },
};
const withComments = encodeResponseLink(
  commented,
  secret,
  statementsOf,
  'https://radar.woonstichting-delinde.nl/se-radar/',
);
record('response link, 2 comments, with address', withComments.link.length, 'chars', 1000);
const quick = encodeResponse(
  {
    ...full,
    questionnaire: 'quick',
    answers: {},
    quickAnswers: Object.fromEntries(
      ['vision-mission-strategy', 'service-culture', 'customer-understanding', 'monitoring'].map(
        (e, i) => [e, 1 + i],
      ),
    ),
  },
  secret,
  statementsOf,
).fragment;
record('response, quick check', quick.length, 'chars', 110);

// What the app puts on screen: the whole link with a typical published address, and its QR code.
const address = 'https://radar.woonstichting-delinde.nl/se-radar/';
const invitationLink = linkAt(address, invitation.fragment);
record('invitation link with the address', invitationLink.length, 'chars');
record('  its QR code (error correction M)', qrMatrix(invitationLink, 40).version, 'version', 15);
const responseLink = linkAt(address, plain);
record('response link with the address, no comments', responseLink.length, 'chars');
record('  its QR code (error correction M)', qrMatrix(responseLink, 40).version, 'version');

// The inbox: 200 response links pasted at once, extracted and checked.
const base = 'https://radar.example.nl/';
const mail = participants
  .map((p, i) => {
    const f = encodeResponse(
      { ...full, code: p.code, answers: responses[i] },
      secret,
      statementsOf,
    );
    return `> Van ${p.code}:\n> ${base}#${f.fragment}\n`;
  })
  .join('\n');
const t0 = performance.now();
const found = extractFragments(mail, 'r');
const decoded = found.map((f) => decodeResponse(f, { workshopId, secret, statementsOf }));
const inboxMs = performance.now() - t0;
record('inbox: extract and check 200 pasted response links', round(inboxMs, 1), 'ms');
if (decoded.filter((d) => d.ok).length !== 200) throw new Error('the inbox lost responses');

const width = Math.max(...rows.map((r) => r.name.length));
for (const r of rows) {
  const target = r.target === null ? '' : ` (target <= ${r.target})`;
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(width)}  ${r.value} ${r.unit}${target}`);
}
if (rows.some((r) => !r.ok)) process.exit(1);
