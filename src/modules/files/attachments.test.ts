import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { createPartnership, createProgram } from '../../../test/factories';
import { AppError } from '../../server/errors';
import { caller, mentorBlock, person, type Person } from '../partnerships/test-helpers';
import { attachFilesToMessage, filesOfMessages } from './attachments';
import { PDF, PNG, removeDir, tempDataDir, upload } from './test-helpers';

describe.each(dialects)('message attachments on %s', (dialect) => {
  let t: TestApp;
  let dataDir: string;
  let mentee: Person;
  let mentor: Person;
  let partnershipId: string;
  let otherPartnershipId: string;
  let otherMentee: Person;

  beforeAll(async () => {
    dataDir = await tempDataDir();
    t = await buildTestApp(dialect, { dataDir });
    const program = await createProgram(t.ctx);
    mentee = await person(t, program, 'mentee');
    mentor = await person(t, program, 'mentor', { profile: { mentor: mentorBlock(2) } });
    otherMentee = await person(t, program, 'mentee');
    partnershipId = (await createPartnership(t.ctx, { program, mentee, mentor })).id;
    otherPartnershipId = (await createPartnership(t.ctx, { program, mentee: otherMentee, mentor })).id;
  });
  afterAll(async () => {
    await t.close();
    await removeDir(dataDir);
  });

  const uploadAttachment = async (as: Person, pid = partnershipId, bytes = PDF) => {
    const res = await upload(t, pid, as.as, { fields: { messageAttachment: 'true' }, file: { name: 'a.pdf', bytes } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().file as { id: string; attachment: boolean };
  };
  const attach = (fileIds: string[], messageId = randomUUID(), uploaderUserId = mentee.user.id) =>
    t.database.db.transaction().execute((trx) => attachFilesToMessage(trx, { partnershipId, uploaderUserId, fileIds, messageId }));
  const fieldsOf = async (p: Promise<unknown>) => {
    const err = await p.then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('validation_failed');
    return (err as AppError).fields;
  };
  const sharedIds = async () =>
    ((await caller(t)('GET', `/partnerships/${partnershipId}/files`, mentee.as)).json().files as { id: string }[]).map((f) => f.id);

  it('keeps an attachment out of the shared list until a message takes it, then presents it', async () => {
    const file = await uploadAttachment(mentee);
    expect(file.attachment).toBe(true);
    expect(await sharedIds()).not.toContain(file.id);
    t.clock.advance(1);
    const png = (await upload(t, partnershipId, mentee.as, { fields: { messageAttachment: '1' }, file: { name: 'p.png', bytes: PNG } })).json().file;

    const messageId = randomUUID();
    await attach([file.id, png.id], messageId);
    expect(await sharedIds()).toEqual(expect.arrayContaining([file.id, png.id]));
    const byMessage = await filesOfMessages(t.database.db, [messageId, randomUUID()]);
    expect([...byMessage.keys()]).toEqual([messageId]);
    expect(byMessage.get(messageId)).toEqual([
      { id: file.id, name: 'a.pdf', contentType: 'application/pdf', size: PDF.length, uploadedBy: 'mentee', url: `/api/v1/files/${file.id}` },
      { id: png.id, name: 'p.png', contentType: 'image/png', size: PNG.length, uploadedBy: 'mentee', url: `/api/v1/files/${png.id}` },
    ]);
  });

  it('refuses, naming attachments.N, files that are not the uploader’s own unattached files of this pair; links none', async () => {
    const mine = await uploadAttachment(mentee);
    const partners = await uploadAttachment(mentor);
    const elsewhere = await uploadAttachment(otherMentee, otherPartnershipId);
    const taken = await uploadAttachment(mentee);
    await attach([taken.id]);
    const gone = await uploadAttachment(mentee);
    expect((await caller(t)('DELETE', `/files/${gone.id}`, mentee.as)).statusCode).toBe(204);

    const fields = await fieldsOf(attach([mine.id, partners.id, elsewhere.id, taken.id, gone.id, mine.id, 'not-a-file']));
    expect(fields).toEqual([
      { path: 'attachments.1', message: 'No such file among the ones you uploaded to this partnership.' },
      { path: 'attachments.2', message: 'No such file among the ones you uploaded to this partnership.' },
      { path: 'attachments.3', message: 'This file is already attached to a message.' },
      { path: 'attachments.4', message: 'No such file among the ones you uploaded to this partnership.' },
      { path: 'attachments.5', message: 'This file is already in the list.' },
      { path: 'attachments.6', message: 'No such file among the ones you uploaded to this partnership.' },
    ]);
    const row = await t.database.db.selectFrom('files').select('message_id').where('id', '=', mine.id).executeTakeFirstOrThrow();
    expect(row.message_id).toBeNull();
    // The mentor may attach their own file, not the mentee's.
    expect(await fieldsOf(attach([mine.id], randomUUID(), mentor.user.id))).toEqual([
      { path: 'attachments.0', message: 'No such file among the ones you uploaded to this partnership.' },
    ]);
    await attach([partners.id], randomUUID(), mentor.user.id);
  });

  it('lets one of two messages racing for a file take it', async () => {
    const file = await uploadAttachment(mentee);
    const results = await Promise.allSettled([attach([file.id]), attach([file.id])]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('presents nothing for messages without live attachments', async () => {
    expect(await filesOfMessages(t.database.db, [])).toEqual(new Map());
    const file = await uploadAttachment(mentee);
    const messageId = randomUUID();
    await attach([file.id], messageId);
    await caller(t)('DELETE', `/files/${file.id}`, mentee.as);
    expect((await filesOfMessages(t.database.db, [messageId])).get(messageId)).toBeUndefined();
  });
});
