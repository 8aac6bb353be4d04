import { doc, h2, linked, p, quote, ul } from '../richText'
import { REFERENCES } from './references'

/** Articles for readers; written for this demo from the team's domain notes. */
export const ARTICLES = [
  {
    slug: 'ketamine-therapy-explained',
    title: {
      en: 'Ketamine therapy for depression: how it works, who it may help, and what it costs',
      es: 'Terapia con ketamina para la depresión: cómo funciona, a quién puede ayudar y cuánto cuesta',
    },
    summary: {
      en: 'Ketamine can ease depression within hours for some people who have not been helped by other treatments. Here is what is known, what is not, and what to expect.',
      es: 'La ketamina puede aliviar la depresión en horas en algunas personas a las que otros tratamientos no han ayudado. Esto es lo que se sabe, lo que no y qué esperar.',
    },
    body: {
      en: doc(
        p(
          'Ketamine was developed as an anaesthetic. At much lower doses, doctors now use it for depression, mostly **off-label**, and a related medicine, esketamine, is approved by the FDA as a nasal spray.',
        ),
        h2('How it works'),
        p(
          'Most antidepressants act on the monoamine system (serotonin, noradrenaline, dopamine) and often take several weeks to help. Ketamine works differently: it blocks the NMDA receptor in the glutamate system, which is thought to set off a quick burst of new connections between brain cells.',
        ),
        h2('How fast it helps'),
        p(
          'In studies, some people reported feeling better within hours of a single dose. The effect of one dose often fades within a week or two, which is why treatment is usually a short series of sessions followed by a plan to keep the benefit.',
        ),
        h2('Who it may help'),
        ul(
          'Adults with depression that has not improved after two or more antidepressants (treatment-resistant depression).',
          'Adults with major depression and acute suicidal thoughts, as part of emergency-level care (esketamine is approved for this).',
          'People with PTSD, anxiety or chronic pain, where the research is earlier and results vary.',
        ),
        p('Experiences differ: some people feel much better, some a little, and some not at all.'),
        h2('Risks'),
        p(
          'During a session most people feel detached or dreamlike; blood pressure and heart rate rise for a while; nausea and drowsiness are common. Rarer risks include hallucinations, misuse and, with frequent long-term use, bladder problems. The long-term effects of repeated treatment still need research.',
        ),
        quote(
          'Anyone in crisis should call or text 988, the Suicide and Crisis Lifeline, or go to the nearest emergency room.',
        ),
        h2('Cost'),
        p(
          'An infusion often costs several hundred US dollars and is frequently not covered by insurance because the use is off-label. Esketamine, being FDA-approved, is more often covered.',
        ),
        linked(
          'The research behind this summary is listed in the references below, including a ',
          'consensus statement from psychiatrists',
          'https://doi.org/10.1001/jamapsychiatry.2017.0080',
          ' on safe use.',
        ),
      ),
      es: doc(
        p(
          'La ketamina se desarrolló como anestésico. En dosis mucho más bajas, hoy se usa para la depresión, sobre todo **fuera de indicación**, y un medicamento relacionado, la esketamina, está aprobado por la FDA como aerosol nasal.',
        ),
        h2('Cómo funciona'),
        p(
          'La mayoría de los antidepresivos actúan sobre el sistema de las monoaminas (serotonina, noradrenalina, dopamina) y suelen tardar varias semanas en hacer efecto. La ketamina actúa de otra forma: bloquea el receptor NMDA del sistema del glutamato, lo que parece desencadenar con rapidez nuevas conexiones entre neuronas.',
        ),
        h2('Con qué rapidez ayuda'),
        p(
          'En los estudios, algunas personas se sintieron mejor a las pocas horas de una sola dosis. El efecto de una dosis suele desaparecer en una o dos semanas; por eso el tratamiento suele ser una serie corta de sesiones seguida de un plan para mantener el beneficio.',
        ),
        h2('A quién puede ayudar'),
        ul(
          'Adultos con depresión que no ha mejorado tras dos o más antidepresivos (depresión resistente al tratamiento).',
          'Adultos con depresión mayor y pensamientos suicidas agudos, dentro de una atención de urgencia (la esketamina está aprobada para ello).',
          'Personas con TEPT, ansiedad o dolor crónico, donde la investigación es más reciente y los resultados varían.',
        ),
        p(
          'Las experiencias son distintas: algunas personas mejoran mucho, otras un poco y otras nada.',
        ),
        h2('Riesgos'),
        p(
          'Durante la sesión la mayoría se siente desconectada o como en un sueño; la presión arterial y el pulso suben durante un rato; las náuseas y la somnolencia son frecuentes. Entre los riesgos menos frecuentes están las alucinaciones, el uso indebido y, con un uso frecuente y prolongado, problemas de vejiga. Los efectos a largo plazo de los tratamientos repetidos todavía deben investigarse.',
        ),
        quote(
          'Quien esté en crisis debe llamar o enviar un mensaje al 988, la Línea de Prevención del Suicidio y Crisis, o acudir a urgencias.',
        ),
        h2('Costo'),
        p(
          'Una infusión suele costar varios cientos de dólares y a menudo el seguro no la cubre porque el uso es fuera de indicación. La esketamina, al estar aprobada por la FDA, se cubre con más frecuencia.',
        ),
        linked(
          'La investigación en la que se basa este resumen aparece en las referencias, entre ellas una ',
          'declaración de consenso de psiquiatras',
          'https://doi.org/10.1001/jamapsychiatry.2017.0080',
          ' sobre el uso seguro.',
        ),
      ),
    },
    treatments: ['iv-ketamine-infusion', 'esketamine-nasal-spray'],
    conditions: [
      'treatment-resistant-depression',
      'major-depressive-disorder',
      'suicidal-ideation',
    ],
    clinics: ['san-diego-downtown', 'la-jolla', 'chula-vista'],
    references: [
      REFERENCES.berman2000,
      REFERENCES.zarate2006,
      REFERENCES.murrough2013,
      REFERENCES.sanacora2017,
      REFERENCES.daly2018,
    ],
    seo: {
      metaTitle: {
        en: 'Ketamine therapy for depression explained',
        es: 'Terapia con ketamina para la depresión',
      },
      metaDescription: {
        en: 'How ketamine works, how fast it can help, who it may help, its risks and what it costs.',
        es: 'Cómo funciona la ketamina, con qué rapidez puede ayudar, a quién, sus riesgos y su costo.',
      },
    },
  },
  {
    slug: 'esketamine-what-the-approval-covers',
    title: {
      en: 'Esketamine nasal spray: what the FDA approval covers',
      es: 'Esketamina en aerosol nasal: qué cubre la aprobación de la FDA',
    },
    summary: {
      en: 'Esketamine is the only ketamine-family medicine approved by the FDA for depression. Who it is for, and why it is only given in certified clinics.',
      es: 'La esketamina es el único medicamento de la familia de la ketamina aprobado por la FDA para la depresión. Para quién es y por qué solo se administra en clínicas certificadas.',
    },
    body: {
      en: doc(
        p(
          'Esketamine is one of the two mirror-image forms that make up ketamine. It is given as a nasal spray, always together with an oral antidepressant.',
        ),
        h2('Approved uses'),
        ul(
          'Treatment-resistant depression in adults (approved in 2019).',
          'Depressive symptoms in adults with major depression and acute suicidal thoughts or behaviour (approved in 2020).',
        ),
        h2('Why only in a clinic'),
        p(
          'Because of sedation, dissociation and the potential for misuse, the spray is only available through a REMS safety programme at certified sites. You take it there, stay under observation for at least two hours, and have your blood pressure checked before and after.',
        ),
        p('You should not drive until the next day after a sleep.'),
      ),
      es: doc(
        p(
          'La esketamina es una de las dos formas «en espejo» que componen la ketamina. Se administra como aerosol nasal y siempre junto con un antidepresivo oral.',
        ),
        h2('Usos aprobados'),
        ul(
          'Depresión resistente al tratamiento en adultos (aprobada en 2019).',
          'Síntomas depresivos en adultos con depresión mayor y pensamientos o conductas suicidas agudas (aprobada en 2020).',
        ),
        h2('Por qué solo en una clínica'),
        p(
          'Por la sedación, la disociación y el riesgo de uso indebido, el aerosol solo está disponible mediante un programa de seguridad REMS en centros certificados. Se administra allí, permanece en observación al menos dos horas y se le mide la presión arterial antes y después.',
        ),
        p('No debe conducir hasta el día siguiente, después de dormir.'),
      ),
    },
    treatments: ['esketamine-nasal-spray'],
    conditions: ['treatment-resistant-depression', 'suicidal-ideation'],
    clinics: ['san-diego-downtown', 'chula-vista', 'escondido'],
    references: [REFERENCES.daly2018, REFERENCES.fdaDrugs],
  },
  {
    slug: 'your-first-infusion',
    title: {
      en: 'Your first ketamine infusion: what to expect on the day',
      es: 'Su primera infusión de ketamina: qué esperar ese día',
    },
    summary: {
      en: 'From the check-in to the ride home: how a typical infusion day goes, and how to prepare.',
      es: 'Desde la llegada hasta el regreso a casa: cómo suele ser un día de infusión y cómo prepararse.',
    },
    body: {
      en: doc(
        h2('Before you come'),
        ul(
          'Do not eat for a few hours beforehand; clear drinks are usually fine until shortly before.',
          'Arrange for someone to drive you home.',
          'Bring a list of your medicines.',
        ),
        h2('During the session'),
        p(
          'A nurse checks your blood pressure, places a small IV line and starts a slow infusion, commonly over about 40 minutes. Many people feel detached or dreamlike; staff stay nearby throughout.',
        ),
        h2('Afterwards'),
        p(
          'You rest until the effects have passed and your blood pressure is back to normal, usually within an hour. Do not drive or make important decisions until the next day.',
        ),
      ),
      es: doc(
        h2('Antes de venir'),
        ul(
          'No coma durante unas horas antes; las bebidas claras suelen estar permitidas hasta poco antes.',
          'Pida a alguien que le lleve a casa.',
          'Traiga una lista de sus medicamentos.',
        ),
        h2('Durante la sesión'),
        p(
          'Una enfermera le mide la presión, coloca una pequeña vía intravenosa e inicia una infusión lenta, por lo general de unos 40 minutos. Muchas personas se sienten desconectadas o como en un sueño; el personal está cerca todo el tiempo.',
        ),
        h2('Después'),
        p(
          'Descansará hasta que pasen los efectos y la presión vuelva a la normalidad, normalmente en una hora. No conduzca ni tome decisiones importantes hasta el día siguiente.',
        ),
      ),
    },
    treatments: ['iv-ketamine-infusion'],
    conditions: ['treatment-resistant-depression'],
    clinics: ['san-diego-downtown', 'la-jolla', 'escondido'],
    references: [REFERENCES.zarate2006, REFERENCES.sanacora2017],
  },
  {
    slug: 'ketamine-assisted-psychotherapy',
    title: {
      en: 'Ketamine-assisted psychotherapy: medicine and talk therapy together',
      es: 'Psicoterapia asistida con ketamina: medicamento y terapia juntos',
    },
    summary: {
      en: 'Why some clinics pair ketamine sessions with psychotherapy, and what the evidence does and does not show yet.',
      es: 'Por qué algunas clínicas combinan las sesiones de ketamina con psicoterapia, y qué muestra la evidencia hasta ahora.',
    },
    body: {
      en: doc(
        p(
          'The idea is that the days after a ketamine session may be a window in which new ways of thinking are easier to learn, and therapy can help make use of it.',
        ),
        p(
          'Studies of the combination are small so far. It is offered for depression, PTSD and anxiety, with the same screening and monitoring as other ketamine treatments.',
        ),
      ),
      es: doc(
        p(
          'La idea es que los días posteriores a una sesión de ketamina podrían ser un momento en el que resulta más fácil aprender nuevas formas de pensar, y la terapia puede ayudar a aprovecharlo.',
        ),
        p(
          'Hasta ahora los estudios sobre esta combinación son pequeños. Se ofrece para la depresión, el TEPT y la ansiedad, con la misma evaluación y vigilancia que otros tratamientos con ketamina.',
        ),
      ),
    },
    treatments: ['ketamine-assisted-psychotherapy'],
    conditions: ['ptsd', 'major-depressive-disorder', 'generalized-anxiety-disorder'],
    clinics: ['san-diego-downtown', 'la-jolla'],
    references: [REFERENCES.sanacora2017],
  },
] as const
