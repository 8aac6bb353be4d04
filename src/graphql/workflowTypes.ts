import type * as GraphQLModule from 'graphql'

import { REVIEW_STATUSES } from '../fields/review'
import { RELEASE_ACTIONS, RELEASE_COLLECTIONS, RELEASE_STATUSES } from '../workflow/releaseRules'

type GraphQL = typeof GraphQLModule

/** Payload's own spelling of a select value as a GraphQL enum name: `in-review` → `in_review`. */
export const enumName = (value: string): string => value.replace(/-/g, '_')

const enumOf = (GraphQL: GraphQL, name: string, values: readonly string[]) =>
  new GraphQL.GraphQLEnumType({
    name,
    values: Object.fromEntries(values.map((value) => [enumName(value), { value }])),
  })

/**
 * The GraphQL types of the review workflow's mutations and queries, built once per schema.
 * Values use the same enums as Payload's generated types (`in_review`, `treatment_options`).
 */
export function workflowTypes(GraphQL: GraphQL) {
  const {
    GraphQLBoolean,
    GraphQLID,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLString,
  } = GraphQL
  const required = <T extends GraphQLModule.GraphQLType>(type: T) => new GraphQLNonNull(type)
  const list = <T extends GraphQLModule.GraphQLType>(type: T) =>
    required(new GraphQLList(required(type)))

  const ReviewableCollection = enumOf(GraphQL, 'ReviewableCollection', [
    'articles',
    'treatment-options',
    'risk-disclosures',
  ])
  const ReleaseCollection = enumOf(GraphQL, 'ReleaseCollection', RELEASE_COLLECTIONS)
  const ReleaseStatus = enumOf(GraphQL, 'ReleaseRunStatus', RELEASE_STATUSES)
  const ReleaseAction = enumOf(GraphQL, 'ReleaseMemberAction', RELEASE_ACTIONS)
  const ReviewStatus = enumOf(GraphQL, 'ReviewStatus', REVIEW_STATUSES)
  const ReviewDecision = new GraphQL.GraphQLEnumType({
    name: 'ReviewDecision',
    values: { approve: { value: 'approve' }, request_changes: { value: 'request-changes' } },
  })

  const WorkflowProblem = new GraphQLObjectType({
    name: 'WorkflowProblem',
    fields: {
      rule: { type: required(GraphQLString) },
      message: { type: required(GraphQLString) },
      field: { type: GraphQLString },
    },
  })

  const ReviewWorkflowResult = new GraphQLObjectType<{ id: string; recordId: string }>({
    name: 'ReviewWorkflowResult',
    description:
      'The outcome of a workflow action. `id` is the review record it wrote; the document is `collection` + `documentId`.',
    fields: {
      id: { type: required(GraphQLID), resolve: (result) => result.recordId },
      recordId: { type: required(GraphQLID) },
      collection: { type: required(ReviewableCollection) },
      documentId: { type: required(GraphQLID), resolve: (result) => result.id },
      reviewStatus: { type: required(ReviewStatus) },
      contentHash: {
        type: required(GraphQLString),
        description: 'Of the whole document; for an approval, of exactly the approved locales.',
      },
      versionId: { type: GraphQLID },
      assignedReviewer: {
        type: GraphQLID,
        description: 'Who reviews the submission; null: the pool.',
      },
      reviewDueAt: { type: GraphQLString },
      approvedLocales: {
        type: new GraphQLList(required(GraphQLString)),
        description: 'Approvals: the locales the approval covers.',
      },
    },
  })

  const ReleaseMemberResult = new GraphQLObjectType({
    name: 'ReleaseMemberResult',
    fields: {
      index: { type: required(GraphQLInt) },
      action: { type: required(ReleaseAction) },
      collection: { type: required(ReleaseCollection) },
      documentId: { type: required(GraphQLID) },
      title: { type: required(GraphQLString) },
      contentHash: { type: GraphQLString, description: 'The pinned version (publications).' },
      problems: { type: list(WorkflowProblem) },
    },
  })

  const ReleaseRunResult = new GraphQLObjectType({
    name: 'ReleaseRunResult',
    description:
      'A release after an action, or as a check found it: every member with its problems.',
    fields: {
      id: { type: required(GraphQLID) },
      name: { type: required(GraphQLString) },
      status: { type: required(ReleaseStatus) },
      publishAt: { type: GraphQLString },
      publishedAt: { type: GraphQLString },
      ready: { type: GraphQLBoolean, description: 'Checks only: nothing stops the release now.' },
      members: { type: list(ReleaseMemberResult) },
      problems: { type: list(WorkflowProblem) },
    },
  })

  const ActivityEntry = new GraphQLObjectType({
    name: 'ActivityEntry',
    fields: {
      at: { type: required(GraphQLString) },
      kind: {
        type: required(GraphQLString),
        description: '`record` (a review-workflow step) or `version` (a save).',
      },
      action: { type: required(GraphQLString) },
      summary: { type: required(GraphQLString) },
      actor: { type: GraphQLString },
      comment: { type: GraphQLString },
      note: { type: GraphQLString },
      versionId: { type: GraphQLID },
      contentHash: { type: GraphQLString },
    },
  })

  const DocumentActivity = new GraphQLObjectType({
    name: 'DocumentActivity',
    fields: {
      collection: { type: required(ReviewableCollection) },
      documentId: { type: required(GraphQLID), resolve: (result: { id: string }) => result.id },
      entries: { type: list(ActivityEntry) },
    },
  })

  const LocaleTranslation = new GraphQLObjectType({
    name: 'LocaleTranslation',
    fields: {
      locale: { type: required(GraphQLString) },
      label: { type: required(GraphQLString) },
      filled: { type: list(GraphQLString) },
      missing: { type: list(GraphQLString) },
      complete: { type: required(GraphQLBoolean) },
      approved: { type: required(GraphQLBoolean) },
      live: { type: required(GraphQLBoolean) },
    },
  })

  const TranslatedField = new GraphQLObjectType({
    name: 'TranslatedField',
    fields: { path: { type: required(GraphQLString) }, label: { type: required(GraphQLString) } },
  })

  const TranslationStatus = new GraphQLObjectType({
    name: 'TranslationStatus',
    fields: {
      collection: { type: required(ReviewableCollection) },
      documentId: { type: required(GraphQLID), resolve: (result: { id: string }) => result.id },
      defaultLocale: { type: required(GraphQLString) },
      approvedLocales: { type: list(GraphQLString) },
      liveLocales: { type: list(GraphQLString) },
      fields: { type: list(TranslatedField) },
      locales: { type: list(LocaleTranslation) },
    },
  })

  const ReviewPerson = new GraphQLObjectType({
    name: 'ReviewPerson',
    fields: {
      id: { type: required(GraphQLID) },
      name: { type: required(GraphQLString) },
      credentials: { type: required(GraphQLString) },
    },
  })

  const ReviewAssignmentOffers = new GraphQLObjectType({
    name: 'ReviewAssignmentOffers',
    fields: {
      claim: { type: required(GraphQLBoolean) },
      assign: { type: required(GraphQLBoolean) },
      nameReviewer: { type: required(GraphQLBoolean) },
    },
  })

  const ReviewAssignment = new GraphQLObjectType({
    name: 'ReviewAssignment',
    fields: {
      collection: { type: required(ReviewableCollection) },
      documentId: { type: required(GraphQLID), resolve: (result: { id: string }) => result.id },
      status: { type: required(ReviewStatus) },
      assignee: { type: ReviewPerson },
      dueAt: { type: GraphQLString },
      overdue: { type: required(GraphQLBoolean) },
      submittedBy: { type: ReviewPerson },
      submittedAt: { type: GraphQLString },
      candidates: { type: list(ReviewPerson) },
      offers: { type: required(ReviewAssignmentOffers) },
    },
  })

  const InboxItem = new GraphQLObjectType({
    name: 'InboxItem',
    fields: {
      collection: { type: required(GraphQLString) },
      documentId: { type: required(GraphQLID), resolve: (item: { id: string }) => item.id },
      title: { type: required(GraphQLString) },
      reason: { type: required(GraphQLString) },
      dueAt: { type: GraphQLString },
      overdue: { type: required(GraphQLBoolean) },
      href: { type: required(GraphQLString) },
    },
  })

  const InboxSection = new GraphQLObjectType({
    name: 'InboxSection',
    fields: {
      key: { type: required(GraphQLString) },
      title: { type: required(GraphQLString) },
      items: { type: list(InboxItem) },
    },
  })

  const Inbox = new GraphQLObjectType({
    name: 'Inbox',
    fields: { total: { type: required(GraphQLInt) }, sections: { type: list(InboxSection) } },
  })

  return {
    ReviewableCollection,
    ReviewDecision,
    ReviewWorkflowResult,
    ReleaseRunResult,
    DocumentActivity,
    TranslationStatus,
    ReviewAssignment,
    Inbox,
    required,
    list,
  }
}

/** One set of types per GraphQL module: the mutations and the queries share them. */
const built = new WeakMap<GraphQL, ReturnType<typeof workflowTypes>>()

export function sharedWorkflowTypes(GraphQL: GraphQL): ReturnType<typeof workflowTypes> {
  let types = built.get(GraphQL)
  if (!types) {
    types = workflowTypes(GraphQL)
    built.set(GraphQL, types)
  }
  return types
}
