"use client";

import { useId, useRef, type ReactNode } from "react";
import { buttonClass, type ButtonVariant } from "./button-class";

type Props = {
  children: ReactNode;
  /** The question, and the words of the two answers. */
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  pending?: boolean;
  pendingLabel: string;
  disabled?: boolean;
  variant?: ButtonVariant;
};

/**
 * A submit button that asks first in a modal dialog of the page's own (focus kept inside, Escape
 * cancels, the page's look and language), then submits its form as if it had been clicked.
 */
export function ConfirmDialogSubmit({ children, title, message, confirmLabel, cancelLabel, pending = false, pendingLabel, disabled, variant = "primary" }: Props) {
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const confirm = () => {
    dialog.current?.close();
    trigger.current?.form?.requestSubmit();
  };
  return (
    <>
      <button
        ref={trigger}
        type="button"
        disabled={pending || disabled}
        aria-busy={pending}
        onClick={() => dialog.current?.showModal()}
        className={buttonClass(variant)}
      >
        {pending ? pendingLabel : children}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
      >
        <div className="space-y-4 p-5">
          <h2 id={titleId} className="text-lg font-semibold">{title}</h2>
          <p className="text-sm text-slate-700">{message}</p>
          <div className="flex flex-wrap justify-end gap-2">
            <button type="button" autoFocus onClick={() => dialog.current?.close()} className={buttonClass("secondary")}>{cancelLabel}</button>
            <button type="button" onClick={confirm} className={buttonClass(variant === "danger" ? "danger" : "primary")}>{confirmLabel}</button>
          </div>
        </div>
      </dialog>
    </>
  );
}
