import express from 'express'

import { ArticleReader } from './articles'
import { openDatabase } from './database'

/**
 * The bare baseline: Express, hand-written SQL through the CMS's own database driver, and
 * JSON.stringify. It answers the same requests as the CMS for S1 (article by slug), S2 (the
 * GraphQL article page; the query text is not parsed, only its `slug` variable is read) and
 * S3 (articles by condition), with the same data, and nothing else: no access control, no
 * hooks, no cache. It is the floor any framework sits on.
 */
const uri = process.env.DATABASE_URI
const publicUrl = process.env.SERVER_URL
const secret = process.env.PAYLOAD_SECRET
if (!uri || !publicUrl || !secret)
  throw new Error('The baseline needs DATABASE_URI, SERVER_URL and PAYLOAD_SECRET.')

const db = openDatabase(uri)
const articles = new ArticleReader(db, publicUrl, secret)
const app = express()
app.disable('x-powered-by')
app.disable('etag')

app.get('/healthz', (_req, res) => {
  res.json({ status: 'ok' })
})

app.get('/api/articles', async (req, res) => {
  const query = req.query as Record<string, string | undefined>
  const slug = query['where[slug][equals]']
  const condition = query['where[conditions][in]']
  if (slug) {
    res.json(await articles.restArticle(slug))
  } else if (condition) {
    res.json(
      await articles.listByCondition(
        Number(condition),
        Number(query.page ?? 1),
        Number(query.limit ?? 10),
      ),
    )
  } else {
    res.status(400).json({
      errors: [
        { message: 'The baseline answers where[slug][equals] and where[conditions][in] only.' },
      ],
    })
  }
})

app.post('/api/graphql', express.json({ limit: '256kb' }), async (req, res) => {
  const slug = (req.body as { variables?: { slug?: unknown } } | undefined)?.variables?.slug
  if (typeof slug !== 'string') {
    res.status(400).json({
      errors: [{ message: 'The baseline answers the article-page query, with a slug variable.' }],
    })
    return
  }
  res.json(await articles.graphArticle(slug))
})

const server = app.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1')

process.on('SIGTERM', () => {
  server.close(() => {
    void db.close().then(() => process.exit(0))
  })
  server.closeAllConnections()
})
