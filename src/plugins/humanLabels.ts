import type { CollectionConfig, Config, Field, Plugin } from 'payload'

type Label = { en: string; es: string }

/**
 * The admin's words for every field and option, in English and Spanish (the admin's language
 * setting picks one). Payload would otherwise make labels from field names ("Url", "Doi", "Lng")
 * and show option values as they are stored ("rare-serious", "mon"). Applied by the
 * `humanLabels` plugin to every field and option that has no label of its own.
 */
export const FIELD_LABELS: Record<string, Label> = {
  _status: { en: 'Publication status', es: 'Estado de publicación' },
  accessibilityNote: { en: 'Accessibility', es: 'Accesibilidad' },
  action: { en: 'Action', es: 'Acción' },
  active: { en: 'Active', es: 'Activo' },
  actor: { en: 'By', es: 'Por' },
  actorCredentials: { en: 'Credentials of the person acting', es: 'Credenciales de quien actúa' },
  actorName: { en: 'Name of the person acting', es: 'Nombre de quien actúa' },
  actorRoles: { en: 'Roles of the person acting', es: 'Roles de quien actúa' },
  address: { en: 'Address', es: 'Dirección' },
  alt: { en: 'Alternative text', es: 'Texto alternativo' },
  approvedIndications: { en: 'Approved indications', es: 'Indicaciones aprobadas' },
  attempt: { en: 'Attempt', es: 'Intento' },
  authors: { en: 'Authors', es: 'Autores' },
  bio: { en: 'Biography', es: 'Biografía' },
  body: { en: 'Body', es: 'Texto' },
  bookingUrl: { en: 'Booking link', es: 'Enlace para pedir cita' },
  caption: { en: 'Caption', es: 'Leyenda' },
  city: { en: 'City', es: 'Ciudad' },
  claimFlags: { en: 'Flagged claims', es: 'Afirmaciones señaladas' },
  clinics: { en: 'Clinics', es: 'Clínicas' },
  closes: { en: 'Closes', es: 'Cierra' },
  collections: { en: 'Collections', es: 'Colecciones' },
  comment: { en: 'Comment', es: 'Comentario' },
  conditions: { en: 'Conditions', es: 'Afecciones' },
  conditionsTreated: { en: 'Conditions treated', es: 'Afecciones tratadas' },
  contentHash: { en: 'Content hash', es: 'Huella del contenido' },
  contraindications: { en: 'Contraindications', es: 'Contraindicaciones' },
  contributors: { en: 'Contributors', es: 'Colaboradores' },
  cost: { en: 'Cost', es: 'Costo' },
  country: { en: 'Country', es: 'País' },
  createdAt: { en: 'Created', es: 'Creado' },
  credentials: { en: 'Credentials', es: 'Credenciales' },
  credit: { en: 'Credit', es: 'Crédito' },
  day: { en: 'Day', es: 'Día' },
  decision: { en: 'Decision', es: 'Decisión' },
  deliveryId: { en: 'Delivery', es: 'Entrega' },
  description: { en: 'Description', es: 'Descripción' },
  documentId: { en: 'Document', es: 'Documento' },
  documentTitle: { en: 'Document', es: 'Documento' },
  doi: { en: 'DOI', es: 'DOI' },
  dosingNote: { en: 'Dosing note', es: 'Nota sobre la dosis' },
  durationMs: { en: 'Duration (ms)', es: 'Duración (ms)' },
  effectiveDate: { en: 'Effective date', es: 'Fecha de vigencia' },
  email: { en: 'Email', es: 'Correo electrónico' },
  error: { en: 'Error', es: 'Error' },
  event: { en: 'Event', es: 'Evento' },
  events: { en: 'Events', es: 'Eventos' },
  excerpt: { en: 'Excerpt', es: 'Extracto' },
  expiresAt: { en: 'Expires', es: 'Vence' },
  field: { en: 'Field', es: 'Campo' },
  frequency: { en: 'How often', es: 'Frecuencia' },
  from: { en: 'Before', es: 'Antes' },
  heroImage: { en: 'Hero image', es: 'Imagen principal' },
  hours: { en: 'Opening hours', es: 'Horario' },
  icd10: { en: 'ICD-10 codes', es: 'Códigos CIE-10' },
  image: { en: 'Image', es: 'Imagen' },
  insuranceNote: { en: 'Insurance', es: 'Seguro médico' },
  internalNotes: { en: 'Internal notes', es: 'Notas internas' },
  languages: { en: 'Languages spoken', es: 'Idiomas' },
  lastReviewedAt: { en: 'Last reviewed', es: 'Última revisión' },
  lat: { en: 'Latitude', es: 'Latitud' },
  licenseExpiresAt: { en: 'License expires', es: 'Vencimiento de la licencia' },
  licenseNumber: { en: 'License number', es: 'Número de licencia' },
  licenseState: { en: 'License state', es: 'Estado de la licencia' },
  lng: { en: 'Longitude', es: 'Longitud' },
  locale: { en: 'Language', es: 'Idioma' },
  location: { en: 'Location on the map', es: 'Ubicación en el mapa' },
  maxUsd: { en: 'Highest (USD)', es: 'Máximo (USD)' },
  medicalDirector: { en: 'Medical director', es: 'Director médico' },
  medicalReviewer: { en: 'Medical reviewer', es: 'Revisor médico' },
  metaDescription: { en: 'Search result description', es: 'Descripción en buscadores' },
  metaTitle: { en: 'Search result title', es: 'Título en buscadores' },
  minUsd: { en: 'Lowest (USD)', es: 'Mínimo (USD)' },
  mitigation: { en: 'How the risk is managed', es: 'Cómo se maneja el riesgo' },
  monitoringMinutes: {
    en: 'Monitoring afterwards (minutes)',
    es: 'Observación posterior (minutos)',
  },
  name: { en: 'Name', es: 'Nombre' },
  nextReviewDue: { en: 'Re-review due', es: 'Próxima revisión' },
  note: { en: 'Note', es: 'Nota' },
  number: { en: 'Number', es: 'Número' },
  ok: { en: 'Delivered', es: 'Entregado' },
  onset: { en: 'Onset of effect', es: 'Inicio del efecto' },
  opens: { en: 'Opens', es: 'Abre' },
  phone: { en: 'Phone', es: 'Teléfono' },
  photo: { en: 'Photo', es: 'Foto' },
  phrase: { en: 'Phrase', es: 'Frase' },
  pmid: { en: 'PubMed ID', es: 'ID de PubMed' },
  postalCode: { en: 'ZIP code', es: 'Código postal' },
  protocol: { en: 'Protocol', es: 'Protocolo' },
  publishedAt: { en: 'First published', es: 'Primera publicación' },
  publisher: { en: 'Journal or publisher', es: 'Revista o editorial' },
  references: { en: 'References', es: 'Referencias' },
  regulatoryStatus: { en: 'Regulatory status', es: 'Situación regulatoria' },
  reviewStatus: { en: 'Review status', es: 'Estado de la revisión' },
  reviewedAt: { en: 'Reviewed', es: 'Revisado' },
  reviewer: { en: 'Reviewer', es: 'Revisor' },
  reviewerLicense: { en: 'Reviewer license relied on', es: 'Licencia del revisor' },
  riskDisclosures: { en: 'Risk disclosures', es: 'Riesgos informados' },
  roles: { en: 'Roles', es: 'Roles' },
  route: { en: 'Route', es: 'Vía de administración' },
  secret: { en: 'Signing secret', es: 'Secreto de firma' },
  seo: { en: 'Search engines and link previews', es: 'Buscadores y vistas previas' },
  sessionMinutes: { en: 'Session length (minutes)', es: 'Duración de la sesión (minutos)' },
  severity: { en: 'Severity', es: 'Gravedad' },
  slug: { en: 'Address (slug)', es: 'Dirección (slug)' },
  specialty: { en: 'Specialty', es: 'Especialidad' },
  state: { en: 'State', es: 'Estado' },
  status: { en: 'Status', es: 'Estado' },
  street: { en: 'Street', es: 'Calle' },
  summary: { en: 'Summary', es: 'Resumen' },
  targetCollection: { en: 'Collection', es: 'Colección' },
  timezone: { en: 'Time zone', es: 'Zona horaria' },
  title: { en: 'Title', es: 'Título' },
  to: { en: 'After', es: 'Después' },
  treatments: { en: 'Treatments', es: 'Tratamientos' },
  treatmentsOffered: { en: 'Treatments offered', es: 'Tratamientos ofrecidos' },
  typicalSessions: { en: 'Typical number of sessions', es: 'Número habitual de sesiones' },
  updatedAt: { en: 'Last modified', es: 'Última modificación' },
  url: { en: 'URL', es: 'URL' },
  userId: { en: 'Account', es: 'Cuenta' },
  userName: { en: 'Account name', es: 'Nombre de la cuenta' },
  versionId: { en: 'Version', es: 'Versión' },
  webhook: { en: 'Webhook', es: 'Webhook' },
  year: { en: 'Year', es: 'Año' },
}

/** Option labels per field name and stored value. */
export const OPTION_LABELS: Record<string, Record<string, Label>> = {
  reviewStatus: {
    draft: { en: 'Draft', es: 'Borrador' },
    'in-review': { en: 'In review', es: 'En revisión' },
    approved: { en: 'Approved', es: 'Aprobado' },
    'changes-requested': { en: 'Changes requested', es: 'Cambios solicitados' },
    'review-overdue': { en: 'Re-review overdue', es: 'Revisión vencida' },
  },
  route: {
    intravenous: { en: 'Intravenous infusion', es: 'Infusión intravenosa' },
    intranasal: { en: 'Nasal spray', es: 'Aerosol nasal' },
    intramuscular: { en: 'Intramuscular injection', es: 'Inyección intramuscular' },
    'oral-sublingual': { en: 'Oral or under the tongue', es: 'Oral o sublingual' },
    'psychotherapy-assisted': { en: 'With psychotherapy', es: 'Con psicoterapia' },
  },
  regulatoryStatus: {
    'fda-approved': { en: 'FDA-approved', es: 'Aprobado por la FDA' },
    'off-label': { en: 'Off-label use', es: 'Uso fuera de indicación' },
    investigational: { en: 'Investigational', es: 'En investigación' },
  },
  severity: {
    common: { en: 'Common', es: 'Frecuente' },
    serious: { en: 'Serious', es: 'Grave' },
    'rare-serious': { en: 'Rare but serious', es: 'Rara pero grave' },
  },
  day: {
    mon: { en: 'Monday', es: 'Lunes' },
    tue: { en: 'Tuesday', es: 'Martes' },
    wed: { en: 'Wednesday', es: 'Miércoles' },
    thu: { en: 'Thursday', es: 'Jueves' },
    fri: { en: 'Friday', es: 'Viernes' },
    sat: { en: 'Saturday', es: 'Sábado' },
    sun: { en: 'Sunday', es: 'Domingo' },
  },
  roles: {
    admin: { en: 'Admin', es: 'Administrador' },
    editor: { en: 'Editor', es: 'Editor' },
    author: { en: 'Author', es: 'Autor' },
    'medical-reviewer': { en: 'Medical reviewer', es: 'Revisor médico' },
    'frontend-preview': {
      en: 'Website preview (API key)',
      es: 'Vista previa del sitio (clave API)',
    },
    frontend: { en: 'Website server (API key)', es: 'Servidor del sitio (clave API)' },
  },
  action: {
    submit: { en: 'Submitted', es: 'Enviado' },
    withdraw: { en: 'Taken back', es: 'Retirado de revisión' },
    decision: { en: 'Decision', es: 'Decisión' },
    voided: { en: 'Approval voided', es: 'Aprobación anulada' },
    publish: { en: 'Published', es: 'Publicado' },
    unpublish: { en: 'Unpublished', es: 'Despublicado' },
    overdue: { en: 'Re-review overdue', es: 'Revisión vencida' },
    delete: { en: 'Deleted', es: 'Eliminado' },
    create: { en: 'Created', es: 'Creado' },
    update: { en: 'Changed', es: 'Cambiado' },
  },
  decision: {
    approve: { en: 'Approved', es: 'Aprobado' },
    'request-changes': { en: 'Changes requested', es: 'Cambios solicitados' },
  },
  targetCollection: {
    articles: { en: 'Article', es: 'Artículo' },
    'treatment-options': { en: 'Treatment option', es: 'Opción de tratamiento' },
    'risk-disclosures': { en: 'Risk disclosure', es: 'Riesgo informado' },
  },
  collections: {
    articles: { en: 'Articles', es: 'Artículos' },
    'treatment-options': { en: 'Treatment options', es: 'Opciones de tratamiento' },
    'risk-disclosures': { en: 'Risk disclosures', es: 'Riesgos informados' },
    'clinic-locations': { en: 'Clinic locations', es: 'Clínicas' },
    conditions: { en: 'Conditions', es: 'Afecciones' },
  },
  events: {
    publish: { en: 'Published', es: 'Publicado' },
    unpublish: { en: 'Unpublished', es: 'Despublicado' },
    delete: { en: 'Deleted', es: 'Eliminado' },
  },
  languages: {
    en: { en: 'English', es: 'Inglés' },
    es: { en: 'Spanish', es: 'Español' },
    tl: { en: 'Tagalog', es: 'Tagalo' },
    vi: { en: 'Vietnamese', es: 'Vietnamita' },
    zh: { en: 'Chinese', es: 'Chino' },
    ko: { en: 'Korean', es: 'Coreano' },
    ar: { en: 'Arabic', es: 'Árabe' },
    fa: { en: 'Persian', es: 'Persa' },
    ru: { en: 'Russian', es: 'Ruso' },
    asl: { en: 'American Sign Language', es: 'Lengua de señas americana' },
  },
}

/** Collection names in both languages, by slug. */
export const COLLECTION_LABELS: Record<string, { singular: Label; plural: Label }> = {
  articles: {
    singular: { en: 'Article', es: 'Artículo' },
    plural: { en: 'Articles', es: 'Artículos' },
  },
  'treatment-options': {
    singular: { en: 'Treatment option', es: 'Opción de tratamiento' },
    plural: { en: 'Treatment options', es: 'Opciones de tratamiento' },
  },
  'risk-disclosures': {
    singular: { en: 'Risk disclosure', es: 'Riesgo informado' },
    plural: { en: 'Risk disclosures', es: 'Riesgos informados' },
  },
  'clinic-locations': {
    singular: { en: 'Clinic location', es: 'Clínica' },
    plural: { en: 'Clinic locations', es: 'Clínicas' },
  },
  conditions: {
    singular: { en: 'Condition', es: 'Afección' },
    plural: { en: 'Conditions', es: 'Afecciones' },
  },
  media: {
    singular: { en: 'Image or file', es: 'Imagen o archivo' },
    plural: { en: 'Media', es: 'Medios' },
  },
  users: { singular: { en: 'User', es: 'Usuario' }, plural: { en: 'Users', es: 'Usuarios' } },
  'review-records': {
    singular: { en: 'Review record', es: 'Registro de revisión' },
    plural: { en: 'Review records', es: 'Registros de revisión' },
  },
  'account-audit': {
    singular: { en: 'Account change', es: 'Cambio de cuenta' },
    plural: { en: 'Account audit', es: 'Auditoría de cuentas' },
  },
  webhooks: {
    singular: { en: 'Webhook', es: 'Webhook' },
    plural: { en: 'Webhooks', es: 'Webhooks' },
  },
  'webhook-deliveries': {
    singular: { en: 'Webhook delivery', es: 'Entrega de webhook' },
    plural: { en: 'Webhook deliveries', es: 'Entregas de webhook' },
  },
}

function labelled(field: Field): Field {
  const next = { ...field } as Field & { label?: unknown; options?: unknown; fields?: Field[] }
  if (
    'name' in field &&
    !('label' in field && field.label !== undefined) &&
    FIELD_LABELS[field.name]
  )
    next.label = FIELD_LABELS[field.name]
  if ('options' in field && 'name' in field && OPTION_LABELS[field.name]) {
    const names = OPTION_LABELS[field.name]
    next.options = field.options.map((option) => {
      const value = typeof option === 'string' ? option : option.value
      const keep = typeof option === 'object' && option.label !== value
      return keep ? option : { value, label: names[value] ?? value }
    }) as never
  }
  if ('fields' in field && Array.isArray(field.fields)) next.fields = field.fields.map(labelled)
  if (field.type === 'tabs')
    (next as { tabs: unknown }).tabs = field.tabs.map((tab) => ({
      ...tab,
      fields: tab.fields.map(labelled),
    }))
  return next
}

function labelCollection(collection: CollectionConfig): CollectionConfig {
  const names = COLLECTION_LABELS[collection.slug]
  return {
    ...collection,
    ...(names ? { labels: names } : {}),
    fields: collection.fields.map(labelled),
  }
}

/** Gives every collection, field and option its human name in English and Spanish. */
export const humanLabels: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map(labelCollection),
})
