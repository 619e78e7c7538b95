"use client";

import type { ComponentProps } from "react";
import { SubmitButton } from "./button";

/** A submit button that asks first; for actions that cannot be undone. */
export function ConfirmSubmit({ message, ...props }: ComponentProps<typeof SubmitButton> & { message: string }) {
  return (
    <SubmitButton
      {...props}
      onClick={(e) => {
        if (!window.confirm(message)) e.preventDefault();
      }}
    />
  );
}
