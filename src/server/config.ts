import path from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['on', 'off', 'true', 'false', '1', '0'])
  .transform((v) => v === 'on' || v === 'true' || v === '1');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().url().optional(),
  PUBLIC_URL: z.string().url().optional(),
  MERIDIAN_DEMO: flag.default(true),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default('Meridian <no-reply@meridian.localhost>'),
  MAIL_POLL_MS: z.coerce.number().int().min(50).default(2000),
  REDIS_URL: z.string().url().optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).default(60 * 24 * 7),
  SESSION_ABSOLUTE_DAYS: z.coerce.number().int().min(1).default(30),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  TRUST_PROXY: flag.default(false),
  MEETING_VIDEO_BASE_URL: z.string().url().default('https://meet.jit.si/'),
  MEETING_BUFFER_MINUTES: z.coerce.number().int().min(0).max(120).default(15),
  MEETING_MIN_NOTICE_HOURS: z.coerce.number().int().min(0).max(168).default(12),
  MESSAGE_EDIT_MINUTES: z.coerce.number().int().min(0).max(1440).default(15),
  FILE_MAX_MB: z.coerce.number().positive().max(1024).default(25),
  FILE_STORAGE: z.enum(['local'], { message: 'Only "local" is built in (files under DATA_DIR/files); see the README on S3-compatible storage.' }).default('local'),
  MAIL_DOMAIN: z.string().regex(/^[A-Za-z0-9.-]+$/, 'Use a domain name such as meridian.example.org.').optional(),
  INBOUND_SMTP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  INBOUND_EMAIL_SECRET: z.string().min(16, 'Use at least 16 characters (a long random string).').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  demo: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  mailPollMs: number;
  redisUrl: string | undefined;
  sessionIdleMinutes: number;
  sessionAbsoluteDays: number;
  loginRateLimit: number;
  trustProxy: boolean;
  /** Video rooms are this base plus a unique room name (default Jitsi Meet). */
  meetingVideoBaseUrl: string;
  meetingBufferMinutes: number;
  meetingMinNoticeHours: number;
  /** Authors may edit or delete a message for this long after posting it. */
  messageEditMinutes: number;
  /** Largest file the pair may upload, in bytes (FILE_MAX_MB). */
  fileMaxBytes: number;
  /** Where file bytes live: `local` is DATA_DIR/files (see modules/files/storage.ts for the S3 seam). */
  fileStorage: 'local';
  /** Domain of the per-thread Reply-To addresses (reply+TOKEN@MAIL_DOMAIN). */
  mailDomain: string;
  /** SMTP port for emailed replies (reply+TOKEN@MAIL_DOMAIN); off when unset. */
  inboundSmtpPort: number | undefined;
  /** Shared secret of POST /api/v1/inbound-email (X-Inbound-Secret); the route is off when unset. */
  inboundEmailSecret: string | undefined;
  logLevel: string;
};

/** The public address's host name; an IP address or localhost (no mail domain) falls back to meridian.localhost. */
function mailDomainOf(publicUrl: string): string {
  const host = new URL(publicUrl).hostname;
  return /^[\d.]+$|^\[|^localhost$/.test(host) ? 'meridian.localhost' : host;
}

/** Parses the environment once; a bad setting stops the process with a readable message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as in most deployment tools.
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const publicHost = e.HOST === '0.0.0.0' || e.HOST === '::' ? 'localhost' : e.HOST;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl: (e.PUBLIC_URL ?? `http://${publicHost}:${e.PORT}`).replace(/\/$/, ''),
    demo: e.MERIDIAN_DEMO,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    mailPollMs: e.MAIL_POLL_MS,
    redisUrl: e.REDIS_URL,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteDays: e.SESSION_ABSOLUTE_DAYS,
    loginRateLimit: e.LOGIN_RATE_LIMIT,
    trustProxy: e.TRUST_PROXY,
    meetingVideoBaseUrl: e.MEETING_VIDEO_BASE_URL.endsWith('/') ? e.MEETING_VIDEO_BASE_URL : `${e.MEETING_VIDEO_BASE_URL}/`,
    meetingBufferMinutes: e.MEETING_BUFFER_MINUTES,
    meetingMinNoticeHours: e.MEETING_MIN_NOTICE_HOURS,
    messageEditMinutes: e.MESSAGE_EDIT_MINUTES,
    fileMaxBytes: Math.round(e.FILE_MAX_MB * 1024 * 1024),
    fileStorage: e.FILE_STORAGE,
    mailDomain: e.MAIL_DOMAIN ?? mailDomainOf(e.PUBLIC_URL ?? `http://${publicHost}`),
    inboundSmtpPort: e.INBOUND_SMTP_PORT,
    inboundEmailSecret: e.INBOUND_EMAIL_SECRET,
    logLevel: e.LOG_LEVEL,
  };
}
