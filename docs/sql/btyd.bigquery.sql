-- BTYD summary (bigquery): the statement of docs/sql/btyd.duckdb.sql in this dialect; see docs/scale.md.
WITH days AS (SELECT customer_id, DATE(date) AS day, SUM(amount) AS spend FROM `project.dataset.transactions`
              WHERE amount IS NULL OR amount >= 0 GROUP BY 1, 2),
f AS (SELECT customer_id, MIN(day) AS first FROM days GROUP BY 1)
SELECT d.customer_id,
       COUNTIF(d.day > f.first AND d.day <= DATE '{{calibration_end}}') AS x,
       DATE_DIFF(MAX(IF(d.day <= DATE '{{calibration_end}}', d.day, NULL)), f.first, DAY) / 7 AS t_x,
       DATE_DIFF(DATE '{{calibration_end}}', f.first, DAY) / 7 AS T,
       AVG(IF(d.day > f.first AND d.day <= DATE '{{calibration_end}}' AND d.spend > 0, d.spend, NULL)) AS mean_repeat_spend
FROM days d JOIN f USING (customer_id)
WHERE f.first <= DATE '{{calibration_end}}'
GROUP BY d.customer_id, f.first;
