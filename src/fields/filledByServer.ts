import type { FieldAccess, TextField } from 'payload'

/**
 * For a `required` field the server fills in when a write leaves it out: one with a default
 * value, or a slug made from the title.
 *
 * `access`: Payload types every required field as non-null (`String!`) in GraphQL create inputs,
 * so GraphQL clients had to send what REST clients may leave out; a field with a read rule of
 * its own is typed nullable there instead. The rule lets everyone read the field, as they
 * could without it.
 *
 * `typescriptSchema`: likewise, `payload-types.ts` (and with it the SDK's `create`) marked the
 * field as one every write must send. `required: false` is Payload's way (configToJSONSchema,
 * 3.90) to leave a required field out of the interface's required keys.
 */
export const filledByServer: { read: FieldAccess } = { read: () => true }

export const optionalInGeneratedTypes: NonNullable<TextField['typescriptSchema']> = [
  ({ jsonSchema }) => ({ ...jsonSchema, required: false }),
]
