-- V44 added centre_training.cancelled_at, which the trainings list filters on ("cancelled_at is null"). A new column
-- has no planner statistics until the table is analysed, and autovacuum analyses only after enough rows change: on a
-- database that had trainings before V44 the planner guessed 0.5 % of the rows match and sorted all upcoming
-- trainings for every page (4.4 ms instead of 0.3 ms at 10,000 trainings; docs/benchmarks.md). Analyse once.
analyze centre_training;
