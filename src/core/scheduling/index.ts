// Pure scheduling for pairs across time zones: mutual slots, stretch slots when windows barely
// meet, and who has borne the awkward times. Inputs are availability Intervals (expandSchedule)
// and epoch minutes; no I/O, no clock reads.
export { mutualSlots, SLOT_GRID_MIN, DEFAULT_STEP_MIN, type SlotSearch } from './slots';
export { awkwardnessAt, awkwardnessCost, AWKWARDNESS_COST, type AwkwardKind, type SlotPerson } from './awkwardness';
export { stretchSlots, STRETCH_LIMIT, STRETCH_PER_BEARER_DAY, type StretchSearch, type StretchSlot } from './stretch';
export { fairnessTally, type FairnessTally, type TallyMeeting, type AwkwardCounts, type Side } from './fairness';
