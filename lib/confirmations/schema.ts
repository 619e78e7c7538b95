import { z } from "zod";
import { SIGNATURE_MAX, COMMENT_MAX, POLICY_TEXT_MAX, CONFIRMATION_KINDS } from "./limits";
export { SIGNATURE_MAX, COMMENT_MAX, POLICY_TEXT_MAX, CONFIRMATION_KINDS } from "./limits";
export type { ConfirmationKindName } from "./limits";

export const RECIPIENTS_MAX = 200;
export const CONFIRMATIONS_PAGE_SIZE = 20;

export const confirmationIdSchema = z.string().regex(/^[a-z0-9]{1,64}$/);

/** What an agent sends: the kind decides which of text, document version or assets it needs. */
export const newRequestSchema = z
  .object({
    kind: z.enum(CONFIRMATION_KINDS, { message: "errors.kindInvalid" }),
    title: z.string().trim().min(1, "errors.titleRequired").max(200, "errors.titleTooLong"),
    text: z.string().trim().max(POLICY_TEXT_MAX, "errors.textTooLong").default(""),
    documentVersionId: z.union([z.literal(""), confirmationIdSchema]).default(""),
    assetIds: z.array(confirmationIdSchema).max(100, "errors.assetsInvalid").default([]),
    recipients: z
      .array(z.string().trim().toLowerCase().email("errors.recipientInvalid").max(320))
      .min(1, "errors.recipientsRequired")
      .max(RECIPIENTS_MAX, "errors.recipientsTooMany"),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "POLICY_TEXT" && !v.text) ctx.addIssue({ code: "custom", path: ["text"], message: "errors.textRequired" });
    if (v.kind === "DOCUMENT_VERSION" && !v.documentVersionId) ctx.addIssue({ code: "custom", path: ["documentVersionId"], message: "errors.versionRequired" });
    if ((v.kind === "ASSET_HANDOVER" || v.kind === "ASSET_RETURN") && v.assetIds.length === 0) ctx.addIssue({ code: "custom", path: ["assetIds"], message: "errors.assetsRequired" });
    if ((v.kind === "ASSET_HANDOVER" || v.kind === "ASSET_RETURN") && v.recipients.length > 1) ctx.addIssue({ code: "custom", path: ["recipients"], message: "errors.assetsOnePerson" });
  });
export type NewRequestInput = z.input<typeof newRequestSchema>;

/** A person's answer to one or more of their pending requests, signed once. */
export const answerSchema = z
  .object({
    recipientIds: z.array(confirmationIdSchema).min(1, "errors.noneChosen").max(50, "errors.noneChosen"),
    decision: z.enum(["confirm", "decline"], { message: "errors.invalid" }),
    signatureName: z.string().trim().min(1, "errors.signatureRequired").max(SIGNATURE_MAX, "errors.signatureTooLong"),
    agreed: z.boolean(),
    comment: z.string().trim().max(COMMENT_MAX, "errors.commentTooLong").default(""),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "confirm" && !v.agreed) ctx.addIssue({ code: "custom", path: ["agreed"], message: "errors.tickRequired" });
    if (v.decision === "decline" && !v.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: "errors.declineReason" });
  });
export type AnswerInput = z.input<typeof answerSchema>;

/** A typed name compared with the account's: case, accents' composition and spacing do not matter. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase();
  return norm(a) === norm(b);
}
