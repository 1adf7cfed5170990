import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Facts about the shop that every page may need.' })
export class ShopInfo {
  @Field({
    description:
      'True when payments go to the built-in PayPal simulator instead of PayPal: nothing is charged and no money moves. The site shows a test-mode notice.',
  })
  paymentTestMode: boolean;
}
