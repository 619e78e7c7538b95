import { describe, expect, it } from "vitest";
import { checkFieldValues, type FieldDefinition } from "./field-values";
import { parseOptionLines } from "./schema";

const options = JSON.stringify(parseOptionLines("Head office | Oficina central\nHome | Casa"));
const text: FieldDefinition = { id: "text", type: "TEXT", required: false, options: "[]" };
const choice: FieldDefinition = { id: "choice", type: "CHOICE", required: false, options };
const date: FieldDefinition = { id: "date", type: "DATE", required: false, options: "[]" };
const box: FieldDefinition = { id: "box", type: "CHECKBOX", required: false, options: "[]" };
const required = (f: FieldDefinition) => ({ ...f, required: true });

describe("checking a request type's field values", () => {
  it("accepts a value of each type, trimmed, and leaves out empty optional ones", () => {
    expect(checkFieldValues([text, choice, date, box], { text: "  ACME-1 ", choice: "home", date: "2026-02-28", box: "true" })).toEqual({
      ok: true,
      values: [
        { fieldId: "text", value: "ACME-1" },
        { fieldId: "choice", value: "home" },
        { fieldId: "date", value: "2026-02-28" },
        { fieldId: "box", value: "true" },
      ],
    });
    expect(checkFieldValues([text, choice, date, box], {})).toEqual({ ok: true, values: [{ fieldId: "box", value: "false" }] });
  });

  it("refuses a missing required value of each type, by control name", () => {
    const result = checkFieldValues([text, choice, date, box].map(required), { text: "   " });
    expect(result).toEqual({
      ok: false,
      message: "errors.invalid",
      fieldErrors: {
        "field.text": ["errors.fieldRequired"],
        "field.choice": ["errors.fieldRequired"],
        "field.date": ["errors.fieldRequired"],
        "field.box": ["errors.fieldMustBeChecked"],
      },
    });
  });

  it("refuses a choice that is not an option, an impossible date and a checkbox that is not a boolean", () => {
    expect(checkFieldValues([choice], { choice: "Head office" })).toMatchObject({ ok: false, fieldErrors: { "field.choice": ["errors.fieldChoiceInvalid"] } });
    for (const bad of ["2026-02-30", "31/12/2026", "2026-1-1", "tomorrow"]) {
      expect(checkFieldValues([date], { date: bad })).toMatchObject({ ok: false, fieldErrors: { "field.date": ["errors.fieldDateInvalid"] } });
    }
    expect(checkFieldValues([box], { box: "yes please" })).toMatchObject({ ok: false, fieldErrors: { "field.box": ["errors.fieldCheckboxInvalid"] } });
    expect(checkFieldValues([text], { text: "x".repeat(1001) })).toMatchObject({ ok: false, fieldErrors: { "field.text": ["errors.fieldTooLong"] } });
  });

  it("refuses a value for a field the type does not have", () => {
    expect(checkFieldValues([text], { text: "a", other: "b" })).toMatchObject({ ok: false, message: "errors.fieldUnknown" });
  });
});

describe("options typed by the admin", () => {
  it("reads one option a line, gives stable distinct keys and keeps a known option's key", () => {
    expect(parseOptionLines("Madrid | Madrid ES\n\nMadrid\nLyon")).toEqual([
      { value: "madrid", en: "Madrid", es: "Madrid ES" },
      { value: "madrid-2", en: "Madrid", es: "Madrid" },
      { value: "lyon", en: "Lyon", es: "Lyon" },
    ]);
    expect(parseOptionLines("Lyon", [{ value: "old-key", en: "Lyon", es: "Lyon" }])[0].value).toBe("old-key");
  });
});
