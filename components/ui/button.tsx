"use client";

import { useFormStatus } from "react-dom";
import type { ButtonHTMLAttributes } from "react";
import { buttonClass, type ButtonVariant } from "./button-class";

/** A form's submit button: disabled and showing `pendingLabel` while the form is being sent. */
export function SubmitButton({
  children,
  pendingLabel,
  pending: pendingProp,
  variant = "primary",
  className = "",
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel: string; variant?: ButtonVariant; pending?: boolean }) {
  const status = useFormStatus();
  // Forms sent through useActionForm say when they are pending; form actions tell useFormStatus.
  const pending = pendingProp ?? status.pending;
  return (
    <button type="submit" {...rest} disabled={pending || rest.disabled} aria-busy={pending} className={`${buttonClass(variant)} ${className}`}>
      {pending ? pendingLabel : children}
    </button>
  );
}
