-- The public account request page accepts at most this many requests per client address and hour: a flood of
-- made-up requests would otherwise reach the officers' list (the page has no login).
INSERT INTO setting (setting_key, setting_kind, setting_value, version) VALUES
    ('account-request.per-address-per-hour', 'COUNT', '10', 0);
