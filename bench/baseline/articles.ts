import { createHash, createHmac } from 'node:crypto'

import { iso, json, num, placeholders, type BaselineDatabase, type Row } from './database'

/**
 * Hand-written reads of the published articles and everything they show, in English (the
 * default locale), shaped like the CMS's own responses: the REST article at depth 2 (S1), the
 * GraphQL article page (S2) and the condition listing (S3). Each loader is one indexed query
 * per table, batched by id, with no framework in between.
 */

type Id = number | string
type Doc = Record<string, unknown>

const LOCALE = 'en'

/** An article's own row (with its English texts) and its relationship ids, in their stored order. */
interface StoredArticle {
  row: Row
  conditions: Id[]
  treatments: Id[]
  clinics: Id[]
  authors: Id[]
}
const SEVERITY_RANK: Record<string, number> = { serious: 0, 'rare-serious': 1, common: 2 }

/** Serious first, then rare-but-serious, then common; ties keep their order (as the CMS presents them). */
function bySeverity<T extends { severity: unknown }>(items: T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        (SEVERITY_RANK[String(a.item.severity)] ?? 3) -
          (SEVERITY_RANK[String(b.item.severity)] ?? 3) || a.index - b.index,
    )
    .map(({ item }) => item)
}

const unique = (ids: Id[]): Id[] => [...new Set(ids)]

/** A select option as a GraphQL enum value: `rare-serious` → `rare_serious`. */
const enumValue = (value: unknown): unknown =>
  typeof value === 'string' ? value.replace(/-/g, '_') : value

function groupBy(rows: Row[], key: string, value: (row: Row) => unknown): Map<unknown, unknown[]> {
  const groups = new Map<unknown, unknown[]>()
  for (const row of rows) {
    const list = groups.get(row[key]) ?? []
    list.push(value(row))
    groups.set(row[key], list)
  }
  return groups
}

function withoutId(doc: Doc | null): Doc | null {
  if (!doc) return null
  const { id: _id, ...rest } = doc
  return rest
}

function pick(map: Map<unknown, Doc>, ids: Id[]): Doc[] {
  return ids.map((id) => map.get(id)).filter((doc): doc is Doc => doc !== undefined)
}

export class ArticleReader {
  constructor(
    private readonly db: BaselineDatabase,
    /** The CMS's SERVER_URL, which prefixes media URLs. */
    private readonly publicUrl: string,
    /** The CMS's PAYLOAD_SECRET: byline rows are identified by an HMAC of the person, not by the user id. */
    private readonly payloadSecret: string,
  ) {}

  /** The CMS's byline row id (src/delivery/byline.ts), keyed as Payload keys its secret (sha256, first 32 hex digits). */
  private bylineRowId(userId: unknown): string {
    const key = createHash('sha256').update(this.payloadSecret).digest('hex').slice(0, 32)
    return createHmac('sha256', key)
      .update(`byline:${String(userId)}`)
      .digest('hex')
      .slice(0, 24)
  }

  private async byIds(sql: string, ids: Id[]): Promise<Row[]> {
    return ids.length === 0
      ? []
      : this.db.query(sql.replace('(?)', `(${placeholders(ids.length)})`), ids)
  }

  private fileUrl(filename: unknown): null | string {
    return typeof filename === 'string' ? `${this.publicUrl}/api/media/file/${filename}` : null
  }

  private async media(ids: Id[]): Promise<Map<unknown, Doc>> {
    const rows = await this.byIds(
      `SELECT m.*, ml.alt FROM media m LEFT JOIN media_locales ml ON ml._parent_id = m.id AND ml._locale = '${LOCALE}' WHERE m.id IN (?)`,
      unique(ids),
    )
    const size = (row: Row, name: string) => ({
      url: this.fileUrl(row[`sizes_${name}_filename`]),
      width: num(row[`sizes_${name}_width`]),
      height: num(row[`sizes_${name}_height`]),
      mimeType: row[`sizes_${name}_mime_type`],
      filesize: num(row[`sizes_${name}_filesize`]),
      filename: row[`sizes_${name}_filename`],
    })
    return new Map(
      rows.map((row) => [
        row.id,
        {
          id: row.id,
          alt: row.alt,
          url: this.fileUrl(row.filename),
          filename: row.filename,
          mimeType: row.mime_type,
          width: num(row.width),
          height: num(row.height),
          sizes: {
            thumbnail: size(row, 'thumbnail'),
            card: size(row, 'card'),
            hero: size(row, 'hero'),
          },
        },
      ]),
    )
  }

  private async conditions(ids: Id[]): Promise<Map<unknown, Doc>> {
    const [rows, codes] = await Promise.all([
      this.byIds(
        `SELECT c.id, l.name, c.slug FROM conditions c JOIN conditions_locales l ON l._parent_id = c.id AND l._locale = '${LOCALE}' WHERE c._status = 'published' AND c.id IN (?)`,
        unique(ids),
      ),
      this.byIds(
        `SELECT parent_id, text FROM conditions_texts WHERE path = 'icd10' AND parent_id IN (?) ORDER BY parent_id, "order"`,
        unique(ids),
      ),
    ])
    const icd10 = groupBy(codes, 'parent_id', (row) => row.text)
    return new Map(
      rows.map((row) => [
        row.id,
        { id: row.id, name: row.name, slug: row.slug, icd10: icd10.get(row.id) ?? [] },
      ]),
    )
  }

  private async disclosures(ids: Id[]): Promise<Map<unknown, Doc>> {
    const rows = await this.byIds(
      `SELECT r.id, l.title, r.slug, r.severity, l.frequency, l.mitigation FROM risk_disclosures r
       JOIN risk_disclosures_locales l ON l._parent_id = r.id AND l._locale = '${LOCALE}' WHERE r._status = 'published' AND r.id IN (?)`,
      unique(ids),
    )
    return new Map(
      rows.map((row) => [
        row.id,
        {
          id: row.id,
          title: row.title,
          slug: row.slug,
          severity: row.severity,
          frequency: row.frequency,
          mitigation: row.mitigation,
        },
      ]),
    )
  }

  /** Published treatments, newest first (the CMS's default order), with their published risk disclosures. */
  private async treatments(ids: Id[]): Promise<Doc[]> {
    const [rows, rels] = await Promise.all([
      this.byIds(
        `SELECT t.id, l.name, t.slug, t.route, l.summary, t.regulatory_status FROM treatment_options t
         JOIN treatment_options_locales l ON l._parent_id = t.id AND l._locale = '${LOCALE}'
         WHERE t._status = 'published' AND t.id IN (?) ORDER BY t.created_at DESC`,
        unique(ids),
      ),
      this.byIds(
        `SELECT parent_id, risk_disclosures_id FROM treatment_options_rels WHERE path = 'riskDisclosures' AND parent_id IN (?) ORDER BY parent_id, "order"`,
        unique(ids),
      ),
    ])
    const risksOf = groupBy(rels, 'parent_id', (row) => row.risk_disclosures_id) as Map<
      unknown,
      Id[]
    >
    const disclosures = await this.disclosures(rels.map((row) => row.risk_disclosures_id as Id))
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      slug: row.slug,
      route: row.route,
      summary: row.summary,
      regulatoryStatus: row.regulatory_status,
      riskDisclosures: bySeverity(
        pick(disclosures, risksOf.get(row.id) ?? []) as Array<Doc & { severity: unknown }>,
      ),
    }))
  }

  private async clinics(ids: Id[]): Promise<Map<unknown, Doc>> {
    const [rows, languages] = await Promise.all([
      this.byIds(
        `SELECT c.*, l.name FROM clinic_locations c JOIN clinic_locations_locales l ON l._parent_id = c.id AND l._locale = '${LOCALE}' WHERE c._status = 'published' AND c.id IN (?)`,
        unique(ids),
      ),
      this.byIds(
        `SELECT parent_id, value FROM clinic_locations_languages WHERE parent_id IN (?) ORDER BY parent_id, "order"`,
        unique(ids),
      ),
    ])
    const languagesOf = groupBy(languages, 'parent_id', (row) => row.value)
    return new Map(
      rows.map((row) => [
        row.id,
        {
          id: row.id,
          name: row.name,
          slug: row.slug,
          address: {
            street: row.address_street,
            city: row.address_city,
            state: row.address_state,
            postalCode: row.address_postal_code,
            country: row.address_country,
          },
          location: { lat: num(row.location_lat), lng: num(row.location_lng) },
          phone: row.phone,
          bookingUrl: row.booking_url,
          languages: languagesOf.get(row.id) ?? [],
        },
      ]),
    )
  }

  /** The public byline of people: name, credentials, specialty, photo. */
  private async people(ids: Id[]): Promise<Map<unknown, Doc>> {
    const [rows, credentials] = await Promise.all([
      this.byIds(`SELECT id, name, specialty, photo_id FROM users WHERE id IN (?)`, unique(ids)),
      this.byIds(
        `SELECT parent_id, value FROM users_credentials WHERE parent_id IN (?) ORDER BY parent_id, "order"`,
        unique(ids),
      ),
    ])
    const credentialsOf = groupBy(credentials, 'parent_id', (row) => row.value)
    return new Map(
      rows.map((row) => [
        row.id,
        {
          id: this.bylineRowId(row.id),
          name: row.name,
          credentials: credentialsOf.get(row.id) ?? [],
          specialty: row.specialty ?? null,
          photo: row.photo_id ?? null,
        },
      ]),
    )
  }

  private async article(slug: string): Promise<StoredArticle | undefined> {
    const [row] = await this.db.query(
      `SELECT a.*, l.title, l.summary, l.body, l.seo_meta_title, l.seo_meta_description FROM articles a
       LEFT JOIN articles_locales l ON l._parent_id = a.id AND l._locale = '${LOCALE}' WHERE a._status = 'published' AND a.slug = ?`,
      [slug],
    )
    if (!row) return undefined
    const rels = await this.db.query(
      `SELECT path, conditions_id, treatment_options_id, clinic_locations_id, users_id FROM articles_rels WHERE parent_id = ? ORDER BY path, "order"`,
      [row.id],
    )
    const idsAt = (path: string, column: string) =>
      rels.filter((rel) => rel.path === path).map((rel) => rel[column] as Id)
    return {
      row,
      conditions: idsAt('conditions', 'conditions_id'),
      treatments: idsAt('treatments', 'treatment_options_id'),
      clinics: idsAt('clinics', 'clinic_locations_id'),
      authors: idsAt('authors', 'users_id'),
    }
  }

  /** Everything an article page shows, loaded in parallel. */
  private async related(article: StoredArticle) {
    const { row } = article
    const [media, conditions, treatments, clinics, people] = await Promise.all([
      this.media(
        [row.hero_image_id, row.seo_image_id].filter(
          (id): id is Id => id !== null && id !== undefined,
        ),
      ),
      this.conditions(article.conditions),
      this.treatments(article.treatments),
      this.clinics(article.clinics),
      this.people(
        [row.medical_reviewer_id as Id, ...article.authors].filter(
          (id) => id !== null && id !== undefined,
        ),
      ),
    ])
    const treatmentById = new Map(treatments.map((treatment) => [treatment.id, treatment]))
    // The article's risks: those of its treatments (in the order the treatments are read), without repeats, serious first.
    const risks = new Map<unknown, Doc>()
    for (const treatment of treatments)
      for (const risk of treatment.riskDisclosures as Doc[])
        if (!risks.has(risk.id)) risks.set(risk.id, risk)
    return {
      media,
      conditions: pick(conditions, article.conditions),
      treatments: pick(treatmentById, article.treatments),
      clinics: pick(clinics, article.clinics),
      riskDisclosures: bySeverity([...risks.values()] as Array<Doc & { severity: unknown }>),
      reviewer: people.get(row.medical_reviewer_id) ?? null,
      authors: pick(people, article.authors),
    }
  }

  /** S1: `GET /api/articles?where[slug][equals]=…&depth=2&limit=1`, the REST list envelope around one article. */
  async restArticle(slug: string): Promise<Doc> {
    const article = await this.article(slug)
    if (!article) return listEnvelope([], 1, 1, 0)
    const { row } = article
    const [related, references, approved] = await Promise.all([
      this.related(article),
      this.db.query(
        `SELECT id, title, url, publisher, year, doi, pmid FROM articles_references WHERE _parent_id = ? ORDER BY _order`,
        [row.id],
      ),
      this.db.query(
        `SELECT value FROM articles_approved_locales WHERE parent_id = ? ORDER BY "order"`,
        [row.id],
      ),
    ])
    // Which locale each localized field is served from; a field with no text in it has none.
    const servedFrom = (value: unknown) =>
      value === null || value === undefined || value === '' ? null : LOCALE
    const doc = {
      id: row.id,
      title: row.title,
      slug: row.slug,
      summary: row.summary,
      body: json(row.body),
      heroImage: related.media.get(row.hero_image_id) ?? null,
      conditions: related.conditions,
      treatments: related.treatments,
      clinics: related.clinics,
      references: references.map((ref) => ({
        id: ref.id,
        title: ref.title,
        url: ref.url,
        publisher: ref.publisher,
        year: num(ref.year),
        doi: ref.doi,
        pmid: ref.pmid,
      })),
      seo: {
        metaTitle: row.seo_meta_title,
        metaDescription: row.seo_meta_description,
        image: related.media.get(row.seo_image_id) ?? null,
      },
      publishedAt: iso(row.published_at),
      // authors, medicalReviewer, reviewStatus and nextReviewDue are staff-only: anonymous readers do not get them.
      lastReviewedAt: iso(row.last_reviewed_at),
      updatedAt: iso(row.updated_at),
      createdAt: iso(row.created_at),
      _status: row._status,
      localeStatus: {
        requestedLocale: LOCALE,
        locale: LOCALE,
        fallback: false,
        approvedLocales: approved.length > 0 ? approved.map((locale) => locale.value) : [LOCALE],
        fieldLocales: {
          title: servedFrom(row.title),
          summary: servedFrom(row.summary),
          body: servedFrom(row.body),
          'seo.metaTitle': servedFrom(row.seo_meta_title),
          'seo.metaDescription': servedFrom(row.seo_meta_description),
        },
      },
      // The CMS's byline: the reviewer without an id, each author with a row id that is not the user's.
      byline: {
        reviewer: withoutId(related.reviewer),
        authors: related.authors,
        reviewedAt: iso(row.last_reviewed_at),
      },
      // claimFlags are staff-only: an anonymous answer leaves them out, with no empty list in their place.
      riskDisclosures: related.riskDisclosures,
    }
    return listEnvelope([doc], 1, 1, 1)
  }

  /** S2: the data of the GraphQL article-page query, in the shape GraphQL answers it. */
  async graphArticle(slug: string): Promise<Doc> {
    const article = await this.article(slug)
    if (!article) return { data: { Articles: { docs: [] } } }
    const { row } = article
    const related = await this.related(article)
    const hero = related.media.get(row.hero_image_id)
    const doc = {
      id: row.id,
      title: row.title,
      slug: row.slug,
      summary: row.summary,
      body: json(row.body),
      publishedAt: iso(row.published_at),
      heroImage: hero
        ? { url: hero.url, alt: hero.alt, width: hero.width, height: hero.height }
        : null,
      conditions: related.conditions,
      treatments: related.treatments.map((treatment) => ({
        ...treatment,
        route: enumValue(treatment.route),
        regulatoryStatus: enumValue(treatment.regulatoryStatus),
        riskDisclosures: (treatment.riskDisclosures as Doc[]).map(
          ({ id, title, severity, frequency, mitigation }) => ({
            id,
            title,
            severity: enumValue(severity),
            frequency,
            mitigation,
          }),
        ),
      })),
      clinics: related.clinics.map(
        ({ id, name, slug: clinicSlug, phone, bookingUrl, address, location }) => {
          const { street, city, state, postalCode } = address as Doc
          return {
            id,
            name,
            slug: clinicSlug,
            phone,
            bookingUrl,
            address: { street, city, state, postalCode },
            location,
          }
        },
      ),
      byline: {
        reviewer: related.reviewer
          ? {
              name: related.reviewer.name,
              credentials: related.reviewer.credentials,
              specialty: related.reviewer.specialty,
            }
          : null,
        reviewedAt: iso(row.last_reviewed_at),
      },
    }
    return { data: { Articles: { docs: [doc] } } }
  }

  /** S3: one page of the published articles about a condition, newest first, as cards. */
  async listByCondition(conditionId: Id, page: number, limit: number): Promise<Doc> {
    const filter = `a._status = 'published' AND a.id IN (SELECT parent_id FROM articles_rels WHERE path = 'conditions' AND conditions_id = ?)`
    const [[{ total }], rows] = await Promise.all([
      this.db.query(`SELECT COUNT(*) AS total FROM articles a WHERE ${filter}`, [conditionId]),
      this.db.query(
        `SELECT a.id, l.title, a.slug, l.summary, a.hero_image_id, a.published_at FROM articles a
         LEFT JOIN articles_locales l ON l._parent_id = a.id AND l._locale = '${LOCALE}'
         WHERE ${filter} ORDER BY a.published_at DESC, a.created_at DESC LIMIT ? OFFSET ?`,
        [conditionId, limit, (page - 1) * limit],
      ),
    ])
    const ids = rows.map((row) => row.id as Id)
    const [rels, treatmentRels] = await Promise.all([
      this.byIds(
        `SELECT parent_id, conditions_id FROM articles_rels WHERE path = 'conditions' AND parent_id IN (?) ORDER BY parent_id, "order"`,
        ids,
      ),
      this.byIds(
        `SELECT parent_id, treatment_options_id FROM articles_rels WHERE path = 'treatments' AND parent_id IN (?) ORDER BY parent_id, "order"`,
        ids,
      ),
    ])
    const conditionsOf = groupBy(rels, 'parent_id', (row) => row.conditions_id) as Map<
      unknown,
      Id[]
    >
    const treatmentsOf = groupBy(
      treatmentRels,
      'parent_id',
      (row) => row.treatment_options_id,
    ) as Map<unknown, Id[]>
    const [media, conditions, treatments] = await Promise.all([
      this.media(rows.map((row) => row.hero_image_id as Id)),
      this.conditions(rels.map((row) => row.conditions_id as Id)),
      this.treatments(treatmentRels.map((row) => row.treatment_options_id as Id)),
    ])
    // Each article's risks, as the CMS adds them to every read: its published treatments' disclosures, without repeats, serious first.
    const risksOf = (articleId: unknown) => {
      const linked = new Set(treatmentsOf.get(articleId) ?? [])
      const risks = new Map<unknown, Doc>()
      for (const treatment of treatments)
        if (linked.has(treatment.id as Id))
          for (const risk of treatment.riskDisclosures as Doc[])
            if (!risks.has(risk.id)) risks.set(risk.id, risk)
      return bySeverity([...risks.values()] as Array<Doc & { severity: unknown }>)
    }
    const docs = rows.map((row) => ({
      id: row.id,
      title: row.title,
      slug: row.slug,
      summary: row.summary,
      heroImage: media.get(row.hero_image_id) ?? null,
      conditions: pick(conditions, conditionsOf.get(row.id) ?? []),
      publishedAt: iso(row.published_at),
      riskDisclosures: risksOf(row.id),
    }))
    return listEnvelope(docs, page, limit, Number(total))
  }
}

/** Payload's pagination envelope. */
function listEnvelope(docs: Doc[], page: number, limit: number, totalDocs: number): Doc {
  const totalPages = Math.max(1, Math.ceil(totalDocs / limit))
  return {
    docs,
    hasNextPage: page < totalPages,
    hasPrevPage: page > 1,
    limit,
    nextPage: page < totalPages ? page + 1 : null,
    page,
    pagingCounter: (page - 1) * limit + 1,
    prevPage: page > 1 ? page - 1 : null,
    totalDocs,
    totalPages,
  }
}
