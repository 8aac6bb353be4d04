import {
  CONDITIONS,
  clinicData,
  conditionData,
  disclosureData,
  references,
  treatmentData,
} from '../seed/content'
import { Random } from '../seed/random'
import { richText, sentences, title, uploadNode } from '../seed/text'
import type { ReferenceSizes } from '../seed/dataset'

type Data = Record<string, unknown>

/**
 * The sixty-relationship document (our S6, the shape of Payload's public speed test) as plain
 * data for a peer CMS to store in its own schema: the related documents first, the article's
 * links as indexes into them. `{ en, es }` pairs are localized values. The same generators
 * and seed as the project's own dataset, so the text is the same size.
 */
export interface SpeedTestShape {
  media: Array<{ alt: { en: string; es: string }; color: string }>
  conditions: Data[]
  disclosures: Data[]
  /** Each treatment's disclosures, as indexes into `disclosures`. */
  treatments: Array<{ data: Data; disclosures: number[] }>
  clinics: Data[]
  article: {
    slug: string
    title: { en: string; es: string }
    summary: { en: string; es: string }
    /** Lexical rich text per locale; upload nodes hold an index into `media` as their value. */
    body: { en: unknown; es: unknown }
    references: Data[]
    seo: { metaTitle: { en: string; es: string } }
    /** Indexes into `media`: the hero image, the SEO image. */
    heroImage: number
    seoImage: number
  }
  relationships: number
}

export const SPEED_TEST_SLUG = 'complex-document-sixty-relationships'

export function speedTestShape(sizes: ReferenceSizes, seed: number): SpeedTestShape {
  const random = new Random(seed)
  const media = Array.from({ length: 6 }, (_, index) => ({
    alt: { en: `Gradient ${index + 1}`, es: `Degradado ${index + 1}` },
    color: random.hex(6),
  }))
  const conditions = CONDITIONS.map((condition) => conditionData(random, condition))
  const disclosures = Array.from({ length: sizes.disclosures }, (_, index) =>
    disclosureData(random, index),
  )
  const perTreatment = Math.floor(sizes.disclosures / sizes.treatments)
  const treatments = Array.from({ length: sizes.treatments }, (_, index) => {
    const linked = Array.from(
      { length: perTreatment },
      (_, offset) => index * perTreatment + offset,
    )
    // Ids are given by the peer; the generator's own links are replaced by the peer's ids when stored.
    return { data: treatmentData(random, index, [], []), disclosures: linked }
  })
  const inline = [2, 3, 4, 5].map((index) => uploadNode(random.hex(24), index))
  const clinicCount = 60 - 2 - inline.length - conditions.length - treatments.length
  const clinics = Array.from({ length: clinicCount }, (_, index) =>
    clinicData(random, index, [], [], 0),
  )
  return {
    media,
    conditions,
    disclosures,
    treatments,
    clinics,
    article: {
      slug: SPEED_TEST_SLUG,
      title: { en: title(random, 'en', 6, 9), es: title(random, 'es', 6, 9) },
      summary: { en: sentences(random, 'en', 300, 2), es: sentences(random, 'es', 300, 2) },
      body: {
        en: richText(random, 'en', { words: 1500, inserts: inline }),
        es: richText(random, 'es', { words: 1500, inserts: inline }),
      },
      references: references(random, 8, 'complex'),
      seo: {
        metaTitle: {
          en: 'A document with sixty relationships',
          es: 'Un documento con sesenta relaciones',
        },
      },
      heroImage: 0,
      seoImage: 1,
    },
    relationships: 2 + inline.length + conditions.length + treatments.length + clinicCount,
  }
}
