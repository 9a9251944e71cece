/**
 * Catalogue pack files (docs/CATALOGUE.md): an index, and per pack one file of concepts plus,
 * per language, a file of preferred labels and one of search terms. Packs are built by
 * `npm run catalogue:import`, but a deployment may replace them, so every file is parsed here
 * like any other input from outside: bounded, closed shapes, safe file names.
 */
import * as v from 'valibot';
import { fail, ok, type Result } from '../result.ts';

export const CATALOGUE_FORMAT = 'kompetenspass-catalogue/1';

/** What a pack's concepts are: the editor searches occupations and skills. */
export const CONCEPT_KINDS = ['occupation', 'skill', 'code-list'] as const;
export type ConceptKind = (typeof CONCEPT_KINDS)[number];

export const CATALOGUE_LIMITS = {
  packs: 100,
  conceptsPerPack: 50_000,
  refsPerConcept: 200,
  termsPerConcept: 200,
  label: 200,
  text: 2_000,
} as const;

/** Why labels are missing: no connection, no such file on this site, or a file that is not a pack. */
export const CATALOGUE_REASONS = ['catalogue_unavailable', 'catalogue_missing', 'catalogue_invalid'] as const;
export type CatalogueReason = (typeof CATALOGUE_REASONS)[number];

const identifier = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/));
const lang = v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/));
const code = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
/** "scheme:code": a concept in this or another scheme. */
const ref = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,39}:./), v.maxLength(241));
const refs = v.optional(v.pipe(v.array(ref), v.maxLength(CATALOGUE_LIMITS.refsPerConcept)));
/** A file next to the index: "pack/name.json", nothing that could leave the catalogue folder. */
const fileName = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}\/[a-z0-9][a-z0-9.-]{0,80}\.json$/));
const text = v.pipe(v.string(), v.maxLength(CATALOGUE_LIMITS.text));
const label = v.pipe(v.string(), v.maxLength(CATALOGUE_LIMITS.label));
/** The content hash of a pack's concepts file; labels and terms name the one they belong to. */
const version = v.pipe(v.string(), v.regex(/^[0-9a-f]{8,64}$/));

/** The review flag of the locale files, for labels that no official source provides. */
export const LabelMetaSchema = v.strictObject({
  machineTranslated: v.boolean(),
  reviewed: v.boolean(),
  translatedFrom: v.optional(lang),
  note: v.optional(text),
});

const LanguageEntrySchema = v.strictObject({
  labels: fileName,
  terms: v.optional(fileName),
  /** Where the labels come from, e.g. "ESCO v1.2" or "Kompetenspass". */
  source: text,
  machineTranslated: v.boolean(),
  reviewed: v.boolean(),
});

export const PackEntrySchema = v.strictObject({
  id: identifier,
  scheme: identifier,
  kind: v.picklist(CONCEPT_KINDS),
  /** How a code of the scheme is introduced to a reader, e.g. "ISCO-08". */
  schemeName: v.pipe(v.string(), v.minLength(1), v.maxLength(60)),
  version,
  count: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(CATALOGUE_LIMITS.conceptsPerPack)),
  concepts: fileName,
  languages: v.record(lang, LanguageEntrySchema),
  attribution: v.optional(text),
});

export const CatalogueIndexSchema = v.strictObject({
  format: v.literal(CATALOGUE_FORMAT),
  attribution: v.optional(text),
  packs: v.pipe(v.array(PackEntrySchema), v.maxLength(CATALOGUE_LIMITS.packs)),
});

export const ConceptSchema = v.strictObject({
  code,
  /** A grouping concept (e.g. a skill group): shown and used for structure, never chosen. */
  group: v.optional(v.literal(true)),
  broader: refs,
  /** For an occupation: its typical skills, the most typical first. */
  related: refs,
  /** Corresponding concepts in other schemes (e.g. SSYK 2012 for ISCO-08). */
  match: refs,
});

export const ConceptsFileSchema = v.strictObject({
  format: v.literal(CATALOGUE_FORMAT),
  pack: identifier,
  concepts: v.pipe(v.array(ConceptSchema), v.maxLength(CATALOGUE_LIMITS.conceptsPerPack)),
});

export const LabelsFileSchema = v.strictObject({
  format: v.literal(CATALOGUE_FORMAT),
  pack: identifier,
  lang,
  version,
  _meta: v.optional(LabelMetaSchema),
  /** One preferred label per concept, in the order of the concepts file; "" where none. */
  labels: v.pipe(v.array(label), v.maxLength(CATALOGUE_LIMITS.conceptsPerPack)),
});

export const TermsFileSchema = v.strictObject({
  format: v.literal(CATALOGUE_FORMAT),
  pack: identifier,
  lang,
  version,
  /** Alternative labels (search terms) per concept, in the order of the concepts file. */
  terms: v.pipe(
    v.array(v.pipe(v.array(label), v.maxLength(CATALOGUE_LIMITS.termsPerConcept))),
    v.maxLength(CATALOGUE_LIMITS.conceptsPerPack),
  ),
});

export type CatalogueIndex = v.InferOutput<typeof CatalogueIndexSchema>;
export type PackEntry = v.InferOutput<typeof PackEntrySchema>;
export type Concept = v.InferOutput<typeof ConceptSchema>;
export type ConceptsFile = v.InferOutput<typeof ConceptsFileSchema>;
export type LabelsFile = v.InferOutput<typeof LabelsFileSchema>;
export type TermsFile = v.InferOutput<typeof TermsFileSchema>;
export type LabelMeta = v.InferOutput<typeof LabelMetaSchema>;

/** Parses one catalogue file; anything that is not exactly the shape is `catalogue_invalid`. */
export function parseCatalogueFile<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
): Result<T, CatalogueReason> {
  const result = v.safeParse(schema, input);
  return result.success ? ok(result.output) : fail('catalogue_invalid');
}
