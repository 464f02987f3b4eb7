import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { useBrowser } from './support/browser';
import { expectCodesOnPhone } from './support/phone';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'se-radar-workshop-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WIDE = { width: 1280, height: 900 };

async function addParticipant(page: Page, name: string, group: string) {
  const add = page.getByRole('group', { name: /Add a participant|Deelnemer toevoegen/ });
  await add.getByLabel(/^(Name|Naam)$/).fill(name);
  await add.getByLabel(/^(Group|Groep)$/).selectOption({ label: group });
  await add.getByRole('button', { name: /Add participant|Deelnemer toevoegen/ }).click();
}

/** Pass the device: hand over to `code`, answer the first two elements, finish, next person. */
async function answerAs(page: Page, code: string, first: number, second: number) {
  await page.getByRole('link', { name: `Hand over to ${code}` }).click();
  await page.getByRole('heading', { level: 1, name: `Your turn, ${code}` }).waitFor();
  // The anonymity level is shown before answering.
  await page.getByText('The facilitator sees your name beside your answers.').waitFor();
  const before = await page.evaluate(() => history.length);
  await page.getByRole('link', { name: 'Start answering' }).click();
  await page.getByText(`You are answering as ${code}.`).waitFor();
  await page.getByRole('radio', { name: new RegExp(`^Level ${first}`) }).check();
  await page.getByRole('link', { name: 'Next' }).click();
  await page.getByRole('radio', { name: new RegExp(`^Level ${second}`) }).check();
  await page
    .getByRole('link', { name: /Monitoring/ })
    .first()
    .click();
  await page.getByRole('link', { name: 'Finish and hand back' }).click();
  await page.getByRole('heading', { level: 1, name: `Thank you, ${code}` }).waitFor();
  // Every move replaced the history entry: nothing of this person is one Back away.
  expect(await page.evaluate(() => history.length)).toBe(before);
  await page.getByRole('button', { name: 'Next person' }).click();
  await page.getByRole('heading', { level: 2, name: 'Participants' }).waitFor();
}

describe('a workshop on one device', () => {
  const { open } = useBrowser();

  it('sets up, passes the device, shows the spread, agrees and prints the team section', async () => {
    const page = await open({ locale: 'en-GB', viewport: WIDE, path: '#/new/workshop' });
    await expectNoAxeViolations(page, 'new workshop');
    await page.getByLabel('Organisation').fill('Woonstad');
    await addParticipant(page, 'Anna', 'Management');
    await addParticipant(page, 'Bram', 'Management');
    await addParticipant(page, 'Cas', 'Employees');
    const people = page.locator('.workshop-new__people').getByRole('listitem');
    await expectCodesOnPhone(
      page,
      page.locator('.workshop-new__people'),
      people.getByText(/^[ME]\d$/),
      ['M1', 'M2', 'E1'],
    );
    await page.setViewportSize(WIDE);
    await page.getByRole('button', { name: 'Create the workshop' }).click();
    await page.getByText('0 of 3 answered').waitFor();
    await expectNoAxeViolations(page, 'roster');
    const roster = page.getByRole('table', { name: 'Participants and their progress' });
    await expectCodesOnPhone(page, roster, roster.getByRole('rowheader'), ['M1', 'M2', 'E1']);
    await page.setViewportSize(WIDE);
    const workshopUrl = page.url();

    // M1: 2 and 4; M2: 5 and 4. Vision & strategy: (2 + 5) / 2 = 3.5, 2.0 to 5.0: disagreement.
    // Leadership commitment: 4 and 4 = 4.0, within 1.0: triage accepts 4.0.
    await answerAs(page, 'M1', 2, 4);
    await page.getByText('1 of 3 answered').waitFor();
    await answerAs(page, 'M2', 5, 4);
    await page.getByText('2 of 3 answered').waitFor();
    await page.getByText('Not answered yet: E1 (Cas).').waitFor();
    // Back from the workshop page leads out of it, never to M2's answers.
    await page.goBack();
    expect(page.url()).not.toContain('/as/');
    await page.goto(workshopUrl);

    await page.getByRole('link', { name: 'Team results' }).click();
    const table = page.getByRole('table', { name: 'Team scores per element' });
    const vision = table.getByRole('row', { name: /^Service excellence vision/ });
    await expect.poll(() => vision.textContent()).toContain('3.5–2.0 to 5.0disagreement20');
    await page
      .getByRole('listitem')
      .filter({ hasText: 'From 2.0 to 5.0: a difference of 3.0.' })
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'team results');

    await page.getByRole('link', { name: 'Agreement' }).click();
    await page.getByRole('button', { name: 'Start the agreement and lock the answers' }).click();
    await page.getByRole('button', { name: 'Accept this element at its team score' }).click();
    const v = page.getByRole('group', { name: 'Service excellence vision, mission and strategy' });
    await v.getByLabel('Agreed score').fill('3');
    await v.getByLabel('Reason').fill('The plan names customers but no goals yet.');
    await v.getByRole('button', { name: 'Set agreed score' }).click();
    await v.getByText('Agreed score saved.').waitFor();
    await expectNoAxeViolations(page, 'agreement');

    await page.getByRole('link', { name: 'Team results' }).click();
    await page.getByRole('link', { name: 'Open the results and the report' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    const path = join(dir, 'workshop.pdf');
    await download.saveAs(path);
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-']);
    const text = stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Team and groups');
    expect(text).toContain('2 of 3 participants answered.');
    expect(text).toContain('2.0–5.0');
    expect(text).toContain('The plan names customers but no goals yet.');
    expect(text).toContain('To discuss: the largest disagreements');
    // Names are left out unless the facilitator chose them.
    expect(text).not.toContain('Anna');
  });
});
