/** Demo clinic locations around San Diego. Names, street addresses and 555 numbers are fictional. */
const WEEKDAYS = (opens: string, closes: string) =>
  (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, opens, closes }))

export const CLINICS = [
  {
    slug: 'san-diego-downtown',
    name: {
      en: 'Harborlight Clinic – Downtown San Diego',
      es: 'Clínica Harborlight – Centro de San Diego',
    },
    address: {
      street: '1200 Fifth Avenue, Suite 400',
      city: 'San Diego',
      state: 'CA',
      postalCode: '92101',
      country: 'US',
    },
    location: { lat: 32.7157, lng: -117.1611 },
    phone: '+16195550142',
    email: 'downtown@harborlight.example',
    bookingUrl: 'https://harborlight.example/book/downtown',
    hours: [...WEEKDAYS('08:00', '18:00'), { day: 'sat', opens: '09:00', closes: '14:00' }],
    treatmentsOffered: [
      'iv-ketamine-infusion',
      'esketamine-nasal-spray',
      'intramuscular-ketamine',
      'ketamine-assisted-psychotherapy',
    ],
    conditionsTreated: [
      'major-depressive-disorder',
      'treatment-resistant-depression',
      'suicidal-ideation',
      'ptsd',
      'generalized-anxiety-disorder',
      'chronic-pain',
    ],
    languages: ['en', 'es'],
    insuranceNote: {
      en: 'We are a certified esketamine (Spravato) centre and bill insurance for it; infusions are self-pay with a receipt for reimbursement.',
      es: 'Somos un centro certificado de esketamina (Spravato) y la facturamos al seguro; las infusiones se pagan directamente y entregamos recibo para el reembolso.',
    },
    accessibilityNote: {
      en: 'Step-free entrance from Fifth Avenue, lift to the fourth floor, accessible restroom. Validated parking in the building garage.',
      es: 'Entrada sin escalones desde la Quinta Avenida, ascensor hasta la cuarta planta, baño accesible. Estacionamiento validado en el garaje del edificio.',
    },
  },
  {
    slug: 'la-jolla',
    name: { en: 'Harborlight Clinic – La Jolla', es: 'Clínica Harborlight – La Jolla' },
    address: {
      street: '7800 Girard Avenue, Suite 210',
      city: 'La Jolla',
      state: 'CA',
      postalCode: '92037',
      country: 'US',
    },
    location: { lat: 32.8328, lng: -117.2713 },
    phone: '+18585550163',
    email: 'lajolla@harborlight.example',
    bookingUrl: 'https://harborlight.example/book/la-jolla',
    hours: WEEKDAYS('09:00', '17:00'),
    treatmentsOffered: ['iv-ketamine-infusion', 'ketamine-assisted-psychotherapy'],
    conditionsTreated: [
      'major-depressive-disorder',
      'treatment-resistant-depression',
      'ptsd',
      'ocd',
    ],
    languages: ['en', 'es', 'ko'],
    insuranceNote: {
      en: 'Self-pay; superbills provided.',
      es: 'Pago directo; entregamos facturas detalladas para el seguro.',
    },
    accessibilityNote: {
      en: 'Ground-floor suite with a ramp at the side entrance.',
      es: 'Consulta en planta baja con rampa en la entrada lateral.',
    },
  },
  {
    slug: 'chula-vista',
    name: { en: 'Harborlight Clinic – Chula Vista', es: 'Clínica Harborlight – Chula Vista' },
    address: {
      street: '480 Third Avenue',
      city: 'Chula Vista',
      state: 'CA',
      postalCode: '91910',
      country: 'US',
    },
    location: { lat: 32.6401, lng: -117.0842 },
    phone: '+16195550187',
    email: 'chulavista@harborlight.example',
    bookingUrl: 'https://harborlight.example/book/chula-vista',
    hours: [...WEEKDAYS('08:30', '17:30'), { day: 'sat', opens: '09:00', closes: '13:00' }],
    treatmentsOffered: ['esketamine-nasal-spray', 'oral-sublingual-ketamine'],
    conditionsTreated: [
      'major-depressive-disorder',
      'treatment-resistant-depression',
      'generalized-anxiety-disorder',
      'bipolar-depression',
    ],
    languages: ['es', 'en', 'tl'],
    insuranceNote: {
      en: 'Esketamine billed to most major insurers and Medi-Cal managed-care plans with prior authorisation.',
      es: 'La esketamina se factura a la mayoría de las aseguradoras y planes de Medi-Cal con autorización previa.',
    },
    accessibilityNote: {
      en: 'Accessible parking at the front door.',
      es: 'Estacionamiento accesible junto a la puerta principal.',
    },
  },
  {
    slug: 'escondido',
    name: { en: 'Harborlight Clinic – Escondido', es: 'Clínica Harborlight – Escondido' },
    address: {
      street: '210 East Grand Avenue',
      city: 'Escondido',
      state: 'CA',
      postalCode: '92025',
      country: 'US',
    },
    location: { lat: 33.1192, lng: -117.0864 },
    phone: '+17605550111',
    email: 'escondido@harborlight.example',
    bookingUrl: 'https://harborlight.example/book/escondido',
    hours: WEEKDAYS('09:00', '17:00'),
    treatmentsOffered: ['iv-ketamine-infusion', 'esketamine-nasal-spray'],
    conditionsTreated: [
      'major-depressive-disorder',
      'treatment-resistant-depression',
      'chronic-pain',
    ],
    languages: ['en', 'es'],
    insuranceNote: {
      en: 'Esketamine billed to insurance; infusions self-pay.',
      es: 'La esketamina se factura al seguro; las infusiones se pagan directamente.',
    },
    accessibilityNote: {
      en: 'Step-free access and accessible restroom.',
      es: 'Acceso sin escalones y baño accesible.',
    },
  },
] as const
