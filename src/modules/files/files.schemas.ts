import { z } from 'zod';
import { pairSideSchema } from '../partnerships/pair-work';

export const partnershipParams = z.object({ partnershipId: z.string().uuid() });
export const fileParams = z.object({ fileId: z.string().uuid() });

export const fileSchema = z.object({
  id: z.string(),
  partnershipId: z.string(),
  name: z.string().describe('The uploader’s file name, made safe; the extension fits the type'),
  contentType: z.string().describe('Sniffed from the bytes when uploaded'),
  size: z.number().int().describe('Bytes'),
  uploadedBy: pairSideSchema.describe('Which side of the pair uploaded it'),
  mine: z.boolean().describe('The viewer uploaded it (and so may share or delete it)'),
  attachment: z.boolean().describe('Uploaded to go with a message'),
  messageId: z.string().nullable().describe('The message it is attached to, if any'),
  sharedWithProgram: z.boolean().describe('The program’s admins may read it'),
  createdAt: z.string(),
  url: z.string().describe('Download path'),
});
export type FileView = z.infer<typeof fileSchema>;

export const fileResponse = z.object({ file: fileSchema });
export const filesResponse = z.object({ files: z.array(fileSchema) });

export const updateFileBody = z.object({
  sharedWithProgram: z.boolean().describe('Let the program’s admins read this file (true) or no longer (false)'),
});
export type UpdateFileInput = z.infer<typeof updateFileBody>;

/** A file as a message shows it (for the conversations module's responses). */
export const attachmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  uploadedBy: pairSideSchema,
  url: z.string().describe('Download path'),
});
export type AttachmentView = z.infer<typeof attachmentSchema>;
