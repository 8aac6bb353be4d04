import type { FieldAccess } from 'payload'

/**
 * Field access for a `required` field the server fills in when a write leaves it out: one with
 * a default value, or a slug made from the title. Payload types every required field as
 * non-null (`String!`) in GraphQL create inputs, so GraphQL clients had to send what REST
 * clients may leave out; a field with a read rule of its own is typed nullable there instead.
 * The rule lets everyone read the field, as they could without it.
 */
export const filledByServer: { read: FieldAccess } = { read: () => true }
