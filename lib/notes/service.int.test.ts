import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/factories";
import { deleteNote, saveNote } from "./service";
import { getNoteForStaff, listMyNotes, listNotesForStaff, openMyNote } from "./queries";

type Person = Awaited<ReturnType<typeof makeUser>>;
let agent: Person, customer: Person, colleague: Person, stranger: Person;

beforeAll(async () => {
  agent = await makeUser("AGENT");
  const org = `Notes org ${randomUUID()}`;
  customer = await makeUser("CUSTOMER", { organizationName: org });
  colleague = await makeUser("CUSTOMER", { organizationName: org });
  stranger = await makeUser("CUSTOMER", { organizationName: `Other ${randomUUID()}` });
});

async function noteFor(target: { type: "person"; email: string } | { type: "organization"; organizationId: string }, body = "Use **vpn.example.test**") {
  const result = await saveNote(agent, { title: `VPN ${randomUUID().slice(0, 6)}`, body, target });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

describe("writing notes", () => {
  it("refuses markdown with scripts, event handlers or javascript: links, and saves nothing", async () => {
    for (const body of ["Hi <script>alert(1)</script>", '<img src="x" onerror="alert(1)">', "[click](javascript:alert(1))", "<iframe src=//evil.test></iframe>"]) {
      const title = `Scripted ${randomUUID()}`;
      expect(await saveNote(agent, { title, body, target: { type: "person", email: customer.email } }), body).toMatchObject({ ok: false, fieldErrors: { body: ["errors.scriptRefused"] } });
      expect(await db.note.count({ where: { title } })).toBe(0);
    }
  });

  it("accepts ordinary markdown that merely mentions words like one=two", async () => {
    expect(await saveNote(agent, { title: "Settings", body: "Set one=two and *done*", target: { type: "person", email: customer.email } })).toMatchObject({ ok: true });
  });

  it("validates title, body and the person", async () => {
    expect(await saveNote(agent, { title: "", body: "", target: { type: "person", email: "nobody@example.test" } })).toMatchObject({
      ok: false,
      fieldErrors: { title: ["errors.titleRequired"], body: ["errors.bodyRequired"] },
    });
    expect(await saveNote(agent, { title: "T", body: "B", target: { type: "person", email: "nobody@example.test" } })).toMatchObject({ ok: false, fieldErrors: { email: ["errors.personUnknown"] } });
  });

  it("refuses a customer writing, editing or deleting a note", async () => {
    const id = await noteFor({ type: "person", email: customer.email });
    const title = `Customer note ${randomUUID()}`;
    expect(await saveNote(customer, { title, body: "x", target: { type: "person", email: customer.email } })).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await db.note.count({ where: { title } })).toBe(0);
    expect(await saveNote(customer, { id, title: "Hijacked", body: "x", target: { type: "person", email: customer.email } })).toMatchObject({ ok: false });
    expect(await deleteNote(customer, id)).toMatchObject({ ok: false });
    expect((await db.note.findUniqueOrThrow({ where: { id } })).title).not.toBe("Hijacked");
    expect(await listNotesForStaff(customer)).toBeNull();
    expect(await getNoteForStaff(customer, id)).toBeNull();
  });

  it("lets an agent delete a note, audited", async () => {
    const id = await noteFor({ type: "person", email: customer.email });
    expect(await deleteNote(agent, id)).toEqual({ ok: true, data: undefined });
    expect(await db.note.findUnique({ where: { id } })).toBeNull();
    expect(await db.auditLog.count({ where: { targetType: "Note", targetId: id } })).toBe(2);
  });
});

describe("reading notes", () => {
  it("shows a person's note to them only, and an organization's note to its members", async () => {
    const personal = await noteFor({ type: "person", email: customer.email });
    const orgNote = await noteFor({ type: "organization", organizationId: customer.organizationId! });
    expect((await listMyNotes(customer)).map((n) => n.id)).toEqual(expect.arrayContaining([personal, orgNote]));
    const colleagues = (await listMyNotes(colleague)).map((n) => n.id);
    expect(colleagues).toContain(orgNote);
    expect(colleagues).not.toContain(personal);
    expect(await openMyNote(colleague, personal)).toBeNull();
    expect(await openMyNote(stranger, orgNote)).toBeNull();
    expect(await db.noteRead.count({ where: { noteId: personal, userId: colleague.id } })).toBe(0);
  });

  it("marks a note new until opened, new again after a change, and tells agents who read it", async () => {
    const id = await noteFor({ type: "organization", organizationId: customer.organizationId! });
    const isNew = async () => (await listMyNotes(customer)).find((n) => n.id === id)?.isNew;
    expect(await isNew()).toBe(true);
    expect(await openMyNote(customer, id)).toMatchObject({ id });
    expect(await isNew()).toBe(false);
    let staffView = await getNoteForStaff(agent, id);
    expect(staffView?.readers.find((r) => r.id === customer.id)).toMatchObject({ current: true });
    expect(staffView?.readers.find((r) => r.id === colleague.id)).toMatchObject({ readAt: null, current: false });
    await new Promise((r) => setTimeout(r, 5));
    await saveNote(agent, { id, title: "Changed", body: "New text", target: { type: "organization", organizationId: customer.organizationId! } });
    expect(await isNew()).toBe(true);
    staffView = await getNoteForStaff(agent, id);
    expect(staffView?.readers.find((r) => r.id === customer.id)).toMatchObject({ current: false });
  });
});
