import type { ComponentProps, InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

const control =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-brand aria-[invalid=true]:border-red-500";

type FieldProps = { id: string; label: string; errors?: string[]; hint?: string; children: ReactNode };

/** A label, a control and its errors, wired together for screen readers. */
export function Field({ id, label, errors, hint, children }: FieldProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && !errors?.length ? <p id={`${id}-hint`} className="text-xs text-slate-500">{hint}</p> : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-600">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, invalid: boolean) {
  return invalid ? `${id}-error` : `${id}-hint`;
}

export function Input({ id, invalid = false, ...rest }: InputHTMLAttributes<HTMLInputElement> & { id: string; invalid?: boolean }) {
  return <input id={id} name={id} aria-invalid={invalid} aria-describedby={describedBy(id, invalid)} className={control} {...rest} />;
}

export function Textarea({ id, invalid = false, ...rest }: ComponentProps<"textarea"> & { id: string; invalid?: boolean }) {
  return <textarea id={id} name={id} aria-invalid={invalid} aria-describedby={describedBy(id, invalid)} className={control} {...rest} />;
}

export function Select({ id, invalid = false, ...rest }: SelectHTMLAttributes<HTMLSelectElement> & { id: string; invalid?: boolean }) {
  return <select id={id} name={id} aria-invalid={invalid} aria-describedby={describedBy(id, invalid)} className={control} {...rest} />;
}
