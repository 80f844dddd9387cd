import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { receiveReply } from './inbound.service';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Largest raw email accepted: the biggest file, base64-encoded, plus room for the text. */
export const inboundMaxBytes = (fileMaxBytes: number) => Math.ceil(fileMaxBytes * 1.4) + 1024 * 1024;

/**
 * POST /api/v1/inbound-email: a mail provider's inbound webhook hands over one raw email
 * (message/rfc822 or text/plain), with the shared secret in X-Inbound-Secret. Registered only
 * when INBOUND_EMAIL_SECRET is set (otherwise the path is a 404).
 */
export function inboundRoutes(ctx: ServiceContext) {
  return async (app: FastifyInstance) => {
    const secret = ctx.config.inboundEmailSecret;
    if (!secret) return;
    const api = app.withTypeProvider<ZodTypeProvider>();
    const bodyLimit = inboundMaxBytes(ctx.config.fileMaxBytes);
    // Encapsulated: only this plugin's routes read text/plain as raw bytes.
    api.removeContentTypeParser('text/plain');
    api.addContentTypeParser(['message/rfc822', 'text/plain'], { parseAs: 'buffer', bodyLimit }, (_req, body, done) => done(null, body));

    api.post('/inbound-email', {
      bodyLimit,
      schema: {
        tags: ['messages'],
        summary: 'Post an emailed reply into its conversation (mail provider webhook)',
        description:
          'The raw email (MIME) as the body, Content-Type message/rfc822 or text/plain, and the shared INBOUND_EMAIL_SECRET in X-Inbound-Secret. ' +
          'The reply goes to the conversation of its reply+TOKEN address, as the person the address belongs to, when it comes from their account email. ' +
          '422 explains a refusal (unknown address, another sender, empty reply, ended partnership).',
        response: { 200: z.object({ messageId: z.string() }) },
      },
    }, async (req) => {
      const given = req.headers['x-inbound-secret'];
      if (typeof given !== 'string' || !timingSafeEqual(digest(given), digest(secret))) {
        throw new AppError('unauthenticated', 'Send the shared secret (INBOUND_EMAIL_SECRET) in the X-Inbound-Secret header.');
      }
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
        throw new AppError('unprocessable', 'Send the raw email as the body, with Content-Type message/rfc822 or text/plain.');
      }
      const { messageId } = await receiveReply(ctx, req.body, { log: req.log });
      return { messageId };
    });
  };
}
