import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceContext } from '../../server/context';
import { requireActor } from '../../server/plugins/authentication';
import { reportCsv, reportFileName, reportZip } from './report-csv';
import * as s from './report.schemas';
import type { ReportView } from './report.schemas';
import { getProgramReport } from './report.service';
import { nudgeStalledPair } from './stalled.service';

const tags = ['reports'];

type Download = (report: ReportView) => { name: string; type: string; body: string | Buffer };

/** The report as a file to download, named for its table and dates. */
async function download(ctx: ServiceContext, req: FastifyRequest, reply: FastifyReply, at: { programId: string; query: s.ReportQuery }, file: Download) {
  const report = await getProgramReport(ctx, requireActor(req), at.programId, at.query);
  const { name, type, body } = file(report);
  return reply.type(type).header('content-disposition', `attachment; filename="${name}"`).send(body);
}

/** The program report for its admins, as JSON, as one CSV per table or as a zip of them, and nudges to stalled pairs. */
export function reportsRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/programs/:programId/report', {
      schema: {
        tags,
        summary: 'The program report: enrolment, matching, partnerships and their measures by distance class, fit checks, stalled pairs',
        params: s.reportParams,
        querystring: s.reportQuery,
        response: { 200: s.reportResponse },
      },
    }, async (req) => ({ report: await getProgramReport(ctx, requireActor(req), req.params.programId, req.query) }));

    app.get('/programs/:programId/report.zip', {
      schema: {
        tags,
        summary: 'Every table of the report as CSV, zipped, with a README naming the range and filters',
        params: s.reportParams,
        querystring: s.reportQuery,
        produces: ['application/zip'],
        response: { 200: z.any().describe('application/zip') },
      },
    }, (req, reply) =>
      download(ctx, req, reply, { programId: req.params.programId, query: req.query }, (report) => ({ name: reportFileName(report, null, 'zip'), type: 'application/zip', body: Buffer.from(reportZip(report)) })),
    );

    app.get('/programs/:programId/report/:table.csv', {
      schema: {
        tags,
        summary: 'One table of the report as CSV, one row per item, headers in plain English',
        params: s.reportTableParams,
        querystring: s.reportQuery,
        produces: ['text/csv'],
        response: { 200: z.string().describe('text/csv') },
      },
    }, (req, reply) =>
      download(ctx, req, reply, { programId: req.params.programId, query: req.query }, (report) => ({
        name: reportFileName(report, req.params.table, 'csv'),
        type: 'text/csv; charset=utf-8',
        body: reportCsv(report, req.params.table),
      })),
    );

    app.post('/programs/:programId/stalled/:partnershipId/nudge', {
      schema: {
        tags,
        summary: 'Email both people of a quiet pair a link to find a time (admins; once a week at most)',
        params: s.stalledParams,
        response: { 200: s.nudgeResponse },
      },
    }, async (req) => nudgeStalledPair(ctx, requireActor(req), req.params.programId, req.params.partnershipId));
  };
}
