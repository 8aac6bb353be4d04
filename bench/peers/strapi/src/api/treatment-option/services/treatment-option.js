const { factories } = require('@strapi/strapi')

module.exports = factories.createCoreService('api::treatment-option.treatment-option')
