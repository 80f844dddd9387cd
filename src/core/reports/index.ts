export {
  compareMeans,
  median,
  shareWithin,
  summarize,
  type GroupSummary,
  type MeanComparison,
} from "./compare";
export {
  DISTANCE_CLASSES,
  distanceGroup,
  distanceShare,
  type DistanceGroup,
} from "./distance";
