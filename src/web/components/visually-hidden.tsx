import type { ReactNode } from 'react';

/** Rich-text tag for messages: `Pause<hidden> {name}</hidden>` reads "Pause Ana" but shows "Pause". */
export const hiddenTag = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;
