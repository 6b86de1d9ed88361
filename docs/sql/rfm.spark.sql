-- RFM (spark): the statement of docs/sql/rfm.duckdb.sql in this dialect; see docs/scale.md.
WITH t AS (SELECT customer_id, order_id, to_date(date) AS day, amount FROM transactions
           WHERE to_date(date) <= DATE '{{as_of}}'),
p AS (SELECT * FROM t WHERE amount IS NULL OR amount >= 0),
m AS (SELECT customer_id,
             SUM(CASE WHEN abs(amount * 100 - round(amount * 100)) <= 1e-6 + abs(round(amount * 100)) * 4.5e-16
                      THEN round(amount * 100) ELSE amount * 100 END) / 100 AS monetary
      FROM t GROUP BY customer_id)
SELECT p.customer_id,
       datediff(DATE '{{as_of}}', MAX(p.day)) AS recency,
       COUNT(DISTINCT p.order_id) + COUNT(DISTINCT CASE WHEN p.order_id IS NULL THEN p.day END) AS frequency,
       first(m.monetary) AS monetary,
       datediff(DATE '{{as_of}}', MIN(p.day)) AS tenure
FROM p JOIN m ON p.customer_id = m.customer_id
GROUP BY p.customer_id;
