import type { PairSide } from '../../db/schema';
import type { AttachmentView, FileView } from './files.schemas';
import type { FileRow } from './files.repository';

export const downloadPath = (fileId: string) => `/api/v1/files/${fileId}`;

export function presentFile(f: FileRow, viewerUserId: string): FileView {
  return {
    id: f.id,
    partnershipId: f.partnership_id,
    name: f.name,
    contentType: f.content_type,
    size: Number(f.size),
    uploadedBy: f.uploader_side,
    mine: f.uploader_user_id === viewerUserId,
    attachment: Number(f.attachment) === 1,
    messageId: f.message_id,
    sharedWithProgram: Number(f.shared_with_program) === 1,
    createdAt: f.created_at,
    url: downloadPath(f.id),
  };
}

export function presentAttachment(f: { id: string; name: string; content_type: string; size: number; uploader_side: PairSide }): AttachmentView {
  return { id: f.id, name: f.name, contentType: f.content_type, size: Number(f.size), uploadedBy: f.uploader_side, url: downloadPath(f.id) };
}

/** A byte count in words: "25 MB", "500 KB", "900 bytes". */
export function humanSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}
