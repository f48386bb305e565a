/** Journal record name of an action plan entry, for its fields and for clearing them when it is removed. */
export const planDraftRecord = (entryId: string) => `action-plan/${entryId}`
