const { factories } = require('@strapi/strapi')

module.exports = factories.createCoreRouter('api::treatment-option.treatment-option')
