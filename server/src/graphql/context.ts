import type { Logger } from '../logger';
import type { Services } from '../services';
import type { Loaders } from './loaders';

/** What every resolver receives. */
export interface GraphQLContext {
  /** Also sent back in the X-Request-Id header, and on every log line of the request. */
  requestId: string;
  logger: Logger;
  /** The request's clock reading: one response never mixes two notions of "now". */
  now: Date;
  services: Services;
  loaders: Loaders;
}
