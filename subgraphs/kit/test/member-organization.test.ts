import { withRegisteredOrganization, type Identity } from '../src';

const member: Identity = { sub: 'u', role: 'MEMBER', member: 'm-1', perms: [] };

describe('withRegisteredOrganization', () => {
  it("replaces whatever org a MEMBER identity claims with the register's answer", async () => {
    const claimed = { ...member, org: 'someone-elses-union' };
    const lookups: string[] = [];
    const result = await withRegisteredOrganization(claimed, async (id) => {
      lookups.push(id);
      return 'own-union';
    });
    expect(result).toEqual({ ...member, org: 'own-union' });
    expect(lookups).toEqual(['m-1']);
  });

  it('leaves a member the register does not know without any organization', async () => {
    const result = await withRegisteredOrganization({ ...member, org: 'claimed' }, async () => null);
    expect(result).toEqual(member);
  });

  it('drops a claimed org when the subgraph has no lookup', async () => {
    expect(await withRegisteredOrganization({ ...member, org: 'claimed' }, undefined)).toEqual(member);
  });

  it('fails closed (no organization) and reports when the register cannot be asked', async () => {
    const failures: unknown[] = [];
    const result = await withRegisteredOrganization(
      { ...member, org: 'claimed' },
      async () => {
        throw new Error('members is down');
      },
      (e) => failures.push(e),
    );
    expect(result).toEqual(member);
    expect(failures).toHaveLength(1);
  });

  it('does not touch staff identities or anonymous callers', async () => {
    const admin: Identity = { sub: 'a', role: 'ORG_ADMIN', org: 'o-1', perms: [] };
    const never = async () => {
      throw new Error('not asked');
    };
    expect(await withRegisteredOrganization(admin, never)).toBe(admin);
    expect(await withRegisteredOrganization(null, never)).toBeNull();
  });
});
