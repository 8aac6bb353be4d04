const { factories } = require('@strapi/strapi')

module.exports = factories.createCoreController('api::treatment-option.treatment-option')
