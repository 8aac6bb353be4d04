/**
 * Checks a value against a JSON Schema of the OpenAPI document, for the keywords the document
 * uses: $ref (to components.schemas), type, enum, const, properties, required,
 * additionalProperties, items, oneOf, anyOf, allOf. Returns what does not match, by path.
 * Annotations (description, title, minimum, …) are not checked.
 */
type Schema = Record<string, any>

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

const fits = (type: string, actual: string) =>
  type === actual || (type === 'number' && actual === 'integer')

export function schemaProblems(
  schema: Schema | boolean | undefined,
  value: unknown,
  components: Record<string, Schema>,
  at = '$',
): string[] {
  if (schema === undefined || schema === true) return []
  if (schema === false) return [`${at}: not allowed`]
  if (schema.$ref) {
    const name = String(schema.$ref).replace('#/components/schemas/', '')
    if (!components[name]) return [`${at}: unknown schema ${schema.$ref}`]
    return schemaProblems(components[name], value, components, at)
  }
  const problems: string[] = []
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type]
    if (!types.some((type: string) => fits(type, typeOf(value))))
      return [
        `${at}: ${typeOf(value)} where ${types.join(' or ')} belongs (${JSON.stringify(value)?.slice(0, 80)})`,
      ]
  }
  if (schema.enum && !schema.enum.some((option: unknown) => option === value))
    problems.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`)
  if ('const' in schema && schema.const !== value)
    problems.push(`${at}: ${JSON.stringify(value)} is not ${JSON.stringify(schema.const)}`)
  if (schema.allOf)
    for (const part of schema.allOf) problems.push(...schemaProblems(part, value, components, at))
  if (
    schema.anyOf &&
    !schema.anyOf.some((part: Schema) => schemaProblems(part, value, components, at).length === 0)
  )
    problems.push(`${at}: matches none of anyOf`)
  if (schema.oneOf) {
    const matching = schema.oneOf.filter(
      (part: Schema) => schemaProblems(part, value, components, at).length === 0,
    ).length
    if (matching !== 1)
      problems.push(`${at}: matches ${matching} of oneOf (${JSON.stringify(value)?.slice(0, 80)})`)
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>
    for (const name of schema.required ?? [])
      if (!(name in object)) problems.push(`${at}.${name}: missing`)
    for (const [name, item] of Object.entries(object)) {
      if (schema.properties && name in schema.properties)
        problems.push(...schemaProblems(schema.properties[name], item, components, `${at}.${name}`))
      else if (schema.additionalProperties !== undefined && schema.properties)
        problems.push(
          ...schemaProblems(schema.additionalProperties, item, components, `${at}.${name}`),
        )
    }
  }
  if (Array.isArray(value) && schema.items)
    value.forEach((item, index) =>
      problems.push(...schemaProblems(schema.items, item, components, `${at}[${index}]`)),
    )
  return problems
}
