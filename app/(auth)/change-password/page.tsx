import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { isFreshForcedChange } from "@/lib/auth/password-change";
import { AuthCard } from "@/components/auth/auth-card";
import { ChangePasswordForm } from "@/components/auth/change-password-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("change.title") };
}

/** Where a user who signed in with an initialized password is sent until they choose their own. */
export default async function ChangePasswordPage() {
  const viewer = await requireViewer();
  const [t, fresh] = await Promise.all([getTranslations("auth"), isFreshForcedChange(viewer.id, viewer.sessionId)]);
  return (
    <AuthCard title={t("change.title")} intro={t("change.intro")}>
      <ChangePasswordForm forced fresh={fresh} username={viewer.email} />
    </AuthCard>
  );
}
