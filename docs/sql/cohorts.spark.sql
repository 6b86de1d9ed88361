-- Monthly cohorts (spark): the statement of docs/sql/cohorts.duckdb.sql in this dialect; see docs/scale.md.
WITH m AS (SELECT DISTINCT customer_id, year(to_date(date)) * 12 + month(to_date(date)) - 1 AS month_index
           FROM transactions WHERE (amount IS NULL OR amount >= 0) AND to_date(date) < DATE '{{as_of}}'),
f AS (SELECT customer_id, MIN(month_index) AS cohort FROM m GROUP BY customer_id)
SELECT f.cohort, m.month_index - f.cohort AS k, COUNT(*) AS active
FROM m JOIN f ON m.customer_id = f.customer_id GROUP BY f.cohort, m.month_index - f.cohort ORDER BY 1, 2;
