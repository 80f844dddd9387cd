import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Config } from '../../server/config';

/**
 * Where file bytes live. Keys are made by the app (`<partnershipId>/<fileId>`, never from a
 * user's file name). An S3-compatible adapter implements the same three methods: `put` as a
 * streamed multipart upload (abort it on error, so nothing remains), `get` as GetObject
 * (NoSuchKey → StoredFileMissing), `delete` as DeleteObject. Choose it in `fileStorageFor`.
 */
export interface FileStorage {
  /**
   * Streams `body` to `key`. Rejects, leaving nothing behind, when the stream fails or more than
   * `maxBytes` arrive (StoredFileTooLarge); the key appears only once every byte is written.
   */
  put(key: string, body: Readable, o?: { maxBytes?: number }): Promise<{ size: number }>;
  /** The stored bytes; rejects with StoredFileMissing when there are none. */
  get(key: string): Promise<Readable>;
  /** Removes the bytes; removing what is not there is not an error. */
  delete(key: string): Promise<void>;
}

export class StoredFileTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`More than ${maxBytes} bytes.`);
    this.name = 'StoredFileTooLarge';
  }
}

export class StoredFileMissing extends Error {
  constructor(key: string) {
    super(`No stored file ${key}.`);
    this.name = 'StoredFileMissing';
  }
}

const KEY = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/;

/** Counts bytes as they pass and fails the stream as soon as there are too many. */
function byteLimit(maxBytes: number, counted: { size: number }): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      counted.size += chunk.length;
      if (counted.size > maxBytes) done(new StoredFileTooLarge(maxBytes));
      else done(null, chunk);
    },
  });
}

/** Files on the local disk under one root (DATA_DIR/files by default). */
export class LocalDiskStorage implements FileStorage {
  constructor(readonly root: string) {}

  private pathOf(key: string): string {
    // Keys are app-made, but a bad one must never reach outside the root.
    if (!KEY.test(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
    return path.join(this.root, ...key.split('/'));
  }

  async put(key: string, body: Readable, o: { maxBytes?: number } = {}): Promise<{ size: number }> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    // Written beside the target and renamed once complete, so a reader never sees half a file.
    const temp = `${target}.${randomBytes(6).toString('hex')}.part`;
    const counted = { size: 0 };
    const out = createWriteStream(temp, { flags: 'wx' });
    try {
      await pipeline(body, byteLimit(o.maxBytes ?? Number.POSITIVE_INFINITY, counted), out);
      await rename(temp, target);
    } catch (err) {
      // The file may still be opening when the pipeline fails: wait for the stream to close, or
      // the open would land after the removal and leave a .part file behind.
      if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()));
      await rm(temp, { force: true });
      throw err;
    }
    return { size: counted.size };
  }

  async get(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    try {
      // Opened first, so a missing file is a rejection here rather than an error mid-response.
      const handle = await open(file, 'r');
      return handle.createReadStream();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredFileMissing(key);
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

const byRoot = new Map<string, FileStorage>();

/** The storage FILE_STORAGE names (only `local` is built in), one per root. */
export function fileStorageFor(config: Pick<Config, 'dataDir' | 'fileStorage'>): FileStorage {
  const root = path.join(config.dataDir, 'files');
  let storage = byRoot.get(root);
  if (!storage) {
    switch (config.fileStorage) {
      case 'local':
        storage = new LocalDiskStorage(root);
        break;
    }
    byRoot.set(root, storage);
  }
  return storage;
}
