import { PNG } from "@/test/files";
import { changePortalSettings, expect, formMessage, newPage, signIn, test } from "../fixtures";
import { restoring } from "../settings/settings-helpers";

// The portal's logo and favicon, the one public kind of stored file: uploaded through the admin's
// form, served with the type found in the bytes, nosniff, inline, and a sandboxing policy. They
// change the one settings row, so this runs alone (the "settings" project) and puts it back.
test.describe.configure({ mode: "default", timeout: 180_000 });

test("logo and favicon: recorded type, nosniff, inline, sandboxed; 404 when none is set", async ({ page, browser, admin }) => {
  await restoring(["logoKey", "logoContentType", "faviconKey", "faviconContentType"], async () => {
    await changePortalSettings({ logoKey: null, logoContentType: null, faviconKey: null, faviconContentType: null });
    const anonymous = await newPage(browser);
    await anonymous.goto("/login");
    for (const path of ["/api/branding/logo", "/api/branding/favicon"]) expect((await anonymous.request.get(path)).status(), path).toBe(404);

    await signIn(page, admin);
    await page.goto("/admin/settings/portal");
    await page.getByLabel("Logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from(PNG) });
    await page.getByLabel("Favicon").setInputFiles({ name: "favicon.png", mimeType: "image/png", buffer: Buffer.from(PNG) });
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(formMessage(page)).toContainText("Settings saved.");

    for (const name of ["logo", "favicon"]) {
      const response = await anonymous.request.get(`/api/branding/${name}`);
      const headers = response.headers();
      expect(response.status(), name).toBe(200);
      expect(headers["content-type"], name).toBe("image/png");
      expect(headers["x-content-type-options"], name).toBe("nosniff");
      expect(headers["content-disposition"], name).toBe(`inline; filename="${name}"; filename*=UTF-8''${name}`);
      expect(headers["content-security-policy"], name).toMatch(/^sandbox; default-src 'none'/);
    }
  });
});
