import { mulberry32, seedIds, type Prng } from '@union/kit';
import { addDays } from '../shared/dates';
import type { SeededGrassroots, SeededMember } from '../seed/seed-types';
import type { LaborDisputeRow } from '../dispute/dispute.table';
import { contribution } from './appeal-counters';
import { DEFAULT_APPEAL_DEADLINES } from './appeal-deadlines';
import { cityOf, formatAppealNumber } from './appeal-number';
import { hashFollowUpCode, seededFollowUpCode } from './follow-up-code';
import type { AppealCipher } from './appeal-pii';
import { APPEAL_CHANNELS, APPEAL_STATUSES_SEEDED, type AppealSeed } from './appeal.seed-types';
import type { AppealStatus } from './appeal-status';
import type {
  AppealCategory,
  AppealChannel,
  AppealEventRow,
  AppealKind,
  Satisfaction,
  WorkerAppealRow,
} from './appeal.table';

/**
 * At most this many seeded web appeals carry a follow-up code (the first ones built, i.e. in id
 * order). Each is stored as a scrypt hash, deliberately slow (~50 ms); this covers every web
 * appeal up to about --scale 3 (≈ 80 at scale 1) and keeps `--scale 50` from spending minutes
 * hashing demo codes.
 */
export const SEEDED_FOLLOW_UP_CODES = 250;

/** Appeals per active grassroots union at any scale (≈ 660 at scale 1, 33,000 at scale 50). */
export const APPEALS_PER_UNION = 0.3;

const KIND_WEIGHTS: Record<AppealKind, number> = {
  CONSULTATION: 40,
  HELP_REQUEST: 20,
  RIGHTS_COMPLAINT: 32,
  SUGGESTION: 8,
};
const CATEGORY_BY_KIND: Record<AppealKind, Partial<Record<AppealCategory, number>>> = {
  CONSULTATION: {
    SOCIAL_INSURANCE: 25,
    CONTRACT: 20,
    LEGAL_AID: 20,
    WORKING_HOURS: 10,
    CAREER_DEVELOPMENT: 10,
    CHILD_CARE: 5,
    OTHER: 10,
  },
  HELP_REQUEST: {
    HARDSHIP_ASSISTANCE: 40,
    LEGAL_AID: 20,
    PSYCHOLOGICAL_COUNSELING: 10,
    LIVING_SERVICES: 15,
    CHILD_CARE: 10,
    OTHER: 5,
  },
  RIGHTS_COMPLAINT: {
    WAGE_ARREARS: 40,
    SOCIAL_INSURANCE: 15,
    DISMISSAL: 15,
    WORKING_HOURS: 12,
    OCCUPATIONAL_INJURY: 10,
    CONTRACT: 8,
  },
  SUGGESTION: {
    CULTURE_SPORTS_HEALTH: 30,
    FESTIVAL_CELEBRATION: 20,
    ENVIRONMENT_SERVICES: 25,
    LIVING_SERVICES: 15,
    OTHER: 10,
  },
};
const SUMMARIES: Partial<Record<AppealCategory, string>> = {
  WAGE_ARREARS: '企业拖欠工资，多次讨要未果',
  SOCIAL_INSURANCE: '咨询社保断缴补缴办法',
  DISMISSAL: '被口头辞退，未支付经济补偿',
  WORKING_HOURS: '长期加班未支付加班费',
  OCCUPATIONAL_INJURY: '工伤认定后单位拒不支付待遇',
  CONTRACT: '入职半年未签订劳动合同',
  HARDSHIP_ASSISTANCE: '家人重病，申请困难帮扶',
  LEGAL_AID: '希望获得法律援助',
  PSYCHOLOGICAL_COUNSELING: '工作压力大，希望心理疏导',
  CAREER_DEVELOPMENT: '咨询技能培训补贴',
  CHILD_CARE: '咨询暑期爱心托管班报名',
  CULTURE_SPORTS_HEALTH: '建议增加职工健身场地开放时间',
  FESTIVAL_CELEBRATION: '建议春节前组织送温暖活动',
  LIVING_SERVICES: '咨询职工之家服务项目',
  ENVIRONMENT_SERVICES: '建议改善车间通风降温条件',
  OTHER: '其他诉求',
};
const CHANNEL_WEIGHTS: Record<AppealChannel, number> = {
  HOTLINE_12351: 40,
  APP: 30,
  WEB: 12,
  WALK_IN: 8,
  LETTER: 4,
  REFERRAL: 6,
};
const STATUS_WEIGHTS: Record<AppealStatus, number> = {
  RECEIVED: 6,
  ACCEPTED: 6,
  DISPATCHED: 7,
  IN_PROGRESS: 12,
  RESOLVED: 8,
  CALLED_BACK: 11,
  CLOSED: 50,
};
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'];
const GIVEN = ['建国', '秀英', '小梅', '志强', '丽娟', '海波', '春燕', '伟', '芳', '军'];

function mobile(p: Prng): string {
  return `1${p.pick(['38', '39', '58', '36', '86', '88', '77'])}${String(p.int(0, 99_999_999)).padStart(8, '0')}`;
}

const at = (date: string, hour: number) => `${date} ${String(hour).padStart(2, '0')}:00:00.000`;

/**
 * Demo appeals for `npm start` and `npm run seed -- --scale N` (a fixed PRNG of its own, so the
 * rest of the data set is unchanged): every status and every channel (the first unions take one
 * of each), some overdue, some reopened after a dissatisfied call-back, some escalated, some
 * converted into the seeded disputes of their union; dates relative to today.
 */
export function buildAppeals(
  today: string,
  unions: readonly SeededGrassroots[],
  members: readonly SeededMember[],
  disputes: readonly LaborDisputeRow[],
): AppealSeed {
  const p = mulberry32(0x1235_1026);
  const ids = seedIds(p, Date.UTC(2024, 2, 2));
  const out: AppealSeed = {
    appeals: [],
    callers: [],
    events: [],
    followUps: [],
    counters: [],
    numberCounters: [],
  };
  const membersOf = new Map<string, SeededMember[]>();
  for (const m of members) membersOf.set(m.orgId, [...(membersOf.get(m.orgId) ?? []), m]);
  const disputesOf = new Map<string, LaborDisputeRow[]>();
  for (const d of disputes) disputesOf.set(d.org_id, [...(disputesOf.get(d.org_id) ?? []), d]);
  const total = Math.round(unions.length * APPEALS_PER_UNION);
  const forced = APPEAL_STATUSES_SEEDED.length * APPEAL_CHANNELS.length;
  for (let i = 0; i < total || (i < forced && unions.length > 0); i++) {
    const union = unions[i % unions.length]!;
    const status =
      i < forced ? APPEAL_STATUSES_SEEDED[i % APPEAL_STATUSES_SEEDED.length]! : p.weighted(STATUS_WEIGHTS);
    const channel =
      i < forced
        ? APPEAL_CHANNELS[Math.floor(i / APPEAL_STATUSES_SEEDED.length)]!
        : p.weighted(CHANNEL_WEIGHTS);
    addAppeal(
      p,
      ids.next(),
      today,
      union,
      status,
      channel,
      membersOf.get(union.id) ?? [],
      disputesOf.get(union.id) ?? [],
      out,
    );
  }
  // Numbers per city and year, in submission order.
  const seq = new Map<string, number>();
  for (const a of [...out.appeals].sort((x, y) => (x.submitted_on + x.id < y.submitted_on + y.id ? -1 : 1))) {
    const city = cityOf(a.region_code);
    const year = Number(a.submitted_on.slice(0, 4));
    const n = (seq.get(`${city}|${year}`) ?? 0) + 1;
    seq.set(`${city}|${year}`, n);
    a.appeal_number = formatAppealNumber(city, year, n);
  }
  // Web appeals get a follow-up code, like a real one (derived from the id: no draw from `p`).
  out.followUps = out.appeals
    .filter((a) => a.channel === 'WEB')
    .slice(0, SEEDED_FOLLOW_UP_CODES)
    .map((a) => ({ appealId: a.id, code: seededFollowUpCode(a.id) }));
  out.numberCounters = [...seq].map(([k, n]) => {
    const [city_code, year] = k.split('|');
    return { city_code: city_code!, year: Number(year), last_number: n };
  });
  const totals = new Map<string, number>();
  for (const a of out.appeals) for (const [k, n] of contribution(a)) totals.set(k, (totals.get(k) ?? 0) + n);
  out.counters = [...totals]
    .filter(([, n]) => n !== 0)
    .map(([k, n]) => {
      const [region_code, dim, dim_value, metric, bucket] = k.split('|') as [
        string,
        string,
        string,
        string,
        string,
      ];
      return { region_code, dim, dim_value, metric, bucket, n };
    });
  return out;
}

function addAppeal(
  p: Prng,
  id: string,
  today: string,
  union: SeededGrassroots,
  status: AppealStatus,
  channel: AppealChannel,
  pool: readonly SeededMember[],
  disputes: readonly LaborDisputeRow[],
  out: AppealSeed,
): void {
  const kind = p.weighted(KIND_WEIGHTS);
  const category = p.weighted(CATEGORY_BY_KIND[kind] as Record<AppealCategory, number>);
  const deadline = DEFAULT_APPEAL_DEADLINES[kind];
  const open = ['RECEIVED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS'].includes(status);
  // Open ones are recent, a third of them past their due date; resolved ones span the year.
  const age = open
    ? p.chance(0.33)
      ? p.int(deadline + 1, deadline + 20)
      : p.int(0, deadline)
    : p.int(8, 330);
  const submitted = addDays(today, -age);
  const withMember =
    channel === 'APP' ||
    ((channel === 'HOTLINE_12351' || channel === 'WALK_IN') && pool.length > 0 && p.chance(0.5));
  const m = withMember && pool.length > 0 ? p.pick(pool) : null;
  const caller = m ? null : { name: p.pick(SURNAMES) + p.pick(GIVEN), phone: mobile(p) };
  const city = union.regionCode.length >= 4 ? union.regionCode.slice(0, 4) : union.regionCode;
  const row: WorkerAppealRow = {
    id,
    appeal_number: '',
    channel: m || channel !== 'APP' ? channel : 'HOTLINE_12351',
    kind,
    category,
    summary: SUMMARIES[category] ?? '其他诉求',
    details: null,
    member_id: m?.id ?? null,
    // Encrypted when written (encryptSeededCallers): the build stays a pure function of its inputs.
    caller_name_enc: null,
    caller_phone_enc: null,
    caller_phone_index: null,
    region_code: union.regionCode,
    org_id: union.id,
    employer_id: union.employerId,
    handler_org_id: null,
    handler_region_code: city,
    handler_kind: 'FEDERATION',
    from_org_id: null,
    from_region_code: null,
    from_kind: null,
    assignee: null,
    status,
    submitted_on: submitted,
    due_on: addDays(submitted, deadline),
    accepted_on: null,
    resolved_on: null,
    outcome: null,
    resolution: null,
    callback_attempts: 0,
    satisfaction: null,
    called_back_on: null,
    closed_on: null,
    reopen_count: 0,
    escalation_count: 0,
    dispute_id: null,
    service_request_id: null,
    hardship_case_id: null,
    follow_up_hash: null,
    request_id: 'seed',
    version: 1,
    created_at: at(submitted, 1),
    updated_at: at(submitted, 1),
  };
  const events: AppealEventRow[] = [];
  const event = (date: string, e: Partial<AppealEventRow>) =>
    events.push({
      id: `${id.slice(0, 24)}${String(events.length).padStart(12, '0')}`,
      appeal_id: id,
      region_code: union.regionCode,
      kind: 'TRANSITION',
      from_status: null,
      to_status: null,
      handler_org_id: null,
      handler_region_code: null,
      satisfaction: null,
      note: null,
      internal: 0,
      actor: 'seed',
      actor_role: e.kind === 'RECEIVED' && m ? 'MEMBER' : 'FEDERATION_ADMIN',
      request_id: 'seed',
      created_at: at(date, 2 + events.length),
      ...e,
    });
  event(submitted, { kind: 'RECEIVED', to_status: 'RECEIVED', handler_region_code: city });
  const order: AppealStatus[] = [
    'RECEIVED',
    'ACCEPTED',
    'DISPATCHED',
    'IN_PROGRESS',
    'RESOLVED',
    'CALLED_BACK',
    'CLOSED',
  ];
  const target = order.indexOf(status);
  let day = submitted;
  const next = (max: number) => {
    const d = addDays(day, p.int(0, max));
    day = d > today ? today : d;
    return day;
  };
  const move = (from: AppealStatus, to: AppealStatus, extra: Partial<AppealEventRow> = {}) =>
    event(next(2), {
      from_status: from,
      to_status: to,
      handler_org_id: row.handler_org_id,
      handler_region_code: row.handler_region_code,
      ...extra,
    });
  if (target >= 1) {
    move('RECEIVED', 'ACCEPTED');
    row.accepted_on = day;
  }
  if (target >= 2) {
    row.from_region_code = city;
    row.from_kind = 'FEDERATION';
    row.handler_org_id = union.id;
    row.handler_region_code = union.regionCode;
    row.handler_kind = 'GRASSROOTS';
    move('ACCEPTED', 'DISPATCHED', { note: '请基层工会核实处理', internal: 1 });
  }
  if (target >= 3) {
    row.assignee = 'seed-staff';
    move('DISPATCHED', 'IN_PROGRESS');
  }
  const reopened = target >= 4 && p.chance(0.12);
  if (target >= 4) {
    const resolveOn = () => {
      day = addDays(submitted, Math.min(age, p.int(1, deadline + 5)));
      if (day > today) day = today;
      row.resolved_on = day;
      row.outcome = p.weighted({
        SOLVED: 55,
        PARTIALLY_SOLVED: 15,
        EXPLAINED: 20,
        REFERRED: 6,
        NOT_SUPPORTED: 4,
      });
      row.resolution = '经协调，问题已处理并答复职工';
      event(day, {
        from_status: 'IN_PROGRESS',
        to_status: 'RESOLVED',
        note: row.resolution,
        handler_org_id: row.handler_org_id,
        handler_region_code: row.handler_region_code,
      });
    };
    resolveOn();
    if (reopened && target >= 5) {
      move('RESOLVED', 'CALLED_BACK', { satisfaction: 'DISSATISFIED' });
      move('CALLED_BACK', 'IN_PROGRESS', { note: 'reopened: the worker was not satisfied' });
      row.reopen_count = 1;
      row.due_on = addDays(day, deadline);
      const again = addDays(day, p.int(1, deadline));
      day = again > today ? today : again;
      row.resolved_on = day;
      event(day, {
        from_status: 'IN_PROGRESS',
        to_status: 'RESOLVED',
        note: row.resolution,
        handler_org_id: row.handler_org_id,
        handler_region_code: row.handler_region_code,
      });
    }
  }
  if (target >= 5) {
    const satisfaction: Satisfaction = p.weighted({
      SATISFIED: 70,
      BASICALLY_SATISFIED: 18,
      DISSATISFIED: 7,
      UNREACHABLE: 5,
    });
    if (satisfaction === 'UNREACHABLE') row.callback_attempts = 3;
    move('RESOLVED', 'CALLED_BACK', { satisfaction });
    row.satisfaction = satisfaction;
    row.called_back_on = day;
  }
  if (target >= 6) {
    move('CALLED_BACK', 'CLOSED');
    row.closed_on = day;
  }
  // Converted into a seeded dispute of the union (rights complaints still being handled or done).
  if (kind === 'RIGHTS_COMPLAINT' && target >= 3 && disputes.length > 0 && p.chance(0.3)) {
    const d = p.pick(disputes);
    if (!out.appeals.some((a) => a.dispute_id === d.id)) {
      row.dispute_id = d.id;
      event(day, { kind: 'LINKED', note: 'converted into a labor dispute' });
    }
  }
  row.version = events.length;
  row.updated_at = events[events.length - 1]!.created_at;
  out.appeals.push(row);
  if (caller) out.callers.push({ appealId: id, ...caller });
  out.events.push(...events);
}

/** The seeded callers' names and phones, encrypted under the running keys, on their rows. */
export function encryptSeededCallers(seed: AppealSeed, cipher: AppealCipher): WorkerAppealRow[] {
  const byId = new Map(seed.callers.map((c) => [c.appealId, c]));
  return seed.appeals.map((a) => {
    const c = byId.get(a.id);
    if (!c) return a;
    return {
      ...a,
      caller_name_enc: cipher.encrypt(c.name),
      caller_phone_enc: cipher.encrypt(c.phone),
      caller_phone_index: cipher.blindIndex('phone', c.phone),
    };
  });
}

/**
 * The seeded web appeals' follow-up codes, hashed as submitAppeal hashes a real one (scrypt, a
 * fresh salt each), on their rows; a few hashes at a time (scrypt runs on libuv's thread pool).
 */
export async function hashSeededFollowUps(
  rows: readonly WorkerAppealRow[],
  seed: AppealSeed,
): Promise<WorkerAppealRow[]> {
  const hashes = new Map<string, string>();
  const queue = [...seed.followUps];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let f = queue.shift(); f; f = queue.shift())
        hashes.set(f.appealId, await hashFollowUpCode(f.code));
    }),
  );
  return rows.map((r) => (hashes.has(r.id) ? { ...r, follow_up_hash: hashes.get(r.id)! } : r));
}
