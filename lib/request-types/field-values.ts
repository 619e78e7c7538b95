import type { TicketFieldType } from "@/generated/prisma-sqlite/enums";
import { FIELD_VALUE_MAX, readOptions } from "./schema";
import { fieldName } from "./limits";

export { fieldName };

// The extra fields of a request type, checked on the server against their definitions: the form
// sends `field.<id>` entries, and only the active fields of the chosen type are accepted.

export type FieldDefinition = { id: string; type: TicketFieldType; required: boolean; options: string };
export type FieldValues = Record<string, string>;
export type CheckedValues = { ok: true; values: { fieldId: string; value: string }[] } | { ok: false; message: string; fieldErrors: Record<string, string[]> };

const isDate = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

function checkOne(field: FieldDefinition, raw: string | undefined, heldAssetIds: ReadonlySet<string>): { value: string | null } | { error: string } {
  const value = (raw ?? "").trim();
  switch (field.type) {
    case "CHECKBOX": {
      if (value !== "" && value !== "true" && value !== "false" && value !== "on") return { error: "errors.fieldCheckboxInvalid" };
      const checked = value === "true" || value === "on";
      if (field.required && !checked) return { error: "errors.fieldMustBeChecked" };
      return { value: checked ? "true" : "false" };
    }
    case "CHOICE":
      if (!value) return field.required ? { error: "errors.fieldRequired" } : { value: null };
      return readOptions(field.options).some((o) => o.value === value) ? { value } : { error: "errors.fieldChoiceInvalid" };
    case "DATE":
      if (!value) return field.required ? { error: "errors.fieldRequired" } : { value: null };
      return isDate(value) ? { value } : { error: "errors.fieldDateInvalid" };
    case "TEXT":
      if (!value) return field.required ? { error: "errors.fieldRequired" } : { value: null };
      return value.length > FIELD_VALUE_MAX ? { error: "errors.fieldTooLong" } : { value };
    case "ASSET":
      // The id of one of the requester's current assets; anything else reads as a wrong choice.
      if (!value) return field.required ? { error: "errors.fieldRequired" } : { value: null };
      return heldAssetIds.has(value) ? { value } : { error: "errors.fieldAssetInvalid" };
  }
}

/**
 * The values to store for `fields` (the active fields of the chosen type), or the errors by
 * control name. A value for any other field id is refused: it was forged, or the form is stale.
 */
export function checkFieldValues(fields: FieldDefinition[], raw: FieldValues, heldAssetIds: ReadonlySet<string> = new Set()): CheckedValues {
  const fieldErrors: Record<string, string[]> = {};
  const known = new Set(fields.map((f) => f.id));
  const unknown = Object.keys(raw).some((id) => !known.has(id));
  const values: { fieldId: string; value: string }[] = [];
  for (const field of fields) {
    const result = checkOne(field, raw[field.id], heldAssetIds);
    if ("error" in result) fieldErrors[fieldName(field.id)] = [result.error];
    else if (result.value !== null) values.push({ fieldId: field.id, value: result.value });
  }
  if (unknown) return { ok: false, message: "errors.fieldUnknown", fieldErrors };
  return Object.keys(fieldErrors).length > 0 ? { ok: false, message: "errors.invalid", fieldErrors } : { ok: true, values };
}
