/**
 * Every migration, in order. Add new ones here: `npm run migration:generate -w server -- Name`
 * writes the file from the difference between the entities and the migrated schema.
 */
import { CreateCatalog1764000000000 } from './1764000000000-CreateCatalog';
import { AuthAddAdminAccounts1795523140666 } from './1795523140666-AuthAddAdminAccounts';

export const migrations = [CreateCatalog1764000000000, AuthAddAdminAccounts1795523140666];
