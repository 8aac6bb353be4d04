import { doc, p } from '../richText'
import { REFERENCES } from './references'

/** Risks presented with the treatments; text written for this demo from the team's domain notes. */
export const DISCLOSURES = [
  {
    slug: 'dissociation',
    severity: 'common',
    title: { en: 'Dissociation', es: 'Disociación' },
    frequency: {
      en: 'Common, during and shortly after a session',
      es: 'Frecuente, durante la sesión y poco después',
    },
    description: {
      en: doc(
        p(
          'Many people feel detached from their body or surroundings while the medicine is acting: time may seem to slow, and sights and sounds can feel unusual.',
        ),
        p('The feeling usually fades within an hour or two of the end of a session.'),
      ),
      es: doc(
        p(
          'Muchas personas se sienten desconectadas de su cuerpo o de su entorno mientras actúa el medicamento: el tiempo puede parecer más lento y los sonidos e imágenes pueden percibirse de forma extraña.',
        ),
        p('La sensación suele desaparecer una o dos horas después de terminar la sesión.'),
      ),
    },
    mitigation: {
      en: 'Staff stay with you, the room is quiet, and you go home only once the effect has passed, with someone else driving.',
      es: 'El personal le acompaña, la sala es tranquila y solo se va a casa cuando el efecto ha pasado, con otra persona al volante.',
    },
    references: [REFERENCES.berman2000, REFERENCES.sanacora2017],
  },
  {
    slug: 'raised-blood-pressure-and-heart-rate',
    severity: 'serious',
    title: {
      en: 'Raised blood pressure and heart rate',
      es: 'Aumento de la presión arterial y del pulso',
    },
    frequency: { en: 'Common; usually temporary', es: 'Frecuente; por lo general pasajero' },
    description: {
      en: doc(
        p(
          'Ketamine raises blood pressure and heart rate for a short time. For people with heart or blood-vessel disease this can be dangerous.',
        ),
      ),
      es: doc(
        p(
          'La ketamina eleva la presión arterial y el pulso durante un tiempo corto. En personas con enfermedades del corazón o de los vasos sanguíneos puede ser peligroso.',
        ),
      ),
    },
    mitigation: {
      en: 'Blood pressure is checked before, during and after each session; uncontrolled high blood pressure is a reason not to treat.',
      es: 'Se mide la presión antes, durante y después de cada sesión; la hipertensión no controlada es un motivo para no administrar el tratamiento.',
    },
    references: [REFERENCES.sanacora2017],
  },
  {
    slug: 'nausea-dizziness-sedation',
    severity: 'common',
    title: { en: 'Nausea, dizziness and drowsiness', es: 'Náuseas, mareo y somnolencia' },
    frequency: { en: 'Common', es: 'Frecuente' },
    description: {
      en: doc(
        p(
          'Feeling sick, light-headed or sleepy is common on treatment days. These effects are usually mild and pass within hours.',
        ),
      ),
      es: doc(
        p(
          'Sentir náuseas, mareo o sueño es frecuente los días de tratamiento. Suelen ser efectos leves que pasan en unas horas.',
        ),
      ),
    },
    mitigation: {
      en: 'Avoid eating for a few hours beforehand, and do not drive or operate machinery until the next day.',
      es: 'Evite comer unas horas antes y no conduzca ni maneje maquinaria hasta el día siguiente.',
    },
    references: [REFERENCES.daly2018],
  },
  {
    slug: 'hallucinations-or-psychosis',
    severity: 'rare-serious',
    title: { en: 'Hallucinations or psychosis', es: 'Alucinaciones o psicosis' },
    frequency: { en: 'Rare', es: 'Poco frecuente' },
    description: {
      en: doc(
        p(
          'In rare cases ketamine can bring on hallucinations or worsen psychotic symptoms, especially in people with a history of psychosis.',
        ),
      ),
      es: doc(
        p(
          'En casos poco frecuentes la ketamina puede provocar alucinaciones o empeorar síntomas psicóticos, sobre todo en personas con antecedentes de psicosis.',
        ),
      ),
    },
    mitigation: {
      en: 'A history of psychosis is screened for before treatment starts; active psychosis rules treatment out.',
      es: 'Antes de empezar se revisan los antecedentes de psicosis; una psicosis activa excluye el tratamiento.',
    },
    references: [REFERENCES.morgan2012],
  },
  {
    slug: 'misuse-and-dependence',
    severity: 'serious',
    title: { en: 'Misuse and dependence', es: 'Uso indebido y dependencia' },
    frequency: {
      en: 'Uncommon under medical supervision',
      es: 'Poco frecuente bajo supervisión médica',
    },
    description: {
      en: doc(
        p(
          'Ketamine is a Schedule III controlled substance in the United States because it can be misused and lead to dependence.',
        ),
      ),
      es: doc(
        p(
          'En Estados Unidos la ketamina es una sustancia controlada de la Lista III porque puede usarse de forma indebida y causar dependencia.',
        ),
      ),
    },
    mitigation: {
      en: 'Doses are given and watched in the clinic, and a history of substance use is discussed before treatment.',
      es: 'Las dosis se administran y vigilan en la clínica, y los antecedentes de consumo de sustancias se hablan antes del tratamiento.',
    },
    references: [REFERENCES.morgan2012],
  },
  {
    slug: 'bladder-and-urinary-problems',
    severity: 'rare-serious',
    title: { en: 'Bladder and urinary-tract problems', es: 'Problemas de vejiga y vías urinarias' },
    frequency: {
      en: 'Rare; linked to frequent, long-term use',
      es: 'Poco frecuente; asociado al uso frecuente y prolongado',
    },
    description: {
      en: doc(
        p(
          'Frequent, long-term ketamine use, mostly outside medical care, has been linked to painful inflammation of the bladder.',
        ),
      ),
      es: doc(
        p(
          'El uso frecuente y prolongado de ketamina, sobre todo fuera de la atención médica, se ha relacionado con una inflamación dolorosa de la vejiga.',
        ),
      ),
    },
    mitigation: {
      en: 'Tell the care team about pain or burning on urination, or needing to go more often.',
      es: 'Informe al equipo si siente dolor o ardor al orinar, o necesita orinar con más frecuencia.',
    },
    references: [REFERENCES.morgan2012],
  },
  {
    slug: 'unknown-long-term-effects',
    severity: 'serious',
    title: {
      en: 'Long-term effects are not yet known',
      es: 'Los efectos a largo plazo aún no se conocen',
    },
    frequency: { en: 'Unknown', es: 'Desconocida' },
    description: {
      en: doc(
        p(
          'Most studies follow people for weeks or months. How repeated treatment over years affects memory, mood and the body needs more research.',
        ),
      ),
      es: doc(
        p(
          'La mayoría de los estudios siguen a las personas durante semanas o meses. Se necesita más investigación sobre cómo afectan los tratamientos repetidos durante años a la memoria, el ánimo y el cuerpo.',
        ),
      ),
    },
    mitigation: {
      en: 'Treatment plans are reviewed regularly, and the lowest effective number of sessions is used.',
      es: 'Los planes de tratamiento se revisan con regularidad y se usa el menor número de sesiones eficaz.',
    },
    references: [REFERENCES.sanacora2017],
  },
] as const
