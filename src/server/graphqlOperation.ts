import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql'

/**
 * The operation a GraphQL request runs, as graphql-js picks it: the one `operationName` names,
 * or the only one when no name is given; undefined when there is no such single operation.
 */
export function selectedOperation(
  document: DocumentNode,
  operationName: unknown,
): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  )
  if (typeof operationName === 'string')
    return operations.find((operation) => operation.name?.value === operationName)
  return operations.length === 1 ? operations[0] : undefined
}
