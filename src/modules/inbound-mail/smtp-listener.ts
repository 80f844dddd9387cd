import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import type { ServiceContext } from '../../server/context';
import { AppError } from '../../server/errors';
import { inboundMaxBytes } from './inbound.routes';
import { receiveReply, resolveReplyAddress, type InboundLog } from './inbound.service';

export interface InboundSmtp {
  port: number;
  close(): Promise<void>;
}

/** An SMTP reply with a code the client sees (smtp-server reads `responseCode`). */
function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/**
 * Receives emailed replies over SMTP (INBOUND_SMTP_PORT): point MAIL_DOMAIN's MX here, or relay
 * to it. Only reply+TOKEN@MAIL_DOMAIN addresses with a known token are accepted at RCPT; the
 * message is checked and posted at DATA, and a refusal is a 550 with the reason, so the sender's
 * mail server bounces it to them. No authentication: the token and the sender are the check.
 */
export async function startInboundSmtp(ctx: ServiceContext, o: { port: number; host?: string; log: InboundLog & { error(o: object, msg: string): void } }): Promise<InboundSmtp> {
  const server = new SMTPServer({
    name: ctx.config.mailDomain,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    disableReverseLookup: true,
    size: inboundMaxBytes(ctx.config.fileMaxBytes),
    closeTimeout: 1000,
    logger: false,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      resolveReplyAddress(ctx, address.address).then(
        (found) => callback(found ? undefined : smtpError(550, `No such conversation: ${address.address} is not a Meridian reply address.`)),
        (err: unknown) => {
          o.log.error({ err }, 'inbound smtp: looking up a reply address failed');
          callback(smtpError(451, 'Temporary problem; try again later.'));
        },
      );
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) {
          callback(smtpError(552, 'This reply is too large to post into the conversation.'));
          return;
        }
        const envelopeTo = session.envelope.rcptTo.map((r) => r.address);
        receiveReply(ctx, Buffer.concat(chunks), { envelopeTo, log: o.log }).then(
          ({ messageId }) => callback(null, `Posted to the conversation (${messageId})`),
          (err: unknown) => {
            if (err instanceof AppError && err.status < 500) {
              o.log.info({ reason: err.message, rcptTo: envelopeTo }, 'inbound smtp: reply refused');
              callback(smtpError(550, err.message));
            } else {
              o.log.error({ err }, 'inbound smtp: posting a reply failed');
              callback(smtpError(451, 'Temporary problem posting your reply; try again later.'));
            }
          },
        );
      });
      stream.on('error', (err) => callback(err));
    },
  });
  server.on('error', (err) => o.log.error({ err }, 'inbound smtp error'));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(o.port, o.host ?? '0.0.0.0', () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
