import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

interface DataTableProps {
  /** Id of the element that names the scroll region (the caption, or a section heading). */
  labelledBy: string;
  /** Message ids of the column headers, in order. */
  columns: readonly string[];
  /** The caption's content; its id is `labelledBy`. Leave out when a heading names the table. */
  caption?: ReactNode;
  className?: string;
  regionClassName?: string;
  /** The table's rows. */
  children: ReactNode;
}

/** A table in its own focusable, labelled scroll region, with one header cell per column. */
export function DataTable({ labelledBy, columns, caption, className, regionClassName, children }: DataTableProps) {
  return (
    <div
      className={`table-scroll${regionClassName ? ` ${regionClassName}` : ''}`}
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={0}
    >
      <table className={`table${className ? ` ${className}` : ''}`}>
        {caption !== undefined ? <caption id={labelledBy}>{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                <FormattedMessage id={column} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
