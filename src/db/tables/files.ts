/** Files the pair shares. Column conventions: ../schema.ts. */
import type { Generated } from 'kysely';
import type { PairSide } from './meetings';

/** A file the pair shares or attaches to a message; the bytes are in file storage under storage_key. */
export interface FilesTable {
  id: string;
  partnership_id: string;
  uploader_user_id: string;
  uploader_side: PairSide;
  /** The uploader's file name, made safe (no path, no control characters, an extension that fits the type). */
  name: string;
  /** Sniffed from the bytes, never the client's word. */
  content_type: string;
  size: number;
  storage_key: string;
  /** 1: uploaded to go with a message, so not listed among shared files until attached. */
  attachment: Generated<number>;
  message_id: string | null;
  /** 1: the pair lets the program's admins read it. */
  shared_with_program: Generated<number>;
  created_at: string;
  deleted_at: string | null;
}
