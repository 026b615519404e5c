import {
  cleanText,
  CODE_PATTERNS,
  TEXT_LIMITS,
  validateMobile,
  validateNationalId,
  parseIsoDate,
  chinaDateOf,
  type NationalIdFacts,
} from '@union/kit';
import {
  EDUCATIONS,
  SKILL_LEVELS,
  type Education,
  type HukouType,
  type ModelWorkerLevel,
  type SkillLevel,
} from '../member/member.table';

/**
 * The import file (UTF-8, comma-separated, header row first; column order free, unknown columns
 * refused so a typo never drops data silently):
 *
 *   name,idNumber,phone,organizationId,hukouType,isMigrantWorker,education,occupation,skillLevel,modelWorkerLevel,joinedOn
 *
 * required: name, idNumber (18 characters, GB 11643), organizationId (an active grassroots union or
 * branch), hukouType (URBAN | RURAL). Optional: phone (mainland mobile), isMigrantWorker
 * (true/false/1/0/是/否; default: true for a RURAL hukou), education, occupation, skillLevel
 * (default NONE), modelWorkerLevel (NATIONAL | PROVINCIAL | CITY), joinedOn (YYYY-MM-DD; default today).
 */
export const IMPORT_COLUMNS = [
  'name',
  'idNumber',
  'phone',
  'organizationId',
  'hukouType',
  'isMigrantWorker',
  'education',
  'occupation',
  'skillLevel',
  'modelWorkerLevel',
  'joinedOn',
] as const;
const REQUIRED = [
  'name',
  'idNumber',
  'organizationId',
  'hukouType',
] as const satisfies readonly ImportColumn[];

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
/** One record by column name: a writer must give every column (the compiler names a new one). */
export type ImportRecord = Record<ImportColumn, string>;

/** A field as CSV (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The header line of the import file. */
export function formatHeader(): string {
  return IMPORT_COLUMNS.join(',');
}

/** One line of the import file, its fields placed by column name in the header's order. */
export function formatRecord(record: ImportRecord): string {
  return IMPORT_COLUMNS.map((column) => csvField(record[column])).join(',');
}

export interface ImportRow {
  line: number;
  name: string;
  idNumber: NationalIdFacts;
  phone: string | null;
  organizationId: string;
  hukouType: HukouType;
  isMigrantWorker: boolean;
  education: Education | null;
  occupation: string | null;
  skillLevel: SkillLevel;
  modelWorkerLevel: ModelWorkerLevel | null;
  joinedOn: string;
}

export interface RowError {
  line: number;
  field: string;
  /** A fixed text: never the value (it may be personal). */
  reason: string;
}

/** Refuses a header with unknown or missing columns (the whole file: nothing could be read right). */
export function checkHeader(columns: readonly string[]): string | null {
  const unknown = columns.filter((c) => !(IMPORT_COLUMNS as readonly string[]).includes(c));
  if (unknown.length > 0) return `unknown column(s): ${unknown.join(', ')}`;
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0) return `missing column(s): ${missing.join(', ')}`;
  return null;
}

const TRUE = new Set(['true', '1', 'yes', 'y', '是']);
const FALSE = new Set(['false', '0', 'no', 'n', '否']);

/** The day a file is read, computed once per file (not per row). */
export interface ImportDay {
  today: Date;
  /** Its date in China's calendar. */
  iso: string;
  /** The latest birth date of someone at least 16 years old on that day. */
  latestBirthAt16: string;
}

export function importDay(today: Date = new Date()): ImportDay {
  const iso = chinaDateOf(today);
  // Age ≥ 16 ⇔ born on or before the same month-day 16 years ago (as kit ageOn counts birthdays).
  return {
    today,
    iso,
    latestBirthAt16: `${String(Number(iso.slice(0, 4)) - 16).padStart(4, '0')}${iso.slice(4)}`,
  };
}

/**
 * Every problem of one record (all fields are checked, not only the first bad one). `field` reads a
 * column's raw text (undefined when the record has no such column).
 */
export function parseRecord(
  field: (column: ImportColumn) => string | undefined,
  line: number,
  day: ImportDay = importDay(),
): { row: ImportRow } | { errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (name: ImportColumn, reason: string) => errors.push({ line, field: name, reason });
  const text = (k: ImportColumn) => (field(k) ?? '').trim();

  // The same text and id rules as the GraphQL inputs (kit validation): a file is an input too.
  const cleanName = cleanText(field('name') ?? '', { max: TEXT_LIMITS.personName });
  if (!cleanName.ok) fail('name', cleanName.reason);
  const name = cleanName.ok ? cleanName.value : '';

  const id = validateNationalId(text('idNumber'), { today: day.today });
  if (!id.ok) fail('idNumber', id.reason);
  else if (id.value.birthDate > day.latestBirthAt16)
    fail('idNumber', 'members must be at least 16 years old');

  let phone: string | null = null;
  if (text('phone')) {
    const p = validateMobile(text('phone'));
    if (!p.ok) fail('phone', p.reason);
    else phone = p.value.normalized;
  }

  const organizationId = text('organizationId');
  if (!organizationId) fail('organizationId', 'must not be empty');
  else if (!CODE_PATTERNS.id.test(organizationId)) fail('organizationId', 'is not a valid id');

  const hukou = text('hukouType').toUpperCase();
  if (hukou !== 'URBAN' && hukou !== 'RURAL') fail('hukouType', 'must be URBAN or RURAL');

  let migrant = hukou === 'RURAL';
  const m = text('isMigrantWorker').toLowerCase();
  if (m) {
    if (TRUE.has(m)) migrant = true;
    else if (FALSE.has(m)) migrant = false;
    else fail('isMigrantWorker', 'must be true or false');
  }

  const education = text('education').toUpperCase() || null;
  if (education && !(EDUCATIONS as readonly string[]).includes(education))
    fail('education', `must be one of ${EDUCATIONS.join(', ')}`);
  const rawOccupation = cleanText(field('occupation') ?? '', { max: TEXT_LIMITS.label, allowEmpty: true });
  if (!rawOccupation.ok) fail('occupation', rawOccupation.reason);
  const occupation = (rawOccupation.ok && rawOccupation.value) || null;
  const skill = text('skillLevel').toUpperCase() || 'NONE';
  if (!(SKILL_LEVELS as readonly string[]).includes(skill))
    fail('skillLevel', `must be one of ${SKILL_LEVELS.join(', ')}`);
  const model = text('modelWorkerLevel').toUpperCase() || null;
  if (model && !['NATIONAL', 'PROVINCIAL', 'CITY'].includes(model))
    fail('modelWorkerLevel', 'must be NATIONAL, PROVINCIAL or CITY');

  const todayIso = day.iso;
  const joinedOn = text('joinedOn') || todayIso;
  if (!parseIsoDate(joinedOn)) fail('joinedOn', 'must be a real date as YYYY-MM-DD');
  else if (joinedOn > todayIso) fail('joinedOn', 'must not be in the future');

  if (errors.length > 0 || !id.ok) return { errors };
  return {
    row: {
      line,
      name,
      idNumber: id.value,
      phone,
      organizationId,
      hukouType: hukou as HukouType,
      isMigrantWorker: migrant,
      education: education as Education | null,
      occupation,
      skillLevel: skill as SkillLevel,
      modelWorkerLevel: model as ModelWorkerLevel | null,
      joinedOn,
    },
  };
}
