-- Monthly cohorts (bigquery): the statement of docs/sql/cohorts.duckdb.sql in this dialect; see docs/scale.md.
WITH m AS (SELECT DISTINCT customer_id, EXTRACT(YEAR FROM DATE(date)) * 12 + EXTRACT(MONTH FROM DATE(date)) - 1 AS month_index
           FROM `project.dataset.transactions` WHERE (amount IS NULL OR amount >= 0) AND DATE(date) < DATE '{{as_of}}'),
f AS (SELECT customer_id, MIN(month_index) AS cohort FROM m GROUP BY 1)
SELECT f.cohort, m.month_index - f.cohort AS k, COUNT(*) AS active
FROM m JOIN f USING (customer_id) GROUP BY 1, 2 ORDER BY 1, 2;
