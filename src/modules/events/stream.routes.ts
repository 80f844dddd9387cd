import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceContext } from '../../server/context';
import { requireActor } from '../../server/plugins/authentication';
import type { OpenStream } from './events';

/** A client that lets this much pile up unread is dropped; it reconnects and replays from its last id. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

const streamQuery = z.object({
  lastEventId: z.string().max(64).optional().describe('Resume after this event id (for clients that cannot send the Last-Event-ID header)'),
});

/** GET /stream: the signed-in person's events as Server-Sent Events. */
export function streamRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    const open = new Set<OpenStream>();
    // Streams never end on their own: end them, or closing the server would wait for them forever.
    app.addHook('preClose', async () => {
      await Promise.all([...open].map((s) => s.close()));
    });

    app.get('/stream', {
      schema: {
        tags: ['events'],
        summary:
          'Your real-time events (text/event-stream): message.created/updated/deleted, conversation.read, meeting.changed, request.updated. ' +
          'Each has an id; reconnect with Last-Event-ID (or ?lastEventId=) to replay what you missed (up to 500 events, 24 hours). ' +
          'stream.ready opens the stream ({replayed, reset}: reset means reload, too much was missed); comment lines every 25 s keep it open.',
        querystring: streamQuery,
      },
    }, async (req, reply) => {
      const actor = requireActor(req);
      const header = req.headers['last-event-id'];
      const lastEventId = (typeof header === 'string' && header.trim()) || req.query.lastEventId || null;

      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        // Proxies such as nginx would otherwise hold events back in their buffers.
        'x-accel-buffering': 'no',
      });
      res.socket?.setNoDelay(true);

      let stream: OpenStream | null = null;
      let gone = false;
      res.on('close', () => {
        gone = true;
        if (!stream) return;
        open.delete(stream);
        void stream.close();
      });
      try {
        stream = await ctx.events.openStream(actor.userId, lastEventId, {
          write: (frame) => {
            if (res.writableEnded) return false;
            res.write(frame);
            return res.writableLength < MAX_BUFFERED_BYTES;
          },
          end: () => res.end(),
        });
      } catch (err) {
        req.log.error({ err }, 'opening an event stream failed');
        res.end();
        return;
      }
      if (gone) await stream.close();
      else open.add(stream);
    });
  };
}
