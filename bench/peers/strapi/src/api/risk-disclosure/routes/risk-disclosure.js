const { factories } = require('@strapi/strapi')

module.exports = factories.createCoreRouter('api::risk-disclosure.risk-disclosure')
