import type {
  ASTNode,
  FragmentDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql'

import { graphqlRuntime } from './graphqlRuntime'

const { GraphQLError, Kind } = graphqlRuntime

type Fragments = Record<string, FragmentDefinitionNode>

function fragmentsOf(context: ValidationContext): Fragments {
  const fragments: Fragments = {}
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition
  }
  return fragments
}

/**
 * A measure of a selection set that follows fragment spreads, computed once per fragment.
 * Without the memo, a fragment spread twice by a fragment spread twice by … costs 2^n
 * walks: a query of a few hundred bytes held the event loop for minutes. `combine` folds the
 * measures of one set's selections; cycles (refused by GraphQL's own rules) count as 0.
 */
function measure(
  selectionSet: SelectionSetNode | undefined,
  fragments: Fragments,
  memo: Map<string, number>,
  field: (inner: number) => number,
  combine: (measures: number[]) => number,
): number {
  if (!selectionSet) return 0
  const measures = selectionSet.selections.map((selection) => {
    if (selection.kind === Kind.FIELD) {
      // Introspection meta-fields (__typename, __schema…) do not reach the database.
      if (selection.name.value.startsWith('__')) return 0
      return field(measure(selection.selectionSet, fragments, memo, field, combine))
    }
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return measure(selection.selectionSet, fragments, memo, field, combine)
    const name = selection.name.value
    const known = memo.get(name)
    if (known !== undefined) return known
    const fragment = fragments[name]
    if (!fragment) return 0
    memo.set(name, 0) // a cycle back to this fragment counts as nothing
    const value = measure(fragment.selectionSet, fragments, memo, field, combine)
    memo.set(name, value)
    return value
  })
  return combine(measures)
}

/** Refuses operations nested deeper than `maxDepth` fields, naming the depth and the limit. */
export function depthLimit(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = fragmentsOf(context)
    return {
      OperationDefinition(node: ASTNode & { selectionSet: SelectionSetNode }) {
        const depth = measure(
          node.selectionSet,
          fragments,
          new Map(),
          (inner) => 1 + inner,
          (depths) => Math.max(0, ...depths),
        )
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`Query depth ${depth} exceeds the limit of ${maxDepth}.`, {
              nodes: [node],
              extensions: { code: 'DEPTH_LIMIT', statusCode: 400 },
            }),
          )
        }
      },
    }
  }
}

/**
 * Refuses operations whose fields, once every fragment spread is expanded, number more than
 * `maxFields`: the query complexity rule walks the expanded tree, which a fragment bomb makes
 * exponential, so it runs only on documents under this bound.
 */
export function expansionLimit(maxFields: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = fragmentsOf(context)
    return {
      OperationDefinition(node: ASTNode & { selectionSet: SelectionSetNode }) {
        const fields = measure(
          node.selectionSet,
          fragments,
          new Map(),
          (inner) => 1 + inner,
          (counts) => counts.reduce((sum, count) => sum + count, 0),
        )
        if (fields > maxFields) {
          const shown = Number.isFinite(fields) ? fields.toLocaleString('en-US') : 'too many'
          context.reportError(
            new GraphQLError(
              `The query expands to ${shown} fields; the limit is ${maxFields.toLocaleString('en-US')}.`,
              { nodes: [node], extensions: { code: 'EXPANSION_LIMIT', statusCode: 400 } },
            ),
          )
        }
      },
    }
  }
}
