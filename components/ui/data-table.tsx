import type { ReactNode } from "react";

/** The padding of a table cell; cells add their own alignment or colour to it. */
export const cellClass = "px-3 py-2";

type Column = ReactNode | { label: ReactNode; numeric: true };

const isNumeric = (column: Column): column is { label: ReactNode; numeric: true } =>
  typeof column === "object" && column !== null && "numeric" in column;

// Below the `sm` breakpoint a stacked table shows each row as a card: cells one under the other,
// each headed by its column name from the cell's `data-label`.
const STACKED_TABLE = "max-sm:block";
const STACKED_BODY =
  "max-sm:block max-sm:[&>tr]:block max-sm:[&>tr]:py-2 max-sm:[&_td]:block max-sm:[&_td]:max-w-none max-sm:[&_td]:whitespace-normal max-sm:[&_td]:py-1 " +
  "max-sm:[&_td]:before:block max-sm:[&_td]:before:text-xs max-sm:[&_td]:before:font-medium max-sm:[&_td]:before:text-slate-500 max-sm:[&_td]:before:content-[attr(data-label)]";

/**
 * The console's list table: a header row and the rows given as children, scrolling sideways
 * inside its own box on narrow screens, or, when `stacked`, shown as cards there (give each cell
 * a `data-label`). `testId` names it for the browser tests.
 */
export function DataTable({ testId, columns, children, stacked = false }: { testId: string; columns: Column[]; children: ReactNode; stacked?: boolean }) {
  return (
    // `relative`: hidden labels (sr-only, absolutely placed) stay inside the scrolling box instead of widening the page.
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className={`min-w-full text-sm ${stacked ? STACKED_TABLE : ""}`.trim()} data-testid={testId}>
        <thead className={`bg-slate-50 text-left text-slate-600 ${stacked ? "max-sm:hidden" : ""}`.trim()}>
          <tr>
            {columns.map((column, i) =>
              isNumeric(column) ? (
                <th key={i} className={`${cellClass} text-right`}>{column.label}</th>
              ) : (
                <th key={i} className={cellClass}>{column}</th>
              ),
            )}
          </tr>
        </thead>
        <tbody className={`divide-y divide-slate-100 ${stacked ? STACKED_BODY : ""}`.trim()}>{children}</tbody>
      </table>
    </div>
  );
}

/** A row of a DataTable; `className` adds to its own (e.g. "align-top" for tall cells). */
export function DataRow({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <tr className={`hover:bg-slate-50 ${className}`.trim()}>{children}</tr>;
}
