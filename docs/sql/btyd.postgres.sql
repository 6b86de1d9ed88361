-- BTYD summary (postgres): the statement of docs/sql/btyd.duckdb.sql in this dialect; see docs/scale.md.
WITH days AS (SELECT customer_id, date::date AS day,
                     SUM(CASE WHEN abs(amount * 100 - round(amount * 100)) <= 1e-6 + round(amount * 100) * 4.5e-16
                              THEN round(amount * 100) ELSE amount * 100 END) AS cents
              FROM transactions
              WHERE (amount IS NULL OR amount >= 0) AND date::date <= DATE '{{calibration_end}}'
              GROUP BY 1, 2),
c AS (SELECT customer_id, MIN(day) AS first_day, MAX(day) AS latest_day, COUNT(*) AS days,
             SUM(cents) AS cents, (array_agg(cents ORDER BY day))[1] AS first_cents,
             COUNT(*) FILTER (WHERE cents > 0) AS spend_days
      FROM days GROUP BY 1)
SELECT customer_id,
       days - 1 AS x,
       (latest_day - first_day) / 7.0 AS t_x,
       (DATE '{{calibration_end}}' - first_day) / 7.0 AS "T",
       (cents - coalesce(first_cents, 0)) / 100
         / NULLIF(spend_days - CASE WHEN first_cents > 0 THEN 1 ELSE 0 END, 0) AS mean_repeat_spend
FROM c;
