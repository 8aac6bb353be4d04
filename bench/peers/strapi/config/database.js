module.exports = () => ({
  connection: {
    client: 'postgres',
    connection: { connectionString: process.env.DATABASE_URI },
    pool: { min: 0, max: 10 },
  },
})
