import type { GraphQLExtension, PayloadRequest } from 'payload'

import { REVIEW_STATUSES } from '../fields/review'
import { parseDocumentId } from '../lib/ids'
import { reviewDocument, submitForReview, withdrawSubmission, type WorkflowResult } from '../workflow/service'
import { workflowSettings } from '../workflow/settings'

/** Payload's own spelling of a select value as a GraphQL enum name: `in-review` → `in_review`. */
const enumName = (value: string): string => value.replace(/-/g, '_')

type Context = { req: PayloadRequest }

/**
 * `submitForReview`, `withdrawSubmission` and `reviewDocument`: the same actions, rules and
 * messages as the REST endpoints. Values use the same enums as Payload's generated types
 * (`in_review`, `treatment_options`), and a result is identified by its review record, so a
 * normalising client (Apollo) never merges two results about one document.
 */
export const workflowMutations: GraphQLExtension = (GraphQL) => {
  const ReviewableCollection = new GraphQL.GraphQLEnumType({
    name: 'ReviewableCollection',
    values: {
      articles: { value: 'articles' },
      treatment_options: { value: 'treatment-options' },
      risk_disclosures: { value: 'risk-disclosures' },
    },
  })
  const ReviewDecision = new GraphQL.GraphQLEnumType({
    name: 'ReviewDecision',
    values: { approve: { value: 'approve' }, request_changes: { value: 'request-changes' } },
  })
  const ReviewStatus = new GraphQL.GraphQLEnumType({
    name: 'ReviewStatus',
    values: Object.fromEntries(REVIEW_STATUSES.map((status) => [enumName(status), { value: status }])),
  })
  const ReviewWorkflowResult = new GraphQL.GraphQLObjectType<WorkflowResult>({
    name: 'ReviewWorkflowResult',
    description: 'The outcome of a workflow action. `id` is the review record it wrote; the document is `collection` + `documentId`.',
    fields: {
      id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLID), resolve: (result) => result.recordId },
      recordId: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLID) },
      collection: { type: new GraphQL.GraphQLNonNull(ReviewableCollection) },
      documentId: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLID), resolve: (result) => result.id },
      reviewStatus: { type: new GraphQL.GraphQLNonNull(ReviewStatus) },
      contentHash: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      versionId: { type: GraphQL.GraphQLID },
    },
  })
  const target = {
    collection: { type: new GraphQL.GraphQLNonNull(ReviewableCollection) },
    id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLID) },
  }
  const documentOf = (args: Record<string, unknown>, context: Context) =>
    [context.req, args.collection as never, parseDocumentId(context.req.payload, args.id)] as const
  return {
    submitForReview: {
      type: new GraphQL.GraphQLNonNull(ReviewWorkflowResult),
      args: { ...target, note: { type: GraphQL.GraphQLString } },
      resolve: (_source: unknown, args: Record<string, unknown>, context: Context) => submitForReview(...documentOf(args, context), { note: args.note }),
    },
    withdrawSubmission: {
      type: new GraphQL.GraphQLNonNull(ReviewWorkflowResult),
      args: { ...target, note: { type: GraphQL.GraphQLString } },
      resolve: (_source: unknown, args: Record<string, unknown>, context: Context) => withdrawSubmission(...documentOf(args, context), { note: args.note }),
    },
    reviewDocument: {
      type: new GraphQL.GraphQLNonNull(ReviewWorkflowResult),
      args: {
        ...target,
        decision: { type: new GraphQL.GraphQLNonNull(ReviewDecision) },
        comment: { type: GraphQL.GraphQLString },
        contentHash: {
          type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString),
          description: 'The content hash of the version you reviewed; a different current version is refused (content-changed).',
        },
      },
      resolve: (_source: unknown, args: Record<string, unknown>, context: Context) =>
        reviewDocument(
          ...documentOf(args, context),
          { decision: args.decision, comment: args.comment, contentHash: args.contentHash },
          workflowSettings(context.req.payload).reviewIntervalDays,
        ),
    },
  }
}
