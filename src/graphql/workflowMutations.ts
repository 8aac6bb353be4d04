import type { GraphQLExtension, PayloadRequest } from 'payload'

import { publishRelease, scheduleRelease, unscheduleRelease } from '../workflow/releases'
import {
  assignReview,
  claimReview,
  reviewDocument,
  submitForReview,
  withdrawSubmission,
} from '../workflow/service'
import { workflowSettings } from '../workflow/settings'
import { sharedWorkflowTypes } from './workflowTypes'
import { parseDocumentId } from '../lib/ids'

type Context = { req: PayloadRequest }
type Args = Record<string, unknown>

/**
 * The review and release actions as mutations: the same actions, rules and messages as the
 * REST endpoints. A workflow result is identified by its review record, so a normalising
 * client (Apollo) never merges two results about one document.
 */
export const workflowMutations: GraphQLExtension = (GraphQL) => {
  const { GraphQLID, GraphQLList, GraphQLNonNull, GraphQLString } = GraphQL
  const types = sharedWorkflowTypes(GraphQL)
  const target = {
    collection: { type: new GraphQLNonNull(types.ReviewableCollection) },
    id: { type: new GraphQLNonNull(GraphQLID) },
  }
  const documentOf = (args: Args, context: Context) =>
    [context.req, args.collection as never, parseDocumentId(context.req.payload, args.id)] as const
  const releaseOf = (args: Args, context: Context) =>
    [context.req, parseDocumentId(context.req.payload, args.id)] as const
  const result = new GraphQLNonNull(types.ReviewWorkflowResult)
  const release = new GraphQLNonNull(types.ReleaseRunResult)
  return {
    submitForReview: {
      type: result,
      args: {
        ...target,
        note: { type: GraphQLString },
        reviewer: {
          type: GraphQLID,
          description: 'A medical reviewer who could decide it; left out or null: the pool.',
        },
        dueAt: { type: GraphQLString, description: 'ISO 8601; default: REVIEW_DUE_DAYS from now.' },
      },
      resolve: (_source: unknown, args: Args, context: Context) =>
        submitForReview(...documentOf(args, context), {
          note: args.note,
          reviewer: args.reviewer,
          dueAt: args.dueAt,
        }),
    },
    withdrawSubmission: {
      type: result,
      args: { ...target, note: { type: GraphQLString } },
      resolve: (_source: unknown, args: Args, context: Context) =>
        withdrawSubmission(...documentOf(args, context), { note: args.note }),
    },
    claimReview: {
      type: result,
      args: target,
      resolve: (_source: unknown, args: Args, context: Context) =>
        claimReview(...documentOf(args, context)),
    },
    assignReview: {
      type: result,
      args: {
        ...target,
        reviewer: {
          type: GraphQLID,
          description: 'The reviewer; null returns the review to the pool.',
        },
        dueAt: { type: GraphQLString },
        note: { type: GraphQLString },
      },
      resolve: (_source: unknown, args: Args, context: Context) =>
        assignReview(...documentOf(args, context), args),
    },
    reviewDocument: {
      type: result,
      args: {
        ...target,
        decision: { type: new GraphQLNonNull(types.ReviewDecision) },
        comment: { type: GraphQLString },
        contentHash: {
          type: new GraphQLNonNull(GraphQLString),
          description:
            'The content hash of the version you reviewed; a different current version is refused (content-changed).',
        },
        locales: {
          type: new GraphQLList(new GraphQLNonNull(GraphQLString)),
          description:
            'The locales you approve; left out: the default locale and every complete translation.',
        },
      },
      resolve: (_source: unknown, args: Args, context: Context) =>
        reviewDocument(
          ...documentOf(args, context),
          {
            decision: args.decision,
            comment: args.comment,
            contentHash: args.contentHash,
            locales: args.locales,
          },
          workflowSettings(context.req.payload).reviewIntervalDays,
        ),
    },
    publishRelease: {
      type: release,
      args: { id: { type: new GraphQLNonNull(GraphQLID) } },
      resolve: (_source: unknown, args: Args, context: Context) =>
        publishRelease(...releaseOf(args, context)),
    },
    scheduleRelease: {
      type: release,
      args: {
        id: { type: new GraphQLNonNull(GraphQLID) },
        publishAt: { type: new GraphQLNonNull(GraphQLString) },
      },
      resolve: (_source: unknown, args: Args, context: Context) =>
        scheduleRelease(...releaseOf(args, context), { publishAt: args.publishAt }),
    },
    unscheduleRelease: {
      type: release,
      args: { id: { type: new GraphQLNonNull(GraphQLID) } },
      resolve: (_source: unknown, args: Args, context: Context) =>
        unscheduleRelease(...releaseOf(args, context)),
    },
  }
}
