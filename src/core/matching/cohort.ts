import { IANAZone } from 'luxon';
import { precomputeAvailability } from '../time/expand';
import { overlapMinutes } from '../time/intervals';
import { signature } from '../time/windows';
import type { Intervals } from '../time/types';
import { distanceKm, distancePart, NEAR_ZONE_HOURS, SAME_CITY_KM } from './distance';
import { baseLanguage, capacityPart, languagePart, overlapPart } from './score';
import type { DistanceClass, MatchMentor, MatchPerson, MatchWeights } from './types';

/** Interns strings to small integers. */
class Dictionary {
  readonly index = new Map<string, number>();
  id(key: string): number {
    let i = this.index.get(key);
    if (i === undefined) this.index.set(key, (i = this.index.size));
    return i;
  }
  get size(): number {
    return this.index.size;
  }
}

const popcount = (x: number): number => {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

function bitset(ids: number[], words: number): Uint32Array {
  const out = new Uint32Array(words);
  for (const i of ids) out[i >>> 5]! |= 1 << (i & 31);
  return out;
}

/**
 * Mentors compiled once into typed arrays (topics and languages as bitsets, availability
 * expanded and shared by signature), so a mentee is scored against thousands of them
 * in a few milliseconds. Built for one horizon [fromMs, fromMs + weeks).
 */
export class CompiledMentors {
  readonly count: number;
  readonly topicWords: number;
  readonly langWords: number;
  readonly topicBits: Uint32Array;
  readonly topicCount: Int32Array;
  readonly langBits: Uint32Array;
  readonly prefBits: Uint32Array;
  readonly hasPref: Uint8Array;
  readonly maxGap: Float64Array;
  readonly zone: Int32Array;
  readonly city: Int32Array;
  readonly country: Int32Array;
  readonly availability: Int32Array;
  /** Index of the mentor's (city, country, zone): distance and gap depend only on it. */
  readonly place: Int32Array;
  readonly places = new Dictionary();
  readonly placeCity: number[] = [];
  readonly placeCountry: number[] = [];
  readonly placeZone: number[] = [];
  readonly capacityPart: Float64Array;
  readonly remaining: Int32Array;
  readonly topics = new Dictionary();
  readonly languages = new Dictionary();
  readonly zones = new Dictionary();
  readonly cities = new Dictionary();
  readonly countries = new Dictionary();
  readonly signatures = new Dictionary();
  readonly intervals: Intervals[] = [];
  private readonly cityCoords: ({ latitude: number; longitude: number } | null)[] = [];
  private readonly zoneOffsets: number[] = [];
  private readonly sameCityMemo = new Map<number, boolean>();

  constructor(
    readonly mentors: readonly MatchMentor[],
    readonly fromMs: number,
    readonly weeks = 4,
  ) {
    const n = (this.count = mentors.length);
    for (const m of mentors) {
      m.topics.forEach((t) => this.topics.id(t));
      m.languages.forEach((l) => this.languages.id(baseLanguage(l)));
      m.preferences.languages.forEach((l) => this.languages.id(baseLanguage(l)));
    }
    this.topicWords = Math.max(1, Math.ceil(this.topics.size / 32));
    this.langWords = Math.max(1, Math.ceil(this.languages.size / 32));
    this.topicBits = new Uint32Array(n * this.topicWords);
    this.topicCount = new Int32Array(n);
    this.langBits = new Uint32Array(n * this.langWords);
    this.prefBits = new Uint32Array(n * this.langWords);
    this.hasPref = new Uint8Array(n);
    this.maxGap = new Float64Array(n);
    this.zone = new Int32Array(n);
    this.city = new Int32Array(n);
    this.country = new Int32Array(n);
    this.availability = new Int32Array(n);
    this.place = new Int32Array(n);
    this.capacityPart = new Float64Array(n);
    this.remaining = new Int32Array(n);
    mentors.forEach((m, j) => {
      this.topicBits.set(bitset(m.topics.map((t) => this.topics.id(t)), this.topicWords), j * this.topicWords);
      this.topicCount[j] = new Set(m.topics).size;
      this.langBits.set(bitset(m.languages.map((l) => this.languages.id(baseLanguage(l))), this.langWords), j * this.langWords);
      const prefs = m.preferences.languages.map((l) => this.languages.id(baseLanguage(l)));
      this.prefBits.set(bitset(prefs, this.langWords), j * this.langWords);
      this.hasPref[j] = prefs.length ? 1 : 0;
      this.maxGap[j] = m.preferences.maxZoneGapHours ?? Infinity;
      this.zone[j] = this.zoneId(m.timeZone);
      this.city[j] = this.cityId(m);
      this.country[j] = m.country ? this.countries.id(m.country) : -1;
      this.availability[j] = this.availabilityId(m);
      const placeKey = `${this.city[j]}|${this.country[j]}|${this.zone[j]}`;
      this.place[j] = this.places.id(placeKey);
      if (this.place[j] === this.placeCity.length) {
        this.placeCity.push(this.city[j]!);
        this.placeCountry.push(this.country[j]!);
        this.placeZone.push(this.zone[j]!);
      }
      this.capacityPart[j] = capacityPart(m.capacity, m.activeMentees);
      this.remaining[j] = m.capacity - m.activeMentees;
    });
  }

  zoneId(zone: string): number {
    const id = this.zones.id(zone);
    if (id === this.zoneOffsets.length) this.zoneOffsets.push(IANAZone.create(zone).offset(this.fromMs));
    return id;
  }

  cityId(p: MatchPerson): number {
    if (!p.cityId) return -1;
    const id = this.cities.id(p.cityId);
    if (id === this.cityCoords.length) {
      this.cityCoords.push(p.latitude !== null && p.longitude !== null ? { latitude: p.latitude, longitude: p.longitude } : null);
    }
    return id;
  }

  availabilityId(p: MatchPerson): number {
    const sig = signature({ timeZone: p.timeZone, windows: [...p.availability] });
    const id = this.signatures.id(sig);
    if (id === this.intervals.length) {
      this.intervals.push(precomputeAvailability({ timeZone: p.timeZone, windows: [...p.availability] }, this.fromMs, this.weeks));
    }
    return id;
  }

  /** Zone gap in hours at the start of the horizon, measured round the clock face (0..12). */
  gapHours(a: number, b: number): number {
    const minutes = Math.abs(this.zoneOffsets[a]! - this.zoneOffsets[b]!) % 1440;
    return Math.min(minutes, 1440 - minutes) / 60;
  }

  sameCity(a: number, b: number): boolean {
    if (a < 0 || b < 0) return false;
    if (a === b) return true;
    const key = a < b ? a * 65536 + b : b * 65536 + a;
    let same = this.sameCityMemo.get(key);
    if (same === undefined) {
      const ca = this.cityCoords[a];
      const cb = this.cityCoords[b];
      same = !!ca && !!cb && distanceKm(ca, cb) <= SAME_CITY_KM;
      this.sameCityMemo.set(key, same);
    }
    return same;
  }
}

/** A mentee compiled against the mentors' dictionaries. */
export interface CompiledMentee {
  topicBits: Uint32Array;
  topicCount: number;
  langBits: Uint32Array;
  firstLang: number;
  zone: number;
  city: number;
  country: number;
  availability: number;
}

export function compileMentee(c: CompiledMentors, p: MatchPerson): CompiledMentee {
  const topicIds = p.topics.map((t) => c.topics.index.get(t)).filter((i): i is number => i !== undefined);
  const langIds = p.languages.map((l) => c.languages.index.get(baseLanguage(l))).filter((i): i is number => i !== undefined);
  const first = p.languages[0] ? c.languages.index.get(baseLanguage(p.languages[0])) : undefined;
  return {
    topicBits: bitset(topicIds, c.topicWords),
    topicCount: new Set(p.topics).size,
    langBits: bitset(langIds, c.langWords),
    firstLang: first ?? -1,
    zone: c.zoneId(p.timeZone),
    city: c.cityId(p),
    country: p.country ? c.countries.id(p.country) : -1,
    availability: c.availabilityId(p),
  };
}

export interface ScoreOptions {
  weights: MatchWeights;
  /** Cohort runs leave capacity to the solver; suggestions exclude full mentors. */
  ignoreCapacity: boolean;
  /** Mentor indices this mentee must not be paired with. */
  forbidden?: ReadonlySet<number>;
}

/** Overlap minutes per week from one availability signature to every mentor signature, memoised (people share patterns). */
export class OverlapMemo {
  private readonly rows = new Map<number, Float64Array>();
  constructor(private readonly c: CompiledMentors) {}
  row(sig: number): Float64Array {
    let row = this.rows.get(sig);
    if (!row) {
      const mentorSigs = new Set(this.c.availability);
      row = new Float64Array(this.c.intervals.length);
      for (const b of mentorSigs) row[b] = overlapMinutes(this.c.intervals[sig]!, this.c.intervals[b]!) / this.c.weeks;
      this.rows.set(sig, row);
    }
    return row;
  }
}

export function distanceClassOf(c: CompiledMentors, e: CompiledMentee, place: number, gap: number): DistanceClass {
  if (c.sameCity(e.city, c.placeCity[place]!)) return 'same-city';
  if (e.country >= 0 && e.country === c.placeCountry[place]) return 'same-country';
  return gap <= NEAR_ZONE_HOURS ? 'near-zone' : 'far-zone';
}

/**
 * Scores one mentee against every mentor into `out` (NaN where a hard filter
 * excludes the pair). Equals explainPair(...).score for every allowed pair.
 * Whatever depends only on the mentor's place or availability pattern is
 * computed once per mentee, so the inner loop is a few array reads.
 */
export function scoreRow(c: CompiledMentors, e: CompiledMentee, o: ScoreOptions, memo: OverlapMemo, out: Float32Array): void {
  const w = o.weights;
  const sum = w.topics + w.language + w.overlap + w.distance + w.capacity;
  const norm = sum > 0 ? 1 / sum : 0;
  const placeGap = new Float64Array(c.places.size);
  const placeDistance = new Float64Array(c.places.size);
  for (let p = 0; p < c.places.size; p++) {
    const gap = c.gapHours(e.zone, c.placeZone[p]!);
    placeGap[p] = gap;
    placeDistance[p] = w.distance * norm * distancePart(distanceClassOf(c, e, p, gap), gap);
  }
  const overlapRow = memo.row(e.availability);
  const overlapTerm = new Float64Array(overlapRow.length);
  for (let k = 0; k < overlapRow.length; k++) overlapTerm[k] = w.overlap * norm * overlapPart(overlapRow[k]!);
  const tw = c.topicWords;
  const lw = c.langWords;
  const firstWord = e.firstLang >= 0 ? e.firstLang >>> 5 : 0;
  const firstBit = e.firstLang >= 0 ? 1 << (e.firstLang & 31) : 0;
  const wLangFirst = w.language * languagePart(true) * norm;
  const wLangOther = w.language * languagePart(false) * norm;
  const wTopics = w.topics * norm;
  const wCapacity = w.capacity * norm;
  const goals = e.topicCount;
  // Most cohorts have under 32 languages and 32 topics: one word each, no inner loops.
  const single = lw === 1 && tw === 1;
  const myLangs = e.langBits[0]!;
  const myTopics = e.topicBits[0]!;
  const { langBits, prefBits, hasPref, topicBits, topicCount, maxGap, remaining, availability, capacityPart: capParts } = c;
  const places = c.place;
  const forbidden = o.forbidden;
  const checkCapacity = !o.ignoreCapacity;
  for (let j = 0, n = c.count; j < n; j++) {
    let shares = 0;
    let prefOk = hasPref[j] === 0;
    if (single) {
      shares = myLangs & langBits[j]!;
      prefOk ||= (myLangs & prefBits[j]!) !== 0;
    } else {
      for (let k = 0; k < lw; k++) {
        const mine = e.langBits[k]!;
        shares |= mine & langBits[j * lw + k]!;
        if (!prefOk && (mine & prefBits[j * lw + k]!) !== 0) prefOk = true;
      }
    }
    const place = places[j]!;
    if (shares === 0 || !prefOk || placeGap[place]! > maxGap[j]! || (checkCapacity && remaining[j]! <= 0) || (forbidden !== undefined && forbidden.has(j))) {
      out[j] = NaN;
      continue;
    }
    let covered = 0;
    if (single) {
      let x = myTopics & topicBits[j]!;
      x -= (x >>> 1) & 0x55555555;
      x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
      covered = (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
    } else {
      for (let k = 0; k < tw; k++) covered += popcount(e.topicBits[k]! & topicBits[j * tw + k]!);
    }
    const raw =
      wTopics * (goals > 0 ? covered / goals : topicCount[j]! > 0 ? 0.5 : 0) +
      ((langBits[j * lw + firstWord]! & firstBit) !== 0 ? wLangFirst : wLangOther) +
      overlapTerm[availability[j]!]! +
      placeDistance[place]! +
      wCapacity * capParts[j]!;
    out[j] = Math.round(raw * 1000) / 10;
  }
}

/**
 * The dense mentees × mentors score matrix (row-major float32, NaN = excluded),
 * reporting progress as a fraction after each block of rows.
 */
export function scoreMatrix(
  c: CompiledMentors,
  mentees: readonly MatchPerson[],
  options: ScoreOptions & { forbiddenPairs?: ReadonlyMap<number, ReadonlySet<number>> },
  onProgress?: (fraction: number) => void,
): Float32Array {
  const out = new Float32Array(mentees.length * c.count);
  const memo = new OverlapMemo(c);
  mentees.forEach((p, i) => {
    const row = out.subarray(i * c.count, (i + 1) * c.count);
    scoreRow(c, compileMentee(c, p), { ...options, forbidden: options.forbiddenPairs?.get(i) }, memo, row);
    if (onProgress && i % 256 === 255) onProgress((i + 1) / mentees.length);
  });
  onProgress?.(1);
  return out;
}
