// Limits the client forms show, without zod (kept out of the browser bundle); schema.ts enforces them.

export const SIGNATURE_MAX = 200;
export const COMMENT_MAX = 2000;
export const POLICY_TEXT_MAX = 20_000;
export const CONFIRMATION_KINDS = ["ASSET_HANDOVER", "ASSET_RETURN", "DOCUMENT_VERSION", "POLICY_TEXT"] as const;
export type ConfirmationKindName = (typeof CONFIRMATION_KINDS)[number];
