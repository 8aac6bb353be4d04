/**
 * Choices made in one sidebar panel and sent by another's button: the locales a reviewer
 * approves (chosen in the translation panel, sent by the review panel's Approve) and the
 * reviewer a submission names (chosen in the assignment panel, sent by Submit). Per document;
 * nothing chosen leaves the server's default (every complete locale; the pool).
 */
const locales = new Map<string, string[]>()
const reviewers = new Map<string, null | string>()

const keyOf = (collection: string, id: number | string): string => `${collection}:${id}`

export const approvalChoices = {
  setLocales: (collection: string, id: number | string, chosen: string[]): void =>
    void locales.set(keyOf(collection, id), chosen),
  locales: (collection: string, id: number | string): string[] | undefined =>
    locales.get(keyOf(collection, id)),
  setReviewer: (collection: string, id: number | string, reviewer: null | string): void =>
    void reviewers.set(keyOf(collection, id), reviewer),
  /** What Submit adds to its body: the named reviewer, when one was chosen. */
  submission: (collection: string, id: number | string): { reviewer?: null | string } => {
    const reviewer = reviewers.get(keyOf(collection, id))
    return reviewer === undefined ? {} : { reviewer }
  },
}
