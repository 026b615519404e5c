/*
 * `npm run token -- --role FEDERATION_ADMIN --region 4401` prints a signed bearer token (docs/architecture.md §2),
 * alone on stdout so it can be captured: TOKEN=$(npm run -s token -- --role AUDITOR --region 44).
 * Signs HS256 with AUTH_SECRET (or the development default), honouring AUTH_ISSUER / AUTH_AUDIENCE.
 */
import { issueDevToken } from '@union/gateway';
import { CLIENT_ROLES, DEV_SECRETS, type ClientRole } from '@union/kit';
import { Command, Option } from 'commander';

interface TokenOptions {
  role: ClientRole;
  region?: string;
  org?: string;
  member?: string;
  perm: string[];
  sub?: string;
  ttl: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

const program = new Command('token')
  .description(
    'Print a signed bearer token for the gateway (HS256 with AUTH_SECRET or the development secret)',
  )
  .addOption(new Option('--role <role>', 'caller role').choices(CLIENT_ROLES).makeOptionMandatory())
  .option('--region <code>', 'jurisdiction prefix of a FEDERATION_ADMIN or AUDITOR, e.g. 44, 4401, 440106')
  .option('--org <id>', "organization an ORG_ADMIN runs (a MEMBER's comes from the register)")
  .option('--member <id>', 'member a MEMBER token speaks for')
  .option('--perm <perm>', 'extra grant such as pii:read (repeatable)', collect, [])
  .option('--sub <subject>', 'subject (default: dev-<role>)')
  .option('--ttl <span>', 'lifetime such as 30m, 1h, 8h, 2d', '8h')
  .showHelpAfterError();

async function main(): Promise<void> {
  program.parse();
  const options = program.opts<TokenOptions>();
  const env = process.env;
  if (env.NODE_ENV === 'production' && !env.AUTH_SECRET) {
    throw new Error('AUTH_SECRET is not set; the development secret is refused when NODE_ENV=production');
  }
  const token = await issueDevToken(
    {
      role: options.role,
      ...(options.sub ? { sub: options.sub } : {}),
      ...(options.region ? { region: options.region } : {}),
      ...(options.org ? { org: options.org } : {}),
      ...(options.member ? { member: options.member } : {}),
      perms: options.perm,
    },
    env.AUTH_SECRET || DEV_SECRETS.AUTH_SECRET,
    {
      ttl: options.ttl,
      ...(env.AUTH_ISSUER ? { issuer: env.AUTH_ISSUER } : {}),
      ...(env.AUTH_AUDIENCE ? { audience: env.AUTH_AUDIENCE } : {}),
    },
  );
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`token: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
