import { afterAll, beforeAll, expect, it } from 'vitest'

import { createTeam, disclosureData, publishApproved, treatmentData, articleData, type Team } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

let server: TestServer
let team: Team
beforeAll(async () => {
  server = await startTestServer()
  team = await createTeam(server.payload, server.api)
})
afterAll(async () => server?.close())

it('publishes through the workflow', async () => {
  const disclosure = await publishApproved(server.api, team, 'risk-disclosures', disclosureData())
  const treatment = await publishApproved(server.api, team, 'treatment-options', treatmentData({ riskDisclosures: [disclosure] }))
  const article = await publishApproved(server.api, team, 'articles', articleData({ treatments: [treatment] }))
  const pub = await server.api.get(`/api/articles/${article}`)
  console.log(pub.status, pub.body.reviewStatus, pub.body._status)
  const records = await server.payload.find({ collection: 'review-records', limit: 100 })
  console.log(records.docs.map((r) => `${r.action}/${r.decision ?? ''}/${r.targetCollection}/${r.documentId}`))
  console.log(server.mail.messages.map((m) => [m.to, m.subject]))
  expect(pub.status).toBe(200)
})
