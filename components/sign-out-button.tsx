import { getTranslations } from "next-intl/server";
import { logoutAction } from "@/lib/auth/actions";
import { SubmitButton } from "@/components/ui/button";

export async function SignOutButton() {
  const t = await getTranslations("auth");
  return (
    <form action={logoutAction}>
      <SubmitButton variant="secondary" pendingLabel={t("signingOut")}>
        {t("signOut")}
      </SubmitButton>
    </form>
  );
}
