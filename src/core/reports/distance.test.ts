import { describe, expect, it } from "vitest";
import { DISTANCE_CLASSES, distanceGroup, distanceShare } from "./index";

describe("distance classes", () => {
  it("lists the four classes nearest first, each with its own label key", () => {
    expect(DISTANCE_CLASSES.map((c) => c.distanceClass)).toEqual([
      "same-city",
      "same-country",
      "near-zone",
      "far-zone",
    ]);
    expect(new Set(DISTANCE_CLASSES.map((c) => c.labelKey)).size).toBe(4);
  });

  it("counts only same-city pairs as local", () => {
    expect(DISTANCE_CLASSES.map((c) => distanceGroup(c.distanceClass))).toEqual(
      ["local", "distance", "distance", "distance"],
    );
  });

  it("gives the share of distance pairs, null without pairs", () => {
    expect(
      distanceShare(["same-city", "same-country", "far-zone", "same-city"]),
    ).toBe(0.5);
    expect(distanceShare([])).toBeNull();
  });
});
