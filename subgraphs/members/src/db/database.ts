import type { ApplicationTable } from '../application/application.table';
import type { PiiAccessTable } from '../audit/pii-access.table';
import type { MemberHistoryTable } from '../history/history.table';
import type { MemberTable } from '../member/member.table';
import type { CardSequenceTable, RegionMemberCountTable } from '../stats/member-counts.table';
import type { TransferTable } from '../transfer/transfer.table';

/** Table name → row type of the members database (union_members). */
export interface Database {
  members: MemberTable;
  membership_applications: ApplicationTable;
  member_transfers: TransferTable;
  member_history: MemberHistoryTable;
  pii_access_log: PiiAccessTable;
  region_member_counts: RegionMemberCountTable;
  card_sequences: CardSequenceTable;
}
