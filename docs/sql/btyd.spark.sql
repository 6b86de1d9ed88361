-- BTYD summary (spark): the statement of docs/sql/btyd.duckdb.sql in this dialect; see docs/scale.md.
WITH days AS (SELECT customer_id, to_date(date) AS day, SUM(amount) AS spend FROM transactions
              WHERE amount IS NULL OR amount >= 0 GROUP BY customer_id, to_date(date)),
f AS (SELECT customer_id, MIN(day) AS first FROM days GROUP BY customer_id)
SELECT d.customer_id,
       COUNT(CASE WHEN d.day > f.first AND d.day <= DATE '{{calibration_end}}' THEN 1 END) AS x,
       datediff(MAX(CASE WHEN d.day <= DATE '{{calibration_end}}' THEN d.day END), f.first) / 7.0 AS t_x,
       datediff(DATE '{{calibration_end}}', f.first) / 7.0 AS T,
       AVG(CASE WHEN d.day > f.first AND d.day <= DATE '{{calibration_end}}' AND d.spend > 0 THEN d.spend END) AS mean_repeat_spend
FROM days d JOIN f ON d.customer_id = f.customer_id
WHERE f.first <= DATE '{{calibration_end}}'
GROUP BY d.customer_id, f.first;
