import { useOutletContext } from 'react-router';
import type { MeetingSide, Partnership } from '../../lib/contracts';
import type { Pair } from '../meetings/pair';

/** What every section of the partnership hub gets from the hub around it. */
export interface Hub {
  partnership: Partnership;
  /** The two people, from the viewer's side (only the pair reaches the sections). */
  pair: Pair & { side: MeetingSide };
  /** Still running: the pair's work can change (an ended partnership is a record). */
  active: boolean;
  now: Date;
}

export const useHub = () => useOutletContext<Hub>();

/** The other side's name. */
export const partnerName = (hub: Hub): string => hub.pair.names[hub.pair.side === 'mentee' ? 'mentor' : 'mentee'];
