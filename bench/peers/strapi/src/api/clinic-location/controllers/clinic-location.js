const { factories } = require('@strapi/strapi')

module.exports = factories.createCoreController('api::clinic-location.clinic-location')
