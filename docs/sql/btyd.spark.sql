-- BTYD summary (spark): the statement of docs/sql/btyd.duckdb.sql in this dialect; see docs/scale.md.
WITH days AS (SELECT customer_id, to_date(date) AS day,
                     SUM(CASE WHEN abs(amount * 100 - round(amount * 100)) <= 1e-6 + round(amount * 100) * 4.5e-16
                              THEN round(amount * 100) ELSE amount * 100 END) AS cents
              FROM transactions
              WHERE (amount IS NULL OR amount >= 0) AND to_date(date) <= DATE '{{calibration_end}}'
              GROUP BY customer_id, to_date(date)),
c AS (SELECT customer_id, MIN(day) AS first_day, MAX(day) AS latest_day, COUNT(*) AS days,
             SUM(cents) AS cents, min_by(cents, day) AS first_cents,
             COUNT(CASE WHEN cents > 0 THEN 1 END) AS spend_days
      FROM days GROUP BY customer_id)
SELECT customer_id,
       days - 1 AS x,
       datediff(latest_day, first_day) / 7.0 AS t_x,
       datediff(DATE '{{calibration_end}}', first_day) / 7.0 AS T,
       (cents - coalesce(first_cents, 0)) / 100
         / NULLIF(spend_days - CASE WHEN first_cents > 0 THEN 1 ELSE 0 END, 0) AS mean_repeat_spend
FROM c;
