const { factories } = require('@strapi/strapi')

module.exports = factories.createCoreService('api::risk-disclosure.risk-disclosure')
