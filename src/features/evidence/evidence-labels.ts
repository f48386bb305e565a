export const ROLE_HINT = 'Roles, never names: e.g. team leader, employment specialist, clinician, service user.'
