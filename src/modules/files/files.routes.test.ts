import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { dialects } from '../../../test/databases';
import { FACTORY_PASSWORD, createPartnership, createProgram } from '../../../test/factories';
import { signIn, type SignedIn } from '../../../test/users';
import { caller, mentorBlock, person, type Person } from '../partnerships/test-helpers';
import { DOCX, ELF, HTML, PDF, PNG, removeDir, storedFiles, tempDataDir, upload } from './test-helpers';

describe.each(dialects)('files on %s', (dialect) => {
  let t: TestApp;
  let dataDir: string;
  let call: ReturnType<typeof caller>;
  let mentee: Person;
  let mentor: Person;
  let admin: SignedIn;
  let partnershipId: string;
  let programId: string;

  beforeAll(async () => {
    dataDir = await tempDataDir();
    t = await buildTestApp(dialect, { dataDir, fileMaxBytes: 200 * 1024 });
    call = caller(t);
    const program = await createProgram(t.ctx, { name: 'Files' });
    mentee = await person(t, program, 'mentee');
    mentor = await person(t, program, 'mentor', { profile: { mentor: mentorBlock(2) } });
    partnershipId = (await createPartnership(t.ctx, { program, mentee, mentor })).id;
    programId = program.id;
    admin = await signIn(t.app, program.admin.email, FACTORY_PASSWORD);
  });
  afterAll(async () => {
    await t.close();
    await removeDir(dataDir);
  });

  const rows = () => t.database.db.selectFrom('files').select(['id', 'name', 'deleted_at']).execute();

  /** A refused upload: the status and code, and nothing kept (no new row, no bytes on disk). */
  async function expectRefused(res: Awaited<ReturnType<typeof upload>>, status: number, code: string, before: { rows: unknown[]; stored: string[] }) {
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(await rows()).toEqual(before.rows);
    expect(await storedFiles(dataDir)).toEqual(before.stored);
  }
  const state = async () => ({ rows: await rows(), stored: await storedFiles(dataDir) });

  it('uploads, lists and downloads the same bytes, typed by sniffing, not by the client', async () => {
    const res = await upload(t, partnershipId, mentee.as, { file: { name: 'Lebenslauf Müller.png', bytes: PNG, type: 'application/x-msdownload' } });
    expect(res.statusCode, res.body).toBe(201);
    const file = res.json().file;
    expect(file).toMatchObject({
      partnershipId,
      name: 'Lebenslauf Müller.png',
      contentType: 'image/png',
      size: PNG.length,
      uploadedBy: 'mentee',
      mine: true,
      attachment: false,
      messageId: null,
      sharedWithProgram: false,
      createdAt: t.clock.now().toISOString(),
      url: `/api/v1/files/${file.id}`,
    });
    expect(await storedFiles(dataDir)).toContain(`${partnershipId}/${file.id}`);

    const list = await call('GET', `/partnerships/${partnershipId}/files`, mentor.as);
    expect(list.statusCode).toBe(200);
    expect(list.json().files).toEqual([{ ...file, mine: false }]);

    const down = await t.app.inject({ method: 'GET', url: file.url, headers: mentor.as.headers });
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(PNG)).toBe(true);
    expect(down.headers['content-type']).toBe('image/png');
    expect(down.headers['content-length']).toBe(String(PNG.length));
    expect(down.headers['content-disposition']).toBe(`attachment; filename="Lebenslauf M_ller.png"; filename*=UTF-8''Lebenslauf%20M%C3%BCller.png`);
    expect(down.headers['x-content-type-options']).toBe('nosniff');
    expect(down.headers['cache-control']).toBe('private, no-store');
  });

  it('keeps the sniffed type when the name says otherwise, and fixes the extension', async () => {
    const res = await upload(t, partnershipId, mentor.as, { file: { name: 'notes.txt', bytes: PDF, type: 'text/plain' } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().file).toMatchObject({ name: 'notes.txt.pdf', contentType: 'application/pdf', uploadedBy: 'mentor' });
    const docx = await upload(t, partnershipId, mentor.as, { file: { name: 'plan.docx', bytes: DOCX, type: 'application/zip' } });
    expect(docx.json().file.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('accepts UTF-8 text by its name and serves it as UTF-8', async () => {
    const md = Buffer.from('# Plan\n\n- Étape 1: 目标\n');
    const res = await upload(t, partnershipId, mentee.as, { file: { name: 'plan.md', bytes: md } });
    expect(res.statusCode, res.body).toBe(201);
    const down = await t.app.inject({ method: 'GET', url: res.json().file.url, headers: mentee.as.headers });
    expect(down.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(down.rawPayload.equals(md)).toBe(true);
  });

  it('refuses executables, markup and non-text "text" with 415 naming the type, keeping nothing', async () => {
    const before = await state();
    const elf = await upload(t, partnershipId, mentee.as, { file: { name: 'report.pdf', bytes: ELF, type: 'application/pdf' } });
    await expectRefused(elf, 415, 'unsupported_media_type', before);
    expect(elf.json().error.message).toContain('application/x-elf');
    expect(elf.json().error.fields[0].path).toBe('file');

    const html = await upload(t, partnershipId, mentee.as, { file: { name: 'page.html', bytes: HTML, type: 'text/html' } });
    await expectRefused(html, 415, 'unsupported_media_type', before);
    expect(html.json().error.message).toContain('text/html');
    await expectRefused(await upload(t, partnershipId, mentee.as, { file: { name: 'page.txt', bytes: HTML } }), 415, 'unsupported_media_type', before);

    // Refused only once past the sample: bytes were already streaming to storage, and are removed.
    const binary = Buffer.concat([Buffer.alloc(150 * 1024, 'a'), Buffer.from([0xff, 0xfe])]);
    const csv = await upload(t, partnershipId, mentee.as, { file: { name: 'data.csv', bytes: binary, type: 'text/csv' } });
    await expectRefused(csv, 415, 'unsupported_media_type', before);
    expect(csv.json().error.message).toContain('not UTF-8 text');

    const unknown = await upload(t, partnershipId, mentee.as, { file: { name: 'thing.bin', bytes: Buffer.from('just words') } });
    await expectRefused(unknown, 415, 'unsupported_media_type', before);
    expect(unknown.json().error.message).toContain('an unrecognised type');
  });

  it('refuses a file over the limit with 413 and keeps nothing; exactly the limit is fine', async () => {
    const before = await state();
    const over = await upload(t, partnershipId, mentee.as, { file: { name: 'big.txt', bytes: Buffer.alloc(200 * 1024 + 1, 'x') } });
    await expectRefused(over, 413, 'payload_too_large', before);
    expect(over.json().error.message).toBe('The file is larger than 200 KB, the most that can be shared here.');
    const pdf = await upload(t, partnershipId, mentee.as, { file: { name: 'big.pdf', bytes: Buffer.concat([PDF, Buffer.alloc(300 * 1024)]) } });
    await expectRefused(pdf, 413, 'payload_too_large', before);
    const exact = await upload(t, partnershipId, mentee.as, { file: { name: 'exact.txt', bytes: Buffer.alloc(200 * 1024, 'x') } });
    expect(exact.statusCode, exact.body).toBe(201);
    await call('DELETE', `/files/${exact.json().file.id}`, mentee.as);
  });

  it('answers a real HTTP client streaming an oversized body with 413, keeping nothing', async () => {
    const before = await state();
    const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const form = new FormData();
    form.append('file', new Blob([Buffer.alloc(2 * 1024 * 1024, 'x')]), 'huge.txt');
    const res = await fetch(`${url}/api/v1/partnerships/${partnershipId}/files`, { method: 'POST', headers: mentee.as.headers, body: form });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
    expect(await state()).toEqual(before);
  });

  it('stores names safely: no paths, no control characters; storage keys never come from names', async () => {
    const names = {
      '../../etc/passwd.txt': 'passwd.txt',
      '..\\..\\Windows\\win.ini.txt': 'win.ini.txt',
      'photo\u202Egnp.exe.txt': 'photognp.exe.txt',
      '.htaccess.txt': 'htaccess.txt',
    };
    for (const [raw, safe] of Object.entries(names)) {
      const res = await upload(t, partnershipId, mentee.as, { file: { name: raw, bytes: Buffer.from('hello') } });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().file.name).toBe(safe);
    }
    for (const f of await storedFiles(dataDir)) expect(f).toMatch(new RegExp(`^${partnershipId}/[0-9a-f-]{36}$`));
  });

  it('answers bad forms with a clear 4xx and keeps nothing', async () => {
    const before = await state();
    const json = await call('POST', `/partnerships/${partnershipId}/files`, mentee.as, { file: 'x' });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.code).toBe('unsupported_media_type');
    const none = await upload(t, partnershipId, mentee.as, { fields: { messageAttachment: 'true' } });
    await expectRefused(none, 400, 'validation_failed', before);
    expect(none.json().error.fields).toEqual([{ path: 'file', message: 'Choose a file to upload (the form field "file").' }]);
    const empty = await upload(t, partnershipId, mentee.as, { file: { name: 'empty.txt', bytes: Buffer.alloc(0) } });
    await expectRefused(empty, 400, 'validation_failed', before);
    const two = await upload(t, partnershipId, mentee.as, { files: [{ name: 'a.pdf', bytes: PDF }, { name: 'b.pdf', bytes: PDF }] });
    await expectRefused(two, 400, 'validation_failed', before);
    expect(two.json().error.fields[0].path).toBe('file');
    const extra = await upload(t, partnershipId, mentee.as, { fields: { note: 'hi' }, file: { name: 'a.pdf', bytes: PDF } });
    await expectRefused(extra, 400, 'validation_failed', before);
    expect(extra.json().error.fields[0].path).toBe('note');
    const badFlag = await upload(t, partnershipId, mentee.as, { fields: { messageAttachment: 'maybe' }, file: { name: 'a.pdf', bytes: PDF } });
    await expectRefused(badFlag, 400, 'validation_failed', before);
    const cut = await t.app.inject({
      method: 'POST',
      url: `/api/v1/partnerships/${partnershipId}/files`,
      headers: { ...mentee.as.headers, 'content-type': 'multipart/form-data; boundary=XYZ' },
      payload: `--XYZ\r\nContent-Disposition: form-data; name="file"; filename="cut.txt"\r\nContent-Type: text/plain\r\n\r\nthe upload stops here`,
    });
    await expectRefused(cut, 400, 'validation_failed', before);
    expect(cut.json().error.message).toContain('cut short');
  });

  it('lets only the uploader delete (the partner gets 403, a stranger 404), bytes and all', async () => {
    const up = await upload(t, partnershipId, mentee.as, { file: { name: 'bye.pdf', bytes: PDF } });
    const { id } = up.json().file;
    expect((await call('DELETE', `/files/${id}`, mentor.as)).statusCode).toBe(403);
    expect((await call('DELETE', `/files/${id}`, admin)).statusCode).toBe(404);
    expect(await storedFiles(dataDir)).toContain(`${partnershipId}/${id}`);
    expect((await call('DELETE', `/files/${id}`, mentee.as)).statusCode).toBe(204);
    expect(await storedFiles(dataDir)).not.toContain(`${partnershipId}/${id}`);
    expect((await call('GET', `/files/${id}`, mentee.as)).statusCode).toBe(404);
    expect((await call('DELETE', `/files/${id}`, mentee.as)).statusCode).toBe(404);
    const list = await call('GET', `/partnerships/${partnershipId}/files`, mentee.as);
    expect(list.json().files.map((f: { id: string }) => f.id)).not.toContain(id);
  });

  it('lets the program admin read a file only while its uploader shares it', async () => {
    const { id } = (await upload(t, partnershipId, mentee.as, { file: { name: 'progress.pdf', bytes: PDF } })).json().file;
    expect((await call('GET', `/files/${id}`, admin)).statusCode).toBe(404);
    expect((await call('GET', `/programs/${programId}/files`, admin)).json().files).toEqual([]);
    expect((await call('PATCH', `/files/${id}`, mentor.as, { sharedWithProgram: true })).statusCode).toBe(403);

    const shared = await call('PATCH', `/files/${id}`, mentee.as, { sharedWithProgram: true });
    expect(shared.statusCode).toBe(200);
    expect(shared.json().file.sharedWithProgram).toBe(true);
    const read = await t.app.inject({ method: 'GET', url: `/api/v1/files/${id}`, headers: admin.headers });
    expect(read.statusCode).toBe(200);
    expect(read.rawPayload.equals(PDF)).toBe(true);
    const listed = await call('GET', `/programs/${programId}/files`, admin);
    expect(listed.json().files).toMatchObject([{ id, sharedWithProgram: true, mine: false, uploadedBy: 'mentee' }]);
    // Reading is all: the admin changes nothing, and the pair's own list stays theirs.
    expect((await call('PATCH', `/files/${id}`, admin, { sharedWithProgram: false })).statusCode).toBe(403);
    expect((await call('DELETE', `/files/${id}`, admin)).statusCode).toBe(403);
    expect((await call('GET', `/partnerships/${partnershipId}/files`, admin)).statusCode).toBe(404);
    expect((await call('GET', `/programs/${programId}/files`, mentee.as)).statusCode).toBe(403);

    expect((await call('PATCH', `/files/${id}`, mentee.as, { sharedWithProgram: false })).statusCode).toBe(200);
    expect((await call('GET', `/files/${id}`, admin)).statusCode).toBe(404);
  });

  it('keeps files of an ended partnership readable, and takes no new ones', async () => {
    const program = await createProgram(t.ctx, { name: 'Ended' });
    const a = await person(t, program, 'mentee');
    const b = await person(t, program, 'mentor', { profile: { mentor: mentorBlock(1) } });
    const p = await createPartnership(t.ctx, { program, mentee: a, mentor: b });
    const { id } = (await upload(t, p.id, a.as, { file: { name: 'kept.pdf', bytes: PDF } })).json().file;
    await t.database.db.updateTable('partnerships').set({ status: 'completed' }).where('id', '=', p.id).execute();
    const before = await state();
    const late = await upload(t, p.id, b.as, { file: { name: 'late.pdf', bytes: PDF } });
    await expectRefused(late, 409, 'partnership_closed', before);
    expect((await call('GET', `/files/${id}`, b.as)).statusCode).toBe(200);
  });
});
