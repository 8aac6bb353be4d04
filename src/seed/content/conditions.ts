/** Conditions the clinics treat, with ICD-10 codes; text written for this demo. */
export const CONDITIONS = [
  {
    slug: 'major-depressive-disorder',
    icd10: ['F32', 'F33'],
    name: { en: 'Major depressive disorder', es: 'Trastorno depresivo mayor' },
    description: {
      en: 'A persistent low mood or loss of interest that lasts at least two weeks and gets in the way of daily life, occurring as a single episode or coming back over time.',
      es: 'Un estado de ánimo bajo o una pérdida de interés que dura al menos dos semanas y dificulta la vida diaria; puede ser un episodio único o repetirse con el tiempo.',
    },
  },
  {
    slug: 'treatment-resistant-depression',
    icd10: ['F32', 'F33'],
    name: { en: 'Treatment-resistant depression', es: 'Depresión resistente al tratamiento' },
    description: {
      en: 'Depression that has not improved enough after at least two antidepressants taken at an adequate dose for long enough. It is the group most ketamine research has studied.',
      es: 'Depresión que no ha mejorado lo suficiente tras al menos dos antidepresivos tomados en dosis y tiempo adecuados. Es el grupo más estudiado en la investigación sobre la ketamina.',
    },
  },
  {
    slug: 'suicidal-ideation',
    icd10: ['R45.851'],
    name: { en: 'Suicidal ideation', es: 'Ideación suicida' },
    description: {
      en: 'Thoughts about ending one’s life. Anyone in immediate danger should call or text 988 (the US Suicide and Crisis Lifeline) or go to the nearest emergency room.',
      es: 'Pensamientos sobre quitarse la vida. Quien esté en peligro inmediato debe llamar o enviar un mensaje al 988 (Línea de Prevención del Suicidio y Crisis) o acudir a urgencias.',
    },
  },
  {
    slug: 'ptsd',
    icd10: ['F43.1'],
    name: {
      en: 'Post-traumatic stress disorder (PTSD)',
      es: 'Trastorno de estrés postraumático (TEPT)',
    },
    description: {
      en: 'Intrusive memories, avoidance and a constant sense of threat that continue long after a traumatic event.',
      es: 'Recuerdos intrusivos, evitación y una sensación constante de amenaza que continúan mucho después de un hecho traumático.',
    },
  },
  {
    slug: 'generalized-anxiety-disorder',
    icd10: ['F41.1'],
    name: { en: 'Generalized anxiety disorder', es: 'Trastorno de ansiedad generalizada' },
    description: {
      en: 'Worry that is hard to control, spread across many parts of life, often with restlessness, tiredness and poor sleep.',
      es: 'Preocupación difícil de controlar que abarca muchos aspectos de la vida, a menudo con inquietud, cansancio y mal dormir.',
    },
  },
  {
    slug: 'ocd',
    icd10: ['F42'],
    name: { en: 'Obsessive-compulsive disorder (OCD)', es: 'Trastorno obsesivo-compulsivo (TOC)' },
    description: {
      en: 'Unwanted, repeating thoughts and the urge to perform rituals to ease the distress they cause.',
      es: 'Pensamientos no deseados que se repiten y la necesidad de realizar rituales para aliviar la angustia que provocan.',
    },
  },
  {
    slug: 'bipolar-depression',
    icd10: ['F31'],
    name: { en: 'Bipolar depression', es: 'Depresión bipolar' },
    description: {
      en: 'The depressive phase of bipolar disorder. Treatment needs particular care because some medicines can tip a person toward mania.',
      es: 'La fase depresiva del trastorno bipolar. El tratamiento requiere especial cuidado porque algunos medicamentos pueden desencadenar manía.',
    },
  },
  {
    slug: 'chronic-pain',
    icd10: ['G89'],
    name: { en: 'Chronic pain', es: 'Dolor crónico' },
    description: {
      en: 'Pain that lasts for months. Ketamine has a long history in pain medicine, and pain and depression often occur together.',
      es: 'Dolor que dura meses. La ketamina tiene una larga historia en el tratamiento del dolor, y el dolor y la depresión suelen presentarse juntos.',
    },
  },
] as const
