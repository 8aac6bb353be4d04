import { createRequire } from 'node:module'

/**
 * `graphql` as Payload's schema and the GraphQL-over-HTTP handler load it: the CommonJS build,
 * by its `main`. Under Vite (the tests), an `import` from this project's files resolves to the
 * ES module build instead, a second copy whose classes are different: graphql-js refuses to
 * validate a schema built by the other copy, and the handler does not recognise the other
 * copy's GraphQLError (it answered a refusal by a validation rule with 200). Every value the
 * server hands to either comes from here; types can still be imported from 'graphql'.
 */
export const graphqlRuntime = createRequire(import.meta.url)('graphql') as typeof import('graphql')
