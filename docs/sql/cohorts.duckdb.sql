-- Monthly acquisition cohorts: customers active (with a purchase; returns are not purchases)
-- in month k after the month of their first purchase, for rows before {{as_of}}.
WITH days AS (
  SELECT DISTINCT customer_id, CAST(date AS DATE) AS day
  FROM transactions
  WHERE (amount IS NULL OR amount >= 0) AND CAST(date AS DATE) < DATE '{{as_of}}'
),
m AS (
  SELECT customer_id, year(day) * 12 + month(day) - 1 AS month_index FROM days
),
firsts AS (
  SELECT customer_id, MIN(month_index) AS cohort FROM m GROUP BY customer_id
)
SELECT
  f.cohort,
  m.month_index - f.cohort AS k,
  COUNT(DISTINCT m.customer_id) AS active
FROM m JOIN firsts f USING (customer_id)
GROUP BY f.cohort, k
ORDER BY f.cohort, k;
