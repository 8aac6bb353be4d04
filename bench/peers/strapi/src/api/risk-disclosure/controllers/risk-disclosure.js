const { factories } = require('@strapi/strapi')

module.exports = factories.createCoreController('api::risk-disclosure.risk-disclosure')
