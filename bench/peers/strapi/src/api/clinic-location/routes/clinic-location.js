const { factories } = require('@strapi/strapi')

module.exports = factories.createCoreRouter('api::clinic-location.clinic-location')
