import type { ReactNode } from "react";

/** The padding of a table cell; cells add their own alignment or colour to it. */
export const cellClass = "px-3 py-2";

type Column = ReactNode | { label: ReactNode; numeric: true };

const isNumeric = (column: Column): column is { label: ReactNode; numeric: true } =>
  typeof column === "object" && column !== null && "numeric" in column;

/**
 * The console's list table: a header row and the rows given as children, scrolling sideways
 * inside its own box on narrow screens. `testId` names it for the browser tests.
 */
export function DataTable({ testId, columns, children }: { testId: string; columns: Column[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm" data-testid={testId}>
        <thead className="bg-slate-50 text-left text-slate-600">
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
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

/** A row of a DataTable; `className` adds to its own (e.g. "align-top" for tall cells). */
export function DataRow({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <tr className={`hover:bg-slate-50 ${className}`.trim()}>{children}</tr>;
}
