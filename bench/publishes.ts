import type { Dataset } from './seed/dataset'

export interface PublishStream {
  publishes: number
  refused: number
  /** Mean time of one publish, ms. */
  meanMs: number
}

/**
 * An editor republishing signed-off articles one after another, as fast as the server answers,
 * until `stop()`: each publish rebuilds the article's snapshots and purges its cache tags, so
 * readers of other articles should keep getting cached answers.
 */
export async function publishStream(
  url: string,
  token: string,
  articles: Dataset['articles'],
  stop: () => boolean,
): Promise<PublishStream> {
  let publishes = 0
  let refused = 0
  let spent = 0
  for (let index = 0; !stop(); index += 1) {
    const article = articles[index % articles.length]
    const started = performance.now()
    const response = await fetch(`${url}/api/articles/${article.id}?depth=0`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ _status: 'published' }),
    })
    await response.arrayBuffer()
    spent += performance.now() - started
    if (response.ok) publishes += 1
    else refused += 1
  }
  return {
    publishes,
    refused,
    meanMs: Number((spent / Math.max(1, publishes + refused)).toFixed(1)),
  }
}
