/** Small builders for Lexical documents, so demo content reads like prose rather than JSON. */

type Node = Record<string, unknown>

const base = { format: '', indent: 0, version: 1, direction: 'ltr' }

/** A text run; `**bold**` spans become bold text. */
function runs(text: string): Node[] {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) => {
      const bold = part.startsWith('**') && part.endsWith('**')
      return {
        type: 'text',
        text: bold ? part.slice(2, -2) : part,
        format: bold ? 1 : 0,
        detail: 0,
        mode: 'normal',
        style: '',
        version: 1,
      }
    })
}

export const p = (text: string): Node => ({
  ...base,
  type: 'paragraph',
  textFormat: 0,
  children: runs(text),
})

export const h2 = (text: string): Node => ({
  ...base,
  type: 'heading',
  tag: 'h2',
  children: runs(text),
})

export const quote = (text: string): Node => ({ ...base, type: 'quote', children: runs(text) })

export const ul = (...items: string[]): Node => ({
  ...base,
  type: 'list',
  listType: 'bullet',
  tag: 'ul',
  start: 1,
  children: items.map((item, index) => ({
    ...base,
    type: 'listitem',
    value: index + 1,
    children: runs(item),
  })),
})

/** A paragraph with a link to `url` in the middle of its text. */
export const linked = (before: string, label: string, url: string, after = ''): Node => ({
  ...base,
  type: 'paragraph',
  textFormat: 0,
  children: [
    ...runs(before),
    {
      ...base,
      type: 'link',
      fields: { url, newTab: true, linkType: 'custom' },
      children: runs(label),
    },
    ...(after ? runs(after) : []),
  ],
})

export const doc = (...children: Node[]) => ({ root: { ...base, type: 'root', children } })
