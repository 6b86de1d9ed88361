-- RFM (bigquery): the statement of docs/sql/rfm.duckdb.sql in this dialect; see docs/scale.md.
WITH t AS (SELECT customer_id, order_id, DATE(date) AS day, amount FROM `project.dataset.transactions`
           WHERE DATE(date) <= DATE '{{as_of}}'),
p AS (SELECT * FROM t WHERE amount IS NULL OR amount >= 0),
m AS (SELECT customer_id,
             SUM(IF(ABS(amount * 100 - ROUND(amount * 100)) <= 1e-6 + ABS(ROUND(amount * 100)) * 4.5e-16,
                    ROUND(amount * 100), amount * 100)) / 100 AS monetary
      FROM t GROUP BY customer_id)
SELECT p.customer_id,
       DATE_DIFF(DATE '{{as_of}}', MAX(p.day), DAY) AS recency,
       COUNT(DISTINCT p.order_id) + COUNT(DISTINCT IF(p.order_id IS NULL, p.day, NULL)) AS frequency,
       ANY_VALUE(m.monetary) AS monetary,
       DATE_DIFF(DATE '{{as_of}}', MIN(p.day), DAY) AS tenure
FROM p JOIN m USING (customer_id)
GROUP BY p.customer_id;
