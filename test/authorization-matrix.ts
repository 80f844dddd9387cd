// The frame every authorization-matrix test shares: who is tried, how a case is written, the check
// that a matrix covers every route of the OpenAPI document, and the loop that tries each person.
import { expect } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { mentorBlock, person, type caller as makeCaller, type Person } from '../src/modules/partnerships/test-helpers';
import type { TestApp } from './app';
import { FACTORY_PASSWORD, createProgram, type ProgramRef } from './factories';
import { signIn, signUp, type SignedIn } from './users';

export type Who = 'anonymous' | 'outsider' | 'otherAdmin' | 'admin' | 'otherMentee' | 'otherMentor' | 'mentee' | 'mentor';
export const PEOPLE: Who[] = ['anonymous', 'outsider', 'otherAdmin', 'admin', 'otherMentee', 'otherMentor', 'mentee', 'mentor'];
export type SignedInWho = Record<Exclude<Who, 'anonymous'>, SignedIn>;

/** The pair's business only: everyone else, the program's admin included, is told it does not exist. */
export const STRANGERS = { anonymous: 401, outsider: 404, otherAdmin: 404, admin: 404, otherMentee: 404, otherMentor: 404 } as const;

export interface MatrixCase<Ids> {
  /** 'METHOD /path/{param}' as in the OpenAPI document, without /api/v1. */
  route: string;
  url: (ids: Ids) => string;
  payload?: object | ((ids: Ids) => object);
  /** Only the people listed are tried: the others may legitimately change something. */
  expected: Partial<Record<Who, number>>;
}

/** Everyone of a matrix signed in: the pair, another pair of the same program, its admin, another program's admin, an outsider. */
export async function signInEveryone(
  t: TestApp,
  program: ProgramRef,
  elsewhere: ProgramRef,
  pair: { mentee: Person; mentor: Person; otherMentee: Person; otherMentor: Person },
): Promise<SignedInWho> {
  return {
    outsider: await signUp(t.app),
    otherAdmin: await signIn(t.app, elsewhere.admin.email, FACTORY_PASSWORD),
    admin: await signIn(t.app, program.admin.email, FACTORY_PASSWORD),
    otherMentee: pair.otherMentee.as,
    otherMentor: pair.otherMentor.as,
    mentee: pair.mentee.as,
    mentor: pair.mentor.as,
  };
}

/** The usual cast of a matrix: a program with a pair and another pair, another program (whose admin is otherAdmin), everyone signed in. */
export async function createMatrixCast(t: TestApp) {
  const program = await createProgram(t.ctx, { name: 'Guarded' });
  const elsewhere = await createProgram(t.ctx, { name: 'Elsewhere' });
  const pair = {
    mentee: await person(t, program, 'mentee'),
    mentor: await person(t, program, 'mentor', { profile: { mentor: mentorBlock(2) } }),
    otherMentee: await person(t, program, 'mentee'),
    otherMentor: await person(t, program, 'mentor', { profile: { mentor: mentorBlock(2) } }),
  };
  return { program, elsewhere, ...pair, who: await signInEveryone(t, program, elsewhere, pair) };
}

/** The routes of the OpenAPI document whose path matches (and matches none of `exclude`), as 'METHOD /path' without /api/v1. */
export async function documentedRoutes(app: FastifyInstance, path: RegExp, exclude: RegExp[] = []): Promise<string[]> {
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  return Object.entries(doc.paths as Record<string, object>)
    .filter(([p]) => path.test(p) && !exclude.some((x) => x.test(p)))
    .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace('/api/v1', '')}`))
    .sort();
}

const ERROR_CODES: Record<number, string> = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' };

/** Tries a case as each listed person and checks the status and, for refusals, the error code. */
export async function tryEveryone<Ids>(
  call: ReturnType<typeof makeCaller>,
  who: SignedInWho,
  c: MatrixCase<Ids>,
  ids: Ids,
  codes: Record<number, string> = {},
): Promise<void> {
  for (const p of PEOPLE) {
    const status = c.expected[p];
    if (status === undefined) continue;
    const method = c.route.split(' ')[0] as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    const payload = typeof c.payload === 'function' ? c.payload(ids) : c.payload;
    const res = await call(method, c.url(ids), p === 'anonymous' ? undefined : who[p], payload);
    expect(res.statusCode, `${c.route} as ${p}: ${res.body}`).toBe(status);
    const code = { ...ERROR_CODES, ...codes }[status];
    if (code) expect(res.json().error.code, `${c.route} as ${p}`).toBe(code);
  }
}
