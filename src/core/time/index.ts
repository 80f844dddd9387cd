// Pure time-zone core: weekly availability in local time → UTC intervals → overlap and summaries.
// No I/O; the only state is memoisation (zone offsets per day span, canonical zone names), which
// never changes a result. DST rules: see expandAvailability.
export * from './types';
export { validateWindows, validateAvailability, signature, canonicalZone, parseClock, formatClock } from './windows';
export { expandAvailability, precomputeAvailability, precomputeAll } from './expand';
export { intersectIntervals, overlapMinutes, totalMinutes, mergeIntervals, unionIntervals } from './intervals';
export { weeklyOverlapMinutes, zoneGapHours } from './overlap';
export { summariseOverlap, localPieces, type LocalPiece } from './summary';
export { zoneTimeline, clearZoneTimelineCache, type ZoneTimeline } from './zone-timeline';
export { expandSchedule, zoneAt, zoneSpans, parseDate, type ZoneSpan } from './schedule';
export { subtractIntervals } from './subtract';
