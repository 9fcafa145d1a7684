-- Schema version 6: a user's dashboard language, remembered on the user so it follows them to any browser
-- ("en" or "zh-CN"; NULL = not chosen yet, the browser's language decides).

ALTER TABLE users ADD COLUMN language TEXT CHECK (language IN ('en', 'zh-CN'));
