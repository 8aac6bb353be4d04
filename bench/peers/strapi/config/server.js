module.exports = () => ({
  host: process.env.HOST || '127.0.0.1',
  port: Number(process.env.PORT || 1337),
  app: { keys: ['peer-strapi-key-one', 'peer-strapi-key-two'] },
  // Uploads go to the benchmark's work folder, not into this directory.
  dirs: { public: process.env.MEDIA_DIR },
})
