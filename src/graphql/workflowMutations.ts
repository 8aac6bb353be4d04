import type { GraphQLExtension } from 'payload'

import { parseDocumentId } from '../endpoints/request'
import { reviewDocument, submitForReview } from '../workflow/service'
import { workflowSettings } from '../workflow/settings'

/** `submitForReview` and `reviewDocument`: the same actions, rules and messages as the REST endpoints. */
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
  const ReviewWorkflowResult = new GraphQL.GraphQLObjectType({
    name: 'ReviewWorkflowResult',
    fields: {
      collection: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLID) },
      reviewStatus: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      contentHash: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      recordId: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLID) },
      versionId: { type: GraphQL.GraphQLID },
    },
  })
  const target = {
    collection: { type: new GraphQL.GraphQLNonNull(ReviewableCollection) },
    id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLID) },
  }
  return {
    submitForReview: {
      type: new GraphQL.GraphQLNonNull(ReviewWorkflowResult),
      args: { ...target, note: { type: GraphQL.GraphQLString } },
      resolve: (_source: unknown, args: Record<string, unknown>, context: { req: Parameters<typeof submitForReview>[0] }) =>
        submitForReview(context.req, args.collection as never, parseDocumentId(context.req.payload, args.id), { note: args.note }),
    },
    reviewDocument: {
      type: new GraphQL.GraphQLNonNull(ReviewWorkflowResult),
      args: {
        ...target,
        decision: { type: new GraphQL.GraphQLNonNull(ReviewDecision) },
        comment: { type: GraphQL.GraphQLString },
      },
      resolve: (_source: unknown, args: Record<string, unknown>, context: { req: Parameters<typeof reviewDocument>[0] }) =>
        reviewDocument(
          context.req,
          args.collection as never,
          parseDocumentId(context.req.payload, args.id),
          { decision: args.decision, comment: args.comment },
          workflowSettings(context.req.payload).reviewIntervalDays,
        ),
    },
  }
}
