module.exports = () => ({
  // Relations of the sixty-relationship document hold up to 22 entries; a GraphQL page of relations is 10 by default.
  graphql: { config: { defaultLimit: 100, maxLimit: 100, depthLimit: 10, landingPage: false } },
  // A 1×1 picture: no responsive sizes or optimisation to make.
  upload: { config: { sizeOptimization: false, responsiveDimensions: false, breakpoints: {} } },
  'users-permissions': { config: { jwtSecret: process.env.PAYLOAD_SECRET } },
})
