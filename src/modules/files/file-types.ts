import { Readable, Transform } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';

// What the pair may share, decided from the bytes (file-type's magic numbers), never from the
// client's Content-Type. Nothing a browser would run: no HTML, SVG, XML, scripts or executables.

/** Allowed types and the file-name extensions that fit them (the first is added when none fits). */
export const ALLOWED_TYPES: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
  'application/zip': ['zip'],
  'text/plain': ['txt'],
  'text/markdown': ['md'],
  'text/csv': ['csv'],
};

/** Text has no magic number: it is accepted by name, when every byte is UTF-8 and none is NUL. */
const TEXT_BY_EXTENSION: Record<string, string> = { txt: 'text/plain', md: 'text/markdown', csv: 'text/csv' };

/** Office and OpenDocument files are zip archives; file-type may see only "zip" when the part naming them comes late. */
const ZIP_DOCUMENTS = new Set(['docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp']);

/** Bytes read before deciding; enough for file-type to look inside an Office document's first zip entries. */
export const SAMPLE_BYTES = 128 * 1024;

export type Verdict = { ok: true; mime: string; text: boolean } | { ok: false; detected: string };

const extensionOf = (name: string): string => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

function typeByExtension(ext: string): string | undefined {
  return Object.entries(ALLOWED_TYPES).find(([, exts]) => exts.includes(ext))?.[0];
}

/** Markup a browser would render or run, when the bytes have no magic number. */
function markupIn(head: Uint8Array): string | undefined {
  const start = new TextDecoder().decode(head.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (/^<(!doctype\s+html|html|head|body|script|iframe|meta)\b/.test(start)) return 'text/html';
  if (/^<svg\b/.test(start)) return 'image/svg+xml';
  if (/^<\?xml\b/.test(start)) return 'application/xml';
  return undefined;
}

/** Decides from the first bytes (and, for text and zip containers, the name) what a file is and whether it may be kept. */
export async function classify(head: Uint8Array, name: string): Promise<Verdict> {
  const ext = extensionOf(name);
  const found = await fileTypeFromBuffer(head);
  if (found) {
    if (found.mime === 'application/zip' && ZIP_DOCUMENTS.has(ext)) return { ok: true, mime: typeByExtension(ext)!, text: false };
    return ALLOWED_TYPES[found.mime] ? { ok: true, mime: found.mime, text: false } : { ok: false, detected: found.mime };
  }
  const markup = markupIn(head);
  if (markup) return { ok: false, detected: markup };
  const text = TEXT_BY_EXTENSION[ext];
  return text ? { ok: true, mime: text, text: true } : { ok: false, detected: 'application/octet-stream' };
}

export class NotUtf8Text extends Error {
  constructor() {
    super('Not UTF-8 text.');
    this.name = 'NotUtf8Text';
  }
}

/** Passes bytes through while they are UTF-8 text without NUL; fails the stream at the first that is not. */
export function utf8TextOnly(): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const check = (fn: () => void): Error | null => {
    try {
      fn();
      return null;
    } catch {
      return new NotUtf8Text();
    }
  };
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      const err = chunk.includes(0) ? new NotUtf8Text() : check(() => decoder.decode(chunk, { stream: true }));
      done(err, err ? undefined : chunk);
    },
    flush(done) {
      done(check(() => decoder.decode()));
    },
  });
}

/**
 * Reads up to `sampleBytes` from `source` to decide on; `body` then yields every byte, the
 * sample included. Destroying `body` destroys `source`.
 */
export async function takeSample(source: Readable, sampleBytes = SAMPLE_BYTES): Promise<{ head: Buffer; body: Readable }> {
  const it = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const chunks: Buffer[] = [];
  let size = 0;
  let ended = false;
  while (size < sampleBytes) {
    const r = await it.next();
    if (r.done) {
      ended = true;
      break;
    }
    chunks.push(r.value);
    size += r.value.length;
  }
  const head = Buffer.concat(chunks);
  async function* replay() {
    try {
      if (head.length > 0) yield head;
      if (ended) return;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    } finally {
      await it.return?.();
    }
  }
  const body = Readable.from(replay(), { objectMode: false });
  // Dropped unread (a refused file): stop the source too, so the upload is not left half-parsed.
  body.once('close', () => {
    if (!source.readableEnded) source.destroy();
  });
  return { head, body };
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_AND_BIDI = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const RESERVED = /[<>:"|?*]/g;
const MAX_NAME = 150;

/**
 * The uploader's file name made safe to store and offer back: the last path segment only, no
 * control or direction-changing characters (no "invoice‮fdp.exe"), no leading dots, at most 150
 * characters, and ending with an extension that fits the sniffed type.
 */
export function safeFileName(raw: string, mime: string): string {
  const exts = ALLOWED_TYPES[mime] ?? [];
  let name = (raw.normalize('NFC').split(/[/\\]/).pop() ?? '')
    .replace(CONTROL_AND_BIDI, '')
    .replace(RESERVED, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (exts.length > 0 && !exts.includes(extensionOf(name))) name = `${name || 'file'}.${exts[0]}`;
  if (!name) name = 'file';
  const chars = [...name];
  if (chars.length > MAX_NAME) {
    const ext = extensionOf(name);
    const tail = ext ? `.${ext}` : '';
    name = chars.slice(0, MAX_NAME - [...tail].length).join('').trimEnd() + tail;
  }
  return name;
}

/** `attachment` with an ASCII fallback name and the exact one as RFC 5987 `filename*`. */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  const exact = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${exact}`;
}
