import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../server/context';
import { requireActor } from '../../server/plugins/authentication';
import { noContent } from '../programs/programs.schemas';
import * as items from './action-items.service';
import * as s from './agreements.schemas';
import * as agreements from './agreements.service';
import * as g from './goals.schemas';
import * as goals from './goals.service';

const tags = ['agreements'];

/** The pair's agreement (versioned), goals with milestones, and action items: the pair only. */
export function agreementsRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/partnerships/:partnershipId/agreement', {
      schema: {
        tags,
        summary: 'The agreement: the current version, the one both confirmed last, and who has still to confirm',
        params: s.partnershipParams,
        response: { 200: s.agreementResponse },
      },
    }, async (req) => agreements.getAgreement(ctx, requireActor(req), req.params.partnershipId));

    app.put('/partnerships/:partnershipId/agreement', {
      schema: {
        tags,
        summary: 'The mentee drafts or changes the agreement: a change is a new version both sides confirm again',
        params: s.partnershipParams,
        body: s.agreementBody,
        response: { 200: s.agreementResponse },
      },
    }, async (req) => agreements.saveAgreement(ctx, requireActor(req), req.params.partnershipId, req.body));

    app.post('/partnerships/:partnershipId/agreement/confirm', {
      schema: {
        tags,
        summary: 'Confirm the current version (either side); the other side is emailed',
        params: s.partnershipParams,
        body: s.confirmAgreementBody,
        response: { 200: s.agreementResponse },
      },
    }, async (req) => agreements.confirmAgreement(ctx, requireActor(req), req.params.partnershipId, req.body));

    app.get('/partnerships/:partnershipId/agreement/versions', {
      schema: {
        tags,
        summary: 'Every version of the agreement, newest first, with what changed and who confirmed it',
        params: s.partnershipParams,
        response: { 200: s.agreementVersionsResponse },
      },
    }, async (req) => ({ versions: await agreements.listAgreementVersions(ctx, requireActor(req), req.params.partnershipId) }));

    // ---- Goals and milestones -------------------------------------------------------------------

    app.get('/partnerships/:partnershipId/goals', {
      schema: { tags, summary: 'The pair’s goals with their milestones and progress', params: s.partnershipParams, response: { 200: g.goalsResponse } },
    }, async (req) => ({ goals: await goals.listGoals(ctx, requireActor(req), req.params.partnershipId) }));

    app.post('/partnerships/:partnershipId/goals', {
      schema: {
        tags,
        summary: 'Set a goal, with milestones if you like (either side)',
        params: s.partnershipParams,
        body: g.createGoalBody,
        response: { 201: g.goalResponse },
      },
    }, async (req, reply) => reply.status(201).send({ goal: await goals.createGoal(ctx, requireActor(req), req.params.partnershipId, req.body) }));

    app.patch('/goals/:goalId', {
      schema: { tags, summary: 'Rename, rewrite or change the status of a goal', params: g.goalParams, body: g.updateGoalBody, response: { 200: g.goalResponse } },
    }, async (req) => ({ goal: await goals.updateGoal(ctx, requireActor(req), req.params.goalId, req.body) }));

    app.delete('/goals/:goalId', {
      schema: { tags, summary: 'Delete a goal and its milestones (to keep a record, mark it dropped instead)', params: g.goalParams, response: { 204: noContent } },
    }, async (req, reply) => {
      await goals.deleteGoal(ctx, requireActor(req), req.params.goalId);
      return reply.status(204).send(null);
    });

    app.post('/goals/:goalId/milestones', {
      schema: { tags, summary: 'Add a milestone to a goal', params: g.goalParams, body: g.createMilestoneBody, response: { 201: g.goalResponse } },
    }, async (req, reply) => reply.status(201).send({ goal: await goals.addMilestone(ctx, requireActor(req), req.params.goalId, req.body) }));

    app.patch('/milestones/:milestoneId', {
      schema: {
        tags,
        summary: 'Rename, re-date or tick off a milestone; answers with its goal',
        params: g.milestoneParams,
        body: g.updateMilestoneBody,
        response: { 200: g.goalResponse },
      },
    }, async (req) => ({ goal: await goals.updateMilestone(ctx, requireActor(req), req.params.milestoneId, req.body) }));

    app.delete('/milestones/:milestoneId', {
      schema: { tags, summary: 'Delete a milestone; answers with its goal', params: g.milestoneParams, response: { 200: g.goalResponse } },
    }, async (req) => ({ goal: await goals.deleteMilestone(ctx, requireActor(req), req.params.milestoneId) }));

    // ---- Action items ---------------------------------------------------------------------------

    app.get('/partnerships/:partnershipId/action-items', {
      schema: {
        tags,
        summary: 'The pair’s action items, open first by due date; filter by meeting or done',
        params: s.partnershipParams,
        querystring: g.actionItemsQuery,
        response: { 200: g.actionItemsResponse },
      },
    }, async (req) => ({ actionItems: await items.listActionItems(ctx, requireActor(req), req.params.partnershipId, req.query) }));

    app.post('/partnerships/:partnershipId/action-items', {
      schema: {
        tags,
        summary: 'Write down an action item for either side, optionally from a meeting',
        params: s.partnershipParams,
        body: g.createActionItemBody,
        response: { 201: g.actionItemResponse },
      },
    }, async (req, reply) =>
      reply.status(201).send({ actionItem: await items.createActionItem(ctx, requireActor(req), req.params.partnershipId, req.body) }));

    app.patch('/action-items/:actionItemId', {
      schema: {
        tags,
        summary: 'Reword, hand over, re-date or tick off an action item',
        params: g.actionItemParams,
        body: g.updateActionItemBody,
        response: { 200: g.actionItemResponse },
      },
    }, async (req) => ({ actionItem: await items.updateActionItem(ctx, requireActor(req), req.params.actionItemId, req.body) }));

    app.delete('/action-items/:actionItemId', {
      schema: { tags, summary: 'Delete an action item', params: g.actionItemParams, response: { 204: noContent } },
    }, async (req, reply) => {
      await items.deleteActionItem(ctx, requireActor(req), req.params.actionItemId);
      return reply.status(204).send(null);
    });
  };
}
