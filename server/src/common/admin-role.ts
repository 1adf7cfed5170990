/** What an account (or an API caller acting for one) may do: ADMIN everything; STAFF only what is marked for STAFF. */
export enum AdminRole {
  ADMIN = 'ADMIN',
  STAFF = 'STAFF',
}
