// The rules a new password must pass (OWASP ASVS 5, V6.2): a length range, no composition rules,
// not a commonly used password, not the account's email. Applied wherever a person chooses one.

export const PASSWORD_MIN = 8;
export const PASSWORD_RECOMMENDED = 15;
export const PASSWORD_MAX = 128;

export type PasswordProblem = "tooShort" | "tooLong" | "common" | "sameAsEmail";
export type PasswordCheck = { ok: true } | { ok: false; reason: PasswordProblem };

let commonPasswords: Promise<ReadonlySet<string>> | undefined;

/**
 * The ~49,000 most common passwords that zxcvbn-ts ships (lower-case), loaded on first use only:
 * importing the list costs about 100 ms, which no page that does not set a password should pay.
 */
export function loadCommonPasswords(): Promise<ReadonlySet<string>> {
  commonPasswords ??= import("@zxcvbn-ts/language-common")
    .then(({ dictionary }) => new Set(dictionary["passwords-common"].map((p) => p.toLowerCase())))
    .catch((error: unknown) => {
      commonPasswords = undefined;
      throw error;
    });
  return commonPasswords;
}

/** Length in characters as a person counts them: code points of the NFC form, not UTF-16 units. */
export function passwordLength(password: string): number {
  return [...password.normalize("NFC")].length;
}

/** Whether `password` may become the password of the account whose login is `email`. */
export async function checkNewPassword(password: string, { email }: { email: string }): Promise<PasswordCheck> {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN) return { ok: false, reason: "tooShort" };
  if (length > PASSWORD_MAX) return { ok: false, reason: "tooLong" };
  const folded = password.normalize("NFC").toLowerCase();
  const login = email.trim().normalize("NFC").toLowerCase();
  const at = login.lastIndexOf("@");
  const localPart = at === -1 ? login : login.slice(0, at);
  if (folded === login || folded === localPart) return { ok: false, reason: "sameAsEmail" };
  if ((await loadCommonPasswords()).has(folded)) return { ok: false, reason: "common" };
  return { ok: true };
}
