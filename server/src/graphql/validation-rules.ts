/**
 * class-validator looks a class's rules up on every validation by testing the class against every
 * class that has rules (`prototype instanceof`, for inherited ones) and filtering the lot: profiled,
 * ~2% of an uncached catalog query's CPU, for its one argument object (`events(first:)`). Rules are
 * declared with their classes, so a class's rules are complete once the class exists: they are
 * remembered per class, for the calls without groups or schema (the only ones TypeGraphQL makes).
 */
import { getMetadataStorage } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type LookUp = Storage['getTargetValidationMetadatas'];

let installed = false;

export function rememberValidationRules(): void {
  if (installed) return;
  installed = true;
  const storage = getMetadataStorage();
  const lookUp: LookUp = storage.getTargetValidationMetadatas.bind(storage);
  // Per class, per `always`/`strictGroups` pair.
  const remembered = new Map<unknown, Map<string, ReturnType<LookUp>>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    if (schema || (groups && groups.length > 0)) return lookUp(target, schema, always, strictGroups, groups);
    let byOptions = remembered.get(target);
    if (!byOptions) remembered.set(target, (byOptions = new Map()));
    const key = `${always}/${strictGroups}`;
    let rules = byOptions.get(key);
    if (!rules) byOptions.set(key, (rules = lookUp(target, schema, always, strictGroups, groups)));
    return rules;
  };
}
