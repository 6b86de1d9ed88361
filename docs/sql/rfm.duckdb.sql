-- RFM table per customer as of {{as_of}} (rows after it ignored), matching the in-browser
-- engine: a return (amount < 0) reduces monetary but is not a purchase; frequency counts
-- distinct orders (rows without an order id count as distinct purchase days).
WITH t AS (
  SELECT customer_id, order_id, CAST(date AS DATE) AS day, amount
  FROM transactions
  WHERE CAST(date AS DATE) <= DATE '{{as_of}}'
),
purchases AS (
  SELECT * FROM t WHERE amount IS NULL OR amount >= 0
)
SELECT
  p.customer_id,
  DATE '{{as_of}}' - MAX(p.day) AS recency,
  COUNT(DISTINCT p.order_id) + COUNT(DISTINCT CASE WHEN p.order_id IS NULL THEN p.day END) AS frequency,
  (SELECT SUM(amount) FROM t WHERE t.customer_id = p.customer_id) AS monetary,
  DATE '{{as_of}}' - MIN(p.day) AS tenure
FROM purchases p
GROUP BY p.customer_id
ORDER BY p.customer_id;
