import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeCategory, makeUser } from "@/test/factories";
import { moveField, moveRequestType, saveField, saveRequestType, setFieldActive, setRequestTypeActive } from "./service";
import { getRequestType, listRequestTypes, listRequestTypesForForm } from "./queries";

const typeInput = (slug: string) => ({ slug, nameEn: "Laptop request", nameEs: "Solicitud de portátil", descriptionEn: "A new laptop", descriptionEs: "Un portátil nuevo", icon: "laptop" as const });
const slug = () => `type-${Math.random().toString(36).slice(2, 10)}`;

describe("managing request types", () => {
  it("an admin creates a type with a choice field; the form lists both in the viewer's language", async () => {
    const admin = await makeUser("ADMIN");
    const created = await saveRequestType(admin, null, typeInput(slug()));
    if (!created.ok) throw new Error(JSON.stringify(created));
    const field = await saveField(admin, created.data.id, null, { labelEn: "Site", labelEs: "Sede", type: "CHOICE", required: true, options: "Madrid | Madrid\nLyon | Lyon" });
    expect(field.ok).toBe(true);
    const form = (await listRequestTypesForForm("es")).find((t) => t.id === created.data.id);
    expect(form).toMatchObject({ name: "Solicitud de portátil", fields: [{ label: "Sede", type: "CHOICE", required: true, options: [{ value: "madrid", label: "Madrid" }, { value: "lyon", label: "Lyon" }] }] });
  });

  it("an agent or a customer can change nothing, and sees no admin list", async () => {
    const admin = await makeUser("ADMIN");
    const type = await makeCategory();
    const fieldResult = await saveField(admin, type.id, null, { labelEn: "Tag", labelEs: "Etiqueta", type: "TEXT" });
    if (!fieldResult.ok) throw new Error("setup");
    for (const role of ["AGENT", "CUSTOMER"] as const) {
      const viewer = await makeUser(role);
      expect(await saveRequestType(viewer, null, typeInput(slug()))).toMatchObject({ ok: false, message: "errors.notAllowed" });
      expect(await saveRequestType(viewer, type.id, typeInput(slug()))).toMatchObject({ ok: false, message: "errors.notAllowed" });
      expect(await setRequestTypeActive(viewer, type.id, false)).toMatchObject({ ok: false, message: "errors.notAllowed" });
      expect(await moveRequestType(viewer, type.id, "up")).toMatchObject({ ok: false, message: "errors.notAllowed" });
      expect(await saveField(viewer, type.id, null, { labelEn: "X", labelEs: "X", type: "TEXT" })).toMatchObject({ ok: false, message: "errors.notAllowed" });
      expect(await setFieldActive(viewer, type.id, fieldResult.data.id, false)).toMatchObject({ ok: false, message: "errors.notAllowed" });
      expect(await moveField(viewer, type.id, fieldResult.data.id, "down")).toMatchObject({ ok: false, message: "errors.notAllowed" });
      expect(await listRequestTypes(viewer)).toBeNull();
      expect(await getRequestType(viewer, type.id)).toBeNull();
    }
    const after = await db.ticketCategory.findUniqueOrThrow({ where: { id: type.id }, include: { fields: true } });
    expect(after).toMatchObject({ nameEn: "Test category", active: true });
    expect(after.fields).toHaveLength(1);
  });

  it("refuses a taken identifier, a choice with one option and an unknown icon", async () => {
    const admin = await makeUser("ADMIN");
    const type = await makeCategory();
    expect(await saveRequestType(admin, null, typeInput(type.slug))).toMatchObject({ ok: false, fieldErrors: { slug: ["errors.slugTaken"] } });
    expect(await saveRequestType(admin, null, { ...typeInput(slug()), icon: "<img onerror=x>" as "laptop" })).toMatchObject({ ok: false, fieldErrors: { icon: ["errors.iconInvalid"] } });
    expect(await saveField(admin, type.id, null, { labelEn: "Site", labelEs: "Sede", type: "CHOICE", options: "Only one" })).toMatchObject({ ok: false, fieldErrors: { options: ["errors.optionsTooFew"] } });
  });

  it("a deactivated type leaves the form; moving renumbers the order", async () => {
    const admin = await makeUser("ADMIN");
    const a = await makeCategory();
    expect(await setRequestTypeActive(admin, a.id, false)).toMatchObject({ ok: true });
    expect((await listRequestTypesForForm("en")).map((t) => t.id)).not.toContain(a.id);
    const before = (await db.ticketCategory.findMany({ orderBy: [{ sortOrder: "asc" }, { nameEn: "asc" }], select: { id: true } })).map((t) => t.id);
    const index = before.indexOf(a.id);
    expect(await moveRequestType(admin, a.id, index === 0 ? "down" : "up")).toMatchObject({ ok: true });
    const after = (await db.ticketCategory.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true } })).map((t) => t.id);
    expect(after.indexOf(a.id)).toBe(index === 0 ? 1 : index - 1);
  });
});
