import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/factories";
import { deleteNote, saveNote } from "./service";
import { getNoteForStaff, listMyNotes, listNotesForStaff, MY_NOTES_PAGE_SIZE, openMyNote, unreadNoteCount } from "./queries";
import { findPortalPeople, PEOPLE_RESULTS } from "@/lib/documents/people";

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
    expect((await listMyNotes(customer)).items.map((n) => n.id)).toEqual(expect.arrayContaining([personal, orgNote]));
    const colleagues = (await listMyNotes(colleague)).items.map((n) => n.id);
    expect(colleagues).toContain(orgNote);
    expect(colleagues).not.toContain(personal);
    expect(await openMyNote(colleague, personal)).toBeNull();
    expect(await openMyNote(stranger, orgNote)).toBeNull();
    expect(await db.noteRead.count({ where: { noteId: personal, userId: colleague.id } })).toBe(0);
  });

  it("marks a note new until opened, new again after a change, and tells agents who read it", async () => {
    const id = await noteFor({ type: "organization", organizationId: customer.organizationId! });
    const isNew = async () => (await listMyNotes(customer)).items.find((n) => n.id === id)?.isNew;
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

describe("notes for a kind of person", () => {
  it("reach every portal user of that kind, not the other kind nor agents; the console lists that kind as the audience", async () => {
    const employee = await makeUser("CUSTOMER", { organizationName: `Staff ${randomUUID()}` });
    await db.user.update({ where: { id: employee.id }, data: { kind: "EMPLOYEE" } });
    const external = await makeUser("CUSTOMER", { organizationName: `Ext ${randomUUID()}` });
    const result = await saveNote(agent, { title: `Office rules ${randomUUID().slice(0, 6)}`, body: "Badges on.", target: { type: "kind", kind: "EMPLOYEE" } });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect((await listMyNotes(employee)).items.map((n) => n.id)).toContain(result.data.id);
    expect((await listMyNotes(external)).items.map((n) => n.id)).not.toContain(result.data.id);
    expect((await listMyNotes(agent)).items.map((n) => n.id)).not.toContain(result.data.id);
    expect(await openMyNote(external, result.data.id)).toBeNull();
    const staff = await getNoteForStaff(agent, result.data.id);
    expect(staff?.personKind).toBe("EMPLOYEE");
    expect(staff?.readers.map((r) => r.id)).toContain(employee.id);
    expect(staff?.readers.map((r) => r.id)).not.toContain(external.id);
    expect(await saveNote(agent, { title: "Bad kind", body: "x", target: { type: "kind", kind: "ROBOT" as "EMPLOYEE" } })).toMatchObject({ ok: false });
  });
});

describe("the people picker", () => {
  it("finds portal users by name or email, at most 10, and nothing for a customer", async () => {
    const tag = randomUUID().slice(0, 8);
    const people = await Promise.all(Array.from({ length: 12 }, () => makeUser("CUSTOMER")));
    await Promise.all(people.map((p, i) => db.user.update({ where: { id: p.id }, data: { name: `Picker ${tag} ${String(i).padStart(2, "0")}` } })));
    const found = await findPortalPeople(agent, `picker ${tag}`);
    expect(found).toHaveLength(PEOPLE_RESULTS);
    expect(found[0]).toEqual({ id: people[0].id, name: `Picker ${tag} 00`, email: people[0].email, organization: null });
    expect((await findPortalPeople(agent, people[3].email.toUpperCase())).map((p) => p.id)).toEqual([people[3].id]);
    expect(await findPortalPeople(agent, agent.email)).toEqual([]);
    expect(await findPortalPeople(customer, `picker ${tag}`)).toEqual([]);
    expect(await findPortalPeople(agent, "")).toEqual([]);
  });
});

describe("the portal list in pages", () => {
  it("shows 20 notes a page with the total, and the unread count covers every page", async () => {
    const reader = await makeUser("CUSTOMER", { organizationName: `Pages ${randomUUID()}` });
    for (let i = 0; i < MY_NOTES_PAGE_SIZE + 2; i++) await noteFor({ type: "person", email: reader.email });
    const first = await listMyNotes(reader);
    expect(first).toMatchObject({ total: MY_NOTES_PAGE_SIZE + 2, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(MY_NOTES_PAGE_SIZE);
    expect((await listMyNotes(reader, 2)).items).toHaveLength(2);
    expect(await unreadNoteCount(reader)).toBe(MY_NOTES_PAGE_SIZE + 2);
  });
});
