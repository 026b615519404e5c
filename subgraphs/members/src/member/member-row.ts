import type { NationalIdFacts } from '@union/kit';
import { maskMobile, maskNationalId } from '../pii/masks';
import type { PiiCipher } from '../pii/pii-cipher';
import type {
  Education,
  HukouType,
  MemberStatus,
  MemberRow,
  ModelWorkerLevel,
  SkillLevel,
  VerificationStatus,
} from './member.table';

/** A new register entry before its numbers are sealed (buildMemberRow makes the row). */
export interface NewMemberFacts {
  id: string;
  orgId: string;
  regionCode: string;
  name: string;
  idNumber: NationalIdFacts;
  /** Normalized 11 digits, or null. */
  phone: string | null;
  hukouType: HukouType;
  isMigrantWorker: boolean;
  education: Education | null;
  occupation: string | null;
  skillLevel: SkillLevel;
  modelWorkerLevel: ModelWorkerLevel | null;
  cardNumber: string;
  joinedOn: string;
  status: MemberStatus;
  verificationStatus: VerificationStatus;
  now: string;
}

/** The stored form of a person's numbers: encrypted, blind-indexed, masked. */
export type SealedNumbers = Pick<
  MemberRow,
  'id_number_enc' | 'id_number_index' | 'id_number_masked' | 'phone_enc' | 'phone_index' | 'phone_masked'
>;

/** The CPU-heavy part of a new row (AES-GCM and HMAC), separable so bulk loads can do it ahead of the write. */
export function sealNumbers(pii: PiiCipher, idNumber: string, phone: string | null): SealedNumbers {
  return {
    id_number_enc: pii.encrypt(idNumber),
    id_number_index: pii.blindIndex('id', idNumber),
    id_number_masked: maskNationalId(idNumber),
    phone_enc: phone ? pii.encrypt(phone) : null,
    phone_index: phone ? pii.blindIndex('phone', phone) : null,
    phone_masked: phone ? maskMobile(phone) : null,
  };
}

/** The stored row: numbers encrypted, blind-indexed and masked; gender and birth date from the ID. */
export function buildMemberRow(pii: PiiCipher, m: NewMemberFacts, sealed?: SealedNumbers): MemberRow {
  return {
    id: m.id,
    org_id: m.orgId,
    region_code: m.regionCode,
    name: m.name,
    ...(sealed ?? sealNumbers(pii, m.idNumber.normalized, m.phone)),
    gender: m.idNumber.gender,
    birth_date: m.idNumber.birthDate,
    hukou_type: m.hukouType,
    is_migrant_worker: m.isMigrantWorker ? 1 : 0,
    education: m.education,
    occupation: m.occupation,
    skill_level: m.skillLevel,
    model_worker_level: m.modelWorkerLevel,
    card_number: m.cardNumber,
    joined_on: m.joinedOn,
    status: m.status,
    status_reason: null,
    verification_status: m.verificationStatus,
    verified_by: null,
    verified_at: null,
    verification_note: null,
    version: 1,
    created_at: m.now,
    updated_at: m.now,
  };
}
