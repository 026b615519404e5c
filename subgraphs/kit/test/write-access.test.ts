import { staffMayWrite, type Identity } from '../src';

const who = (role: Identity['role'], extra: Partial<Identity> = {}): Identity => ({
  sub: 'x',
  role,
  perms: [],
  ...extra,
});
const target = { regionCode: '440106', orgId: 'org-a' };

describe('staffMayWrite', () => {
  it('lets a FEDERATION_ADMIN write inside its region only', () => {
    expect(staffMayWrite(who('FEDERATION_ADMIN', { region: '4401' }), target)).toBe(true);
    expect(staffMayWrite(who('FEDERATION_ADMIN', { region: '440106' }), target)).toBe(true);
    expect(staffMayWrite(who('FEDERATION_ADMIN', { region: '4403' }), target)).toBe(false);
    expect(staffMayWrite(who('FEDERATION_ADMIN'), target)).toBe(false);
  });

  it('lets an ORG_ADMIN write for its own organization only', () => {
    expect(staffMayWrite(who('ORG_ADMIN', { org: 'org-a' }), target)).toBe(true);
    expect(staffMayWrite(who('ORG_ADMIN', { org: 'org-b' }), target)).toBe(false);
    expect(staffMayWrite(who('ORG_ADMIN', { org: 'org-a' }), { regionCode: '440106' })).toBe(false);
    expect(staffMayWrite(who('ORG_ADMIN'), { regionCode: '440106' })).toBe(false);
  });

  it('never lets auditors, members, services or anonymous callers write', () => {
    expect(staffMayWrite(who('AUDITOR', { region: '44' }), target)).toBe(false);
    expect(staffMayWrite(who('MEMBER', { member: 'm', org: 'org-a' }), target)).toBe(false);
    expect(staffMayWrite(who('SERVICE'), target)).toBe(false);
    expect(staffMayWrite(null, target)).toBe(false);
  });
});
