/** Only same-site paths may be returned to after sign-in. */
export function safeCallback(url: string | undefined): string {
  if (url && url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\")) return url;
  return "/";
}
