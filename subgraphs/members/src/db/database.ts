/** Table name → row type of this subgraph's database. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Database {}
