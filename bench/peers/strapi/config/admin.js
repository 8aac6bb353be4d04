// The admin panel is not built or served: the benchmark reads the GraphQL API only.
module.exports = () => ({
  serveAdminPanel: false,
  auth: { secret: process.env.PAYLOAD_SECRET },
  apiToken: { salt: 'peer-strapi-api-token-salt' },
  transfer: { token: { salt: 'peer-strapi-transfer-token-salt' } },
  secrets: { encryptionKey: 'peer-strapi-encryption-key-0123456789' },
})
