import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { fileStorageFor, LocalDiskStorage, StoredFileMissing, StoredFileTooLarge } from './storage';
import { removeDir, storedFiles, tempDataDir } from './test-helpers';

describe('LocalDiskStorage', () => {
  let dataDir: string;
  let storage: LocalDiskStorage;
  beforeEach(async () => {
    dataDir = await tempDataDir();
    storage = new LocalDiskStorage(path.join(dataDir, 'files'));
  });
  afterEach(() => removeDir(dataDir));

  const chunks = (n: number, size = 1000) => Readable.from(Array.from({ length: n }, (_, i) => Buffer.alloc(size, i)));

  it('stores, reads back and deletes', async () => {
    expect(await storage.put('pair/one', chunks(5), { maxBytes: 5000 })).toEqual({ size: 5000 });
    expect(await storedFiles(dataDir)).toEqual([path.join('pair', 'one')]);
    const bytes = await buffer(await storage.get('pair/one'));
    expect(bytes.length).toBe(5000);
    expect(bytes[4999]).toBe(4);
    await storage.delete('pair/one');
    await storage.delete('pair/one');
    expect(await storedFiles(dataDir)).toEqual([]);
  });

  it('refuses more than maxBytes while streaming and leaves nothing', async () => {
    await expect(storage.put('pair/big', chunks(6), { maxBytes: 5000 })).rejects.toBeInstanceOf(StoredFileTooLarge);
    expect(await storedFiles(dataDir)).toEqual([]);
  });

  it('removes the partial file when the source fails midway', async () => {
    async function* failing() {
      yield Buffer.alloc(1000);
      throw new Error('connection lost');
    }
    await expect(storage.put('pair/cut', Readable.from(failing()))).rejects.toThrow('connection lost');
    expect(await storedFiles(dataDir)).toEqual([]);
  });

  it('says when there is nothing to read', async () => {
    await expect(storage.get('pair/none')).rejects.toBeInstanceOf(StoredFileMissing);
  });

  it('accepts only app-made keys, never a path out of its root', async () => {
    for (const key of ['../escape', 'pair/../../x', '/abs', 'a//b', 'pair/x.txt', '']) {
      await expect(storage.put(key, chunks(1)), key).rejects.toThrow('Invalid storage key');
    }
    expect(await storedFiles(dataDir)).toEqual([]);
  });

  it('is chosen by FILE_STORAGE, under DATA_DIR/files', () => {
    const s = fileStorageFor({ dataDir, fileStorage: 'local' });
    expect(s).toBeInstanceOf(LocalDiskStorage);
    expect((s as LocalDiskStorage).root).toBe(path.join(dataDir, 'files'));
    expect(fileStorageFor({ dataDir, fileStorage: 'local' })).toBe(s);
  });
});

describe('file settings', () => {
  it('reads FILE_MAX_MB (default 25) as bytes and FILE_STORAGE (only local is built in)', () => {
    expect(loadConfig({}).fileMaxBytes).toBe(25 * 1024 * 1024);
    expect(loadConfig({ FILE_MAX_MB: '0.5' }).fileMaxBytes).toBe(512 * 1024);
    expect(loadConfig({}).fileStorage).toBe('local');
    expect(() => loadConfig({ FILE_STORAGE: 's3' })).toThrow(/FILE_STORAGE: Only "local" is built in/);
    expect(() => loadConfig({ FILE_MAX_MB: '0' })).toThrow(/FILE_MAX_MB/);
  });
});
