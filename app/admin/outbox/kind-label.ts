import { getTranslations } from "next-intl/server";

/** Email kinds in the viewer's words; a kind added without a label shows its code rather than failing. */
export async function kindLabels(): Promise<(kind: string) => string> {
  const t = (await getTranslations("email.outbox")) as unknown as { has: (key: string) => boolean } & ((key: string) => string);
  return (kind) => (t.has(`kinds.${kind}`) ? t(`kinds.${kind}`) : kind);
}
