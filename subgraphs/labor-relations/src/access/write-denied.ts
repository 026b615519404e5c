/**
 * Who may record labor-relations work is the kit's staff write rule, `assertStaffMayWrite`
 * (docs/architecture.md §3.6): a FEDERATION_ADMIN inside its region and the ORG_ADMIN of the
 * organization concerned; AUDITORs, MEMBERs and SERVICE callers only read. Its FORBIDDEN message here.
 */
export const WRITE_DENIED = 'You may not record labor relations outside your jurisdiction';
