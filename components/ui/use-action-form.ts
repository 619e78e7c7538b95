"use client";

import { startTransition, useActionState, type FormEvent } from "react";

/**
 * Runs a server action from a form's submit event instead of its `action` prop, so React does not
 * reset the form afterwards: controlled fields keep what the user typed, which a reset arriving
 * after the user's next keystroke would otherwise undo.
 */
export function useActionForm<S>(action: (previous: S | null, form: FormData) => Promise<S>) {
  const [state, dispatch, pending] = useActionState(action, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(form));
  };
  return { state, onSubmit, pending };
}
