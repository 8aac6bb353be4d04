import { doc, h2, p, ul } from '../richText'
import { REFERENCES } from './references'

/**
 * Demo content for the editorial workflow: a release that is ready to publish (a new risk
 * disclosure, the infusion treatment's new version presenting it, and an article about getting
 * home safely, all approved) and a submission assigned to a named reviewer. Written for this demo.
 */
export const RELEASE_NAME = 'Getting home safely after a session'

export const RELEASE_DISCLOSURE = {
  slug: 'no-driving-until-the-next-day',
  severity: 'common',
  title: {
    en: 'Impaired driving until the next day',
    es: 'Conducción afectada hasta el día siguiente',
  },
  frequency: { en: 'Expected after every session', es: 'Esperable tras cada sesión' },
  description: {
    en: doc(
      p(
        'Reaction time, judgement and coordination stay below normal for some hours after a session, even once you feel clear-headed again.',
      ),
    ),
    es: doc(
      p(
        'El tiempo de reacción, el juicio y la coordinación siguen por debajo de lo normal durante unas horas después de la sesión, aunque ya se sienta despejado.',
      ),
    ),
  },
  mitigation: {
    en: 'Do not drive, cycle or operate machinery until the next day; arrange a ride home before you come in.',
    es: 'No conduzca, ni vaya en bicicleta, ni maneje maquinaria hasta el día siguiente; organice quién le llevará a casa antes de venir.',
  },
  references: [REFERENCES.sanacora2017],
}

/** The treatment whose new version presents the disclosure; released with it. */
export const RELEASE_TREATMENT_SLUG = 'iv-ketamine-infusion'

export const RELEASE_ARTICLE = {
  slug: 'getting-home-after-a-session',
  title: {
    en: 'Getting home safely after a ketamine session',
    es: 'Volver a casa con seguridad después de una sesión de ketamina',
  },
  summary: {
    en: 'Why you need a ride home, what to avoid for the rest of the day, and when to call the clinic.',
    es: 'Por qué necesita que le lleven a casa, qué evitar el resto del día y cuándo llamar a la clínica.',
  },
  body: {
    en: doc(
      h2('Plan the ride before the session'),
      p(
        'The effects on attention and coordination outlast the feeling of being detached. Ask a friend or relative to collect you, or book a ride in advance.',
      ),
      h2('For the rest of the day'),
      ul(
        'Do not drive or operate machinery.',
        'Avoid alcohol and sleeping tablets unless your doctor has said otherwise.',
        'Postpone important decisions until tomorrow.',
      ),
      h2('When to call us'),
      p(
        'Call the clinic if you feel faint, have chest pain or a severe headache, or if confusion does not pass within a few hours.',
      ),
    ),
    es: doc(
      h2('Organice el regreso antes de la sesión'),
      p(
        'Los efectos sobre la atención y la coordinación duran más que la sensación de desconexión. Pida a un amigo o familiar que le recoja, o reserve un traslado con antelación.',
      ),
      h2('El resto del día'),
      ul(
        'No conduzca ni maneje maquinaria.',
        'Evite el alcohol y los somníferos salvo que su médico le haya dicho lo contrario.',
        'Aplace las decisiones importantes hasta mañana.',
      ),
      h2('Cuándo llamarnos'),
      p(
        'Llame a la clínica si se siente mareado, tiene dolor en el pecho o un dolor de cabeza intenso, o si la confusión no pasa en unas horas.',
      ),
    ),
  },
  treatments: ['iv-ketamine-infusion'],
  conditions: ['treatment-resistant-depression'],
  clinics: ['san-diego-downtown'],
  references: [REFERENCES.sanacora2017],
}

/** An article submitted for review and assigned to the medical director. */
export const ASSIGNED_ARTICLE = {
  slug: 'preparing-for-esketamine-sessions',
  title: {
    en: 'Preparing for esketamine nasal spray sessions',
    es: 'Cómo prepararse para las sesiones de esketamina en aerosol nasal',
  },
  summary: {
    en: 'What a session in a certified treatment centre involves, and why you stay for at least two hours.',
    es: 'En qué consiste una sesión en un centro de tratamiento certificado y por qué debe quedarse al menos dos horas.',
  },
  body: {
    en: doc(
      p(
        'Esketamine is given only in certified healthcare settings under a safety programme. You use the spray yourself, with staff present, and then stay under observation for at least two hours while your blood pressure is checked.',
      ),
      p('Bring something calm to do, and arrange for someone else to take you home.'),
    ),
    es: doc(
      p(
        'La esketamina solo se administra en centros sanitarios certificados, dentro de un programa de seguridad. Usted mismo se aplica el aerosol en presencia del personal y después permanece en observación al menos dos horas mientras se controla su presión arterial.',
      ),
      p('Traiga algo tranquilo para hacer y organice que otra persona le lleve a casa.'),
    ),
  },
  treatments: ['esketamine-nasal-spray'],
  conditions: ['treatment-resistant-depression'],
  clinics: ['san-diego-downtown'],
  references: [REFERENCES.daly2018],
}
