import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { ShopInfo } from './shop.types';

@Resolver(() => ShopInfo)
export class ShopResolver {
  @Query(() => ShopInfo, { description: 'Facts about the shop, such as whether payments run in test mode.' })
  shopInfo(@Ctx() context: GraphQLContext): ShopInfo {
    return { paymentTestMode: context.services.payments.testMode };
  }
}
