import type { AgreementChannel, GoalStatus, MeetingFrequency } from '../../lib/contracts';

// The server's choices, listed here in the order the forms offer them; a Record keeps each list
// complete (a new choice on the server is a type error until it is offered here).

const frequencyOrder: Record<MeetingFrequency, number> = { weekly: 0, fortnightly: 1, monthly: 2, 'as-needed': 3 };
export const frequencies = Object.keys(frequencyOrder) as MeetingFrequency[];

const channelOrder: Record<AgreementChannel, number> = { video: 0, phone: 1, 'in-person': 2, chat: 3, email: 4 };
export const agreementChannels = Object.keys(channelOrder) as AgreementChannel[];

const statusOrder: Record<GoalStatus, number> = { 'not-started': 0, 'in-progress': 1, achieved: 2, dropped: 3 };
export const goalStatuses = Object.keys(statusOrder) as GoalStatus[];

/** Meeting lengths offered (the server takes any multiple of 15 from 15 to 240). */
export const meetingLengths = [15, 30, 45, 60, 75, 90, 120, 150, 180, 240] as const;
