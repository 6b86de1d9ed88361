-- BTYD summary (postgres): the statement of docs/sql/btyd.duckdb.sql in this dialect; see docs/scale.md.
WITH days AS (SELECT customer_id, date::date AS day, SUM(amount) AS spend FROM transactions
              WHERE amount IS NULL OR amount >= 0 GROUP BY 1, 2),
f AS (SELECT customer_id, MIN(day) AS first FROM days GROUP BY 1)
SELECT d.customer_id,
       COUNT(*) FILTER (WHERE d.day > f.first AND d.day <= DATE '{{calibration_end}}') AS x,
       (MAX(d.day) FILTER (WHERE d.day <= DATE '{{calibration_end}}') - f.first) / 7.0 AS t_x,
       (DATE '{{calibration_end}}' - f.first) / 7.0 AS "T",
       AVG(d.spend) FILTER (WHERE d.day > f.first AND d.day <= DATE '{{calibration_end}}' AND d.spend > 0) AS mean_repeat_spend
FROM days d JOIN f USING (customer_id)
WHERE f.first <= DATE '{{calibration_end}}'
GROUP BY d.customer_id, f.first;
