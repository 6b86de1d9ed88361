-- BTYD calibration summary (x, t_x, T in weeks; mean repeat spend) with calibration end
-- {{calibration_end}}: same-day purchases merged, the first purchase is not a repeat,
-- returns (amount < 0) are not transactions, repeat days with a non-positive total are left
-- out of the spend mean.
-- Money is summed in cents, as the app sums it (src/lib/analytics/money.ts): a whole-cent
-- amount × 100, rounded, is an exact integer, and integers add exactly in a DOUBLE up to 2^53
-- in any order. So the repeat spend can be taken as the calibration total less the first
-- day's, exactly: the days are merged once, then grouped by customer once (no join).
WITH days AS (
  SELECT customer_id, CAST(date AS DATE) AS day,
         SUM(CASE WHEN abs(amount * 100 - round(amount * 100)) <= 1e-6 + round(amount * 100) * 4.5e-16
                  THEN round(amount * 100) ELSE amount * 100 END) AS cents
  FROM transactions
  WHERE (amount IS NULL OR amount >= 0) AND CAST(date AS DATE) <= DATE '{{calibration_end}}'
  GROUP BY customer_id, CAST(date AS DATE)
),
c AS (
  SELECT customer_id, MIN(day) AS first_day, MAX(day) AS latest_day, COUNT(*) AS days,
         SUM(cents) AS cents, arg_min_null(cents, day) AS first_cents,
         COUNT(*) FILTER (WHERE cents > 0) AS spend_days
  FROM days
  GROUP BY customer_id
)
SELECT
  customer_id,
  days - 1 AS x,
  (latest_day - first_day) / 7.0 AS t_x,
  (DATE '{{calibration_end}}' - first_day) / 7.0 AS T,
  (cents - coalesce(first_cents, 0)) / 100
    / NULLIF(spend_days - CASE WHEN first_cents > 0 THEN 1 ELSE 0 END, 0) AS mean_repeat_spend
FROM c
ORDER BY customer_id;
