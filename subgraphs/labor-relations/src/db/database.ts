/** Table name → row type of the labor-relations database. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Database {}
