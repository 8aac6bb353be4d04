import type {
  DocumentNode,
  GraphQLFieldConfig,
  GraphQLFieldResolver,
  GraphQLNamedType,
  GraphQLSchema,
  GraphQLType,
} from 'graphql'
import { LRUCache } from 'lru-cache'
import { formatNames, toWords, type Payload } from 'payload'

import { recordCacheTags } from '../delivery/cacheTags'
import { selectedOperation } from '../server/graphqlOperation'
import { graphqlRuntime } from '../server/graphqlRuntime'
import { MAX_LIST_LIMIT, READ_MODEL, READ_MODEL_COLLECTIONS } from './coverage'
import { find, MAX_PAGE, paging, readModelHeaders, tagsOf, type ReadModelQuery } from './serve'
import { queryFor, type Row } from './store'

const {
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema: Schema,
  GraphQLUnionType,
  GraphQLInterfaceType,
  Kind,
  execute,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  parse,
} = graphqlRuntime

/** Thrown where a query needs something the snapshots do not hold: the request then goes to Payload. */
class NotCovered extends Error {}

type Source = Record<string, unknown>

/** What one request's root fields read: the snapshots, for the headers and cache tags of the answer. */
interface RequestState {
  urlLocale: string
  rows: Row[]
  tags: string[]
}

/**
 * Reads a field from a snapshot (a REST answer at the default depth) instead of resolving it:
 * only a field the snapshot holds, asked for without arguments (Payload's field arguments
 * change what is loaded: a depth, a locale, draft), is covered.
 */
const snapshotField: GraphQLFieldResolver<unknown, unknown> = (source, _args, _context, info) => {
  if (info.fieldNodes.some((node) => (node.arguments?.length ?? 0) > 0)) throw new NotCovered()
  if (!source || typeof source !== 'object' || !(info.fieldName in source)) throw new NotCovered()
  return (source as Source)[info.fieldName]
}

/**
 * Payload's schema with every resolver of its object types taken out, so that a query is
 * answered from the snapshot tree by `snapshotField`; enums, scalars and input types are
 * Payload's own, so values serialise exactly as they do there. `roots` gives the root fields.
 */
function snapshotSchema(
  schema: GraphQLSchema,
  roots: Record<string, GraphQLFieldResolver<unknown, RequestState>>,
): GraphQLSchema {
  const copies = new Map<string, GraphQLNamedType>()
  const wrap = (type: GraphQLType): GraphQLType =>
    isNonNullType(type)
      ? new GraphQLNonNull(wrap(type.ofType) as never)
      : isListType(type)
        ? new GraphQLList(wrap(type.ofType))
        : named(type as GraphQLNamedType)
  const fieldsOf = (fields: Record<string, GraphQLFieldConfig<unknown, unknown>>) => () =>
    Object.fromEntries(
      Object.entries(fields).map(([name, field]) => [
        name,
        { ...field, type: wrap(field.type) as never, resolve: undefined },
      ]),
    )
  function named(type: GraphQLNamedType): GraphQLNamedType {
    const known = copies.get(type.name)
    if (known) return known
    let copy: GraphQLNamedType = type
    if (isObjectType(type)) {
      const config = type.toConfig()
      copy = new GraphQLObjectType({
        ...config,
        isTypeOf: undefined,
        interfaces: () => config.interfaces.map((item) => named(item) as never),
        fields: fieldsOf(config.fields),
      })
    } else if (isInterfaceType(type)) {
      const config = type.toConfig()
      copy = new GraphQLInterfaceType({
        ...config,
        interfaces: () => config.interfaces.map((item) => named(item) as never),
        fields: fieldsOf(config.fields),
      })
    } else if (isUnionType(type)) {
      const config = type.toConfig()
      copy = new GraphQLUnionType({
        ...config,
        types: () => config.types.map((item) => named(item) as never),
      })
    }
    copies.set(type.name, copy)
    return copy
  }
  const query = schema.getQueryType()!.toConfig()
  const fields = Object.fromEntries(
    Object.entries(roots).map(([name, resolve]) => [
      name,
      { ...query.fields[name], type: wrap(query.fields[name].type) as never, resolve },
    ]),
  )
  return new Schema({ query: new GraphQLObjectType({ ...query, fields }) })
}

type Args = Record<string, unknown>

/** The read-model lookup a `where` names: one slug, or one id of a list filter; anything else is not covered. */
function lookupOf(
  collection: (typeof READ_MODEL_COLLECTIONS)[number],
  where: unknown,
): ReadModelQuery['lookup'] {
  if (where === undefined || where === null) return { kind: 'all' }
  const entries = Object.entries(where as Args)
  if (entries.length !== 1) throw new NotCovered()
  const [field, condition] = entries[0]
  const operators = Object.entries((condition ?? {}) as Args)
  if (operators.length !== 1) throw new NotCovered()
  const [operator, raw] = operators[0]
  const value = operator === 'in' && Array.isArray(raw) && raw.length === 1 ? raw[0] : raw
  if (field === 'slug' && operator === 'equals' && typeof value === 'string' && value !== '')
    return { kind: 'slug', slug: value }
  if (
    READ_MODEL[collection].listFilters.includes(field) &&
    (operator === 'equals' || operator === 'in') &&
    /^[1-9]\d{0,8}$/.test(String(value))
  )
    return { kind: 'filter', field, target: String(value) }
  throw new NotCovered()
}

const absent = (value: unknown) => value === undefined || value === null

/**
 * Anonymous GraphQL reads of published documents answered from the read model: a query whose
 * root fields are all published reads (`Article`, `Articles`, …) with arguments the read model
 * covers runs against the snapshots, each root field one look-up (the per-request loader
 * behind the published-read resolvers), and every other field read from the snapshot tree.
 * Anything else (a field the snapshot lacks, field arguments, drafts, mutations, an error)
 * gives undefined, and the request goes to Payload as before.
 */
export function createGraphQLReadModel(
  payload: Payload,
  schema: GraphQLSchema,
  validate: (document: DocumentNode, variables: Args | undefined) => readonly unknown[],
  ready: () => boolean,
) {
  const queryPromise = queryFor(payload)
  const localization = payload.config.localization
  const locales = localization ? localization.localeCodes : ['en']
  const defaultLocale = localization ? localization.defaultLocale : 'en'
  const queryFields = schema.getQueryType()!.getFields()
  const roots: Record<string, GraphQLFieldResolver<unknown, RequestState>> = {}

  const lookUp = async (
    request: ReadModelQuery,
    state: RequestState,
  ): Promise<Row[] & { totalDocs?: number }> => {
    const found = await find(await queryPromise, request)
    if (!found || found.rows.length === 0) throw new NotCovered()
    const { rows, totalDocs } = found
    state.rows.push(...rows)
    state.tags.push(...tagsOf(request, rows))
    return Object.assign(rows, { totalDocs })
  }
  const base = (
    collection: (typeof READ_MODEL_COLLECTIONS)[number],
    args: Args,
    state: RequestState,
  ) => {
    if (!absent(args.draft) && args.draft !== false) throw new NotCovered()
    if (!absent(args.fallbackLocale) || args.trash === true || args.select === true)
      throw new NotCovered()
    const locale = absent(args.locale) ? state.urlLocale : String(args.locale)
    if (!locales.includes(locale)) throw new NotCovered()
    return { collection, coverage: READ_MODEL[collection], shape: 'page', locale }
  }
  for (const collection of READ_MODEL_COLLECTIONS) {
    if (READ_MODEL[collection].graphQL === false) continue
    // The root field names Payload's GraphQL gives a collection (@payloadcms/graphql initCollections).
    const graphQL = payload.collections[collection].config.graphQL
    const fromSlug = formatNames(collection)
    const singular =
      graphQL && graphQL.singularName ? toWords(graphQL.singularName, true) : fromSlug.singular
    const plural =
      graphQL && graphQL.pluralName ? toWords(graphQL.pluralName, true) : fromSlug.plural
    if (queryFields[singular]) {
      roots[singular] = async (_source, args: Args, state: RequestState) => {
        if (!/^[1-9]\d{0,8}$/.test(String(args.id))) throw new NotCovered()
        const [row] = await lookUp(
          {
            ...base(collection, args, state),
            lookup: { kind: 'id', id: String(args.id) },
            sort: '',
            limit: 1,
            page: 1,
          },
          state,
        )
        return JSON.parse(String(row.body)) as Source
      }
    }
    if (queryFields[plural]) {
      roots[plural] = async (_source, args: Args, state: RequestState) => {
        if (args.pagination === false) throw new NotCovered()
        const sort = absent(args.sort) ? '' : String(args.sort)
        const limit = absent(args.limit) ? 10 : Number(args.limit)
        const page = absent(args.page) ? 1 : Number(args.page)
        if (
          !(sort in READ_MODEL[collection].sorts) ||
          !Number.isInteger(limit) ||
          limit < 1 ||
          limit > MAX_LIST_LIMIT ||
          !Number.isInteger(page) ||
          page < 1 ||
          page > MAX_PAGE
        )
          throw new NotCovered()
        const rows = await lookUp(
          {
            ...base(collection, args, state),
            lookup: lookupOf(collection, args.where),
            sort,
            limit,
            page,
          },
          state,
        )
        return {
          docs: rows.map((row) => JSON.parse(String(row.body)) as Source),
          ...paging(rows.totalDocs!, limit, page),
        }
      }
    }
  }
  const fromSnapshots = snapshotSchema(schema, roots)

  // A site sends the same few page queries again and again: each is parsed and validated once (per variables, which the complexity limit reads).
  // Callers choose the texts, so the memo is bounded by the characters of its keys too.
  const documents = new LRUCache<string, { document?: DocumentNode }>({
    max: 1000,
    maxSize: 2_000_000,
    sizeCalculation: (_entry, key) => key.length,
  })
  const checked = (query: string, variables: Args | undefined): DocumentNode | undefined => {
    const key = `${query}\u0000${JSON.stringify(variables ?? null)}`
    let entry = documents.get(key)
    if (!entry) {
      try {
        const document = parse(query)
        // Refusals (and their exact wording) are Payload's handler's to give.
        entry = { document: validate(document, variables).length === 0 ? document : undefined }
      } catch {
        entry = {}
      }
      documents.set(key, entry)
    }
    return entry.document
  }

  return {
    /** The answer from the read model, or undefined when Payload must answer. */
    answer: async (
      request: Request,
      params: { query?: unknown; variables?: unknown; operationName?: unknown },
      mediaType: string,
    ): Promise<Response | undefined> => {
      if (!ready() || typeof params.query !== 'string') return undefined
      const variables =
        params.variables && typeof params.variables === 'object'
          ? (params.variables as Args)
          : undefined
      const document = checked(params.query, variables)
      if (!document) return undefined
      const operation = selectedOperation(document, params.operationName)
      if (!operation || operation.operation !== 'query') return undefined
      const selections = operation.selectionSet.selections
      if (
        !selections.every(
          (selection) => selection.kind === Kind.FIELD && selection.name.value in roots,
        )
      )
        return undefined
      // Payload 3.90's root resolvers leave their `locale` argument on the request the next root field reads (context.req is replaced).
      if (
        selections.length > 1 &&
        selections.some(
          (selection) =>
            selection.kind === Kind.FIELD &&
            selection.arguments?.some((argument) =>
              /^(locale|fallbackLocale)$/.test(argument.name.value),
            ),
        )
      )
        return undefined
      const urlLocale = new URL(request.url).searchParams.get('locale') ?? defaultLocale
      const state: RequestState = { urlLocale, rows: [], tags: [] }
      const result = await execute({
        schema: fromSnapshots,
        document,
        variableValues: variables,
        operationName: operation.name?.value,
        contextValue: state,
        fieldResolver: snapshotField,
      })
      // Any error (not covered, or a failed look-up while the database is away) leaves the request to Payload.
      if (result.errors?.length || state.rows.length === 0) return undefined
      recordCacheTags(state.tags)
      const body = JSON.stringify(result)
      return new Response(body, {
        status: 200,
        headers: readModelHeaders(
          payload,
          request,
          `${mediaType}; charset=utf-8`,
          state.rows,
          body,
        ),
      })
    },
  }
}

export type GraphQLReadModel = ReturnType<typeof createGraphQLReadModel>
