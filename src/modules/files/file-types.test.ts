import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { classify, contentDisposition, safeFileName, takeSample, utf8TextOnly } from './file-types';
import { DOCX, ELF, HTML, PDF, PNG, zip } from './test-helpers';

describe('classify', () => {
  it('believes the bytes, not the name', async () => {
    expect(await classify(PNG, 'photo.png')).toEqual({ ok: true, mime: 'image/png', text: false });
    expect(await classify(PDF, 'notes.txt')).toEqual({ ok: true, mime: 'application/pdf', text: false });
    expect(await classify(DOCX, 'plan.zip')).toEqual({
      ok: true,
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      text: false,
    });
  });

  it('refuses executables and markup, naming what they are', async () => {
    expect(await classify(ELF, 'tool.pdf')).toEqual({ ok: false, detected: 'application/x-elf' });
    expect(await classify(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), 'setup.txt')).toMatchObject({ ok: false });
    expect(await classify(HTML, 'page.html')).toEqual({ ok: false, detected: 'text/html' });
    // Renamed to look like text, markup is still markup.
    expect(await classify(HTML, 'notes.txt')).toEqual({ ok: false, detected: 'text/html' });
    expect(await classify(Buffer.from('\uFEFF  <svg onload="alert(1)"/>'), 'logo.md')).toEqual({ ok: false, detected: 'image/svg+xml' });
    expect(await classify(Buffer.from('plain words'), 'notes.exe')).toEqual({ ok: false, detected: 'application/octet-stream' });
  });

  it('takes text by its name (UTF-8 is checked while streaming)', async () => {
    expect(await classify(Buffer.from('# Plan\n'), 'plan.MD')).toEqual({ ok: true, mime: 'text/markdown', text: true });
    expect(await classify(Buffer.from('a,b\n1,2\n'), 'data.csv')).toEqual({ ok: true, mime: 'text/csv', text: true });
  });

  it('names a zip container by its Office extension when the sample shows only "zip"', async () => {
    const late = zip({ 'word/document.xml': '<w:document/>', 'docProps/app.xml': '<x/>' });
    expect(await classify(late, 'cv.docx')).toMatchObject({ ok: true, mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    expect(await classify(late, 'archive.zip')).toEqual({ ok: true, mime: 'application/zip', text: false });
  });
});

describe('takeSample', () => {
  it('gathers small chunks into one sample and replays every byte', async () => {
    const bytes = Buffer.concat([DOCX, Buffer.alloc(300_000, 7)]);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 100) }, (_, i) => bytes.subarray(i * 100, (i + 1) * 100));
    const { head, body } = await takeSample(Readable.from(chunks), 4096);
    // The sample ends at the chunk that reaches the size asked for.
    expect(head.length).toBeGreaterThanOrEqual(4096);
    expect(head.length).toBeLessThan(4096 + 100);
    expect((await classify(head, 'x.docx')).ok).toBe(true);
    const all: Buffer[] = [];
    for await (const c of body) all.push(c as Buffer);
    expect(Buffer.concat(all).equals(bytes)).toBe(true);
  });

  it('stops the source when the body is dropped unread', async () => {
    const source = Readable.from([Buffer.alloc(10), Buffer.alloc(10), Buffer.alloc(10)]);
    const { body } = await takeSample(source, 10);
    body.destroy();
    await new Promise((r) => setImmediate(r));
    expect(source.destroyed).toBe(true);
  });

  it('handles a stream shorter than the sample', async () => {
    const { head, body } = await takeSample(Readable.from([Buffer.from('hi')]));
    expect(head.toString()).toBe('hi');
    expect(await text(body)).toBe('hi');
  });
});

describe('utf8TextOnly', () => {
  const run = (chunks: Buffer[]) => text(Readable.from(chunks).pipe(utf8TextOnly()));

  it('passes UTF-8 split across chunks', async () => {
    const euro = Buffer.from('€ and ü');
    expect(await run([euro.subarray(0, 1), euro.subarray(1, 2), euro.subarray(2)])).toBe('€ and ü');
  });

  it('fails on invalid UTF-8, a NUL byte, or a truncated sequence', async () => {
    await expect(run([Buffer.from([0x61, 0xff, 0x62])])).rejects.toThrow('Not UTF-8 text.');
    await expect(run([Buffer.from('a\0b')])).rejects.toThrow('Not UTF-8 text.');
    await expect(run([Buffer.from('€').subarray(0, 2)])).rejects.toThrow('Not UTF-8 text.');
  });
});

describe('safeFileName', () => {
  it('keeps only the last path segment, without dots in front', () => {
    expect(safeFileName('../../etc/passwd.txt', 'text/plain')).toBe('passwd.txt');
    expect(safeFileName('..\\..\\Windows\\win.ini.txt', 'text/plain')).toBe('win.ini.txt');
    expect(safeFileName('...hidden.md', 'text/markdown')).toBe('hidden.md');
    expect(safeFileName('..', 'application/pdf')).toBe('file.pdf');
  });

  it('removes control and direction-changing characters and reserved punctuation', () => {
    expect(safeFileName('photo\u202Egnp.exe', 'image/png')).toBe('photognp.exe.png');
    expect(safeFileName('a\u0000b\nc.pdf', 'application/pdf')).toBe('abc.pdf');
    expect(safeFileName('what? "now" <ok>.pdf', 'application/pdf')).toBe('what_ _now_ _ok_.pdf');
  });

  it('gives the extension of the sniffed type, keeping a fitting one', () => {
    expect(safeFileName('scan.JPEG', 'image/jpeg')).toBe('scan.JPEG');
    expect(safeFileName('notes.txt', 'application/pdf')).toBe('notes.txt.pdf');
    expect(safeFileName('Lebenslauf Müller', 'application/pdf')).toBe('Lebenslauf Müller.pdf');
  });

  it('shortens long names and keeps the extension', () => {
    const name = safeFileName(`${'ü'.repeat(400)}.pdf`, 'application/pdf');
    expect([...name].length).toBe(150);
    expect(name.endsWith('ü.pdf')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('is an attachment with an ASCII fallback and the exact name (RFC 5987)', () => {
    expect(contentDisposition('Lebenslauf Müller (v2).pdf')).toBe(
      `attachment; filename="Lebenslauf M_ller (v2).pdf"; filename*=UTF-8''Lebenslauf%20M%C3%BCller%20%28v2%29.pdf`,
    );
    expect(contentDisposition('a"b\\c%.txt')).toBe(`attachment; filename="a_b_c_.txt"; filename*=UTF-8''a%22b%5Cc%25.txt`);
  });
});
