import type { DistanceClass } from "../matching/types";

/** The two sides of the report's comparison. */
export type DistanceGroup = "local" | "distance";

/** The four classes in report order, nearest first, with their message keys. */
export const DISTANCE_CLASSES: readonly {
  distanceClass: DistanceClass;
  labelKey: string;
}[] = [
  { distanceClass: "same-city", labelKey: "report.distance.sameCity" },
  { distanceClass: "same-country", labelKey: "report.distance.sameCountry" },
  { distanceClass: "near-zone", labelKey: "report.distance.nearZone" },
  { distanceClass: "far-zone", labelKey: "report.distance.farZone" },
];

/**
 * Local means same city: only there can a pair meet in person. The program's own
 * wording calls pairs in different cities, states or countries "distance" pairs, so
 * same-country pairs count as distance even when they share a zone.
 */
export function distanceGroup(distanceClass: DistanceClass): DistanceGroup {
  switch (distanceClass) {
    case "same-city":
      return "local";
    case "same-country":
    case "near-zone":
    case "far-zone":
      return "distance";
  }
}

/** Share of pairs that are distance pairs; null when there are no pairs. */
export function distanceShare(
  classes: readonly DistanceClass[],
): number | null {
  if (classes.length === 0) return null;
  return (
    classes.filter((c) => distanceGroup(c) === "distance").length /
    classes.length
  );
}
