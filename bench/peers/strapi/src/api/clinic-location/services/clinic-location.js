const { factories } = require('@strapi/strapi')

module.exports = factories.createCoreService('api::clinic-location.clinic-location')
