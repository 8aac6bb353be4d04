import { GraphQLError, Kind, type ASTNode, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql'

function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!selectionSet) return 0
  let deepest = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      // Introspection meta-fields (__typename, __schema…) do not reach the database.
      if (selection.name.value.startsWith('__')) continue
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen))
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen))
    } else {
      const name = selection.name.value
      const fragment = fragments[name]
      // Cycles are reported by GraphQL's own NoFragmentCycles rule; just stop here.
      if (!fragment || seen.has(name)) continue
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...seen, name])))
    }
  }
  return deepest
}

/** Refuses operations nested deeper than `maxDepth` fields, naming the depth and the limit. */
export function depthLimit(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments: Record<string, FragmentDefinitionNode> = {}
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition
    }
    return {
      OperationDefinition(node: ASTNode & { selectionSet: SelectionSetNode }) {
        const depth = depthOf(node.selectionSet, fragments, new Set())
        if (depth > maxDepth) {
          context.reportError(new GraphQLError(`Query depth ${depth} exceeds the limit of ${maxDepth}.`, { nodes: [node], extensions: { code: 'DEPTH_LIMIT', statusCode: 400 } }))
        }
      },
    }
  }
}
