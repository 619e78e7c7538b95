/** A plain GET form: works without JavaScript and keeps the query in the address. */
export function SearchBox({ label, placeholder, button, defaultValue = "" }: { label: string; placeholder: string; button: string; defaultValue?: string }) {
  return (
    <form action="/kb/search" method="get" role="search" className="flex flex-wrap gap-2">
      <label htmlFor="kb-q" className="sr-only">{label}</label>
      <input
        id="kb-q"
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={placeholder}
        maxLength={200}
        className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand"
      />
      <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:opacity-90">{button}</button>
    </form>
  );
}
