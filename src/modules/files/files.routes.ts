import type { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { requireActor } from '../../server/plugins/authentication';
import { noContent, programParams } from '../programs/programs.schemas';
import { contentDisposition } from './file-types';
import * as s from './files.schemas';
import * as files from './files.service';
import { tooLarge, uploadFile, type UploadPart } from './upload.service';

const tags = ['files'];

/** The form's parts as the upload service reads them; malformed multipart becomes a 4xx that says so. */
async function* formParts(req: FastifyRequest, maxBytes: number, current: { file?: Readable }): AsyncGenerator<UploadPart> {
  if (!req.isMultipart()) {
    throw new AppError('unsupported_media_type', 'Send the file as multipart/form-data, in a form field named "file".');
  }
  try {
    // One byte over the limit reaches the service, which refuses it with a clear message.
    const parts = req.parts({ limits: { fileSize: maxBytes + 1, files: 1, fields: 4, parts: 5, fieldSize: 1024, headerPairs: 50 } });
    for await (const part of parts) {
      if (part.type === 'field') yield { kind: 'field', field: part.fieldname, value: String(part.value) };
      else {
        current.file = part.file;
        yield { kind: 'file', field: part.fieldname, name: part.filename, stream: part.file };
      }
    }
  } catch (err) {
    throw formError(err, maxBytes);
  }
}

function formError(err: unknown, maxBytes: number): unknown {
  if (err instanceof AppError) return err;
  const code = (err as { code?: unknown }).code;
  if (code === 'FST_FILES_LIMIT') return AppError.field('validation_failed', 'file', 'Send one file per upload.');
  if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return AppError.field('validation_failed', '(body)', 'Too many form fields: send "file" and, if it goes with a message, "messageAttachment".');
  }
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge(maxBytes);
  return new AppError('validation_failed', 'The upload is not valid multipart/form-data, or it was cut short. Try again.');
}

/** Upload, list, download, share and delete the pair's files. */
export function filesRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    // Scoped to these routes: nowhere else accepts multipart bodies.
    await app.register(multipart);

    app.post('/partnerships/:partnershipId/files', {
      schema: {
        tags,
        summary: 'Upload one file for the pair (multipart/form-data: "file", and "messageAttachment"=true to attach it to a message next)',
        description:
          `At most FILE_MAX_MB (413 payload_too_large beyond). The type is sniffed from the bytes; PDF, PNG, JPEG, GIF, WebP, ` +
          `docx/xlsx/pptx, odt/ods/odp, zip, and UTF-8 .txt/.md/.csv are accepted, anything else is 415 unsupported_media_type.`,
        consumes: ['multipart/form-data'],
        params: s.partnershipParams,
        response: { 201: s.fileResponse },
      },
    }, async (req, reply) => {
      const current: { file?: Readable } = {};
      try {
        const file = await uploadFile(ctx, requireActor(req), req.params.partnershipId, formParts(req, ctx.config.fileMaxBytes, current));
        return await reply.status(201).send({ file });
      } catch (err) {
        // Refused before the whole body arrived: read the rest, so the client sees the answer.
        req.raw.unpipe();
        req.raw.resume();
        // A file part that broke (malformed or cut-short multipart) is the client's error, not ours.
        throw current.file?.errored && !(err instanceof AppError) ? formError(current.file.errored, ctx.config.fileMaxBytes) : err;
      }
    });

    app.get('/partnerships/:partnershipId/files', {
      schema: {
        tags,
        summary: 'The pair’s shared files, newest first (the pair only); attachments appear once attached to a message',
        params: s.partnershipParams,
        response: { 200: s.filesResponse },
      },
    }, async (req) => ({ files: await files.listSharedFiles(ctx, requireActor(req), req.params.partnershipId) }));

    app.get('/files/:fileId', {
      schema: {
        tags,
        summary: 'Download a file (the pair; the program’s admins only once the pair shares it)',
        description: 'Served as an attachment with its sniffed type, `X-Content-Type-Options: nosniff` and `Cache-Control: private, no-store`.',
        params: s.fileParams,
      },
    }, async (req, reply) => {
      const { file, stream } = await files.openFile(ctx, requireActor(req), req.params.fileId);
      return reply
        .header('content-type', file.contentType.startsWith('text/') ? `${file.contentType}; charset=utf-8` : file.contentType)
        .header('content-length', file.size)
        .header('content-disposition', contentDisposition(file.name))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(stream);
    });

    app.patch('/files/:fileId', {
      schema: {
        tags,
        summary: 'Share a file with the program’s admins, or stop (its uploader only)',
        params: s.fileParams,
        body: s.updateFileBody,
        response: { 200: s.fileResponse },
      },
    }, async (req) => ({ file: await files.updateFile(ctx, requireActor(req), req.params.fileId, req.body) }));

    app.delete('/files/:fileId', {
      schema: { tags, summary: 'Delete a file (its uploader only)', params: s.fileParams, response: { 204: noContent } },
    }, async (req, reply) => {
      await files.deleteFile(ctx, requireActor(req), req.params.fileId);
      return reply.status(204).send(null);
    });

    app.get('/programs/:programId/files', {
      schema: {
        tags,
        summary: 'Files the program’s pairs have shared with its admins (admins only)',
        params: programParams,
        response: { 200: s.filesResponse },
      },
    }, async (req) => ({ files: await files.listProgramFiles(ctx, requireActor(req), req.params.programId) }));
  };
}
