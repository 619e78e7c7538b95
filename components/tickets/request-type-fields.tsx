"use client";

import { useTranslations } from "next-intl";
import type { FormField, FormRequestType } from "@/lib/request-types/queries";
import { FIELD_VALUE_MAX, fieldName } from "@/lib/request-types/limits";
import { RequestTypeIcon } from "@/components/request-type-icon";
import { Field, Input, Select } from "@/components/ui/field";

/** The request types as cards in a radio group: arrow keys move between them, as in any radio group. */
export function RequestTypePicker({ types, value, onChange, errors }: { types: FormRequestType[]; value: string; onChange: (id: string) => void; errors?: string[] }) {
  const t = useTranslations("requestTypes.form");
  return (
    <fieldset className="space-y-2" aria-describedby={errors?.length ? "categoryId-error" : undefined}>
      <legend className="text-sm font-medium text-slate-700">{t("typeLegend")}</legend>
      {types.length === 0 ? <p className="text-sm text-slate-600">{t("noTypes")}</p> : null}
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        {types.map((type) => (
          <label
            key={type.id}
            className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 p-3 hover:bg-slate-50 has-[:checked]:border-brand has-[:checked]:ring-2 has-[:checked]:ring-brand has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-slate-400"
          >
            <input type="radio" name="categoryId" value={type.id} checked={value === type.id} onChange={() => onChange(type.id)} className="mt-1.5 shrink-0" />
            <RequestTypeIcon name={type.icon} className="mt-0.5 h-6 w-6" />
            <span className="min-w-0">
              <span className="block font-medium text-slate-900">{type.name}</span>
              {type.description ? <span className="block text-sm text-slate-600">{type.description}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {errors?.length ? <p id="categoryId-error" className="text-sm text-red-600">{errors.join(" ")}</p> : null}
    </fieldset>
  );
}

/** The chosen type's extra fields, named `field.<id>` for the server. */
export function TicketFieldInputs({ fields, values, onChange, errors, assets = [] }: { fields: FormField[]; values: Record<string, string>; onChange: (id: string, value: string) => void; errors?: Record<string, string[]>; assets?: { id: string; label: string }[] }) {
  const t = useTranslations("requestTypes.form");
  if (fields.length === 0) return null;
  return (
    <div className="space-y-4 rounded-md border border-slate-200 bg-slate-50 p-3 sm:p-4" data-testid="request-type-fields">
      {fields.map((field) => {
        const name = fieldName(field.id);
        const fieldErrors = errors?.[name];
        const label = field.required ? `${field.label} ${t("requiredMark")}` : field.label;
        const value = values[field.id] ?? "";
        if (field.type === "CHECKBOX") {
          return (
            <div key={field.id} className="space-y-1">
              <label className="flex items-start gap-2 text-sm font-medium text-slate-700">
                <input
                  type="checkbox"
                  id={name}
                  name={name}
                  value="true"
                  checked={value === "true"}
                  onChange={(e) => onChange(field.id, e.target.checked ? "true" : "")}
                  aria-invalid={!!fieldErrors}
                  aria-describedby={fieldErrors ? `${name}-error` : undefined}
                  className="mt-0.5"
                />
                <span>{label}</span>
              </label>
              {fieldErrors ? <p id={`${name}-error`} className="text-sm text-red-600">{fieldErrors.join(" ")}</p> : null}
            </div>
          );
        }
        return (
          <Field key={field.id} id={name} label={label} errors={fieldErrors}>
            {field.type === "ASSET" ? (
              // The requester's current assets only; the server checks the choice again.
              <Select id={name} value={value} onChange={(e) => onChange(field.id, e.target.value)} required={field.required} invalid={!!fieldErrors}>
                <option value="">{t("chooseOption")}</option>
                {assets.map((a) => (
                  <option key={a.id} value={a.id}>{a.label}</option>
                ))}
              </Select>
            ) : field.type === "CHOICE" ? (
              <Select id={name} value={value} onChange={(e) => onChange(field.id, e.target.value)} required={field.required} invalid={!!fieldErrors}>
                <option value="">{t("chooseOption")}</option>
                {field.options.map((o) => (
                  <option key={o.value} value={o.value}>{o.label}</option>
                ))}
              </Select>
            ) : (
              <Input
                id={name}
                type={field.type === "DATE" ? "date" : "text"}
                value={value}
                onChange={(e) => onChange(field.id, e.target.value)}
                maxLength={field.type === "TEXT" ? FIELD_VALUE_MAX : undefined}
                required={field.required}
                invalid={!!fieldErrors}
              />
            )}
          </Field>
        );
      })}
    </div>
  );
}
