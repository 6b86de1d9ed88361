-- BTYD calibration summary (x, t_x, T in weeks; mean repeat spend) with calibration end
-- {{calibration_end}}: same-day purchases merged, the first purchase is not a repeat,
-- returns (amount < 0) are not transactions, repeat days with a non-positive total are left
-- out of the spend mean.
WITH days AS (
  SELECT customer_id, CAST(date AS DATE) AS day, SUM(amount) AS spend
  FROM transactions
  WHERE amount IS NULL OR amount >= 0
  GROUP BY customer_id, CAST(date AS DATE)
),
firsts AS (
  SELECT customer_id, MIN(day) AS first FROM days GROUP BY customer_id
)
SELECT
  d.customer_id,
  COUNT(*) FILTER (WHERE d.day > f.first AND d.day <= DATE '{{calibration_end}}') AS x,
  (MAX(d.day) FILTER (WHERE d.day <= DATE '{{calibration_end}}') - f.first) / 7.0 AS t_x,
  (DATE '{{calibration_end}}' - f.first) / 7.0 AS T,
  AVG(d.spend) FILTER (WHERE d.day > f.first AND d.day <= DATE '{{calibration_end}}' AND d.spend > 0) AS mean_repeat_spend
FROM days d JOIN firsts f USING (customer_id)
WHERE f.first <= DATE '{{calibration_end}}'
GROUP BY d.customer_id, f.first
ORDER BY d.customer_id;
