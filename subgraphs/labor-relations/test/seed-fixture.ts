import { newId } from '@union/kit';
import type { SeededGrassroots, SeededLegalAidRequest, SeededMember } from '../src/lib';
import { mulberry32 } from '@union/kit';

const COUNTIES = ['440103', '440106', '440111', '440305', '440306', '440604', '441302'];

/** Upstream seed data of the shape organizations, members and services hand on (deterministic). */
export function upstreamData(unions: number): {
  grassroots: SeededGrassroots[];
  members: SeededMember[];
  legalAidRequests: SeededLegalAidRequest[];
} {
  const p = mulberry32(7);
  const hex = (n: number) => n.toString(16).padStart(12, '0');
  const id = (kind: number, n: number) => `01900000-0000-7000-8${kind}00-${hex(n)}`;
  const grassroots = Array.from({ length: unions }, (_, i) => ({
    id: id(1, i),
    regionCode: `${COUNTIES[i % COUNTIES.length]}${String(100 + (i % 7)).padStart(3, '0')}`,
    employerId: id(2, i),
  }));
  const members: SeededMember[] = [];
  grassroots.forEach((g, i) => {
    for (let k = 0; k < 1 + (i % 6); k++) {
      members.push({
        id: id(3, i * 10 + k),
        orgId: g.id,
        regionCode: g.regionCode,
        isMigrantWorker: p.chance(0.4),
        gender: p.chance(0.5) ? 'MALE' : 'FEMALE',
        birthDate: '1990-01-01',
      });
    }
  });
  const legalAidRequests = members
    .filter((_, i) => i % 17 === 0)
    .map((m) => ({ id: newId(), memberId: m.id, orgId: m.orgId, regionCode: m.regionCode }));
  return { grassroots, members, legalAidRequests };
}
