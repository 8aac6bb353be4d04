/**
 * Strapi 5 for the benchmark's peer comparison: its GraphQL plugin, PostgreSQL, the admin panel
 * neither built nor served, and content types holding the sixty-relationship document
 * (src/api, src/components) with public read access. Run by bench/peers/run.ts from this
 * directory, so `@strapi/strapi` is this folder's own. Strapi creates its tables when it loads.
 *
 * Environment: DATABASE_URI, PAYLOAD_SECRET (its secrets), PORT, HOST, MEDIA_DIR (its public
 * folder, where uploads go). `--seed` stores SHAPE_FILE's document (see ../shape.ts) through
 * the Document Service into the empty database and exits; without it, the server serves.
 */
const fs = require('node:fs')
const path = require('node:path')

const { createStrapi } = require('@strapi/strapi')

const TYPES = ['article', 'clinic-location', 'condition', 'risk-disclosure', 'treatment-option']
const uid = (name) => `api::${name}.${name}`

/** `{ en, es }` pairs anywhere in `value` become one locale's value. */
function inLocale(value, locale) {
  if (Array.isArray(value)) return value.map((item) => inLocale(item, locale))
  if (value && typeof value === 'object') {
    const keys = Object.keys(value)
    if (keys.length === 2 && 'en' in value && 'es' in value) return value[locale]
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, inLocale(item, locale)]),
    )
  }
  return value
}

const pick = (data, names) =>
  Object.fromEntries(names.filter((name) => name in data).map((name) => [name, data[name]]))

/** A 1×1 PNG: the picture itself does not matter. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

async function seed(strapi) {
  if ((await strapi.documents(uid('article')).count({})) > 0) return
  const locales = strapi.plugin('i18n').service('locales')
  if (!(await locales.findByCode('es'))) await locales.create({ code: 'es', name: 'Spanish (es)' })
  // Anonymous readers may read every type, as in the other servers.
  const publicRole = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' } })
  const actions = [
    ...TYPES.flatMap((name) => [`${uid(name)}.find`, `${uid(name)}.findOne`]),
    'plugin::upload.content-api.find',
    'plugin::upload.content-api.findOne',
  ]
  for (const action of actions)
    await strapi.db
      .query('plugin::users-permissions.permission')
      .create({ data: { action, role: publicRole.id } })

  const shape = JSON.parse(fs.readFileSync(process.env.SHAPE_FILE, 'utf8'))
  const store = async (name, data, fields) => {
    const documents = strapi.documents(uid(name))
    const { documentId } = await documents.create({
      data: pick(inLocale(data, 'en'), fields),
      locale: 'en',
    })
    await documents.update({ documentId, data: pick(inLocale(data, 'es'), fields), locale: 'es' })
    return documentId
  }
  const upload = strapi.plugin('upload').service('upload')
  const media = []
  for (const [index, item] of shape.media.entries()) {
    const file = path.join(process.env.MEDIA_DIR, `peer-${index + 1}.png`)
    fs.writeFileSync(file, PIXEL)
    const [stored] = await upload.upload({
      data: { fileInfo: { alternativeText: item.alt.en } },
      files: {
        filepath: file,
        originalFilename: `peer-${index + 1}.png`,
        mimetype: 'image/png',
        size: PIXEL.length,
      },
    })
    media.push(stored.id)
  }
  const conditions = []
  for (const data of shape.conditions)
    conditions.push(await store('condition', data, ['name', 'slug', 'icd10', 'description']))
  const disclosures = []
  for (const data of shape.disclosures)
    disclosures.push(
      await store('risk-disclosure', data, [
        'title',
        'slug',
        'severity',
        'frequency',
        'description',
        'mitigation',
        'references',
        'effectiveDate',
      ]),
    )
  const treatments = []
  for (const { data, disclosures: linked } of shape.treatments) {
    const fields = [
      'name',
      'slug',
      'route',
      'regulatoryStatus',
      'summary',
      'description',
      'approvedIndications',
      'protocol',
      'onset',
      'conditions',
      'riskDisclosures',
      'contraindications',
      'cost',
      'references',
    ]
    treatments.push(
      await store(
        'treatment-option',
        {
          ...data,
          conditions: conditions.slice(0, 3),
          riskDisclosures: linked.map((index) => disclosures[index]),
        },
        fields,
      ),
    )
  }
  const clinics = []
  for (const data of shape.clinics) {
    const fields = [
      'name',
      'slug',
      'address',
      'location',
      'phone',
      'email',
      'bookingUrl',
      'timezone',
      'hours',
      'treatmentsOffered',
      'conditionsTreated',
      'languages',
      'insuranceNote',
      'accessibilityNote',
    ]
    clinics.push(
      await store(
        'clinic-location',
        {
          ...data,
          treatmentsOffered: treatments.slice(0, 4),
          conditionsTreated: conditions.slice(0, 4),
        },
        fields,
      ),
    )
  }
  const withMedia = (node) => {
    if (Array.isArray(node)) return node.map(withMedia)
    if (!node || typeof node !== 'object') return node
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [
        key,
        key === 'value' && node.type === 'upload' ? media[value] : withMedia(value),
      ]),
    )
  }
  const { article } = shape
  const riskDisclosures = [
    ...new Set(shape.treatments.flatMap((treatment) => treatment.disclosures)),
  ].map((index) => disclosures[index])
  const data = {
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    body: { en: withMedia(article.body.en), es: withMedia(article.body.es) },
    heroImage: media[article.heroImage],
    conditions,
    treatments,
    clinics,
    riskDisclosures,
    references: article.references,
    seo: { metaTitle: article.seo.metaTitle, image: media[article.seoImage] },
  }
  await store('article', data, Object.keys(data))
}

async function main() {
  // Strapi's local upload provider refuses to start without its folder.
  fs.mkdirSync(path.join(process.env.MEDIA_DIR, 'uploads'), { recursive: true })
  const strapi = await createStrapi({ appDir: __dirname, distDir: __dirname }).load()
  if (process.argv.includes('--seed')) {
    await seed(strapi)
    // Every write has been awaited; Strapi's destroy aborts its own pool's pending look-ups.
    process.exit(0)
  }
  await strapi.start()
  process.on('SIGTERM', () => strapi.destroy().then(() => process.exit(0)))
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
