import { createHash } from "node:crypto";

// What a person confirms is frozen as canonical JSON (keys sorted at every level) so that the same
// content always gives the same text and the same SHA-256, on any database and any Node version.

export type Snapshot = {
  format: 1;
  kind: string;
  title: string;
  requestedBy: string;
  requestedAt: string;
  text?: string;
  document?: { documentId: string; title: string; versionNumber: number; fileName: string; contentType: string; size: number; sha256: string };
  assets?: { assetTag: string; name: string; serialNumber: string | null }[];
};

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] as Json)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export const sha256Hex = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** The fields of an answer that its receipt hash seals, together with the snapshot's hash. */
export type AnswerRecord = {
  requestId: string;
  recipientId: string;
  userId: string;
  snapshotSha256: string;
  state: string;
  signatureName: string | null;
  respondedAt: Date | null;
  ip: string | null;
  userAgent: string | null;
  comment: string | null;
};

export function receiptHash(record: AnswerRecord): string {
  return sha256Hex(canonicalJson({ ...record, respondedAt: record.respondedAt ? record.respondedAt.toISOString() : null }));
}
