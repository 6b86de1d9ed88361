-- RFM table per customer as of {{as_of}} (rows after it ignored), matching the in-browser
-- engine: a return (amount < 0) reduces monetary but is not a purchase; frequency counts
-- distinct orders (rows without an order id count as distinct purchase days).
-- Distinct orders are counted as groups (one GROUP BY customer and order, then one by
-- customer) rather than with COUNT(DISTINCT …): the same count, but every step is a plain
-- GROUP BY that DuckDB can spill to disk (COUNT(DISTINCT order_id) over 24M orders ran out of
-- a 256 MB memory limit).
WITH t AS (
  SELECT customer_id, order_id, CAST(date AS DATE) AS day, amount
  FROM transactions
  WHERE CAST(date AS DATE) <= DATE '{{as_of}}'
),
-- one row per customer and purchase: an order id, or a purchase day for rows without one
purchases AS (
  SELECT customer_id, MIN(day) AS first, MAX(day) AS last
  FROM t
  WHERE amount IS NULL OR amount >= 0
  GROUP BY customer_id, order_id, CASE WHEN order_id IS NULL THEN day END
),
p AS (
  SELECT customer_id, COUNT(*) AS frequency, MIN(first) AS first, MAX(last) AS last
  FROM purchases
  GROUP BY customer_id
),
-- Money is summed in cents, as the app sums it (src/lib/analytics/money.ts; the same CASE as
-- btyd.duckdb.sql, with abs() because returns are negative): whole-cent amounts add as exact
-- integers, so the total is the same whatever order DuckDB's threads add in.
m AS (
  SELECT customer_id,
         SUM(CASE WHEN abs(amount * 100 - round(amount * 100)) <= 1e-6 + abs(round(amount * 100)) * 4.5e-16
                  THEN round(amount * 100) ELSE amount * 100 END) / 100 AS monetary
  FROM t GROUP BY customer_id
)
SELECT
  p.customer_id,
  DATE '{{as_of}}' - p.last AS recency,
  p.frequency,
  m.monetary,
  DATE '{{as_of}}' - p.first AS tenure
FROM p JOIN m USING (customer_id)
ORDER BY p.customer_id;
