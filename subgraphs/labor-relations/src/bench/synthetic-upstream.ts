import type { SeededGrassroots, SeededLegalAidRequest, SeededMember } from '../seed/seed-types';
import { mulberry32 } from '@union/kit';

const CITIES = ['4401', '4402', '4403', '4404', '4405', '4406', '4407', '4408', '4409', '4412', '4413'];

/**
 * Upstream seed data of the shape organizations, members and services hand on, without running
 * them: `unions` grassroots unions over Guangdong's cities, counties and towns, nine members each,
 * a legal-aid request for one member in a hundred. Deterministic.
 */
export function syntheticUpstream(unions: number): {
  grassroots: SeededGrassroots[];
  members: SeededMember[];
  legalAidRequests: SeededLegalAidRequest[];
} {
  const p = mulberry32(2026);
  const id = (kind: number, n: number) => `01900000-0000-7000-8${kind}00-${n.toString(16).padStart(12, '0')}`;
  const grassroots: SeededGrassroots[] = [];
  const members: SeededMember[] = [];
  const legalAidRequests: SeededLegalAidRequest[] = [];
  for (let i = 0; i < unions; i++) {
    const county = `${p.pick(CITIES)}${String(p.int(1, 12)).padStart(2, '0')}`;
    const regionCode = `${county}${String(p.int(1, 20)).padStart(3, '0')}`;
    const union = { id: id(1, i), regionCode, employerId: id(2, i) };
    grassroots.push(union);
    for (let k = 0; k < 9; k++) {
      const member: SeededMember = {
        id: id(3, i * 9 + k),
        orgId: union.id,
        regionCode,
        isMigrantWorker: p.chance(0.4),
        gender: p.chance(0.5) ? 'MALE' : 'FEMALE',
        birthDate: '1990-01-01',
      };
      members.push(member);
      if (p.chance(0.01))
        legalAidRequests.push({
          id: id(4, members.length),
          memberId: member.id,
          orgId: union.id,
          regionCode,
        });
    }
  }
  return { grassroots, members, legalAidRequests };
}
