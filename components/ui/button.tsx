"use client";

import { useFormStatus } from "react-dom";
import type { ButtonHTMLAttributes } from "react";

const variants = {
  primary: "bg-brand text-white hover:opacity-90",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
  danger: "bg-red-600 text-white hover:bg-red-700",
} as const;

export function buttonClass(variant: keyof typeof variants = "primary") {
  return `inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-60 ${variants[variant]}`;
}

/** A form's submit button: disabled and showing `pendingLabel` while the form is being sent. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel: string; variant?: keyof typeof variants }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending || rest.disabled} aria-busy={pending} className={buttonClass(variant)} {...rest}>
      {pending ? pendingLabel : children}
    </button>
  );
}
