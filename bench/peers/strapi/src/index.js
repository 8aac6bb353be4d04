module.exports = {
  /** The benchmark waits for GET /healthz, as for every server it starts. */
  register({ strapi }) {
    strapi.server.use(async (ctx, next) => {
      if (ctx.path !== '/healthz') return next()
      ctx.body = { status: 'ok' }
    })
  },
}
