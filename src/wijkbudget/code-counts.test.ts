// SPDX-License-Identifier: EUPL-1.2
/**
 * What counts staff and the public see (issue 9): turnout per buurt from used letter codes during and
 * after voting, every code batch counted on the published result, and no paper ballots per polling
 * place while voting runs, not on a page, in the API or in the audit log.
 */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../tests/support/app.ts';
import { TestClient } from '../../tests/support/client.ts';
import { createRoundIn, insertPlan, moveRoundTo } from '../../tests/support/wijkbudget.ts';
import { auditLog } from '../platform/audit/schema.ts';
import { castBallot, codeSecret, createCodes, listPollingPlaces } from './ballot-service.ts';
import { codeBatches, results } from './schema.ts';
import { normaliseCode } from './voting-codes.ts';

let app: TestApp;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

const db = () => app.database.db;
const oost = 'BU05183620';
const west = 'BU05183637';

async function signedIn(email: string) {
  const client = new TestClient(app.app);
  expect((await client.signIn(email)).status).toBe(303);
  return client;
}

/** Makes a batch straight through the service and casts a ballot with its first `used` codes. */
async function batchWithVotes(
  roundId: number,
  planId: number,
  batch: { kind?: 'letters' | 'help-desk'; buurtCode?: string | null; size: number; used: number },
) {
  const secret = await codeSecret(db(), undefined);
  const { batchId, codes } = await createCodes(db(), secret, null, roundId, {
    kind: batch.kind ?? 'letters',
    label: `Test ${batch.buurtCode ?? 'zonder buurt'}`,
    size: batch.size,
    buurtCode: batch.buurtCode ?? null,
  });
  for (const code of codes.slice(0, batch.used)) {
    const cast = await castBallot(db(), secret, {
      roundId,
      code: normaliseCode(code),
      choice: { planIds: [planId] },
      wantsTracker: false,
    });
    expect(cast.ok).toBe(true);
  }
  return batchId;
}

/** The rows of the first table with this caption, as arrays of cell texts. */
function tableRows(html: string, caption: string): string[][] {
  const start = html.indexOf(caption);
  if (start < 0) return [];
  const table = html.slice(start, html.indexOf('</table>', start));
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) =>
      cell[1]!.replace(/<[^>]+>/g, '').trim(),
    ),
  );
}

describe('turnout per buurt from used letter codes', () => {
  test('staff see it on the round page while voting runs; a small buurt is not named; help-desk codes are left out', async () => {
    const round = await createRoundIn(db(), 'voting', { title: 'Opkomst per buurt' });
    const plan = await insertPlan(db(), round.id, { title: 'Bankjes', costEuros: 5_000, buurtCode: oost });
    await batchWithVotes(round.id, plan, { buurtCode: oost, size: 12, used: 3 });
    await batchWithVotes(round.id, plan, { buurtCode: west, size: 4, used: 1 });
    await batchWithVotes(round.id, plan, { size: 6, used: 2 });
    await batchWithVotes(round.id, plan, { kind: 'help-desk', size: 1, used: 1 });

    const editor = await signedIn(app.staff.editor);
    const page = await (await editor.get(`/beheer/wijkbudget/${round.id}`)).text();
    expect(page).toContain('Opkomst per buurt');
    expect(page).toContain('Geteld uit de gebruikte stemcodes van de brieven, niet uit de stemmen.');
    expect(tableRows(page, 'Gebruikte stemcodes van brieven, per buurt').slice(1)).toEqual([
      ['Moerwijk-Oost', '12', '3', '25%'],
      ['Andere brieven', '10', '3', '30%'],
    ]);
    expect(page).not.toContain('Moerwijk-West');

    // Before voting there is nothing to count yet, so no table.
    const early = await createRoundIn(db(), 'review');
    expect(await (await editor.get(`/beheer/wijkbudget/${early.id}`)).text()).not.toContain(
      'Opkomst per buurt',
    );
  });
});

describe('the published result counts every batch of codes', () => {
  test('codes per kind (made before and during voting, used) and turnout per buurt are in the hashed document and on the page', async () => {
    const round = await createRoundIn(db(), 'voting', { title: 'Codes geteld' });
    const plan = await insertPlan(db(), round.id, { title: 'Speeltuin', costEuros: 5_000, buurtCode: oost });
    const letters = await batchWithVotes(round.id, plan, { buurtCode: oost, size: 20, used: 4 });
    // The letters were made before voting opened (the test moves the round's dates later on).
    const longBefore = new Date('2020-01-01T12:00:00Z');
    await db().update(codeBatches).set({ createdAt: longBefore }).where(eq(codeBatches.id, letters));

    // During voting: one help-desk code for a lost letter (an unused one: the first 4 were used),
    // requested by one staff member and confirmed by another. The letter's code stops working.
    const editor = await signedIn(app.staff.editor);
    const admin = await signedIn(app.staff.admin);
    const base = `/beheer/wijkbudget/${round.id}`;
    await editor.get(`${base}/stemcodes`);
    await editor.post(`${base}/stemcodes/balie`, { situation: 'lost-letter', letter: `${letters}-20` });
    const [request] = await db()
      .select()
      .from(codeBatches)
      .where(and(eq(codeBatches.roundId, round.id), eq(codeBatches.status, 'requested')));
    await admin.get(base);
    expect((await admin.post(`${base}/stemcodes/verzoeken/${request!.id}/bevestigen`, {})).status).toBe(200);
    // A rejected request is no batch of codes and is not counted.
    await editor.get(`${base}/stemcodes`);
    await editor.post(`${base}/stemcodes`, { label: 'Afgewezen', size: '50', format: 'csv' });
    const [rejected] = await db()
      .select()
      .from(codeBatches)
      .where(and(eq(codeBatches.roundId, round.id), eq(codeBatches.status, 'requested')));
    await admin.get(base);
    await admin.post(`${base}/stemcodes/verzoeken/${rejected!.id}/afwijzen`, {});

    await moveRoundTo(db(), round.id, 'counting');
    await editor.get(`${base}/uitslag`);
    expect((await editor.post(`${base}/tellen`, {})).status).toBe(303);
    expect((await editor.post(`${base}/publiceren`, { confirm: 'yes' })).status).toBe(303);

    const api = `/api/v1/wijkbudget/rounds/${round.id}`;
    const text = await (await app.app.request(`${api}/result.json`)).text();
    const summary = (await (await app.app.request(`${api}/result`)).json()) as { result_sha256: string };
    expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(summary.result_sha256);
    const document = JSON.parse(text);
    // 21 codes were made, but the lost letter's code was voided: 20 could be used, one per resident.
    expect(document.code_batches).toEqual([
      { kind: 'letters', batches: 1, codes: 20, codes_during_voting: 0, used: 4, replaced: 1, usable: 19 },
      { kind: 'help-desk', batches: 1, codes: 1, codes_during_voting: 1, used: 0, replaced: 0, usable: 1 },
    ]);
    expect(document.turnout_per_buurt).toEqual([
      { buurt_code: oost, buurt: 'Moerwijk-Oost', codes: 20, used: 4 },
    ]);

    const page = await (await app.app.request(`/wijkbudget/${round.slug}/uitslag`)).text();
    expect(tableRows(page, 'Stemcodes per soort')).toEqual([
      ['Aantal', 'Brieven', 'Balie'],
      ['Reeksen', '1', '1'],
      ['Codes', '20', '1'],
      ['Vervangen door een nieuwe code (werkt niet meer)', '1', '0'],
      ['Codes waarmee iemand kon stemmen', '19', '1'],
      ['Gemaakt tijdens het stemmen', '0', '1'],
      ['Gebruikt', '4', '0'],
    ]);
    expect(tableRows(page, 'Gebruikte stemcodes van brieven, per buurt').slice(1)).toEqual([
      ['Moerwijk-Oost', '20', '4', '20%'],
    ]);
  });

  test('a result published before these counts existed is shown as it was, byte for byte', async () => {
    const round = await createRoundIn(db(), 'voting', { title: 'Oude uitslag' });
    const plan = await insertPlan(db(), round.id, { title: 'Plantenbak', costEuros: 2_000, buurtCode: oost });
    await batchWithVotes(round.id, plan, { buurtCode: oost, size: 12, used: 2 });
    await moveRoundTo(db(), round.id, 'counting');
    const editor = await signedIn(app.staff.editor);
    const base = `/beheer/wijkbudget/${round.id}`;
    await editor.get(`${base}/uitslag`);
    await editor.post(`${base}/tellen`, {});
    // The document as counted before issue 9: without code_batches and turnout_per_buurt.
    const [counted] = await db().select().from(results).where(eq(results.roundId, round.id));
    const { code_batches: _codes, turnout_per_buurt: _buurten, ...old } = JSON.parse(counted!.document);
    const oldText = JSON.stringify(old, null, 2);
    const oldSha = createHash('sha256').update(oldText, 'utf8').digest('hex');
    await db()
      .update(results)
      .set({ document: oldText, resultSha256: oldSha })
      .where(eq(results.roundId, round.id));
    expect((await editor.post(`${base}/publiceren`, { confirm: 'yes' })).status).toBe(303);

    const response = await app.app.request(`/wijkbudget/${round.slug}/uitslag`);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('Plantenbak');
    expect(page).toContain(oldSha);
    expect(page).not.toContain('Stemcodes per soort');
    expect(await (await app.app.request(`/api/v1/wijkbudget/rounds/${round.id}/result.json`)).text()).toBe(
      oldText,
    );
  });
});

describe('no paper ballots per polling place while voting runs', () => {
  test('not on a staff page, in the API or in the audit log; after publication the result shows them', async () => {
    const round = await createRoundIn(db(), 'voting', {
      title: 'Papier per stembureau',
      eligibility: 'codes-and-paper',
    });
    const plan = await insertPlan(db(), round.id, { title: 'Zitbank', costEuros: 3_000, buurtCode: oost });
    const editor = await signedIn(app.staff.editor);
    const admin = await signedIn(app.staff.admin);
    const base = `/beheer/wijkbudget/${round.id}`;
    await editor.get(`${base}/stembiljetten`);
    await editor.post(`${base}/stembureaus`, { name: 'Buurthuis Het Anker' });
    await editor.post(`${base}/stembureaus`, { name: 'Wijkcentrum De Zuidkant' });
    const places = await listPollingPlaces(db(), round.id);
    const anker = places.find((p) => p.name === 'Buurthuis Het Anker')!;
    const zuidkant = places.find((p) => p.name === 'Wijkcentrum De Zuidkant')!;
    // Each sheet comes with the code from the resident's letter (one vote per resident across channels).
    const { codes } = await createCodes(db(), await codeSecret(db(), undefined), null, round.id, {
      kind: 'letters',
      label: 'Brieven',
      size: 5,
    });
    const codeOf: Record<string, string> = {};
    const enter = async (client: TestClient, serial: string, placeId: number) => {
      codeOf[serial] ??= codes[Object.keys(codeOf).length]!;
      await client.get(`${base}/stembiljetten`);
      const response = await client.post(`${base}/stembiljetten`, {
        serial,
        pollingPlaceId: String(placeId),
        plan: String(plan),
        code: codeOf[serial]!,
      });
      expect(response.status).toBe(303);
    };
    for (const serial of ['A-1', 'A-2', 'A-3']) {
      await enter(editor, serial, anker.id);
      await enter(admin, serial, anker.id);
    }
    await enter(editor, 'Z-1', zuidkant.id);
    await enter(admin, 'Z-1', zuidkant.id);
    await enter(editor, 'Z-2', zuidkant.id); // waits for its second entry

    // The audit log says who entered which sheet, but not where: no adding up per place.
    const entries = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, String(round.id)), eq(auditLog.action, 'wijkbudget.paper.enter')));
    expect(entries).toHaveLength(9);
    for (const entry of entries)
      expect(Object.keys(entry.after as object).sort()).toEqual(['entry', 'serial']);
    const log = await (await admin.get('/beheer/logboek')).text();
    expect(log).toContain('wijkbudget.paper.enter');
    expect(log).not.toContain('pollingPlaceId');

    // No staff page counts paper ballots per place; the waiting sheet is listed without its place.
    for (const path of [base, `${base}/stembiljetten`, `${base}/stemcodes`, `${base}/uitslag`]) {
      const page = await (await admin.get(path)).text();
      expect(page, path).not.toContain('Stemmen die meetellen, online en per stembureau');
      expect(page, path).not.toMatch(/Het Anker[^<]*\d|\b3 stem/);
    }
    const paperPage = await (await admin.get(`${base}/stembiljetten`)).text();
    expect(paperPage).toMatch(/Stembiljet Z-2\s*<\/h3>/);
    expect(paperPage).toContain('ook niet per stembureau');
    const roundJson = await (await app.app.request(`/api/v1/wijkbudget/rounds/${round.id}`)).text();
    expect(roundJson).not.toContain('Het Anker');
    expect((await app.app.request(`/api/v1/wijkbudget/rounds/${round.id}/result`)).status).toBe(404);

    // After the count and publication, the turnout per place is public.
    await enter(admin, 'Z-2', zuidkant.id);
    await moveRoundTo(db(), round.id, 'counting');
    await editor.get(`${base}/uitslag`);
    await editor.post(`${base}/tellen`, {});
    await editor.post(`${base}/publiceren`, { confirm: 'yes' });
    const result = await (await app.app.request(`/wijkbudget/${round.slug}/uitslag`)).text();
    expect(result).toContain('Stembureau Buurthuis Het Anker: 3 stemmen');
    expect(result).toContain('Stembureau Wijkcentrum De Zuidkant: 2 stemmen');
  });
});
