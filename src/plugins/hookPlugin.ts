import type { CollectionConfig, Config, Plugin } from 'payload'

type Hooks = NonNullable<CollectionConfig['hooks']>
type HookName = keyof Hooks

/** The hooks one plugin adds to one collection: before the collection's own hooks, or after them. */
export interface AddedHooks {
  before?: Partial<Hooks>
  after?: Partial<Hooks>
}

/** Per hook list, how many hooks earlier plugins put before the collection's own. */
const LEADING = Symbol('hooks added before the collection’s own')
type WithLeading = CollectionConfig & { [LEADING]?: Partial<Record<HookName, number>> }

/**
 * A plugin that adds hooks to the collections `hooksFor` picks. `before` hooks run after those
 * that earlier plugins put before the collection's own hooks, and before the collection's own;
 * `after` hooks run after the collection's own and those earlier plugins put after them. So the
 * order of src/plugins/index.ts is the order the hooks run in.
 */
export function hookPlugin(
  hooksFor: (collection: CollectionConfig) => AddedHooks | undefined,
): Plugin {
  return (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection: WithLeading) => {
      const added = hooksFor(collection)
      if (!added) return collection
      const leading = { ...collection[LEADING] }
      const hooks: Record<string, unknown[]> = {
        ...(collection.hooks as Record<string, unknown[]> | undefined),
      }
      for (const [name, list] of Object.entries(added.before ?? {}) as Array<
        [HookName, unknown[]]
      >) {
        const current = hooks[name] ?? []
        const at = leading[name] ?? 0
        hooks[name] = [...current.slice(0, at), ...list, ...current.slice(at)]
        leading[name] = at + list.length
      }
      for (const [name, list] of Object.entries(added.after ?? {}) as Array<
        [HookName, unknown[]]
      >) {
        hooks[name] = [...(hooks[name] ?? []), ...list]
      }
      return { ...collection, hooks: hooks as Hooks, [LEADING]: leading }
    }),
  })
}
