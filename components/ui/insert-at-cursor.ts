/**
 * Puts `text` where a text box's cursor is (replacing any selection), hands the new value to
 * `setValue`, and leaves the cursor after the inserted text. Without a text box, appends.
 */
export function insertAtCursor(field: HTMLTextAreaElement | null, currentValue: string, text: string, setValue: (value: string) => void) {
  const start = field?.selectionStart ?? currentValue.length;
  const end = field?.selectionEnd ?? start;
  setValue(currentValue.slice(0, start) + text + currentValue.slice(end));
  requestAnimationFrame(() => {
    field?.focus();
    field?.setSelectionRange(start + text.length, start + text.length);
  });
}
