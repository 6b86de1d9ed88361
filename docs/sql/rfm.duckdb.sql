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
m AS (
  SELECT customer_id, SUM(amount) AS monetary FROM t GROUP BY customer_id
)
SELECT
  p.customer_id,
  DATE '{{as_of}}' - p.last AS recency,
  p.frequency,
  m.monetary,
  DATE '{{as_of}}' - p.first AS tenure
FROM p JOIN m USING (customer_id)
ORDER BY p.customer_id;
