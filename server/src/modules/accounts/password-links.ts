/**
 * The single-use links with which people set their own password (invitations, "forgot password"):
 * issuing one (which retires the account's older ones) and using one, each a step inside the caller's
 * unit of work. Tokens are 256 random bits; only their SHA-256 hash is stored, like session ids (common/secret-token.ts).
 */
import { IsNull } from 'typeorm';
import type { Transaction } from '../../db/unit-of-work';
import { hashSecretToken } from '../../common/secret-token';
import { looksLikeSessionToken, newSessionToken } from '../auth/session-token';
import { PasswordLinkEntity, PasswordLinkPurpose } from './password-link.entity';

export { PasswordLinkPurpose };

export interface IssuedLink {
  id: string;
  /** The token for the e-mail: never stored, never logged. */
  token: string;
  expiresAt: Date;
}

/** Why a link cannot be used. */
export type LinkRefusal = 'UNKNOWN' | 'USED' | 'EXPIRED';

/** Issues a new link for the account; every older open link of it stops working. */
export async function issuePasswordLink(
  tx: Transaction,
  fields: { accountId: string; purpose: PasswordLinkPurpose; ttlMs: number },
): Promise<IssuedLink> {
  const { manager, ctx } = tx;
  await retireOpenLinks(tx, fields.accountId);
  const token = newSessionToken();
  const expiresAt = new Date(ctx.now.getTime() + fields.ttlMs);
  const link = await manager.save(
    manager.create(PasswordLinkEntity, {
      tokenHash: hashSecretToken(token),
      accountId: fields.accountId,
      purpose: fields.purpose,
      expiresAt,
      usedAt: null,
    }),
  );
  return { id: link.id, token, expiresAt };
}

/**
 * Uses a link: under a row lock, so two concurrent uses cannot both succeed. The link, and every other
 * open link of its account, are marked used.
 */
export async function usePasswordLink(
  tx: Transaction,
  token: string,
): Promise<{ link: PasswordLinkEntity } | { refused: LinkRefusal }> {
  if (!looksLikeSessionToken(token)) return { refused: 'UNKNOWN' };
  const { manager, ctx } = tx;
  const link = await manager.findOne(PasswordLinkEntity, {
    where: { tokenHash: hashSecretToken(token) },
    lock: { mode: 'pessimistic_write' },
  });
  if (!link) return { refused: 'UNKNOWN' };
  if (link.usedAt) return { refused: 'USED' };
  if (link.expiresAt <= ctx.now) return { refused: 'EXPIRED' };
  await retireOpenLinks(tx, link.accountId);
  return { link };
}

/** Reads a link without using it (the set-password page says whose it is); null when it cannot be used. */
export async function findUsablePasswordLink(
  tx: Pick<Transaction, 'manager' | 'ctx'>,
  token: string,
): Promise<PasswordLinkEntity | { refused: LinkRefusal }> {
  if (!looksLikeSessionToken(token)) return { refused: 'UNKNOWN' };
  const link = await tx.manager.findOne(PasswordLinkEntity, {
    where: { tokenHash: hashSecretToken(token) },
    relations: { account: true },
  });
  if (!link) return { refused: 'UNKNOWN' };
  if (link.usedAt) return { refused: 'USED' };
  if (link.expiresAt <= tx.ctx.now) return { refused: 'EXPIRED' };
  return link;
}

async function retireOpenLinks(tx: Transaction, accountId: string): Promise<void> {
  await tx.manager.update(PasswordLinkEntity, { accountId, usedAt: IsNull() }, { usedAt: tx.ctx.now });
}
