import type { GraphQLExtension, PayloadRequest } from 'payload'

import { refuseNonStaff } from '../endpoints/request'
import { releaseCheckAnswer } from '../endpoints/releases'
import { documentActivity } from '../workflow/activity'
import { assignmentView, translationView } from '../workflow/documentPanels'
import { inboxFor } from '../workflow/inbox'
import { sharedWorkflowTypes } from './workflowTypes'
import { parseDocumentId } from '../lib/ids'

type Context = { req: PayloadRequest }
type Args = Record<string, unknown>

/** The review panels' reads, for staff: the same answers as the REST endpoints. */
export const workflowQueries: GraphQLExtension = (GraphQL) => {
  const { GraphQLID, GraphQLNonNull } = GraphQL
  const types = sharedWorkflowTypes(GraphQL)
  const target = {
    collection: { type: new GraphQLNonNull(types.ReviewableCollection) },
    id: { type: new GraphQLNonNull(GraphQLID) },
  }
  const staffRead =
    <T>(read: (req: PayloadRequest, args: Args) => Promise<T>) =>
    (_source: unknown, args: Args, context: Context): Promise<T> => {
      refuseNonStaff(context.req)
      return read(context.req, args)
    }
  const documentId = (req: PayloadRequest, args: Args) => parseDocumentId(req.payload, args.id)
  return {
    documentActivity: {
      type: new GraphQLNonNull(types.DocumentActivity),
      args: target,
      resolve: staffRead((req, args) =>
        documentActivity(req, args.collection as never, documentId(req, args)),
      ),
    },
    translationStatus: {
      type: new GraphQLNonNull(types.TranslationStatus),
      args: target,
      resolve: staffRead((req, args) =>
        translationView(req, args.collection as never, documentId(req, args)),
      ),
    },
    reviewAssignment: {
      type: new GraphQLNonNull(types.ReviewAssignment),
      args: target,
      resolve: staffRead((req, args) =>
        assignmentView(req, args.collection as never, documentId(req, args)),
      ),
    },
    myInbox: { type: new GraphQLNonNull(types.Inbox), resolve: staffRead((req) => inboxFor(req)) },
    releaseCheck: {
      type: new GraphQLNonNull(types.ReleaseRunResult),
      args: { id: { type: new GraphQLNonNull(GraphQLID) } },
      resolve: staffRead((req, args) => releaseCheckAnswer(req, documentId(req, args))),
    },
  }
}
