-- charge_rate_limit(rate_limit jsonb): one call against a client address's request limit, counted in
-- rate_limit_counter exactly as AddressRateLimiter's library (rate-limiter-flexible) counts it: a fixed
-- window of window_ms from the first call, `key` as the library makes it (prefix:address key), `now_ms`
-- the caller's clock (the library's upsert uses it too, so both paths agree on when a window ends).
-- Over `points` calls in the window it raises ES006 with the milliseconds left in the window as DETAIL
-- (read by seatsRefusal); that aborts the caller's statement and with it this count, which changes
-- nothing: the address is past its limit either way.
-- Called by reserve_paid_booking first, so a paid booking's call is counted in its own statement (no
-- round trip of its own in an on-sale). The counter row stays locked to the end of that statement:
-- only calls from the same address wait for it, and those wait on its open-booking lock anyway.
CREATE OR REPLACE FUNCTION charge_rate_limit(rate_limit jsonb)
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  now_ms bigint := (rate_limit->>'now_ms')::bigint;
  window_ends bigint := now_ms + (rate_limit->>'window_ms')::bigint;
  counted_points int;
  counted_expire bigint;
BEGIN
  INSERT INTO rate_limit_counter AS c (key, points, expire)
  VALUES (rate_limit->>'key', 1, window_ends)
  ON CONFLICT (key) DO UPDATE
    SET points = CASE WHEN c.expire <= now_ms THEN 1 ELSE c.points + 1 END,
        expire = CASE WHEN c.expire <= now_ms THEN window_ends ELSE c.expire END
  RETURNING points, expire INTO counted_points, counted_expire;
  IF counted_points > (rate_limit->>'points')::int THEN
    RAISE EXCEPTION USING ERRCODE = 'ES006', MESSAGE = 'rate limited',
      DETAIL = greatest(counted_expire - now_ms, 0)::text;
  END IF;
END $$;
