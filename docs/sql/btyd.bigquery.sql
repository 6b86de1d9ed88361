-- BTYD summary (bigquery): the statement of docs/sql/btyd.duckdb.sql in this dialect; see docs/scale.md.
WITH days AS (SELECT customer_id, DATE(date) AS day,
                     SUM(IF(ABS(amount * 100 - ROUND(amount * 100)) <= 1e-6 + ROUND(amount * 100) * 4.5e-16,
                            ROUND(amount * 100), amount * 100)) AS cents
              FROM `project.dataset.transactions`
              WHERE (amount IS NULL OR amount >= 0) AND DATE(date) <= DATE '{{calibration_end}}'
              GROUP BY 1, 2),
c AS (SELECT customer_id, MIN(day) AS first_day, MAX(day) AS latest_day, COUNT(*) AS days,
             SUM(cents) AS cents, MIN_BY(cents, day) AS first_cents,
             COUNTIF(cents > 0) AS spend_days
      FROM days GROUP BY 1)
SELECT customer_id,
       days - 1 AS x,
       DATE_DIFF(latest_day, first_day, DAY) / 7 AS t_x,
       DATE_DIFF(DATE '{{calibration_end}}', first_day, DAY) / 7 AS T,
       (cents - IFNULL(first_cents, 0)) / 100
         / NULLIF(spend_days - IF(first_cents > 0, 1, 0), 0) AS mean_repeat_spend
FROM c;
