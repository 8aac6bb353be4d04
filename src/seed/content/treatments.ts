import { doc, h2, p, ul } from '../richText'
import { REFERENCES } from './references'

const COMMON_RISKS = [
  'dissociation',
  'raised-blood-pressure-and-heart-rate',
  'nausea-dizziness-sedation',
  'hallucinations-or-psychosis',
  'misuse-and-dependence',
  'bladder-and-urinary-problems',
  'unknown-long-term-effects',
]

/** Treatment options; facts from the team's domain notes, text written for this demo. */
export const TREATMENTS = [
  {
    slug: 'iv-ketamine-infusion',
    route: 'intravenous',
    regulatoryStatus: 'off-label',
    name: { en: 'IV ketamine infusion', es: 'Infusión intravenosa de ketamina' },
    summary: {
      en: 'A low dose of ketamine given slowly through a vein in the clinic, usually as a short series of sessions.',
      es: 'Una dosis baja de ketamina administrada lentamente por vena en la clínica, por lo general en una serie corta de sesiones.',
    },
    description: {
      en: doc(
        h2('How it is given'),
        p(
          'A common research schedule is 0.5 mg per kilogram of body weight infused over about 40 minutes. A first course is often about six infusions spread over two to three weeks.',
        ),
        h2('Where it stands'),
        p(
          'Ketamine is approved as an anaesthetic. Using it for depression is **off-label**: a doctor may prescribe it, but the FDA has not reviewed it for that use.',
        ),
      ),
      es: doc(
        h2('Cómo se administra'),
        p(
          'Una pauta frecuente en los estudios es 0,5 mg por kilogramo de peso en unos 40 minutos. Un primer ciclo suele constar de unas seis infusiones a lo largo de dos o tres semanas.',
        ),
        h2('Situación regulatoria'),
        p(
          'La ketamina está aprobada como anestésico. Usarla para la depresión es un uso **fuera de indicación**: un médico puede recetarla, pero la FDA no la ha evaluado para ese fin.',
        ),
      ),
    },
    approvedIndications: {
      en: 'Approved as an anaesthetic; use for depression is off-label.',
      es: 'Aprobada como anestésico; su uso para la depresión es fuera de indicación.',
    },
    protocol: {
      typicalSessions: 6,
      sessionMinutes: 40,
      monitoringMinutes: 60,
      dosingNote: {
        en: 'Commonly 0.5 mg/kg over about 40 minutes; set by the treating physician.',
        es: 'Habitualmente 0,5 mg/kg en unos 40 minutos; la fija el médico tratante.',
      },
    },
    onset: {
      en: 'Some people notice relief within hours to a day',
      es: 'Algunas personas notan alivio en horas o en un día',
    },
    conditions: [
      'treatment-resistant-depression',
      'major-depressive-disorder',
      'suicidal-ideation',
      'chronic-pain',
    ],
    riskDisclosures: COMMON_RISKS,
    contraindications: {
      en: [
        'Uncontrolled high blood pressure',
        'Active psychosis',
        'Pregnancy',
        'Recent heart attack or stroke',
      ],
      es: ['Hipertensión no controlada', 'Psicosis activa', 'Embarazo', 'Infarto o ictus reciente'],
    },
    cost: {
      minUsd: 400,
      maxUsd: 800,
      insuranceNote: {
        en: 'Infusions are often not covered by insurance because the use is off-label. Ask us for a receipt you can submit yourself.',
        es: 'A menudo el seguro no cubre las infusiones porque el uso es fuera de indicación. Pídanos un recibo para presentarlo usted mismo.',
      },
    },
    references: [
      REFERENCES.berman2000,
      REFERENCES.zarate2006,
      REFERENCES.murrough2013,
      REFERENCES.sanacora2017,
    ],
  },
  {
    slug: 'esketamine-nasal-spray',
    route: 'intranasal',
    regulatoryStatus: 'fda-approved',
    name: { en: 'Esketamine nasal spray (Spravato)', es: 'Esketamina en aerosol nasal (Spravato)' },
    summary: {
      en: 'An FDA-approved nasal spray related to ketamine, taken under supervision in a certified clinic alongside an oral antidepressant.',
      es: 'Un aerosol nasal aprobado por la FDA, relacionado con la ketamina, que se usa bajo supervisión en una clínica certificada junto con un antidepresivo oral.',
    },
    description: {
      en: doc(
        h2('What the approval covers'),
        ul(
          '2019: treatment-resistant depression in adults, together with an oral antidepressant.',
          '2020: depressive symptoms in adults with major depression who have acute suicidal thoughts or behaviour.',
        ),
        h2('Safety rules'),
        p(
          'It is only given in a certified healthcare setting under a REMS safety programme. You stay for **at least two hours** after each dose, and your blood pressure is checked.',
        ),
      ),
      es: doc(
        h2('Qué cubre la aprobación'),
        ul(
          '2019: depresión resistente al tratamiento en adultos, junto con un antidepresivo oral.',
          '2020: síntomas depresivos en adultos con depresión mayor que tienen pensamientos o conductas suicidas agudas.',
        ),
        h2('Normas de seguridad'),
        p(
          'Solo se administra en un centro sanitario certificado dentro de un programa de seguridad REMS. Permanecerá **al menos dos horas** tras cada dosis y se le medirá la presión arterial.',
        ),
      ),
    },
    approvedIndications: {
      en: 'Treatment-resistant depression in adults with an oral antidepressant (2019); depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behaviour (2020).',
      es: 'Depresión resistente al tratamiento en adultos junto con un antidepresivo oral (2019); síntomas depresivos en adultos con trastorno depresivo mayor con ideación o conducta suicida aguda (2020).',
    },
    protocol: {
      typicalSessions: 8,
      sessionMinutes: 15,
      monitoringMinutes: 120,
      dosingNote: {
        en: 'Dose and schedule follow the product label.',
        es: 'La dosis y la pauta siguen la ficha técnica del producto.',
      },
    },
    onset: {
      en: 'Changes may be noticed within the first weeks',
      es: 'Los cambios pueden notarse en las primeras semanas',
    },
    conditions: [
      'treatment-resistant-depression',
      'major-depressive-disorder',
      'suicidal-ideation',
    ],
    riskDisclosures: COMMON_RISKS,
    contraindications: {
      en: [
        'Aneurysm or arteriovenous malformation',
        'History of bleeding in the brain',
        'Known allergy to esketamine or ketamine',
      ],
      es: [
        'Aneurisma o malformación arteriovenosa',
        'Antecedentes de hemorragia cerebral',
        'Alergia conocida a la esketamina o la ketamina',
      ],
    },
    cost: {
      minUsd: 600,
      maxUsd: 1000,
      insuranceNote: {
        en: 'Because it is FDA-approved, many insurers cover it with prior authorisation.',
        es: 'Al estar aprobado por la FDA, muchas aseguradoras lo cubren con autorización previa.',
      },
    },
    references: [REFERENCES.daly2018, REFERENCES.fdaDrugs],
  },
  {
    slug: 'intramuscular-ketamine',
    route: 'intramuscular',
    regulatoryStatus: 'off-label',
    name: { en: 'Intramuscular ketamine', es: 'Ketamina intramuscular' },
    summary: {
      en: 'Ketamine given as an injection into a muscle, with a faster and shorter effect than an infusion.',
      es: 'Ketamina administrada mediante inyección en un músculo, con un efecto más rápido y corto que la infusión.',
    },
    description: {
      en: doc(
        p(
          'An injection avoids an IV line. The effect starts sooner and is harder to adjust once given, so the dose is chosen carefully beforehand.',
        ),
      ),
      es: doc(
        p(
          'La inyección evita la vía intravenosa. El efecto empieza antes y es más difícil de ajustar una vez administrado, por lo que la dosis se elige con cuidado de antemano.',
        ),
      ),
    },
    protocol: {
      typicalSessions: 6,
      sessionMinutes: 45,
      monitoringMinutes: 60,
      dosingNote: { en: 'Set by the treating physician.', es: 'La fija el médico tratante.' },
    },
    onset: { en: 'Within hours for some people', es: 'En horas para algunas personas' },
    conditions: ['treatment-resistant-depression', 'major-depressive-disorder'],
    riskDisclosures: COMMON_RISKS,
    contraindications: {
      en: ['Uncontrolled high blood pressure', 'Active psychosis'],
      es: ['Hipertensión no controlada', 'Psicosis activa'],
    },
    cost: {
      minUsd: 300,
      maxUsd: 600,
      insuranceNote: {
        en: 'Usually not covered by insurance.',
        es: 'Normalmente no lo cubre el seguro.',
      },
    },
    references: [REFERENCES.sanacora2017],
  },
  {
    slug: 'oral-sublingual-ketamine',
    route: 'oral-sublingual',
    regulatoryStatus: 'off-label',
    name: { en: 'Oral or sublingual ketamine', es: 'Ketamina oral o sublingual' },
    summary: {
      en: 'Ketamine taken as a lozenge or tablet held under the tongue, studied less than infusions.',
      es: 'Ketamina tomada como pastilla o comprimido bajo la lengua; se ha estudiado menos que las infusiones.',
    },
    description: {
      en: doc(
        p(
          'Less of the medicine reaches the bloodstream by mouth, so doses and effects vary more between people. The evidence base is smaller than for infusions.',
        ),
      ),
      es: doc(
        p(
          'Por vía oral llega menos medicamento a la sangre, así que las dosis y los efectos varían más entre personas. Hay menos evidencia que para las infusiones.',
        ),
      ),
    },
    protocol: {
      typicalSessions: 8,
      sessionMinutes: 30,
      monitoringMinutes: 90,
      dosingNote: {
        en: 'Started in the clinic; any home use follows strict safety rules.',
        es: 'Se inicia en la clínica; cualquier uso en casa sigue normas estrictas de seguridad.',
      },
    },
    onset: {
      en: 'Varies; often slower than an infusion',
      es: 'Variable; a menudo más lento que una infusión',
    },
    conditions: ['major-depressive-disorder', 'generalized-anxiety-disorder'],
    riskDisclosures: COMMON_RISKS,
    contraindications: {
      en: ['Active psychosis', 'History of ketamine misuse'],
      es: ['Psicosis activa', 'Antecedentes de uso indebido de ketamina'],
    },
    cost: {
      minUsd: 150,
      maxUsd: 350,
      insuranceNote: {
        en: 'Usually not covered by insurance.',
        es: 'Normalmente no lo cubre el seguro.',
      },
    },
    references: [REFERENCES.sanacora2017],
  },
  {
    slug: 'ketamine-assisted-psychotherapy',
    route: 'psychotherapy-assisted',
    regulatoryStatus: 'off-label',
    name: { en: 'Ketamine-assisted psychotherapy', es: 'Psicoterapia asistida con ketamina' },
    summary: {
      en: 'Ketamine sessions combined with psychotherapy before, during and after, to help put new insights into practice.',
      es: 'Sesiones con ketamina combinadas con psicoterapia antes, durante y después, para ayudar a poner en práctica nuevas ideas.',
    },
    description: {
      en: doc(
        p(
          'A therapist prepares you for the sessions, stays with you during them, and meets you afterwards to talk through what came up.',
        ),
        p(
          'It is offered for depression, PTSD and anxiety; research on the combination is still growing.',
        ),
      ),
      es: doc(
        p(
          'Un terapeuta le prepara para las sesiones, le acompaña durante ellas y se reúne con usted después para hablar de lo que surgió.',
        ),
        p(
          'Se ofrece para la depresión, el TEPT y la ansiedad; la investigación sobre esta combinación sigue creciendo.',
        ),
      ),
    },
    protocol: {
      typicalSessions: 6,
      sessionMinutes: 90,
      monitoringMinutes: 60,
      dosingNote: {
        en: 'The ketamine part follows one of the routes above.',
        es: 'La parte de ketamina sigue una de las vías anteriores.',
      },
    },
    onset: {
      en: 'Builds over the course of sessions',
      es: 'Se construye a lo largo de las sesiones',
    },
    conditions: ['ptsd', 'major-depressive-disorder', 'generalized-anxiety-disorder', 'ocd'],
    riskDisclosures: COMMON_RISKS,
    contraindications: {
      en: ['Active psychosis', 'Uncontrolled high blood pressure'],
      es: ['Psicosis activa', 'Hipertensión no controlada'],
    },
    cost: {
      minUsd: 500,
      maxUsd: 1200,
      insuranceNote: {
        en: 'The therapy part may be covered by insurance; the ketamine part usually is not.',
        es: 'La parte de terapia puede estar cubierta por el seguro; la de ketamina normalmente no.',
      },
    },
    references: [REFERENCES.sanacora2017],
  },
] as const
