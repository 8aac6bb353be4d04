import type { Random } from './random'

/**
 * Deterministic filler text in English and Spanish, from word lists written for the benchmark.
 * It reads like clinical prose at a glance and carries none of the workflow's claim phrases,
 * so the generated documents raise no claim flags.
 */
export type Lang = 'en' | 'es'

const WORDS: Record<Lang, readonly string[]> = {
  en: `patient patients clinic clinician session sessions infusion dose doses treatment treatments therapy therapist
    mood anxiety sleep appetite energy memory focus attention stress trauma recovery support family partner friend
    routine morning evening week weeks month months year schedule visit visits follow-up check-in plan plans goal goals
    symptom symptoms change changes pattern patterns response responses effect effects benefit benefits risk risks
    monitoring blood pressure heart rate breathing nausea dizziness rest comfort calm quiet room chair blanket music
    nurse doctor psychiatrist psychologist counselor team staff coordinator pharmacist reviewer guideline guidelines
    study studies trial trials evidence research data sample group groups measure measures scale score scores outcome
    outcomes report reports history record records consent question questions answer answers option options choice
    careful steady gradual gentle clear simple common rare mild moderate severe short long early later previous next
    several many some few most each every other usual typical practical personal private shared general specific
    helps supports reduces improves measures describes explains records reviews discusses considers follows compares
    includes requires suggests indicates shows notes lists adds starts ends continues returns remains becomes stays
    before after during while between within about around through across under over toward against beside beyond
    and or but so because although when where which that this these those their our your its with without for from
    into onto upon the a an of to in on at by as is are was were be been has have had may might can could should
    would will often usually sometimes rarely also still only just even already again further together apart
    walking reading writing talking listening breathing stretching journaling cooking gardening resting driving
    insurance cost costs receipt referral appointment appointments arrival parking entrance elevator waiting area
    depression disorder condition conditions diagnosis assessment screening questionnaire interview evaluation
    medicine medicines medication prescription pharmacy supplement supplements alcohol caffeine hydration nutrition`
    .split(/\s+/)
    .filter(Boolean),
  es: `paciente pacientes clínica médico médica sesión sesiones infusión dosis tratamiento tratamientos terapia terapeuta
    ánimo ansiedad sueño apetito energía memoria atención estrés trauma recuperación apoyo familia pareja amigo amiga
    rutina mañana tarde semana semanas mes meses año horario visita visitas seguimiento control plan planes meta metas
    síntoma síntomas cambio cambios patrón patrones respuesta respuestas efecto efectos beneficio beneficios riesgo riesgos
    vigilancia presión arterial frecuencia cardiaca respiración náusea mareo descanso comodidad calma silencio sala silla
    enfermera enfermero doctora psiquiatra psicóloga consejero equipo personal coordinadora farmacéutico revisora guía guías
    estudio estudios ensayo ensayos evidencia investigación datos muestra grupo grupos medida medidas escala puntuación
    resultado resultados informe informes historial registro registros consentimiento pregunta preguntas opción opciones
    cuidadoso constante gradual suave claro sencillo común raro leve moderado grave corto largo temprano posterior anterior
    varios muchos algunos pocos cada otro habitual típico práctico personal privado compartido general específico
    ayuda apoya reduce mejora mide describe explica registra revisa comenta considera sigue compara incluye requiere
    sugiere indica muestra anota añade empieza termina continúa vuelve permanece queda antes después durante mientras
    entre dentro sobre alrededor través bajo hacia contra junto más allá y o pero así porque aunque cuando donde cual que
    este esta estos estas su sus nuestro nuestra con sin para desde en el la los las un una de del al por como es son
    fue fueron ser sido ha han había puede pueden podría debería será suele también todavía solo incluso ya otra vez
    caminar leer escribir hablar escuchar respirar estirar cocinar descansar conducir seguro costo recibo derivación cita
    citas llegada estacionamiento entrada ascensor espera depresión trastorno condición diagnóstico evaluación
    cuestionario entrevista medicina medicamento receta farmacia suplemento alcohol cafeína hidratación nutrición`
    .split(/\s+/)
    .filter(Boolean),
}

type LexicalNode = Record<string, unknown>

const BLOCK = { format: '', indent: 0, version: 1, direction: 'ltr' }

const textNode = (text: string): LexicalNode => ({
  type: 'text',
  text,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1)
}

function words(random: Random, lang: Lang, count: number): string[] {
  return Array.from({ length: count }, () => random.pick(WORDS[lang]))
}

function sentence(random: Random, lang: Lang, min = 8, max = 18): string {
  return `${capitalize(words(random, lang, random.int(min, max)).join(' '))}.`
}

/** Title-cased words, e.g. for headings and document titles. */
export function title(random: Random, lang: Lang, min: number, max: number): string {
  return words(random, lang, random.int(min, max)).map(capitalize).join(' ')
}

/** Whole sentences up to `maxLength` characters (at least one, cut to fit). */
export function sentences(random: Random, lang: Lang, maxLength: number, count: number): string {
  let out = ''
  for (let i = 0; i < count; i += 1) {
    const next = sentence(random, lang)
    if (out && out.length + 1 + next.length > maxLength) break
    out = out ? `${out} ${next}` : next
  }
  return out.slice(0, maxLength)
}

export interface RichTextOptions {
  /** Roughly how many words the document holds. */
  words: number
  /** Extra nodes (e.g. uploads) spread through the text. */
  inserts?: LexicalNode[]
}

/** A Lexical document of headings, paragraphs and the odd bullet list, about `words` words long. */
export function richText(random: Random, lang: Lang, options: RichTextOptions) {
  const children: LexicalNode[] = []
  const inserts = [...(options.inserts ?? [])]
  let count = 0
  while (count < options.words) {
    if (children.length % 5 === 0) {
      const heading = title(random, lang, 3, 6)
      children.push({ ...BLOCK, type: 'heading', tag: 'h2', children: [textNode(heading)] })
      count += heading.split(' ').length
      if (inserts.length > 0 && children.length > 1) children.push(inserts.shift()!)
    }
    if (random.next() < 0.12) {
      const items = Array.from({ length: random.int(3, 5) }, () => sentence(random, lang, 4, 9))
      children.push({
        ...BLOCK,
        type: 'list',
        listType: 'bullet',
        tag: 'ul',
        start: 1,
        children: items.map((item, index) => ({
          ...BLOCK,
          type: 'listitem',
          value: index + 1,
          children: [textNode(item)],
        })),
      })
      count += items.join(' ').split(' ').length
      continue
    }
    const paragraph = Array.from({ length: random.int(4, 7) }, () => sentence(random, lang)).join(
      ' ',
    )
    children.push({ ...BLOCK, type: 'paragraph', textFormat: 0, children: [textNode(paragraph)] })
    count += paragraph.split(' ').length
  }
  children.push(...inserts)
  return { root: { ...BLOCK, type: 'root', children } }
}

/** A Lexical upload node (`nodeId` is the node's own id) pointing at a media document. */
export function uploadNode(nodeId: string, mediaId: number | string): LexicalNode {
  return {
    type: 'upload',
    version: 3,
    format: '',
    id: nodeId,
    fields: {},
    relationTo: 'media',
    value: mediaId,
  }
}
