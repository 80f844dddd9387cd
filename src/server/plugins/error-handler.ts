import '@fastify/static';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorBody, ErrorCode, FieldError } from '../../shared/errors';
import { AppError } from '../errors';

const codeForStatus: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  410: 'gone',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'rate_limited',
};

function body(code: ErrorCode, message: string, fields?: FieldError[]): ErrorBody {
  return { error: fields?.length ? { code, message, fields } : { code, message } };
}

/** Turns `/cycles/0/closesOn` into `cycles.0.closesOn`. */
function pathOf(instancePath: string, context: string | undefined): string {
  const p = instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
  return p || (context === 'body' ? '(body)' : (context ?? '(request)'));
}

/** The one place where errors become HTTP: 4xx name the field and reason, 5xx say nothing internal. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError, request, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send(body(err.code, err.message, err.fields));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = err.validation.map((v) => ({
        path: pathOf(v.instancePath, err.validationContext),
        message: v.message ?? 'Invalid value.',
      }));
      const first = fields[0];
      const message = first ? `${first.path}: ${first.message}` : 'The request is not valid.';
      return reply.status(400).send(body('validation_failed', message, fields));
    }
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (status >= 400 && status < 500) {
      const code = codeForStatus[status] ?? 'validation_failed';
      // Fastify's own 4xx messages (bad JSON, wrong content type, too large) are safe to show.
      return reply.status(status).send(body(code, err.message || 'Bad request.'));
    }
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send(body('internal', 'Something went wrong on our side. Please try again.'));
  });

  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.startsWith('/calendar/');
    // Client-side routes: the web app (when built and served) takes every other page path.
    if (isPage && typeof reply.sendFile === 'function') return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply.status(404).send(body('not_found', `No route for ${request.method} ${request.url.split('?')[0]}.`));
  });
}
