/** Journal record name of an action plan entry, for its fields and for clearing them when it is removed. */
export const planDraftRecord = (entryId: string) => `action-plan/${entryId}`

/** Journal record of the follow-up form; one per review, as the journal keys every draft by its review too. */
export const followUpDraftRecord = 'action-plan-follow-up'
