-- Schema version 3 (SQLite): the rest of a customer's analysis result — the RFM composite score and the
-- expected spend per future purchase (Gamma-Gamma), which version 2 did not keep. Estimates, so REAL.

ALTER TABLE analysis_results ADD COLUMN rfm_composite REAL;
ALTER TABLE analysis_results ADD COLUMN expected_spend REAL;
